"""Which resource types can moto apply, re-plan cleanly and destroy? (see main.tf)

    python tests/emulator_probe/run.py

Applies main.tf against a fresh moto server (through tests.gates.emulator), then prints
per resource: apply failed / re-plan shows a change / ok, and whether destroy succeeded.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.gates.emulator.prepare import emulator_env, write_override  # noqa: E402
from tests.gates.emulator.root import EmulatedRoot, error_of  # noqa: E402
from tests.gates.emulator.server import MotoServer  # noqa: E402

DEADLINE = 150  # seconds an apply or destroy may take before the waiting resources count as failed


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="emulator-probe-"))
    server = MotoServer(log=work / "moto.log").start()
    try:
        folder = work / "probe"
        folder.mkdir()
        shutil.copy(Path(__file__).with_name("main.tf"), folder / "main.tf")
        write_override({"provider": {"aws": [{}]}}, folder, server.url)
        root = EmulatedRoot("probe", folder, emulator_env(work))
        addresses = re.findall(r'^resource "(\w+)" "(\w+)"', (folder / "main.tf").read_text(), re.M)
        assert root.init().returncode == 0, error_of(root.steps[-1])
        # A resource whose provider-side validation fails at plan time stops the whole
        # apply, so those are left out with -target and the apply is repeated.
        failed: set[str] = set()
        errors: list[str] = []
        for _ in range(4):
            targets = [f"-target={r}.{n}" for r, n in addresses if f"{r}.{n}" not in failed]
            applied, hanging = root.run_with_deadline("apply", "-auto-approve", "-input=false", *targets,
                                                      seconds=DEADLINE)
            errors += [line for line in applied.output.splitlines() if line.startswith("Error:")]
            errors += [f"Error: {a} was still being created after {DEADLINE} s" for a in sorted(hanging)]
            new = (set(re.findall(r"with (aws_\w+\.\w+),", applied.output)) | hanging) - failed
            failed |= new
            if not new or "Creating..." in applied.output:
                break
        targets = [f"-target={r}.{n}" for r, n in addresses if f"{r}.{n}" not in failed]
        planned = root.terraform("plan", "-detailed-exitcode", "-input=false", *targets)
        changed = set(re.findall(r"# (aws_\w+\.\w+) (?:will be|must be)", planned.output))
        destroyed, stuck = root.run_with_deadline("destroy", "-auto-approve", "-input=false", seconds=DEADLINE)
        undestroyed = {m for m in re.findall(r"with (aws_\w+\.\w+),", destroyed.output)} | stuck
        for rtype, name in addresses:
            address = f"{rtype}.{name}"
            verdict = ("APPLY FAILED" if address in failed else "RE-PLAN DIFF" if address in changed
                       else "DESTROY FAILED" if address in undestroyed else "ok")
            print(f"{verdict:14} {address}")
        for line in errors:
            print("   ", line[:240])
        return 0
    finally:
        server.stop()
        print(f"work folder: {work}")


if __name__ == "__main__":
    sys.exit(main())
