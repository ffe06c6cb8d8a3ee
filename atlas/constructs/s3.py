"""A private, encrypted S3 bucket: the one way this project creates buckets.

Versioning on, every public-access switch blocked, ACLs disabled (bucket owner enforced),
a policy that refuses plain-HTTP requests, and encryption chosen by the caller: SSE-KMS
for data, SSE-S3 where the writing service cannot use a customer key (ALB access logs).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Sequence

from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_lifecycle_configuration import (
    S3BucketLifecycleConfiguration,
    S3BucketLifecycleConfigurationRule,
    S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload,
    S3BucketLifecycleConfigurationRuleExpiration,
    S3BucketLifecycleConfigurationRuleFilter,
    S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration,
    S3BucketLifecycleConfigurationRuleTransition,
)
from cdktf_cdktf_provider_aws.s3_bucket_logging import S3BucketLoggingA
from cdktf_cdktf_provider_aws.s3_bucket_object_lock_configuration import (
    S3BucketObjectLockConfigurationA,
    S3BucketObjectLockConfigurationRuleA,
    S3BucketObjectLockConfigurationRuleDefaultRetentionA,
)
from cdktf_cdktf_provider_aws.s3_bucket_ownership_controls import (
    S3BucketOwnershipControls,
    S3BucketOwnershipControlsRule,
)
from cdktf_cdktf_provider_aws.s3_bucket_policy import S3BucketPolicy
from cdktf_cdktf_provider_aws.s3_bucket_public_access_block import S3BucketPublicAccessBlock
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfigurationA,
    S3BucketServerSideEncryptionConfigurationRuleA,
    S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA,
)
from cdktf_cdktf_provider_aws.s3_bucket_versioning import (
    S3BucketVersioningA,
    S3BucketVersioningVersioningConfiguration,
)

from atlas.cdk import Construct
from atlas.constructs.iam import Statement, policy_document


@dataclass(frozen=True, kw_only=True)
class SecureBucketProps:
    name: str
    # "aws:kms" needs kms_key_arn; "AES256" (SSE-S3) is for writers that cannot use a
    # customer key, such as Elastic Load Balancing access logs.
    encryption: Literal["aws:kms", "AES256"] = "aws:kms"
    kms_key_arn: str | None = None
    versioned: bool = True
    # Server access logging target (bucket name) and prefix; None = no access logging.
    access_log_bucket: str | None = None
    access_log_prefix: str = ""
    # The target bucket's policy, when that bucket is in the same root (SecureBucket.policy):
    # the logging configuration then waits for it, since S3 refuses to log into a bucket whose
    # policy does not yet admit logging.s3.amazonaws.com (InvalidTargetBucketForLogging). The
    # target keeps being named by the bucket, not read through the policy, so scanners still
    # see which bucket receives the logs. A target in an upstream root needs none: that root
    # is applied first.
    access_log_bucket_policy: S3BucketPolicy | None = None
    # Days after which current objects expire; None keeps them. Old versions always expire
    # after noncurrent_days so versioning does not grow the bill without bound.
    expire_after_days: int | None = None
    noncurrent_days: int = 30
    # (days after creation, storage class) in increasing days: cheaper classes for older objects.
    transitions: Sequence[tuple[int, str]] = ()
    # Extra statements for the bucket policy (service writers); the TLS-only deny is always added.
    policy_statements: Sequence[Statement] = ()
    # Off by default: a bucket with data must be emptied on purpose before it can be destroyed.
    force_destroy: bool = False
    # Write-once retention (WORM) for records that must not be altered. S3 can switch object
    # lock on only when the bucket is created, so changing this replaces the bucket.
    # GOVERNANCE lets privileged users lift it; COMPLIANCE binds everyone, the root user too.
    object_lock_mode: Literal["GOVERNANCE", "COMPLIANCE"] | None = None
    object_lock_days: int = 0

    def __post_init__(self) -> None:
        if self.encryption == "aws:kms" and not self.kms_key_arn:
            raise ValueError(f"bucket {self.name}: encryption 'aws:kms' needs kms_key_arn (or use 'AES256')")
        if self.encryption == "AES256" and self.kms_key_arn:
            raise ValueError(f"bucket {self.name}: kms_key_arn is set but encryption is 'AES256'")
        if self.object_lock_mode and (self.object_lock_days < 1 or not self.versioned):
            raise ValueError(f"bucket {self.name}: object lock needs object_lock_days >= 1 and versioning on")
        if self.access_log_bucket_policy is not None and not self.access_log_bucket:
            raise ValueError(f"bucket {self.name}: access_log_bucket_policy is set but access_log_bucket is not")


class SecureBucket(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: SecureBucketProps) -> None:
        super().__init__(scope, construct_id)
        self.bucket = S3Bucket(self, "bucket", bucket=props.name, force_destroy=props.force_destroy,
                               object_lock_enabled=True if props.object_lock_mode else None)
        self.name: str = self.bucket.bucket
        self.arn: str = self.bucket.arn
        self.id: str = self.bucket.id
        S3BucketOwnershipControls(self, "ownership", bucket=self.id, rule=S3BucketOwnershipControlsRule(
            object_ownership="BucketOwnerEnforced"))
        block = S3BucketPublicAccessBlock(self, "public_access_block", bucket=self.id, block_public_acls=True,
                                          block_public_policy=True, ignore_public_acls=True,
                                          restrict_public_buckets=True)
        versioning = S3BucketVersioningA(self, "versioning", bucket=self.id,
                            versioning_configuration=S3BucketVersioningVersioningConfiguration(
                                status="Enabled" if props.versioned else "Suspended"))
        S3BucketServerSideEncryptionConfigurationA(self, "encryption", bucket=self.id, rule=[
            S3BucketServerSideEncryptionConfigurationRuleA(
                # Bucket keys cut KMS request costs by orders of magnitude for busy writers.
                bucket_key_enabled=props.encryption == "aws:kms",
                apply_server_side_encryption_by_default=(
                    S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA(
                        sse_algorithm=props.encryption, kms_master_key_id=props.kms_key_arn)))])
        if props.object_lock_mode:
            # After versioning: destroy then removes the lock before suspending versioning,
            # the only order S3 accepts.
            S3BucketObjectLockConfigurationA(self, "object_lock", bucket=self.id, depends_on=[versioning],
                                             rule=S3BucketObjectLockConfigurationRuleA(
                default_retention=S3BucketObjectLockConfigurationRuleDefaultRetentionA(
                    mode=props.object_lock_mode, days=props.object_lock_days)))
        deny_plain_http = Statement(
            sid="DenyInsecureTransport", effect="Deny", actions=["s3:*"], principals={"AWS": "*"},
            resources=[self.arn, f"{self.arn}/*"], conditions={"Bool": {"aws:SecureTransport": "false"}})
        # The policy waits for the public access block, or S3 may reject it as "public". Log
        # writers into this bucket (S3 server access logging, ELB) wait for the policy in turn.
        self.policy = S3BucketPolicy(self, "policy", bucket=self.id, depends_on=[block],
                       policy=policy_document(deny_plain_http, *props.policy_statements))
        if props.access_log_bucket:
            S3BucketLoggingA(self, "access_logging", bucket=self.id, target_bucket=props.access_log_bucket,
                             target_prefix=props.access_log_prefix,
                             depends_on=[props.access_log_bucket_policy] if props.access_log_bucket_policy else None)
        rules = [S3BucketLifecycleConfigurationRule(
            id="expire-noncurrent-versions", status="Enabled", filter=[S3BucketLifecycleConfigurationRuleFilter()],
            noncurrent_version_expiration=[S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration(
                noncurrent_days=props.noncurrent_days)],
            abort_incomplete_multipart_upload=[S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload(
                days_after_initiation=7)])]
        if props.transitions:
            rules.append(S3BucketLifecycleConfigurationRule(
                id="transition-objects", status="Enabled", filter=[S3BucketLifecycleConfigurationRuleFilter()],
                transition=[S3BucketLifecycleConfigurationRuleTransition(days=days, storage_class=storage_class)
                            for days, storage_class in props.transitions]))
        if props.expire_after_days:
            rules.append(S3BucketLifecycleConfigurationRule(
                id="expire-objects", status="Enabled", filter=[S3BucketLifecycleConfigurationRuleFilter()],
                expiration=[S3BucketLifecycleConfigurationRuleExpiration(days=props.expire_after_days)]))
        S3BucketLifecycleConfiguration(self, "lifecycle", bucket=self.id, rule=rules)

    def objects_arn(self, prefix: str = "") -> str:
        return f"{self.arn}/{prefix}*"

    def grant_read(self, sid: str, prefix: str = "") -> Statement:
        """List the bucket (under ``prefix``) and read its objects: what a reader needs."""
        return Statement(sid=sid, actions=["s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket",
                                           "s3:GetBucketLocation"],
                         resources=[self.arn, self.objects_arn(prefix)])

    def grant_read_write(self, sid: str, prefix: str = "") -> Statement:
        """Read, write and delete objects (under ``prefix``): a job that rewrites its output."""
        return Statement(sid=sid, actions=["s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket",
                                           "s3:GetBucketLocation", "s3:PutObject", "s3:DeleteObject",
                                           "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
                         resources=[self.arn, self.objects_arn(prefix)])


def server_access_log_bucket(scope: Construct, construct_id: str, *, name: str, account_id: str,
                             retention_days: int) -> SecureBucket:
    """A bucket that receives S3 server access logs of this account's buckets.

    S3 log delivery writes only SSE-S3 objects, so the bucket uses AES256; the delivery
    service may write only on behalf of ``account_id``. It does not log itself (a log
    bucket logging into itself would loop).
    """
    return SecureBucket(scope, construct_id, SecureBucketProps(
        name=name, encryption="AES256", expire_after_days=retention_days,
        policy_statements=[Statement(
            sid="S3ServerAccessLogs", actions=["s3:PutObject"], principals={"Service": "logging.s3.amazonaws.com"},
            resources=[f"arn:aws:s3:::{name}/*"], conditions={"StringEquals": {"aws:SourceAccount": account_id}})]))
