"""Rollout steps: the applies a root needs when one apply cannot reach its settings.

Some settings AWS refuses when a resource is *created* and accepts only once it exists. MSK
is the example that made this module: ``CreateCluster`` refuses public access ("When
creating a cluster, the only valid value for the Type parameter in PublicAccess is
DISABLED") and multi-VPC connectivity ("When creating a cluster, all vpcConnectivity auth
schemes must be disabled"); both are turned on by ``UpdateConnectivity`` on an ACTIVE
cluster. A root that asks for such a setting cannot apply from empty in one go, and a
README paragraph telling operators to comment something out is a hope, not a plan.

So the construct that knows the rule declares a *step* on its root (``Rollout.of(scope)``)
and writes the setting as a value that depends on the step:

* the root gets a Terraform variable ``rollout_step`` (a number). Its default is the
  *steady* step, one past the last declared step: a plan or apply without arguments
  describes the environment as the settings want it, so day-2 runs need nothing special;
* step ``n`` is applied with ``-var rollout_step=n``; during it every staged value of step
  ``n`` and later takes its create-time form (``DISABLED``, ``false``);
* each step names a *gate*: the address of the resource whose creation it exists for. The
  step is needed only while that address is not in the root's state. A runner (plain
  Terraform or a Spacelift hook) lists the state, applies each step whose gate is missing,
  in order, then the steady apply. On an environment that already exists no gate is
  missing, so no step ever takes a running cluster back to its create-time form.

A step may also carry a *one-off task* (``Rollout.step(..., task=...)``): work Terraform
cannot do but the gate needs before it is created, such as the CDC database user Debezium
logs in as (``CREATE ROLE`` inside PostgreSQL). Such a step's apply creates everything but
the gate, including the task's ECS task definition; the runner then runs the task once
(``ecs:RunTask``, waiting for exit code 0: ``atlas.delivery.tasks``) and goes on to the next
apply, which creates the gate. The task is due while the gate is missing and the task
definition is in the state; on an environment that exists the gate is there and the task
never runs again by itself (``runner ROOT --run-task NAME`` runs it on purpose).

The steps of every root are in the manifest (``roots.json``, key ``rollout``) and in
``python main.py --list``; ``next_step`` and ``task_due`` are the decisions a runner makes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

VARIABLE = "rollout_step"


@dataclass
class Step:
    """One apply before the steady one. ``gate`` is resolved to an address at synthesis."""

    number: int
    name: str
    why: str
    gate: Any  # the TerraformResource whose creation needs this step
    address: str = ""
    # A one-off task run after this step's apply and before the gate's (see the module
    # docstring): ``OneOffTask`` (its key, task definition and the output naming how to run it).
    task: Any = None
    task_address: str = ""

    def entry(self) -> dict[str, Any]:
        entry = {"step": self.number, "name": self.name, "why": self.why, "until_in_state": self.address,
                 "tfvars": {VARIABLE: self.number}}
        if self.task is not None:
            entry["task"] = {"name": self.task.key, "after_in_state": self.task_address,
                             "output": self.task.output, "why": self.task.why}
        return entry


@dataclass
class Rollout:
    """The rollout steps of one root (``PlatformStack.rollout``)."""

    steps: list[Step] = field(default_factory=list)

    @staticmethod
    def of(scope: Any) -> "Rollout":
        """The rollout of the root that ``scope`` belongs to."""
        from atlas.cdk import TerraformStack

        stack = TerraformStack.of(scope)
        rollout = getattr(stack, "rollout", None)
        if rollout is None:
            raise TypeError(f"{scope.node.path} is not inside a root that has rollout steps (a PlatformStack)")
        return rollout

    def step(self, name: str, *, why: str, gate: Any, task: Any = None) -> Step:
        """Declares (or returns, by name) the step that creates ``gate`` before a setting
        AWS refuses at creation is turned on (or, with ``task``, the step after whose apply
        that one-off task runs before ``gate`` is created). Steps are numbered in
        declaration order."""
        for existing in self.steps:
            if existing.name == name:
                if gate is not None and existing.gate is not None and existing.gate is not gate:
                    raise ValueError(f"rollout step {name} is declared twice with different gates")
                return existing
        created = Step(len(self.steps) + 1, name, why, gate, task=task)
        self.steps.append(created)
        return created

    @property
    def steady(self) -> int:
        return len(self.steps) + 1

    @staticmethod
    def choose(step: Step, during: str, after: str) -> str:
        """A string setting: ``during`` while ``step`` (or an earlier one) is applied, else ``after``."""
        return _staged(step, during, after)

    @staticmethod
    def flag(step: Step, during: bool, after: bool) -> Any:
        """A boolean setting staged like ``choose`` (an IResolvable, which bool arguments take)."""
        from atlas.cdk import Token

        return Token.as_any(_staged(step, during, after))

    @staticmethod
    def count(step: Step) -> Any:
        """A ``count`` for a resource AWS accepts only once ``step``'s gate has its staged
        settings on (e.g. an MSK cluster policy, which needs multi-VPC connectivity on): 0
        while ``step`` (or an earlier one) is applied, else 1. Its address gets ``[0]``."""
        from atlas.cdk import Token

        return Token.as_number(_staged(step, 0, 1))

    def entries(self, address_of: Any) -> list[dict[str, Any]]:
        """The steps as the manifest lists them, gates resolved to addresses."""
        from atlas.cdk.stack import resource_type  # (atlas.cdk.stack imports this module)

        for step in self.steps:
            if step.gate is None:
                raise ValueError(f"rollout step {step.name} was declared without the resource it creates")
            step.address = f"{resource_type(step.gate)}.{address_of(step.gate.node.path)}"
            if step.gate.count is not None:  # staged with Rollout.count: its one instance
                step.address += "[0]"
            if step.task is not None:
                definition = step.task.task_definition
                step.task_address = f"{resource_type(definition)}.{address_of(definition.node.path)}"
        return [step.entry() for step in self.steps]

    def finish(self, stack: Any, address_of: Any) -> None:
        """Adds the variable to the root, only when it has steps; called once per root when
        it is prepared for synthesis."""
        if not self.steps:
            return
        self.entries(address_of)
        names = "; ".join(f"{s.number}: {s.name} (until {s.address} exists)" for s in self.steps)
        stack.add_override(f"variable.{VARIABLE}", {
            "type": "number", "default": self.steady, "nullable": False,
            "description": f"The rollout step to apply. Leave it unset ({self.steady}, the steady state) except "
                           f"when creating the environment: {names}. See roots.json or `python main.py --list`.",
            "validation": [{
                "condition": f"${{var.{VARIABLE} >= 1 && var.{VARIABLE} <= {self.steady} && "
                             f"floor(var.{VARIABLE}) == var.{VARIABLE}}}",
                "error_message": f"rollout_step is a whole number from 1 to {self.steady}.",
            }],
        })


def _staged(step: Step, during: Any, after: Any) -> str:
    """The expression ``value_at`` reads back: ``during`` up to ``step``, ``after`` beyond."""
    return "${var.%s <= %d ? %s : %s}" % (VARIABLE, step.number, json.dumps(during), json.dumps(after))


_STAGED = re.compile(r'^\$\{var\.%s <= (\d+) \? (.+?) : (.+)\}$' % VARIABLE)


def value_at(value: Any, step: int) -> Any:
    """What a value written by ``Rollout.choose``/``flag`` is at ``step`` (any other value is
    returned as it is): for readers of the synthesized JSON such as tests and pictures."""
    match = _STAGED.match(value) if isinstance(value, str) else None
    if match is None:
        return value
    last, during, after = int(match.group(1)), match.group(2), match.group(3)
    return json.loads(during if step <= last else after)


def in_state(address: str, addresses: Iterable[str]) -> bool:
    """Whether ``address`` is in a state listing. ``x[0]`` counts as present when the state
    still lists ``x``: Terraform moves an object to instance zero when ``count`` is added
    (the staged ``Rollout.count``), but only at the next apply, so an environment created
    before the staging must not be taken for a new one (its step would remove the object)."""
    present = set(addresses)
    return address in present or (address.endswith("[0]") and address[:-3] in present)


def next_step(steps: Iterable[Mapping[str, Any]], addresses: Iterable[str],
              done: Iterable[int] = ()) -> Mapping[str, Any] | None:
    """The first step (a manifest entry of ``rollout``) still needed, given the addresses in
    the root's state (``terraform state list``); None when only the steady apply is left.
    ``done``: steps whose one-off task this run has already run (their gate comes next)."""
    present, skip = list(addresses), set(done)
    for step in sorted(steps, key=lambda s: s["step"]):
        if step["step"] not in skip and not in_state(step["until_in_state"], present):
            return step
    return None


def task_due(step: Mapping[str, Any] | None, addresses: Iterable[str]) -> Mapping[str, Any] | None:
    """The one-off task to run now for ``step`` (the ``next_step``): its apply has created
    the task definition, and its gate is still missing; None otherwise (apply the step)."""
    task = step.get("task") if step else None
    if task and in_state(task["after_in_state"], addresses):
        return task
    return None
