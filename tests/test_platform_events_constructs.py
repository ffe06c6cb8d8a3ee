"""The constructs the platform-events roots added to the kit, one small stack each."""

from __future__ import annotations

import json

import pytest

from atlas.constructs.iam import policy_document
from atlas.constructs.observability import msk_cluster_alarms
from atlas.constructs.schema_registry import RegisteredSchemas, SchemaRegistry, SchemaSpec
from atlas.constructs.security_group import WorkloadSecurityGroup
from atlas.constructs.workload_identity import WorkloadCompute, WorkloadRole
from tests.helpers import policy, resources, synth_construct

ISSUER = "oidc.eks.eu-central-1.amazonaws.com/id/5C9D4E1A2B3F4A5B6C7D8E9F0A1B2C3D"
OIDC = f"arn:aws:iam::666666666666:oidc-provider/{ISSUER}"


def test_an_ecs_workload_role_trusts_only_this_accounts_tasks():
    doc = synth_construct(lambda s: WorkloadRole(
        s, "gateway", name="pe-gateway", description="d", service_account="event-gateway",
        compute=WorkloadCompute(kind="ecs", account_id="666666666666"), statements=[]))
    role = resources(doc, "aws_iam_role")["gateway_role"]
    assert policy(role, "assume_role_policy")["Statement"] == [{
        "Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "ecs-tasks.amazonaws.com"},
        "Condition": {"StringEquals": {"aws:SourceAccount": "666666666666"}}}]
    assert resources(doc, "aws_iam_role_policy") == {}  # no statements, no empty policy


def test_an_eks_workload_role_trusts_one_service_account_of_one_namespace():
    compute = WorkloadCompute(kind="eks", account_id="666666666666", oidc_provider_arn=OIDC, oidc_issuer=ISSUER,
                              namespace="platform-events")
    trust = json.loads(compute.trust_policy("otel-collector"))["Statement"]
    assert trust == [{"Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity", "Principal": {"Federated": OIDC},
                      "Condition": {"StringEquals": {
                          f"{ISSUER}:sub": "system:serviceaccount:platform-events:otel-collector",
                          f"{ISSUER}:aud": "sts.amazonaws.com"}}}]
    with pytest.raises(ValueError, match="OIDC provider"):
        WorkloadCompute(kind="eks", account_id="666666666666")


def test_schema_readers_get_this_registrys_named_schemas_only():
    found = {}

    def build(scope):
        registry = SchemaRegistry(scope, "registry", name="pe-dev", description="d", region="eu-central-1",
                                  account_id="666666666666")
        found["statements"] = registry.reader_statements(["orders.v1"])

    synth_construct(build)
    statements = json.loads(policy_document(*found["statements"]))["Statement"]
    named, by_id = statements
    registry_arn, schema_arn = named["Resource"]  # the registry (a token here) and the one schema
    assert registry_arn.startswith("${") and schema_arn == "arn:aws:glue:eu-central-1:666666666666:schema/pe-dev/orders.v1"
    assert not any(a.startswith(("glue:Create", "glue:Update", "glue:Delete", "glue:Register"))
                   for a in named["Action"])
    assert (by_id["Action"], by_id["Resource"]) == ("glue:GetSchemaVersion", "*")  # by version id: no ARN exists


def test_registered_schemas_carry_format_compatibility_and_definition():
    spec = SchemaSpec(name="orders.v1", data_format="JSON", definition='{"type":"object"}', compatibility="FULL",
                      description="orders")
    doc = synth_construct(lambda s: RegisteredSchemas(s, "schemas", registry_arn="arn:aws:glue:r", schemas=[spec]))
    schema, = resources(doc, "aws_glue_schema").values()
    assert (schema["schema_name"], schema["data_format"], schema["compatibility"], schema["schema_definition"],
            schema["registry_arn"]) == ("orders.v1", "JSON", "FULL", '{"type":"object"}', "arn:aws:glue:r")
    with pytest.raises(ValueError, match="declared twice"):
        synth_construct(lambda s: RegisteredSchemas(s, "schemas", registry_arn="a", schemas=[spec, spec]))


def test_msk_cluster_alarms_cover_each_broker_and_the_controller():
    specs = msk_cluster_alarms("pe", "pe-cluster", 6)
    assert len(specs) == 3 * 6 + 1
    assert sorted({s.metric for s in specs}) == ["ActiveControllerCount", "CpuUser", "KafkaDataLogsDiskUsed",
                                                  "UnderReplicatedPartitions"]
    assert len({s.name for s in specs}) == len(specs)


def test_groups_named_by_id_are_admitted_on_one_port():
    def build(scope):
        group = WorkloadSecurityGroup(scope, "brokers", name="b", description="d", vpc_id="vpc-0a1b2c3d")
        group.allow_from_group_ids("runner", ("sg-0a1b2c3d4e5f60718",), 9098, description="runner")

    rule, = resources(synth_construct(build), "aws_vpc_security_group_ingress_rule").values()
    assert (rule["from_port"], rule["to_port"], rule["referenced_security_group_id"]) == (
        9098, 9098, "sg-0a1b2c3d4e5f60718")
