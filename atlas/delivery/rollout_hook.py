"""``python -m atlas.delivery.rollout_hook ROOT [--before-apply | --after-apply]``: a root's rollout step for a run.

The Spacelift ``before_plan`` hook (``.spacelift/config.yml``) and the plain Terraform
runner both decide the same way (``atlas.rollout.next_step``): list the root's state; the
first step whose gate address is missing is the step this run applies, written as
``rollout.auto.tfvars.json`` into the root's folder (Terraform loads ``*.auto.tfvars.json``
by itself); with no step missing the file is removed and the run is the steady one. A root
without steps gets no file. ``--after-apply`` says what the next run of the stack will be, so
the person who confirmed step 1 knows to trigger the stack once more for the steady apply.

A step with a one-off task (``atlas.rollout``): once its apply has created the task's
definition, the next run plans the apply after it, and its ``before_apply`` hook
(``--before-apply``) makes the same decision from the state (the stack is locked between
plan and apply, so it is the same state) and runs the task, waiting for exit code 0
(``atlas.delivery.tasks``): the task runs only in a confirmed apply, never in a plan or a
proposed run, and a failed task stops the apply.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Mapping, Sequence

from atlas.rollout import next_step, task_due

TFVARS = "rollout.auto.tfvars.json"


def terraform() -> str:
    return os.environ.get("ATLAS_TF") or os.environ.get("TERRAFORM") or "terraform"


def state_addresses(folder: Path, env: Mapping[str, str] | None = None) -> list[str]:
    """``terraform state list`` of an initialised root (empty for a root with no state yet)."""
    proc = subprocess.run([terraform(), f"-chdir={folder}", "state", "list"], capture_output=True, text=True,
                          env=dict(env) if env is not None else None)
    if proc.returncode != 0:
        if "No state file was found" in proc.stderr:
            return []
        raise RuntimeError(f"terraform state list failed in {folder}: {proc.stderr.strip()[-2000:]}")
    return [line.strip() for line in proc.stdout.splitlines() if line.strip()]


def write_step(folder: Path, step: Mapping[str, Any] | None) -> None:
    """Writes (or removes) the root's ``rollout.auto.tfvars.json`` for ``step``."""
    path = folder / TFVARS
    if step is None:
        path.unlink(missing_ok=True)
    else:
        path.write_text(json.dumps(step["tfvars"], sort_keys=True) + "\n")


def describe(step: Mapping[str, Any] | None, steps: Sequence[Mapping[str, Any]]) -> str:
    if not steps:
        return "no rollout steps: steady apply"
    if step is None:
        return "every rollout gate is in the state: steady apply"
    return (f"rollout step {step['step']} of {len(steps)} ({step['name']}): {step['until_in_state']} is not in the "
            f"state yet; this run applies -var rollout_step={step['step']} ({step['why']})")


def decide(folder: Path, steps: Sequence[Mapping[str, Any]], addresses: Sequence[str]) -> str:
    """Writes this run's step (``rollout.auto.tfvars.json``) and says what the run does
    (a one-off task its apply runs first included)."""
    step = next_step(steps, addresses) if steps else None
    task = task_due(step, addresses)
    if task is None:
        write_step(folder, step)
        return describe(step, steps)
    following = next_step(steps, addresses, done={step["step"]})
    write_step(folder, following)
    return (f"step {step['step']} ({step['name']}) is applied; the apply first runs its one-off task "
            f"{task['name']} ({task['why']}), then: {describe(following, steps)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root")
    parser.add_argument("--out", type=Path, default=Path("cdktf.out"))
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--before-apply", action="store_true")
    when.add_argument("--after-apply", action="store_true")
    args = parser.parse_args(argv)
    manifest = json.loads((args.out / "roots.json").read_text())
    entry = next((r for r in manifest["roots"] if r["name"] == args.root), None)
    if entry is None:
        print(f"error: {args.root} is not in {args.out}/roots.json", file=sys.stderr)
        return 2
    folder = args.out / "stacks" / args.root
    steps = entry.get("rollout") or []
    addresses = state_addresses(folder) if steps else []
    step = next_step(steps, addresses) if steps else None
    if args.before_apply:
        task = task_due(step, addresses)
        if task is None:
            return 0
        from atlas.delivery import tasks

        try:
            tasks.run(task["name"], tasks.run_spec(folder, task, terraform()))
        except tasks.TaskFailed as err:
            print(f"error: {args.root}: {err}", file=sys.stderr)
            return 1
        return 0
    if args.after_apply:
        task = task_due(step, addresses)
        if task is not None:
            print(f"rollout: the next run of {args.root} runs the one-off task {task['name']} before its apply, "
                  "then applies what waits for it; trigger the stack again")
        elif step is not None:
            print(f"rollout: the next run of {args.root} applies step {step['step']}; trigger the stack again")
        elif steps and (folder / TFVARS).exists():
            print(f"rollout: every step of {args.root} is applied; trigger the stack again for the steady apply")
        else:
            print(f"rollout: {args.root} is at its steady state")
        return 0
    print(f"{args.root}: {decide(folder, steps, addresses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
