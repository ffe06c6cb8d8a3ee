"""``python -m atlas.delivery.rollout_hook ROOT [--after-apply]``: a root's rollout step for a run.

The Spacelift ``before_plan`` hook (``.spacelift/config.yml``) and the plain Terraform
runner both decide the same way (``atlas.rollout.next_step``): list the root's state; the
first step whose gate address is missing is the step this run applies, written as
``rollout.auto.tfvars.json`` into the root's folder (Terraform loads ``*.auto.tfvars.json``
by itself); with no step missing the file is removed and the run is the steady one. A root
without steps gets no file. ``--after-apply`` says what the next run of the stack will be, so
the person who confirmed step 1 knows to trigger the stack once more for the steady apply.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Mapping, Sequence

from atlas.rollout import next_step

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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root")
    parser.add_argument("--out", type=Path, default=Path("cdktf.out"))
    parser.add_argument("--after-apply", action="store_true")
    args = parser.parse_args(argv)
    manifest = json.loads((args.out / "roots.json").read_text())
    entry = next((r for r in manifest["roots"] if r["name"] == args.root), None)
    if entry is None:
        print(f"error: {args.root} is not in {args.out}/roots.json", file=sys.stderr)
        return 2
    folder = args.out / "stacks" / args.root
    steps = entry.get("rollout") or []
    step = next_step(steps, state_addresses(folder)) if steps else None
    if args.after_apply:
        if step is not None:
            print(f"rollout: the next run of {args.root} applies step {step['step']}; trigger the stack again")
        elif steps and (folder / TFVARS).exists():
            print(f"rollout: every step of {args.root} is applied; trigger the stack again for the steady apply")
        else:
            print(f"rollout: {args.root} is at its steady state")
        return 0
    write_step(folder, step)
    print(f"{args.root}: {describe(step, steps)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
