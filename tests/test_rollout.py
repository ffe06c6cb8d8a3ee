"""Rollout steps (atlas.rollout): what AWS refuses at creation is staged, and the first
apply of a new environment is planned step by step."""

from __future__ import annotations

import pytest

from atlas.rollout import next_step, value_at
from atlas.rules.base import RULES

STAGED = ("atlas-staging", "atlas-prod")  # MSK public access / multi-VPC connectivity


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
    plain = [n for n in synthesized.names if n not in STAGED]
    assert plain and all(synthesized.entry(n)["rollout"] == [] for n in plain)
    assert all("rollout_step" not in synthesized.doc(n).get("variable", {}) for n in plain)


def test_next_step_runs_a_step_only_while_its_gate_is_missing():
    steps = [{"step": 1, "until_in_state": "aws_msk_cluster.a"}, {"step": 2, "until_in_state": "aws_x.b"}]
    assert next_step(steps, [])["step"] == 1
    assert next_step(steps, ["aws_msk_cluster.a"])["step"] == 2
    assert next_step(steps, ["aws_msk_cluster.a", "aws_x.b"]) is None  # an existing environment: steady only


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
