"""Shared fixtures: every root is synthesized once per test run, and planned at most once.

Importing the AWS bindings and building every root costs seconds, so no test synthesizes
the whole app on its own; construct tests synthesize one small stack each.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENVIRONMENTS = ROOT / "environments"
sys.path.insert(0, str(ROOT / ".gen"))
sys.path.insert(0, str(ROOT))


@dataclass
class Synthesized:
    outdir: Path
    manifest: dict
    _docs: dict = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return [r["name"] for r in self.manifest["roots"]]

    def doc(self, name: str) -> dict:
        if name not in self._docs:
            self._docs[name] = json.loads((self.outdir / "stacks" / name / "cdk.tf.json").read_text())
        return self._docs[name]

    def entry(self, name: str) -> dict:
        return next(r for r in self.manifest["roots"] if r["name"] == name)


def synth_all(outdir: Path, *, local_backend: bool = False) -> Synthesized:
    from atlas.app import load_environments, plan_roots, synthesize

    synthesize(plan_roots(load_environments(ENVIRONMENTS)), outdir, local_backend=local_backend)
    return Synthesized(outdir, json.loads((outdir / "roots.json").read_text()))


@pytest.fixture(scope="session")
def synthesized(tmp_path_factory) -> Synthesized:
    return synth_all(tmp_path_factory.mktemp("synth") / "cdktf.out")


@pytest.fixture(scope="session")
def plans(synthesized):
    """Offline terraform plan of every synthesized root (one run of the harness). Without
    terraform this fails every test using it (see ``tests.helpers.require_terraform``)."""
    from atlas.harness import plan_roots
    from tests.helpers import require_terraform

    require_terraform()
    return {r.root: r for r in plan_roots(synthesized.outdir, workdir=synthesized.outdir.parent / "harness")}
