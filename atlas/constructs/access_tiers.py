"""Query access tiers: an IAM role and an Athena workgroup per tier, scoped to the lake.

A tier is "these layers, with or without MNPI". Its role may read exactly the buckets, Glue
databases and KMS keys of those layer/classification pairs, nothing else: a tier without
MNPI gets no statement that names an MNPI bucket, database or key, so the separation holds
even if someone later adds a broad bucket policy. Query results are written to the tier's
own results bucket, encrypted with the key of the most sensitive data it may read (results
of an MNPI query are MNPI), and the workgroup enforces that location and encryption so a
client cannot redirect results elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from cdktf_cdktf_provider_aws.athena_workgroup import (
    AthenaWorkgroup,
    AthenaWorkgroupConfiguration,
    AthenaWorkgroupConfigurationResultConfiguration,
    AthenaWorkgroupConfigurationResultConfigurationEncryptionConfiguration,
)
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy

from atlas.cdk import Construct
from atlas.constructs.iam import Statement, policy_document
from atlas.naming import Name


def tier_names(name: str, tier: str) -> dict:
    """The Athena workgroup and the IAM role of one tier (``<name>-<tier>`` both)."""
    return {"workgroup": Name("athena_workgroup", f"{name}-{tier}"), "role": Name("iam_role", f"{name}-{tier}"),
            "policy": Name("iam_policy", "query-allowed-lake-areas")}


@dataclass(frozen=True, kw_only=True)
class AccessTier:
    name: str
    mnpi: bool
    layers: Sequence[str]
    mfa_required: bool
    max_session_hours: int = 4

    def __post_init__(self) -> None:
        if self.mnpi and not self.mfa_required:
            raise ValueError(f"tier {self.name}: a tier that reads MNPI must require MFA")

    @property
    def classifications(self) -> tuple[str, ...]:
        return ("mnpi", "public") if self.mnpi else ("public",)

    @property
    def results_classification(self) -> str:
        return "mnpi" if self.mnpi else "public"


@dataclass(frozen=True, kw_only=True)
class AccessTiersProps:
    name: str
    account_id: str
    region: str
    # Account whose identities assume the tier roles (often a separate identity account).
    trusted_account_id: str
    tiers: Sequence[AccessTier]
    # Keyed "<layer>-<classification>" (bucket ARNs / names, Glue database names).
    bucket_arns: Mapping[str, str]
    database_names: Mapping[str, str]
    # Keyed by classification.
    key_arns: Mapping[str, str]
    # Keyed by tier name: the bucket each tier's workgroup writes results to.
    results_bucket_names: Mapping[str, str]
    # MFA must be recent: an hour-old MFA sign-in is still "present" for a long session.
    max_mfa_age_seconds: int = 3600
    # Queries scanning more than this are cancelled (10 GiB): a guard against runaway cost.
    bytes_scanned_cutoff_per_query: int = 10 * 1024 ** 3


class AccessTiers(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: AccessTiersProps) -> None:
        super().__init__(scope, construct_id)
        self.roles: dict[str, IamRole] = {}
        self.workgroups: dict[str, AthenaWorkgroup] = {}
        for tier in props.tiers:
            self._tier(tier, props)

    def _tier(self, tier: AccessTier, props: AccessTiersProps) -> None:
        ident = tier.name.replace("-", "_")
        results_key = props.key_arns[tier.results_classification]
        results_bucket = props.results_bucket_names[tier.name]
        names = tier_names(props.name, tier.name)
        workgroup = AthenaWorkgroup(
            self, f"{ident}_workgroup", name=names["workgroup"].value, state="ENABLED",
            description=f"Athena queries of the {tier.name} tier",
            configuration=AthenaWorkgroupConfiguration(
                enforce_workgroup_configuration=True, publish_cloudwatch_metrics_enabled=True,
                bytes_scanned_cutoff_per_query=props.bytes_scanned_cutoff_per_query,
                result_configuration=AthenaWorkgroupConfigurationResultConfiguration(
                    output_location=f"s3://{results_bucket}/results/",
                    encryption_configuration=AthenaWorkgroupConfigurationResultConfigurationEncryptionConfiguration(
                        encryption_option="SSE_KMS", kms_key_arn=results_key))))
        self.workgroups[tier.name] = workgroup

        conditions: dict = {}
        if tier.mfa_required:
            conditions = {"Bool": {"aws:MultiFactorAuthPresent": "true"},
                          "NumericLessThan": {"aws:MultiFactorAuthAge": str(props.max_mfa_age_seconds)}}
        trust = policy_document(Statement(
            actions=["sts:AssumeRole"], principals={"AWS": f"arn:aws:iam::{props.trusted_account_id}:root"},
            conditions=conditions))
        role = IamRole(self, f"{ident}_role", name=names["role"].value, assume_role_policy=trust,
                       max_session_duration=tier.max_session_hours * 3600,
                       description=f"Query access of the {tier.name} tier: layers {', '.join(tier.layers)}; "
                                   f"{'with' if tier.mnpi else 'without'} MNPI")
        self.roles[tier.name] = role

        areas = [f"{layer}-{c}" for layer in tier.layers for c in tier.classifications]
        buckets = [props.bucket_arns[a] for a in areas]
        catalog = f"arn:aws:glue:{props.region}:{props.account_id}"
        databases = [props.database_names[a] for a in areas]
        results_arn = f"arn:aws:s3:::{results_bucket}"
        statements = [
            Statement(sid="RunQueriesInOwnWorkgroup", actions=[
                "athena:StartQueryExecution", "athena:StopQueryExecution", "athena:GetQueryExecution",
                "athena:GetQueryResults", "athena:GetQueryResultsStream", "athena:ListQueryExecutions",
                "athena:GetWorkGroup", "athena:BatchGetQueryExecution"], resources=[workgroup.arn]),
            Statement(sid="ReadCatalogOfAllowedDatabases", actions=[
                "glue:GetDatabase", "glue:GetTable", "glue:GetTables", "glue:GetPartition", "glue:GetPartitions",
                "glue:BatchGetPartition"],
                resources=[f"{catalog}:catalog"] + [f"{catalog}:database/{d}" for d in databases]
                + [f"{catalog}:table/{d}/*" for d in databases]),
            Statement(sid="ListAllowedBuckets", actions=["s3:ListBucket", "s3:GetBucketLocation"], resources=buckets),
            Statement(sid="ReadAllowedObjects", actions=["s3:GetObject"], resources=[f"{b}/*" for b in buckets]),
            Statement(sid="OwnQueryResults", actions=[
                "s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload", "s3:ListBucket", "s3:GetBucketLocation",
                "s3:ListMultipartUploadParts"], resources=[results_arn, f"{results_arn}/*"]),
            Statement(sid="DecryptAllowedClassifications", actions=["kms:Decrypt", "kms:DescribeKey"],
                      resources=[props.key_arns[c] for c in tier.classifications]),
            Statement(sid="EncryptOwnResults", actions=["kms:GenerateDataKey", "kms:Decrypt"], resources=[results_key]),
        ]
        IamRolePolicy(self, f"{ident}_policy", role=role.id, name=names["policy"].value,
                      policy=policy_document(*statements))
