"""``kraken-<env>-kafka``: the topics and least-privilege ACLs, through the mongey/kafka provider.

The provider must reach the brokers at plan time, so this root runs where the brokers are
reachable (``terraform_runner``: a Spacelift private worker pool admitted by infra on the
IAM listener); MNPI ACL changes get their own plan and review. It reads ``InfraOutputs``.
"""

from __future__ import annotations

from atlas.cdk import Construct, Fn, Token
from atlas.config.kraken import CLASSIFICATIONS, KrakenSettings
from atlas.constructs.kafka_admin import iam_kafka_provider
from atlas.constructs.kafka_topics import AclGrant, KafkaTopics, KafkaTopicsProps, TopicSpec
from atlas.stacks.base import PlatformStack
from atlas.stacks.kraken.infra import InfraOutputs
from atlas.stacks.kraken.names import KrakenNames
from atlas.state import Contract, Output, RootId

# Schema Registry's store (SCHEMA_REGISTRY_KAFKASTORE_TOPIC) and group id (its default).
SCHEMAS_TOPIC = "_schemas"
SCHEMA_REGISTRY_GROUP = "schema-registry"
# Cruise Control's KafkaSampleStore keeps its samples in __KafkaCruiseControl* topics.
CRUISE_CONTROL_TOPICS = "__KafkaCruiseControl"

_HOURS_MS = 3600 * 1000
_DAYS_MS = 24 * _HOURS_MS


class KafkaOutputs(Contract):
    cdc_topic_names = Output("Comma-separated CDC topics per classification (what each S3 sink consumes).",
                             example={"mnpi": "cdc.mnpi.trades,cdc.mnpi.orders,cdc.mnpi.positions",
                                      "public": "cdc.public.market_data,cdc.public.reference_data"})
    cdc_topic_prefixes = Output("Topic name prefix per classification (Debezium routes tables under it).",
                                example={"mnpi": "cdc.mnpi.", "public": "cdc.public."})
    dead_letter_topics = Output("Dead-letter topic per classification.",
                                example={"mnpi": "dlq.mnpi.s3-sink", "public": "dlq.public.s3-sink"})


def topic_plan(settings: KrakenSettings, names: KrakenNames) -> KafkaTopicsProps:
    """The Kraken topics and the least-privilege ACLs of each SCRAM user."""
    t = settings.topics

    def spec(name: str, *, retention_ms: int, compacted: bool = False) -> TopicSpec:
        config = {"min.insync.replicas": str(t.min_insync_replicas), "retention.ms": str(retention_ms),
                  "cleanup.policy": "compact" if compacted else "delete"}
        return TopicSpec(name=name, partitions=t.partitions, replication_factor=t.replication_factor, config=config)

    topics = []
    for classification, tables in (("mnpi", t.mnpi_tables), ("public", t.public_tables)):
        for table in tables:
            compacted = table in t.compacted_tables
            retention = t.reference_retention_days * _DAYS_MS if compacted else t.cdc_retention_hours * _HOURS_MS
            topics.append(spec(names.cdc_topic(classification, table), retention_ms=retention, compacted=compacted))
        topics.append(spec(names.dlq_topic(classification), retention_ms=t.dlq_retention_days * _DAYS_MS))
    # Debezium's heartbeats: one partition, a day is plenty (only the latest matters).
    topics.append(TopicSpec(name=names.heartbeat_topic, partitions=1, replication_factor=t.replication_factor,
                            config={"min.insync.replicas": str(t.min_insync_replicas), "retention.ms": str(_DAYS_MS),
                                    "cleanup.policy": "delete"}))
    # Who reaches which topic, by which mechanism (one design, nothing unused):
    # * Terraform (this root): IAM, infra's kafka-admin role: topics and ACLs, no data.
    # * Debezium and the S3 sinks: IAM (MSK Connect offers nothing else), their roles'
    #   policies in the data-plane root: Debezium writes cdc.* and its heartbeat topic, each
    #   sink reads its classification's cdc.<classification>.* and writes its DLQ.
    # * Schema Registry and Cruise Control: SCRAM, the one SCRAM user ("admin"), with the
    #   ACLs below: the registry's own _schemas topic and group, metadata and configuration
    #   of every topic, partition reassignment on the cluster; never a record of a CDC topic.
    # Debezium's PostgreSQL connector keeps no schema history topic (only the MySQL-family
    # connectors do), so none is declared.
    grants = [
        AclGrant(user="admin", resource_type="Cluster", resource_name="kafka-cluster",
                 operations=("Describe", "DescribeConfigs", "Alter", "AlterConfigs"),
                 reason="Cruise Control reads the cluster and reassigns partitions"),
        AclGrant(user="admin", resource_type="Topic", resource_name="*", operations=("Describe", "DescribeConfigs"),
                 reason="Cruise Control and Schema Registry read topic metadata and configuration, never records"),
        AclGrant(user="admin", resource_type="Topic", resource_name=SCHEMAS_TOPIC, operations=("All",),
                 reason="Schema Registry creates, reads and writes its store"),
        AclGrant(user="admin", resource_type="Group", resource_name=SCHEMA_REGISTRY_GROUP, operations=("All",),
                 reason="Schema Registry's leader election group"),
        AclGrant(user="admin", resource_type="Topic", resource_name=CRUISE_CONTROL_TOPICS, pattern="Prefixed",
                 operations=("All",), reason="Cruise Control's sample store topics (KafkaSampleStore)"),
        # Group rights commit offsets only; records need Topic Read, which no CDC topic grants.
        AclGrant(user="admin", resource_type="Group", resource_name="*", operations=("Describe", "Read"),
                 reason="Cruise Control's sample store consumers (generated group ids)"),
    ]
    return KafkaTopicsProps(topics=topics, grants=grants)


class KrakenKafkaStack(PlatformStack):
    """Topics and the ACLs of the SCRAM clients.

    The kafka provider authenticates with MSK IAM, assuming infra's Kafka admin role
    (``msk_admin_role_arn``) from the runner's credentials: its rights are that role's IAM
    policy, not ACLs, so the first apply on a new cluster can create the topics and every
    ACL (see ``atlas.constructs.kafka_admin``). No password is read: nothing secret is in
    this root's configuration or state.
    """

    def __init__(self, scope: Construct, root: RootId, settings: KrakenSettings, *, infra: RootId,
                 local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend, outputs=KafkaOutputs)
        upstream = self.read(InfraOutputs, infra)
        brokers = upstream.string(InfraOutputs.msk_bootstrap_brokers_sasl_iam)
        iam_kafka_provider(self, "kafka", bootstrap_servers=Token.as_list(Fn.split(",", brokers)),
                           region=settings.region, role_arn=upstream.string(InfraOutputs.msk_admin_role_arn))
        names = KrakenNames(settings.name_prefix)
        topics = KafkaTopics(self, "topics", topic_plan(settings, names)).topics
        t = settings.topics
        tables = {"mnpi": t.mnpi_tables, "public": t.public_tables}
        # Values are built from the created topics, so a downstream read waits for them.
        self.publish(KafkaOutputs.cdc_topic_names, {
            c: Fn.join(",", [topics[names.cdc_topic(c, tb)].name for tb in tables[c]]) for c in CLASSIFICATIONS})
        self.publish(KafkaOutputs.cdc_topic_prefixes, {c: names.cdc_prefix(c) for c in CLASSIFICATIONS})
        self.publish(KafkaOutputs.dead_letter_topics, {c: topics[names.dlq_topic(c)].name for c in CLASSIFICATIONS})
