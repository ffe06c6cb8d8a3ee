"""EncryptionKey: rotation on, a deletion window, a key policy naming the account and each
service principal (CloudWatch Logs limited to this account's log groups), and an alias."""

from __future__ import annotations

import json
import re

import pytest

from atlas.cdk import TerraformOutput
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from tests.helpers import policy, resources, synth_construct

ACCOUNT = "111111111111"
REGION = "eu-west-1"
USE = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]


def build(**props) -> dict:
    props = {"alias": "atlas-test/logs", "description": "test key", "account_id": ACCOUNT, "region": REGION, **props}
    return synth_construct(lambda stack: EncryptionKey(stack, "k", EncryptionKeyProps(**props)))


def key_of(doc: dict) -> dict:
    (key,) = resources(doc, "aws_kms_key").values()
    return key


def statements(doc: dict) -> dict[str, dict]:
    found = policy(key_of(doc))["Statement"]
    by_sid = {s["Sid"]: s for s in found}
    assert len(by_sid) == len(found), "statement ids repeat"
    return by_sid


def test_rotation_on_and_the_default_deletion_window_is_thirty_days():
    key = key_of(build())
    assert key["enable_key_rotation"] is True
    assert key["deletion_window_in_days"] == 30
    assert key["description"] == "test key"


def test_deletion_window_follows_the_props():
    assert key_of(build(deletion_window_in_days=7))["deletion_window_in_days"] == 7


def test_without_services_only_the_account_administers_the_key():
    assert statements(build()) == {"AccountAdministers": {
        "Sid": "AccountAdministers", "Effect": "Allow", "Action": "kms:*", "Resource": "*",
        "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}}}
    assert policy(key_of(build()))["Version"] == "2012-10-17"


def test_one_use_statement_per_service_principal():
    found = statements(build(service_principals=("logs", "sns", "secretsmanager")))
    assert list(found) == ["AccountAdministers", "LogsUses", "SnsUses", "SecretsmanagerUses"]
    assert found["SnsUses"]["Principal"] == {"Service": "sns.amazonaws.com"}
    assert found["SecretsmanagerUses"]["Principal"] == {"Service": "secretsmanager.amazonaws.com"}
    for sid in ("LogsUses", "SnsUses", "SecretsmanagerUses"):
        assert found[sid]["Action"] == USE and found[sid]["Resource"] == "*" and found[sid]["Effect"] == "Allow"
        assert "kms:*" not in found[sid]["Action"]
    # Only CloudWatch Logs carries a condition.
    assert "Condition" not in found["SnsUses"] and "Condition" not in found["SecretsmanagerUses"]


def test_logs_uses_the_regional_principal_and_only_for_this_accounts_log_groups():
    logs = statements(build(service_principals=("logs",)))["LogsUses"]
    assert logs["Principal"] == {"Service": f"logs.{REGION}.amazonaws.com"}
    assert logs["Condition"] == {"ArnLike": {
        "kms:EncryptionContext:aws:logs:arn": f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:*"}}


def test_statement_ids_of_the_services_in_use_are_valid_iam_sids():
    found = statements(build(service_principals=("logs", "cloudwatch", "cloudtrail")))
    assert list(found) == ["AccountAdministers", "LogsUses", "CloudwatchUses", "CloudtrailUses"]
    assert all(re.fullmatch(r"[A-Za-z0-9]+", sid) for sid in found)  # IAM allows nothing else in a Sid
    assert found["CloudtrailUses"]["Principal"] == {"Service": "cloudtrail.amazonaws.com"}


def test_alias_names_the_key():
    doc = build()
    (alias,) = resources(doc, "aws_kms_alias").values()
    assert alias["name"] == "alias/atlas-test/logs"
    assert alias["target_key_id"] == "${aws_kms_key.k_key.key_id}"


def test_policy_json_is_deterministic_and_compact():
    text = key_of(build(service_principals=("logs", "sns")))["policy"]
    assert text == json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"))
    assert text == key_of(build(service_principals=("logs", "sns")))["policy"]


@pytest.mark.parametrize("attr, ref", [("arn", "${aws_kms_key.k_key.arn}"), ("key_id", "${aws_kms_key.k_key.key_id}")])
def test_arn_and_key_id_refer_to_the_key(attr, ref):
    def build_and_use(stack):
        key = EncryptionKey(stack, "k", EncryptionKeyProps(alias="a", description="d", account_id=ACCOUNT,
                                                           region=REGION))
        TerraformOutput(stack, "out", value=getattr(key, attr))

    assert synth_construct(build_and_use)["output"]["out"]["value"] == ref


def test_a_key_with_named_users_leaves_the_account_administration_but_no_use():
    from atlas.constructs.kms import ADMIN_ACTIONS, USE_ACTIONS

    users = [f"arn:aws:iam::{ACCOUNT}:role/reader", f"arn:aws:iam::{ACCOUNT}:role/break-glass-*"]
    found = statements(build(users=users))
    assert list(found) == ["AccountAdministers", "NamedPrincipalsUse"]
    admin = found["AccountAdministers"]
    assert admin["Principal"] == {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}
    # No use, and no grant (a grant is use): kms:Create* would include kms:CreateGrant.
    assert admin["Action"] == list(ADMIN_ACTIONS)
    for action in ("kms:*", "kms:Create*", "kms:CreateGrant", "kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey*",
                   "kms:ReEncrypt*"):
        assert action not in admin["Action"]
    # The lockout safety check needs the administrators to keep PutKeyPolicy.
    assert "kms:Put*" in admin["Action"]
    use = found["NamedPrincipalsUse"]
    assert use["Action"] == list(USE_ACTIONS) and use["Principal"] == {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}
    assert use["Condition"] == {"ArnLike": {"aws:PrincipalArn": users}}
