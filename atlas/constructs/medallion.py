"""A medallion data lake on one platform key: bronze -> silver -> gold, plus quarantine,
Athena query results and the Glue scripts bucket the application repositories upload to.

Every data bucket is a ``SecureBucket`` encrypted with the same customer key (SSE-KMS with
bucket keys), versioned, TLS-only, public access blocked, and logged to one access-log
bucket (SSE-S3: S3 server access log delivery cannot write KMS-encrypted objects). Each
data bucket refuses objects encrypted with any other key, so a writer with a wrong key
fails loudly instead of leaving data that readers of this platform cannot decrypt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from cdktf_cdktf_provider_aws.glue_catalog_database import GlueCatalogDatabase

from atlas.cdk import Construct
from atlas.constructs.iam import Statement
from atlas.constructs.s3 import SecureBucket, SecureBucketProps, server_access_log_bucket

LAYERS = ("bronze", "silver", "gold")
# Buckets beside the layers: rows the jobs reject, Athena results, Glue scripts and temp.
OTHER_BUCKETS = ("quarantine", "athena-results", "glue-scripts")


@dataclass(frozen=True, kw_only=True)
class MedallionLakeProps:
    name: str
    account_id: str
    kms_key_arn: str
    noncurrent_version_days: int = 30
    athena_results_retention_days: int = 30
    quarantine_retention_days: int = 90
    access_log_retention_days: int = 90
    force_destroy: bool = False


class MedallionLake(Construct):
    """Buckets ``<name>-<bucket>-<account>`` (the account keeps global names unique)."""

    def __init__(self, scope: Construct, construct_id: str, props: MedallionLakeProps) -> None:
        super().__init__(scope, construct_id)
        self.props = props
        self.access_logs = server_access_log_bucket(self, "access_logs", name=f"{props.name}-access-logs-"
                                                    f"{props.account_id}", account_id=props.account_id,
                                                    retention_days=props.access_log_retention_days)
        expiry = {"athena-results": props.athena_results_retention_days,
                  "quarantine": props.quarantine_retention_days}
        self.buckets: dict[str, SecureBucket] = {}
        for key in LAYERS + OTHER_BUCKETS:
            name = f"{props.name}-{key}-{props.account_id}"
            self.buckets[key] = SecureBucket(self, key.replace("-", "_"), SecureBucketProps(
                name=name, kms_key_arn=props.kms_key_arn, access_log_bucket=self.access_logs.name,
                access_log_bucket_policy=self.access_logs.policy, access_log_prefix=f"{name}/",
                noncurrent_days=props.noncurrent_version_days, expire_after_days=expiry.get(key),
                force_destroy=props.force_destroy,
                policy_statements=[Statement(
                    sid="DenyOtherKmsKeys", effect="Deny", actions=["s3:PutObject"], principals={"AWS": "*"},
                    resources=[f"arn:aws:s3:::{name}/*"],
                    conditions={"StringNotEqualsIfExists": {
                        "s3:x-amz-server-side-encryption-aws-kms-key-id": props.kms_key_arn}})]))

    def __getitem__(self, key: str) -> SecureBucket:
        return self.buckets[key]

    @property
    def data_buckets(self) -> Mapping[str, SecureBucket]:
        return dict(self.buckets)


def catalog_databases(scope: Construct, *, prefix: str, account_id: str, lake: MedallionLake,
                      layers: Sequence[str] = LAYERS) -> dict[str, GlueCatalogDatabase]:
    """A Glue database per layer, located in its bucket (names: lowercase, digits, ``_``)."""
    return {layer: GlueCatalogDatabase(scope, f"{layer}_database", name=f"{prefix}_{layer}".replace("-", "_"),
                                       catalog_id=account_id, description=f"{prefix} {layer} layer",
                                       location_uri=f"s3://{lake[layer].name}/")
            for layer in layers}
