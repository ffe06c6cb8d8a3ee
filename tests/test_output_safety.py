"""Hostile command lines and odd files: refused with exit 2 and one clear message, nothing touched.

The cases the bad-input corpus cannot hold (it is one environment file per case): an output
folder that is an input or a stranger's folder, an environments folder one level too deep,
and files that are not plain files (a named pipe, a symbolic link loop, a near-miss name).
Each test runs ``main.main`` in a workspace (a copy of the real environments and a previous
output folder written by main.py) and checks the exit status, the exact stderr, and that
every file of the workspace is unchanged.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
from pathlib import Path

import pytest

import main
from tests.conftest import ENVIRONMENTS


pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX file types")

HEADER_CLI = "error: the command line has 1 problem(s); nothing was written:\n"
HEADER_ENV = "error: the environment files have 1 problem(s); nothing was written:\n"
# The known platforms as the messages list them (every registered platform, sorted).
def _platform_names() -> str:
    from atlas.app import platforms

    return ", ".join(sorted(platforms()))


PLATFORMS = _platform_names()


@pytest.fixture()
def workspace(tmp_path, monkeypatch) -> Path:
    shutil.copytree(ENVIRONMENTS, tmp_path / "environments")
    previous = tmp_path / "cdktf.out" / "stacks" / "earlier-root"
    previous.mkdir(parents=True)
    (previous / "cdk.tf.json").write_text('{"resource": {}}\n')
    (tmp_path / "cdktf.out" / "roots.json").write_text('{"roots": []}\n')
    (tmp_path / "notes.txt").write_text("not an output folder\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def snapshot(folder: Path) -> dict[str, object]:
    """Every entry under ``folder`` by type: file bytes, link targets, folders, pipes."""
    found: dict[str, object] = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            mode = os.lstat(path).st_mode
            key = str(path.relative_to(folder))
            if stat.S_ISLNK(mode):
                found[key] = ("link", os.readlink(path))
            elif stat.S_ISREG(mode):
                found[key] = path.read_bytes()
            else:
                found[key] = stat.S_IFMT(mode)
    return found


def refused(workspace: Path, capsys, *argv: str) -> str:
    """Runs main with ``argv`` (a hang fails after 60 s); asserts exit 2, nothing on stdout, no
    traceback and an unchanged workspace; returns stderr."""
    before = snapshot(workspace)

    def hung(*_):
        raise TimeoutError("main.main hung")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    try:
        code = main.main(list(argv))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert "Traceback" not in err
    assert snapshot(workspace) == before
    return err


# -- the output folder --------------------------------------------------------------------

def test_out_naming_the_environments_folder_is_refused(workspace, capsys):
    err = refused(workspace, capsys, "--out", "environments", "--environments", "environments")
    assert err == HEADER_CLI + ("  command line: --out: environments is the input environments; the output "
                                "would replace it: name a folder outside the environment files\n")


def test_out_naming_an_environment_file_is_refused(workspace, capsys):
    err = refused(workspace, capsys, "--out", "environments/atlas/prod.tfvars", "--environments", "environments")
    assert err == HEADER_CLI + ("  command line: --out: environments/atlas/prod.tfvars is the input "
                                "environments/atlas/prod.tfvars; the output would replace it: name a folder "
                                "outside the environment files\n")


def test_out_inside_the_environments_folder_is_refused(workspace, capsys):
    err = refused(workspace, capsys, "--out", "environments/atlas/out", "--environments", "environments")
    assert err == HEADER_CLI + ("  command line: --out: environments/atlas/out is inside the input "
                                "environments; the output would replace it: name a folder outside the "
                                "environment files\n")


def test_out_containing_the_environments_folder_is_refused(workspace, capsys):
    err = refused(workspace, capsys, "--out", ".", "--environments", "environments")
    assert err == HEADER_CLI + ("  command line: --out: . contains the input environments; "
                                "the output would replace it: name a folder outside the environment files\n")


def test_out_naming_an_existing_file_is_refused(workspace, capsys):
    err = refused(workspace, capsys, "--out", "notes.txt", "--environments", "environments")
    assert err == HEADER_CLI + ("  command line: --out: notes.txt is a file, not an output folder; the output "
                                "would replace it: name a folder\n")


def test_out_below_an_existing_file_is_refused(workspace, capsys):
    err = refused(workspace, capsys, "--out", "notes.txt/out", "--environments", "environments")
    assert err == HEADER_CLI + (f"  command line: --out: notes.txt/out cannot be created: "
                                f"{workspace.resolve() / 'notes.txt'} is a file, not a folder\n")


def test_out_naming_a_folder_this_tool_did_not_write_is_refused(workspace, capsys):
    (workspace / "photos").mkdir()
    (workspace / "photos" / "cat.jpg").write_bytes(b"\xff\xd8")
    err = refused(workspace, capsys, "--out", "photos", "--environments", "environments")
    assert err == HEADER_CLI + ("  command line: --out: photos is a folder this tool did not write (it holds "
                                "files but no roots.json); the output would replace all of it: name a new or "
                                "empty folder, or remove this one first\n")


def test_a_roots_json_that_is_not_the_manifest_is_no_marker(workspace, capsys):
    (workspace / "other").mkdir()
    (workspace / "other" / "roots.json").write_text('["not", "ours"]\n')
    err = refused(workspace, capsys, "--out", "other", "--environments", "environments")
    assert "other is a folder this tool did not write" in err


def test_synthesize_refuses_an_empty_selection(workspace):
    from atlas.app import synthesize
    from atlas.config import ConfigError

    before = snapshot(workspace)
    with pytest.raises(ConfigError) as caught:
        synthesize([], workspace / "cdktf.out")
    assert [str(p) for p in caught.value.problems] == ["command line: ROOT: selects no root; nothing to synthesize"]
    assert snapshot(workspace) == before


# -- the environments folder ----------------------------------------------------------------

def test_environments_one_level_too_deep_is_refused(workspace, capsys):
    err = refused(workspace, capsys, "--out", "cdktf.out", "--environments", "environments/atlas")
    assert err == HEADER_CLI + ("  command line: --environments: environments/atlas holds environment files "
                                "itself; name the folder above it, which holds one folder per platform "
                                f"({PLATFORMS})\n")


def test_an_empty_environments_folder_is_refused(workspace, capsys):
    (workspace / "empty").mkdir()
    err = refused(workspace, capsys, "--out", "cdktf.out", "--environments", "empty")
    assert err == HEADER_CLI + ("  command line: --environments: empty holds no environment files "
                                "(<platform>/<env>.tfvars); nothing to synthesize\n")


def test_environments_naming_a_file_is_refused(workspace, capsys):
    err = refused(workspace, capsys, "--out", "cdktf.out", "--environments", "notes.txt")
    assert err == HEADER_CLI + ("  command line: --environments: notes.txt is not a folder of environment "
                                "files (it is a file)\n")


# -- files that are not plain files -------------------------------------------------------------

def test_a_named_pipe_is_refused_without_being_opened(workspace, capsys):
    os.mkfifo(workspace / "environments" / "atlas" / "pipe.tfvars")
    err = refused(workspace, capsys, "--out", "cdktf.out", "--environments", "environments")
    assert err == HEADER_ENV + ("  environments/atlas/pipe.tfvars: is a named pipe, not an environment file; "
                                "environment files are regular files\n")


def test_a_platform_folder_that_is_a_file_is_refused(workspace, capsys):
    shutil.rmtree(workspace / "environments" / "kraken")
    (workspace / "environments" / "kraken").write_text("dev\n")
    err = refused(workspace, capsys, "--out", "cdktf.out", "--environments", "environments")
    assert err == HEADER_ENV + ("  environments/kraken: is a file, not a platform folder; the environments "
                                f"folder holds one folder per platform ({PLATFORMS})\n")


@pytest.mark.parametrize("name", ["prod2.tfvar", "prod2.tfvars.bak", "prod2.TFVARS", "prod2.tfvars~"])
def test_a_near_miss_file_name_is_refused_not_skipped(workspace, capsys, name):
    shutil.copyfile(workspace / "environments" / "atlas" / "prod.tfvars", workspace / "environments" / "atlas" / name)
    err = refused(workspace, capsys, "--out", "cdktf.out", "--environments", "environments")
    assert err == HEADER_ENV + (f"  environments/atlas/{name}: looks like an environment file but is not named "
                                "<env>.tfvars, so it would be skipped; rename it to prod2.tfvars, or move it out "
                                "of the environments folder\n")


def test_another_file_in_a_platform_folder_is_refused(workspace, capsys):
    (workspace / "environments" / "kraken" / "README.md").write_text("notes\n")
    err = refused(workspace, capsys, "--out", "cdktf.out", "--environments", "environments")
    assert err == HEADER_ENV + ("  environments/kraken/README.md: is not an environment file (<env>.tfvars); a "
                                "platform folder holds only environment files: move it out of the environments "
                                "folder\n")


def test_a_symlink_loop_as_an_environment_file_is_refused(workspace, capsys):
    folder = workspace / "environments" / "atlas"
    (folder / "a.tfvars").symlink_to("b.tfvars")
    (folder / "b.tfvars").symlink_to("a.tfvars")
    err = refused(workspace, capsys, "--out", "cdktf.out", "--environments", "environments")
    assert err == ("error: the environment files have 2 problem(s); nothing was written:\n"
                   "  environments/atlas/a.tfvars: cannot be read (Too many levels of symbolic links)\n"
                   "  environments/atlas/b.tfvars: cannot be read (Too many levels of symbolic links)\n")


def test_a_symlink_loop_as_a_platform_folder_is_refused(workspace, capsys):
    (workspace / "environments" / "looping").symlink_to("looping")
    err = refused(workspace, capsys, "--out", "cdktf.out", "--environments", "environments")
    assert err == HEADER_ENV + ("  environments/looping: is a broken or looping symbolic link, not a platform "
                                f"folder; the environments folder holds one folder per platform ({PLATFORMS})\n")


def test_a_dangling_symlink_as_an_environment_file_is_refused(workspace, capsys):
    (workspace / "environments" / "kraken" / "qa.tfvars").symlink_to("missing.tfvars")
    err = refused(workspace, capsys, "--out", "cdktf.out", "--environments", "environments")
    assert err == HEADER_ENV + ("  environments/kraken/qa.tfvars: cannot be read (No such file or directory)\n")


def test_hidden_entries_are_ignored(workspace):
    """An editor's swap file or a .gitkeep is no environment and no problem."""
    from atlas.app import load_environments

    (workspace / "environments" / "atlas" / ".prod.tfvars.swp").write_bytes(b"\x00swap")
    (workspace / "environments" / ".gitkeep").write_text("")
    names = sorted((e.platform.name, e.name) for e in load_environments(workspace / "environments"))
    real = sorted((p.parent.name, p.stem) for p in (workspace / "environments").glob("*/*.tfvars")
                  if not p.name.startswith("."))
    assert names == real and ("atlas", "staging2") in names


def test_environments_without_the_spacelift_file_are_refused_not_a_traceback(workspace, capsys):
    """The account bootstrap roots' deploy roles trust what the Spacelift file names; without
    it they would trust nobody (this was a ValueError traceback from the bootstrap root)."""
    shutil.rmtree(workspace / "environments")
    (workspace / "environments" / "kraken").mkdir(parents=True)
    shutil.copy(ENVIRONMENTS / "kraken" / "dev.tfvars", workspace / "environments" / "kraken" / "dev.tfvars")
    err = refused(workspace, capsys, "--out", "cdktf.out", "--environments", "environments")
    assert err == HEADER_ENV + (
        "  environments/kraken/dev.tfvars: account_id: the bootstrap root of account 333333333333 needs "
        "environments/spacelift/<name>.tfvars (the Spacelift settings and operator_roles its deploy roles trust); "
        'add it (README, "Delivery": the Spacelift admin root)\n')
