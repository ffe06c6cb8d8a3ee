"""KafkaCluster and client IAM: auth modes, TLS only, KMS, logs, configuration, connectivity."""

from __future__ import annotations

import pytest

from atlas.rollout import value_at
from atlas.constructs.msk import KafkaAccess, KafkaArns, KafkaCluster, KafkaClusterProps, default_server_properties, \
    kafka_arns, kafka_client_statements
from tests.helpers import resources, synth_construct

PROPS = dict(name="plane-msk", kafka_version="3.6.0", broker_instance_type="kafka.t3.small", number_of_broker_nodes=2,
             vpc_id="vpc-1", subnet_ids=["s-a", "s-b"], security_group_name="plane-msk",
             security_group_description="brokers", kms_key_arn="arn:aws:kms:eu-west-1:1:key/data",
             log_kms_key_arn="arn:aws:kms:eu-west-1:1:key/logs", log_retention_days=30)
ARN = "arn:aws:kafka:eu-west-1:111111111111:cluster/plane-msk/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9-2"


def cluster(**change) -> dict:
    doc = synth_construct(lambda stack: KafkaCluster(stack, "msk", KafkaClusterProps(**{**PROPS, **change})))
    (body,) = resources(doc, "aws_msk_cluster").values()
    return body


def test_iam_over_tls_only_with_kms_logs_and_configuration():
    body = cluster()
    assert body["client_authentication"] == {"sasl": {"iam": True, "scram": False}, "unauthenticated": False}
    assert body["encryption_info"]["encryption_in_transit"] == {"client_broker": "TLS", "in_cluster": True}
    assert body["encryption_info"]["encryption_at_rest_kms_key_arn"] == "arn:aws:kms:eu-west-1:1:key/data"
    assert body["logging_info"]["broker_logs"]["cloudwatch_logs"]["enabled"] is True
    assert body["configuration_info"]["arn"] == "${aws_msk_configuration.msk_configuration.arn}"
    assert "connectivity_info" not in body["broker_node_group_info"]


def test_scram_mode_via_props():
    assert cluster(scram_auth=True, iam_auth=False)["client_authentication"]["sasl"] == {"iam": False, "scram": True}


def test_scram_secrets_and_open_monitoring():
    doc = synth_construct(lambda stack: KafkaCluster(stack, "msk", KafkaClusterProps(**{
        **PROPS, "scram_auth": True, "scram_secret_arns": ["arn:aws:secretsmanager:eu-west-1:1:secret:AmazonMSK_app"],
        "open_monitoring": True})))
    (assoc,) = resources(doc, "aws_msk_scram_secret_association").values()
    assert assoc["secret_arn_list"] == ["arn:aws:secretsmanager:eu-west-1:1:secret:AmazonMSK_app"]
    (body,) = resources(doc, "aws_msk_cluster").values()
    assert body["open_monitoring"]["prometheus"]["jmx_exporter"]["enabled_in_broker"] is True
    assert "open_monitoring" not in cluster()
    assert not resources(synth_construct(lambda stack: KafkaCluster(stack, "msk", KafkaClusterProps(**PROPS))),
                         "aws_msk_scram_secret_association")


def test_public_access_and_multi_vpc_connectivity_switches():
    info = cluster(public_access=True, multi_vpc_connectivity=True)["broker_node_group_info"]["connectivity_info"]
    assert value_at(info["public_access"]["type"], 2) == "SERVICE_PROVIDED_EIPS"  # steady (atlas.rollout)
    assert value_at(info["public_access"]["type"], 1) == "DISABLED"  # the create-time step
    sasl = info["vpc_connectivity"]["client_authentication"]["sasl"]
    assert {k: value_at(v, 2) for k, v in sasl.items()} == {"iam": True, "scram": False}
    assert {k: value_at(v, 1) for k, v in sasl.items()} == {"iam": False, "scram": False}
    only_vpc = cluster(multi_vpc_connectivity=True)["broker_node_group_info"]["connectivity_info"]
    assert only_vpc["public_access"]["type"] == "DISABLED"


def test_configuration_disables_auto_create_and_sizes_replication_to_brokers():
    assert default_server_properties(2)["default.replication.factor"] == "2"
    assert default_server_properties(2)["min.insync.replicas"] == "1"
    big = default_server_properties(6)
    assert big["default.replication.factor"] == "3" and big["min.insync.replicas"] == "2"
    assert big["auto.create.topics.enable"] == "false" and big["allow.everyone.if.no.acl.found"] == "false"


@pytest.mark.parametrize("change, message", [
    (dict(iam_auth=False), "unauthenticated access is not offered"),
    (dict(number_of_broker_nodes=3), "spread evenly"),
    (dict(scram_secret_arns=["arn:x"]), "needs scram_auth"),
])
def test_bad_props_are_refused(change, message):
    with pytest.raises(ValueError, match=message):
        KafkaClusterProps(**{**PROPS, **change})


def test_client_statements_are_scoped_to_cluster_topics_and_groups():
    arns = kafka_arns(None, "unused", ARN)  # a literal ARN needs no scope
    assert arns.topic == ARN.replace(":cluster/", ":topic/")
    found = {s.sid: s.render() for s in kafka_client_statements(
        arns, KafkaAccess(produce=["t.out"], consume=["t.in"], groups=["g1"]), sid_prefix="App")}
    assert found["AppConnect"]["Resource"] == ARN
    assert found["AppProduce"] == {"Sid": "AppProduce", "Effect": "Allow",
                                   "Action": ["kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"],
                                   "Resource": f"{arns.topic}/t.out"}
    assert found["AppConsume"]["Action"] == ["kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"]
    assert found["AppGroups"]["Resource"] == f"{arns.group}/g1"
    assert "AppReadOnly" not in found and "AppManageTopics" not in found
    admin = {s.sid: s.render() for s in kafka_client_statements(arns, KafkaAccess(manage_topics=["t.new"]))}
    assert admin["KafkaManageTopics"]["Resource"] == f"{arns.topic}/t.new"
    assert "kafka-cluster:DeleteTopic" not in admin["KafkaManageTopics"]["Action"]


def test_read_only_access_describes_and_reads_but_never_writes():
    arns = KafkaArns("c", "t", "g", "x")
    (connect, read_only) = [s.render() for s in kafka_client_statements(arns, KafkaAccess(describe_all=True))]
    assert read_only["Resource"] == ["t/*", "g/*", "x/*"]
    assert not any("Write" in a or "Alter" in a or "Create" in a or "Delete" in a for a in read_only["Action"])


def test_token_arns_become_locals():
    def make(stack):
        c = KafkaCluster(stack, "msk", KafkaClusterProps(**PROPS))
        kafka_arns(stack, "msk_arns", c.arn)
    doc = synth_construct(make)
    assert doc["locals"]["msk_arns_group"] == '${replace(aws_msk_cluster.msk_cluster.arn, ":cluster/", ":group/")}'


@pytest.mark.parametrize("mibps", [None, 250])
def test_provisioned_throughput_switch(mibps):
    storage = cluster(provisioned_throughput_mibps=mibps)["broker_node_group_info"]["storage_info"]["ebs_storage_info"]
    if mibps:
        assert storage["provisioned_throughput"] == {"enabled": True, "volume_throughput": 250}
    else:
        assert "provisioned_throughput" not in storage


@pytest.mark.parametrize("enabled", [True, False])
def test_open_monitoring_switch(enabled):
    body = cluster(open_monitoring=enabled)
    if enabled:
        prom = body["open_monitoring"]["prometheus"]
        assert prom == {"jmx_exporter": {"enabled_in_broker": True}, "node_exporter": {"enabled_in_broker": True}}
    else:
        assert "open_monitoring" not in body


def test_brokers_own_a_group_without_egress_and_open_one_listener_per_client():
    from atlas.constructs.security_group import WorkloadSecurityGroup

    def make(stack):
        msk = KafkaCluster(stack, "msk", KafkaClusterProps(**PROPS))
        app = WorkloadSecurityGroup(stack, "app", name="app", description="app", vpc_id="vpc-1")
        msk.allow_from(app, "iam", description="app to MSK")
        msk.allow_from_cidrs("partners", ["203.0.113.0/28"], description="partners")
    doc = synth_construct(make)
    assert "msk_security_group_egress_all" not in resources(doc, "aws_vpc_security_group_egress_rule")
    rules = resources(doc, "aws_vpc_security_group_ingress_rule")
    assert {n: r["from_port"] for n, r in rules.items()} == {"msk_security_group_from_app_9098": 9098,
                                                             "msk_security_group_from_partners_9198_0": 9198}
    (cluster_body,) = resources(doc, "aws_msk_cluster").values()
    assert cluster_body["broker_node_group_info"]["security_groups"] == [
        "${aws_security_group.msk_security_group_group.id}"]


def test_the_broker_log_group_name_is_published_on_the_construct():
    """``log_group_name`` was set after a ``return`` (unreachable): reading it failed."""
    from atlas.cdk import TerraformOutput

    made = {}

    def build(stack):
        made["cluster"] = KafkaCluster(stack, "msk", KafkaClusterProps(**{**PROPS, "log_group_name": "/platform/x/msk"}))

    def build_and_publish(stack):
        build(stack)
        TerraformOutput(stack, "log_group", value=made["cluster"].log_group_name)

    doc = synth_construct(build_and_publish)
    assert resources(doc, "aws_cloudwatch_log_group")["msk_broker_log_group"]["name"] == "/platform/x/msk"
    assert doc["output"]["log_group"]["value"] == "${aws_cloudwatch_log_group.msk_broker_log_group.name}"
