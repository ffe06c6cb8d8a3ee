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

The steps of every root are in the manifest (``roots.json``, key ``rollout``) and in
``python main.py --list``; ``next_step`` is the one decision a runner makes.
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

    def entry(self) -> dict[str, Any]:
        return {"step": self.number, "name": self.name, "why": self.why, "until_in_state": self.address,
                "tfvars": {VARIABLE: self.number}}


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

    def step(self, name: str, *, why: str, gate: Any) -> Step:
        """Declares (or returns, by name) the step that creates ``gate`` before a setting
        AWS refuses at creation is turned on. Steps are numbered in declaration order."""
        for existing in self.steps:
            if existing.name == name:
                if gate is not None and existing.gate is not None and existing.gate is not gate:
                    raise ValueError(f"rollout step {name} is declared twice with different gates")
                return existing
        created = Step(len(self.steps) + 1, name, why, gate)
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
        for step in self.steps:
            if step.gate is None:
                raise ValueError(f"rollout step {step.name} was declared without the resource it creates")
            step.address = f"{step.gate.terraform_resource_type}.{address_of(step.gate.node.path)}"
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


def next_step(steps: Iterable[Mapping[str, Any]], in_state: Iterable[str]) -> Mapping[str, Any] | None:
    """The first step (a manifest entry of ``rollout``) still needed, given the addresses in
    the root's state (``terraform state list``); None when only the steady apply is left."""
    present = set(in_state)
    for step in sorted(steps, key=lambda s: s["step"]):
        if step["until_in_state"] not in present:
            return step
    return None
