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
from dataclasses import dataclass
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
from atlas.cdk.stack import address_of
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


@dataclass(frozen=True)
class Output:
    """One published output of a root: what it is, and a realistic example of its shape.

    The offline harness builds stub upstream state from the examples, and the README's
    output contract lists them. ``optional`` outputs are published only when a setting turns
    their feature on (a public endpoint, say); every other field must be published.
    """

    description: str
    example: Any
    sensitive: bool = False
    optional: bool = False
    name: str = ""


class Contract:
    """The outputs one kind of root publishes, declared once as class attributes::

        class InfraOutputs(Contract):
            vpc_id = Output("The VPC every workload runs in.", example="vpc-0a1b2c3d")

    The publishing root calls ``stack.publish(InfraOutputs.vpc_id, value)``; a downstream
    root calls ``stack.read(InfraOutputs, upstream).string(InfraOutputs.vpc_id)``. Fields are
    objects, not strings, so a read of an output that does not exist fails when the
    composition is imported, and the root graph is derived from the reads.
    """

    fields: dict[str, Output] = {}

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls.fields = {}
        for name, value in list(vars(cls).items()):
            if isinstance(value, Output):
                named = Output(value.description, value.example, value.sensitive, value.optional, name)
                setattr(cls, name, named)
                cls.fields[name] = named


# Write-only arguments (password_wo) need Terraform 1.11, S3-native locking (use_lockfile) 1.10;
# an older engine then refuses the root at once (see atlas.rules.terraform.engine_guard).
REQUIRED_TERRAFORM = ">= 1.11"


def configure_backend(stack: TerraformStack, root: RootId, state: StateSettings, *, local: bool) -> None:
    stack.add_override("terraform.required_version", REQUIRED_TERRAFORM)
    if local:
        LocalBackend(stack, path=LOCAL_STATE_FILE)
        return
    backend = S3Backend(stack, bucket=state.bucket, key=root.state_key, region=state.region, encrypt=True)
    # S3Backend in cdktf 0.21 predates S3-native locking (Terraform >= 1.10); the argument
    # exists in Terraform, so it is set through the escape hatch.
    backend.add_override("use_lockfile", True)
    if state.dynamodb_table:  # opt-in (StateSettings.dynamodb_table); the lock file stays on
        backend.add_override("dynamodb_table", state.dynamodb_table)


class RemoteOutputs:
    """Reads of one upstream root's published outputs; every field read is recorded, and the
    root graph (``roots.json`` ``depends_on``, ``--list``) is derived from these records."""

    def __init__(self, scope: Construct, construct_id: str, upstream: RootId, contract: type[Contract],
                 state: StateSettings, reads: dict[str, set[str]], *, local: bool) -> None:
        self.upstream = upstream
        self.contract = contract
        self._names = reads.setdefault(upstream.name, set())
        if local:
            self._data: Any = DataTerraformRemoteStateLocal(
                scope, construct_id, path=f"../{upstream.name}/{LOCAL_STATE_FILE}")
        else:
            self._data = DataTerraformRemoteStateS3(
                scope, construct_id, bucket=state.bucket, key=upstream.state_key, region=state.region)

    def _use(self, field: Output) -> str:
        if self.contract.fields.get(field.name) is not field:
            raise ValueError(f"{field.name!r} is not an output of {self.contract.__name__}")
        self._names.add(field.name)
        return field.name

    def string(self, field: Output) -> str:
        return self._data.get_string(self._use(field))

    def strings(self, field: Output) -> list[str]:
        return self._data.get_list(self._use(field))

    def lookup(self, field: Output, key: str) -> str:
        """One value of a map output (``{ mnpi = ..., public = ... }``)."""
        return Token.as_string(Fn.lookup(self._data.get(self._use(field)), key))


def publish(scope: Construct, contract: type[Contract], published: dict[str, Output], field: Output, value: Any
            ) -> TerraformOutput:
    """Declares one field of the root's contract as a Terraform output."""
    if contract.fields.get(field.name) is not field:
        raise ValueError(f"{field.name!r} is not an output of {contract.__name__}")
    if field.name in published:
        raise ValueError(f"output {field.name!r} is published twice")
    published[field.name] = field
    out = TerraformOutput(scope, field.name, value=value, description=field.description, sensitive=field.sensitive)
    # An output of the root (``scope``, whose own name is no part of an address) whose name is
    # already its readable address needs no override: one round trip to Node.js less each.
    if address_of(f"root/{field.name}") != field.name:
        out.override_logical_id(field.name)
    return out


def unpublished(contract: type[Contract], published: dict[str, Output]) -> list[str]:
    """Required fields of ``contract`` the root did not publish."""
    return sorted(n for n, f in contract.fields.items() if not f.optional and n not in published)
