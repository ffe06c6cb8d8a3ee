"""Tags on every taggable resource of a root, applied in one place."""

from __future__ import annotations

from typing import Iterable, Mapping

from atlas.cdk import IConstruct, TerraformResource, Token


def apply_tags(constructs: Iterable[IConstruct], tags: Mapping[str, str]) -> None:
    """Merges ``tags`` under each taggable resource's own tags (the resource's keys win).

    Written into every resource rather than the provider's ``default_tags``: the tags are
    then visible in the synthesized JSON, reviewable in a plan and checked by tests and the
    IaC scanner. Called once per root just before synthesis, over the list of its
    constructs (see ``PlatformStack.prepare_stack``): a cdktf aspect would do the same,
    but Node would call back into Python for every construct of the tree, which cost a
    sixth of a full synth.
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
