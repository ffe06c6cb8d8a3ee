"""Terraform in one root's work folder against the emulator, and the re-plan drift check.

``EmulatedRoot`` runs ``init`` / ``apply`` / ``plan`` / ``destroy`` in the folder
``prepare`` made, keeping each step's output next to the root (``NN-command.log``). An
apply or destroy is bounded (``APPLY_SECONDS``): the provider waits hours for a resource
moto never reports ready, the gate fails in minutes naming it. ``replan`` is the re-plan
after an apply: clean, or changed only in what ``KNOWN_DRIFT`` explains.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from atlas.harness.terraform import _error_text, _run, terraform_binary

# The largest root applies in about 200 s next to the others (the provider's own waits: ~55 s for an S3
# lifecycle configuration to read back consistently, ~80 s for an RDS instance); a resource
# moto never reports ready fails the gate after this long instead of the provider's hours.
APPLY_SECONDS = 480

# Attributes moto stores or returns differently from AWS, so the re-plan after an apply
# shows an in-place update of exactly these attributes on exactly these types. The
# re-plan is checked attribute by attribute (``replan_drift``): any other change, and any
# create, replace or delete, still fails the gate as a perpetual diff.
KNOWN_DRIFT: dict[tuple[str, str], str] = {
    ("aws_db_parameter_group", "parameter"): "moto's DescribeDBParameters does not return the parameters a "
                                              "ModifyDBParameterGroup set (source user)",
    ("aws_ecs_service", "enable_ecs_managed_tags"): "moto's ECS does not store enableECSManagedTags",
    ("aws_ecs_service", "availability_zone_rebalancing"): "moto's ECS does not return availabilityZoneRebalancing",
    ("aws_ecs_service", "enable_execute_command"): "moto 5.2.5's ECS does not store enableExecuteCommand (ECS Exec)",
    ("aws_ecs_service", "health_check_grace_period_seconds"): "moto's ECS does not store "
                                                             "healthCheckGracePeriodSeconds",
    # moto 5.2.5 glue/models.py: create_registry keeps the tags on the registry object, but
    # GetTags (how the provider reads them back) answers from its tagging service, which only
    # create_schema feeds.
    ("aws_glue_registry", "tags"): "moto's GetTags does not return the tags CreateRegistry stored",
    ("aws_glue_registry", "tags_all"): "moto's GetTags does not return the tags CreateRegistry stored",
}


def replan_drift(plan: dict) -> tuple[list[str], list[str]]:
    """Splits a re-plan's changes (``terraform show -json`` of it) into those explained by
    ``KNOWN_DRIFT`` and the rest; returns ``(known, unexplained)`` as readable lines."""
    known, unexplained = [], []
    for change in plan.get("resource_changes", []):
        actions = change["change"]["actions"]
        if actions in (["no-op"], ["read"]) or change.get("mode") != "managed":
            continue
        before, after = change["change"].get("before") or {}, change["change"].get("after") or {}
        changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        if actions == ["update"] and changed and all((change["type"], k) in KNOWN_DRIFT for k in changed):
            known.append(f"{change['address']}: {', '.join(changed)}")
        else:
            unexplained.append(f"{change['address']}: {'-'.join(actions)} {', '.join(changed)}")
    return known, unexplained


@dataclass
class Step:
    command: str
    returncode: int
    seconds: float
    output: str


@dataclass
class EmulatedRoot:
    """One root copied into ``folder`` with the emulator override; run terraform in it."""

    name: str
    folder: Path
    env: dict[str, str]
    dropped: list[str] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    stand_ins: list[str] = field(default_factory=list)  # outputs publishing their declared example

    @property
    def excluded_resources(self) -> list[str]:
        """The dropped managed resources (not data sources, locals or outputs)."""
        return [d for d in self.dropped if not d.startswith(("data.", "local.", "output."))]

    def terraform(self, *args: str, timeout: int = 900) -> Step:
        started = time.perf_counter()
        proc = _run([*args, "-no-color"], self.folder, self.env, timeout=timeout)
        step = Step(" ".join(args), proc.returncode, time.perf_counter() - started,
                    (proc.stdout or "") + (proc.stderr or ""))
        return self._keep(step)

    def _keep(self, step: Step) -> Step:
        """Records the step, and writes its whole output next to the root (``NN-command.log``)."""
        self.steps.append(step)
        command = step.command.split(" ")[0]
        (self.folder / f"{len(self.steps):02d}-{command}.log").write_text(step.output)
        return step

    def run_with_deadline(self, *args: str, seconds: float) -> tuple[Step, set[str]]:
        """``terraform <args>``, interrupted (SIGINT: Terraform stops and saves its state)
        after ``seconds``; also returns the addresses still being created/destroyed then.

        The provider waits up to hours for a resource to become ready; an emulator that
        never reports it ready must fail the gate in minutes, naming the resource.
        """
        started = time.perf_counter()
        proc = self.start(*args)
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
        reader.start()
        pending: set[str] = set()
        try:
            proc.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            text = "".join(lines)
            busy = set(re.findall(r"^(\S+): (?:Still creating|Creating|Still destroying|Destroying)", text, re.M))
            done = set(re.findall(r"^(\S+): (?:Creation|Destruction) complete", text, re.M))
            failed = set(re.findall(r"with (\S+),", text))
            pending = busy - done - failed
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        reader.join(timeout=10)
        step = Step(" ".join(args), proc.returncode if not pending else -2, time.perf_counter() - started,
                    "".join(lines))
        return self._keep(step), pending

    def start(self, *args: str) -> subprocess.Popen:
        """``terraform <args>`` in the background (for a deadline, or fault injection)."""
        return subprocess.Popen([terraform_binary() or "terraform", *args, "-no-color"], cwd=self.folder,
                                env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def init(self) -> Step:
        return self.terraform("init", "-input=false", "-reconfigure")

    def apply(self, seconds: float = APPLY_SECONDS, extra: Sequence[str] = ()) -> Step:
        return self._bounded(seconds, "apply", "-auto-approve", "-input=false", *extra)

    def _bounded(self, seconds: float, *args: str) -> Step:
        step, pending = self.run_with_deadline(*args, seconds=seconds)
        if pending:
            step.output += f"\nError: still waiting for {', '.join(sorted(pending))} after {seconds:.0f} s\n"
        return step

    def plan(self) -> Step:
        """``plan -detailed-exitcode``: 0 no changes, 2 changes, 1 error."""
        return self.terraform("plan", "-detailed-exitcode", "-input=false")

    def replan(self) -> tuple[Step, list[str]]:
        """The re-plan after an apply: exit 0 when nothing changes but ``KNOWN_DRIFT``
        (the drift is returned, so it is reported), 2 with the unexplained changes listed."""
        step = self.terraform("plan", "-detailed-exitcode", "-input=false", "-out=replan.bin")
        if step.returncode != 2:
            return step, []
        shown = self.terraform("show", "-json", "replan.bin").output
        known, unexplained = replan_drift(json.loads(shown[shown.index("{"):]))
        if unexplained:
            step.output += "\nunexplained changes:\n" + "\n".join(unexplained) + "\n"
        else:
            step.returncode = 0
        return step, known

    def destroy(self, seconds: float = APPLY_SECONDS, refresh: bool = True) -> Step:
        """``refresh=False`` right after a clean plan: that plan has just refreshed the state."""
        return self._bounded(seconds, "destroy", "-auto-approve", "-input=false", *([] if refresh else ["-refresh=false"]))

    def state_list(self) -> list[str]:
        step = self.terraform("state", "list")
        return sorted(line.strip() for line in step.output.splitlines() if line.strip())


def error_of(step: Step) -> str:
    return _error_text(subprocess.CompletedProcess([], step.returncode, step.output, ""))


def state_ids(root: EmulatedRoot) -> dict[str, set[str]]:
    """``{resource type: ids}`` of the managed resources in the root's current state."""
    step = root.terraform("show", "-json")
    values = json.loads(step.output[step.output.index("{"):]).get("values") or {}
    found: dict[str, set[str]] = {}
    for res in (values.get("root_module") or {}).get("resources", []):
        if res.get("mode") == "managed":
            found.setdefault(res["type"], set()).add(res["values"].get("id"))
    return found
