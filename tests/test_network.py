"""The network construct: subnets, routes, NAT per setting, S3 endpoint, flow logs, SG rules."""

from __future__ import annotations

import pytest

from atlas.constructs.network import Network, NetworkProps
from tests.helpers import policy, resources, synth_construct

PROPS = dict(name="test-net", cidr="10.0.0.0/16", availability_zones=("eu-west-1a", "eu-west-1b", "eu-west-1c"),
             public_subnet_cidrs=("10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"),
             private_subnet_cidrs=("10.0.10.0/24", "10.0.11.0/24", "10.0.12.0/24"),
             region="eu-west-1", account_id="111111111111", log_kms_key_arn="arn:aws:kms:eu-west-1:111111111111:key/x")


def build(**overrides) -> dict:
    def make(stack):
        net = Network(stack, "network", NetworkProps(**{**PROPS, **overrides}))
        app = net.security_group("app", name="app", description="app tasks")
        db = net.security_group("db", name="db", description="database", allow_all_egress=False)
        db.allow_from(app, 5432, description="app to postgres")
    return synth_construct(make)


@pytest.fixture(scope="module")
def doc():
    return build()


def test_vpc_has_dns_and_the_configured_cidr(doc):
    (vpc,) = resources(doc, "aws_vpc").values()
    assert vpc["cidr_block"] == "10.0.0.0/16"
    assert vpc["enable_dns_support"] is True and vpc["enable_dns_hostnames"] is True


def test_subnets_follow_settings_one_per_zone(doc):
    subnets = resources(doc, "aws_subnet")
    public = {s["availability_zone"]: s["cidr_block"] for s in subnets.values() if s["tags"]["tier"] == "public"}
    private = {s["availability_zone"]: s["cidr_block"] for s in subnets.values() if s["tags"]["tier"] == "private"}
    assert public == {"eu-west-1a": "10.0.0.0/24", "eu-west-1b": "10.0.1.0/24", "eu-west-1c": "10.0.2.0/24"}
    assert private == {"eu-west-1a": "10.0.10.0/24", "eu-west-1b": "10.0.11.0/24", "eu-west-1c": "10.0.12.0/24"}
    assert all(s.get("map_public_ip_on_launch") is False for s in subnets.values() if s["tags"]["tier"] == "public")


def test_nat_gateway_per_zone_by_default_and_private_routes_use_their_own(doc):
    nats = resources(doc, "aws_nat_gateway")
    assert len(nats) == 3
    routes = resources(doc, "aws_route")
    private = [r for n, r in routes.items() if n.startswith("network_private_default_route_")]
    assert sorted(r["nat_gateway_id"] for r in private) == sorted(f"${{aws_nat_gateway.{n}.id}}" for n in nats)
    public = routes["network_public_default_route"]
    assert public["destination_cidr_block"] == "0.0.0.0/0" and "aws_internet_gateway" in public["gateway_id"]


def test_single_nat_gateway_switch_routes_every_zone_through_one():
    doc = build(single_nat_gateway=True)
    (nat_name,) = resources(doc, "aws_nat_gateway")
    assert len(resources(doc, "aws_eip")) == 1
    private = [r for n, r in resources(doc, "aws_route").items() if n.startswith("network_private_default_route_")]
    assert len(private) == 3 and {r["nat_gateway_id"] for r in private} == {f"${{aws_nat_gateway.{nat_name}.id}}"}


def test_s3_gateway_endpoint_serves_every_private_route_table(doc):
    (endpoint,) = resources(doc, "aws_vpc_endpoint").values()
    assert endpoint["vpc_endpoint_type"] == "Gateway"
    assert endpoint["service_name"] == "com.amazonaws.eu-west-1.s3"
    assert len(endpoint["route_table_ids"]) == 3


def test_flow_logs_capture_all_traffic_into_an_encrypted_group_with_retention(doc):
    (flow,) = resources(doc, "aws_flow_log").values()
    assert flow["traffic_type"] == "ALL" and flow["log_destination_type"] == "cloud-watch-logs"
    (group,) = resources(doc, "aws_cloudwatch_log_group").values()
    assert group["retention_in_days"] == 90 and group["kms_key_id"].startswith("arn:aws:kms:")
    (role_policy,) = resources(doc, "aws_iam_role_policy").values()
    statement = policy(role_policy)["Statement"][0]
    assert "*" not in statement["Resource"] and set(statement["Action"]) <= {
        "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"}


def test_default_security_group_is_emptied(doc):
    (default,) = resources(doc, "aws_default_security_group").values()
    assert "ingress" not in default and "egress" not in default


def test_ingress_rules_name_their_source_group_not_a_cidr(doc):
    (rule,) = resources(doc, "aws_vpc_security_group_ingress_rule").values()
    assert rule["from_port"] == rule["to_port"] == 5432
    assert rule["referenced_security_group_id"].startswith("${aws_security_group.network_app_group")
    assert "cidr_ipv4" not in rule
    egress = resources(doc, "aws_vpc_security_group_egress_rule")
    assert [n for n in egress] == ["network_app_egress_all"]  # the database got no egress
