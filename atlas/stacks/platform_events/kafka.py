"""``platform-events-<env>-kafka``: the contracts' topics and Glue schemas.

Every channel of the contract files becomes a Kafka topic (partitions, replication and
retention from its Kafka binding, else the settings' defaults) and a Glue schema of the same
name in the backbone's registry (compatibility BACKWARD unless ``schema_compatibility``
says otherwise). The mongey/kafka provider signs in to the brokers' IAM listener with the
runner's AWS credentials (the backbone's ``kafka_runner_policy_arn`` grants exactly this
root's rights), so no password exists anywhere; the runner must reach the brokers on 9098
(``kafka_runner`` in the settings opens that path, and only that port). Reads
``BackboneOutputs``.
"""

from __future__ import annotations

from atlas.cdk import Construct, Fn, Token
from atlas.config.contracts import load_catalog
from atlas.config.platform_events import DEFAULT_COMPATIBILITY, PlatformEventsSettings
from atlas.constructs.kafka_admin import iam_kafka_provider
from atlas.constructs.kafka_topics import KafkaTopics, KafkaTopicsProps, TopicSpec
from atlas.constructs.schema_registry import RegisteredSchemas, SchemaSpec
from atlas.stacks.base import PlatformStack
from atlas.stacks.platform_events.backbone import BackboneOutputs
from atlas.state import Contract, Output, RootId

_HOURS_MS = 3600 * 1000


class EventsKafkaOutputs(Contract):
    topic_names = Output("Every topic the contracts define.",
                         example=["customers.customer-profile.v1", "gateway.rejected-events.v1",
                                  "orders.order-placed.v1", "payments.payment-captured.v1"])
    schema_arns = Output("Glue schema ARN per schema (= topic) name.",
                         example={"orders.order-placed.v1": "arn:aws:glue:eu-central-1:666666666666:schema/"
                                                            "platform-events-dev/orders.order-placed.v1"})


class EventsKafkaStack(PlatformStack):
    def __init__(self, scope: Construct, root: RootId, settings: PlatformEventsSettings, *, backbone: RootId,
                 local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend, outputs=EventsKafkaOutputs)
        s, t = settings, settings.topics
        catalog, _ = load_catalog(s.contracts)
        assert catalog is not None  # refused by cross_checks before any root is built
        upstream = self.read(BackboneOutputs, backbone, label="backbone")
        brokers = upstream.string(BackboneOutputs.msk_bootstrap_brokers_sasl_iam)
        iam_kafka_provider(self, "kafka", bootstrap_servers=Token.as_list(Fn.split(",", brokers)), region=s.region,
                           role_arn=s.kafka_runner.role_arn)
        topics = KafkaTopics(self, "topics", KafkaTopicsProps(topics=[
            TopicSpec(name=c.topic, partitions=c.partitions or t.partitions,
                      replication_factor=c.replicas or t.replication_factor,
                      config={"cleanup.policy": "delete", "retention.ms": str(t.retention_hours * _HOURS_MS),
                              "min.insync.replicas": str(min(t.min_insync_replicas,
                                                             max(1, (c.replicas or t.replication_factor) - 1))),
                              **c.config})
            for c in sorted(catalog.channels.values(), key=lambda c: c.topic)]))
        schemas = RegisteredSchemas(self, "schemas", registry_arn=upstream.string(BackboneOutputs.schema_registry_arn),
                                    schemas=[SchemaSpec(name=c.topic, data_format=c.data_format,
                                                        definition=c.definition, description=c.description,
                                                        compatibility=s.schema_compatibility.get(
                                                            c.topic, DEFAULT_COMPATIBILITY))
                                             for c in sorted(catalog.channels.values(), key=lambda c: c.topic)])
        self.publish(EventsKafkaOutputs.topic_names, [topics.topics[n].name for n in sorted(topics.topics)])
        self.publish(EventsKafkaOutputs.schema_arns, {n: schema.arn for n, schema in sorted(schemas.schemas.items())})
