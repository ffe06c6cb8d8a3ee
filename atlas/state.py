"""The state layout: the only module that knows where each root keeps its Terraform state.

Every root stores its state in the platform's S3 bucket under
``<platform>/<env>/<root>.tfstate`` (encrypted, S3-native locking), and a downstream root
reads an upstream root's outputs through ``terraform_remote_state`` pointed at that same key.
Spacelift stack dependencies and plain ``terraform`` runs in dependency order both work
because the contract is the state file, not copied variables.

With the local-backend switch every root keeps ``terraform.tfstate`` in its own output
folder and reads upstream state from the sibling folder, so the whole set can be applied
and planned with no S3 at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from atlas.cdk import (
    Construct,
    Fn,
    DataTerraformRemoteStateLocal,
    DataTerraformRemoteStateS3,
    LocalBackend,
    S3Backend,
    TerraformOutput,
    TerraformStack,
    Token,
)
from atlas.config.common import StateSettings

_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
LOCAL_STATE_FILE = "terraform.tfstate"


@dataclass(frozen=True, order=True)
class RootId:
    """One Terraform root: one state, one Spacelift stack, one ``cdktf.out/stacks/<name>``."""

    platform: str
    env: str
    layer: str = ""

    def __post_init__(self) -> None:
        for part in (self.platform, self.env) + ((self.layer,) if self.layer else ()):
            if not _NAME.match(part):
                raise ValueError(f"root name part {part!r} must be lowercase words joined by hyphens")

    @property
    def name(self) -> str:
        return "-".join(p for p in (self.platform, self.env, self.layer) if p)

    @property
    def state_key(self) -> str:
        return f"{self.platform}/{self.env}/{self.name}.tfstate"


@dataclass
class RootContract:
    """What a root publishes and what it reads from upstream roots, for docs and checks."""

    outputs: dict[str, dict[str, Any]] = field(default_factory=dict)
    reads: dict[str, set[str]] = field(default_factory=dict)


def configure_backend(stack: TerraformStack, root: RootId, state: StateSettings, *, local: bool) -> None:
    if local:
        LocalBackend(stack, path=LOCAL_STATE_FILE)
        return
    backend = S3Backend(stack, bucket=state.bucket, key=root.state_key, region=state.region, encrypt=True)
    # S3Backend in cdktf 0.21 predates S3-native locking (Terraform >= 1.10); the argument
    # exists in Terraform, so it is set through the escape hatch.
    backend.add_override("use_lockfile", True)


class RemoteOutputs:
    """Typed reads of one upstream root's outputs; every name read is recorded."""

    def __init__(self, scope: Construct, construct_id: str, upstream: RootId, state: StateSettings,
                 contract: RootContract, *, local: bool) -> None:
        self.upstream = upstream
        self._names = contract.reads.setdefault(upstream.name, set())
        if local:
            self._data: Any = DataTerraformRemoteStateLocal(
                scope, construct_id, path=f"../{upstream.name}/{LOCAL_STATE_FILE}")
        else:
            self._data = DataTerraformRemoteStateS3(
                scope, construct_id, bucket=state.bucket, key=upstream.state_key, region=state.region)

    def string(self, name: str) -> str:
        self._names.add(name)
        return self._data.get_string(name)

    def strings(self, name: str) -> list[str]:
        self._names.add(name)
        return self._data.get_list(name)

    def lookup(self, name: str, key: str) -> str:
        """One value of a map output (``{ mnpi = ..., public = ... }``)."""
        self._names.add(name)
        return Token.as_string(Fn.lookup(self._data.get(name), key))


def publish(scope: Construct, contract: RootContract, name: str, value: Any, *, description: str,
            example: Any, sensitive: bool = False) -> TerraformOutput:
    """Declares a named output other roots may read.

    ``example`` is a realistic value of the same shape; the offline harness builds stub
    upstream state from it, and the README's output contract lists it.
    """
    if name in contract.outputs:
        raise ValueError(f"output {name!r} is published twice")
    contract.outputs[name] = {"description": description, "example": example, "sensitive": sensitive}
    out = TerraformOutput(scope, name, value=value, description=description, sensitive=sensitive)
    out.override_logical_id(name)
    return out
