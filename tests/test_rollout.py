"""Rollout steps (atlas.rollout): what AWS refuses at creation is staged, and the first
apply of a new environment is planned step by step."""

from __future__ import annotations

import pytest

from atlas.rollout import in_state, next_step, task_due, value_at
from atlas.rules.base import RULES

STAGED = ("atlas-staging", "atlas-prod")  # MSK public access / multi-VPC connectivity
# Debezium's connector waits for the one-off task that creates its database user.
TASK_STEPS = ("kraken-dev-data-plane", "kraken-prod-data-plane")


def cluster(connectivity: dict) -> dict:
    return {"terraform": {"required_version": ">= 1.11"}, "resource": {"aws_msk_cluster": {"c": {
        "broker_node_group_info": {"connectivity_info": connectivity}}}}}


def test_the_rule_refuses_connectivity_asked_for_at_creation():
    rule = RULES["msk_connectivity_at_create"]
    public = cluster({"public_access": {"type": "SERVICE_PROVIDED_EIPS"}})
    (finding,) = rule(public)
    assert finding[0] == "aws_msk_cluster.c" and "rollout step" in finding[1]
    multi = cluster({"vpc_connectivity": {"client_authentication": {"sasl": {"iam": True, "scram": False}}}})
    assert ["iam" in fix for _, fix in rule(multi)] == [True]
    # HCL-to-JSON writes nested blocks as lists of one
    assert len(list(rule(cluster([{"public_access": [{"type": "SERVICE_PROVIDED_EIPS"}]}])))) == 1
    staged = cluster({"public_access": {"type": '${var.rollout_step <= 1 ? "DISABLED" : "SERVICE_PROVIDED_EIPS"}'},
                      "vpc_connectivity": {"client_authentication": {"sasl": {
                          "iam": "${var.rollout_step <= 1 ? false : true}", "scram": False}}}})
    assert list(rule(staged)) == []


@pytest.mark.parametrize("name", STAGED)
def test_roots_that_need_a_step_declare_it_with_its_gate(synthesized, name):
    doc, entry = synthesized.doc(name), synthesized.entry(name)
    (step,) = entry["rollout"]
    assert step["step"] == 1 and step["tfvars"] == {"rollout_step": 1}
    kind, _, resource = step["until_in_state"].partition(".")
    assert resource in doc["resource"][kind], "the gate is a resource of the same root"
    variable = doc["variable"]["rollout_step"]
    assert variable["type"] == "number" and variable["default"] == 2, "a plain plan or apply is the steady state"


def test_roots_without_create_time_settings_have_no_step(synthesized):
    plain = [n for n in synthesized.names if n not in STAGED + TASK_STEPS]
    assert plain and all(synthesized.entry(n)["rollout"] == [] for n in plain)
    assert all("rollout_step" not in synthesized.doc(n).get("variable", {}) for n in plain)


def test_next_step_runs_a_step_only_while_its_gate_is_missing():
    steps = [{"step": 1, "until_in_state": "aws_msk_cluster.a"}, {"step": 2, "until_in_state": "aws_x.b"}]
    assert next_step(steps, [])["step"] == 1
    assert next_step(steps, ["aws_msk_cluster.a"])["step"] == 2
    assert next_step(steps, ["aws_msk_cluster.a", "aws_x.b"]) is None  # an existing environment: steady only


@pytest.mark.parametrize("name", TASK_STEPS)
def test_the_debezium_connector_waits_for_the_task_that_creates_its_user(synthesized, name):
    doc, (step,) = synthesized.doc(name), synthesized.entry(name)["rollout"]
    assert step["until_in_state"] == "aws_mskconnect_connector.debezium_connector[0]"
    connector = doc["resource"]["aws_mskconnect_connector"]["debezium_connector"]
    assert value_at(connector["count"], 1) == 0 and value_at(connector["count"], 2) == 1
    assert connector["depends_on"] == ["aws_secretsmanager_secret_version.cdc_user_secret_seed"]
    task = step["task"]
    kind, _, resource = task["after_in_state"].partition(".")
    definition = doc["resource"][kind][resource]
    assert "count" not in definition, "the task definition exists from the step on"
    assert task["name"] in doc["output"][task["output"]]["value"]
    (container,) = __import__("json").loads(definition["container_definitions"])
    assert container["entryPoint"] == ["sh", "-c"] and "psql" in container["command"][0]
    # the other connectors do not wait
    assert "count" not in doc["resource"]["aws_mskconnect_connector"]["s3_sink_mnpi_connector"]


def test_a_task_step_runs_its_task_between_its_apply_and_the_gate():
    task = {"name": "setup", "after_in_state": "aws_ecs_task_definition.t", "output": "one_off_tasks", "why": "w"}
    steps = [{"step": 1, "until_in_state": "aws_x.gate[0]", "task": task}]
    empty: list[str] = []
    assert next_step(steps, empty)["step"] == 1 and task_due(next_step(steps, empty), empty) is None  # apply it
    applied = ["aws_ecs_task_definition.t"]
    assert task_due(next_step(steps, applied), applied) == task  # then the task
    assert next_step(steps, applied, done={1}) is None  # then the steady apply creates the gate
    steady = applied + ["aws_x.gate[0]"]
    assert next_step(steps, steady) is None and task_due(next_step(steps, steady), steady) is None


def test_a_gate_staged_with_count_is_present_under_its_old_address():
    """An environment created before the connector was staged still lists it without [0]:
    it is not a new environment, and no step (which would remove the connector) runs."""
    assert in_state("aws_x.gate[0]", ["aws_x.gate"]) and in_state("aws_x.gate[0]", ["aws_x.gate[0]"])
    assert not in_state("aws_x.gate", ["aws_x.gate[0]"]) and not in_state("aws_x.gate[0]", ["aws_x.gatex"])
    steps = [{"step": 1, "until_in_state": "aws_x.gate[0]"}]
    assert next_step(steps, ["aws_x.gate"]) is None


def _connectivity(after: dict) -> dict:
    def first(block):
        return (block[0] if block else {}) if isinstance(block, list) else (block or {})
    return first(first(after["broker_node_group_info"]).get("connectivity_info"))


@pytest.mark.slow
@pytest.mark.parametrize("name", STAGED)
def test_the_first_apply_creates_the_cluster_as_aws_accepts_it(plans, synthesized, name):
    """Planned from an empty state with ``-var rollout_step=1``: the cluster AWS is asked to
    create has public access DISABLED and every multi-VPC scheme off."""
    result = plans[name]
    assert result.ok, result.error
    gate = synthesized.entry(name)["rollout"][0]["until_in_state"]
    created = _connectivity(result.steps[1][gate])
    public = created.get("public_access") or []
    assert all(p.get("type") in ("DISABLED", None) for p in public)
    for vpc in created.get("vpc_connectivity") or []:
        for auth in vpc.get("client_authentication") or []:
            assert auth.get("tls") in (False, None)
            assert all(v in (False, None) for s in auth.get("sasl") or [] for v in s.values())


def test_value_at_reads_a_staged_value_at_each_step():
    staged = '${var.rollout_step <= 1 ? "DISABLED" : "SERVICE_PROVIDED_EIPS"}'
    assert value_at(staged, 1) == "DISABLED" and value_at(staged, 2) == "SERVICE_PROVIDED_EIPS"
    assert value_at("${var.rollout_step <= 2 ? false : true}", 2) is False
    assert value_at("plain", 1) == "plain" and value_at(True, 1) is True


@pytest.mark.slow
@pytest.mark.parametrize("name", TASK_STEPS)
def test_the_cdc_step_plans_everything_but_the_connector(plans, synthesized, name):
    """Planned from an empty state with ``-var rollout_step=1``: the task definition, the
    user's secret and the other connectors are created, Debezium's connector is not; the
    steady plan creates it."""
    result = plans[name]
    assert result.ok, result.error
    (step,) = synthesized.entry(name)["rollout"]
    first = result.steps[1]
    assert step["task"]["after_in_state"] in first and "aws_secretsmanager_secret.cdc_user_secret_secret" in first
    assert not any(a.startswith("aws_mskconnect_connector.debezium_connector") for a in first)
    assert "aws_mskconnect_connector.s3_sink_mnpi_connector" in first
