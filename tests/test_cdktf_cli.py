"""``cdktf synth`` through the cdktf CLI writes the same roots as ``python main.py``
(``cdktf.json`` runs main.py; the CLI passes its output folder as ``CDKTF_OUTDIR``).

The CLI is the one ``make gen`` installs (``.build/cdktf-cli``, cdktf-cli 0.21.0), else
``$CDKTF_CLI`` or ``cdktf`` on PATH; when none is there the test installs it with npm, and
skips (with npm's reason) only when that install is impossible.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

CLI_VERSION = "0.21.0"
LOCAL_CLI = ROOT / ".build" / "cdktf-cli" / "node_modules" / ".bin" / "cdktf"


def cdktf_cli() -> str:
    for candidate in (os.environ.get("CDKTF_CLI"), str(LOCAL_CLI), shutil.which("cdktf")):
        if candidate and Path(candidate).is_file():
            return candidate
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("the cdktf CLI is not installed and npm is not on PATH to install it")
    proc = subprocess.run([npm, "install", "--prefix", str(LOCAL_CLI.parents[2]), "--no-audit", "--no-fund",
                           f"cdktf-cli@{CLI_VERSION}"], capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 or not LOCAL_CLI.is_file():
        pytest.skip(f"the cdktf CLI cannot be installed here: {(proc.stderr or proc.stdout).strip()[-500:]}")
    return str(LOCAL_CLI)


def test_cdktf_synth_writes_the_same_roots_as_main_py(synthesized, tmp_path):
    cli = cdktf_cli()
    out = tmp_path / "cli.out"
    env = {**os.environ, "CHECKPOINT_DISABLE": "1", "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
           "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run([cli, "synth", "--output", str(out)], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:] + proc.stdout[-3000:]
    assert (out / "roots.json").read_text() == (synthesized.outdir / "roots.json").read_text()
    names = sorted(p.name for p in (out / "stacks").iterdir())
    assert names == sorted(synthesized.names)
    for name in names:
        assert (out / "stacks" / name / "cdk.tf.json").read_text() == \
            (synthesized.outdir / "stacks" / name / "cdk.tf.json").read_text(), name
