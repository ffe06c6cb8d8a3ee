"""Secrets Manager secrets: seeded configuration, and credentials Terraform generates unseen.

``SeededSecret``: the seeded JSON holds configuration (topic names, broker strings, URLs)
and empty placeholders for credentials that operators type in. The version ignores later
changes to ``secret_string``, so an apply never reverts an operator's edit.

``HandedOffSecret``: a value only a third party has (a partner's API key, a licence). The
secret is created empty and tagged ``value-from`` with who provides it; the value is written
once outside Terraform (the hand-off, ``put-secret-value``), so nothing in this root may read
it at start (rules ``secrets_have_values`` and ``ecs_service_start_order``): its consumers run
from a root applied after the hand-off. A secret of a root with no value and no such tag is
refused (``secrets_have_values``).

``GeneratedSecret``: a credential the platform itself must have before anything can use it
(an MSK SCRAM user: MSK refuses to associate a secret without a password). The password is
drawn by the ephemeral resource ``aws_secretsmanager_random_password`` (Secrets Manager's
``GetRandomPassword``) and written with the write-only ``secret_string_wo``: it exists only
in memory during the apply, never in the plan or the state (Terraform 1.11 write-only
arguments; 1.10 ephemeral resources, both covered by the ``engine_guard`` rule). Bumping
``version`` draws and writes a new password (a rotation). The provider bindings of this
project (cdktf-cdktf-provider-aws 20.1.0) have no ephemeral resource classes, so the block
is written through the root's raw override: the one escape hatch, kept in this construct.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Mapping

from cdktf_cdktf_provider_aws.secretsmanager_secret import SecretsmanagerSecret
from cdktf_cdktf_provider_aws.secretsmanager_secret_version import SecretsmanagerSecretVersion

from atlas.cdk import Construct, TerraformResourceLifecycle, TerraformStack
from atlas.cdk.stack import address_of

RANDOM_PASSWORD = "aws_secretsmanager_random_password"
SECRET_VERSION = "aws_secretsmanager_secret_version"


@dataclass(frozen=True, kw_only=True)
class SeededSecretProps:
    name: str
    description: str
    kms_key_arn: str
    # Key -> initial value. Values may be tokens (a broker string of this root).
    seed: Mapping[str, str] = field(default_factory=dict)
    # Days a deleted secret can be restored; 0 would delete at once (never for runtime config).
    recovery_window_in_days: int = 7


class SeededSecret(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: SeededSecretProps) -> None:
        super().__init__(scope, construct_id)
        self.secret = SecretsmanagerSecret(self, "secret", name=props.name, description=props.description,
                                           kms_key_id=props.kms_key_arn,
                                           recovery_window_in_days=props.recovery_window_in_days)
        self.arn: str = self.secret.arn
        self.kms_key_arn = props.kms_key_arn
        self.keys = tuple(sorted(props.seed))
        # The secret has a value only once this exists: consumers that read it at start
        # (ECS tasks) wait for it.
        self.version = SecretsmanagerSecretVersion(self, "seed", secret_id=self.secret.id,
                                    secret_string=json.dumps(dict(sorted(props.seed.items()))),
                                    lifecycle=TerraformResourceLifecycle(ignore_changes=["secret_string"]))

    def value_from(self, key: str) -> str:
        """The ECS ``valueFrom`` of one JSON key of this secret."""
        if key not in self.keys:
            raise ValueError(f"secret has no key {key!r}; seeded keys: {', '.join(self.keys)}")
        return f"{self.arn}:{key}::"


# The tag that declares a secret's value is handed over from outside (atlas.rules.secrets).
VALUE_FROM_TAG = "value-from"


@dataclass(frozen=True, kw_only=True)
class HandedOffSecretProps:
    name: str
    description: str
    kms_key_arn: str
    # Who provides the value and how it reaches the secret ("partner X via the onboarding
    # ticket; put-secret-value by the on-call"): the tag operators and reviewers read.
    provided_by: str
    recovery_window_in_days: int = 7

    def __post_init__(self) -> None:
        if not self.provided_by.strip():
            raise ValueError(f"secret {self.name}: provided_by must say who hands the value over")
        if len(self.provided_by) > 256:  # AWS tag values: at most 256 characters
            raise ValueError(f"secret {self.name}: provided_by is longer than a tag value allows (256)")


class HandedOffSecret(Construct):
    """A secret whose value a third party provides: created without a value, tagged
    ``value-from = <provided_by>`` (see the module docstring)."""

    def __init__(self, scope: Construct, construct_id: str, props: HandedOffSecretProps) -> None:
        super().__init__(scope, construct_id)
        self.secret = SecretsmanagerSecret(self, "secret", name=props.name, kms_key_id=props.kms_key_arn,
                                           description=f"{props.description} (value handed over by "
                                                       f"{props.provided_by}; not written by Terraform)",
                                           recovery_window_in_days=props.recovery_window_in_days,
                                           tags={VALUE_FROM_TAG: props.provided_by})
        self.arn: str = self.secret.arn
        self.kms_key_arn = props.kms_key_arn
        self.name = props.name

    @property
    def handoff(self) -> str:
        """The command that writes the value, for the hand-off note."""
        return f"aws secretsmanager put-secret-value --secret-id {self.name} --secret-string file://value.json"


# A field value is written into a Terraform expression as an HCL string literal.
_TEMPLATE = re.compile(r"[$%]\{")


@dataclass(frozen=True, kw_only=True)
class GeneratedSecretProps:
    name: str
    description: str
    kms_key_arn: str
    # Non-secret keys stored beside the password (``{"username": "admin"}``), literals only.
    fields: Mapping[str, str] = field(default_factory=dict)
    password_key: str = "password"
    # SCRAM allows long passwords; 32 characters of letters and digits are ~190 bits.
    password_length: int = 32
    # Punctuation is left out by default: consumers splice the password into JAAS lines
    # (``password="..."``) and shell scripts, where a quote or backslash would break it.
    exclude_punctuation: bool = True
    # Raise to draw and write a new password (rotation); never lower it.
    version: int = 1
    recovery_window_in_days: int = 7

    def __post_init__(self) -> None:
        if self.password_key in self.fields:
            raise ValueError(f"secret {self.name}: {self.password_key!r} is the generated key, not a field")
        for key, value in self.fields.items():
            if not isinstance(value, str) or _TEMPLATE.search(value) or _TEMPLATE.search(key):
                raise ValueError(f"secret {self.name}: field {key!r} must be a literal string")
        if not 16 <= self.password_length <= 4096:
            raise ValueError(f"secret {self.name}: password_length must be 16-4096")
        if self.version < 1:
            raise ValueError(f"secret {self.name}: version starts at 1")


class GeneratedSecret(Construct):
    """A JSON secret ``{<fields>, <password_key>: <generated>}`` whose password is never in
    Terraform's plan or state (see the module docstring)."""

    def __init__(self, scope: Construct, construct_id: str, props: GeneratedSecretProps) -> None:
        super().__init__(scope, construct_id)
        self.secret = SecretsmanagerSecret(self, "secret", name=props.name, description=props.description,
                                           kms_key_id=props.kms_key_arn,
                                           recovery_window_in_days=props.recovery_window_in_days)
        self.arn: str = self.secret.arn
        self.kms_key_arn = props.kms_key_arn
        self.keys = tuple(sorted({*props.fields, props.password_key}))
        password = ephemeral_random_password(self, length=props.password_length,
                                             exclude_punctuation=props.exclude_punctuation)
        # The value's expression (write-only arguments only): another resource given it in the
        # same apply receives the same password (``Postgres`` with ``master_secret``).
        self.password: str = f"${{{password}}}"
        self.password_version = props.version
        entries = {**{k: json.dumps(v) for k, v in props.fields.items()}, props.password_key: password}
        value = "{" + ", ".join(f"{json.dumps(k)} = {v}" for k, v in sorted(entries.items())) + "}"
        # The secret has a value once this exists: MSK's association and ECS tasks wait for it.
        self.version = SecretsmanagerSecretVersion(self, "seed", secret_id=self.secret.id,
                                                   secret_string_wo=f"${{jsonencode({value})}}",
                                                   secret_string_wo_version=props.version)

    def value_from(self, key: str) -> str:
        """The ECS ``valueFrom`` of one JSON key of this secret."""
        if key not in self.keys:
            raise ValueError(f"secret has no key {key!r}; keys: {', '.join(self.keys)}")
        return f"{self.arn}:{key}::"


def ephemeral_random_password(scope: Construct, *, length: int, exclude_punctuation: bool) -> str:
    """Declares ``ephemeral.aws_secretsmanager_random_password.<scope's address>_password``
    on the root and returns the expression of its value (usable only in write-only
    arguments, provider configuration and other ephemeral blocks)."""
    name = f"{address_of(scope.node.path)}_password"
    TerraformStack.of(scope).add_override(f"ephemeral.{RANDOM_PASSWORD}.{name}", {
        "password_length": length, "exclude_punctuation": exclude_punctuation,
        "require_each_included_type": True})
    return f"ephemeral.{RANDOM_PASSWORD}.{name}.random_password"


def ephemeral_secret_value(scope: Construct, *, secret_id: str, key: str, label: str = "secret") -> str:
    """Declares ``ephemeral.aws_secretsmanager_secret_version.<scope's address>_<label>`` on
    the root (reading ``secret_id``, a name or ARN, at plan and apply) and returns the
    expression of the JSON key ``key`` of its current value, usable only in write-only
    arguments, provider configuration and other ephemeral blocks. Unlike the data source of
    the same name, nothing it reads is written to the plan or the state (the rule
    ``secret_reads_stay_out_of_state``)."""
    name = f"{address_of(scope.node.path)}_{label}"
    TerraformStack.of(scope).add_override(f"ephemeral.{SECRET_VERSION}.{name}", {"secret_id": secret_id})
    return f"${{jsondecode(ephemeral.{SECRET_VERSION}.{name}.secret_string)[{json.dumps(key)}]}}"
