"""The base of every root: provider, backend, tags and readable resource addresses."""

from __future__ import annotations

from cdktf_cdktf_provider_aws.provider import AwsProvider

from atlas import state
from atlas.cdk import Construct
from atlas.cdk.stack import ReadableAddressStack
from atlas.cdk.tags import apply_tags
from atlas.config.common import PlatformSettings


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
