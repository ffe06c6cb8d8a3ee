"""Connector: plugin, IAM auth over TLS, autoscaling, log group, least-privilege role."""

from __future__ import annotations

import pytest

from atlas.constructs.iam import Statement
from atlas.constructs.msk_connect import Connector, ConnectorProps
from tests.helpers import policy, resources, synth_construct

PROPS = dict(name="plane-s3-sink", bootstrap_brokers_iam="b-1:9098,b-2:9098", vpc_id="vpc-1", subnet_ids=["s-a"],
             security_group_name="plane-sink", security_group_description="sink workers", plugin_bucket_arn="arn:aws:s3:::plugins", plugin_key="s3-sink.zip",
             connector_configuration={"topics": "t.in", "connector.class": "io.confluent.connect.s3.S3SinkConnector"},
             account_id="111111111111", log_kms_key_arn="arn:aws:kms:eu-west-1:1:key/logs", log_retention_days=14,
             role_statements=[Statement(sid="Write", actions=["s3:PutObject"], resources=["arn:aws:s3:::out/p/*"])],
             min_workers=1, max_workers=3)


@pytest.fixture(scope="module")
def doc():
    return synth_construct(lambda stack: Connector(stack, "sink", ConnectorProps(**PROPS)))


def test_connector_uses_iam_over_tls_and_autoscales(doc):
    (connector,) = resources(doc, "aws_mskconnect_connector").values()
    assert connector["kafka_cluster_client_authentication"] == {"authentication_type": "IAM"}
    assert connector["kafka_cluster_encryption_in_transit"] == {"encryption_type": "TLS"}
    scaling = connector["capacity"]["autoscaling"]
    assert (scaling["min_worker_count"], scaling["max_worker_count"], scaling["mcu_count"]) == (1, 3, 1)
    assert connector["kafka_cluster"]["apache_kafka_cluster"]["bootstrap_servers"] == "b-1:9098,b-2:9098"
    assert connector["log_delivery"]["worker_log_delivery"]["cloudwatch_logs"]["enabled"] is True
    assert connector["connector_configuration"]["topics"] == "t.in"


def test_plugin_and_role(doc):
    (plugin,) = resources(doc, "aws_mskconnect_custom_plugin").values()
    assert plugin["content_type"] == "ZIP" and plugin["location"]["s3"]["file_key"] == "s3-sink.zip"
    (role,) = resources(doc, "aws_iam_role").values()
    assert "kafkaconnect.amazonaws.com" in role["assume_role_policy"]
    statements = policy(resources(doc, "aws_iam_role_policy")["sink_service_policy"])["Statement"]
    assert [s["Sid"] for s in statements] == ["Write", "ReadPlugin"]
    assert statements[1]["Resource"] == "arn:aws:s3:::plugins/s3-sink.zip"


def test_worker_bounds_are_checked():
    with pytest.raises(ValueError, match="min_workers"):
        synth_construct(lambda stack: Connector(stack, "c", ConnectorProps(**{**PROPS, "min_workers": 4})))


def test_existing_plugin_arn_instead_of_a_plugin_archive():
    arn = "arn:aws:kafkaconnect:eu-west-1:111111111111:custom-plugin/dbz/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0-2"
    doc = synth_construct(lambda stack: Connector(stack, "sink", ConnectorProps(
        **{**PROPS, "plugin_key": "", "plugin_arn": arn, "plugin_revision": 2})))
    assert resources(doc, "aws_mskconnect_custom_plugin") == {}
    (connector,) = resources(doc, "aws_mskconnect_connector").values()
    assert connector["plugin"][0]["custom_plugin"] == {"arn": arn, "revision": 2}
    statements = policy(resources(doc, "aws_iam_role_policy")["sink_service_policy"])["Statement"]
    assert "ReadPlugin" not in {s.get("Sid") for s in statements}


def test_plugin_needs_exactly_one_source():
    with pytest.raises(ValueError, match="exactly one of plugin_key"):
        ConnectorProps(**{**PROPS, "plugin_arn": "arn:aws:kafkaconnect:eu-west-1:1:custom-plugin/x/y"})


def test_shared_worker_configuration():
    from atlas.constructs.msk_connect import WorkerConfiguration

    def build(stack):
        worker = WorkerConfiguration(stack, "worker", name="w", properties={"b.key": "2", "a.key": "1"})
        Connector(stack, "sink", ConnectorProps(**{**PROPS, "worker_configuration": worker}))
    doc = synth_construct(build)
    (worker,) = resources(doc, "aws_mskconnect_worker_configuration").values()
    assert worker["properties_file_content"] == "a.key=1\nb.key=2\n"
    (connector,) = resources(doc, "aws_mskconnect_connector").values()
    assert connector["worker_configuration"]["arn"] == "${aws_mskconnect_worker_configuration.worker_configuration.arn}"


def test_workers_get_a_group_of_their_own_or_share_one():
    from atlas.constructs.security_group import WorkloadSecurityGroup

    def make(stack):
        shared = WorkloadSecurityGroup(stack, "sinks", name="sinks", description="sinks", vpc_id="vpc-1")
        Connector(stack, "own", ConnectorProps(**PROPS))
        other = {k: v for k, v in PROPS.items() if not k.startswith("security_group")}
        Connector(stack, "a", ConnectorProps(**{**other, "name": "a"}, security_group=shared))
    doc = synth_construct(make)
    assert sorted(resources(doc, "aws_security_group")) == ["own_security_group_group", "sinks_group"]
    groups = {n: c["kafka_cluster"]["apache_kafka_cluster"]["vpc"]["security_groups"]
              for n, c in resources(doc, "aws_mskconnect_connector").items()}
    assert groups == {"a_connector": ["${aws_security_group.sinks_group.id}"],
                      "own_connector": ["${aws_security_group.own_security_group_group.id}"]}
    with pytest.raises(ValueError, match="not both"):
        ConnectorProps(**PROPS, security_group=object())
