"""SCRAM users: AmazonMSK_ secrets with a customer key, generated passwords never in JSON or state."""

from __future__ import annotations

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
    assert sorted(versions) == ["scram_admin_seed", "scram_reader_seed"]
    for name, version in versions.items():
        assert "secret_string" not in version
        assert "ephemeral.aws_secretsmanager_random_password.%s_password.random_password" % name[:-5] \
            in version["secret_string_wo"]
    assert sorted(doc["ephemeral"]["aws_secretsmanager_random_password"]) == [
        "scram_admin_password", "scram_reader_password"]


def test_raising_the_password_version_rotates_every_password():
    doc = synth_construct(lambda stack: ScramUsers(stack, "scram", ScramUsersProps(
        name="c", users=("admin",), account_id="123456789012", region="eu-west-1", password_version=3)))
    (version,) = resources(doc, "aws_secretsmanager_secret_version").values()
    assert version["secret_string_wo_version"] == 3


def test_duplicate_users_are_refused():
    with pytest.raises(ValueError, match="each once"):
        ScramUsersProps(name="c", users=("a", "a"), account_id="1", region="eu-west-1")
