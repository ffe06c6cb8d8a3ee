"""``python -m atlas.delivery.runner``: plain Terraform over roots in dependency order.

    python -m atlas.delivery.runner                      # plan every root (bootstrap roots excepted)
    python -m atlas.delivery.runner kraken-dev           # an environment: its roots, in order
    python -m atlas.delivery.runner atlas-staging --apply
    python -m atlas.delivery.runner kraken-dev --destroy # reverse order; production only by name
    python -m atlas.delivery.runner kraken-dev-data-plane --run-task cdc_setup   # run a one-off task again

Targets are root names, shell globs or ``<platform>-<env>``. The roots are synthesized first
(``main.py``, unless ``--no-synth``), then run in the order of ``roots.json`` (the
remote-state reads) with the Terraform binary on PATH (``$ATLAS_TF`` or ``$TERRAFORM``).
Each root goes through its rollout steps as its first apply needs them (``atlas.rollout``,
the same decision as the Spacelift hook): with ``--apply``, every step whose gate is missing
from the state is applied in turn, then the steady apply; a step with a one-off task (the CDC
user of Kraken's data plane) has its task run between its apply and the next
(``atlas.delivery.tasks``); a plan shows the next step. The run
stops at the first failure and names the root and the step. In a plan, a root whose upstream
root has changes to apply is not planned (its remote-state read would not find them).
``--destroy`` runs in reverse order and refuses a production root (or a bootstrap root,
which holds the state buckets) unless it is named exactly. Credentials are the caller's:
assume the platform's deploy role first (README, "Plain Terraform").
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import subprocess
import sys
from pathlib import Path
from typing import Sequence

from atlas.delivery import graph, tasks
from atlas.delivery.rollout_hook import describe, state_addresses, terraform, write_step
from atlas.rollout import in_state, next_step, task_due


class RunFailed(Exception):
    pass


def select(entries: Sequence[dict], targets: Sequence[str]) -> list[dict]:
    if not targets:
        return [e for e in entries if e["platform"] != "bootstrap"]
    chosen, unmatched = [], []
    for target in targets:
        hits = [e for e in entries if fnmatch.fnmatchcase(e["name"], target) or e["name"].startswith(target + "-")]
        if not hits:
            unmatched.append(target)
        chosen += [e for e in hits if e not in chosen]
    if unmatched:
        raise RunFailed(f"no root matches {', '.join(unmatched)} (see python main.py --list)")
    return chosen


def _tf(folder: Path, *args: str) -> int:
    print(f"$ terraform -chdir={folder} {' '.join(args)}", flush=True)
    return subprocess.run([terraform(), f"-chdir={folder}", *args]).returncode


def run_root(entry: dict, folder: Path, *, apply: bool) -> bool:
    """Plans (or applies) one root through its rollout steps; True when changes are pending."""
    name, steps = entry["name"], entry.get("rollout") or []
    if _tf(folder, "init", "-input=false") != 0:
        raise RunFailed(f"{name}: terraform init failed")
    done: set[int] = set()  # steps whose one-off task ran (or, in a plan, would run) in this run
    while True:
        present = state_addresses(folder) if steps else []
        step = next_step(steps, present, done) if steps else None
        task = task_due(step, present)
        if task is not None:
            if apply:
                print(f"== {name}: step {step['step']} ({step['name']}) is applied; running its one-off task "
                      f"{task['name']}: {task['why']}", flush=True)
                try:
                    tasks.run(task["name"], tasks.run_spec(folder, task, terraform()))
                except tasks.TaskFailed as err:
                    raise RunFailed(f"{name}: step {step['step']} ({step['name']}): {err}") from None
            else:
                print(f"== {name}: the apply would first run the one-off task {task['name']} ({task['why']})")
            done.add(step["step"])
            continue
        write_step(folder, step)
        label = f"step {step['step']} ({step['name']})" if step else "steady"
        print(f"== {name}: {describe(step, steps)}", flush=True)
        if not apply:
            code = _tf(folder, "plan", "-input=false", "-detailed-exitcode")
            if code == 1:
                raise RunFailed(f"{name}: plan of {label} failed")
            return code == 2 or step is not None or bool(done)
        if _tf(folder, "apply", "-input=false", "-auto-approve") != 0:
            raise RunFailed(f"{name}: apply of {label} failed")
        if step is None:
            return False
        # A step with a task creates the task's definition; the gate comes after the task.
        expected = step["task"]["after_in_state"] if step.get("task") else step["until_in_state"]
        if not in_state(expected, state_addresses(folder)):
            raise RunFailed(f"{name}: {label} was applied but {expected} is still not in the state")


def run_task_again(entry: dict, folder: Path, task_name: str) -> None:
    """Runs one of the root's one-off tasks on purpose (e.g. the CDC setup once new captured
    tables exist); the root must have been applied."""
    known = {s["task"]["name"]: s["task"] for s in entry.get("rollout") or [] if s.get("task")}
    if task_name not in known:
        raise RunFailed(f"{entry['name']} has no one-off task {task_name} "
                        f"(it has {', '.join(sorted(known)) or 'none'})")
    if _tf(folder, "init", "-input=false") != 0:
        raise RunFailed(f"{entry['name']}: terraform init failed")
    try:
        tasks.run(task_name, tasks.run_spec(folder, known[task_name], terraform()))
    except tasks.TaskFailed as err:
        raise RunFailed(f"{entry['name']}: {err}") from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("targets", nargs="*", metavar="TARGET")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--apply", action="store_true")
    mode.add_argument("--destroy", action="store_true")
    mode.add_argument("--run-task", metavar="TASK", help="run one of the root's one-off tasks again (one root)")
    parser.add_argument("--out", type=Path, default=Path("cdktf.out"))
    parser.add_argument("--no-synth", action="store_true", help="use the roots already in --out")
    args = parser.parse_args(argv)
    if not args.no_synth:
        import main as app_main  # the project's main.py

        code = app_main.main(["--quiet", "--out", str(args.out), *args.targets])
        if code != 0:
            return code
    try:
        entries = graph.ordered(json.loads((args.out / "roots.json").read_text())["roots"])
        chosen = select(entries, args.targets)
        if args.run_task:
            if len(chosen) != 1:
                raise RunFailed(f"--run-task needs exactly one root; {', '.join(args.targets) or 'no target'} "
                                f"selects {len(chosen)}")
            run_task_again(chosen[0], args.out / "stacks" / chosen[0]["name"], args.run_task)
            return 0
        if args.destroy:
            named = set(args.targets)
            refused = [e["name"] for e in chosen if (e["environment_class"] == "production"
                                                     or e["platform"] == "bootstrap") and e["name"] not in named]
            if refused:
                raise RunFailed(f"refusing to destroy {', '.join(refused)} (production or bootstrap); "
                                "name each such root exactly to destroy it")
            for entry in reversed(chosen):
                if _tf(args.out / "stacks" / entry["name"], "init", "-input=false") != 0 or \
                        _tf(args.out / "stacks" / entry["name"], "destroy", "-input=false", "-auto-approve") != 0:
                    raise RunFailed(f"{entry['name']}: destroy failed")
            return 0
        pending: set[str] = set()
        for entry in chosen:
            waiting = sorted(set(entry["depends_on"]) & pending)
            if waiting:
                print(f"== {entry['name']}: not planned; it reads {', '.join(waiting)}, which has changes to apply")
                pending.add(entry["name"])
                continue
            if run_root(entry, args.out / "stacks" / entry["name"], apply=args.apply):
                pending.add(entry["name"])
        print(f"done: {len(chosen)} root(s) {'applied' if args.apply else 'planned'}")
        return 0
    except RunFailed as err:
        print(f"FAILED: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
