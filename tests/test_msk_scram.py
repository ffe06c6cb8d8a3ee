"""SCRAM users: AmazonMSK_ secrets with a customer key, no passwords in JSON, association switch."""

from __future__ import annotations

import json

import pytest

from atlas.constructs.msk_scram import ScramUsers, ScramUsersProps
from tests.helpers import resources, synth_construct

ARN = "arn:aws:kafka:eu-west-1:123456789012:cluster/c/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0-3"


def build(associate=True, users=("admin", "reader")):
    return synth_construct(lambda stack: ScramUsers(stack, "scram", ScramUsersProps(
        name="c", cluster_arn=ARN, users=users, account_id="123456789012", region="eu-west-1", associate=associate)))


def test_secrets_follow_msk_naming_and_use_the_customer_key():
    doc = build()
    secrets = resources(doc, "aws_secretsmanager_secret")
    assert sorted(s["name"] for s in secrets.values()) == ["AmazonMSK_c_admin", "AmazonMSK_c_reader"]
    assert {s["kms_key_id"] for s in secrets.values()} == {"${aws_kms_key.scram_key_key.arn}"}
    for version in resources(doc, "aws_secretsmanager_secret_version").values():
        assert json.loads(version["secret_string"]) in ({"username": "admin", "password": ""},
                                                         {"username": "reader", "password": ""})


@pytest.mark.parametrize("associate", [True, False])
def test_association_switch(associate):
    associations = resources(build(associate=associate), "aws_msk_scram_secret_association")
    if associate:
        (association,) = associations.values()
        assert association["cluster_arn"] == ARN and len(association["secret_arn_list"]) == 2
    else:
        assert associations == {}


def test_duplicate_users_are_refused():
    with pytest.raises(ValueError, match="each once"):
        ScramUsersProps(name="c", cluster_arn=ARN, users=("a", "a"), account_id="1", region="eu-west-1")
