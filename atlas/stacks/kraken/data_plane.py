"""``kraken-<env>-data-plane``: MSK Connect, the operator services on ECS, Athena and the access tiers.

Reads ``InfraOutputs`` and ``KafkaOutputs``; adds its own ingress rules to infra's broker
and database groups, so destroying this root removes exactly what it opened.
"""

from __future__ import annotations

from cdktf_cdktf_provider_aws.prometheus_workspace import PrometheusWorkspace

from atlas.cdk import Construct, TerraformLocal
from atlas.config.kraken import CLASSIFICATIONS, LAYERS, KrakenSettings
from atlas.constructs.access_tiers import AccessTier, AccessTiers, AccessTiersProps
from atlas.constructs.alb import LoadBalancer, LoadBalancerProps, TargetGroupSpec
from atlas.constructs.cdc_connectors import (
    RAW_TOPICS_DIR,
    cdc_setup_script,
    connect_internal_statements,
    debezium_postgres_config,
    s3_sink_config,
    s3_writer_statements,
    secret_reader_statements,
    secret_reference,
    worker_properties,
)
from atlas.constructs.data_lake import only_principals
from atlas.constructs.ecs import (Cluster, ClusterProps, FargateService, FargateServiceProps, LoadBalancerTarget,
                                  ServiceConnectServer)
from atlas.constructs.efs import StateDirectory, StateFileSystem, StateFileSystemProps
from atlas.constructs.iam import Statement
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.lake_crawler import LakeCrawler, LakeCrawlerProps
from atlas.constructs.msk import JMX_EXPORTER_PORT, LISTENER_PORTS, NODE_EXPORTER_PORT, SCRAM_PORT, KafkaAccess, \
    kafka_arns, kafka_client_statements
from atlas.constructs.msk_connect import Connector, ConnectorProps, WorkerConfiguration
from atlas.constructs.one_off_task import OneOffTask, OneOffTaskProps
from atlas.constructs.rds import PORT as POSTGRES_PORT
from atlas.constructs.s3 import SecureBucket, SecureBucketProps
from atlas.constructs.secrets import GeneratedSecret, GeneratedSecretProps
from atlas.constructs.security_group import RemoteGroup, WorkloadSecurityGroup
from atlas.constructs.streaming_services import (ALERTMANAGER_STORAGE_PATH, ALERTMANAGER_USER, OPERATOR_SERVICES,
                                                SCHEMA_REGISTRY_PORT, broker_targets, operator_containers)
from atlas.stacks import kit
from atlas.stacks.base import PlatformStack
from atlas.stacks.kraken.infra import InfraOutputs
from atlas.stacks.kraken.kafka import KafkaOutputs
from atlas.stacks.kraken.names import KrakenNames, mnpi_principals
from atlas.rollout import Rollout
from atlas.state import Contract, Output, RemoteOutputs, RootId


def service_host(settings: KrakenSettings, alb: LoadBalancer, service: str) -> str:
    """The name clients use: ``<service>.<private domain>`` when a private zone is given.

    Without one, only the listener's default target (Schema Registry) is reachable, at
    the load balancer's own DNS name; the certificate must then cover that name."""
    if settings.private_domain:
        return f"{service}.{settings.private_domain}"
    return alb.dns_name


class DataPlaneOutputs(Contract):
    """What operators and other tooling need from the data plane (nothing downstream reads it yet)."""

    connector_arns = Output("MSK Connect connector ARN by connector (debezium, s3_sink_mnpi, s3_sink_public).",
                            example={"debezium": "arn:aws:kafkaconnect:eu-west-1:333333333333:connector/"
                                                 "kraken-dev-debezium-postgres/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0-2"})
    athena_workgroup_names = Output("Athena workgroup per access tier.",
                                    example={"data-analysts": "kraken-dev-data-analysts"})
    access_tier_role_arns = Output("IAM role per access tier (assumed from the trusted account).",
                                   example={"data-analysts": "arn:aws:iam::333333333333:role/kraken-dev-data-analysts"})
    service_urls = Output("HTTPS URL of each operator service (Schema Registry is the listener's default).",
                          example={"schema-registry": "https://schema-registry.kraken-dev.internal"})
    schema_registry_connect_url = Output("The connectors' Schema Registry URL (HTTP :8081, connector groups only).",
                                         example="http://internal-kraken-dev-svc-123456789.eu-west-1.elb.amazonaws.com:8081")
    crawler_names = Output("Glue crawler per raw area (raw-mnpi, raw-public).",
                           example={"raw-mnpi": "kraken-dev-raw-mnpi", "raw-public": "kraken-dev-raw-public"})
    one_off_tasks = Output("How the rollout runner starts each one-off task (atlas.constructs.one_off_task).",
                           example={"cdc_setup": {
                               "cluster_arn": "arn:aws:ecs:eu-west-1:333333333333:cluster/kraken-dev",
                               "task_definition_arn": "arn:aws:ecs:eu-west-1:333333333333:task-definition/"
                                                      "kraken-dev-cdc-setup:1",
                               "subnet_ids": ["subnet-0a1b2c3d4e5f60718"], "security_group_ids": ["sg-0a1b2c3d4e5f60718"],
                               "container": "kraken-dev-cdc-setup", "log_group": "/ecs/kraken-dev-cdc-setup"}})


def results_bucket_name(settings: KrakenSettings, tier: str) -> str:
    return KrakenNames(settings.name_prefix).results_bucket(tier, settings.account_id)


class KrakenDataPlaneStack(PlatformStack):
    def __init__(self, scope: Construct, root: RootId, settings: KrakenSettings, *, infra: RootId, kafka: RootId,
                 local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend, outputs=DataPlaneOutputs)
        s = settings
        infra_out = self.read(InfraOutputs, infra)
        kafka_out = self.read(KafkaOutputs, kafka)
        vpc_id = infra_out.string(InfraOutputs.vpc_id)
        subnets = infra_out.strings(InfraOutputs.private_subnet_ids)
        logs_key = kit.logs_key(self, s, alias=f"{s.name_prefix}-data-plane-logs",
                                description=f"{s.name_prefix} data-plane logs")
        # Services first: connectors register schemas through the load balancer.
        alb, services, ecs = self._services(infra_out, vpc_id, subnets, logs_key)
        # Connectors reach Schema Registry over plain HTTP inside the VPC (see _connect).
        registry_url = f"http://{alb.dns_name}:{SCHEMA_REGISTRY_PORT}"
        alb.plain_http_listener("registry_http_listener", port=SCHEMA_REGISTRY_PORT, target="registry")
        cdc_login = self._cdc_login(infra_out, ecs, vpc_id, subnets, logs_key)
        connectors = self._connectors(infra_out, kafka_out, vpc_id, subnets, logs_key, registry_url, cdc_login)
        self._connect(infra_out, alb, services, connectors)
        self._catalog(infra_out, logs_key)
        self._access(infra_out)
        self.publish(DataPlaneOutputs.schema_registry_connect_url, registry_url)
        self.publish(DataPlaneOutputs.connector_arns, {k: c.arn for k, c in connectors["all"].items()})
        self.publish(DataPlaneOutputs.service_urls, {
            o.name: f"https://{service_host(s, alb, o.name)}" for o in OPERATOR_SERVICES
            if s.private_domain or o.target == "registry"})

    # -- what Athena reads: tables of the raw areas, kept by crawlers -----------------------
    def _catalog(self, infra: RemoteOutputs, logs_key: EncryptionKey) -> None:
        s = self.settings
        crawlers = {}
        for k in CLASSIFICATIONS:
            crawlers[f"raw-{k}"] = LakeCrawler(self, f"raw_{k}_crawler", LakeCrawlerProps(
                name=KrakenNames(s.name_prefix).raw_crawler(k), account_id=s.account_id, region=s.region,
                bucket_name=infra.lookup(InfraOutputs.lake_bucket_names, f"raw-{k}"), prefix=RAW_TOPICS_DIR,
                database_name=infra.lookup(InfraOutputs.glue_database_names, f"raw-{k}"),
                data_key_arn=infra.lookup(InfraOutputs.lake_kms_key_arns, k), log_key_arn=logs_key.arn)).name
        self.publish(DataPlaneOutputs.crawler_names, crawlers)

    # -- who talks to whom ---------------------------------------------------------------
    def _connect(self, infra: RemoteOutputs, alb: LoadBalancer, services: dict[str, FargateService],
                 connectors: dict[str, Construct]) -> None:
        # The connectors' only path to Schema Registry: the workers trust no private CA and
        # no public certificate can name the registry, so HTTP on 8081, from their groups only.
        for client, description in ((connectors["debezium"], "Debezium registers schemas (HTTP)"),
                                    (connectors["s3_sink"], "S3 sinks read schemas (HTTP)")):
            alb.connections.allow_from(client, port=SCHEMA_REGISTRY_PORT, description=description)
        services["alertmanager"].connections.allow_from(services["prometheus"], description="alerts from Prometheus")
        # A follower forwards writes to the leader at the leader's own task address.
        services["schema_registry"].connections.allow_from(services["schema_registry"],
                                                           description="Schema Registry followers to the leader")
        services["prometheus"].connections.allow_from(services["cruise_control"],
                                                      description="Cruise Control samples broker metrics")
        # Rules on infra's groups: each client reaches the brokers only on its own listener.
        brokers = RemoteGroup(self, infra.string(InfraOutputs.msk_security_group_id))
        for rule_id, client, port, description in (
                ("msk_from_debezium", connectors["debezium"], LISTENER_PORTS["iam"], "Debezium (IAM) to MSK"),
                ("msk_from_s3_sink", connectors["s3_sink"], LISTENER_PORTS["iam"], "S3 sinks (IAM) to MSK"),
                ("msk_from_schema_registry", services["schema_registry"], LISTENER_PORTS["scram"],
                 "Schema Registry (SCRAM) to MSK"),
                ("msk_from_cruise_control", services["cruise_control"], LISTENER_PORTS["scram"],
                 "Cruise Control (SCRAM) to MSK"),
                ("msk_jmx_from_prometheus", services["prometheus"], JMX_EXPORTER_PORT, "Prometheus scrapes JMX exporter"),
                ("msk_node_from_prometheus", services["prometheus"], NODE_EXPORTER_PORT,
                 "Prometheus scrapes node exporter")):
            brokers.allow_from(rule_id, client, port=port, description=description)
        database = RemoteGroup(self, infra.string(InfraOutputs.database_security_group_id), port=POSTGRES_PORT)
        database.allow_from("database_from_debezium", connectors["debezium"], description="Debezium logical replication")

    # -- platform services ---------------------------------------------------------------
    def _services(self, infra: RemoteOutputs, vpc_id: str, subnets: list[str],
                  logs_key: EncryptionKey) -> tuple[LoadBalancer, dict[str, FargateService], Cluster]:
        s, prefix, domain = self.settings, self.settings.name_prefix, self.settings.private_domain
        # Host rules need the private domain; without it only the listener's default target
        # (Schema Registry) is reachable through the load balancer, and a target group nothing
        # forwards to cannot take a service (ECS: "does not have an associated load balancer"),
        # so the other services are reached through Service Connect only.
        default = "registry"
        behind_alb = [o for o in OPERATOR_SERVICES if domain or o.target == default]
        alb = LoadBalancer(self, "alb", LoadBalancerProps(
            name=KrakenNames(prefix).load_balancer, vpc_id=vpc_id, subnet_ids=subnets, security_group_name=f"{prefix}-alb",
            security_group_description="Internal load balancer of the platform services",
            security_group_label="alb_sg", certificate_arn=s.certificate_arn, region=s.region,
            account_id=s.account_id, internal=True, default_target=default,
            deletion_protection=s.rules.deletion_protection,
            server_access_log_bucket=infra.string(InfraOutputs.lake_access_log_bucket_name),
            target_groups=[TargetGroupSpec(key=o.target, port=o.port, health_check_path=o.health_check_path,
                                           hosts=[f"{o.name}.{domain}"] if domain else [],
                                           priority=10 * (i + 1) if domain else 0)
                           for i, o in enumerate(OPERATOR_SERVICES) if o in behind_alb]))
        self.moved_from(alb.security_group, "alb_sg")
        vpc_cidr = s.network.cidr if s.network else s.existing_network.vpc_cidr
        alb.connections.allow_from_cidrs("vpc", [vpc_cidr], description="HTTPS from inside the VPC")
        if s.route53_private_zone_id:
            alb.alias_records(self, s.route53_private_zone_id,
                              {f"{o.key}_dns": f"{o.name}.{domain}" for o in OPERATOR_SERVICES})
        ecs = Cluster(self, "ecs", ClusterProps(name=prefix, service_connect_namespace=f"{prefix}.svc"))
        brokers_scram = infra.string(InfraOutputs.msk_bootstrap_brokers_sasl_scram)
        pagerduty = s.alerts.pagerduty
        # Long-term metrics: Prometheus keeps its TSDB on the task's ephemeral storage and
        # remote-writes every sample to this Amazon Managed Prometheus workspace.
        metrics = PrometheusWorkspace(self, "metrics_workspace", alias=f"{prefix}-metrics")
        containers = operator_containers(
            bootstrap_brokers_scram=brokers_scram,
            admin_secret_arn=infra.lookup(InfraOutputs.msk_scram_secret_arns, "admin"),
            scram_kms_key_arn=infra.string(InfraOutputs.msk_scram_kms_key_arn),
            cluster_name=infra.string(InfraOutputs.msk_cluster_name),
            jmx_targets=TerraformLocal(self, "msk_jmx_targets",
                                       broker_targets(brokers_scram, SCRAM_PORT, JMX_EXPORTER_PORT)).as_string,
            node_targets=TerraformLocal(self, "msk_node_targets",
                                        broker_targets(brokers_scram, SCRAM_PORT, NODE_EXPORTER_PORT)).as_string,
            remote_write_url=f"{metrics.prometheus_endpoint}api/v1/remote_write", region=s.region,
            pagerduty={severity: arn for severity, arn in (("critical", pagerduty.critical_secret_arn),
                                                           ("warning", pagerduty.warning_secret_arn)) if arn}
            if pagerduty else {})
        state = self._service_state(vpc_id, subnets)
        # Only Alertmanager keeps state worth keeping on disk: Cruise Control keeps its metric
        # samples in Kafka topics (KafkaSampleStore) and rebuilds the rest from the cluster.
        volumes = {"alertmanager": [state.mount("alertmanager", container_path=ALERTMANAGER_STORAGE_PATH)]}
        services = {}
        for o in OPERATOR_SERVICES:
            conf, container = getattr(s.services, o.key), containers[o.key]
            services[o.key] = service = FargateService(self, o.key, FargateServiceProps(
                name=f"{prefix}-{o.name}", cluster_arn=ecs.arn, image=conf.image, cpu=conf.cpu,
                memory=conf.memory, desired_count=conf.desired_count, vpc_id=vpc_id, subnet_ids=subnets,
                security_group_name=f"{prefix}-{o.name}", security_group_description=o.description,
                security_group_label=f"{o.key}_sg", region=s.region, account_id=s.account_id,
                log_kms_key_arn=logs_key.arn, log_retention_days=s.log_retention_days, container_port=o.port,
                load_balancer=LoadBalancerTarget(load_balancer=alb, target_group_arn=alb.target_group_arn(o.target),
                                                 forwarded_by=alb.forwarder(o.target),
                                                 description=f"load balancer to {o.key}")
                if o in behind_alb else None,
                service_connect_namespace_arn=ecs.namespace_arn,
                service_connect_server=ServiceConnectServer(dns_name=o.name, port=o.port),
                command=container.command, entry_point=container.entry_point, environment=container.environment, secrets=container.secrets,
                secret_arns=container.secret_arns, secret_kms_key_arns=container.secret_kms_key_arns,
                operator_exec=True, efs_volumes=volumes.get(o.key, ())))
            self.moved_from(service.security_group, f"{o.key}_sg")
        state.grant(services["alertmanager"], description="Alertmanager mounts its silences and notification log")
        services["prometheus"].grant([Statement(sid="RemoteWriteMetrics", actions=["aps:RemoteWrite"],
                                                resources=[metrics.arn])])
        return alb, services, ecs

    def _service_state(self, vpc_id: str, subnets: list[str]) -> StateFileSystem:
        """EFS for what must survive a task restart: Alertmanager's silences and notification
        log (Prometheus remote-writes to Amazon Managed Prometheus instead: it does not
        support its TSDB on NFS)."""
        s, prefix = self.settings, self.settings.name_prefix
        key = EncryptionKey(self, "service_state_key", EncryptionKeyProps(
            alias=f"{prefix}-service-state", description=f"{prefix} EFS of the operator services' state",
            account_id=s.account_id, region=s.region))
        uid, gid = ALERTMANAGER_USER
        return StateFileSystem(self, "service_state", StateFileSystemProps(
            name=f"{prefix}-service-state", vpc_id=vpc_id, subnet_ids=subnets,
            subnet_count=len(s.network.availability_zones) if s.network else len(s.existing_network.private_subnet_ids),
            kms_key_arn=key.arn, security_group_description="EFS mount targets of the operator services' state",
            directories=[StateDirectory(key="alertmanager", path=ALERTMANAGER_STORAGE_PATH, uid=uid, gid=gid)]))

    # -- Debezium's own database login ----------------------------------------------------
    def _cdc_login(self, infra: RemoteOutputs, ecs: Cluster, vpc_id: str, subnets: list[str],
                   logs_key: EncryptionKey) -> tuple[GeneratedSecret, OneOffTask]:
        """Debezium's user: a password of its own (generated, write-only, never rotated) and
        the one-off task that creates the user, its grants and the publication as the master
        user (``cdc_setup_script``), run by the rollout runner between the step that creates
        everything else and the apply that creates the connector."""
        s, names = self.settings, KrakenNames(self.settings.name_prefix)
        database_key = infra.string(InfraOutputs.database_kms_key_arn)
        master = infra.string(InfraOutputs.database_master_secret_arn)
        login = GeneratedSecret(self, "cdc_user_secret", GeneratedSecretProps(
            name=names.cdc_user_secret, description=f"{s.name_prefix} Debezium's PostgreSQL login (not rotated)",
            kms_key_arn=database_key, fields={"username": s.cdc_user.username}))
        t = s.topics
        setup = OneOffTask(self, "cdc_setup", OneOffTaskProps(
            key="cdc_setup", name=names.cdc_setup_task, why="creates Debezium's database user, its grants and "
            "the publication of the captured tables (as the master user)",
            cluster_arn=ecs.arn, image=s.cdc_user.setup_image, script=cdc_setup_script(), vpc_id=vpc_id,
            subnet_ids=subnets, security_group_description="CDC setup task (psql to the CDC database)",
            region=s.region, account_id=s.account_id, log_kms_key_arn=logs_key.arn,
            log_retention_days=s.log_retention_days,
            environment={"PGHOST": infra.string(InfraOutputs.database_endpoint), "PGPORT": str(POSTGRES_PORT),
                         "PGDATABASE": infra.string(InfraOutputs.database_name), "PGSSLMODE": "require",
                         "PGCONNECT_TIMEOUT": "30", "PGAPPNAME": names.cdc_setup_task,
                         "CDC_PUBLICATION": names.replication_slot, "CDC_SCHEMA": "public",
                         "CDC_TABLES": ",".join([*t.mnpi_tables, *t.public_tables])},
            # The master login is read from RDS's managed secret when the task starts, so a
            # rotation never leaves it stale; Debezium's from its own secret.
            secrets={"PGUSER": f"{master}:username::", "PGPASSWORD": f"{master}:password::",
                     "CDC_USER": login.value_from("username"), "CDC_PASSWORD": login.value_from("password")},
            secret_arns=[master, login.arn], secret_kms_key_arns=[database_key],
            secret_versions=[login.version]))
        RemoteGroup(self, infra.string(InfraOutputs.database_security_group_id), port=POSTGRES_PORT).allow_from(
            "database_from_cdc_setup", setup, description="CDC setup task (psql as the master user)")
        self.publish(DataPlaneOutputs.one_off_tasks, {setup.key: setup.run_spec})
        return login, setup

    # -- MSK Connect ---------------------------------------------------------------------
    def _connectors(self, infra: RemoteOutputs, kafka: RemoteOutputs, vpc_id: str, subnets: list[str],
                    logs_key: EncryptionKey, registry_url: str,
                    cdc_login: tuple[GeneratedSecret, OneOffTask]) -> dict[str, Construct]:
        s, c, t = self.settings, self.settings.connectors, self.settings.topics
        names = KrakenNames(s.name_prefix)
        arns = kafka_arns(self, "msk_arns", infra.string(InfraOutputs.msk_cluster_arn))
        # One worker configuration per plugin: a worker loads only classes its plugin bundles
        # (connectors.*_plugin.bundles); the sinks need no config provider.
        worker = WorkerConfiguration(self, "connect_worker", name=names.connect_worker, properties=worker_properties(
            region=s.region, schema_registry_url=registry_url))
        sink_worker = WorkerConfiguration(self, "sink_worker", name=names.sink_worker,
                                          properties=worker_properties(region=s.region,
                                                                       schema_registry_url=registry_url, secrets=False))
        common = dict(bootstrap_brokers_iam=infra.string(InfraOutputs.msk_bootstrap_brokers_sasl_iam),
                      vpc_id=vpc_id, subnet_ids=subnets, plugin_bucket_arn=c.plugin_bucket_arn,
                      account_id=s.account_id, log_kms_key_arn=logs_key.arn,
                      log_retention_days=s.log_retention_days, kafkaconnect_version=c.connect_version,
                      mcu_count=c.mcu_count, min_workers=c.min_workers, max_workers=c.max_workers)
        login, setup = cdc_login
        prefixes = {k: kafka.lookup(KafkaOutputs.cdc_topic_prefixes, k) for k in CLASSIFICATIONS}
        tables = {"mnpi": t.mnpi_tables, "public": t.public_tables}
        slot = names.replication_slot
        debezium = Connector(self, "debezium", ConnectorProps(
            name=names.debezium_connector, security_group_name=f"{s.name_prefix}-debezium",
            security_group_description="Debezium source connector", security_group_label="debezium_sg",
            plugin_key=c.debezium_plugin.s3_key or "", plugin_arn=c.debezium_plugin.arn,
            plugin_revision=c.debezium_plugin.revision,
            connector_configuration=debezium_postgres_config(
                hostname=infra.string(InfraOutputs.database_endpoint), port=POSTGRES_PORT,
                dbname=infra.string(InfraOutputs.database_name),
                user_ref=secret_reference(names.cdc_user_secret, "username"),
                password_ref=secret_reference(names.cdc_user_secret, "password"),
                server_name=names.server_name, slot_name=slot, schema="public",
                routes={k: (tables[k], prefixes[k]) for k in CLASSIFICATIONS}),
            role_statements=[
                *kafka_client_statements(arns, KafkaAccess(
                    produce=[*(f"{prefixes[k]}*" for k in CLASSIFICATIONS), names.heartbeat_topic]), sid_prefix="Cdc"),
                *connect_internal_statements(arns),
                *secret_reader_statements(login.arn, login.kms_key_arn, s.region)],
            worker_configuration=worker, connector_after=[login.version], **common))
        self.moved_from(debezium.security_group, "debezium_sg")
        # The connector is created only once the setup task has made its user: the rollout
        # step applies everything else (the task definition included), the runner runs the
        # task, and the next apply creates the connector (atlas.rollout).
        step = Rollout.of(self).step(
            "cdc-setup", why="Debezium's database user and publication are created inside PostgreSQL by a one-off "
            "task (psql as the master user) before the connector that logs in as that user",
            gate=debezium.connector, task=setup)
        debezium.stage(Rollout.count(step))
        # Both sinks share one group: they have the same role towards the brokers.
        sink_connectors: dict[str, Connector] = {}
        sinks = WorkloadSecurityGroup(self, "s3_sink_sg", name=f"{s.name_prefix}-s3-sink",
                                      description="S3 sink connectors", vpc_id=vpc_id)
        for k in CLASSIFICATIONS:
            bucket_arn = infra.lookup(InfraOutputs.lake_bucket_arns, f"raw-{k}")
            key = infra.lookup(InfraOutputs.lake_kms_key_arns, k)
            dlq = kafka.lookup(KafkaOutputs.dead_letter_topics, k)
            sink = c.mnpi_sink if k == "mnpi" else c.public_sink
            sink_connectors[f"s3_sink_{k}"] = Connector(self, f"s3_sink_{k}", ConnectorProps(
                name=names.sink_connector(k), security_group=sinks,
                plugin_key=c.s3_sink_plugin.s3_key or "", plugin_arn=c.s3_sink_plugin.arn,
                plugin_revision=c.s3_sink_plugin.revision,
                connector_configuration=s3_sink_config(
                    topics=kafka.lookup(KafkaOutputs.cdc_topic_names, k),
                    bucket=infra.lookup(InfraOutputs.lake_bucket_names, f"raw-{k}"), region=s.region,
                    kms_key_arn=key, dead_letter_topic=dlq, dead_letter_replication=t.replication_factor,
                    tasks=t.partitions, flush_size=sink.flush_size, rotate_interval_ms=sink.rotate_interval_ms,
                    partition=sink.partition, object_lock=k == "mnpi" and s.lake.mnpi_object_lock),
                role_statements=[
                    *kafka_client_statements(arns, KafkaAccess(
                        consume=[f"{prefixes[k]}*"], produce=[dlq], groups=[names.sink_group(k)]), sid_prefix="Sink"),
                    *connect_internal_statements(arns),
                    *s3_writer_statements(bucket_arn, key)],
                worker_configuration=sink_worker, **common))
        return {"debezium": debezium, "s3_sink": sinks, "all": {"debezium": debezium, **sink_connectors}}

    # -- Athena and access tiers ---------------------------------------------------------
    def _access(self, infra: RemoteOutputs) -> None:
        s = self.settings
        tiers = [AccessTier(name=name, mnpi=tier.mnpi, layers=tier.layers, mfa_required=tier.mfa_required,
                            max_session_hours=tier.max_session_hours, manage_tables=tier.manage_tables,
                            scan_limit_gb=tier.scan_limit_gb)
                 for name, tier in s.access_tiers.items()]
        areas = [f"{layer}-{c}" for layer in LAYERS for c in CLASSIFICATIONS]
        # Query results hold whatever the tier may read, so they are encrypted with the key
        # of the most sensitive classification the tier sees, in a bucket of the tier's own.
        # An MNPI tier's results are MNPI: only its own role (and the exempt roles) may touch them.
        mnpi = mnpi_principals(s)
        for t in tiers:
            name = results_bucket_name(s, t.name)
            SecureBucket(self, f"athena_results_{t.name.replace('-', '_')}", SecureBucketProps(
                name=name,
                kms_key_arn=infra.lookup(InfraOutputs.lake_kms_key_arns, t.results_classification),
                expire_after_days=s.lake.athena_results_retention_days, noncurrent_days=1,
                access_log_bucket=infra.string(InfraOutputs.lake_access_log_bucket_name),
                access_log_prefix=f"{name}/",
                policy_statements=only_principals(f"arn:aws:s3:::{name}", mnpi[f"results-{t.name}"]) if t.mnpi else ()))
        access = AccessTiers(self, "access", AccessTiersProps(
            name=s.name_prefix, account_id=s.account_id, region=s.region,
            trusted_account_id=s.trusted_account_id, tiers=tiers,
            bucket_arns={a: infra.lookup(InfraOutputs.lake_bucket_arns, a) for a in areas},
            results_bucket_names={t.name: results_bucket_name(s, t.name) for t in tiers},
            database_names={a: infra.lookup(InfraOutputs.glue_database_names, a) for a in areas},
            key_arns={c: infra.lookup(InfraOutputs.lake_kms_key_arns, c) for c in CLASSIFICATIONS}))
        self.publish(DataPlaneOutputs.athena_workgroup_names, {n: w.name for n, w in sorted(access.workgroups.items())})
        self.publish(DataPlaneOutputs.access_tier_role_arns, {n: r.arn for n, r in sorted(access.roles.items())})
