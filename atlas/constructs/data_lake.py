"""The data lake: layers x classifications, each pair its own bucket and Glue database.

Around the data buckets: an access-log bucket receiving S3 server access logs of every lake
bucket, and a CloudTrail trail recording object-level (data) events of the lake into an
audit bucket encrypted with its own key, so who read which MNPI object is on record.

MNPI (material non-public information) and public data never share a bucket, a KMS key or
a Glue database: a grant on one can then never leak the other, and an auditor can read the
separation off the resource names. Every layer (raw -> curated -> analytics) has one of
each classification, so access tiers are expressed as "these layers, with or without MNPI".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from typing import Literal

from cdktf_cdktf_provider_aws.cloudtrail import Cloudtrail, CloudtrailEventSelector, CloudtrailEventSelectorDataResource
from cdktf_cdktf_provider_aws.glue_catalog_database import GlueCatalogDatabase

from atlas.cdk import Construct
from atlas.constructs.iam import Statement
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.s3 import SecureBucket, SecureBucketProps


@dataclass(frozen=True, kw_only=True)
class DataLakeProps:
    name: str
    account_id: str
    region: str
    layers: Sequence[str] = ("raw", "curated", "analytics")
    classifications: Sequence[str] = ("mnpi", "public")
    # Object lock (WORM) on MNPI buckets: records of trading data must not be rewritten.
    mnpi_object_lock: bool = True
    object_lock_mode: Literal["GOVERNANCE", "COMPLIANCE"] = "GOVERNANCE"
    object_lock_days: int = 365
    noncurrent_version_days: int = 90
    # Layer -> (days, storage class) transitions of its buckets (both classifications).
    transitions: Mapping[str, Sequence[tuple[int, str]]] = field(default_factory=dict)
    access_log_retention_days: int = 365
    audit_log_retention_days: int = 2557


@dataclass(frozen=True)
class LakeArea:
    """One layer of one classification: bucket name and Glue database."""

    layer: str
    classification: str
    bucket_name: str
    database_name: str

    @property
    def key(self) -> str:
        return f"{self.layer}-{self.classification}"


class DataLake(Construct):
    """A KMS key per classification and a Glue database per layer and classification.

    Bucket names are fixed here (``<name>-<layer>-<classification>-<account>``; the account
    suffix keeps the global S3 namespace collision-free), so Glue locations, IAM policies
    and the buckets themselves all agree on one name.
    """

    def __init__(self, scope: Construct, construct_id: str, props: DataLakeProps) -> None:
        super().__init__(scope, construct_id)
        self.props = props
        self.keys: dict[str, EncryptionKey] = {}
        for classification in props.classifications:
            self.keys[classification] = EncryptionKey(self, f"{classification}_key", EncryptionKeyProps(
                alias=f"{props.name}-lake-{classification}",
                description=f"{props.name} data lake, {classification} classification",
                account_id=props.account_id, region=props.region))
        # S3 server access logging can deliver only to SSE-S3 encrypted buckets.
        self.access_logs = SecureBucket(self, "access_logs", SecureBucketProps(
            name=f"{props.name}-lake-access-logs-{props.account_id}", encryption="AES256",
            expire_after_days=props.access_log_retention_days,
            policy_statements=[Statement(
                sid="S3ServerAccessLogs", actions=["s3:PutObject"], principals={"Service": "logging.s3.amazonaws.com"},
                resources=[f"arn:aws:s3:::{props.name}-lake-access-logs-{props.account_id}/*"],
                conditions={"StringEquals": {"aws:SourceAccount": props.account_id}})]))
        self.areas: dict[str, LakeArea] = {}
        self.databases: dict[str, GlueCatalogDatabase] = {}
        self.buckets: dict[str, SecureBucket] = {}
        for layer in props.layers:
            for classification in props.classifications:
                area = LakeArea(layer, classification,
                                bucket_name=f"{props.name}-{layer}-{classification}-{props.account_id}",
                                # Glue (and Athena) names allow only lowercase, digits, underscore.
                                database_name=f"{props.name}_{layer}_{classification}".replace("-", "_"))
                self.areas[area.key] = area
                self.buckets[area.key] = self._bucket(area, props)
                self.databases[area.key] = GlueCatalogDatabase(
                    self, f"{layer}_{classification}_database", name=area.database_name,
                    catalog_id=props.account_id,
                    description=f"{layer} layer, {classification} data",
                    location_uri=f"s3://{area.bucket_name}/")

        self._audit_trail(props)

    def _bucket(self, area: LakeArea, props: DataLakeProps) -> SecureBucket:
        key_arn = self.keys[area.classification].arn
        arn = f"arn:aws:s3:::{area.bucket_name}"
        locked = area.classification == "mnpi" and props.mnpi_object_lock
        return SecureBucket(self, f"{area.layer}_{area.classification}", SecureBucketProps(
            name=area.bucket_name, kms_key_arn=key_arn, access_log_bucket=self.access_logs.name,
            access_log_bucket_policy=self.access_logs.policy,
            access_log_prefix=f"{area.bucket_name}/", noncurrent_days=props.noncurrent_version_days,
            transitions=tuple(props.transitions.get(area.layer, ())),
            object_lock_mode=props.object_lock_mode if locked else None,
            object_lock_days=props.object_lock_days if locked else 0,
            policy_statements=[Statement(
                # Writers (the S3 sink connectors) must use this classification's key or
                # rely on the bucket default (the same key); any other key is refused, so
                # MNPI objects can never end up readable with the public key.
                sid="DenyOtherKmsKeys", effect="Deny", actions=["s3:PutObject"], principals={"AWS": "*"},
                resources=[f"{arn}/*"],
                conditions={"StringNotEqualsIfExists": {"s3:x-amz-server-side-encryption-aws-kms-key-id": key_arn}})]))

    def _audit_trail(self, props: DataLakeProps) -> None:
        name = f"{props.name}-lake-audit"
        trail_arn = f"arn:aws:cloudtrail:{props.region}:{props.account_id}:trail/{name}"
        bucket_name = f"{props.name}-lake-audit-{props.account_id}"
        self.audit_key = EncryptionKey(self, "audit_key", EncryptionKeyProps(
            alias=f"{props.name}-lake-audit", description=f"{props.name} data lake CloudTrail logs",
            account_id=props.account_id, region=props.region, service_principals=("cloudtrail",)))
        from_trail = {"StringEquals": {"aws:SourceArn": trail_arn}}
        self.audit = SecureBucket(self, "audit", SecureBucketProps(
            name=bucket_name, kms_key_arn=self.audit_key.arn, expire_after_days=props.audit_log_retention_days,
            access_log_bucket=self.access_logs.name,
            access_log_bucket_policy=self.access_logs.policy, access_log_prefix=f"{bucket_name}/",
            policy_statements=[
                Statement(sid="CloudTrailAclCheck", actions=["s3:GetBucketAcl"],
                          principals={"Service": "cloudtrail.amazonaws.com"},
                          resources=[f"arn:aws:s3:::{bucket_name}"], conditions=from_trail),
                Statement(sid="CloudTrailWrite", actions=["s3:PutObject"],
                          principals={"Service": "cloudtrail.amazonaws.com"},
                          resources=[f"arn:aws:s3:::{bucket_name}/AWSLogs/{props.account_id}/*"],
                          conditions={"StringEquals": {"aws:SourceArn": trail_arn,
                                                       "s3:x-amz-acl": "bucket-owner-full-control"}})]))
        self.trail = Cloudtrail(
            self, "trail", name=name, s3_bucket_name=self.audit.name, kms_key_id=self.audit_key.arn,
            enable_log_file_validation=True, include_global_service_events=False, is_multi_region_trail=False,
            event_selector=[CloudtrailEventSelector(
                read_write_type="All", include_management_events=False,
                data_resource=[CloudtrailEventSelectorDataResource(
                    type="AWS::S3::Object", values=[f"{b.arn}/" for _, b in sorted(self.buckets.items())])])],
            # The bucket policy must exist first or CloudTrail refuses the bucket.
            depends_on=[self.audit.policy])

    def key_arn(self, classification: str) -> str:
        return self.keys[classification].arn
