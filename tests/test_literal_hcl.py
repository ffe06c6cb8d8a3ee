"""The fast reader of plain-literal environment files (atlas.config.literal_hcl) returns
exactly what python-hcl2 returns, or None and leaves the file to python-hcl2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from atlas.config import hcl_reader, literal_hcl
from atlas.config.errors import ConfigError
from tests.conftest import ENVIRONMENTS, ROOT

SHIPPED = sorted(ENVIRONMENTS.glob("*/*.tfvars"))
CORPUS = sorted((ROOT / "tests" / "bad_inputs").rglob("*.tfvars"))


def _same(a, b) -> bool:
    """Equal values of equal types, keys in the same order (1 == 1.0 == True in Python)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def _reference(text: str):
    try:
        return hcl_reader.parse(text, "f")
    except ConfigError:
        return "refused"


def _text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:  # the corpus's non-UTF-8 file: refused before parsing
        return None


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_file_is_read_fast_and_alike(path):
    fast = literal_hcl.parse(_text(path))
    assert fast is not None, "a shipped file outside the fast subset costs every synthesis python-hcl2's import"
    assert _same(fast, _reference(_text(path)))


def test_the_corpus_is_read_alike_or_left_to_python_hcl2():
    declined, read = [], 0
    for path in CORPUS:
        text = _text(path)
        if text is None:
            continue
        fast = literal_hcl.parse(text)
        if fast is None:
            declined.append(path.name)
            continue
        read += 1
        assert _same(fast, _reference(text)), path
    assert read > 200
    # What python-hcl2 must word (syntax, repeated keys, blocks) or read (heredocs, templates).
    assert {"hcl-missing-equals.tfvars", "key-set-twice.tfvars", "object-key-set-twice.tfvars",
            "block-instead-of-object.tfvars", "heredoc-value.tfvars", "template-in-value.tfvars"} <= set(declined)


EDGES = [
    "", "# only a comment\n", "a = 1", "a = 1\r\nb = 2\r\n", "a = 1 # trailing\n// c\nb = 2\n",
    "a = 0\nb = 007\nc = 1.50\nd = 10.40\n", "a = -1\n", "a = 1e3\n", "a = 1.\n", "a = .5\n",
    'a = "x"\nb = ""\nc = "tab\there"\nd = "é ü"\n', 'a = "a\\nb"\n', 'a = "${x}"\n', 'a = "%{if}"\n',
    'a = "$${x}"\n', "a = true\nb = false\nc = null\n", "a = [1, 2,]\n", "a = [\n  1,\n  2\n]\n",
    "a = [\n  1\n  2\n]\n", "a = []\nb = {}\n", "a = [[1], {b = 2}]\n", 'a = { b = 1, c = "x" }\n',
    'a = {\n  b = 1\n  "c.d" = 2\n  e: 3,\n}\n', "a = { b = 1 c = 2 }\n", "a = { b = 1 }\na = 2\n",
    "a = { b = 1, b = 2 }\n", "a { b = 1 }\n", "a = 1 b = 2\n", "a = b\n", "a = upper(\"x\")\n",
    "a = 1 + 2\n", "a = <<EOT\nx\nEOT\n", "/* c */\na = 1\n", "a-b = 1\n", "true = 1\n",
    "a = { true = 1 }\n", "a = {\n  # comment\n  b = 1 # more\n}\n", "a =\n1\n", "a = [1,,2]\n",
    'a = { "${x}" = 1 }\n', "a = \"x\x01\"\n", "a = 1\n\n\n", "\n\na = 1", "a = 1.5.2\n", "a = 12ab\n",
]


@pytest.mark.parametrize("text", EDGES)
def test_edge_cases_are_read_alike_or_declined(text):
    fast = literal_hcl.parse(text)
    if fast is not None:
        assert _same(fast, _reference(text))


def test_the_subset_reads_what_it_should():
    assert literal_hcl.parse('a = {\n  b = [1, 2.5, "x", true, null]\n  "c" = {}\n}\n') == \
        {"a": {"b": [1, 2.5, "x", True, None], "c": {}}}
    for text in ('a = "a\\nb"\n', "a = 1e3\n", "a = -1\n", "a = 1\na = 1\n", "a = <<EOT\nx\nEOT\n", "a = b\n"):
        assert literal_hcl.parse(text) is None, text


@pytest.mark.slow
def test_loading_the_shipped_files_does_not_import_python_hcl2():
    code = ("import sys; from pathlib import Path; from atlas.config.loader import parse_tfvars\n"
            f"[parse_tfvars(p) for p in Path({str(ENVIRONMENTS)!r}).glob('*/*.tfvars')]\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('hcl2', 'lark')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
