"""Gate 3: every file of the bad-input corpus is refused cleanly (tests/bad_inputs/README.md)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ENVIRONMENTS, ROOT

CORPUS = Path(__file__).resolve().parent / "bad_inputs"
CASES = sorted(p.relative_to(CORPUS) for p in CORPUS.glob("*/*.tfvars"))
MINIMUM_CASES = 190  # a floor: a case removed by mistake fails the suite


def _expected(case: Path) -> str:
    from atlas.app import platforms

    text = (CORPUS / case).with_suffix(".expected").read_text()
    return (text.replace("{file}", f"environments/{case}").replace("{folder}", f"environments/{case.parent}")
            .replace("{platforms}", ", ".join(sorted(platforms()))))


def _workspace(tmp_path: Path, case: Path) -> tuple[Path, dict[Path, bytes]]:
    """A copy of the real environments with the case added, and a previous output folder."""
    shutil.copytree(ENVIRONMENTS, tmp_path / "environments")
    target = tmp_path / "environments" / case
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(CORPUS / case, target)
    previous = tmp_path / "cdktf.out" / "stacks" / "earlier-root"
    previous.mkdir(parents=True)
    (previous / "cdk.tf.json").write_text('{"resource": {}}\n')
    (tmp_path / "cdktf.out" / "roots.json").write_text('{"roots": []}\n')
    return tmp_path, _snapshot(tmp_path)


def _snapshot(folder: Path) -> dict[Path, bytes]:
    return {p.relative_to(folder): p.read_bytes() for p in sorted((folder / "cdktf.out").rglob("*")) if p.is_file()}


def _check_untouched(workspace: Path, before: dict[Path, bytes]) -> None:
    assert _snapshot(workspace) == before
    assert sorted(p.name for p in workspace.iterdir()) == ["cdktf.out", "environments"]  # no staging left


def test_corpus_is_complete_and_large_enough():
    expected = sorted(p.relative_to(CORPUS) for p in CORPUS.glob("*/*.expected"))
    assert [c.with_suffix(".expected") for c in CASES] == expected, "every case needs its .expected and vice versa"
    assert len(CASES) >= MINIMUM_CASES
    unexplained = [str(c) for c in CASES  # (after a byte-order mark, which Terraform accepts)
                   if not (CORPUS / c).read_bytes().removeprefix(b"\xef\xbb\xbf").startswith(b"# Bad input: ")]
    assert unexplained == [], "start every case with a `# Bad input: <what is wrong>` line"


# Cases whose .expected holds the message a user needs but the loader does not give yet
# (reported to the lead); strict, so the fix shows up as an XPASS failure: then drop the entry.
KNOWN_WRONG: dict[str, str] = {}


def _case_param(case: Path):
    reason = KNOWN_WRONG.get(str(case))
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(case, id=str(case), marks=marks)


def test_known_wrong_cases_exist():
    assert sorted(KNOWN_WRONG) == sorted(k for k in KNOWN_WRONG if Path(k) in CASES)


@pytest.mark.parametrize("case", [_case_param(c) for c in CASES])
def test_bad_input_is_refused_with_the_exact_message(case, tmp_path, monkeypatch, capsys):
    """In-process for speed: main() returning (not raising) is what 'no traceback' means."""
    import main

    workspace, before = _workspace(tmp_path, case)
    monkeypatch.chdir(workspace)
    code = main.main(["--out", "cdktf.out", "--environments", "environments"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == _expected(case)
    assert "Traceback" not in err
    _check_untouched(workspace, before)


# One case per stage that can refuse input: HCL parsing, decoding, types, cross-field
# checks, the platform folder and the root name; run as a real `python main.py`.
SUBPROCESS_CASES = ["atlas/hcl-missing-equals.tfvars", "atlas/not-utf8.tfvars",
                    "atlas/several-problems.tfvars", "atlass/staging.tfvars", "atlas/Staging_Two.tfvars"]


@pytest.mark.slow
@pytest.mark.parametrize("case", SUBPROCESS_CASES)
def test_main_py_refuses_bad_input_without_a_traceback(case, tmp_path):
    workspace, before = _workspace(tmp_path, Path(case))
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--out", "cdktf.out", "--environments",
                           "environments"], cwd=workspace, capture_output=True, text=True, timeout=300)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == _expected(Path(case))
    _check_untouched(workspace, before)
