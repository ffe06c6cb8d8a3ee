"""SeededSecret: KMS-encrypted, seeded once, operator edits never reverted."""

from __future__ import annotations

import json

import pytest

from atlas.constructs.secrets import SeededSecret, SeededSecretProps
from tests.helpers import resources, synth_construct

KEY = "arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab"


def test_secret_is_encrypted_and_seeded_once():
    holder = {}

    def make(stack):
        holder["s"] = SeededSecret(stack, "events", SeededSecretProps(
            name="app/events", description="events", kms_key_arn=KEY,
            seed={"KAFKA_EVENTS_TOPIC": "atlas.events.raw", "DATABASE_URL": ""}))
    doc = synth_construct(make)
    (secret,) = resources(doc, "aws_secretsmanager_secret").values()
    assert secret["kms_key_id"] == KEY and secret["recovery_window_in_days"] == 7
    (version,) = resources(doc, "aws_secretsmanager_secret_version").values()
    assert json.loads(version["secret_string"]) == {"DATABASE_URL": "", "KAFKA_EVENTS_TOPIC": "atlas.events.raw"}
    assert version["lifecycle"] == {"ignore_changes": ["secret_string"]}
    secret_obj = holder["s"]
    assert secret_obj.value_from("DATABASE_URL").endswith(":DATABASE_URL::")
    with pytest.raises(ValueError, match="no key 'NOPE'"):
        secret_obj.value_from("NOPE")


# -- GeneratedSecret ----------------------------------------------------------------------------

def test_generated_secret_writes_a_password_nobody_sees():
    from atlas.constructs.secrets import GeneratedSecret, GeneratedSecretProps

    holder = {}

    def make(stack):
        holder["s"] = GeneratedSecret(stack, "db_user", GeneratedSecretProps(
            name="app/db-user", description="replication user", kms_key_arn=KEY, fields={"username": "cdc"},
            password_length=40, version=2))
    doc = synth_construct(make)
    (secret,) = resources(doc, "aws_secretsmanager_secret").values()
    assert secret["kms_key_id"] == KEY
    (version,) = resources(doc, "aws_secretsmanager_secret_version").values()
    assert "secret_string" not in version and "lifecycle" not in version
    assert version["secret_string_wo"] == ('${jsonencode({"password" = ephemeral.aws_secretsmanager_random_password.'
                                           'db_user_password.random_password, "username" = "cdc"})}')
    assert version["secret_string_wo_version"] == 2
    assert doc["ephemeral"] == {"aws_secretsmanager_random_password": {"db_user_password": {
        "exclude_punctuation": True, "password_length": 40, "require_each_included_type": True}}}
    assert holder["s"].value_from("password").endswith(":password::")
    assert holder["s"].keys == ("password", "username")


@pytest.mark.parametrize("props, message", [
    (dict(fields={"password": "x"}), "generated key"),
    (dict(fields={"username": "${var.user}"}), "literal string"),
    (dict(password_length=8), "16-4096"),
    (dict(version=0), "starts at 1"),
])
def test_generated_secret_refuses_what_would_break_it(props, message):
    from atlas.constructs.secrets import GeneratedSecretProps

    with pytest.raises(ValueError, match=message):
        GeneratedSecretProps(name="n", description="d", kms_key_arn=KEY, **props)
