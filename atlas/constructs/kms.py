"""Customer-managed KMS keys with rotation on and a key policy that names its users."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from cdktf_cdktf_provider_aws.kms_alias import KmsAlias
from cdktf_cdktf_provider_aws.kms_key import KmsKey

from atlas.cdk import Construct
from atlas.constructs.iam import Statement, policy_document
from atlas.naming import Name


# What encrypting and decrypting data takes (the "use" of a key).
USE_ACTIONS = ("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*", "kms:DescribeKey")
# Key administration without use: AWS's "key administrators" statement, with kms:CreateAlias
# for its kms:Create* (which would include kms:CreateGrant, and a grant is use). PutKeyPolicy
# stays, so KMS's lockout safety check passes for whoever the account lets administer keys.
ADMIN_ACTIONS = ("kms:CreateAlias", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*",
                 "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource",
                 "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion", "kms:RotateKeyOnDemand")


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
    # ARN patterns (``aws:PrincipalArn``, ``*`` allowed) of the account's principals that alone
    # may use the key, whatever their IAM policies say; the account keeps administering it.
    # Empty: the account (its IAM policies) administers and uses the key.
    users: Sequence[str] = ()


class EncryptionKey(Construct):
    """A KMS key whose policy lets the account administer it and named services use it."""

    def __init__(self, scope: Construct, construct_id: str, props: EncryptionKeyProps) -> None:
        super().__init__(scope, construct_id)
        account = f"arn:aws:iam::{props.account_id}:root"
        statements = [Statement(
            sid="AccountAdministers", actions=list(ADMIN_ACTIONS) if props.users else ["kms:*"], resources=["*"],
            principals={"AWS": account})]
        if props.users:
            # The account principal with a condition: the user's IAM policy must allow the
            # use as well, and roles created later (other roots) are named before they exist.
            statements.append(Statement(
                sid="NamedPrincipalsUse", actions=list(USE_ACTIONS), resources=["*"], principals={"AWS": account},
                conditions={"ArnLike": {"aws:PrincipalArn": list(dict.fromkeys(props.users))}}))
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
        return Statement(sid=sid, actions=list(USE_ACTIONS), resources=[self.arn], conditions=conditions)
