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
from cdktf_cdktf_provider_aws.route53_record import Route53Record, Route53RecordAlias
from kafka.provider import KafkaProvider

from atlas.cdk import Construct, Fn, TerraformLocal, Token
from atlas.config.kraken import CLASSIFICATIONS, LAYERS, KrakenSettings
from atlas.constructs.access_tiers import AccessTier, AccessTiers, AccessTiersProps
from atlas.constructs.data_lake import DataLake, DataLakeProps
from atlas.constructs.kafka_topics import AclGrant, KafkaTopics, KafkaTopicsProps, TopicSpec
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.alb import LoadBalancer, LoadBalancerProps, TargetGroupSpec
from atlas.constructs.cdc_connectors import (
    connect_internal_statements,
    debezium_postgres_config,
    s3_sink_config,
    s3_writer_statements,
    secret_reference,
    worker_properties,
)
from atlas.constructs.ecs import Cluster, ClusterProps, FargateService, FargateServiceProps, ServiceConnectServer
from atlas.constructs.iam import Statement
from atlas.constructs.msk import (
    IAM_PORT,
    JMX_EXPORTER_PORT,
    NODE_EXPORTER_PORT,
    SCRAM_PORT,
    KafkaAccess,
    KafkaCluster,
    KafkaClusterProps,
    kafka_arns,
    kafka_client_statements,
)
from atlas.constructs.msk_connect import Connector, ConnectorProps, WorkerConfiguration
from atlas.constructs.msk_scram import ScramUsers, ScramUsersProps
from atlas.constructs.network import Network, NetworkProps
from atlas.constructs.rds import PORT as POSTGRES_PORT
from atlas.constructs.rds import Postgres, PostgresProps
from atlas.constructs.security_group import WorkloadSecurityGroup, allow_into_group_id
from atlas.constructs.streaming_services import (
    ALERTMANAGER_PORT,
    CRUISE_CONTROL_PORT,
    PROMETHEUS_PORT,
    PROMETHEUS_RULES,
    SCHEMA_REGISTRY_PORT,
    alertmanager_command,
    alertmanager_config,
    broker_targets,
    cruise_control_command,
    cruise_control_properties,
    prometheus_command,
    prometheus_config,
    schema_registry_command,
    schema_registry_environment,
)
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
        self._msk(settings)
        self._database(settings)

    def _security_group(self, construct_id: str, *, name: str, description: str, egress: bool):
        if self.network is not None:
            return self.network.security_group(construct_id, name=name, description=description,
                                               allow_all_egress=egress)
        return WorkloadSecurityGroup(self, construct_id, name=name, description=description, vpc_id=self.vpc_id,
                                     allow_all_egress=egress)

    def _msk(self, settings: KrakenSettings) -> None:
        prefix, msk = settings.name_prefix, settings.msk
        key = EncryptionKey(self, "msk_key", EncryptionKeyProps(
            alias=f"{prefix}-msk", description=f"{prefix} MSK data at rest",
            account_id=settings.account_id, region=settings.region))
        # Brokers only answer; clients (data-plane) get ingress rules from their own root.
        self.msk_security_group = self._security_group("msk_security_group", name=f"{prefix}-msk",
                                                       description=f"{prefix} MSK brokers", egress=False)
        self.scram = ScramUsers(self, "scram", ScramUsersProps(
            name=prefix, users=SCRAM_USERS, account_id=settings.account_id, region=settings.region))
        self.kafka = KafkaCluster(self, "msk", KafkaClusterProps(
            name=prefix, kafka_version=msk.kafka_version, broker_instance_type=msk.broker_instance_type,
            number_of_broker_nodes=msk.number_of_broker_nodes, subnet_ids=self.private_subnet_ids,
            security_group_ids=[self.msk_security_group.id], kms_key_arn=key.arn,
            log_kms_key_arn=self.logs_key.arn, log_retention_days=settings.log_retention_days,
            volume_size_gb=msk.volume_size_gb, provisioned_throughput_mibps=msk.provisioned_throughput_mibps,
            # SCRAM for Kafka clients with ACLs; IAM as well, the only mode MSK Connect supports.
            iam_auth=True, scram_auth=True, enhanced_monitoring=msk.enhanced_monitoring, open_monitoring=True,
            server_properties={"default.replication.factor": str(settings.topics.replication_factor),
                               "min.insync.replicas": str(settings.topics.min_insync_replicas)},
            scram_secret_arns=list(self.scram.secret_arns.values()) if msk.associate_scram_secrets else ()))
        account, example_arn = settings.account_id, "arn:aws:kafka:eu-west-1:{a}:cluster/kraken-dev/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0-3"
        brokers = [f"b-{i}.krakendev.a1b2c3.c2.kafka.eu-west-1.amazonaws.com" for i in (1, 2, 3)]
        self.publish("msk_cluster_arn", self.kafka.arn, description="ARN of the MSK cluster.",
                     example=example_arn.format(a=account))
        self.publish("msk_cluster_name", self.kafka.cluster_name, description="Name of the MSK cluster.",
                     example="kraken-dev")
        self.publish("msk_bootstrap_brokers_sasl_scram", self.kafka.bootstrap_brokers_scram,
                     description="SASL/SCRAM bootstrap brokers (TLS, port 9096), comma-separated.",
                     example=",".join(f"{b}:{SCRAM_PORT}" for b in brokers))
        self.publish("msk_bootstrap_brokers_sasl_iam", self.kafka.bootstrap_brokers_iam,
                     description="IAM bootstrap brokers (TLS, port 9098), comma-separated.",
                     example=",".join(f"{b}:{IAM_PORT}" for b in brokers))
        self.publish("msk_security_group_id", self.msk_security_group.id,
                     description="Security group of the brokers; clients add ingress rules to it.",
                     example="sg-0a1b2c3d4e5f60718")
        self.publish("msk_scram_secret_names", self.scram.secret_names,
                     description="SCRAM secret name per Kafka user (AmazonMSK_<cluster>_<user>).",
                     example={u: f"AmazonMSK_kraken-dev_{u}" for u in SCRAM_USERS})
        self.publish("msk_scram_secret_arns", self.scram.secret_arns,
                     description="SCRAM secret ARN per Kafka user.",
                     example={u: f"arn:aws:secretsmanager:eu-west-1:{account}:secret:AmazonMSK_kraken-dev_{u}-Ab12Cd"
                              for u in SCRAM_USERS})
        self.publish("msk_scram_kms_key_arn", self.scram.key.arn,
                     description="KMS key encrypting the SCRAM secrets (readers need kms:Decrypt).",
                     example=f"arn:aws:kms:eu-west-1:{account}:key/1b2c3d4e-5f60-7182-9394-a5b6c7d8e9f0")

    def _database(self, settings: KrakenSettings) -> None:
        prefix, db = settings.name_prefix, settings.database
        key = EncryptionKey(self, "database_key", EncryptionKeyProps(
            alias=f"{prefix}-database", description=f"{prefix} PostgreSQL storage and master secret",
            account_id=settings.account_id, region=settings.region))
        self.database = Postgres(self, "database", PostgresProps(
            name=prefix, vpc_id=self.vpc_id, subnet_ids=self.private_subnet_ids, kms_key_arn=key.arn,
            account_id=settings.account_id, clients=[], database_name=db.database_name, master_username=db.master_username,
            engine_version=db.engine_version, instance_class=db.instance_class,
            allocated_storage_gb=db.allocated_storage_gb, max_allocated_storage_gb=db.max_allocated_storage_gb,
            multi_az=db.multi_az, deletion_protection=db.deletion_protection,
            backup_retention_days=db.backup_retention_days,
            # Debezium reads the write-ahead log through a pgoutput replication slot.
            parameters={**db.parameters,
                        "rds.logical_replication": "1", "max_replication_slots": "10", "max_wal_senders": "10"}))
        account = settings.account_id
        self.publish("database_master_secret_arn", self.database.managed_secret_arn,
                     description="The RDS-managed master secret (JSON with username and password). Its name "
                                 "is generated by RDS (rds!db-...), so the ARN is the stable handle.",
                     example=f"arn:aws:secretsmanager:eu-west-1:{account}:secret:rds!db-0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9-Ab12Cd")
        self.publish("database_kms_key_arn", key.arn, description="KMS key of the database and its master secret.",
                     example=f"arn:aws:kms:eu-west-1:{account}:key/2c3d4e5f-6071-8293-a4b5-c6d7e8f9a0b1")
        self.publish("database_security_group_id", self.database.security_group.id,
                     description="Security group of the database; clients add ingress rules to it.",
                     example="sg-0b1c2d3e4f5a60718")
        self.publish("database_endpoint", self.database.endpoint, description="Database host name.",
                     example="kraken-dev.c1a2b3c4d5e6.eu-west-1.rds.amazonaws.com")
        self.publish("database_name", db.database_name, description="Name of the database Debezium captures.",
                     example="kraken")

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
        self.publish("lake_bucket_names", {k: a.bucket_name for k, a in areas.items()},
                     description="Data lake bucket names by <layer>-<classification>.",
                     example={k: f"kraken-dev-{k}-{account}" for k in areas})
        self.publish("lake_bucket_arns", {k: f"arn:aws:s3:::{a.bucket_name}" for k, a in areas.items()},
                     description="Data lake bucket ARNs by <layer>-<classification>.",
                     example={k: f"arn:aws:s3:::kraken-dev-{k}-{account}" for k in areas})
        self.publish("lake_kms_key_arns", {c: self.lake.key_arn(c) for c in CLASSIFICATIONS},
                     description="KMS key ARN per classification (mnpi, public).",
                     example={c: f"arn:aws:kms:eu-west-1:{account}:key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f{i}"
                              for i, c in enumerate(CLASSIFICATIONS)})
        self.publish("lake_access_log_bucket_name", self.lake.access_logs.name,
                     description="Bucket that receives S3 server access logs (SSE-S3, log delivery may write).",
                     example=f"kraken-dev-lake-access-logs-{account}")
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
        self.names = names = KrakenNames(settings.name_prefix)
        plan = topic_plan(settings, names)
        self.topics = KafkaTopics(self, "topics", plan)
        t = settings.topics
        tables = {"mnpi": t.mnpi_tables, "public": t.public_tables}
        # Values are built from the created topics, so a downstream read waits for them.
        self.publish("cdc_topic_names", {c: Fn.join(",", [self.topics.topics[names.cdc_topic(c, tb)].name
                                                          for tb in tables[c]]) for c in CLASSIFICATIONS},
                     description="Comma-separated CDC topics per classification (what each S3 sink consumes).",
                     example={"mnpi": "cdc.mnpi.trades,cdc.mnpi.orders,cdc.mnpi.positions",
                              "public": "cdc.public.market_data,cdc.public.reference_data"})
        self.publish("cdc_topic_prefixes", {c: names.cdc_prefix(c) for c in CLASSIFICATIONS},
                     description="Topic name prefix per classification (Debezium routes tables under it).",
                     example={"mnpi": "cdc.mnpi.", "public": "cdc.public."})
        self.publish("dead_letter_topics", {c: self.topics.topics[names.dlq_topic(c)].name for c in CLASSIFICATIONS},
                     description="Dead-letter topic per classification.",
                     example={"mnpi": "dlq.mnpi.s3-sink", "public": "dlq.public.s3-sink"})


# --------------------------------------------------------------------------------------
# data-plane
# --------------------------------------------------------------------------------------

class KrakenDataPlaneStack(PlatformStack):
    """MSK Connect, the platform services on ECS, Athena and the access tiers."""

    def __init__(self, scope: Construct, root: RootId, settings: KrakenSettings, *, infra: RootId, kafka: RootId,
                 local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend, depends_on=(infra, kafka))
        self.infra = self.remote_outputs(infra)
        self.kafka = self.remote_outputs(kafka)
        self.names = KrakenNames(settings.name_prefix)
        self.vpc_id = self.infra.string("vpc_id")
        self.private_subnet_ids = self.infra.strings("private_subnet_ids")
        self.logs_key = EncryptionKey(self, "logs_key", EncryptionKeyProps(
            alias=f"{settings.name_prefix}-data-plane-logs", description=f"{settings.name_prefix} data-plane logs",
            account_id=settings.account_id, region=settings.region, service_principals=("logs",)))
        self._security_groups()
        self._services()  # first: connectors register schemas through the load balancer
        self._connectors()
        self._access()

    # -- security groups ---------------------------------------------------------------
    def _group(self, key: str, description: str) -> WorkloadSecurityGroup:
        return WorkloadSecurityGroup(self, f"{key}_sg", name=f"{self.settings.name_prefix}-{key.replace('_', '-')}",
                                     description=description, vpc_id=self.vpc_id)

    def _security_groups(self) -> None:
        s = self.settings
        self.sg = {
            "debezium": self._group("debezium", "Debezium source connector"),
            "s3_sink": self._group("s3_sink", "S3 sink connectors"),
            "alb": self._group("alb", "Internal load balancer of the platform services"),
            "schema_registry": self._group("schema_registry", "Schema Registry tasks"),
            "cruise_control": self._group("cruise_control", "Cruise Control tasks"),
            "prometheus": self._group("prometheus", "Prometheus tasks"),
            "alertmanager": self._group("alertmanager", "Alertmanager tasks"),
        }
        vpc_cidr = s.network.cidr if s.network else s.existing_network.vpc_cidr
        self.sg["alb"].allow_from_cidrs("vpc", [vpc_cidr], 443, description="HTTPS from inside the VPC")
        for key, port in (("schema_registry", SCHEMA_REGISTRY_PORT), ("cruise_control", CRUISE_CONTROL_PORT),
                          ("prometheus", PROMETHEUS_PORT), ("alertmanager", ALERTMANAGER_PORT)):
            self.sg[key].allow_from(self.sg["alb"], port, description=f"load balancer to {key}")
        self.sg["alertmanager"].allow_from(self.sg["prometheus"], ALERTMANAGER_PORT, description="alerts from Prometheus")
        self.sg["prometheus"].allow_from(self.sg["cruise_control"], PROMETHEUS_PORT,
                                         description="Cruise Control samples broker metrics")
        # Rules on infra's groups: each client reaches the brokers only on its own listener.
        msk_sg, db_sg = self.infra.string("msk_security_group_id"), self.infra.string("database_security_group_id")
        rules = [("msk_from_debezium", msk_sg, "debezium", IAM_PORT, "Debezium (IAM) to MSK"),
                 ("msk_from_s3_sink", msk_sg, "s3_sink", IAM_PORT, "S3 sinks (IAM) to MSK"),
                 ("msk_from_schema_registry", msk_sg, "schema_registry", SCRAM_PORT, "Schema Registry (SCRAM) to MSK"),
                 ("msk_from_cruise_control", msk_sg, "cruise_control", SCRAM_PORT, "Cruise Control (SCRAM) to MSK"),
                 ("msk_jmx_from_prometheus", msk_sg, "prometheus", JMX_EXPORTER_PORT, "Prometheus scrapes JMX exporter"),
                 ("msk_node_from_prometheus", msk_sg, "prometheus", NODE_EXPORTER_PORT,
                  "Prometheus scrapes node exporter"),
                 ("database_from_debezium", db_sg, "debezium", POSTGRES_PORT, "Debezium logical replication")]
        for rule_id, group_id, source, port, description in rules:
            allow_into_group_id(self, rule_id, group_id=group_id, source=self.sg[source], port=port,
                                description=description)

    # -- MSK Connect ---------------------------------------------------------------------
    def _connectors(self) -> None:
        s, c, names, t = self.settings, self.settings.connectors, self.names, self.settings.topics
        arns = kafka_arns(self, "msk_arns", self.infra.string("msk_cluster_arn"))
        self.worker = WorkerConfiguration(self, "connect_worker", name=f"{s.name_prefix}-connect", properties=worker_properties(
            region=s.region, schema_registry_url=f"https://{self.service_host('schema-registry')}"))
        common = dict(bootstrap_brokers_iam=self.infra.string("msk_bootstrap_brokers_sasl_iam"),
                      subnet_ids=self.private_subnet_ids, plugin_bucket_arn=c.plugin_bucket_arn,
                      account_id=s.account_id, log_kms_key_arn=self.logs_key.arn,
                      log_retention_days=s.log_retention_days, kafkaconnect_version=c.connect_version,
                      mcu_count=c.mcu_count, min_workers=c.min_workers, max_workers=c.max_workers,
                      worker_configuration=self.worker)
        secret = self.infra.string("database_master_secret_arn")
        prefixes = {k: self.kafka.lookup("cdc_topic_prefixes", k) for k in CLASSIFICATIONS}
        tables = {"mnpi": t.mnpi_tables, "public": t.public_tables}
        slot = f"debezium_{s.name_prefix.replace('-', '_')}"
        self.debezium = Connector(self, "debezium", ConnectorProps(
            name=names.debezium_connector, security_group_ids=[self.sg["debezium"].id],
            plugin_key=c.debezium_plugin.s3_key or "", plugin_arn=c.debezium_plugin.arn,
            plugin_revision=c.debezium_plugin.revision,
            connector_configuration=debezium_postgres_config(
                hostname=self.infra.string("database_endpoint"), port=POSTGRES_PORT,
                dbname=self.infra.string("database_name"),
                user_ref=secret_reference(self, "database_user_ref", secret, "username"),
                password_ref=secret_reference(self, "database_password_ref", secret, "password"),
                server_name="kraken", slot_name=slot, schema="public",
                routes={k: (tables[k], prefixes[k]) for k in CLASSIFICATIONS}),
            role_statements=[
                *kafka_client_statements(arns, KafkaAccess(produce=[f"{prefixes[k]}*" for k in CLASSIFICATIONS]),
                                         sid_prefix="Cdc"),
                *connect_internal_statements(arns),
                Statement(sid="ReadDatabaseCredentials", actions=["secretsmanager:GetSecretValue"], resources=[secret]),
                Statement(sid="DecryptDatabaseCredentials", actions=["kms:Decrypt"],
                          resources=[self.infra.string("database_kms_key_arn")],
                          conditions={"StringEquals": {"kms:ViaService": f"secretsmanager.{s.region}.amazonaws.com"}})],
            **common))
        self.sinks = {}
        for k in CLASSIFICATIONS:
            bucket_arn = self.infra.lookup("lake_bucket_arns", f"raw-{k}")
            key = self.infra.lookup("lake_kms_key_arns", k)
            dlq = self.kafka.lookup("dead_letter_topics", k)
            self.sinks[k] = Connector(self, f"s3_sink_{k}", ConnectorProps(
                name=names.sink_connector(k), security_group_ids=[self.sg["s3_sink"].id],
                plugin_key=c.s3_sink_plugin.s3_key or "", plugin_arn=c.s3_sink_plugin.arn,
                plugin_revision=c.s3_sink_plugin.revision,
                connector_configuration=s3_sink_config(
                    topics=self.kafka.lookup("cdc_topic_names", k),
                    bucket=self.infra.lookup("lake_bucket_names", f"raw-{k}"), region=s.region, kms_key_arn=key,
                    dead_letter_topic=dlq, dead_letter_replication=t.replication_factor, tasks=t.partitions,
                    flush_size=c.flush_size, rotate_interval_ms=c.rotate_interval_ms),
                role_statements=[
                    *kafka_client_statements(arns, KafkaAccess(
                        consume=[f"{prefixes[k]}*"], produce=[dlq], groups=[names.sink_group(k)]), sid_prefix="Sink"),
                    *connect_internal_statements(arns),
                    *s3_writer_statements(bucket_arn, key)],
                **common))

    # -- platform services ---------------------------------------------------------------
    def service_host(self, service: str) -> str:
        """The name clients use: ``<service>.<private domain>`` when a private zone is given.

        Without one, only the listener's default target (Schema Registry) is reachable, at
        the load balancer's own DNS name; the certificate must then cover that name."""
        if self.settings.private_domain:
            return f"{service}.{self.settings.private_domain}"
        return self.alb.dns_name

    def _services(self) -> None:
        s, svc = self.settings, self.settings.services
        prefix = s.name_prefix
        domain = s.private_domain
        specs = [("schema-registry", "registry", SCHEMA_REGISTRY_PORT, "/subjects"),
                 ("cruise-control", "cruise", CRUISE_CONTROL_PORT, "/kafkacruisecontrol/state"),
                 ("prometheus", "prometheus", PROMETHEUS_PORT, "/-/healthy"),
                 ("alertmanager", "alerts", ALERTMANAGER_PORT, "/-/healthy")]
        self.alb = LoadBalancer(self, "alb", LoadBalancerProps(
            name=f"{prefix}-svc", vpc_id=self.vpc_id, subnet_ids=self.private_subnet_ids,
            security_group_ids=[self.sg["alb"].id], certificate_arn=s.certificate_arn, region=s.region,
            account_id=s.account_id, internal=True, default_target="registry",
            deletion_protection=s.rules.deletion_protection,
            server_access_log_bucket=self.infra.string("lake_access_log_bucket_name"),
            target_groups=[TargetGroupSpec(key=key, port=port, health_check_path=path,
                                           hosts=[f"{name}.{domain}"] if domain else [],
                                           priority=10 * (i + 1) if domain else 0)
                           for i, (name, key, port, path) in enumerate(specs)]))
        if s.route53_private_zone_id:
            for name, _, _, _ in specs:
                Route53Record(self, f"{name.replace('-', '_')}_dns", zone_id=s.route53_private_zone_id,
                              name=f"{name}.{domain}", type="A", alias=Route53RecordAlias(
                                  name=self.alb.dns_name, zone_id=self.alb.zone_id, evaluate_target_health=True))
        self.ecs = Cluster(self, "ecs", ClusterProps(name=prefix, service_connect_namespace=f"{prefix}.svc"))
        brokers_scram = self.infra.string("msk_bootstrap_brokers_sasl_scram")
        admin_secret = self.infra.lookup("msk_scram_secret_arns", "admin")
        kafka_secrets = dict(secrets={"KAFKA_USERNAME": f"{admin_secret}:username::",
                                      "KAFKA_PASSWORD": f"{admin_secret}:password::"},
                             secret_arns=[admin_secret],
                             secret_kms_key_arns=[self.infra.string("msk_scram_kms_key_arn")])
        jmx = TerraformLocal(self, "msk_jmx_targets", broker_targets(brokers_scram, SCRAM_PORT, JMX_EXPORTER_PORT))
        node = TerraformLocal(self, "msk_node_targets", broker_targets(brokers_scram, SCRAM_PORT, NODE_EXPORTER_PORT))
        severities = []
        pd_secrets: dict[str, str] = {}
        pagerduty = s.alerts.pagerduty
        if pagerduty:
            for severity, arn in (("critical", pagerduty.critical_secret_arn), ("warning", pagerduty.warning_secret_arn)):
                if arn:
                    severities.append(severity)
                    pd_secrets[f"PAGERDUTY_{severity.upper()}_KEY"] = arn
        services = {
            "schema-registry": dict(
                settings=svc.schema_registry, port=SCHEMA_REGISTRY_PORT, command=schema_registry_command(),
                environment=schema_registry_environment(bootstrap_brokers_scram=brokers_scram,
                                                        host_name=self.service_host("schema-registry")),
                **kafka_secrets),
            "cruise-control": dict(
                settings=svc.cruise_control, port=CRUISE_CONTROL_PORT, command=cruise_control_command(),
                environment={"CRUISE_CONTROL_PROPERTIES": cruise_control_properties(
                    bootstrap_brokers_scram=brokers_scram, prometheus_url=f"http://prometheus:{PROMETHEUS_PORT}")},
                **kafka_secrets),
            "prometheus": dict(
                settings=svc.prometheus, port=PROMETHEUS_PORT, command=prometheus_command(),
                environment={"PROMETHEUS_CONFIG": prometheus_config(
                    cluster_name=self.infra.string("msk_cluster_name"), jmx_targets=jmx.as_string,
                    node_targets=node.as_string, alertmanager=f"alertmanager:{ALERTMANAGER_PORT}"),
                    "PROMETHEUS_RULES": PROMETHEUS_RULES}),
            "alertmanager": dict(
                settings=svc.alertmanager, port=ALERTMANAGER_PORT, command=alertmanager_command(severities),
                environment={"ALERTMANAGER_CONFIG": alertmanager_config(severities)},
                secrets=pd_secrets, secret_arns=list(pd_secrets.values())),
        }
        self.services = {}
        for (name, key, _, _) in specs:
            spec = services[name]
            conf = spec.pop("settings")
            port = spec.pop("port")
            self.services[name] = FargateService(self, name.replace("-", "_"), FargateServiceProps(
                name=f"{prefix}-{name}", cluster_arn=self.ecs.arn, image=conf.image, cpu=conf.cpu,
                memory=conf.memory, desired_count=conf.desired_count, subnet_ids=self.private_subnet_ids,
                security_group_ids=[self.sg[name.replace("-", "_")].id], region=s.region, account_id=s.account_id,
                log_kms_key_arn=self.logs_key.arn, log_retention_days=s.log_retention_days, container_port=port,
                target_group_arn=self.alb.target_group_arn(key),
                service_connect_namespace_arn=self.ecs.namespace_arn,
                service_connect_server=ServiceConnectServer(dns_name=name, port=port), **spec))

    # -- Athena and access tiers ---------------------------------------------------------
    def _access(self) -> None:
        s, state = self.settings, self.infra
        tiers = [AccessTier(name=name, mnpi=tier.mnpi, layers=tier.layers, mfa_required=tier.mfa_required,
                            max_session_hours=tier.max_session_hours)
                 for name, tier in s.access_tiers.items()]
        areas = [f"{layer}-{c}" for layer in LAYERS for c in CLASSIFICATIONS]
        # Query results hold whatever the tier may read, so they are encrypted with the key
        # of the most sensitive classification the tier sees, in a bucket of the tier's own.
        self.results_buckets = {t.name: SecureBucket(self, f"athena_results_{t.name.replace('-', '_')}", SecureBucketProps(
            name=self.results_bucket_name(t.name), kms_key_arn=state.lookup("lake_kms_key_arns", t.results_classification),
            expire_after_days=s.lake.athena_results_retention_days, noncurrent_days=1,
            access_log_bucket=state.string("lake_access_log_bucket_name"),
            access_log_prefix=f"{self.results_bucket_name(t.name)}/")) for t in tiers}
        self.access = AccessTiers(self, "access", AccessTiersProps(
            name=s.name_prefix, account_id=s.account_id, region=s.region,
            trusted_account_id=s.trusted_account_id, tiers=tiers,
            bucket_arns={a: state.lookup("lake_bucket_arns", a) for a in areas},
            results_bucket_names={t.name: self.results_bucket_name(t.name) for t in tiers},
            database_names={a: state.lookup("glue_database_names", a) for a in areas},
            key_arns={c: state.lookup("lake_kms_key_arns", c) for c in CLASSIFICATIONS}))

    def results_bucket_name(self, tier: str) -> str:
        return f"{self.settings.name_prefix}-athena-{tier}-{self.settings.account_id}"


def roots(env: str, settings: KrakenSettings) -> list[RootSpec]:
    infra, kafka, data_plane = roots_of(env)
    return [
        RootSpec(infra, lambda app, local: KrakenInfraStack(app, infra, settings, local_backend=local)),
        RootSpec(kafka, lambda app, local: KrakenKafkaStack(app, kafka, settings, infra=infra, local_backend=local),
                 depends_on=(infra,)),
        RootSpec(data_plane, lambda app, local: KrakenDataPlaneStack(
            app, data_plane, settings, infra=infra, kafka=kafka, local_backend=local), depends_on=(infra, kafka)),
    ]


PLATFORM = Platform(name="kraken", settings=KrakenSettings, roots=roots)
