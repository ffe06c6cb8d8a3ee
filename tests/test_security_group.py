"""WorkloadSecurityGroup and data_store_group: no ingress until a source is allowed, one
described rule per source and port, CIDR rules for IPv4 and IPv6, the egress switch."""

from __future__ import annotations

import pytest

from atlas.cdk import Construct
from atlas.constructs.security_group import WorkloadSecurityGroup, data_store_group
from tests.helpers import resources, synth_construct

VPC = "vpc-0123456789abcdef0"


def group(scope, cid: str, name: str, **kwargs) -> WorkloadSecurityGroup:
    return WorkloadSecurityGroup(scope, cid, name=name, description=f"{name} tasks", vpc_id=VPC, **kwargs)


def ingress(doc: dict) -> list[dict]:
    return list(resources(doc, "aws_vpc_security_group_ingress_rule").values())


def egress(doc: dict) -> list[dict]:
    return list(resources(doc, "aws_vpc_security_group_egress_rule").values())


def group_ref(doc: dict, name: str) -> str:
    (address,) = [a for a, g in resources(doc, "aws_security_group").items() if g["name"] == name]
    return f"${{aws_security_group.{address}.id}}"


def test_a_new_group_admits_nothing_and_may_reach_everything():
    doc = synth_construct(lambda stack: group(stack, "app", "atlas-test-app"))
    (sg,) = resources(doc, "aws_security_group").values()
    assert sg["name"] == "atlas-test-app" and sg["description"] == "atlas-test-app tasks" and sg["vpc_id"] == VPC
    assert sg["tags"]["Name"] == "atlas-test-app"
    assert "ingress" not in sg and "egress" not in sg  # rules are separate resources
    assert ingress(doc) == []
    (out,) = egress(doc)
    assert out["security_group_id"] == group_ref(doc, "atlas-test-app")
    assert out["ip_protocol"] == "-1" and out["cidr_ipv4"] == "0.0.0.0/0"
    assert out["description"]


def test_egress_can_be_switched_off():
    doc = synth_construct(lambda stack: group(stack, "app", "atlas-test-app", allow_all_egress=False))
    assert egress(doc) == [] and ingress(doc) == []
    assert len(resources(doc, "aws_security_group")) == 1


def test_allow_from_adds_one_described_rule_per_source_and_port():
    def build(stack):
        api, web, worker = (group(stack, n, f"atlas-test-{n}") for n in ("api", "web", "worker"))
        api.allow_from(web, 8080, description="web to api")
        api.allow_from(web, 9090, description="web to api metrics")
        api.allow_from(worker, 8080, description="worker to api")
        worker.allow_from(api, 7000, to_port=7010, description="api to worker range")

    doc = synth_construct(build)
    rules = ingress(doc)
    assert len(rules) == 4
    api, web, worker = (group_ref(doc, f"atlas-test-{n}") for n in ("api", "web", "worker"))
    found = {(r["security_group_id"], r["referenced_security_group_id"], r["from_port"], r["to_port"]): r
             for r in rules}
    assert set(found) == {(api, web, 8080, 8080), (api, web, 9090, 9090), (api, worker, 8080, 8080),
                          (worker, api, 7000, 7010)}
    assert found[api, worker, 8080, 8080]["description"] == "worker to api"
    assert found[worker, api, 7000, 7010]["description"] == "api to worker range"
    for rule in rules:
        assert rule["ip_protocol"] == "tcp"
        assert "cidr_ipv4" not in rule and "cidr_ipv6" not in rule  # only the named group
        assert rule["tags"]["Name"].startswith("atlas-test-")
    assert found[api, web, 9090, 9090]["tags"]["Name"] == "atlas-test-api-from-atlas-test-web-9090"


def test_allow_from_cidrs_makes_one_rule_per_cidr_in_the_right_family():
    def build(stack):
        g = group(stack, "msk", "atlas-test-msk")
        g.allow_from_cidrs("clients", ["203.0.113.0/28", "2001:db8::/64", "198.51.100.7/32"], 9198,
                           description="office clients")

    doc = synth_construct(build)
    rules = ingress(doc)
    assert len(rules) == 3
    families = {(r.get("cidr_ipv4"), r.get("cidr_ipv6")) for r in rules}
    assert families == {("203.0.113.0/28", None), (None, "2001:db8::/64"), ("198.51.100.7/32", None)}
    for rule in rules:
        assert rule["from_port"] == rule["to_port"] == 9198 and rule["ip_protocol"] == "tcp"
        assert rule["description"] == "office clients"
        assert rule["security_group_id"] == group_ref(doc, "atlas-test-msk")
        assert "referenced_security_group_id" not in rule
    assert len({r["tags"]["Name"] for r in rules}) == 3


def test_allow_from_cidrs_with_no_cidrs_opens_nothing():
    doc = synth_construct(lambda stack: group(stack, "msk", "atlas-test-msk").allow_from_cidrs(
        "clients", [], 9198, description="none"))
    assert ingress(doc) == []


def test_allow_from_cidrs_refuses_what_is_not_a_network():
    with pytest.raises(ValueError):
        synth_construct(lambda stack: group(stack, "msk", "atlas-test-msk").allow_from_cidrs(
            "clients", ["not-a-cidr"], 9198, description="bad"))


def test_data_store_group_admits_its_clients_on_its_port_only_and_has_no_egress():
    made = {}

    def build(stack):
        app, jobs = group(stack, "app", "atlas-test-app"), group(stack, "jobs", "atlas-test-jobs")
        store = Construct(stack, "db")
        made["group"] = data_store_group(store, name="atlas-test-db", description="PostgreSQL", vpc_id=VPC,
                                         clients=[app, jobs], port=5432, service="PostgreSQL")

    doc = synth_construct(build)
    assert made["group"].name == "atlas-test-db"
    assert "db_security_group_group" in resources(doc, "aws_security_group")  # created as <store>/security_group
    db = group_ref(doc, "atlas-test-db")
    rules = [r for r in ingress(doc) if r["security_group_id"] == db]
    assert len(rules) == len(ingress(doc)) == 2
    assert {r["referenced_security_group_id"]: r["description"] for r in rules} == {
        group_ref(doc, "atlas-test-app"): "atlas-test-app to PostgreSQL",
        group_ref(doc, "atlas-test-jobs"): "atlas-test-jobs to PostgreSQL"}
    assert all(r["from_port"] == r["to_port"] == 5432 and r["ip_protocol"] == "tcp" for r in rules)
    # The clients keep their egress; the store has none.
    assert {e["security_group_id"] for e in egress(doc)} == {group_ref(doc, "atlas-test-app"),
                                                             group_ref(doc, "atlas-test-jobs")}


def test_groups_named_by_id_get_one_rule_each_with_the_cidr_rules_id_shape():
    """One vocabulary for groups another stack owns: a tuple of ids, one rule per id,
    ``from_<label>_<port>_group_<i>`` (Kraken's runner and platform events' both use it)."""
    made = {}

    def build(stack):
        made["rules"] = group(stack, "msk", "atlas-test-msk", allow_all_egress=False).allow_from_group_ids(
            "runner", ("sg-0a1b2c3d4e5f60718", "sg-0b1c2d3e4f5a60719"), 9098, description="runner to MSK")

    doc = synth_construct(build)
    rules = resources(doc, "aws_vpc_security_group_ingress_rule")
    assert sorted(rules) == ["msk_from_runner_9098_group_0", "msk_from_runner_9098_group_1"]
    assert len(made["rules"]) == 2
    assert [rules[f"msk_from_runner_9098_group_{i}"]["referenced_security_group_id"] for i in (0, 1)] == [
        "sg-0a1b2c3d4e5f60718", "sg-0b1c2d3e4f5a60719"]
    for i, rule in enumerate(rules[f"msk_from_runner_9098_group_{i}"] for i in (0, 1)):
        assert (rule["from_port"], rule["to_port"], rule["ip_protocol"]) == (9098, 9098, "tcp")
        assert rule["security_group_id"] == group_ref(doc, "atlas-test-msk")
        assert rule["description"] == "runner to MSK" and "cidr_ipv4" not in rule
        assert rule["tags"]["Name"] == f"atlas-test-msk-from-runner-group-{i}"


def test_groups_named_by_id_refuse_a_bare_string_and_a_repeated_group():
    with pytest.raises(TypeError, match="tuple of group ids"):
        synth_construct(lambda stack: group(stack, "msk", "atlas-test-msk").allow_from_group_ids(
            "runner", "sg-0a1b2c3d4e5f60718", 9098, description="runner"))
    with pytest.raises(ValueError, match="sg-0a1b2c3d4e5f60718 more than once"):
        synth_construct(lambda stack: group(stack, "msk", "atlas-test-msk").allow_from_group_ids(
            "runner", ("sg-0a1b2c3d4e5f60718", "sg-0a1b2c3d4e5f60718"), 9098, description="runner"))
    assert not hasattr(WorkloadSecurityGroup, "allow_from_group_id")  # the single-id form is gone
