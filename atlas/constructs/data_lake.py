"""The data lake: layers x classifications, each pair its own bucket and Glue database.

Around the data buckets: an access-log bucket receiving S3 server access logs of every lake
bucket, and a CloudTrail trail recording object-level (data) events of the lake into an
audit bucket encrypted with its own key, so who read which MNPI object is on record.

MNPI (material non-public information) and public data never share a bucket, a KMS key or
a Glue database: a grant on one can then never leak the other, and an auditor can read the
separation off the resource names. With ``principals``, an area's bucket policy and its
classification's key policy admit only the named roles, so the separation no longer rests
on IAM policies alone (a broad grant added later reaches nothing). Every layer (raw -> curated -> analytics) has one of
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
from atlas.naming import Name


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
    # ARN patterns (``aws:PrincipalArn``) of the only principals that may touch the objects of
    # an area, keyed "<layer>-<classification>", whatever their IAM policies allow: the
    # area's bucket policy denies everyone else, and the classification's key admits only
    # the union (plus ``key_users``). Every area of a classification or none of them.
    principals: Mapping[str, Sequence[str]] = field(default_factory=dict)
    # More users of a restricted classification's key, by classification (buckets of other
    # roots encrypted with it: Athena results of the tiers reading it).
    key_users: Mapping[str, Sequence[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        areas = {f"{layer}-{c}" for layer in self.layers for c in self.classifications}
        unknown = sorted(set(self.principals) - areas)
        if unknown:
            raise ValueError(f"lake {self.name}: principals name areas that do not exist: {', '.join(unknown)}")
        for c in self.classifications:
            named = [layer for layer in self.layers if f"{layer}-{c}" in self.principals]
            if named and len(named) != len(self.layers):
                raise ValueError(f"lake {self.name}: principals restrict some {c} areas ({', '.join(named)}) but not "
                                 "all; its one key would lock the others out")
            if self.key_users.get(c) and not named:
                raise ValueError(f"lake {self.name}: key_users of {c} without principals of its areas")

    def key_users_of(self, classification: str) -> tuple[str, ...]:
        """Who may use the classification's key (empty: the account's IAM policies decide)."""
        users = [p for layer in self.layers for p in self.principals.get(f"{layer}-{classification}", ())]
        return tuple(sorted(set(users) | set(self.key_users.get(classification, ()))))


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


def lake_names(name: str, account_id: str, layers: Sequence[str], classifications: Sequence[str]) -> dict:
    """Every AWS name a ``DataLake`` derives: a bucket and a Glue database per area
    (``<name>-<layer>-<classification>-<account>``; the account suffix keeps the global S3
    namespace collision-free, and Glue and Athena allow only lowercase, digits and _), a
    key alias per classification, the access-log and audit buckets and the trail."""
    areas = [(layer, c) for layer in layers for c in classifications]
    return {
        "buckets": {f"{layer}-{c}": Name("s3_bucket", f"{name}-{layer}-{c}-{account_id}") for layer, c in areas},
        "databases": {f"{layer}-{c}": Name("glue_database", f"{name}_{layer}_{c}".replace("-", "_"))
                      for layer, c in areas},
        "key_aliases": {c: f"{name}-lake-{c}" for c in classifications},
        "access_log_bucket": Name("s3_bucket", f"{name}-lake-access-logs-{account_id}"),
        "trail": Name("cloudtrail", f"{name}-lake-audit"),
        "audit_bucket": Name("s3_bucket", f"{name}-lake-audit-{account_id}"),
        "audit_key_alias": f"{name}-lake-audit",
    }


def only_principals(bucket_arn: str, patterns: Sequence[str]) -> list[Statement]:
    """Bucket policy statements denying every principal but ``patterns`` (ARN patterns
    matched against ``aws:PrincipalArn``: a role's ARN for any session of it) the bucket's
    objects (every object action: read, write, delete, retention, tags) and its listing.

    Bucket configuration stays with IAM (the deploy role, AWS Config and scanners read it).
    A request with no principal ARN (an AWS service principal) is denied too: no service
    writes into these buckets on its own (access logs and CloudTrail go elsewhere)."""
    patterns = list(dict.fromkeys(patterns))
    others = {"ArnNotLike": {"aws:PrincipalArn": patterns}} if patterns else {}
    return [
        Statement(sid="DenyObjectsToOthers", effect="Deny", actions=["s3:*"], principals={"AWS": "*"},
                  resources=[f"{bucket_arn}/*"], conditions=others),
        Statement(sid="DenyListingToOthers", effect="Deny",
                  actions=["s3:ListBucket", "s3:ListBucketVersions", "s3:ListBucketMultipartUploads"],
                  principals={"AWS": "*"}, resources=[bucket_arn], conditions=others)]


class DataLake(Construct):
    """A KMS key per classification and a Glue database per layer and classification.

    Bucket names are fixed here (``<name>-<layer>-<classification>-<account>``; the account
    suffix keeps the global S3 namespace collision-free), so Glue locations, IAM policies
    and the buckets themselves all agree on one name.
    """

    def __init__(self, scope: Construct, construct_id: str, props: DataLakeProps) -> None:
        super().__init__(scope, construct_id)
        self.props = props
        names = lake_names(props.name, props.account_id, props.layers, props.classifications)
        self.keys: dict[str, EncryptionKey] = {}
        for classification in props.classifications:
            self.keys[classification] = EncryptionKey(self, f"{classification}_key", EncryptionKeyProps(
                alias=names["key_aliases"][classification],
                description=f"{props.name} data lake, {classification} classification",
                account_id=props.account_id, region=props.region, users=props.key_users_of(classification)))
        # S3 server access logging can deliver only to SSE-S3 encrypted buckets.
        self.access_logs = SecureBucket(self, "access_logs", SecureBucketProps(
            name=names["access_log_bucket"].value, encryption="AES256",
            expire_after_days=props.access_log_retention_days,
            policy_statements=[Statement(
                sid="S3ServerAccessLogs", actions=["s3:PutObject"], principals={"Service": "logging.s3.amazonaws.com"},
                resources=[f"arn:aws:s3:::{names['access_log_bucket'].value}/*"],
                conditions={"StringEquals": {"aws:SourceAccount": props.account_id}})]))
        self.areas: dict[str, LakeArea] = {}
        self.databases: dict[str, GlueCatalogDatabase] = {}
        self.buckets: dict[str, SecureBucket] = {}
        for layer in props.layers:
            for classification in props.classifications:
                key = f"{layer}-{classification}"
                area = LakeArea(layer, classification, bucket_name=names["buckets"][key].value,
                                database_name=names["databases"][key].value)
                self.areas[area.key] = area
                self.buckets[area.key] = self._bucket(area, props)
                self.databases[area.key] = GlueCatalogDatabase(
                    self, f"{layer}_{classification}_database", name=area.database_name,
                    catalog_id=props.account_id,
                    description=f"{layer} layer, {classification} data",
                    location_uri=f"s3://{area.bucket_name}/")

        self._audit_trail(props, names)

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
                conditions={"StringNotEqualsIfExists": {"s3:x-amz-server-side-encryption-aws-kms-key-id": key_arn}}),
                *(only_principals(arn, props.principals[area.key]) if area.key in props.principals else ())]))

    def _audit_trail(self, props: DataLakeProps, names: dict) -> None:
        name = names["trail"].value
        trail_arn = f"arn:aws:cloudtrail:{props.region}:{props.account_id}:trail/{name}"
        bucket_name = names["audit_bucket"].value
        self.audit_key = EncryptionKey(self, "audit_key", EncryptionKeyProps(
            alias=names["audit_key_alias"], description=f"{props.name} data lake CloudTrail logs",
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
