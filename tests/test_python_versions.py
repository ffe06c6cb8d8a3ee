"""Every supported Python synthesizes the same bytes.

Users run Python 3.11, 3.12 and 3.13 (``requires-python``). CI (``.ci/run``) sets
``ATLAS_PYTHONS`` to all of them; ``scripts/setup`` makes ``.venv`` with the first and
``.venv-<version>`` with each other one, and CI runs the fast tier under each. This test
synthesizes every root with each other interpreter, as the README runs it (``python -O
main.py``), and compares the output with this session's file by file, byte for byte. An
interpreter ``ATLAS_PYTHONS`` names without a virtualenv fails the test: CI must not pass on
fewer Pythons than it claims. Without ``ATLAS_PYTHONS`` (a developer's run) it compares the
``.venv-<version>`` folders that exist.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import ROOT

SETUP = ROOT / "scripts" / "setup"
CI = ROOT / ".ci" / "run"


def supported() -> list[str]:
    """The minor versions ``requires-python`` allows (``>=3.11,<3.14`` -> 3.11, 3.12, 3.13)."""
    spec = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    low = re.search(r">=\s*3\.(\d+)", spec)
    high = re.search(r"<\s*3\.(\d+)", spec)
    assert low and high, f"requires-python {spec!r} should read >=3.X,<3.Y"
    return [f"3.{minor}" for minor in range(int(low.group(1)), int(high.group(1)))]


def test_setup_ci_and_requires_python_name_the_same_interpreters():
    versions = supported()
    assert f"{sys.version_info[0]}.{sys.version_info[1]}" in versions
    assert re.search(r'^SUPPORTED="([^"]*)"', SETUP.read_text(), re.M).group(1).split() == versions
    assert re.search(r'ATLAS_PYTHONS:-([^}"]*)', CI.read_text()).group(1).split() == versions


def _others() -> list[tuple[str, Path]]:
    named = os.environ.get("ATLAS_PYTHONS", "").split()
    if named:
        return [(v, ROOT / f".venv-{v}" / "bin" / "python") for v in named[1:]]
    return [(p.name[len(".venv-"):], p / "bin" / "python") for p in sorted(ROOT.glob(".venv-3.*"))
            if (p / "bin" / "python").exists()]


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_every_interpreter_synthesizes_byte_identical_roots(synthesized, tmp_path):
    others = _others()
    if not others:
        pytest.skip("no other interpreter set up (ATLAS_PYTHONS=\"3.11 3.12 3.13\" ./scripts/setup makes them)")
    missing = [f".venv-{v}" for v, python in others if not python.exists()]
    assert missing == [], f"ATLAS_PYTHONS names interpreters without a virtualenv: run ./scripts/setup ({missing})"
    expected = _files(synthesized.outdir)
    for version, python in others:
        out = tmp_path / version
        proc = subprocess.run([str(python), "-O", "main.py", "--quiet", "--out", str(out)], cwd=ROOT,
                              capture_output=True, text=True)
        assert proc.returncode == 0, f"Python {version}: {proc.stderr[-3000:]}"
        found = _files(out)
        assert sorted(found) == sorted(expected), f"Python {version} wrote other files"
        differ = [name for name in expected if found[name] != expected[name]]
        assert differ == [], f"Python {version} synthesizes other bytes in {differ}"
