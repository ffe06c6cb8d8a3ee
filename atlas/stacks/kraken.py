"""Kraken: three roots per environment, run in this order (Spacelift stack dependencies or
plain ``terraform`` in order; see ``python main.py --list``):

1. ``kraken-<env>-infra``: network, data lake, database, MSK. Publishes the output contract.
2. ``kraken-<env>-kafka``: topics and ACLs through the mongey/kafka provider, which must
   reach the brokers at plan time; MNPI ACL changes get their own plan and review.
3. ``kraken-<env>-data-plane``: MSK Connect, platform services, Athena and access tiers.

Downstream roots read infra (and kafka) only through remote state; nothing is copied.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_aws.data_aws_secretsmanager_secret_version import DataAwsSecretsmanagerSecretVersion
from kafka.provider import KafkaProvider

from atlas.cdk import Construct, Fn, Token
from atlas.config.kraken import CLASSIFICATIONS, LAYERS, KrakenSettings
from atlas.constructs.access_tiers import AccessTier, AccessTiers, AccessTiersProps
from atlas.constructs.data_lake import DataLake, DataLakeProps
from atlas.constructs.kafka_topics import AclGrant, KafkaTopics, KafkaTopicsProps, TopicSpec
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.network import Network, NetworkProps
from atlas.constructs.s3 import SecureBucket, SecureBucketProps
from atlas.stacks.base import PlatformStack
from atlas.stacks.registry import Platform, RootSpec
from atlas.state import RootId

# SCRAM users of the cluster, one Secrets Manager secret each (see the infra root).
SCRAM_USERS = ("admin", "debezium", "s3_sink_mnpi", "s3_sink_public")
_HOURS_MS = 3600 * 1000
_DAYS_MS = 24 * _HOURS_MS


@dataclass(frozen=True)
class KrakenNames:
    """Names two roots must agree on (topics, connectors, consumer groups)."""

    prefix: str

    def cdc_topic(self, classification: str, table: str) -> str:
        return f"cdc.{classification}.{table}"

    def cdc_prefix(self, classification: str) -> str:
        return f"cdc.{classification}."

    def dlq_topic(self, classification: str) -> str:
        return f"dlq.{classification}.s3-sink"

    @property
    def schema_history_topic(self) -> str:
        return "debezium.schema-history"

    @property
    def debezium_connector(self) -> str:
        return f"{self.prefix}-debezium-postgres"

    def sink_connector(self, classification: str) -> str:
        return f"{self.prefix}-s3-sink-{classification}"

    def sink_group(self, classification: str) -> str:
        # Kafka Connect (and so MSK Connect) names a sink connector's consumer group
        # "connect-<connector name>"; the ACL must name exactly that group.
        return f"connect-{self.sink_connector(classification)}"


def roots_of(env: str) -> tuple[RootId, RootId, RootId]:
    return RootId("kraken", env, "infra"), RootId("kraken", env, "kafka"), RootId("kraken", env, "data-plane")


# --------------------------------------------------------------------------------------
# infra
# --------------------------------------------------------------------------------------

class KrakenInfraStack(PlatformStack):
    def __init__(self, scope: Construct, root: RootId, settings: KrakenSettings, *, local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend)
        prefix = settings.name_prefix
        self.logs_key = EncryptionKey(self, "logs_key", EncryptionKeyProps(
            alias=f"{prefix}-logs", description=f"{prefix} CloudWatch Logs encryption",
            account_id=settings.account_id, region=settings.region, service_principals=("logs",)))
        self._network(settings)
        lake = settings.lake
        self.lake = DataLake(self, "lake", DataLakeProps(
            name=prefix, account_id=settings.account_id, region=settings.region,
            layers=LAYERS, classifications=CLASSIFICATIONS, mnpi_object_lock=lake.mnpi_object_lock,
            object_lock_mode=lake.object_lock_mode, object_lock_days=lake.object_lock_days,
            noncurrent_version_days=lake.noncurrent_version_days,
            access_log_retention_days=lake.access_log_retention_days,
            audit_log_retention_days=lake.audit_log_retention_days))
        self._publish_lake()

    def _network(self, settings: KrakenSettings) -> None:
        if settings.network is not None:
            net = settings.network
            self.network = Network(self, "network", NetworkProps(
                name=settings.name_prefix, cidr=net.cidr, availability_zones=net.availability_zones,
                public_subnet_cidrs=net.public_subnet_cidrs, private_subnet_cidrs=net.private_subnet_cidrs,
                region=settings.region, account_id=settings.account_id, log_kms_key_arn=self.logs_key.arn,
                single_nat_gateway=net.single_nat_gateway, flow_log_retention_days=net.flow_log_retention_days))
            vpc_id, subnet_ids = self.network.vpc_id, self.network.private_subnet_ids
        else:
            existing = settings.existing_network
            assert existing is not None  # KrakenSettings.checks guarantees exactly one
            self.network = None
            vpc_id, subnet_ids = existing.vpc_id, list(existing.private_subnet_ids)
        self.vpc_id, self.private_subnet_ids = vpc_id, subnet_ids
        self.publish("vpc_id", vpc_id, description="The VPC every Kraken workload runs in.",
                     example="vpc-0a1b2c3d4e5f60718")
        self.publish("private_subnet_ids", subnet_ids, description="Private subnets, one per availability zone.",
                     example=["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719", "subnet-0a1b2c3d4e5f6071a"])

    def _publish_lake(self) -> None:
        account = self.settings.account_id
        areas = self.lake.areas
        self.publish("lake_bucket_arns", {k: f"arn:aws:s3:::{a.bucket_name}" for k, a in areas.items()},
                     description="Data lake bucket ARNs by <layer>-<classification>.",
                     example={k: f"arn:aws:s3:::kraken-dev-{k}-{account}" for k in areas})
        self.publish("lake_kms_key_arns", {c: self.lake.key_arn(c) for c in CLASSIFICATIONS},
                     description="KMS key ARN per classification (mnpi, public).",
                     example={c: f"arn:aws:kms:eu-west-1:{account}:key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f{i}"
                              for i, c in enumerate(CLASSIFICATIONS)})
        self.publish("glue_database_names", {k: a.database_name for k, a in areas.items()},
                     description="Glue catalog database per <layer>-<classification>.",
                     example={k: "kraken_dev_" + k.replace("-", "_") for k in areas})


# --------------------------------------------------------------------------------------
# kafka
# --------------------------------------------------------------------------------------

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


class KrakenKafkaStack(PlatformStack):
    """Topics and ACLs.

    The kafka provider authenticates as the admin SCRAM user. Its password is read at plan
    time from the admin SCRAM secret (a ``aws_secretsmanager_secret_version`` data source,
    named from infra's remote-state output) and so never appears in the JSON. That data
    source calls AWS, which the project otherwise avoids; it is acceptable in this root
    only, because the kafka provider must reach the brokers at plan time anyway, so this
    root can never plan without network access to the account.
    """

    def __init__(self, scope: Construct, root: RootId, settings: KrakenSettings, *, infra: RootId,
                 local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend, depends_on=(infra,))
        state = self.remote_outputs(infra)
        admin = DataAwsSecretsmanagerSecretVersion(self, "admin_scram_secret",
                                                   secret_id=state.lookup("msk_scram_secret_names", "admin"))
        credentials = Fn.jsondecode(admin.secret_string)
        KafkaProvider(self, "kafka",
                      bootstrap_servers=Token.as_list(Fn.split(",", state.string("msk_bootstrap_brokers_sasl_scram"))),
                      tls_enabled=True, sasl_mechanism="scram-sha512",
                      sasl_username=Token.as_string(Fn.lookup(credentials, "username")),
                      sasl_password=Token.as_string(Fn.lookup(credentials, "password")))
        self.names = KrakenNames(settings.name_prefix)
        self.topics = KafkaTopics(self, "topics", topic_plan(settings, self.names))


# --------------------------------------------------------------------------------------
# data-plane
# --------------------------------------------------------------------------------------

class KrakenDataPlaneStack(PlatformStack):
    def __init__(self, scope: Construct, root: RootId, settings: KrakenSettings, *, infra: RootId,
                 upstream: tuple[RootId, ...], local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend, depends_on=upstream)
        state = self.remote_outputs(infra)
        self.names = KrakenNames(settings.name_prefix)
        tiers = [AccessTier(name=name, mnpi=tier.mnpi, layers=tier.layers, mfa_required=tier.mfa_required,
                            max_session_hours=tier.max_session_hours)
                 for name, tier in settings.access_tiers.items()]
        areas = [f"{layer}-{c}" for layer in LAYERS for c in CLASSIFICATIONS]
        # Query results hold whatever the tier may read, so they are encrypted with the key
        # of the most sensitive classification the tier sees, in a bucket of the tier's own.
        self.results_buckets = {t.name: SecureBucket(self, f"athena_results_{t.name.replace('-', '_')}", SecureBucketProps(
            name=self.results_bucket_name(t.name), kms_key_arn=state.lookup("lake_kms_key_arns", t.results_classification),
            expire_after_days=settings.lake.athena_results_retention_days, noncurrent_days=1)) for t in tiers}
        self.access = AccessTiers(self, "access", AccessTiersProps(
            name=settings.name_prefix, account_id=settings.account_id, region=settings.region,
            trusted_account_id=settings.trusted_account_id, tiers=tiers,
            bucket_arns={a: state.lookup("lake_bucket_arns", a) for a in areas},
            results_bucket_names={t.name: self.results_bucket_name(t.name) for t in tiers},
            database_names={a: state.lookup("glue_database_names", a) for a in areas},
            key_arns={c: state.lookup("lake_kms_key_arns", c) for c in CLASSIFICATIONS},
))
        # Read so the VPC outputs are part of the contract the services below build on.
        self.vpc_id = state.string("vpc_id")
        self.private_subnet_ids = state.strings("private_subnet_ids")


    def results_bucket_name(self, tier: str) -> str:
        return f"{self.settings.name_prefix}-athena-{tier}-{self.settings.account_id}"


def roots(env: str, settings: KrakenSettings) -> list[RootSpec]:
    infra, kafka, data_plane = roots_of(env)
    specs = [RootSpec(infra, lambda app, local: KrakenInfraStack(app, infra, settings, local_backend=local))]
    # The kafka root joins once infra publishes the MSK outputs it reads (MSK is pending).
    if WITH_KAFKA_ROOT:
        specs.append(RootSpec(kafka, lambda app, local: KrakenKafkaStack(
            app, kafka, settings, infra=infra, local_backend=local), depends_on=(infra,)))
    upstream = (infra, kafka) if WITH_KAFKA_ROOT else (infra,)
    specs.append(RootSpec(data_plane, lambda app, local: KrakenDataPlaneStack(
        app, data_plane, settings, infra=infra, upstream=upstream, local_backend=local), depends_on=upstream))
    return specs


WITH_KAFKA_ROOT = False


PLATFORM = Platform(name="kraken", settings=KrakenSettings, roots=roots)
