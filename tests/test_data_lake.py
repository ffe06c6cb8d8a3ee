"""The data lake construct: keys per classification, Glue databases per layer and classification."""

from __future__ import annotations

import pytest

from atlas.constructs.data_lake import DataLake, DataLakeProps
from tests.helpers import policy, resources, synth_construct


def build(**overrides):
    props = dict(name="lake-test", account_id="123456789012", region="eu-west-1")
    props.update(overrides)
    return synth_construct(lambda stack: DataLake(stack, "lake", DataLakeProps(**props)))


def test_one_key_per_classification_with_rotation():
    doc = build()
    keys = resources(doc, "aws_kms_key")
    # One per classification, plus the audit trail's own key.
    assert sorted(keys) == ["lake_audit_key_key", "lake_mnpi_key_key", "lake_public_key_key"]
    assert all(k["enable_key_rotation"] for k in keys.values())
    aliases = sorted(a["name"] for a in resources(doc, "aws_kms_alias").values())
    assert aliases == ["alias/lake-test-lake-audit", "alias/lake-test-lake-mnpi", "alias/lake-test-lake-public"]


def test_one_glue_database_per_layer_and_classification_pointing_at_its_bucket():
    doc = build()
    dbs = {d["name"]: d for d in resources(doc, "aws_glue_catalog_database").values()}
    assert sorted(dbs) == sorted(f"lake_test_{layer}_{c}" for layer in ("raw", "curated", "analytics")
                                 for c in ("mnpi", "public"))
    assert dbs["lake_test_raw_mnpi"]["location_uri"] == "s3://lake-test-raw-mnpi-123456789012/"


def test_layers_are_configurable():
    doc = build(layers=("raw",))
    assert len(resources(doc, "aws_glue_catalog_database")) == 2
    assert len(resources(doc, "aws_s3_bucket")) == 4  # two areas, access logs, audit


def _bucket_parts(doc, area):
    """Resources of the SecureBucket of one area, by resource type."""
    prefix = f"lake_{area.replace('-', '_')}_"
    return {rtype: body for rtype, items in doc["resource"].items() for name, body in items.items()
            if name.startswith(prefix)}


def test_every_lake_bucket_is_versioned_private_tls_only_and_logged():
    doc = build()
    for area in ("raw-mnpi", "raw-public", "analytics-mnpi"):
        parts = _bucket_parts(doc, area)
        assert parts["aws_s3_bucket"]["bucket"] == f"lake-test-{area}-123456789012"
        assert parts["aws_s3_bucket_versioning"]["versioning_configuration"]["status"] == "Enabled"
        block = parts["aws_s3_bucket_public_access_block"]
        assert all(block[k] for k in ("block_public_acls", "block_public_policy", "ignore_public_acls",
                                      "restrict_public_buckets"))
        statements = {s["Sid"]: s for s in policy(parts["aws_s3_bucket_policy"])["Statement"]}
        assert statements["DenyInsecureTransport"]["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
        assert "DenyOtherKmsKeys" in statements
        assert parts["aws_s3_bucket_logging"]["target_bucket"] == "${aws_s3_bucket.lake_access_logs_bucket.bucket}"


def test_each_bucket_uses_its_classification_key_and_denies_others():
    doc = build()
    for area, key in (("curated-mnpi", "mnpi"), ("curated-public", "public")):
        parts = _bucket_parts(doc, area)
        rule = parts["aws_s3_bucket_server_side_encryption_configuration"]["rule"][0]
        assert rule["apply_server_side_encryption_by_default"]["kms_master_key_id"] == f"${{aws_kms_key.lake_{key}_key_key.arn}}"
        deny = next(s for s in policy(parts["aws_s3_bucket_policy"])["Statement"] if s["Sid"] == "DenyOtherKmsKeys")
        assert deny["Condition"]["StringNotEqualsIfExists"]["s3:x-amz-server-side-encryption-aws-kms-key-id"] == \
            f"${{aws_kms_key.lake_{key}_key_key.arn}}"


@pytest.mark.parametrize("locked", [True, False])
def test_object_lock_switch_applies_to_mnpi_buckets_only(locked):
    doc = build(mnpi_object_lock=locked, object_lock_mode="COMPLIANCE", object_lock_days=2557)
    locks = resources(doc, "aws_s3_bucket_object_lock_configuration")
    buckets = resources(doc, "aws_s3_bucket")
    if locked:
        assert sorted(locks) == [f"lake_{layer}_mnpi_object_lock" for layer in ("analytics", "curated", "raw")]
        rule = locks["lake_raw_mnpi_object_lock"]["rule"]["default_retention"]
        assert rule == {"mode": "COMPLIANCE", "days": 2557}
        assert buckets["lake_raw_mnpi_bucket"]["object_lock_enabled"] is True
    else:
        assert locks == {}
    assert "object_lock_enabled" not in buckets["lake_raw_public_bucket"]


def test_cloudtrail_records_data_events_of_every_lake_bucket_into_the_audit_bucket():
    doc = build()
    (trail,) = resources(doc, "aws_cloudtrail").values()
    assert trail["s3_bucket_name"] == "${aws_s3_bucket.lake_audit_bucket.bucket}"
    assert trail["enable_log_file_validation"] is True and trail["kms_key_id"]
    (selector,) = trail["event_selector"]
    assert selector["include_management_events"] is False
    (data,) = selector["data_resource"]
    assert data["type"] == "AWS::S3::Object" and len(data["values"]) == 6
    audit_policy = policy(resources(doc, "aws_s3_bucket_policy")["lake_audit_policy"])
    assert {s["Sid"] for s in audit_policy["Statement"]} >= {"CloudTrailAclCheck", "CloudTrailWrite"}


def test_access_log_bucket_uses_sse_s3_because_s3_logging_requires_it():
    doc = build()
    rule = resources(doc, "aws_s3_bucket_server_side_encryption_configuration")["lake_access_logs_encryption"]["rule"][0]
    assert rule["apply_server_side_encryption_by_default"]["sse_algorithm"] == "AES256"


# -- MNPI in depth: areas restricted to named principals (issue 13, finding 16) --------------------

_ROLE = "arn:aws:iam::123456789012:role/"
_MNPI = {"raw-mnpi": [_ROLE + "sink", _ROLE + "admin"], "curated-mnpi": [_ROLE + "admin"],
         "analytics-mnpi": [_ROLE + "reader", _ROLE + "admin"]}


def test_a_restricted_area_denies_every_other_principal_its_objects_and_listing():
    doc = build(principals=_MNPI)
    policies = resources(doc, "aws_s3_bucket_policy")
    raw = {s["Sid"]: s for s in policy(policies["lake_raw_mnpi_policy"])["Statement"]}
    bucket = "arn:aws:s3:::lake-test-raw-mnpi-123456789012"
    assert raw["DenyObjectsToOthers"] == {
        "Sid": "DenyObjectsToOthers", "Effect": "Deny", "Action": "s3:*", "Principal": {"AWS": "*"},
        "Resource": f"{bucket}/*", "Condition": {"ArnNotLike": {"aws:PrincipalArn": [_ROLE + "sink", _ROLE + "admin"]}}}
    assert raw["DenyListingToOthers"]["Resource"] == bucket
    assert raw["DenyListingToOthers"]["Condition"] == raw["DenyObjectsToOthers"]["Condition"]
    assert "DenyOtherKmsKeys" in raw and "DenyInsecureTransport" in raw
    # Public areas keep their policies as they were.
    public = [s["Sid"] for s in policy(policies["lake_raw_public_policy"])["Statement"]]
    assert public == ["DenyInsecureTransport", "DenyOtherKmsKeys"]


def test_the_restricted_classifications_key_admits_only_the_union_and_administration_stays_with_the_account():
    doc = build(principals=_MNPI, key_users={"mnpi": [_ROLE + "results"]})
    keys = resources(doc, "aws_kms_key")
    mnpi = {s["Sid"]: s for s in policy(keys["lake_mnpi_key_key"])["Statement"]}
    assert mnpi["NamedPrincipalsUse"]["Condition"] == {"ArnLike": {"aws:PrincipalArn": sorted(
        _ROLE + r for r in ("admin", "reader", "results", "sink"))}}
    assert "kms:Decrypt" not in mnpi["AccountAdministers"]["Action"]
    public = policy(keys["lake_public_key_key"])["Statement"]
    assert [s["Action"] for s in public] == ["kms:*"]


@pytest.mark.parametrize("principals, key_users, message", [
    ({"raw-mnpi": [_ROLE + "a"]}, {}, "restrict some mnpi areas (raw) but not all"),
    ({"raw-gold": [_ROLE + "a"]}, {}, "name areas that do not exist: raw-gold"),
    ({}, {"mnpi": [_ROLE + "a"]}, "key_users of mnpi without principals"),
])
def test_a_partial_restriction_is_refused(principals, key_users, message):
    with pytest.raises(ValueError, match=__import__("re").escape(message)):
        DataLakeProps(name="l", account_id="123456789012", region="eu-west-1", principals=principals,
                      key_users=key_users)
