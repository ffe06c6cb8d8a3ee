"""SASL/SCRAM users of an MSK cluster: one Secrets Manager secret per user.

MSK reads SCRAM credentials only from secrets whose name starts with ``AmazonMSK_`` and
that are encrypted with a customer-managed KMS key (the AWS-managed Secrets Manager key is
refused), so both are enforced here. MSK also refuses to associate a secret that has no
password, so each password is generated in the same apply (``GeneratedSecret``: ephemeral
``aws_secretsmanager_random_password`` written through ``secret_string_wo``), never in the
JSON, the plan or the state; the cluster's association waits for every value
(``KafkaClusterProps.scram_secret_versions``), so one apply creates users and association.
Rotation: raise ``password_version`` (clients read the secret when they start).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from atlas.cdk import Construct
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.secrets import GeneratedSecret, GeneratedSecretProps
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
    password_version: int = 1

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
        self.secrets: dict[str, GeneratedSecret] = {}
        self.secret_names: dict[str, str] = {}
        for user in props.users:
            name = names["secrets"][user].value
            self.secret_names[user] = name
            self.secrets[user] = GeneratedSecret(self, user, GeneratedSecretProps(
                name=name, description=f"SASL/SCRAM credentials of Kafka user {user} on {props.name}",
                kms_key_arn=self.key.arn, fields={"username": user}, version=props.password_version))

    @property
    def secret_arns(self) -> dict[str, str]:
        return {user: secret.arn for user, secret in sorted(self.secrets.items())}

    @property
    def versions(self) -> list:
        """The secrets' values: what an association must wait for."""
        return [secret.version for _, secret in sorted(self.secrets.items())]
