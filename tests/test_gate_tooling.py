"""The gates are test tooling (tests/gates/): the installed package neither holds nor imports them."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_product_package_imports_no_test_tooling():
    offenders = []
    for path in sorted((ROOT / "atlas").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n == "tests" or n.startswith("tests.")]
    assert offenders == []
    assert not (ROOT / "atlas" / "gates").exists()  # the gates moved to tests/gates


def test_every_gate_documents_its_command():
    gates = [p for p in (ROOT / "tests" / "gates").iterdir() if p.name != "__init__.py" and p.name != "__pycache__"
             and (p.suffix == ".py" or (p / "__init__.py").exists())]
    assert {p.stem for p in gates} >= {"checkov", "addresses", "fingerprints", "emulator"}
    for gate in gates:
        doc = ast.get_docstring(ast.parse((gate / "__init__.py" if gate.is_dir() else gate).read_text()))
        assert f"python -m tests.gates.{gate.stem}" in doc, gate.name
