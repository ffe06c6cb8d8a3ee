"""The Kafka topics construct: topic specs, ACL patterns, and the schema of the generated JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from kafka.provider import KafkaProvider

from atlas.constructs.kafka_topics import AclGrant, KafkaTopics, KafkaTopicsProps, TopicSpec
from atlas.schema_check import check_resources
from tests.helpers import resources, synth_construct

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "schemas" / "kafka@0.13.1.json").read_text())


def build(topics, grants=()):
    def add(stack):
        KafkaProvider(stack, "kafka", bootstrap_servers=["b-1.example:9096"])
        KafkaTopics(stack, "topics", KafkaTopicsProps(topics=topics, grants=grants))
    return synth_construct(add)


def test_topics_and_acls_are_rendered_and_match_the_provider_schema():
    doc = build([TopicSpec(name="cdc.mnpi.trades", partitions=6, replication_factor=3,
                           config={"min.insync.replicas": "2", "retention.ms": "604800000"})],
                [AclGrant(user="sink", resource_type="Topic", resource_name="cdc.mnpi.", pattern="Prefixed",
                          operations=("Read", "Describe"))])
    (topic,) = resources(doc, "kafka_topic").values()
    assert topic["name"] == "cdc.mnpi.trades" and topic["replication_factor"] == 3
    assert topic["config"]["min.insync.replicas"] == "2"
    acls = resources(doc, "kafka_acl")
    assert sorted(a["acl_operation"] for a in acls.values()) == ["Describe", "Read"]
    for acl in acls.values():
        assert acl["resource_pattern_type_filter"] == "Prefixed"
        assert acl["acl_principal"] == "User:sink" and acl["acl_permission_type"] == "Allow"
    assert check_resources(doc, SCHEMA) == []


def test_a_literal_wildcard_inside_a_name_is_refused_with_the_fix():
    with pytest.raises(ValueError, match=r"matches nothing; use pattern=\"Prefixed\" with resource_name='cdc.'"):
        AclGrant(user="sink", resource_type="Topic", resource_name="cdc.*", operations=("Read",))


def test_the_lone_literal_star_is_kafkas_wildcard_and_allowed():
    grant = AclGrant(user="admin", resource_type="Topic", resource_name="*", operations=("All",))
    assert grant.matches("cdc.mnpi.trades")


@pytest.mark.parametrize("grant, name, expected", [
    (AclGrant(user="u", resource_type="Topic", resource_name="cdc.public.", pattern="Prefixed", operations=("Read",)),
     "cdc.mnpi.trades", False),
    (AclGrant(user="u", resource_type="Topic", resource_name="cdc.", pattern="Prefixed", operations=("Read",)),
     "cdc.mnpi.trades", True),
    (AclGrant(user="u", resource_type="Topic", resource_name="cdc.mnpi.trades", operations=("Read",)),
     "cdc.mnpi.trades", True),
])
def test_matching_follows_kafka_semantics(grant, name, expected):
    assert grant.matches(name) is expected


def test_min_insync_replicas_above_replication_is_refused():
    with pytest.raises(ValueError, match="min.insync.replicas 3 must be 1 to the replication factor 2"):
        TopicSpec(name="t", partitions=1, replication_factor=2, config={"min.insync.replicas": "3"})


def test_duplicate_topics_are_refused():
    spec = TopicSpec(name="t", partitions=1, replication_factor=1)
    with pytest.raises(Exception, match="declared twice"):
        build([spec, spec])


def test_schema_check_catches_a_wrong_argument():
    doc = build([TopicSpec(name="t", partitions=1, replication_factor=1)])
    topic = next(iter(doc["resource"]["kafka_topic"].values()))
    topic["replicas"] = 3
    assert any("unknown argument 'replicas'" in p for p in check_resources(doc, SCHEMA))


def test_generated_bindings_match_the_committed_schema():
    """.gen/kafka was generated (make gen) from the committed schema: every provider argument
    of the schema is a keyword of the binding, and the binding pins the same version."""
    import inspect

    key = "registry.terraform.io/mongey/kafka"
    arguments = set(SCHEMA["provider_schemas"][key]["provider"]["block"]["attributes"])
    assert {"sasl_aws_region", "sasl_aws_role_arn", "sasl_aws_profile"} <= arguments
    keywords = set(inspect.signature(KafkaProvider.__init__).parameters)
    assert arguments - keywords == set()
    doc = synth_construct(lambda stack: KafkaProvider(stack, "kafka", bootstrap_servers=["b:9098"]))
    assert doc["terraform"]["required_providers"]["kafka"]["version"] == SCHEMA["provider_versions"][key]
