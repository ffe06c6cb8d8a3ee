"""The base of every root: provider, backend, tags, readable addresses and its contract."""

from __future__ import annotations

import difflib
from typing import Any, Mapping

from cdktf_cdktf_provider_aws.provider import AwsProvider

from atlas import state
from atlas.cdk import Construct, TerraformResource
from atlas.cdk.stack import ReadableAddressStack, address_of, resource_type
from atlas.cdk.tags import apply_tags, tag_in_node
from atlas.config.common import PlatformSettings
from atlas.config.errors import SettingError, UnbuildableSettings


class NoOutputs(state.Contract):
    """The contract of a root nothing downstream reads."""


class PlatformStack(ReadableAddressStack):
    """One Terraform root with the AWS provider pinned to the settings' account and region.

    ``outputs`` is the contract the root publishes (see ``atlas.state.Contract``); the roots
    it depends on are exactly those it reads through ``read``. A root that calls no AWS API
    (the Spacelift admin root) sets ``aws_provider = False``; its backend is still S3.
    """

    aws_provider = True

    def __init__(self, scope: Construct, root: state.RootId, settings: PlatformSettings, *,
                 local_backend: bool, outputs: type[state.Contract] = NoOutputs) -> None:
        super().__init__(scope, root.name)
        self.tags = {"platform": root.platform, "environment": root.env, "terraform-root": root.name,
                     "managed-by": "terraform", **settings.tags}
        self._tagged_in_node = tag_in_node(self, self.tags)
        self.root = root
        self.settings = settings
        self.local_backend = local_backend
        self.outputs = outputs
        self.published: dict[str, state.Output] = {}
        self.reads: dict[str, set[str]] = {}
        self._moves: list[tuple[Construct, str]] = []
        self.imports: dict[str, str] = {}
        if self.aws_provider:
            AwsProvider(self, "aws", region=settings.region,
                        # A wrong profile then fails before any change instead of applying to
                        # the wrong account.
                        allowed_account_ids=[settings.account_id])
        state.configure_backend(self, root, settings.state, local=local_backend)

    def prepare_stack(self) -> None:
        """Tags every taggable resource of the root (see ``apply_tags``), then lets cdktf
        prepare the stack; cdktf calls this once per root before writing it."""
        if not self._tagged_in_node:
            apply_tags(self.node.find_all(), self.tags)
        moved = self._moved_blocks()
        if moved:
            self.add_override("moved", moved)
        if self.imports:
            self.add_override("import", [{"to": to, "id": self.imports[to]} for to in sorted(self.imports)])
        super().prepare_stack()

    def import_existing(self, ids: Mapping[str, str], *, key: str = "existing_resources") -> None:
        """Adopts resources that exist already: one ``import`` block (Terraform 1.5+) per
        ``{"<address>": "<import id>"}``, so the first plan imports them instead of creating
        new ones (the settings checked the id shapes; the rule ``imports_never_replace``
        checks that no import is then replaced). Called once the root is built: an address
        it does not declare is a settings error on ``<key>.<address>``."""
        if not ids:
            return
        declared = {f"{resource_type(node)}.{address_of(node.node.path)}": node
                    for node in self.node.find_all() if isinstance(node, TerraformResource)}
        errors = []
        for address in sorted(ids):
            node = declared.get(address)
            if node is None:
                close = difflib.get_close_matches(address, list(declared), n=1, cutoff=0.75)
                rtype = address.split(".")[0]
                same = sorted(a for a in declared if a.startswith(f"{rtype}."))
                valid = (f"; its {rtype} resources: {', '.join(same)}" if same else f"; it has no {rtype}")
                errors.append(SettingError(f"{key}.{address}", f"is not a resource of the {self.root.name} root"
                                           + (f'; did you mean "{close[0]}"?' if close else valid)
                                           + f" (its addresses: the resources of cdktf.out/stacks/{self.root.name}"
                                             "/cdk.tf.json, as `terraform state list` prints them)"))
            elif node.count is not None:
                errors.append(SettingError(f"{key}.{address}", "is created by a rollout step (it has a count) and "
                                                               "cannot be adopted; remove it"))
        if errors:
            raise UnbuildableSettings(errors)
        self.imports.update(ids)

    def moved_from(self, construct: Construct, old_prefix: str) -> None:
        """Every resource under ``construct`` had an address starting with ``old_prefix``
        before a refactoring moved it; a ``moved`` block per resource tells Terraform so, and
        an existing state follows the rename instead of destroying and recreating.

        ``old_prefix`` is the old address of ``construct`` itself (``network_events`` for the
        group that was ``network/events``); the rest of each address is unchanged.
        """
        self._moves.append((construct, old_prefix))

    def _moved_blocks(self) -> list[dict[str, str]]:
        # Terraform refuses two moves to one address: when a construct and a resource inside
        # it both moved, the resource's own (deeper, more specific) move is the one kept.
        blocks: dict[str, tuple[int, str]] = {}  # to -> (depth of the moved construct, from)
        for construct, old_prefix in self._moves:
            path = construct.node.path
            new_prefix, depth = address_of(path), path.count("/")
            for node in construct.node.find_all():
                if isinstance(node, TerraformResource):
                    new = address_of(node.to_string())  # a resource's construct path, in one round trip
                    rtype = resource_type(node)
                    old, to = f"{rtype}.{old_prefix}{new[len(new_prefix):]}", f"{rtype}.{new}"
                    if old != to and depth >= blocks.get(to, (-1, ""))[0]:  # (a move to itself is no move)
                        blocks[to] = (depth, old)
        return [{"from": old, "to": to} for to, (_, old) in sorted(blocks.items())]

    def read(self, contract: type[state.Contract], upstream: state.RootId, *,
             label: str | None = None) -> state.RemoteOutputs:
        """Reads ``upstream``'s published outputs through its state (see atlas.state).
        ``label`` names the read (``<label>_state``) when the upstream has no layer, so the
        address does not carry the environment name."""
        return state.RemoteOutputs(self, f"{label or upstream.layer or upstream.name}_state", upstream, contract,
                                   self.settings.state, self.reads, local=self.local_backend)

    def publish(self, field: state.Output, value: Any):
        return state.publish(self, self.outputs, self.published, field, value)

    def rollout_steps(self) -> list[dict[str, Any]]:
        """The applies this root needs before its steady one when created (``atlas.rollout``)."""
        # A step exists for its gate's creation; a gate the root imports exists already.
        return [step for step in self.rollout.entries(address_of) if step["until_in_state"] not in self.imports]

    @property
    def depends_on(self) -> list[str]:
        """The roots this one reads, by name: the edges of the root graph."""
        return sorted(self.reads)

    def contract_entry(self) -> dict[str, dict[str, Any]]:
        """The published outputs as ``roots.json`` lists them; fails on a missing required one."""
        missing = state.unpublished(self.outputs, self.published)
        if missing:
            raise ValueError(f"{self.root.name} does not publish {', '.join(missing)} of {self.outputs.__name__}")
        return {name: {"description": f.description, "example": f.example, "sensitive": f.sensitive}
                for name, f in sorted(self.published.items())}
