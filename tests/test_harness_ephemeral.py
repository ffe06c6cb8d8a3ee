"""The offline plan's stand-in for the Secrets Manager calls of ephemeral resources."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from atlas.harness.ephemeral import FAKE_PASSWORD, EphemeralApi, secret_keys_read

READ = '${jsondecode(ephemeral.aws_secretsmanager_secret_version.camunda_db_master_password.secret_string)["DB_PASSWORD"]}'


def _call(url: str, target: str, body: dict) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"X-Amz-Target": target, "Content-Type": "application/x-amz-json-1.1"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_keys_a_root_reads_from_ephemeral_secrets_are_found():
    doc = {"resource": {"aws_db_instance": {"db": {"password_wo": READ}}},
           "other": ['${jsondecode(ephemeral.aws_secretsmanager_secret_version.x.secret_string)["password"]}',
                     '${jsondecode(data.aws_secretsmanager_secret_version.y.secret_string)["NOT_EPHEMERAL"]}']}
    assert secret_keys_read([doc]) == {"DB_PASSWORD", "password"}


def test_a_secret_read_gets_a_fake_value_holding_every_key_the_roots_read():
    with EphemeralApi(secret_keys_read([{"v": READ}])) as url:
        status, body = _call(url, "secretsmanager.GetSecretValue", {"SecretId": "poc-atlas-dev/camunda"})
        assert status == 200 and body["Name"] == "poc-atlas-dev/camunda"
        assert json.loads(body["SecretString"]) == {"DB_PASSWORD": FAKE_PASSWORD}
        status, body = _call(url, "secretsmanager.GetRandomPassword", {})
        assert status == 200 and body["RandomPassword"] == FAKE_PASSWORD


@pytest.mark.parametrize("target", ["secretsmanager.PutSecretValue", "secretsmanager.CreateSecret"])
def test_any_other_call_fails_loudly(target):
    with EphemeralApi() as url:
        status, body = _call(url, target, {})
    assert status == 400 and "not emulated" in body["message"]
