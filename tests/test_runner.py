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


def _task_out(tmp_path: Path) -> Path:
    """A root whose step 1 creates a task definition stand-in; its gate (count staged like
    Rollout.count) is created only after the one-off task has run."""
    out = tmp_path / "cdktf.out"
    spec = {"cluster_arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/c", "task_definition_arn": "td",
            "subnet_ids": ["subnet-1"], "security_group_ids": ["sg-1"], "container": "setup", "log_group": "/ecs/s"}
    _root(out, "p-e-data", {
        "variable": {"rollout_step": {"type": "number", "default": 2}},
        "resource": {"terraform_data": {
            "definition": {"input": "task"},
            "gate": {"input": "connector", "count": "${var.rollout_step <= 1 ? 0 : 1}"}}},
        "output": {"one_off_tasks": {"value": {"setup": spec}}}})
    task = {"name": "setup", "after_in_state": "terraform_data.definition", "output": "one_off_tasks", "why": "makes a user"}
    step = {"step": 1, "name": "cdc-setup", "why": "test", "until_in_state": "terraform_data.gate[0]",
            "tfvars": {"rollout_step": 1}, "task": task}
    (out / "roots.json").write_text(json.dumps({"roots": [
        {"name": "p-e-data", "platform": "p", "environment_class": "development", "depends_on": [], "rollout": [step]}]}))
    return out


def test_a_step_with_a_task_runs_it_between_its_apply_and_the_gate(tmp_path, capsys, monkeypatch):
    """The task runs after the step's apply (its spec read from the root's output) and before
    the apply that creates the gate; a plan only says it would; a failed task stops the run
    naming root, step and task; the Spacelift hooks decide the same from the state."""
    from atlas.delivery import rollout_hook, tasks
    from tests.helpers import require_terraform

    require_terraform()
    out, folder = _task_out(tmp_path), tmp_path / "cdktf.out" / "stacks" / "p-e-data"
    ran: list[tuple[str, dict, list[str]]] = []

    def fake_run(name, spec, **_):
        state = json.loads((folder / "terraform.tfstate").read_text())
        ran.append((name, spec, sorted(r["name"] for r in state["resources"])))

    monkeypatch.setattr(tasks, "run", fake_run)
    assert runner.main(["--no-synth", "--out", str(out), "p-e-data"]) == 0  # a plan (and init): step 1 next
    assert "rollout step 1 of 1" in capsys.readouterr().out
    # The Spacelift hooks on an empty state: step 1 is planned, before_apply runs nothing.
    assert rollout_hook.main(["p-e-data", "--out", str(out)]) == 0
    assert json.loads((folder / rollout_hook.TFVARS).read_text()) == {"rollout_step": 1}
    assert rollout_hook.main(["p-e-data", "--out", str(out), "--before-apply"]) == 0 and ran == []

    assert runner.main(["--no-synth", "--out", str(out), "--apply"]) == 0
    printed = capsys.readouterr().out
    assert printed.index("rollout step 1 of 1") < printed.index("running its one-off task setup") \
        < printed.index("every rollout gate is in the state")
    ((name, spec, state_at_task),) = ran
    assert name == "setup" and spec["task_definition_arn"] == "td" and state_at_task == ["definition"]
    assert "gate" in {r["name"] for r in json.loads((folder / "terraform.tfstate").read_text())["resources"]}
    assert runner.main(["--no-synth", "--out", str(out), "p-e-data"]) == 0  # steady: the task never runs again
    assert len(ran) == 1
    # Run on purpose (new captured tables): --run-task.
    assert runner.main(["--no-synth", "--out", str(out), "p-e-data", "--run-task", "setup"]) == 0 and len(ran) == 2
    assert runner.main(["--no-synth", "--out", str(out), "p-e-data", "--run-task", "nope"]) == 1
    assert "has no one-off task nope (it has setup)" in capsys.readouterr().err


def test_a_failed_task_stops_the_run_before_the_gate(tmp_path, capsys, monkeypatch):
    from atlas.delivery import rollout_hook, tasks
    from tests.helpers import require_terraform

    require_terraform()
    out = _task_out(tmp_path)
    folder = out / "stacks" / "p-e-data"

    def failing(name, spec, **_):
        raise tasks.TaskFailed(f"task {name}: exit code 3; its log: /ecs/s")

    monkeypatch.setattr(tasks, "run", failing)
    assert runner.main(["--no-synth", "--out", str(out), "--apply"]) == 1
    assert "FAILED: p-e-data: step 1 (cdc-setup): task setup: exit code 3" in capsys.readouterr().err
    names = {r["name"] for r in json.loads((folder / "terraform.tfstate").read_text())["resources"]}
    assert names == {"definition"}, "the gate waits for a task that succeeded"
    # Spacelift: the next run plans the steady apply; its before_apply hook runs the task and fails.
    assert rollout_hook.main(["p-e-data", "--out", str(out)]) == 0
    assert "first runs its one-off task setup" in capsys.readouterr().out
    assert not (folder / rollout_hook.TFVARS).exists()
    assert rollout_hook.main(["p-e-data", "--out", str(out), "--before-apply"]) == 1
    assert "p-e-data: task setup: exit code 3" in capsys.readouterr().err
