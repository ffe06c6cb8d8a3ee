"""The plain Terraform runner (atlas.delivery.runner) on two tiny roots that need no provider:
it applies a rollout step whose gate is missing, then the steady apply, in dependency order;
it names the root and step that fail; destroy refuses production roots not named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from atlas.delivery import runner

pytestmark = pytest.mark.slow


def _root(out: Path, name: str, doc: dict) -> None:
    folder = out / "stacks" / name
    folder.mkdir(parents=True)
    (folder / "cdk.tf.json").write_text(json.dumps({"terraform": {"backend": {"local": {"path": "terraform.tfstate"}}},
                                                    **doc}))


def _out(tmp_path: Path, fail: bool = False) -> Path:
    out = tmp_path / "cdktf.out"
    _root(out, "p-e-base", {
        "variable": {"rollout_step": {"type": "number", "default": 2}},
        "resource": {"terraform_data": {
            "gate": {"input": "${var.rollout_step <= 1 ? \"created-off\" : \"on\"}"},
            "after": {"input": "x", "depends_on": ["terraform_data.gate"]}}}})
    _root(out, "p-e-top", {"resource": {"terraform_data": {"t": {"input": "${tonumber(\"x\")}" if fail else "y"}}}})
    step = {"step": 1, "name": "create-off", "why": "test", "until_in_state": "terraform_data.gate",
            "tfvars": {"rollout_step": 1}}
    roots = [{"name": "p-e-top", "platform": "p", "environment_class": "production", "depends_on": ["p-e-base"],
              "rollout": []},
             {"name": "p-e-base", "platform": "p", "environment_class": "development", "depends_on": [],
              "rollout": [step]}]
    (out / "roots.json").write_text(json.dumps({"roots": roots}))
    return out


def _state(out: Path, name: str) -> dict:
    doc = json.loads((out / "stacks" / name / "terraform.tfstate").read_text())
    return {r["name"]: r["instances"][0]["attributes"]["input"]["value"] for r in doc["resources"]}


def test_apply_goes_through_the_steps_then_steady_in_order(tmp_path, capsys):
    from tests.helpers import require_terraform

    require_terraform()
    out = _out(tmp_path)
    assert runner.main(["--no-synth", "--out", str(out), "--apply"]) == 0
    printed = capsys.readouterr().out
    assert printed.index("p-e-base: rollout step 1") < printed.index("p-e-base: every rollout gate") \
        < printed.index("== p-e-top")
    assert _state(out, "p-e-base") == {"gate": "on", "after": "x"}
    assert not (out / "stacks" / "p-e-base" / "rollout.auto.tfvars.json").exists()
    assert runner.main(["--no-synth", "--out", str(out), "p-e"]) == 0  # plan: nothing to do
    assert runner.main(["--no-synth", "--out", str(out), "--destroy", "p-e"]) == 1  # p-e-top is production
    assert "refusing to destroy p-e-top" in capsys.readouterr().err
    assert runner.main(["--no-synth", "--out", str(out), "--destroy", "p-e-top", "p-e-base"]) == 0


def test_a_failure_names_the_root_and_step(tmp_path, capsys):
    from tests.helpers import require_terraform

    require_terraform()
    out = _out(tmp_path, fail=True)
    assert runner.main(["--no-synth", "--out", str(out), "--apply"]) == 1
    assert "FAILED: p-e-top: apply of steady failed" in capsys.readouterr().err
    assert runner.main(["--no-synth", "--out", str(out), "nothing-here"]) == 1
