"""SecureBucket: encryption per props, public access blocked, TLS-only policy, lifecycle, logging."""

from __future__ import annotations

import pytest

from atlas.constructs.iam import Statement
from atlas.constructs.s3 import SecureBucket, SecureBucketProps, server_access_log_bucket
from tests.helpers import policy, resources, synth_construct

KEY = "arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab"


def build(**props) -> dict:
    return synth_construct(lambda stack: SecureBucket(stack, "b", SecureBucketProps(**{"name": "test-bucket", **props})))


def test_kms_bucket_is_private_versioned_and_tls_only():
    doc = build(kms_key_arn=KEY)
    (sse,) = resources(doc, "aws_s3_bucket_server_side_encryption_configuration").values()
    rule = sse["rule"][0]
    assert rule["apply_server_side_encryption_by_default"] == {"sse_algorithm": "aws:kms", "kms_master_key_id": KEY}
    assert rule["bucket_key_enabled"] is True
    (block,) = resources(doc, "aws_s3_bucket_public_access_block").values()
    assert all(block[k] is True for k in ("block_public_acls", "block_public_policy", "ignore_public_acls",
                                          "restrict_public_buckets"))
    (versioning,) = resources(doc, "aws_s3_bucket_versioning").values()
    assert versioning["versioning_configuration"]["status"] == "Enabled"
    (own,) = resources(doc, "aws_s3_bucket_ownership_controls").values()
    assert own["rule"]["object_ownership"] == "BucketOwnerEnforced"
    (body,) = resources(doc, "aws_s3_bucket_policy").values()
    (deny,) = policy(body)["Statement"]
    assert deny["Effect"] == "Deny" and deny["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
    assert not resources(doc, "aws_s3_bucket_logging")
    (bucket,) = resources(doc, "aws_s3_bucket").values()
    assert bucket["force_destroy"] is False


def test_sse_s3_logging_lifecycle_and_extra_statements():
    doc = build(encryption="AES256", access_log_bucket="logs-bucket", access_log_prefix="s3/", expire_after_days=90,
                policy_statements=[Statement(sid="Writer", actions=["s3:PutObject"], principals={"AWS": "x"},
                                             resources=["arn:aws:s3:::test-bucket/*"])])
    (sse,) = resources(doc, "aws_s3_bucket_server_side_encryption_configuration").values()
    assert sse["rule"][0]["apply_server_side_encryption_by_default"] == {"sse_algorithm": "AES256"}
    (logging,) = resources(doc, "aws_s3_bucket_logging").values()
    assert logging["target_bucket"] == "logs-bucket" and logging["target_prefix"] == "s3/"
    (lifecycle,) = resources(doc, "aws_s3_bucket_lifecycle_configuration").values()
    assert [r["id"] for r in lifecycle["rule"]] == ["expire-noncurrent-versions", "expire-objects"]
    assert lifecycle["rule"][1]["expiration"][0]["days"] == 90
    (body,) = resources(doc, "aws_s3_bucket_policy").values()
    assert [s["Sid"] for s in policy(body)["Statement"]] == ["DenyInsecureTransport", "Writer"]


@pytest.mark.parametrize("props", [dict(encryption="aws:kms"), dict(encryption="AES256", kms_key_arn=KEY)])
def test_inconsistent_encryption_props_are_refused(props):
    with pytest.raises(ValueError, match="bucket test-bucket"):
        SecureBucketProps(name="test-bucket", **props)


def test_server_access_log_bucket_takes_s3_log_delivery_for_its_account_only():
    doc = synth_construct(lambda stack: server_access_log_bucket(
        stack, "logs", name="logs-111111111111", account_id="111111111111", retention_days=90))
    (sse,) = resources(doc, "aws_s3_bucket_server_side_encryption_configuration").values()
    assert sse["rule"][0]["apply_server_side_encryption_by_default"]["sse_algorithm"] == "AES256"
    (bucket_policy,) = resources(doc, "aws_s3_bucket_policy").values()
    writer = policy(bucket_policy)["Statement"][1]
    assert writer["Principal"] == {"Service": "logging.s3.amazonaws.com"} and writer["Action"] == "s3:PutObject"
    assert writer["Resource"] == "arn:aws:s3:::logs-111111111111/*"
    assert writer["Condition"] == {"StringEquals": {"aws:SourceAccount": "111111111111"}}
    assert resources(doc, "aws_s3_bucket_logging") == {}  # a log bucket does not log into itself
    (lifecycle,) = resources(doc, "aws_s3_bucket_lifecycle_configuration").values()
    assert {r["id"]: r.get("expiration") for r in lifecycle["rule"]}["expire-objects"] == [{"days": 90}]


def test_object_lock_is_ordered_after_versioning():
    doc = build(kms_key_arn="arn:aws:kms:eu-west-1:111111111111:key/k", object_lock_mode="GOVERNANCE",
                object_lock_days=30)
    (lock,) = resources(doc, "aws_s3_bucket_object_lock_configuration").values()
    assert lock["depends_on"] == ["aws_s3_bucket_versioning.b_versioning"]
    assert lock["rule"]["default_retention"] == {"mode": "GOVERNANCE", "days": 30}



def test_access_logging_waits_for_the_target_bucket_policy_in_the_same_root():
    def make(stack, ordered: bool):
        logs = server_access_log_bucket(stack, "logs", name="logs-bucket", account_id="111111111111",
                                        retention_days=90)
        SecureBucket(stack, "data", SecureBucketProps(
            name="data-bucket", encryption="AES256", access_log_bucket=logs.name,
            access_log_bucket_policy=logs.policy if ordered else None))
    (logging,) = resources(synth_construct(lambda s: make(s, True)), "aws_s3_bucket_logging").values()
    # The target stays the bucket itself (scanners follow it), the order comes from depends_on.
    assert logging["target_bucket"] == "${aws_s3_bucket.logs_bucket.bucket}"
    assert logging["depends_on"] == ["aws_s3_bucket_policy.logs_policy"]
    # A target in an upstream root: no policy to wait for here, no depends_on.
    (logging,) = resources(synth_construct(lambda s: make(s, False)), "aws_s3_bucket_logging").values()
    assert "depends_on" not in logging


def test_a_log_bucket_policy_without_a_log_bucket_is_refused():
    def make(stack):
        logs = server_access_log_bucket(stack, "logs", name="logs-bucket", account_id="111111111111",
                                        retention_days=90)
        SecureBucketProps(name="data-bucket", encryption="AES256", access_log_bucket_policy=logs.policy)
    with pytest.raises(ValueError, match="access_log_bucket_policy is set but access_log_bucket is not"):
        synth_construct(make)
