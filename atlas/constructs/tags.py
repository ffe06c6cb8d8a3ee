"""Tags on every taggable resource, applied in one place by an aspect."""

from __future__ import annotations

from typing import Mapping

import jsii

from atlas.cdk import IAspect, IConstruct, TerraformResource


@jsii.implements(IAspect)
class TagAspect:
    """Merges the root's tags under each resource's own tags (the resource's keys win).

    An aspect rather than the provider's ``default_tags``: the tags are then visible in the
    synthesized JSON, reviewable in a plan and checked by tests and the IaC scanner.
    """

    def __init__(self, tags: Mapping[str, str]) -> None:
        self._tags = dict(sorted(tags.items()))

    def visit(self, node: IConstruct) -> None:
        # Asked of the class: hasattr() on the instance would read the value from Node, once
        # more than needed.
        if not isinstance(node, TerraformResource) or not hasattr(type(node), "tags_input"):
            return
        own = node.tags_input
        if own is not None and not isinstance(own, dict):  # a token: leave it alone
            return
        node.tags = {**self._tags, **(own or {})}
