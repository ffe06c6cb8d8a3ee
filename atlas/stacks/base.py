"""The base of every root: provider, backend, tags and readable resource addresses."""

from __future__ import annotations

import re

from cdktf_cdktf_provider_aws.provider import AwsProvider

from atlas import state
from atlas.cdk import Construct, TerraformDataSource, TerraformElement, TerraformResource, TerraformStack
from atlas.config.common import PlatformSettings
from atlas.constructs.tags import apply_tags

_UNSAFE = re.compile(r"[^a-zA-Z0-9_]")


class ReadableAddressStack(TerraformStack):
    """A stack whose resource addresses are the construct path, without cdktf's hash."""

    def __init__(self, scope: Construct, name: str) -> None:
        super().__init__(scope, name)
        self._ids: dict[str, str] = {}

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
        parts = [p for p in path.split("/")[1:] if p != "Default"]
        logical = _UNSAFE.sub("_", "_".join(parts)).lower()
        owner = self._ids.setdefault(logical, path)
        if owner != path:
            raise ValueError(f"{path} and {owner} would share the address {logical}")
        return logical


class PlatformStack(ReadableAddressStack):
    """One Terraform root with the AWS provider pinned to the settings' account and region."""

    def __init__(self, scope: Construct, root: state.RootId, settings: PlatformSettings, *,
                 local_backend: bool, depends_on: tuple[state.RootId, ...] = ()) -> None:
        super().__init__(scope, root.name)
        self.root = root
        self.settings = settings
        self.local_backend = local_backend
        self.upstream = depends_on
        self.contract = state.RootContract()
        AwsProvider(self, "aws", region=settings.region,
                    # A wrong profile then fails before any change instead of applying to
                    # the wrong account.
                    allowed_account_ids=[settings.account_id])
        state.configure_backend(self, root, settings.state, local=local_backend)
        self.tags = {"platform": root.platform, "environment": root.env, "terraform-root": root.name,
                     "managed-by": "terraform", **settings.tags}

    def prepare_stack(self) -> None:
        """Tags every taggable resource of the root (see ``apply_tags``), then lets cdktf
        prepare the stack; cdktf calls this once per root before writing it."""
        apply_tags(self.node.find_all(), self.tags)
        super().prepare_stack()

    def remote_outputs(self, upstream: state.RootId) -> state.RemoteOutputs:
        """Reads ``upstream``'s published outputs through its state (see atlas.state)."""
        return state.RemoteOutputs(self, f"{upstream.layer or upstream.name}_state", upstream,
                                   self.settings.state, self.contract, local=self.local_backend)

    def publish(self, name: str, value, *, description: str, example, sensitive: bool = False):
        return state.publish(self, self.contract, name, value, description=description,
                             example=example, sensitive=sensitive)
