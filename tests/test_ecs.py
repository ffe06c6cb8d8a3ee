"""Cluster and FargateService: insights, roles, logs, health, circuit breaker, Service Connect, secrets."""

from __future__ import annotations

import json

import pytest

import types

from atlas.constructs.ecs import (Cluster, ClusterProps, FargateService, FargateServiceProps, LoadBalancerTarget,
                                  ServiceConnectServer)
from atlas.constructs.iam import Statement
from atlas.constructs.secrets import SeededSecret, SeededSecretProps
from atlas.constructs.security_group import WorkloadSecurityGroup
from tests.helpers import policy, resources, synth_construct

SECRET = "arn:aws:secretsmanager:eu-west-1:111111111111:secret:app/api-AbCdEf"
KEY = "arn:aws:kms:eu-west-1:111111111111:key/k"
BASE = dict(image="repo/api:1.0.0", cpu=256, memory=512, desired_count=2, vpc_id="vpc-1", subnet_ids=["s-a", "s-b"],
            security_group_name="plane-api", security_group_description="api tasks", region="eu-west-1", account_id="111111111111", log_kms_key_arn=KEY,
            log_retention_days=30)


def build(then=None, **service) -> dict:
    """One service; ``target_group_arn`` puts it behind a load balancer's group "lb"."""
    def make(stack):
        cluster = Cluster(stack, "ecs", ClusterProps(name="plane", service_connect_namespace="plane"))
        target = service.pop("target_group_arn", None)
        if target:
            lb = WorkloadSecurityGroup(stack, "lb", name="plane-lb", description="lb", vpc_id="vpc-1")
            service["load_balancer"] = LoadBalancerTarget(load_balancer=lb, target_group_arn=target)
        built = FargateService(stack, "api", FargateServiceProps(**{
            "name": "plane-api", "cluster_arn": cluster.arn, "service_connect_namespace_arn": cluster.namespace_arn,
            **BASE, **service}))
        if then:
            then(stack, built)
    return synth_construct(make)


@pytest.fixture(scope="module")
def doc():
    return build(container_port=8083, target_group_arn="arn:tg", health_check_command="curl -f localhost:8083/health",
                 service_connect_server=ServiceConnectServer(dns_name="scoring", port=8083),
                 secrets={"KAFKA_BROKERS": f"{SECRET}:KAFKA_BROKERS::"}, secret_arns=[SECRET],
                 secret_kms_key_arns=[KEY],
                 task_role_statements=[Statement(actions=["kafka-cluster:Connect"], resources=["arn:cluster"])])


def test_cluster_has_container_insights_and_a_service_connect_namespace(doc):
    (cluster,) = resources(doc, "aws_ecs_cluster").values()
    assert cluster["setting"] == [{"name": "containerInsights", "value": "enabled"}]
    assert cluster["service_connect_defaults"]["namespace"] == \
        "${aws_service_discovery_http_namespace.ecs_namespace.arn}"


def test_service_is_private_with_circuit_breaker_and_target_group(doc):
    (service,) = resources(doc, "aws_ecs_service").values()
    assert service["launch_type"] == "FARGATE" and service["desired_count"] == 2
    assert service["network_configuration"]["assign_public_ip"] is False
    assert service["deployment_circuit_breaker"] == {"enable": True, "rollback": True}
    assert service["load_balancer"] == [{"container_name": "plane-api", "container_port": 8083,
                                         "target_group_arn": "arn:tg"}]


def test_service_connect_server_publishes_its_name_and_port(doc):
    (service,) = resources(doc, "aws_ecs_service").values()
    sc = service["service_connect_configuration"]
    assert sc["enabled"] is True
    assert sc["service"] == [{"port_name": "http", "discovery_name": "scoring",
                              "client_alias": {"dns_name": "scoring", "port": 8083}}]


def test_container_reads_its_secret_and_has_a_health_check(doc):
    (task,) = resources(doc, "aws_ecs_task_definition").values()
    assert task["requires_compatibilities"] == ["FARGATE"] and task["network_mode"] == "awsvpc"
    (container,) = json.loads(task["container_definitions"])
    assert container["secrets"] == [{"name": "KAFKA_BROKERS", "valueFrom": f"{SECRET}:KAFKA_BROKERS::"}]
    assert container["portMappings"][0] == {"name": "http", "containerPort": 8083, "protocol": "tcp",
                                            "appProtocol": "http"}
    assert container["healthCheck"]["command"] == ["CMD-SHELL", "curl -f localhost:8083/health"]
    assert container["logConfiguration"]["options"]["awslogs-group"] == \
        "${aws_cloudwatch_log_group.api_log_group.name}"
    (group,) = resources(doc, "aws_cloudwatch_log_group").values()
    assert group["retention_in_days"] == 30 and group["kms_key_id"] == KEY


def test_execution_role_reads_only_its_own_secret(doc):
    statements = {s["Sid"]: s for s in policy(resources(doc, "aws_iam_role_policy")["api_execution_policy"])[
        "Statement"]}
    assert statements["ReadOwnSecret"] == {"Sid": "ReadOwnSecret", "Effect": "Allow",
                                           "Action": "secretsmanager:GetSecretValue", "Resource": SECRET}
    assert statements["DecryptOwnSecret"]["Condition"] == {
        "StringEquals": {"kms:ViaService": "secretsmanager.eu-west-1.amazonaws.com"}}
    task = policy(resources(doc, "aws_iam_role_policy")["api_task_policy"])["Statement"]
    assert task[0]["Action"] == "kafka-cluster:Connect"


def test_client_only_service_without_load_balancer():
    doc = build()
    (service,) = resources(doc, "aws_ecs_service").values()
    assert "load_balancer" not in service and "service" not in service["service_connect_configuration"]
    assert "api_task_policy" not in resources(doc, "aws_iam_role_policy")
    statements = policy(resources(doc, "aws_iam_role_policy")["api_execution_policy"])["Statement"]
    assert [s["Sid"] for s in statements] == ["EcrLogin", "PullImages", "WriteLogs"]


@pytest.mark.parametrize("change, message", [
    (dict(cpu=300), "not a Fargate size"),
    (dict(memory=4096), "outside"),
    (dict(load_balancer=LoadBalancerTarget(load_balancer=types.SimpleNamespace(), target_group_arn="arn:tg")),
     "needs container_port"),
    (dict(secrets={"A": "arn:x"}), "secret_arns"),
])
def test_bad_props_are_refused(change, message):
    with pytest.raises(ValueError, match=message):
        FargateServiceProps(**{"name": "svc", "cluster_arn": "arn:c", **BASE, **change})


def test_the_service_owns_its_group_and_its_load_balancer_reaches_only_the_container_port(doc):
    groups = resources(doc, "aws_security_group")
    assert groups["api_security_group_group"]["name"] == "plane-api"
    (service,) = resources(doc, "aws_ecs_service").values()
    assert service["network_configuration"]["security_groups"] == ["${aws_security_group.api_security_group_group.id}"]
    (rule,) = resources(doc, "aws_vpc_security_group_ingress_rule").values()
    assert (rule["from_port"], rule["to_port"]) == (8083, 8083)
    assert rule["security_group_id"] == "${aws_security_group.api_security_group_group.id}"
    assert rule["referenced_security_group_id"] == "${aws_security_group.lb_group.id}"


def test_a_runtime_secret_gives_every_seeded_key_and_reads_only_that_secret_and_its_key():
    def make(stack):
        secret = SeededSecret(stack, "runtime", SeededSecretProps(name="plane/api", description="d", kms_key_arn=KEY,
                                                                   seed={"B": "", "A": "x"}))
        cluster = Cluster(stack, "ecs", ClusterProps(name="plane"))
        FargateService(stack, "api", FargateServiceProps(name="plane-api", cluster_arn=cluster.arn,
                                                         runtime_secret=secret, **BASE))
    doc = synth_construct(make)
    (task,) = resources(doc, "aws_ecs_task_definition").values()
    (container,) = json.loads(task["container_definitions"])
    assert [(s["name"], s["valueFrom"]) for s in container["secrets"]] == [
        ("A", "${aws_secretsmanager_secret.runtime_secret.arn}:A::"),
        ("B", "${aws_secretsmanager_secret.runtime_secret.arn}:B::")]
    statements = {s["Sid"]: s for s in policy(resources(doc, "aws_iam_role_policy")["api_execution_policy"])["Statement"]}
    assert statements["ReadOwnSecret"]["Resource"] == "${aws_secretsmanager_secret.runtime_secret.arn}"
    assert statements["DecryptOwnSecret"]["Resource"] == KEY


def test_grants_accumulate_in_the_one_task_policy():
    def then(stack, service):
        service.grant([Statement(sid="Later", actions=["s3:GetObject"], resources=["arn:aws:s3:::b/*"])])
    doc = build(then=then, task_role_statements=[Statement(sid="First", actions=["sqs:SendMessage"],
                                                           resources=["arn:q"])])
    (task_policy,) = [p for n, p in resources(doc, "aws_iam_role_policy").items() if n == "api_task_policy"]
    assert [s["Sid"] for s in policy(task_policy)["Statement"]] == ["First", "Later"]
