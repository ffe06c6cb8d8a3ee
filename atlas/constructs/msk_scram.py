"""SASL/SCRAM users of an MSK cluster: one Secrets Manager secret per user.

MSK reads SCRAM credentials only from secrets whose name starts with ``AmazonMSK_`` and
that are encrypted with a customer-managed KMS key (the AWS-managed Secrets Manager key is
refused), so both are enforced here. Passwords are never in the Terraform JSON: each secret
is seeded with its username and an empty password that operators set (or rotate) in
Secrets Manager. The cluster associates the secrets (``KafkaClusterProps.scram_secret_arns``);
MSK rejects an association whose secret has no password, so callers make the association a
switch: apply once with it off, set the passwords, then turn it on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from atlas.cdk import Construct
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.secrets import SeededSecret, SeededSecretProps
from atlas.naming import Name

SECRET_PREFIX = "AmazonMSK_"


def scram_names(name: str, users: Sequence[str]) -> dict:
    """The secret of each user (``AmazonMSK_<name>_<user>``) and the key's alias."""
    return {"secrets": {user: Name("secret", f"{SECRET_PREFIX}{name}_{user}") for user in users},
            "key_alias": f"{name}-msk-scram"}


@dataclass(frozen=True, kw_only=True)
class ScramUsersProps:
    name: str  # cluster name; part of every secret name
    users: Sequence[str]
    account_id: str
    region: str

    def __post_init__(self) -> None:
        if not self.users or len(set(self.users)) != len(self.users):
            raise ValueError(f"SCRAM users of {self.name}: give at least one user, each once")


class ScramUsers(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: ScramUsersProps) -> None:
        super().__init__(scope, construct_id)
        names = scram_names(props.name, props.users)
        self.key = EncryptionKey(self, "key", EncryptionKeyProps(
            alias=names["key_alias"], description=f"{props.name} MSK SCRAM credentials",
            account_id=props.account_id, region=props.region))
        self.secrets: dict[str, SeededSecret] = {}
        self.secret_names: dict[str, str] = {}
        for user in props.users:
            name = names["secrets"][user].value
            self.secret_names[user] = name
            self.secrets[user] = SeededSecret(self, user, SeededSecretProps(
                name=name, description=f"SASL/SCRAM credentials of Kafka user {user} on {props.name}",
                kms_key_arn=self.key.arn, seed={"username": user, "password": ""}))

    @property
    def secret_arns(self) -> dict[str, str]:
        return {user: secret.arn for user, secret in sorted(self.secrets.items())}
