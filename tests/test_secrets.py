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
