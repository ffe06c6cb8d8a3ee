"""``atlas-<env>``: one Atlas workload plane (see the package docstring for the shapes)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from atlas.cdk import Construct, TerraformLocal, TerraformResource
from atlas.cdk.stack import resource_type
from atlas.config.atlas import AtlasSettings
from atlas.config.common import AppServiceSettings
from atlas.constructs import clickhouse_agent, kafka_ui
from atlas.constructs.alb import LoadBalancer, LoadBalancerProps, TargetGroupSpec, WafHostLimits
from atlas.constructs.cache import Cache, CacheProps
from atlas.constructs.ecs import (Cluster, ClusterProps, FargateService, FargateServiceProps, LoadBalancerTarget,
                                  ServiceConnectServer)
from atlas.constructs.iam import Statement
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.msk import (KafkaAccess, KafkaCluster, KafkaClusterProps, KafkaClusterReference,
                                  KafkaEndpoint, kafka_arns)
from atlas.constructs.kafka_export import KafkaExportProps, kafka_export
from atlas.constructs.network import Network
from atlas.constructs.observability import (AlertTopic, AlertTopicProps, MonthlyBudget, MonthlyBudgetProps, alarms,
                                            ecs_service_alarms, load_balancer_alarms, msk_broker_disk_alarms,
                                            rds_alarms)
from atlas.constructs.rds import Postgres
from atlas.constructs.s3 import SecureBucket, server_access_log_bucket
from atlas.constructs.secrets import GeneratedSecret
from atlas.stacks import kit
from atlas.stacks.base import PlatformStack
from atlas.stacks.atlas.outputs import AtlasOutputs
from atlas.stacks.atlas.secrets import (CAMUNDA_CREDENTIALS, CAMUNDA_DNS, CAMUNDA_ENVIRONMENT, SCORING_DNS,
                                        runtime_secrets, seeded_secret)
from atlas.state import RemoteOutputs, RootId

# Stateful resources whose loss a destroy or replacement makes permanent, and the construct
# ids of the buckets that hold data (not logs or rebuildable artifacts).
PROTECTED_TYPES = ("aws_db_instance", "aws_msk_cluster")
DATA_BUCKETS = ("sink_bucket",)
HEALTH_CHECK = "curl -fsS http://127.0.0.1:{port}{path} > /dev/null || exit 1"
@dataclass(frozen=True)
class _Placement:
    """The VPC the workload plane runs in: this root's own network, or the cluster owner's."""

    vpc_id: str
    public_subnet_ids: Sequence[str]
    private_subnet_ids: Sequence[str]
    network: Network | None  # None when shared


class AtlasStack(PlatformStack):
    def __init__(self, scope: Construct, root: RootId, settings: AtlasSettings, *, local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend, outputs=AtlasOutputs)
        s, prefix = settings, settings.name_prefix
        logs_key = kit.logs_key(self, s, alias=f"{prefix}-logs", description=f"{prefix} CloudWatch Logs encryption")
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
        # Generated master passwords: their secrets come first, Camunda reads its credentials there.
        db_settings = {"dashboard": s.dashboard_db, "camunda": s.camunda_db}
        masters = {key: kit.master_secret(self, f"{key}_db", cfg, name=f"{prefix}-{key}", kms_key_arn=data_key.arn)
                   for key, cfg in db_settings.items()}
        services = self._services(place, kafka, alb, cluster, data_key, logs_key, masters["camunda"])
        databases = {key: kit.postgres(self, f"{key}_db", cfg, name=f"{prefix}-{key}", account_id=s.account_id,
                                       vpc_id=place.vpc_id, subnet_ids=place.private_subnet_ids,
                                       kms_key_arn=data_key.arn, clients=[services[key]], master=masters[key])
                     for key, cfg in db_settings.items()}
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
        self._protect_data()
        # The live environment's resources are adopted, not created (the topics: the kafka root).
        self.import_existing(s.existing_in(kafka_root=False))

    def _protect_data(self) -> None:
        """``prevent_destroy`` on what a destroy or a replacement would lose for good: the
        databases, the MSK cluster (its topics) and the export bucket (``protect_data``).
        The root records its class (``local.environment_class``) so the rule
        ``production_data_protected`` can check it from the JSON."""
        s = self.settings
        TerraformLocal(self, "environment_class", s.environment_class)
        if not s.protect_data:
            return
        for resource in self.node.find_all():
            if not isinstance(resource, TerraformResource):
                continue
            rtype = resource_type(resource)
            if (rtype in PROTECTED_TYPES or (rtype == "aws_s3_bucket" and
                        resource.node.scope.node.id in DATA_BUCKETS)):
                resource.add_override("lifecycle.prevent_destroy", True)

    # -- network and streaming -------------------------------------------------------------
    def _placement(self, up: RemoteOutputs | None, logs_key: EncryptionKey) -> _Placement:
        s = self.settings
        if up is not None:
            return _Placement(up.string(AtlasOutputs.vpc_id), up.strings(AtlasOutputs.public_subnet_ids),
                              up.strings(AtlasOutputs.private_subnet_ids), None)
        network = kit.network(self, s, logs_key)
        return _Placement(network.vpc_id, network.public_subnet_ids, network.private_subnet_ids, network)

    def _kafka(self, up: RemoteOutputs | None, place: _Placement, data_key: EncryptionKey,
               logs_key: EncryptionKey) -> KafkaEndpoint:
        s, prefix, msk = self.settings, self.settings.name_prefix, self.settings.msk
        if up is not None:
            # Rules on the owner's broker group sit under "network", as the own groups did.
            reference = KafkaClusterReference(Construct(self, "network"), rule_prefix="shared_msk_from_",
                                              security_group_id=up.string(AtlasOutputs.msk_security_group_id))
            return KafkaEndpoint(up.string(AtlasOutputs.bootstrap_brokers_tls),
                                 kafka_arns(self, "msk_arns", up.string(AtlasOutputs.msk_cluster_arn)), reference, None)
        cluster = KafkaCluster(self, "msk", KafkaClusterProps(
            name=f"{prefix}-msk", kafka_version=msk.kafka_version, broker_instance_type=msk.broker_instance_type,
            number_of_broker_nodes=msk.number_of_broker_nodes, vpc_id=place.vpc_id,
            security_group_name=f"{prefix}-msk", security_group_description="MSK brokers",
            # Public access needs brokers in public subnets; otherwise they stay private.
            subnet_ids=place.public_subnet_ids if msk.broker_subnets == "public" else place.private_subnet_ids,
            kms_key_arn=data_key.arn, log_kms_key_arn=logs_key.arn,
            log_retention_days=s.log_retention_days, volume_size_gb=msk.volume_size_gb,
            provisioned_throughput_mibps=msk.provisioned_throughput_mibps, iam_auth=True,
            enhanced_monitoring=msk.enhanced_monitoring, public_access=msk.public_access,
            multi_vpc_connectivity=msk.multi_vpc_connectivity))
        self.moved_from(cluster.security_group, "network_msk")
        if msk.public_access:
            cluster.allow_from_cidrs("public_clients", msk.public_access_cidrs,
                                     description="external clients to the public MSK endpoint (IAM + TLS)")
        arns = kafka_arns(self, "msk_arns", cluster.arn)
        if msk.multi_vpc_clients:
            cluster.allow_accounts(multi_vpc_client_statements(arns, msk.multi_vpc_clients))
        return KafkaEndpoint(cluster.bootstrap_brokers_iam, arns, cluster, cluster)

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
            waf_rate_limit=s.waf.rate_limit,
            waf_hosts={h: WafHostLimits(rate_limit=l.rate_limit, large_bodies=l.large_bodies)
                       for h, l in s.waf.hosts.items()},
            target_groups=[
                TargetGroupSpec(key="events", port=svc.events_ingestion.port, hosts=[s.events_ingestion_host],
                                priority=10, health_check_path=svc.events_ingestion.health_check_path),
                TargetGroupSpec(key="dashboard", port=svc.dashboard_backend.port, hosts=[s.dashboard_backend_host],
                                priority=20, health_check_path=svc.dashboard_backend.health_check_path),
                TargetGroupSpec(key="kafka-ui", port=svc.kafka_ui.port, hosts=[s.kafka_ui_host], priority=30,
                                health_check_path=svc.kafka_ui.health_check_path,
                                source_cidrs=s.kafka_ui_access.allowed_cidrs if s.kafka_ui_access else ()),
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
    def _services(self, place: _Placement, kafka: KafkaEndpoint, alb: LoadBalancer, cluster: Cluster,
                  data_key: EncryptionKey, logs_key: EncryptionKey,
                  camunda_master: GeneratedSecret | None) -> dict[str, FargateService]:
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
                                      forwarded_by=alb.forwarder(target), description="ALB to the service")

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
            environment={**kafka_ui.environment(cluster_label=k.kafka_ui_cluster_label,
                                                bootstrap_brokers_iam=kafka.bootstrap_brokers),
                         **self._kafka_ui_login()})
        # A generated password is read from the database's own secret at every task start;
        # otherwise the JDBC credentials are keys of Camunda's runtime secret (operators').
        credentials = {} if camunda_master is None else dict(
            secrets={k: camunda_master.value_from(key) for k, key in CAMUNDA_CREDENTIALS.items()},
            secret_arns=[camunda_master.arn], secret_kms_key_arns=[camunda_master.kms_key_arn],
            secret_versions=[camunda_master.version])
        camunda = service("camunda", "camunda", svc.camunda, "Camunda tasks", environment=CAMUNDA_ENVIRONMENT,
                          **credentials,
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

    def _kafka_ui_login(self) -> dict[str, str]:
        """The UI's own OIDC login when ``kafka_ui_access.oauth2`` is set (its client secret is
        a key of the Kafka UI runtime secret, ``runtime_secrets``)."""
        access = self.settings.kafka_ui_access
        if access is None or access.oauth2 is None:
            return {}
        o = access.oauth2
        return kafka_ui.oauth2_environment(registration=o.registration, issuer_uri=o.issuer_uri,
                                           client_id=o.client_id, scope=o.scope,
                                           user_name_attribute=o.user_name_attribute)

    # -- databases -----------------------------------------------------------------------
    # -- optional paths ------------------------------------------------------------------
    def _s3_sink(self, place: _Placement, kafka: KafkaEndpoint, data_key: EncryptionKey, logs_key: EncryptionKey,
                 access_logs: SecureBucket) -> None:
        s, sink = self.settings, self.settings.s3_sink
        connector = kafka_export(self, KafkaExportProps(
            prefix=s.name_prefix, account_id=s.account_id, region=s.region, topics=sink.topics,
            objects_prefix=sink.prefix, partition_fields=sink.partition_fields,
            plugin_source=sink.plugin.source if sink.plugin.s3_uri else None, plugin_sha256=sink.plugin.sha256,
            plugin_classes=sink.plugin.classes, plugin_arn=sink.plugin.arn,
            flush_size=sink.flush_size, mcu_count=sink.mcu_count, min_workers=sink.min_workers,
            max_workers=sink.max_workers, bootstrap_brokers_iam=kafka.bootstrap_brokers, kafka_arns=kafka.arns,
            vpc_id=place.vpc_id, subnet_ids=place.private_subnet_ids, kms_key_arn=data_key.arn,
            log_kms_key_arn=logs_key.arn, log_retention_days=s.log_retention_days, access_log_bucket=access_logs))
        self._moved_group(connector, "connector")
        kafka.cluster.allow_from(connector, "iam", description=kafka.rule_description(connector))

    def _clickhouse_agent(self, place: _Placement, cluster: Cluster, data_key: EncryptionKey,
                          logs_key: EncryptionKey) -> FargateService:
        s, prefix = self.settings, self.settings.name_prefix
        secret = seeded_secret(self, "clickhouse_agent", f"{prefix}/clickhouse-prometheus-agent", data_key,
                               "ClickHouse Cloud API key and New Relic license key for the Prometheus agent "
                               "(set by operators)", {}, clickhouse_agent.SECRET_KEYS)
        service = clickhouse_agent.agent_service(
            self, s.clickhouse_prometheus_agent, prefix=prefix, cluster_arn=cluster.arn, vpc_id=place.vpc_id,
            subnet_ids=place.private_subnet_ids, region=s.region, account_id=s.account_id, secret=secret,
            log_kms_key_arn=logs_key.arn, log_retention_days=s.log_retention_days)
        self._moved_group(service, "clickhouse_agent")
        return service

    # -- operations and outputs ----------------------------------------------------------
    def _operations(self, alb: LoadBalancer, cluster: Cluster, services: dict[str, FargateService],
                    databases: dict[str, Postgres], kafka: KafkaEndpoint, data_key: EncryptionKey) -> None:
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

    def _publish(self, place: _Placement, kafka: KafkaEndpoint, alb: LoadBalancer, cluster: Cluster) -> None:
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
        self.publish(out.msk_replication_factor, int(kafka.own.server_properties["default.replication.factor"]))
        if self.settings.msk.public_access:
            self.publish(out.bootstrap_brokers_public_tls, kafka.own.bootstrap_brokers_public_iam)
        if self.settings.msk.multi_vpc_connectivity:
            self.publish(out.bootstrap_brokers_vpc_connectivity_iam, kafka.own.bootstrap_brokers_vpc_connectivity_iam)


def multi_vpc_client_statements(arns, clients) -> list[Statement]:
    """The cluster policy's statements: each client account may create its managed VPC
    connection and read the brokers (MSK developer guide, "Attach a cluster policy to the
    MSK cluster": CreateVpcConnection, GetBootstrapBrokers, DescribeCluster(V2)), connect
    over IAM, and use only its own topics and groups."""
    statements = []
    for client in clients:
        principal = {"AWS": f"arn:aws:iam::{client.account_id}:root"}
        sid = f"Account{client.account_id}"
        statements.append(Statement(sid=f"{sid}Connect", principals=principal, resources=[arns.cluster], actions=[
            "kafka:CreateVpcConnection", "kafka:GetBootstrapBrokers", "kafka:DescribeCluster",
            "kafka:DescribeClusterV2", "kafka-cluster:Connect", "kafka-cluster:DescribeCluster",
            *(["kafka-cluster:WriteDataIdempotently"] if client.produce_topics else [])]))
        if client.produce_topics:
            statements.append(Statement(sid=f"{sid}Produce", principals=principal,
                                        actions=["kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"],
                                        resources=[f"{arns.topic}/{t}" for t in client.produce_topics]))
        if client.consume_topics:
            statements.append(Statement(sid=f"{sid}Consume", principals=principal,
                                        actions=["kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"],
                                        resources=[f"{arns.topic}/{t}" for t in client.consume_topics]))
        if client.consumer_groups:
            statements.append(Statement(sid=f"{sid}Groups", principals=principal,
                                        actions=["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"],
                                        resources=[f"{arns.group}/{g}" for g in client.consumer_groups]))
    return statements
