"""Gate 2: no credential literal reaches any synthesized root (rules in atlas.secrets_scan)."""

from __future__ import annotations

import json

import pytest

from atlas.secrets_scan import high_entropy_runs, scan


def test_no_root_holds_a_credential_literal(synthesized):
    found = {name: scan(synthesized.doc(name)) for name in synthesized.names}
    assert {n: f for n, f in found.items() if f} == {}


def _resource(rtype: str, **body) -> dict:
    return {"resource": {rtype: {"x": body}}}


@pytest.mark.parametrize("doc, expected", [
    (_resource("aws_db_instance", password="hunter2-hunter2"), "resource.aws_db_instance.x.password"),
    (_resource("aws_secretsmanager_secret_version", secret_string='{"user":"a","pw":"b"}'), "secret_string.pw"),
    # A seeded secret is judged by its content: a literal under a credential-like key is caught,
    # however harmless its neighbours are.
    (_resource("aws_secretsmanager_secret_version",
               secret_string=json.dumps({"username": "admin", "password": "hunter2-hunter2"})),
     "secret_string.password"),
    (_resource("aws_secretsmanager_secret_version",
               secret_string=json.dumps({"KAFKA_TOPIC": "t", "SPRING_DATASOURCE_PASSWORD": "s3cr3t"})),
     "SPRING_DATASOURCE_PASSWORD"),
    (_resource("aws_secretsmanager_secret_version",
               secret_string=json.dumps({"auth": {"API_KEY": "k-1"}, "NEW_RELIC_LICENSE_KEY": ""})),
     "secret_string.auth.API_KEY"),
    (_resource("aws_secretsmanager_secret_version",
               secret_string=json.dumps({"NEW_RELIC_LICENSE_KEY": "eu01xx0123", "CLIENT_SECRET": ""})),
     "NEW_RELIC_LICENSE_KEY"),
    (_resource("aws_secretsmanager_secret_version",
               secret_string=json.dumps({"PRIVATE_KEY": "k", "TOKEN": "t"})), "secret_string.TOKEN"),
    (_resource("aws_secretsmanager_secret_version", secret_string="plain-password"), "payload is a literal"),
    (_resource("aws_secretsmanager_secret_version", secret_string='["a", "b"]'), "payload is a literal"),
    # A connection string with a literal password, in a secret or anywhere else.
    (_resource("aws_secretsmanager_secret_version",
               secret_string=json.dumps({"DATABASE_URL": "postgres://app:hunter2@db:5432/app"})),
     "URL carries a literal password"),
    (_resource("aws_ecs_task_definition", container_definitions=json.dumps(
        [{"environment": [{"name": "REDIS_URL", "value": "rediss://default:pw123@cache:6379"}]}])),
     "URL carries a literal password"),
    (_resource("aws_mq_broker", user=[{"username": "u", "password": "p4ssw0rd"}]), "user[0].password"),
    (_resource("aws_elasticache_replication_group", auth_token="x" * 16), "auth_token"),
    ({"provider": {"aws": [{"access_key": "AKIAIOSFODNN7EXAMPLE", "secret_key": "abc"}]}},
     "contains an AWS access key id"),
    ({"provider": {"aws": [{"secret_key": "abc"}]}}, "provider.aws[0].secret_key"),
    (_resource("aws_iam_role", tags={"note": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}), "high-entropy"),
    (_resource("aws_iam_server_certificate", private_key="-----BEGIN RSA PRIVATE KEY-----\nMIIB"), "PEM private key"),
    (_resource("aws_ssm_parameter", value="x", api_key="k-123"), "api_key"),
    ({"output": {"db_password": {"value": "literal", "sensitive": True}}}, "output.db_password"),
    ({"variable": {"token": {"type": "string", "sensitive": True, "default": "t"}}}, "variable.token"),
])
def test_crafted_credentials_are_found(doc, expected):
    found = scan(doc)
    assert any(expected in f for f in found), found


@pytest.mark.parametrize("doc", [
    _resource("aws_db_instance", password="${aws_secretsmanager_secret_version.db.secret_string}"),
    _resource("aws_db_instance", manage_master_user_password=True, master_user_secret_kms_key_id="arn:aws:kms:x"),
    _resource("aws_cloudwatch_log_group", kms_key_id="arn:aws:kms:eu-west-1:111111111111:key/1234"),
    _resource("aws_msk_scram_secret_association", secret_arn_list=["${aws_secretsmanager_secret.k.arn}"]),
    # Seeded runtime configuration: topic names, URLs, mechanism names, user names and empty
    # credential placeholders that operators fill in.
    _resource("aws_secretsmanager_secret_version", secret_string=json.dumps({
        "KAFKA_BROKERS": "${aws_msk_cluster.msk_cluster.bootstrap_brokers_sasl_iam}",
        "KAFKA_EVENTS_TOPIC": "atlas.events.raw", "KAFKA_SASL_MECHANISM": "AWS_MSK_IAM",
        "CAMUNDA_BASE_URL": "http://camunda:8080/engine-rest", "SPRING_DATASOURCE_PASSWORD": "",
        "CLICKHOUSE_KEY_SECRET": "", "DATABASE_URL": ""})),
    _resource("aws_secretsmanager_secret_version", secret_string=json.dumps({"username": "debezium", "password": ""})),
    _resource("aws_secretsmanager_secret_version",
              secret_string=json.dumps({"password": "${random_password.db.result}"})),
    _resource("aws_secretsmanager_secret_version", secret_string="${random_password.db.result}"),
    _resource("aws_secretsmanager_secret_version", secret_string=json.dumps(
        {"DATABASE_URL": "postgres://app:${random_password.db.result}@db:5432/app"})),
    _resource("aws_secretsmanager_secret", name="atlas/db", kms_key_id="alias/atlas-secrets",
              recovery_window_in_days=30),
    _resource("aws_iam_role", name="poc-atlas-dev-vpc-flow-logs-role-with-a-long-name",
              assume_role_policy='{"Statement":[{"Action":"sts:AssumeRole","Resource":"arn:aws:iam::111111111111:root"}]}'),
    _resource("aws_ecs_task_definition", family="f",
              container_definitions='[{"secrets":[{"name":"DB_PASSWORD","valueFrom":"arn:aws:secretsmanager:x"}]}]'),
    {"output": {"secret_arn": {"value": "${aws_secretsmanager_secret.k.arn}", "sensitive": True}},
     "//": {"metadata": {"uniqueId": "Zx9Qp2Lm7Rt4Vb8Nc1Kd6Hf3Jg5Ws0Ye"}}},
])
def test_references_and_pointers_are_allowed(doc):
    assert scan(doc) == []


def test_entropy_rule_needs_mixed_case_digits_and_length():
    assert high_entropy_runs("Zx9Qp2Lm7Rt4Vb8Nc1Kd6Hf3Jg5Ws0Ye") != []
    assert high_entropy_runs("Zx9Qp2Lm7Rt4Vb8Nc1Kd6") == []            # too short
    assert high_entropy_runs("abcdefghijklmnopqrstuvwxyz012345") == []  # no upper case
    assert high_entropy_runs("${Zx9Qp2Lm7Rt4Vb8Nc1Kd6Hf3Jg5Ws0Ye}") == []  # inside a reference
    assert high_entropy_runs("10.20.0.0/16 poc-atlas-dev-private-eu-west-1a") == []


def test_an_eks_oidc_issuer_is_an_identifier_not_a_secret():
    """IRSA trust policies name the cluster's issuer (a public 32-digit hex id); a random
    run next to it is still found."""
    issuer = "oidc.eks.eu-central-1.amazonaws.com/id/5C9D4E1A2B3F4A5B6C7D8E9F0A1B2C3D"
    assert high_entropy_runs("com/id/5C9D4E1A2B3F4A5B6C7D8E9F0A1B2C3D") != []  # the bare run looks random...
    assert high_entropy_runs(f'{{"{issuer}:sub":"system:serviceaccount:ns:sa"}}') == []  # ...the issuer is not
    assert high_entropy_runs(f"{issuer} Zx9Qp2Lm7Rt4Vb8Nc1Kd6Hf3Jg5Ws0Ye") != []
