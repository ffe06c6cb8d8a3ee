"""SCRAM users: AmazonMSK_ secrets with a customer key, no passwords in JSON."""

from __future__ import annotations

import json

import pytest

from atlas.constructs.msk_scram import ScramUsers, ScramUsersProps
from tests.helpers import resources, synth_construct



def build(users=("admin", "reader")):
    return synth_construct(lambda stack: ScramUsers(stack, "scram", ScramUsersProps(
        name="c", users=users, account_id="123456789012", region="eu-west-1")))


def test_secrets_follow_msk_naming_and_use_the_customer_key():
    doc = build()
    secrets = resources(doc, "aws_secretsmanager_secret")
    assert sorted(s["name"] for s in secrets.values()) == ["AmazonMSK_c_admin", "AmazonMSK_c_reader"]
    assert {s["kms_key_id"] for s in secrets.values()} == {"${aws_kms_key.scram_key_key.arn}"}
    versions = resources(doc, "aws_secretsmanager_secret_version")
    assert len(versions) == 2
    for version in versions.values():
        assert json.loads(version["secret_string"]) in ({"username": "admin", "password": ""},
                                                         {"username": "reader", "password": ""})


def test_duplicate_users_are_refused():
    with pytest.raises(ValueError, match="each once"):
        ScramUsersProps(name="c", users=("a", "a"), account_id="1", region="eu-west-1")
