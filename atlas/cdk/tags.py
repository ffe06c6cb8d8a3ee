"""Tags on every taggable resource of a root, applied in one place."""

from __future__ import annotations

from typing import Iterable, Mapping

from atlas.cdk import IConstruct, TerraformResource, Token, provider_loader

# The stack context that has provider_loader_node.js merge the tags in the kernel (see
# ``tag_in_node``); the rule is apply_tags's.
TAGS_IN_NODE = "atlas:tags"


def tag_in_node(stack: IConstruct, tags: Mapping[str, str]) -> bool:
    """Has the Node preload tag ``stack``'s resources when it prepares the stack: one value
    handed over instead of two round trips per taggable resource. False when the preload is
    not in the kernel (``provider_loader.node_preloaded``): call ``apply_tags`` then. Must be
    called before the stack has children (construct context is fixed from then on)."""
    if not provider_loader.node_preloaded:
        return False
    stack.node.set_context(TAGS_IN_NODE, dict(tags))
    return True


def apply_tags(constructs: Iterable[IConstruct], tags: Mapping[str, str]) -> None:
    """Merges ``tags`` under each taggable resource's own tags (the resource's keys win).

    Written into every resource rather than the provider's ``default_tags``: the tags are
    then visible in the synthesized JSON, reviewable in a plan and checked by tests and the
    IaC scanner. Called once per root just before synthesis, over the list of its
    constructs (see ``PlatformStack.prepare_stack``): a cdktf aspect would do the same,
    but Node would call back into Python for every construct of the tree, which cost a
    sixth of a full synth. When the Node preload is in the kernel, it applies this rule
    there instead (``tag_in_node``).
    """
    ordered = dict(sorted(tags.items()))
    for node in constructs:
        # Asked of the class: hasattr() on the instance would read the value from Node.
        if not isinstance(node, TerraformResource) or not hasattr(type(node), "tags_input"):
            continue
        own = node.tags_input
        if own is not None and (not isinstance(own, dict) or _is_map_token(own)):  # a token: leave it alone
            continue
        node.tags = {**ordered, **(own or {})}


def _is_map_token(tags: dict) -> bool:
    """Whether ``tags`` is one Terraform value (``Token.as_string_map(var.x)``), not a map.

    Such a token reaches Python as a dict of one placeholder key (``&{TfToken[TOKEN.n]}``);
    cdktf refuses to synthesize it with keys added. The key test is plain Python and lets
    the Node round trip run only for that one-key shape, not for every ``{"Name": ...}``.
    """
    if len(tags) != 1 or "TfToken[" not in next(iter(tags)):
        return False
    return Token.is_unresolved(tags)
