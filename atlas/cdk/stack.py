"""The stack every root and test stack is built on: readable resource addresses (the
construct path, without cdktf's hash suffix) and the root's rollout steps (atlas.rollout)."""

from __future__ import annotations

import re

from atlas.cdk import Construct, TerraformDataSource, TerraformElement, TerraformResource, TerraformStack
from atlas.rollout import Rollout

_UNSAFE = re.compile(r"[^a-zA-Z0-9_]")


def address_of(path: str) -> str:
    """The readable logical id of a construct path: the path below the stack, joined by ``_``."""
    parts = [p for p in path.split("/")[1:] if p != "Default"]
    return _UNSAFE.sub("_", "_".join(parts)).lower()


class ReadableAddressStack(TerraformStack):
    """A stack whose resource addresses are the construct path, without cdktf's hash."""

    def __init__(self, scope: Construct, name: str) -> None:
        super().__init__(scope, name)
        self._ids: dict[str, str] = {}
        self.rollout = Rollout()

    def prepare_stack(self) -> None:
        """Declares the ``rollout_step`` variable when a construct staged a setting; cdktf
        calls this once per root before writing it."""
        self.rollout.finish(self, address_of)
        super().prepare_stack()

    def _allocate_logical_id(self, element: TerraformElement) -> str:
        """``network_private_subnet_0`` instead of cdktf's ``network_private-subnet-0_1A2B3C4D``.

        The address is the construct path below the stack, so it changes only when the code
        that builds the resource moves; a hash suffix would hide that in review.
        """
        # cdktf calls this from Node for every element, and every read from here is one more
        # round trip to Node (together a third of a synth's traffic). A resource's or data
        # source's toString() is its construct path in one trip; `.node.path` takes two.
        # Other elements may override toString(): TerraformLocal returns a token, which
        # asks for this very id.
        if isinstance(element, (TerraformResource, TerraformDataSource)):
            path = element.to_string()
        else:
            path = element.node.path
        logical = address_of(path)
        owner = self._ids.setdefault(logical, path)
        if owner != path:
            raise ValueError(f"{path} and {owner} would share the address {logical}")
        return logical
