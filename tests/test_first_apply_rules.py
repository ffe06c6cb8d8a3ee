"""The first-apply rules added for the Atlas roots (container contracts, runtime secret
keys, artifacts, S3 write ordering, production protection): each fails on a crafted bad
root and passes its fixed form; the real roots show the fix in their JSON."""

from __future__ import annotations

import json

import pytest

from atlas.rules import images
from atlas.rules.base import RULES

GOOD_TERRAFORM = {"terraform": {"required_version": ">= 1.11"}}


def check(name: str, doc: dict) -> list[tuple[str, str]]:
    return list(RULES[name](doc))


def root(resource: dict, **more) -> dict:
    return {**GOOD_TERRAFORM, "resource": resource, **more}


def _task(container: dict, **resources) -> dict:
    return root({"aws_ecs_task_definition": {"t": {"container_definitions": json.dumps([container])}}, **resources})


# -- container_environment ---------------------------------------------------------------------

CAMUNDA = "camunda/camunda-bpm-platform:run-7.22.0"


def test_container_environment_refuses_what_camunda_sh_overwrites():
    bad = _task({"name": "c", "image": CAMUNDA, "secrets": [
        {"name": "SPRING_DATASOURCE_URL", "valueFrom": "arn:aws:secretsmanager:r:1:secret:x:SPRING_DATASOURCE_URL::"}]})
    (finding,) = check("container_environment", bad)
    assert finding[0] == "aws_ecs_task_definition.t[c]"
    assert "SPRING_DATASOURCE_URL is overwritten" in finding[1] and "set DB_URL instead" in finding[1]
    fixed = _task({"name": "c", "image": CAMUNDA, "environment": [{"name": "DB_DRIVER", "value": "org.postgresql.Driver"}],
                   "secrets": [{"name": k, "valueFrom": f"arn:aws:secretsmanager:r:1:secret:x:{k}::"}
                               for k in ("DB_URL", "DB_USERNAME", "DB_PASSWORD")]})
    assert check("container_environment", fixed) == []


@pytest.mark.parametrize("image, name, read", [
    (CAMUNDA, "DB_CONN_MAXACTIVE", False),           # read only by the tomcat/wildfly scripts
    (CAMUNDA, "CAMUNDA_BPM_ADMIN_USER_ID", True),    # Spring relaxed binding of camunda.bpm.*
    ("ghcr.io/kafbat/kafka-ui:v1.2.0", "KAFKA_CLUSTERS_0_NAME", True),
    ("ghcr.io/kafbat/kafka-ui:v1.2.0", "KAFKA_BROKERS", False),
    ("ghcr.io/kafbat/kafka-ui:v1.2.0", "AUTH_TYPE", True),
    ("confluentinc/cp-schema-registry:7.6.1", "SCHEMA_REGISTRY_PORT", False),
    ("prom/prometheus:v2.53.4", "PROMETHEUS_CONFIG", False),
])
def test_container_environment_knows_what_each_image_reads(image, name, read):
    doc = _task({"name": "c", "image": image, "environment": [{"name": name, "value": "x"}]})
    assert (check("container_environment", doc) == []) is read


def test_a_variable_the_containers_own_script_reads_is_fine():
    doc = _task({"name": "p", "image": "prom/prometheus:v2.53.4", "entryPoint": ["/bin/sh", "-c"],
                 "command": ['printf "%s" "$PROMETHEUS_CONFIG" > /tmp/p.yml && exec /bin/prometheus'],
                 "environment": [{"name": "PROMETHEUS_CONFIG", "value": "x"}]})
    assert check("container_environment", doc) == []
    # Own applications and unverified images are not judged.
    for image in ("111111111111.dkr.ecr.eu-west-1.amazonaws.com/atlas/scoring:0.9.4",
                  "public.ecr.aws/kraken/cruise-control:2.5.138"):
        assert check("container_environment", _task({"name": "x", "image": image,
                                                      "environment": [{"name": "ANY", "value": "1"}]})) == []


def test_every_verified_image_states_its_environment_contract():
    for facts in images.IMAGES:
        if facts.verified:
            assert facts.environment is not None and facts.source
            assert not set(facts.overwritten) & set(facts.environment), facts.family


def test_camunda_reads_its_datasource_from_db_variables(synthesized):
    for name in ("atlas-staging", "atlas-staging2", "atlas-prod"):
        doc = synthesized.doc(name)
        (container,) = json.loads(doc["resource"]["aws_ecs_task_definition"]["camunda_task_definition"]
                                  ["container_definitions"])
        assert {e["name"]: e["value"] for e in container["environment"]} == {"DB_DRIVER": "org.postgresql.Driver"}
        assert {s["name"] for s in container["secrets"]} == {"DB_URL", "DB_USERNAME", "DB_PASSWORD"}
        seeded = json.loads(doc["resource"]["aws_secretsmanager_secret_version"]["camunda_secret_seed"]
                            ["secret_string"])
        assert seeded == {"DB_PASSWORD": "", "DB_URL": "", "DB_USERNAME": ""}


# -- runtime_secret_keys -----------------------------------------------------------------------

def _secret_root(seed: dict, keys: list[str]) -> dict:
    container = {"name": "app", "image": "app:1", "secrets": [
        {"name": k, "valueFrom": f"${{aws_secretsmanager_secret.s.arn}}:{k}::"} for k in keys]}
    return _task(container, aws_secretsmanager_secret={"s": {}}, aws_secretsmanager_secret_version={
        "seed": {"secret_id": "${aws_secretsmanager_secret.s.id}", "secret_string": json.dumps(seed)}})


def test_runtime_secret_keys():
    (finding,) = check("runtime_secret_keys", _secret_root({"A": "1"}, ["A", "SCORING_BASE_URL"]))
    assert finding[0] == "aws_ecs_task_definition.t[app]" and "reads key SCORING_BASE_URL" in finding[1]
    assert check("runtime_secret_keys", _secret_root({"A": "1", "SCORING_BASE_URL": ""}, ["A", "SCORING_BASE_URL"])) == []
    # A write-only value cannot be read from the JSON: nothing to judge.
    doc = _secret_root({}, ["A"])
    doc["resource"]["aws_secretsmanager_secret_version"]["seed"] = {"secret_id": "${aws_secretsmanager_secret.s.id}",
                                                                     "secret_string_wo": "${ephemeral.x.y}"}
    assert check("runtime_secret_keys", doc) == []


@pytest.mark.parametrize("enabled", [False, True])
def test_documented_runtime_keys_reach_the_dashboard_either_way(synthesized, enabled):
    """SCORING_BASE_URL is listed whether Terraform seeds its value or operators add it."""
    name = "atlas-staging2" if enabled else "atlas-staging"
    doc = synthesized.doc(name)
    (container,) = json.loads(doc["resource"]["aws_ecs_task_definition"]["dashboard_task_definition"]
                              ["container_definitions"])
    assert {"DATABASE_URL", "REDIS_URL", "SCORING_BASE_URL", "KAFKA_BROKERS"} <= {s["name"] for s in container["secrets"]}
    seeded = json.loads(doc["resource"]["aws_secretsmanager_secret_version"]["dashboard_secret_seed"]["secret_string"])
    assert seeded["SCORING_BASE_URL"] == ("http://scoring:8083" if enabled else "")
