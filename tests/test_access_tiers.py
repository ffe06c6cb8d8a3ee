"""Access tiers: each role reaches exactly its layers' buckets, databases and keys; MFA where MNPI."""

from __future__ import annotations

import json

import pytest

from atlas.constructs.access_tiers import AccessTier, AccessTiers, AccessTiersProps
from tests.helpers import policy, resources, synth_construct

AREAS = [f"{layer}-{c}" for layer in ("raw", "curated", "analytics") for c in ("mnpi", "public")]


def build(*tiers):
    return synth_construct(lambda stack: AccessTiers(stack, "access", AccessTiersProps(
        name="t", account_id="123456789012", region="eu-west-1", trusted_account_id="999999999999", tiers=tiers,
        bucket_arns={a: f"arn:aws:s3:::bucket-{a}" for a in AREAS},
        database_names={a: f"db_{a.replace('-', '_')}" for a in AREAS},
        key_arns={"mnpi": "arn:aws:kms:eu-west-1:123456789012:key/mnpi", "public": "arn:aws:kms:eu-west-1:123456789012:key/public"},
        results_bucket_names={t.name: f"results-{t.name}" for t in tiers})))


def test_public_tier_reaches_only_public_analytics():
    doc = build(AccessTier(name="analysts", mnpi=False, layers=("analytics",), mfa_required=False))
    text = json.dumps(policy(next(iter(resources(doc, "aws_iam_role_policy").values()))))
    assert "mnpi" not in text
    assert "bucket-analytics-public" in text and "bucket-raw-public" not in text
    (role,) = resources(doc, "aws_iam_role").values()
    assert "Condition" not in json.loads(role["assume_role_policy"])["Statement"][0]


def test_mnpi_tier_requires_recent_mfa_and_gets_the_mnpi_key():
    doc = build(AccessTier(name="finance", mnpi=True, layers=("analytics",), mfa_required=True))
    (role,) = resources(doc, "aws_iam_role").values()
    trust = json.loads(role["assume_role_policy"])["Statement"][0]
    assert trust["Condition"]["Bool"] == {"aws:MultiFactorAuthPresent": "true"}
    assert trust["Principal"] == {"AWS": "arn:aws:iam::999999999999:root"}
    statements = {s["Sid"]: s for s in policy(next(iter(resources(doc, "aws_iam_role_policy").values())))["Statement"]}
    assert statements["DecryptAllowedClassifications"]["Resource"] == [
        "arn:aws:kms:eu-west-1:123456789012:key/mnpi", "arn:aws:kms:eu-west-1:123456789012:key/public"]
    assert statements["EncryptOwnResults"]["Resource"] == "arn:aws:kms:eu-west-1:123456789012:key/mnpi"


def test_workgroup_enforces_encrypted_results():
    doc = build(AccessTier(name="analysts", mnpi=False, layers=("analytics",), mfa_required=False))
    (wg,) = resources(doc, "aws_athena_workgroup").values()
    config = wg["configuration"]
    assert config["enforce_workgroup_configuration"] is True
    assert config["result_configuration"]["encryption_configuration"]["encryption_option"] == "SSE_KMS"
    assert config["result_configuration"]["output_location"] == "s3://results-analysts/results/"


def test_mnpi_without_mfa_is_refused():
    with pytest.raises(ValueError, match="must require MFA"):
        AccessTier(name="x", mnpi=True, layers=("raw",), mfa_required=False)
