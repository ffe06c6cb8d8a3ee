"""Atlas: one root per environment (staging, staging2, prod).

Each root holds one workload plane: an internet-facing ALB with host-header routing, an ECS
cluster with five Fargate services (events ingestion, dashboard backend, scoring, Kafka UI,
Camunda), their runtime secrets, two PostgreSQL instances, a cache, alarms and a budget.
An environment that owns its cluster (staging, prod) also builds the VPC and the MSK
cluster and publishes them; a sharing environment (staging2, ``msk_shared_from``) reads
them from the owner's state instead.

Why staging2 runs inside the staging VPC rather than a VPC of its own: MSK brokers (9098)
are reachable only from inside the cluster's VPC unless peering, a transit gateway or MSK
multi-VPC connectivity is added. Sharing the VPC keeps staging2 reachable with no extra
network, and its ingress rules on the staging MSK security group can name staging2's own
security groups instead of a CIDR. Those rules are staging2 resources: destroying staging2
removes them, and staging never needs to know staging2 exists.
"""

from __future__ import annotations

from atlas.cdk import Construct
from atlas.config.atlas import AtlasSettings, cross_checks
from atlas.config.common import AppServiceSettings, DatabaseSettings
from atlas.constructs import clickhouse_agent
from atlas.constructs.alb import LoadBalancer, LoadBalancerProps, TargetGroupSpec
from atlas.constructs.cache import Cache, CacheProps
from atlas.constructs.ecs import Cluster, ClusterProps, FargateService, FargateServiceProps, ServiceConnectServer
from atlas.constructs.iam import Statement
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.msk import IAM_PORT, IAM_PUBLIC_PORT, KafkaAccess, KafkaCluster, KafkaClusterProps, \
    kafka_arns, kafka_client_statements
from atlas.constructs.msk_connect import Connector, ConnectorProps
from atlas.constructs.network import Network, NetworkProps
from atlas.constructs.observability import AlarmSpec, AlertTopic, AlertTopicProps, MonthlyBudget, \
    MonthlyBudgetProps, alarm
from atlas.constructs.rds import Postgres, PostgresProps
from atlas.constructs.s3 import SecureBucket, SecureBucketProps, server_access_log_bucket
from atlas.constructs.secrets import SeededSecret, SeededSecretProps
from atlas.constructs.security_group import WorkloadSecurityGroup, allow_into_group_id
from atlas.stacks.base import PlatformStack
from atlas.stacks.registry import Platform, RootSpec
from atlas.state import Contract, Output, RootId

SASL_MECHANISM = "AWS_MSK_IAM"
SCORING_DNS = "scoring"
CAMUNDA_DNS = "camunda"
EXAMPLE_BROKERS = ("b-1.pocatlasdevmsk.a1b2c3.c2.kafka.eu-west-1.amazonaws.com:{port},"
                   "b-2.pocatlasdevmsk.a1b2c3.c2.kafka.eu-west-1.amazonaws.com:{port}")


class AtlasOutputs(Contract):
    """What an Atlas root publishes; the network and cluster fields only where the root owns them."""

    alb_dns_name = Output("DNS name of the Atlas ALB (CNAME the hosts to it).",
                          example="poc-atlas-dev-1234567890.eu-west-1.elb.amazonaws.com")
    ecs_cluster_arn = Output("The workload plane's ECS cluster.",
                             example="arn:aws:ecs:eu-west-1:111111111111:cluster/poc-atlas-dev")
    vpc_id = Output("The Atlas VPC (shared with environments that share MSK).", example="vpc-0a1b2c3d4e5f60718",
                    optional=True)
    vpc_cidr = Output("CIDR of the Atlas VPC.", example="10.20.0.0/16", optional=True)
    public_subnet_ids = Output("Public subnets, one per zone.",
                               example=["subnet-0b1c2d3e4f5a60718", "subnet-0b1c2d3e4f5a60719"], optional=True)
    private_subnet_ids = Output("Private subnets, one per availability zone.",
                                example=["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"], optional=True)
    msk_cluster_arn = Output("ARN of the MSK cluster.",
                             example="arn:aws:kafka:eu-west-1:111111111111:cluster/poc-atlas-dev-msk/"
                                     "0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9-2", optional=True)
    msk_security_group_id = Output("Security group of the MSK brokers; sharing roots add their client rules to it.",
                                   example="sg-0a1b2c3d4e5f60718", optional=True)
    bootstrap_brokers_tls = Output("Private bootstrap brokers with IAM auth over TLS (port 9098), for clients in "
                                   "the VPC (the MSK attribute bootstrap_brokers_sasl_iam).",
                                   example=EXAMPLE_BROKERS.format(port=9098), optional=True)
    bootstrap_brokers_public_tls = Output("Public bootstrap brokers with IAM auth over TLS (port 9198), for external "
                                          "clients (the MSK attribute bootstrap_brokers_public_sasl_iam).",
                                          example=EXAMPLE_BROKERS.format(port=9198).replace("b-", "b-pub-"),
                                          optional=True)


class AtlasStack(PlatformStack):
    def __init__(self, scope: Construct, root: RootId, settings: AtlasSettings, *, local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend, outputs=AtlasOutputs)
        s = settings
        self.prefix = prefix = s.name_prefix
        self.logs_key = EncryptionKey(self, "logs_key", EncryptionKeyProps(
            alias=f"{prefix}-logs", description=f"{prefix} CloudWatch Logs encryption",
            account_id=s.account_id, region=s.region, service_principals=("logs",)))
        # Secrets, databases, cache, MSK, exports and the alarm topic; CloudWatch must be able
        # to publish alarms to the encrypted topic.
        self.data_key = EncryptionKey(self, "data_key", EncryptionKeyProps(
            alias=f"{prefix}-data", description=f"{prefix} data encryption (secrets, databases, Kafka, exports)",
            account_id=s.account_id, region=s.region, service_principals=("cloudwatch",)))
        # S3 server access logs of this root's buckets (ALB logs, connector plugins, exports).
        self.access_log_bucket = server_access_log_bucket(
            self, "access_log_bucket", name=f"{prefix}-s3-access-logs-{s.account_id}", account_id=s.account_id,
            retention_days=90)
        self._network()
        self._security_groups()
        self._streaming()
        self._secrets()
        self._edge()
        self._services()
        self._databases()
        self.cache = Cache(self, "cache", CacheProps(
            name=prefix, vpc_id=self.vpc_id, subnet_ids=self.private_subnet_ids, kms_key_arn=self.data_key.arn,
            clients=[self.sg["dashboard"]], engine=s.cache.engine, engine_version=s.cache.engine_version,
            node_type=s.cache.node_type, num_cache_clusters=s.cache.num_cache_clusters))
        if s.s3_sink is not None:
            self._s3_sink()
        if s.clickhouse_prometheus_agent is not None:
            self._clickhouse_agent()
        self._operations()
        self._outputs()

    # -- network -------------------------------------------------------------------------
    def _network(self) -> None:
        s = self.settings
        if s.owns_cluster:
            net = s.network
            self.network = Network(self, "network", NetworkProps(
                name=self.prefix, cidr=net.cidr, availability_zones=net.availability_zones,
                public_subnet_cidrs=net.public_subnet_cidrs, private_subnet_cidrs=net.private_subnet_cidrs,
                region=s.region, account_id=s.account_id, log_kms_key_arn=self.logs_key.arn,
                single_nat_gateway=net.single_nat_gateway, flow_log_retention_days=net.flow_log_retention_days))
            self.vpc_id = self.network.vpc_id
            self.public_subnet_ids = self.network.public_subnet_ids
            self.private_subnet_ids = self.network.private_subnet_ids
            self.upstream_outputs = None
            return
        self.network = None
        self.upstream_outputs = up = self.read(AtlasOutputs, RootId("atlas", s.msk_shared_from))
        self.vpc_id = up.string(AtlasOutputs.vpc_id)
        self.public_subnet_ids = up.strings(AtlasOutputs.public_subnet_ids)
        self.private_subnet_ids = up.strings(AtlasOutputs.private_subnet_ids)

    def _group(self, key: str, description: str, *, egress: bool = True) -> WorkloadSecurityGroup:
        name = f"{self.prefix}-{key.replace('_', '-')}"
        if self.network is not None:
            return self.network.security_group(key, name=name, description=description, allow_all_egress=egress)
        return WorkloadSecurityGroup(self.groups_scope, key, name=name, description=description, vpc_id=self.vpc_id,
                                     allow_all_egress=egress)

    def _security_groups(self) -> None:
        s = self.settings
        # Groups of a sharing root sit under "network" too, so addresses read the same in every root.
        self.groups_scope = self.network or Construct(self, "network")
        keys = {"alb": "Atlas public ALB", "events": "events ingestion tasks", "dashboard": "dashboard backend tasks",
                "scoring": "scoring tasks", "kafka_ui": "Kafka UI tasks", "camunda": "Camunda tasks"}
        if s.clickhouse_prometheus_agent is not None:
            keys["clickhouse_agent"] = "ClickHouse Cloud Prometheus agent tasks"
        if s.s3_sink is not None:
            keys["connector"] = "MSK Connect S3 sink workers"
        self.sg = {k: self._group(k, v) for k, v in keys.items()}
        svc = s.services
        # An internet-facing ALB has no source group to name: the internet is the client.
        self.sg["alb"].allow_from_cidrs("internet", ["0.0.0.0/0"], 443, description="HTTPS from clients")
        self.sg["alb"].allow_from_cidrs("internet", ["0.0.0.0/0"], 80, description="HTTP, redirected to HTTPS")
        for key, port in (("events", svc.events_ingestion.port), ("dashboard", svc.dashboard_backend.port),
                          ("kafka_ui", svc.kafka_ui.port)):
            self.sg[key].allow_from(self.sg["alb"], port, description="ALB to the service")
        self.sg["scoring"].allow_from(self.sg["dashboard"], svc.scoring.port,
                                      description="dashboard backend to scoring (Service Connect)")
        self.sg["camunda"].allow_from(self.sg["scoring"], svc.camunda.port,
                                      description="scoring to Camunda (Service Connect)")
        self.kafka_clients = [self.sg[k] for k in ("events", "dashboard", "scoring", "kafka_ui", "connector")
                              if k in self.sg]

    # -- streaming -----------------------------------------------------------------------
    def _streaming(self) -> None:
        s = self.settings
        if not s.owns_cluster:
            up = self.upstream_outputs
            self.msk = None
            self.msk_cluster_arn = up.string(AtlasOutputs.msk_cluster_arn)
            self.bootstrap_brokers_tls = up.string(AtlasOutputs.bootstrap_brokers_tls)
            self.kafka_arns = kafka_arns(self, "msk_arns", self.msk_cluster_arn)
            msk_group_id = up.string(AtlasOutputs.msk_security_group_id)
            for client in self.kafka_clients:
                allow_into_group_id(self.groups_scope, f"shared_msk_from_{client.node.id}", group_id=msk_group_id,
                                    source=client, port=IAM_PORT,
                                    description=f"{client.name} to the shared MSK cluster (IAM + TLS)")
            return
        # Brokers only answer clients (security groups are stateful); they open no connections.
        self.sg["msk"] = msk_sg = self._group("msk", "MSK brokers", egress=False)
        for client in self.kafka_clients:
            msk_sg.allow_from(client, IAM_PORT, description=f"{client.name} to MSK (IAM + TLS)")
        msk = s.msk
        if msk.public_access:
            msk_sg.allow_from_cidrs("public_clients", msk.public_access_cidrs, IAM_PUBLIC_PORT,
                                    description="external clients to the public MSK endpoint (IAM + TLS)")
        self.msk = KafkaCluster(self, "msk", KafkaClusterProps(
            name=f"{self.prefix}-msk", kafka_version=msk.kafka_version, broker_instance_type=msk.broker_instance_type,
            number_of_broker_nodes=msk.number_of_broker_nodes,
            # Public access needs brokers in public subnets; otherwise they stay private.
            subnet_ids=self.public_subnet_ids if msk.public_access else self.private_subnet_ids,
            security_group_ids=[msk_sg.id], kms_key_arn=self.data_key.arn, log_kms_key_arn=self.logs_key.arn,
            log_retention_days=s.log_retention_days, volume_size_gb=msk.volume_size_gb,
            provisioned_throughput_mibps=msk.provisioned_throughput_mibps, iam_auth=True,
            enhanced_monitoring=msk.enhanced_monitoring, public_access=msk.public_access,
            multi_vpc_connectivity=msk.multi_vpc_connectivity))
        self.msk_cluster_arn = self.msk.arn
        self.bootstrap_brokers_tls = self.msk.bootstrap_brokers_iam
        self.kafka_arns = kafka_arns(self, "msk_arns", self.msk_cluster_arn)

    def _kafka(self, access: KafkaAccess, sid: str) -> list[Statement]:
        return kafka_client_statements(self.kafka_arns, access, sid_prefix=sid)

    # -- secrets -------------------------------------------------------------------------
    def _secret(self, key: str, name: str, description: str, seed: dict[str, str],
                extra_keys: tuple[str, ...] = ()) -> SeededSecret:
        # Keys operators own are seeded empty so ECS can inject them from the first deployment.
        return SeededSecret(self, f"{key}_secret", SeededSecretProps(
            name=f"{self.prefix}/{name}", description=description, kms_key_arn=self.data_key.arn,
            seed={**{k: "" for k in extra_keys}, **seed}))

    def _secrets(self) -> None:
        s, k, svc = self.settings, self.settings.kafka, self.settings.services
        kafka = {"KAFKA_SASL_MECHANISM": SASL_MECHANISM, "KAFKA_BROKERS": self.bootstrap_brokers_tls}
        self.secrets = {
            "events": self._secret("events", "events-ingestion", "Events ingestion runtime configuration",
                                   {"KAFKA_EVENTS_TOPIC": k.events_topic, "KAFKA_DLQ_TOPIC": k.events_dlq_topic,
                                    **kafka}, svc.events_ingestion.secret_keys),
            "scoring": self._secret("scoring", "scoring", "Scoring runtime configuration (producer only)",
                                    {"KAFKA_OUTPUT_TOPIC": k.scoring_output_topic,
                                     "KAFKA_DLQ_TOPIC": k.scoring_dlq_topic, **kafka,
                                     "CAMUNDA_BASE_URL": f"http://{CAMUNDA_DNS}:{svc.camunda.port}/engine-rest"},
                                    svc.scoring.secret_keys),
            # The dashboard runtime owns its broker, topic and database settings.
            "dashboard": self._secret("dashboard", "dashboard-backend", "Dashboard backend runtime configuration",
                                      {"SCORING_BASE_URL": f"http://{SCORING_DNS}:{svc.scoring.port}"}
                                      if s.dashboard_scoring_base_url_enabled else {},
                                      svc.dashboard_backend.secret_keys),
            "camunda": self._secret("camunda", "camunda", "Camunda runtime configuration (JDBC settings)", {},
                                    svc.camunda.secret_keys),
        }

    # -- edge ----------------------------------------------------------------------------
    def _edge(self) -> None:
        s, svc = self.settings, self.settings.services
        self.alb = LoadBalancer(self, "alb", LoadBalancerProps(
            server_access_log_bucket=self.access_log_bucket.name,
            server_access_log_bucket_policy=self.access_log_bucket.policy, log_kms_key_arn=self.logs_key.arn,
            waf_log_retention_days=s.log_retention_days,
            name=self.prefix, vpc_id=self.vpc_id, subnet_ids=self.public_subnet_ids,
            security_group_ids=[self.sg["alb"].id], certificate_arn=s.certificate_arn, region=s.region,
            account_id=s.account_id, deletion_protection=s.rules.deletion_protection, default_target="events",
            target_groups=[
                TargetGroupSpec(key="events", port=svc.events_ingestion.port, hosts=[s.events_ingestion_host],
                                priority=10, health_check_path=svc.events_ingestion.health_check_path),
                TargetGroupSpec(key="dashboard", port=svc.dashboard_backend.port, hosts=[s.dashboard_backend_host],
                                priority=20, health_check_path=svc.dashboard_backend.health_check_path),
                TargetGroupSpec(key="kafka-ui", port=svc.kafka_ui.port, hosts=[s.kafka_ui_host], priority=30,
                                health_check_path=svc.kafka_ui.health_check_path),
            ]))

    # -- compute -------------------------------------------------------------------------
    def _service(self, key: str, name: str, cfg: AppServiceSettings, **kwargs) -> FargateService:
        s = self.settings
        secret = self.secrets.get(key)
        if secret is not None:
            kwargs.setdefault("secrets", {k: secret.value_from(k) for k in secret.keys})
            kwargs.setdefault("secret_arns", [secret.arn])
            kwargs.setdefault("secret_kms_key_arns", [self.data_key.arn])
        return FargateService(self, key, FargateServiceProps(
            name=f"{self.prefix}-{name}", cluster_arn=self.cluster.arn, image=kwargs.pop("image", cfg.image),
            cpu=kwargs.pop("cpu", cfg.cpu), memory=kwargs.pop("memory", cfg.memory),
            desired_count=kwargs.pop("desired_count", cfg.desired_count), subnet_ids=self.private_subnet_ids,
            security_group_ids=[self.sg[key].id], region=s.region, account_id=s.account_id,
            log_kms_key_arn=self.logs_key.arn, log_retention_days=s.log_retention_days,
            service_connect_namespace_arn=self.cluster.namespace_arn, **kwargs))

    def _services(self) -> None:
        s, k, svc = self.settings, self.settings.kafka, self.settings.services
        self.cluster = Cluster(self, "ecs", ClusterProps(name=self.prefix, service_connect_namespace=self.prefix))
        curl = "curl -fsS http://127.0.0.1:{port}{path} > /dev/null || exit 1"
        self.services = {
            "events": self._service(
                "events", "events-ingestion", svc.events_ingestion, container_port=svc.events_ingestion.port,
                target_group_arn=self.alb.target_group_arn("events"),
                task_role_statements=self._kafka(KafkaAccess(produce=[k.events_topic, k.events_dlq_topic]), "Events")),
            "dashboard": self._service(
                "dashboard", "dashboard-backend", svc.dashboard_backend, container_port=svc.dashboard_backend.port,
                target_group_arn=self.alb.target_group_arn("dashboard"),
                task_role_statements=self._kafka(KafkaAccess(
                    consume=[k.events_topic, k.scoring_output_topic], groups=[k.dashboard_consumer_group]),
                    "Dashboard")),
            "scoring": self._service(
                "scoring", "scoring", svc.scoring, container_port=svc.scoring.port,
                service_connect_server=ServiceConnectServer(dns_name=SCORING_DNS, port=svc.scoring.port),
                health_check_command=curl.format(port=svc.scoring.port, path=svc.scoring.health_check_path),
                task_role_statements=self._kafka(KafkaAccess(produce=[k.scoring_output_topic, k.scoring_dlq_topic]),
                                                 "Scoring")),
            "kafka_ui": self._service(
                "kafka_ui", "kafka-ui", svc.kafka_ui, container_port=svc.kafka_ui.port,
                target_group_arn=self.alb.target_group_arn("kafka-ui"),
                environment=self._kafka_ui_environment(),
                task_role_statements=self._kafka(KafkaAccess(describe_all=True), "KafkaUi")),
            "camunda": self._service(
                "camunda", "camunda", svc.camunda, container_port=svc.camunda.port,
                service_connect_server=ServiceConnectServer(dns_name=CAMUNDA_DNS, port=svc.camunda.port),
                health_check_command=curl.format(port=svc.camunda.port, path=svc.camunda.health_check_path)),
        }

    def _kafka_ui_environment(self) -> dict[str, str]:
        """Kafka UI (provectus/kafbat) configuration: read-only, IAM over TLS; no secret needed."""
        return {
            "KAFKA_CLUSTERS_0_NAME": self.settings.kafka.kafka_ui_cluster_label,
            "KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS": self.bootstrap_brokers_tls,
            "KAFKA_CLUSTERS_0_READONLY": "true",
            "KAFKA_CLUSTERS_0_PROPERTIES_SECURITY_PROTOCOL": "SASL_SSL",
            "KAFKA_CLUSTERS_0_PROPERTIES_SASL_MECHANISM": SASL_MECHANISM,
            "KAFKA_CLUSTERS_0_PROPERTIES_SASL_JAAS_CONFIG": "software.amazon.msk.auth.iam.IAMLoginModule required;",
            "KAFKA_CLUSTERS_0_PROPERTIES_SASL_CLIENT_CALLBACK_HANDLER_CLASS":
                "software.amazon.msk.auth.iam.IAMClientCallbackHandler",
            "DYNAMIC_CONFIG_ENABLED": "false",
        }

    # -- databases -----------------------------------------------------------------------
    def _database(self, key: str, name: str, cfg: DatabaseSettings, client: str) -> Postgres:
        return Postgres(self, key, PostgresProps(
            name=f"{self.prefix}-{name}", vpc_id=self.vpc_id, subnet_ids=self.private_subnet_ids,
            kms_key_arn=self.data_key.arn, account_id=self.settings.account_id, clients=[self.sg[client]],
            database_name=cfg.database_name,
            engine_version=cfg.engine_version, instance_class=cfg.instance_class,
            allocated_storage_gb=cfg.allocated_storage_gb, max_allocated_storage_gb=cfg.max_allocated_storage_gb,
            multi_az=cfg.multi_az, deletion_protection=cfg.deletion_protection,
            backup_retention_days=cfg.backup_retention_days, parameters=cfg.parameters,
            password_secret_id=cfg.password_secret if cfg.master_password_mode != "managed" else None,
            password_version=cfg.password_version))

    def _databases(self) -> None:
        s = self.settings
        self.databases = {"dashboard": self._database("dashboard_db", "dashboard", s.dashboard_db, "dashboard"),
                          "camunda": self._database("camunda_db", "camunda", s.camunda_db, "camunda")}

    # -- optional paths ------------------------------------------------------------------
    def _s3_sink(self) -> None:
        s, sink = self.settings, self.settings.s3_sink
        self.export_bucket = SecureBucket(self, "sink_bucket", SecureBucketProps(
            name=f"{self.prefix}-kafka-export-{s.account_id}", kms_key_arn=self.data_key.arn,
            access_log_bucket=self.access_log_bucket.name, access_log_prefix=f"{self.prefix}-kafka-export/",
            access_log_bucket_policy=self.access_log_bucket.policy))
        self.plugin_bucket = SecureBucket(self, "plugin_bucket", SecureBucketProps(
            name=f"{self.prefix}-connect-plugins-{s.account_id}", kms_key_arn=self.data_key.arn,
            access_log_bucket=self.access_log_bucket.name, access_log_prefix=f"{self.prefix}-connect-plugins/",
            access_log_bucket_policy=self.access_log_bucket.policy))
        name = f"{self.prefix}-s3-sink"
        objects = self.export_bucket.objects_arn(f"{sink.prefix}/")
        self.connector = Connector(self, "s3_sink", ConnectorProps(
            name=name, bootstrap_brokers_iam=self.bootstrap_brokers_tls, subnet_ids=self.private_subnet_ids,
            security_group_ids=[self.sg["connector"].id], plugin_bucket_arn=self.plugin_bucket.arn,
            plugin_key=sink.plugin_key, account_id=s.account_id, log_kms_key_arn=self.logs_key.arn,
            log_retention_days=s.log_retention_days, mcu_count=sink.mcu_count, min_workers=sink.min_workers,
            max_workers=sink.max_workers,
            connector_configuration={
                "connector.class": "io.confluent.connect.s3.S3SinkConnector",
                "tasks.max": str(sink.max_workers * sink.mcu_count),
                "topics": ",".join(sink.topics),
                "s3.region": s.region, "s3.bucket.name": self.export_bucket.name, "topics.dir": sink.prefix,
                "flush.size": str(sink.flush_size),
                "storage.class": "io.confluent.connect.s3.storage.S3Storage",
                "format.class": "io.confluent.connect.s3.format.json.JsonFormat",
                "partitioner.class": "io.confluent.connect.storage.partitioner.FieldPartitioner",
                "partition.field.name": ",".join(sink.partition_fields),
                "key.converter": "org.apache.kafka.connect.storage.StringConverter",
                "value.converter": "org.apache.kafka.connect.json.JsonConverter",
                "value.converter.schemas.enable": "false",
            },
            role_statements=[
                # MSK Connect names the sink's consumer group "connect-<connector name>".
                *self._kafka(KafkaAccess(consume=list(sink.topics), groups=[f"connect-{name}"]), "Sink"),
                Statement(sid="FindBucket", actions=["s3:ListBucket", "s3:GetBucketLocation"],
                          resources=[self.export_bucket.arn]),
                Statement(sid="WriteExports", actions=["s3:PutObject", "s3:GetObject", "s3:AbortMultipartUpload",
                                                       "s3:ListMultipartUploadParts"], resources=[objects]),
                Statement(sid="EncryptExports", actions=["kms:GenerateDataKey", "kms:Decrypt"],
                          resources=[self.data_key.arn]),
            ]))

    def _clickhouse_agent(self) -> None:
        s, agent = self.settings, self.settings.clickhouse_prometheus_agent
        secret = self.secrets["clickhouse_agent"] = self._secret(
            "clickhouse_agent", "clickhouse-prometheus-agent",
            "ClickHouse Cloud API key and New Relic license key for the Prometheus agent (set by operators)",
            {}, clickhouse_agent.SECRET_KEYS)
        self.services["clickhouse_agent"] = FargateService(self, "clickhouse_agent", FargateServiceProps(
            name=f"{self.prefix}-clickhouse-prometheus-agent", cluster_arn=self.cluster.arn, image=agent.image,
            cpu=agent.cpu, memory=agent.memory, desired_count=agent.desired_count, subnet_ids=self.private_subnet_ids,
            security_group_ids=[self.sg["clickhouse_agent"].id], region=s.region, account_id=s.account_id,
            log_kms_key_arn=self.logs_key.arn, log_retention_days=s.log_retention_days,
            entry_point=["/bin/sh", "-c"], command=[clickhouse_agent.command(agent, self.prefix)],
            secrets={k: secret.value_from(k) for k in clickhouse_agent.SECRET_KEYS},
            secret_arns=[secret.arn], secret_kms_key_arns=[self.data_key.arn],
            health_check_command="wget -qO- http://127.0.0.1:9090/-/healthy > /dev/null || exit 1"))

    # -- operations ----------------------------------------------------------------------
    def _operations(self) -> None:
        s, p = self.settings, self.prefix
        self.alerts = AlertTopic(self, "alerts", AlertTopicProps(name=f"{p}-alerts", email=s.alerts.email,
                                                                 kms_key_arn=self.data_key.arn))
        topic = self.alerts.arn
        specs = [AlarmSpec(name=f"{p}-alb-5xx", description="The ALB answered with 5xx errors",
                           namespace="AWS/ApplicationELB", metric="HTTPCode_ELB_5XX_Count", statistic="Sum",
                           dimensions={"LoadBalancer": self.alb.arn_suffix}, threshold=10)]
        for key, tg in self.alb.target_groups.items():
            specs.append(AlarmSpec(name=f"{p}-{key}-unhealthy-targets", description=f"{key}: unhealthy ALB targets",
                                   namespace="AWS/ApplicationELB", metric="UnHealthyHostCount", statistic="Maximum",
                                   dimensions={"LoadBalancer": self.alb.arn_suffix, "TargetGroup": tg.arn_suffix},
                                   threshold=1))
        for key, service in self.services.items():
            for metric, label in (("CPUUtilization", "cpu"), ("MemoryUtilization", "memory")):
                specs.append(AlarmSpec(name=f"{service.name}-{label}", description=f"{service.name}: {label} above 85 %",
                                       namespace="AWS/ECS", metric=metric, threshold=85,
                                       dimensions={"ClusterName": self.cluster.name, "ServiceName": service.name}))
        for key, db in self.databases.items():
            specs.append(AlarmSpec(name=f"{p}-{key}-db-cpu", description=f"{key} database: CPU above 80 %",
                                   namespace="AWS/RDS", metric="CPUUtilization", threshold=80,
                                   dimensions={"DBInstanceIdentifier": db.identifier}))
            specs.append(AlarmSpec(name=f"{p}-{key}-db-free-storage", description=f"{key} database: < 2 GiB free",
                                   namespace="AWS/RDS", metric="FreeStorageSpace", threshold=2 * 1024 ** 3,
                                   comparison="LessThanThreshold", statistic="Minimum",
                                   dimensions={"DBInstanceIdentifier": db.identifier}))
        if self.msk is not None:
            for broker in range(1, s.msk.number_of_broker_nodes + 1):
                specs.append(AlarmSpec(name=f"{p}-msk-broker-{broker}-disk", description=f"MSK broker {broker}: "
                                       "data disk above 80 %", namespace="AWS/Kafka", metric="KafkaDataLogsDiskUsed",
                                       statistic="Maximum", threshold=80,
                                       dimensions={"Cluster Name": self.msk.cluster_name, "Broker ID": str(broker)}))
        self.alarms = [alarm(self.alerts, spec.name.removeprefix(f"{p}-").replace("-", "_"), spec, topic)
                       for spec in specs]
        MonthlyBudget(self, "budget", MonthlyBudgetProps(name=f"{p}-monthly", limit_usd=s.budget.monthly_limit_usd,
                                                         email=s.alerts.email))

    # -- outputs -------------------------------------------------------------------------
    def _outputs(self) -> None:
        s, out = self.settings, AtlasOutputs
        self.publish(out.alb_dns_name, self.alb.dns_name)
        self.publish(out.ecs_cluster_arn, self.cluster.arn)
        if self.msk is None:
            return
        self.publish(out.vpc_id, self.vpc_id)
        self.publish(out.vpc_cidr, self.network.cidr)
        self.publish(out.public_subnet_ids, self.public_subnet_ids)
        self.publish(out.private_subnet_ids, self.private_subnet_ids)
        self.publish(out.msk_cluster_arn, self.msk.arn)
        self.publish(out.msk_security_group_id, self.sg["msk"].id)
        self.publish(out.bootstrap_brokers_tls, self.msk.bootstrap_brokers_iam)
        if s.msk.public_access:
            self.publish(out.bootstrap_brokers_public_tls, self.msk.bootstrap_brokers_public_iam)


def roots(env: str, settings: AtlasSettings) -> list[RootSpec]:
    root = RootId("atlas", env)
    return [RootSpec(root, lambda app, local: AtlasStack(app, root, settings, local_backend=local))]


PLATFORM = Platform(name="atlas", settings=AtlasSettings, roots=roots, cross_checks=cross_checks)
