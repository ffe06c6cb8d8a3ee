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

from dataclasses import dataclass
from typing import Sequence

from atlas.cdk import Construct
from atlas.config.atlas import AtlasSettings, cross_checks
from atlas.config.common import AppServiceSettings, DatabaseSettings
from atlas.constructs import clickhouse_agent, kafka_ui
from atlas.constructs.alb import LoadBalancer, LoadBalancerProps, TargetGroupSpec
from atlas.constructs.cache import Cache, CacheProps
from atlas.constructs.cdc_connectors import export_writer_statements, json_export_sink_config
from atlas.constructs.ecs import (Cluster, ClusterProps, FargateService, FargateServiceProps, LoadBalancerTarget,
                                  ServiceConnectServer)
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.msk import (KafkaAccess, KafkaArns, KafkaCluster, KafkaClusterProps, KafkaClusterReference,
                                  kafka_arns, kafka_client_statements)
from atlas.constructs.msk_connect import Connector, ConnectorProps
from atlas.constructs.network import Network, NetworkProps
from atlas.constructs.observability import (AlertTopic, AlertTopicProps, MonthlyBudget, MonthlyBudgetProps, alarms,
                                            ecs_service_alarms, load_balancer_alarms, msk_broker_disk_alarms,
                                            rds_alarms)
from atlas.constructs.rds import Postgres, PostgresProps
from atlas.constructs.s3 import SecureBucket, SecureBucketProps, server_access_log_bucket
from atlas.constructs.secrets import SeededSecret, SeededSecretProps
from atlas.stacks.base import PlatformStack
from atlas.stacks.registry import Platform, RootSpec
from atlas.state import Contract, Output, RemoteOutputs, RootId

SCORING_DNS = "scoring"
CAMUNDA_DNS = "camunda"
HEALTH_CHECK = "curl -fsS http://127.0.0.1:{port}{path} > /dev/null || exit 1"
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




@dataclass(frozen=True)
class _Placement:
    """The VPC the workload plane runs in: this root's own network, or the cluster owner's."""

    vpc_id: str
    public_subnet_ids: Sequence[str]
    private_subnet_ids: Sequence[str]
    network: Network | None  # None when shared


@dataclass(frozen=True)
class _Kafka:
    """The cluster the services use: this root's own, or the owner's (read from its state)."""

    bootstrap_brokers: str
    arns: KafkaArns
    cluster: KafkaCluster | KafkaClusterReference
    own: KafkaCluster | None

    def client(self, service, access: KafkaAccess, sid: str):
        """Opens the IAM listener to ``service`` and returns the IAM statements ``access`` needs."""
        self.cluster.allow_from(service, "iam", description=self.rule_description(service))
        return kafka_client_statements(self.arns, access, sid_prefix=sid)

    def rule_description(self, service) -> str:
        name = service.connections.group.name
        return f"{name} to MSK (IAM + TLS)" if self.own else f"{name} to the shared MSK cluster (IAM + TLS)"


class AtlasStack(PlatformStack):
    def __init__(self, scope: Construct, root: RootId, settings: AtlasSettings, *, local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend, outputs=AtlasOutputs)
        s, prefix = settings, settings.name_prefix
        logs_key = EncryptionKey(self, "logs_key", EncryptionKeyProps(
            alias=f"{prefix}-logs", description=f"{prefix} CloudWatch Logs encryption",
            account_id=s.account_id, region=s.region, service_principals=("logs",)))
        # Secrets, databases, cache, MSK, exports and the alarm topic; CloudWatch must be able
        # to publish alarms to the encrypted topic.
        data_key = EncryptionKey(self, "data_key", EncryptionKeyProps(
            alias=f"{prefix}-data", description=f"{prefix} data encryption (secrets, databases, Kafka, exports)",
            account_id=s.account_id, region=s.region, service_principals=("cloudwatch",)))
        # S3 server access logs of this root's buckets (ALB logs, connector plugins, exports).
        access_logs = server_access_log_bucket(self, "access_log_bucket", name=f"{prefix}-s3-access-logs-{s.account_id}",
                                               account_id=s.account_id, retention_days=90)
        # A sharing root reads the owner's VPC and cluster; an owning root builds both.
        owner = None if s.owns_cluster else self.read(AtlasOutputs, RootId("atlas", s.msk_shared_from))
        place = self._placement(owner, logs_key)
        kafka = self._kafka(owner, place, data_key, logs_key)
        alb = self._load_balancer(place, access_logs, logs_key)
        cluster = Cluster(self, "ecs", ClusterProps(name=prefix, service_connect_namespace=prefix))
        services = self._services(place, kafka, alb, cluster, data_key, logs_key)
        databases = {key: self._database(key, cfg, place, data_key, client=services[client])
                     for key, cfg, client in (("dashboard", s.dashboard_db, "dashboard"),
                                              ("camunda", s.camunda_db, "camunda"))}
        Cache(self, "cache", CacheProps(
            name=prefix, vpc_id=place.vpc_id, subnet_ids=place.private_subnet_ids, kms_key_arn=data_key.arn,
            clients=[services["dashboard"]], engine=s.cache.engine, engine_version=s.cache.engine_version,
            node_type=s.cache.node_type, num_cache_clusters=s.cache.num_cache_clusters))
        if s.s3_sink is not None:
            self._s3_sink(place, kafka, data_key, logs_key, access_logs)
        if s.clickhouse_prometheus_agent is not None:
            services["clickhouse_agent"] = self._clickhouse_agent(place, cluster, data_key, logs_key)
        self._operations(alb, cluster, services, databases, kafka, data_key)
        self._publish(place, kafka, alb, cluster)

    # -- network and streaming -------------------------------------------------------------
    def _placement(self, up: RemoteOutputs | None, logs_key: EncryptionKey) -> _Placement:
        s = self.settings
        if up is not None:
            return _Placement(up.string(AtlasOutputs.vpc_id), up.strings(AtlasOutputs.public_subnet_ids),
                              up.strings(AtlasOutputs.private_subnet_ids), None)
        net = s.network
        network = Network(self, "network", NetworkProps(
            name=s.name_prefix, cidr=net.cidr, availability_zones=net.availability_zones,
            public_subnet_cidrs=net.public_subnet_cidrs, private_subnet_cidrs=net.private_subnet_cidrs,
            region=s.region, account_id=s.account_id, log_kms_key_arn=logs_key.arn,
            single_nat_gateway=net.single_nat_gateway, flow_log_retention_days=net.flow_log_retention_days))
        return _Placement(network.vpc_id, network.public_subnet_ids, network.private_subnet_ids, network)

    def _kafka(self, up: RemoteOutputs | None, place: _Placement, data_key: EncryptionKey,
               logs_key: EncryptionKey) -> _Kafka:
        s, prefix, msk = self.settings, self.settings.name_prefix, self.settings.msk
        if up is not None:
            # Rules on the owner's broker group sit under "network", as the own groups did.
            reference = KafkaClusterReference(Construct(self, "network"), rule_prefix="shared_msk_from_",
                                              security_group_id=up.string(AtlasOutputs.msk_security_group_id))
            return _Kafka(up.string(AtlasOutputs.bootstrap_brokers_tls),
                          kafka_arns(self, "msk_arns", up.string(AtlasOutputs.msk_cluster_arn)), reference, None)
        cluster = KafkaCluster(self, "msk", KafkaClusterProps(
            name=f"{prefix}-msk", kafka_version=msk.kafka_version, broker_instance_type=msk.broker_instance_type,
            number_of_broker_nodes=msk.number_of_broker_nodes, vpc_id=place.vpc_id,
            security_group_name=f"{prefix}-msk", security_group_description="MSK brokers",
            # Public access needs brokers in public subnets; otherwise they stay private.
            subnet_ids=place.public_subnet_ids if msk.public_access else place.private_subnet_ids,
            kms_key_arn=data_key.arn, log_kms_key_arn=logs_key.arn,
            log_retention_days=s.log_retention_days, volume_size_gb=msk.volume_size_gb,
            provisioned_throughput_mibps=msk.provisioned_throughput_mibps, iam_auth=True,
            enhanced_monitoring=msk.enhanced_monitoring, public_access=msk.public_access,
            multi_vpc_connectivity=msk.multi_vpc_connectivity))
        self.moved_from(cluster.security_group, "network_msk")
        if msk.public_access:
            cluster.allow_from_cidrs("public_clients", msk.public_access_cidrs,
                                     description="external clients to the public MSK endpoint (IAM + TLS)")
        return _Kafka(cluster.bootstrap_brokers_iam, kafka_arns(self, "msk_arns", cluster.arn), cluster, cluster)

    # -- edge ----------------------------------------------------------------------------
    def _load_balancer(self, place: _Placement, access_logs: SecureBucket, logs_key: EncryptionKey) -> LoadBalancer:
        s, svc = self.settings, self.settings.services
        alb = LoadBalancer(self, "alb", LoadBalancerProps(
            server_access_log_bucket=access_logs.name, server_access_log_bucket_policy=access_logs.policy,
            log_kms_key_arn=logs_key.arn, waf_log_retention_days=s.log_retention_days,
            name=s.name_prefix, vpc_id=place.vpc_id, subnet_ids=place.public_subnet_ids,
            security_group_name=f"{s.name_prefix}-alb", security_group_description="Atlas public ALB",
            certificate_arn=s.certificate_arn, region=s.region, account_id=s.account_id,
            deletion_protection=s.rules.deletion_protection, default_target="events",
            target_groups=[
                TargetGroupSpec(key="events", port=svc.events_ingestion.port, hosts=[s.events_ingestion_host],
                                priority=10, health_check_path=svc.events_ingestion.health_check_path),
                TargetGroupSpec(key="dashboard", port=svc.dashboard_backend.port, hosts=[s.dashboard_backend_host],
                                priority=20, health_check_path=svc.dashboard_backend.health_check_path),
                TargetGroupSpec(key="kafka-ui", port=svc.kafka_ui.port, hosts=[s.kafka_ui_host], priority=30,
                                health_check_path=svc.kafka_ui.health_check_path),
            ]))
        self._moved_group(alb, "alb")
        # An internet-facing ALB has no source group to name: the internet is the client.
        alb.connections.allow_from_cidrs("internet", ["0.0.0.0/0"], description="HTTPS from clients")
        alb.connections.allow_from_cidrs("internet", ["0.0.0.0/0"], port=80, description="HTTP, redirected to HTTPS")
        return alb

    def _moved_group(self, owner, key: str) -> None:
        """Groups were created under ``network`` (or a bare ``network`` scope when shared)."""
        self.moved_from(owner.security_group, f"network_{key}")

    # -- compute -------------------------------------------------------------------------
    def _services(self, place: _Placement, kafka: _Kafka, alb: LoadBalancer, cluster: Cluster,
                  data_key: EncryptionKey, logs_key: EncryptionKey) -> dict[str, FargateService]:
        s, k, svc = self.settings, self.settings.kafka, self.settings.services
        secrets = runtime_secrets(self, s, kafka.bootstrap_brokers, data_key)

        def service(key: str, name: str, cfg: AppServiceSettings, description: str, **kwargs) -> FargateService:
            built = FargateService(self, key, FargateServiceProps(
                name=f"{s.name_prefix}-{name}", cluster_arn=cluster.arn, image=cfg.image, cpu=cfg.cpu,
                memory=cfg.memory, desired_count=cfg.desired_count, vpc_id=place.vpc_id,
                subnet_ids=place.private_subnet_ids, security_group_name=f"{s.name_prefix}-{key.replace('_', '-')}",
                security_group_description=description, region=s.region, account_id=s.account_id,
                log_kms_key_arn=logs_key.arn, log_retention_days=s.log_retention_days, container_port=cfg.port,
                service_connect_namespace_arn=cluster.namespace_arn, runtime_secret=secrets.get(key), **kwargs))
            self._moved_group(built, key)
            return built

        def behind_alb(target: str) -> LoadBalancerTarget:
            return LoadBalancerTarget(load_balancer=alb, target_group_arn=alb.target_group_arn(target),
                                      description="ALB to the service")

        events = service("events", "events-ingestion", svc.events_ingestion, "events ingestion tasks",
                         load_balancer=behind_alb("events"))
        dashboard = service("dashboard", "dashboard-backend", svc.dashboard_backend, "dashboard backend tasks",
                            load_balancer=behind_alb("dashboard"))
        scoring = service("scoring", "scoring", svc.scoring, "scoring tasks",
                          service_connect_server=ServiceConnectServer(dns_name=SCORING_DNS, port=svc.scoring.port),
                          health_check_command=HEALTH_CHECK.format(port=svc.scoring.port,
                                                                   path=svc.scoring.health_check_path))
        kafka_ui_service = service(
            "kafka_ui", "kafka-ui", svc.kafka_ui, "Kafka UI tasks", load_balancer=behind_alb("kafka-ui"),
            environment=kafka_ui.environment(cluster_label=k.kafka_ui_cluster_label,
                                             bootstrap_brokers_iam=kafka.bootstrap_brokers))
        camunda = service("camunda", "camunda", svc.camunda, "Camunda tasks",
                          service_connect_server=ServiceConnectServer(dns_name=CAMUNDA_DNS, port=svc.camunda.port),
                          health_check_command=HEALTH_CHECK.format(port=svc.camunda.port,
                                                                   path=svc.camunda.health_check_path))
        scoring.connections.allow_from(dashboard, description="dashboard backend to scoring (Service Connect)")
        camunda.connections.allow_from(scoring, description="scoring to Camunda (Service Connect)")
        grants = {
            events: kafka.client(events, KafkaAccess(produce=[k.events_topic, k.events_dlq_topic]), "Events"),
            dashboard: kafka.client(dashboard, KafkaAccess(consume=[k.events_topic, k.scoring_output_topic],
                                                           groups=[k.dashboard_consumer_group]), "Dashboard"),
            scoring: kafka.client(scoring, KafkaAccess(produce=[k.scoring_output_topic, k.scoring_dlq_topic]),
                                  "Scoring"),
            kafka_ui_service: kafka.client(kafka_ui_service, KafkaAccess(describe_all=True), "KafkaUi"),
        }
        for built, statements in grants.items():
            built.grant(statements)
        return {"events": events, "dashboard": dashboard, "scoring": scoring, "kafka_ui": kafka_ui_service,
                "camunda": camunda}

    # -- databases -----------------------------------------------------------------------
    def _database(self, key: str, cfg: DatabaseSettings, place: _Placement, data_key: EncryptionKey,
                  client: FargateService) -> Postgres:
        return Postgres(self, f"{key}_db", PostgresProps(
            name=f"{self.settings.name_prefix}-{key}", vpc_id=place.vpc_id, subnet_ids=place.private_subnet_ids,
            kms_key_arn=data_key.arn, account_id=self.settings.account_id, clients=[client],
            database_name=cfg.database_name, master_username=cfg.master_username,
            engine_version=cfg.engine_version, instance_class=cfg.instance_class,
            allocated_storage_gb=cfg.allocated_storage_gb, max_allocated_storage_gb=cfg.max_allocated_storage_gb,
            multi_az=cfg.multi_az, deletion_protection=cfg.deletion_protection,
            backup_retention_days=cfg.backup_retention_days, parameters=cfg.parameters,
            password_secret_id=cfg.password_secret if cfg.master_password_mode != "managed" else None,
            password_version=cfg.password_version))

    # -- optional paths ------------------------------------------------------------------
    def _s3_sink(self, place: _Placement, kafka: _Kafka, data_key: EncryptionKey, logs_key: EncryptionKey,
                 access_logs: SecureBucket) -> None:
        s, sink, prefix = self.settings, self.settings.s3_sink, self.settings.name_prefix

        def bucket(construct_id: str, name: str) -> SecureBucket:
            return SecureBucket(self, construct_id, SecureBucketProps(
                name=f"{prefix}-{name}-{s.account_id}", kms_key_arn=data_key.arn, access_log_bucket=access_logs.name,
                access_log_prefix=f"{prefix}-{name}/", access_log_bucket_policy=access_logs.policy))

        exports, plugins = bucket("sink_bucket", "kafka-export"), bucket("plugin_bucket", "connect-plugins")
        name = f"{prefix}-s3-sink"
        connector = Connector(self, "s3_sink", ConnectorProps(
            name=name, bootstrap_brokers_iam=kafka.bootstrap_brokers, vpc_id=place.vpc_id,
            subnet_ids=place.private_subnet_ids, security_group_name=f"{prefix}-connector",
            security_group_description="MSK Connect S3 sink workers", security_group_label="connector",
            plugin_bucket_arn=plugins.arn, plugin_key=sink.plugin_key, account_id=s.account_id,
            log_kms_key_arn=logs_key.arn, log_retention_days=s.log_retention_days, mcu_count=sink.mcu_count,
            min_workers=sink.min_workers, max_workers=sink.max_workers,
            connector_configuration=json_export_sink_config(
                topics=sink.topics, bucket=exports.name, region=s.region, prefix=sink.prefix,
                partition_fields=sink.partition_fields, flush_size=sink.flush_size,
                tasks=sink.max_workers * sink.mcu_count),
            role_statements=[
                # MSK Connect names the sink's consumer group "connect-<connector name>".
                *kafka_client_statements(kafka.arns, KafkaAccess(consume=list(sink.topics),
                                                                 groups=[f"connect-{name}"]), sid_prefix="Sink"),
                *export_writer_statements(exports.arn, exports.objects_arn(f"{sink.prefix}/"), data_key.arn)]))
        self._moved_group(connector, "connector")
        kafka.cluster.allow_from(connector, "iam", description=kafka.rule_description(connector))

    def _clickhouse_agent(self, place: _Placement, cluster: Cluster, data_key: EncryptionKey,
                          logs_key: EncryptionKey) -> FargateService:
        s, agent, prefix = self.settings, self.settings.clickhouse_prometheus_agent, self.settings.name_prefix
        secret = seeded_secret(self, "clickhouse_agent", f"{prefix}/clickhouse-prometheus-agent", data_key,
                               "ClickHouse Cloud API key and New Relic license key for the Prometheus agent "
                               "(set by operators)", {}, clickhouse_agent.SECRET_KEYS)
        service = FargateService(self, "clickhouse_agent", FargateServiceProps(
            name=f"{prefix}-clickhouse-prometheus-agent", cluster_arn=cluster.arn, image=agent.image,
            cpu=agent.cpu, memory=agent.memory, desired_count=agent.desired_count, vpc_id=place.vpc_id,
            subnet_ids=place.private_subnet_ids, security_group_name=f"{prefix}-clickhouse-agent",
            security_group_description="ClickHouse Cloud Prometheus agent tasks", region=s.region,
            account_id=s.account_id, log_kms_key_arn=logs_key.arn, log_retention_days=s.log_retention_days,
            entry_point=["/bin/sh", "-c"], command=[clickhouse_agent.command(agent, prefix)],
            runtime_secret=secret,
            health_check_command="wget -qO- http://127.0.0.1:9090/-/healthy > /dev/null || exit 1"))
        self._moved_group(service, "clickhouse_agent")
        return service

    # -- operations and outputs ----------------------------------------------------------
    def _operations(self, alb: LoadBalancer, cluster: Cluster, services: dict[str, FargateService],
                    databases: dict[str, Postgres], kafka: _Kafka, data_key: EncryptionKey) -> None:
        s, p = self.settings, self.settings.name_prefix
        topic = AlertTopic(self, "alerts", AlertTopicProps(name=f"{p}-alerts", email=s.alerts.email,
                                                           kms_key_arn=data_key.arn))
        specs = load_balancer_alarms(p, alb.arn_suffix, {k: tg.arn_suffix for k, tg in alb.target_groups.items()})
        for service in services.values():
            specs += ecs_service_alarms(cluster.name, service.name)
        for key, db in databases.items():
            specs += rds_alarms(p, key, db.identifier)
        if kafka.own is not None:
            specs += msk_broker_disk_alarms(p, kafka.own.cluster_name, s.msk.number_of_broker_nodes)
        alarms(topic, p, specs)
        MonthlyBudget(self, "budget", MonthlyBudgetProps(name=f"{p}-monthly", limit_usd=s.budget.monthly_limit_usd,
                                                         email=s.alerts.email))

    def _publish(self, place: _Placement, kafka: _Kafka, alb: LoadBalancer, cluster: Cluster) -> None:
        out = AtlasOutputs
        self.publish(out.alb_dns_name, alb.dns_name)
        self.publish(out.ecs_cluster_arn, cluster.arn)
        if kafka.own is None:
            return
        self.publish(out.vpc_id, place.vpc_id)
        self.publish(out.vpc_cidr, place.network.cidr)
        self.publish(out.public_subnet_ids, place.public_subnet_ids)
        self.publish(out.private_subnet_ids, place.private_subnet_ids)
        self.publish(out.msk_cluster_arn, kafka.own.arn)
        self.publish(out.msk_security_group_id, kafka.own.connections.security_group_id)
        self.publish(out.bootstrap_brokers_tls, kafka.own.bootstrap_brokers_iam)
        if self.settings.msk.public_access:
            self.publish(out.bootstrap_brokers_public_tls, kafka.own.bootstrap_brokers_public_iam)


def seeded_secret(scope: Construct, key: str, name: str, data_key: EncryptionKey, description: str,
                  seed: dict[str, str], operator_keys: Sequence[str] = ()) -> SeededSecret:
    # Keys operators own are seeded empty so ECS can inject them from the first deployment.
    return SeededSecret(scope, f"{key}_secret", SeededSecretProps(
        name=name, description=description, kms_key_arn=data_key.arn,
        seed={**{k: "" for k in operator_keys}, **seed}))


def runtime_secrets(scope: Construct, s: AtlasSettings, bootstrap_brokers: str,
                    data_key: EncryptionKey) -> dict[str, SeededSecret]:
    """The services' runtime secrets, seeded with what the documents' templates seed."""
    k, svc, prefix = s.kafka, s.services, s.name_prefix
    kafka = {"KAFKA_SASL_MECHANISM": kafka_ui.SASL_MECHANISM, "KAFKA_BROKERS": bootstrap_brokers}
    return {
        "events": seeded_secret(scope, "events", f"{prefix}/events-ingestion", data_key,
                                "Events ingestion runtime configuration",
                                {"KAFKA_EVENTS_TOPIC": k.events_topic, "KAFKA_DLQ_TOPIC": k.events_dlq_topic, **kafka},
                                svc.events_ingestion.secret_keys),
        "scoring": seeded_secret(scope, "scoring", f"{prefix}/scoring", data_key,
                                 "Scoring runtime configuration (producer only)",
                                 {"KAFKA_OUTPUT_TOPIC": k.scoring_output_topic, "KAFKA_DLQ_TOPIC": k.scoring_dlq_topic,
                                  **kafka, "CAMUNDA_BASE_URL": f"http://{CAMUNDA_DNS}:{svc.camunda.port}/engine-rest"},
                                 svc.scoring.secret_keys),
        # The dashboard runtime owns its broker, topic and database settings.
        "dashboard": seeded_secret(scope, "dashboard", f"{prefix}/dashboard-backend", data_key,
                                   "Dashboard backend runtime configuration",
                                   {"SCORING_BASE_URL": f"http://{SCORING_DNS}:{svc.scoring.port}"}
                                   if s.dashboard_scoring_base_url_enabled else {},
                                   svc.dashboard_backend.secret_keys),
        "camunda": seeded_secret(scope, "camunda", f"{prefix}/camunda", data_key,
                                 "Camunda runtime configuration (JDBC settings)", {}, svc.camunda.secret_keys),
    }


def roots(env: str, settings: AtlasSettings) -> list[RootSpec]:
    root = RootId("atlas", env)
    return [RootSpec(root, lambda app, local: AtlasStack(app, root, settings, local_backend=local))]


PLATFORM = Platform(name="atlas", settings=AtlasSettings, roots=roots, cross_checks=cross_checks)
