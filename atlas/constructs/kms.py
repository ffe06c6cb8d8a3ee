"""Customer-managed KMS keys with rotation on and a key policy that names its users."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from cdktf_cdktf_provider_aws.kms_alias import KmsAlias
from cdktf_cdktf_provider_aws.kms_key import KmsKey

from atlas.cdk import Construct
from atlas.constructs.iam import Statement, policy_document
from atlas.naming import Name


def key_alias(alias: str) -> Name:
    """The KMS alias name an ``EncryptionKey`` gets for its ``alias`` prop."""
    return Name("kms_alias", f"alias/{alias}")


@dataclass(frozen=True, kw_only=True)
class EncryptionKeyProps:
    alias: str
    description: str
    account_id: str
    region: str
    # Services (e.g. "logs") that encrypt with this key on the account's behalf.
    service_principals: Sequence[str] = ()
    # Seven days is the shortest window; a longer one gives time to undo a mistaken delete.
    deletion_window_in_days: int = 30


class EncryptionKey(Construct):
    """A KMS key whose policy lets the account administer it and named services use it."""

    def __init__(self, scope: Construct, construct_id: str, props: EncryptionKeyProps) -> None:
        super().__init__(scope, construct_id)
        statements = [Statement(
            sid="AccountAdministers", actions=["kms:*"], resources=["*"],
            principals={"AWS": f"arn:aws:iam::{props.account_id}:root"})]
        for service in props.service_principals:
            principal = f"{service}.{props.region}.amazonaws.com" if service == "logs" else f"{service}.amazonaws.com"
            conditions = {}
            if service == "logs":
                # CloudWatch Logs may use the key only for this account's log groups.
                conditions = {"ArnLike": {"kms:EncryptionContext:aws:logs:arn":
                                          f"arn:aws:logs:{props.region}:{props.account_id}:log-group:*"}}
            statements.append(Statement(
                sid=f"{service.title().replace('-', '')}Uses",
                actions=["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                resources=["*"], principals={"Service": principal}, conditions=conditions))
        self.key = KmsKey(self, "key", description=props.description, enable_key_rotation=True,
                          deletion_window_in_days=props.deletion_window_in_days,
                          policy=policy_document(*statements))
        KmsAlias(self, "alias", name=key_alias(props.alias).value, target_key_id=self.key.key_id)
        self.arn: str = self.key.arn
        self.key_id: str = self.key.key_id

    def grant_use(self, sid: str, *, services: tuple[str, ...] = (), region: str = "") -> Statement:
        """Encrypt and decrypt with this key, only through ``services`` (``"s3"`` ->
        ``kms:ViaService = s3.<region>.amazonaws.com``) when given."""
        conditions = ({"StringEquals": {"kms:ViaService": [f"{s}.{region}.amazonaws.com" for s in services]}}
                      if services else {})
        return Statement(sid=sid, actions=["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*",
                                           "kms:DescribeKey"], resources=[self.arn], conditions=conditions)
