"""Secrets Manager secrets that Terraform seeds once and operators own afterwards.

The seeded JSON holds configuration (topic names, broker strings, URLs) and empty
placeholders for credentials; real credentials are typed in by operators. The version
ignores later changes to ``secret_string``, so an apply never reverts an operator's edit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Mapping

from cdktf_cdktf_provider_aws.secretsmanager_secret import SecretsmanagerSecret
from cdktf_cdktf_provider_aws.secretsmanager_secret_version import SecretsmanagerSecretVersion

from atlas.cdk import Construct, TerraformResourceLifecycle


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
