"""The stack every root and test stack is built on: readable resource addresses (the
construct path, without cdktf's hash suffix) and the root's rollout steps (atlas.rollout)."""

from __future__ import annotations

import re

from atlas.cdk import Construct, TerraformDataSource, TerraformElement, TerraformResource, TerraformStack, provider_loader
from atlas.rollout import Rollout

_UNSAFE = re.compile(r"[^a-zA-Z0-9_]")


def address_of(path: str) -> str:
    """The readable logical id of a construct path: the path below the stack, joined by ``_``."""
    parts = [p for p in path.split("/")[1:] if p != "Default"]
    return _UNSAFE.sub("_", "_".join(parts)).lower()


_TYPES: dict[type, str] = {}


def resource_type(resource: TerraformResource) -> str:
    """``aws_s3_bucket`` for an S3Bucket: read once per binding class (its ``TF_RESOURCE_TYPE``)
    instead of once per resource; ``resource.terraform_resource_type`` is a round trip to
    Node each time, and the compositions ask it of every resource of a root."""
    cls = type(resource)
    found = _TYPES.get(cls)
    if found is None:
        found = getattr(cls, "TF_RESOURCE_TYPE", None)
        if found is None:  # a plain TerraformResource: its type is per instance
            return resource.terraform_resource_type
        _TYPES[cls] = found
    return found


# The stack context that asks provider_loader_node.js for readable addresses (see below).
READABLE_IN_NODE = "atlas:readable-addresses"


class _StackWithRollout(TerraformStack):
    """Holds the root's rollout steps; declares the ``rollout_step`` variable when a
    construct staged a setting."""

    def __init__(self, scope: Construct, name: str) -> None:
        super().__init__(scope, name)
        self.rollout = Rollout()

    def prepare_stack(self) -> None:
        """cdktf calls this once per root before writing it."""
        self.rollout.finish(self, address_of)
        super().prepare_stack()


class _ReadableInNode(_StackWithRollout):
    """A stack whose resource addresses are the construct path, without cdktf's hash.

    The address is the construct path below the stack, so it changes only when the code
    that builds the resource moves; a hash suffix would hide that in review. cdktf asks the
    stack for every element's logical id; the Node preload of ``provider_loader`` answers
    for stacks with this context, in the kernel, by ``address_of``'s rule, instead of one
    Node -> Python -> Node round trip per element.
    """

    def __init__(self, scope: Construct, name: str) -> None:
        super().__init__(scope, name)
        self.node.set_context(READABLE_IN_NODE, True)


class _ReadableInPython(_StackWithRollout):
    """The same addresses, allocated in Python (the Node preload is not in the kernel:
    ``ATLAS_EAGER_PROVIDER_IMPORT=1``, or the kernel was started before the loader)."""

    def __init__(self, scope: Construct, name: str) -> None:
        super().__init__(scope, name)
        self._ids: dict[str, str] = {}

    def _allocate_logical_id(self, element: TerraformElement) -> str:
        """``network_private_subnet_0`` instead of cdktf's ``network_private-subnet-0_1A2B3C4D``."""
        # cdktf calls this from Node for every element, and every read from here is one more
        # round trip to Node. A resource's or data source's toString() is its construct path
        # in one trip; `.node.path` takes two. Other elements may override toString():
        # TerraformLocal returns a token, which asks for this very id.
        if isinstance(element, (TerraformResource, TerraformDataSource)):
            path = element.to_string()
        else:
            path = element.node.path
        logical = address_of(path)
        owner = self._ids.setdefault(logical, path)
        if owner != path:
            raise ValueError(f"{path} and {owner} would share the address {logical}")
        return logical


ReadableAddressStack = _ReadableInNode if provider_loader.node_preloaded else _ReadableInPython
