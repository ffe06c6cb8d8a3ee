"""main.py end to end: listing, selecting, and refusing bad input without touching the output."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import main
from tests.conftest import ENVIRONMENTS, ROOT


def copy_envs(tmp_path: Path) -> Path:
    envs = tmp_path / "environments"
    shutil.copytree(ENVIRONMENTS, envs)
    return envs


def test_list_prints_roots_with_state_keys(capsys):
    assert main.main(["--list"]) == 0
    out = capsys.readouterr().out
    assert "atlas-staging" in out and "atlas/staging/atlas-staging.tfstate" in out


def test_no_node_is_one_clear_error_not_a_traceback(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("JSII_NODE", str(tmp_path / "no-node"))
    assert main.main(["--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "is not on PATH; the CDKTF runtime needs Node.js 20" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_unknown_root_pattern_is_an_error(capsys, tmp_path):
    assert main.main(["nosuch-*", "--out", str(tmp_path / "out")]) == 2
    assert "command line: nosuch-*: matches no root; see --list" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_bad_input_exits_non_zero_and_leaves_previous_output_untouched(capsys, tmp_path):
    envs = copy_envs(tmp_path)
    out = tmp_path / "cdktf.out"
    out.mkdir()
    (out / "previous.txt").write_text("from the last good run")
    path = envs / "atlas" / "staging.tfvars"
    path.write_text(path.read_text().replace('region      = "eu-west-1"', 'regoin = "eu-west-1"'))
    assert main.main(["--environments", str(envs), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "staging.tfvars: regoin: is not a known setting; did you mean \"region\"?" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == ["previous.txt"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cdktf.out")] == []


def test_unknown_platform_folder_is_an_error(capsys, tmp_path):
    envs = copy_envs(tmp_path)
    (envs / "atlsa").mkdir()
    assert main.main(["--environments", str(envs), "--out", str(tmp_path / "out")]) == 2
    assert "atlsa: is not a known platform folder" in capsys.readouterr().err


def test_selected_roots_replace_the_output_folder(capsys, tmp_path):
    out = tmp_path / "cdktf.out"
    assert main.main(["atlas-staging", "--out", str(out)]) == 0
    table = capsys.readouterr().out
    assert "atlas-staging" in table and "resources" in table
    assert sorted(p.name for p in (out / "stacks").iterdir()) == ["atlas-staging"]


def test_a_secret_literal_in_the_output_refuses_the_run_and_writes_nothing(tmp_path, monkeypatch):
    """The secrets scan runs on the staged output, before it replaces the previous one."""
    import main
    from atlas import app
    from tests.conftest import ENVIRONMENTS

    out = tmp_path / "out"
    out.mkdir()
    (out / "roots.json").write_text('{"roots": []}\n')  # a folder main.py wrote, so it may be replaced
    monkeypatch.setattr(app, "output_problems", lambda docs: [f"{next(iter(docs))}: resource.x.password: literal"])
    assert main.main(["--out", str(out), "--environments", str(ENVIRONMENTS), "--quiet", "kraken-dev-kafka"]) == 2
    assert [p.name for p in out.iterdir()] == ["roots.json"]
    assert not list(tmp_path.glob(".out.*"))  # the staging folder is gone too


def test_the_output_check_runs_the_secrets_scan():
    from atlas.app import output_problems

    problems = output_problems({"r": {"resource": {"aws_db_instance": {"db": {"password": "hunter2hunter2"}}}}})
    assert problems and all(p.startswith("r: ") for p in problems)


@pytest.mark.slow
@pytest.mark.parametrize("argv, code", [(["kraken-dev-kafka"], 0), (["nosuch-*"], 2)])
def test_python_main_py_exits_with_its_code_and_leaves_no_temporary_files(tmp_path, argv, code):
    """``python main.py`` skips the interpreter's teardown (``run``) but not the exit hooks:
    jsii's removes the folder it unpacked its runtime into, and stops Node.js."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    done = subprocess.run([sys.executable, "-O", "main.py", "--quiet", "--out", str(tmp_path / "out"), *argv],
                          cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "TMPDIR": str(scratch)})
    assert done.returncode == code, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert list(scratch.iterdir()) == []
    assert (tmp_path / "out" / "stacks" / "kraken-dev-kafka" / "cdk.tf.json").is_file() == (code == 0)

