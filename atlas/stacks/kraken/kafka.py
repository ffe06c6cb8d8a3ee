"""``kraken-<env>-kafka``: the topics and least-privilege ACLs, through the mongey/kafka provider.

The provider must reach the brokers at plan time, so this root runs where the brokers are
reachable; MNPI ACL changes get their own plan and review. It reads ``InfraOutputs``.
"""

from __future__ import annotations

from typing import Literal

from cdktf_cdktf_provider_aws.data_aws_secretsmanager_secret_version import DataAwsSecretsmanagerSecretVersion
from kafka.provider import KafkaProvider

from atlas.cdk import Construct, Fn, Token
from atlas.config.kraken import CLASSIFICATIONS, KrakenSettings
from atlas.constructs.kafka_topics import AclGrant, KafkaTopics, KafkaTopicsProps, TopicSpec
from atlas.stacks.base import PlatformStack
from atlas.stacks.kraken.infra import InfraOutputs
from atlas.stacks.kraken.names import KrakenNames
from atlas.state import Contract, Output, RootId

_HOURS_MS = 3600 * 1000
_DAYS_MS = 24 * _HOURS_MS

# How the kafka provider (mongey/kafka 0.13.1) authenticates to MSK: as the admin SCRAM user
# (today), or with the runner's own AWS credentials through MSK IAM access control.
KafkaAuth = Literal["scram", "iam"]


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
    # Kept forever and on one partition: the history must be read back in order, entirely.
    topics.append(TopicSpec(name=names.schema_history_topic, partitions=1, replication_factor=t.replication_factor,
                            config={"min.insync.replicas": str(t.min_insync_replicas), "retention.ms": "-1",
                                    "cleanup.policy": "delete"}))

    grants = [
        # admin is what Terraform itself (this root), Schema Registry and Cruise Control use.
        AclGrant(user="admin", resource_type="Cluster", resource_name="kafka-cluster",
                 operations=("Describe", "DescribeConfigs", "Alter", "AlterConfigs", "Create"),
                 reason="manage ACLs and topics, rebalance partitions"),
        AclGrant(user="admin", resource_type="Topic", resource_name="*", operations=("All",),
                 reason="topic administration"),
        AclGrant(user="admin", resource_type="Group", resource_name="*", operations=("All",),
                 reason="schema registry and cruise control consumer groups"),
        AclGrant(user="debezium", resource_type="Topic", resource_name=names.schema_history_topic,
                 operations=("Describe", "Read", "Write"), reason="schema history"),
    ]
    for classification in CLASSIFICATIONS:
        grants += [
            AclGrant(user="debezium", resource_type="Topic", resource_name=names.cdc_prefix(classification),
                     pattern="Prefixed", operations=("Describe", "Write"), reason="publish change events"),
            AclGrant(user=f"s3_sink_{classification}", resource_type="Topic",
                     resource_name=names.cdc_prefix(classification), pattern="Prefixed",
                     operations=("Describe", "Read"), reason="consume its classification's CDC topics"),
            AclGrant(user=f"s3_sink_{classification}", resource_type="Group",
                     resource_name=names.sink_group(classification), operations=("Read",),
                     reason="the connector's consumer group"),
            AclGrant(user=f"s3_sink_{classification}", resource_type="Topic",
                     resource_name=names.dlq_topic(classification), operations=("Describe", "Write"),
                     reason="dead-letter records that fail to convert"),
        ]
    return KafkaTopicsProps(topics=topics, grants=grants)


def iam_kafka_provider(scope: Construct, construct_id: str, *, bootstrap_servers: list[str], region: str,
                       role_arn: str | None = None) -> KafkaProvider:
    """A kafka provider that authenticates to MSK with IAM (SASL mechanism ``AWS_MSK_IAM``).

    ``sasl_mechanism = "aws-iam"`` signs the SASL handshake with AWS credentials, so what
    Terraform may do on the cluster comes from the runner's IAM policy (``kafka-cluster:*``
    actions on the cluster, topic and group ARNs) instead of Kafka ACLs, and no password is
    read or stored. The credentials are the runner's default AWS chain (environment,
    profile, web identity, container role), or ``role_arn`` assumed from them.
    ``bootstrap_servers`` must be the cluster's IAM listeners (TLS, port 9098; infra's
    ``msk_bootstrap_brokers_sasl_iam``): IAM is only offered over TLS, hence
    ``tls_enabled``. ``region`` is where the cluster is (the signing region).
    """
    return KafkaProvider(scope, construct_id, bootstrap_servers=bootstrap_servers, tls_enabled=True,
                         sasl_mechanism="aws-iam", sasl_aws_region=region, sasl_aws_role_arn=role_arn)


class KrakenKafkaStack(PlatformStack):
    """Topics and ACLs.

    The kafka provider authenticates as the admin SCRAM user. Its password is read at plan
    time from the admin SCRAM secret (a ``aws_secretsmanager_secret_version`` data source,
    named from infra's remote-state output) and so never appears in the JSON. That data
    source calls AWS, which the project otherwise avoids; it is acceptable in this root
    only, because the kafka provider must reach the brokers at plan time anyway, so this
    root can never plan without network access to the account.

    ``auth="iam"`` (not used by any root yet; choosing it is a separate decision) instead
    configures the provider with ``iam_kafka_provider`` on infra's IAM brokers, in the
    settings' region: no secret is read, and the runner's IAM policy must grant it the
    ``kafka-cluster`` actions the ``admin`` ACLs grant today.
    """

    def __init__(self, scope: Construct, root: RootId, settings: KrakenSettings, *, infra: RootId,
                 local_backend: bool, auth: KafkaAuth = "scram", iam_role_arn: str | None = None) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend, outputs=KafkaOutputs)
        upstream = self.read(InfraOutputs, infra)
        if auth == "iam":
            brokers = upstream.string(InfraOutputs.msk_bootstrap_brokers_sasl_iam)
            iam_kafka_provider(self, "kafka", bootstrap_servers=Token.as_list(Fn.split(",", brokers)),
                               region=settings.region, role_arn=iam_role_arn)
        elif auth == "scram":
            admin = DataAwsSecretsmanagerSecretVersion(
                self, "admin_scram_secret", secret_id=upstream.lookup(InfraOutputs.msk_scram_secret_names, "admin"))
            credentials = Fn.jsondecode(admin.secret_string)
            brokers = upstream.string(InfraOutputs.msk_bootstrap_brokers_sasl_scram)
            KafkaProvider(self, "kafka", bootstrap_servers=Token.as_list(Fn.split(",", brokers)),
                          tls_enabled=True, sasl_mechanism="scram-sha512",
                          sasl_username=Token.as_string(Fn.lookup(credentials, "username")),
                          sasl_password=Token.as_string(Fn.lookup(credentials, "password")))
        else:
            raise ValueError(f"kafka auth {auth!r}: expected 'scram' or 'iam'")
        names = KrakenNames(settings.name_prefix)
        topics = KafkaTopics(self, "topics", topic_plan(settings, names)).topics
        t = settings.topics
        tables = {"mnpi": t.mnpi_tables, "public": t.public_tables}
        # Values are built from the created topics, so a downstream read waits for them.
        self.publish(KafkaOutputs.cdc_topic_names, {
            c: Fn.join(",", [topics[names.cdc_topic(c, tb)].name for tb in tables[c]]) for c in CLASSIFICATIONS})
        self.publish(KafkaOutputs.cdc_topic_prefixes, {c: names.cdc_prefix(c) for c in CLASSIFICATIONS})
        self.publish(KafkaOutputs.dead_letter_topics, {c: topics[names.dlq_topic(c)].name for c in CLASSIFICATIONS})
