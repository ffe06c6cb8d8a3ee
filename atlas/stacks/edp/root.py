"""``edp-<env>``: the composition, read top to bottom as the document's module order."""

from __future__ import annotations

from dataclasses import dataclass

from atlas.cdk import Construct
from atlas.config.edp import AgentServiceSettings, EdpSettings
from atlas.constructs.alb import LoadBalancer, LoadBalancerProps, TargetGroupSpec
from atlas.constructs.dms import CdcReplication, CdcReplicationProps, dms_account_roles
from atlas.constructs.ecr import ImageRepository, ImageRepositoryProps
from atlas.constructs.ecs import (Cluster, ClusterProps, FargateService, FargateServiceProps, LoadBalancerTarget,
                                  ServiceConnectServer)
from atlas.constructs.iam import Statement
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.medallion import MedallionLake, MedallionLakeProps, catalog_databases
from atlas.constructs.mwaa import Airflow, AirflowProps
from atlas.constructs.network import BastionProps, Network
from atlas.constructs.observability import (AlarmSpec, AlertTopic, AlertTopicProps, MonthlyBudget, MonthlyBudgetProps,
                                            alarms, dashboard, ecs_running_tasks_alarm, ecs_service_alarms,
                                            freshness_alarms, load_balancer_alarms, load_balancer_latency_alarms,
                                            rds_alarms, state_machine_alarms)
from atlas.constructs.pipeline import FRESHNESS_METRIC, FRESHNESS_NAMESPACE, Pipeline, PipelineProps
from atlas.constructs.processing import Processing, ProcessingProps
from atlas.constructs.redshift_serverless import Warehouse, WarehouseProps
from atlas.constructs.secrets import SeededSecret, SeededSecretProps
from atlas.constructs.service_roles import ServiceRoles, ServiceRolesProps
from atlas.stacks import kit
from atlas.stacks.base import PlatformStack
from atlas.state import Contract, Output, RootId

# Debezium-style logical decoding for DMS CDC (pgoutput), and room for its slots.
LOGICAL_REPLICATION = {"rds.logical_replication": "1", "max_replication_slots": "10", "max_wal_senders": "10"}
AGENT_API_DNS = "agent-api"
IMAGES = ("agent-api", "agent-ui", "dbt")


class EdpOutputs(Contract):
    agent_url = Output("Where the analytics agent answers (the ALB).", example="https://edp-dev-123.eu-central-1.elb.amazonaws.com")
    state_machine_arn = Output("The lake pipeline (Step Functions).",
                               example="arn:aws:states:eu-central-1:777777777777:stateMachine:edp-dev-pipeline")
    athena_workgroup = Output("The Athena workgroup dbt and analysts use.", example="edp-dev")
    lake_bucket_names = Output("Lake bucket names by key (bronze, silver, gold, ...).",
                               example={"bronze": "edp-dev-bronze-777777777777"})
    image_repository_urls = Output("ECR repositories the application pipelines push to, by image.",
                                   example={"dbt": "777777777777.dkr.ecr.eu-central-1.amazonaws.com/edp-dev/dbt"})


@dataclass(frozen=True)
class _Foundation:
    network: Network
    key: EncryptionKey
    logs_key: EncryptionKey
    lake: MedallionLake
    databases: dict
    roles: ServiceRoles
    dms_account_roles: list


class EdpStack(PlatformStack):
    def __init__(self, scope: Construct, root: RootId, settings: EdpSettings, *, local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend, outputs=EdpOutputs)
        s, prefix = settings, settings.name_prefix
        base = self._foundation()
        processing = Processing(self, "processing", ProcessingProps(
            name=prefix, account_id=s.account_id, region=s.region, vpc_id=base.network.vpc_id,
            subnet_id=base.network.private_subnet_ids[0], availability_zone=s.network.availability_zones[0],
            lake=base.lake, databases=base.databases, key=base.key, logs_key_arn=base.logs_key.arn, roles=base.roles,
            script_location=s.processing.bronze_to_silver_script, glue_version=s.processing.glue_version,
            worker_type=s.processing.worker_type, number_of_workers=s.processing.number_of_workers,
            timeout_minutes=s.processing.timeout_minutes, bytes_scanned_cutoff=s.processing.athena_bytes_scanned_cutoff))
        cluster = Cluster(self, "ecs", ClusterProps(name=prefix, service_connect_namespace=f"{prefix}.local"))
        repositories = {image: ImageRepository(self, f"{image.replace('-', '_')}_repository", ImageRepositoryProps(
            name=f"{prefix}/{image}", kms_key_arn=base.key.arn, force_delete=s.lake.force_destroy)) for image in IMAGES}
        topic = AlertTopic(self, "alerts", AlertTopicProps(name=f"{prefix}-alerts", email=s.alerts.email,
                                                           kms_key_arn=base.key.arn))
        dbt = self._dbt(base, processing, cluster, repositories["dbt"])
        pipeline = Pipeline(self, "pipeline", PipelineProps(
            name=f"{prefix}-pipeline", region=s.region, account_id=s.account_id, job=processing.job,
            crawler=processing.crawler, dbt=dbt, cluster_arn=cluster.arn, subnet_ids=base.network.private_subnet_ids,
            alert_topic_arn=topic.arn, key=base.key, logs_key_arn=base.logs_key.arn,
            log_retention_days=s.log_retention_days, roles=base.roles, silver_tables=s.processing.silver_tables,
            schedule=s.pipeline.schedule, max_attempts=s.pipeline.max_attempts))
        alb, services = self._analytics_agent(base, processing, cluster, repositories)
        extra_alarms: list[AlarmSpec] = []
        if s.ingestion is not None:
            extra_alarms += self._ingestion(base)
        if s.serving is not None:
            self._serving(base, services["api"])
        if s.orchestration is not None:
            self._orchestration(base, processing, cluster, dbt)
        self._monitoring(topic, alb, cluster, services, pipeline, extra_alarms)
        self.publish(EdpOutputs.agent_url, f"{'https' if s.certificate_arn else 'http'}://{alb.dns_name}")
        self.publish(EdpOutputs.state_machine_arn, pipeline.arn)
        self.publish(EdpOutputs.athena_workgroup, processing.workgroup.name)
        self.publish(EdpOutputs.lake_bucket_names, {k: b.name for k, b in base.lake.buckets.items()})
        self.publish(EdpOutputs.image_repository_urls, {k: r.url for k, r in repositories.items()})

    # -- 1. foundation: networking, data lake, iam-metadata ----------------------------------
    def _foundation(self) -> _Foundation:
        s, prefix = self.settings, self.settings.name_prefix
        logs_key = kit.logs_key(self, s, alias=f"{prefix}-logs", description=f"{prefix} CloudWatch Logs encryption")
        # The platform key: lake objects, Glue output and bookmarks, Athena results, the
        # pipeline, secrets, images, alarms (CloudWatch publishes to the encrypted topic) and
        # the MWAA log groups (CloudWatch Logs, for this account's groups only).
        key = EncryptionKey(self, "platform_key", EncryptionKeyProps(
            alias=f"{prefix}-platform", description=f"{prefix} platform data (lake, processing, secrets, alerts)",
            account_id=s.account_id, region=s.region, service_principals=("cloudwatch", "logs")))
        bastion = (BastionProps(instance_type=s.bastion.instance_type, ami_parameter=s.bastion.ami_parameter,
                                kms_key_arn=key.arn) if s.bastion else None)
        network = kit.network(self, s, logs_key, bastion=bastion)
        lake = MedallionLake(self, "lake", MedallionLakeProps(
            name=prefix, account_id=s.account_id, kms_key_arn=key.arn,
            noncurrent_version_days=s.lake.noncurrent_version_days,
            athena_results_retention_days=s.lake.athena_results_retention_days,
            quarantine_retention_days=s.lake.quarantine_retention_days,
            access_log_retention_days=s.lake.access_log_retention_days, force_destroy=s.lake.force_destroy))
        databases = catalog_databases(self, prefix=prefix, account_id=s.account_id, lake=lake)
        services = {"glue": "glue", "states": "states"}
        if s.pipeline.schedule:
            services["scheduler"] = "scheduler"
        if s.ingestion is not None:
            services.update(dms_s3="dms", dms_secrets="dms_regional")
        if s.serving is not None:
            services["redshift"] = "redshift"
        if s.orchestration is not None:
            services["airflow"] = "airflow"
        roles = ServiceRoles(self, "roles", ServiceRolesProps(prefix=prefix, account_id=s.account_id, region=s.region,
                                                             roles=services))
        account_roles = dms_account_roles(self, account_id=s.account_id) if s.dms_account_roles else []
        return _Foundation(network, key, logs_key, lake, databases, roles, account_roles)

    # -- 2. default runtime: dbt, the analytics agent, monitoring -------------------------------
    def _dbt(self, base: _Foundation, processing: Processing, cluster: Cluster,
             repository: ImageRepository) -> FargateService:
        s, prefix, cfg = self.settings, self.settings.name_prefix, self.settings.pipeline.dbt
        lake, catalog = base.lake, f"arn:aws:glue:{s.region}:{s.account_id}"
        silver, gold = base.databases["silver"].name, base.databases["gold"].name
        return FargateService(self, "dbt", FargateServiceProps(
            name=f"{prefix}-dbt", cluster_arn=cluster.arn, image=repository.image(cfg.image), cpu=cfg.cpu,
            memory=cfg.memory, desired_count=0, run_as_service=False, vpc_id=base.network.vpc_id,
            image_provided_by_application=cfg.image is None,
            subnet_ids=base.network.private_subnet_ids, security_group_name=f"{prefix}-dbt",
            security_group_description="dbt runs (Step Functions / MWAA tasks)", region=s.region,
            account_id=s.account_id, log_kms_key_arn=base.logs_key.arn, log_retention_days=s.log_retention_days,
            # dbt-athena's profile reads these (the dbt project's profiles.yml uses env_var()).
            environment={"AWS_REGION": s.region, "DBT_ATHENA_WORKGROUP": processing.workgroup.name,
                         "DBT_ATHENA_S3_STAGING_DIR": f"s3://{lake['athena-results'].name}/dbt/",
                         "DBT_ATHENA_SCHEMA": gold, "DBT_SOURCE_SCHEMA": silver},
            task_role_statements=self._athena_statements(processing, base) + [
                lake["silver"].grant_read("ReadSilver"), lake["gold"].grant_read_write("WriteGold"),
                Statement(sid="GoldCatalog", actions=["glue:CreateTable", "glue:UpdateTable", "glue:DeleteTable",
                                                      "glue:BatchCreatePartition", "glue:BatchDeletePartition",
                                                      "glue:CreatePartition", "glue:DeletePartition",
                                                      "glue:UpdatePartition"],
                          resources=[f"{catalog}:catalog", f"{catalog}:database/{gold}", f"{catalog}:table/{gold}/*"])]))

    def _athena_statements(self, processing: Processing, base: _Foundation) -> list[Statement]:
        """Query through the workgroup and read the silver and gold catalog (dbt and the agent)."""
        s, lake = self.settings, base.lake
        catalog = f"arn:aws:glue:{s.region}:{s.account_id}"
        names = [base.databases[layer].name for layer in ("silver", "gold")]
        return [
            Statement(sid="Athena", actions=["athena:StartQueryExecution", "athena:GetQueryExecution",
                                             "athena:GetQueryResults", "athena:StopQueryExecution",
                                             "athena:GetWorkGroup"],
                      resources=[f"arn:aws:athena:{s.region}:{s.account_id}:workgroup/{processing.workgroup.name}"]),
            Statement(sid="ReadCatalog", actions=["glue:GetDatabase", "glue:GetDatabases", "glue:GetTable",
                                                  "glue:GetTables", "glue:GetPartition", "glue:GetPartitions",
                                                  "glue:BatchGetPartition"],
                      resources=[f"{catalog}:catalog"] + [f"{catalog}:database/{n}" for n in names]
                      + [f"{catalog}:table/{n}/*" for n in names]),
            lake["athena-results"].grant_read_write("QueryResults"),
            base.key.grant_use("PlatformKey"),
        ]

    def _analytics_agent(self, base: _Foundation, processing: Processing, cluster: Cluster,
                         repositories: dict[str, ImageRepository]) -> tuple[LoadBalancer, dict[str, FargateService]]:
        s, prefix, agent = self.settings, self.settings.name_prefix, self.settings.analytics_agent
        alb = LoadBalancer(self, "alb", LoadBalancerProps(
            name=prefix, vpc_id=base.network.vpc_id, subnet_ids=base.network.public_subnet_ids,
            security_group_name=f"{prefix}-alb", security_group_description="analytics agent load balancer",
            certificate_arn=s.certificate_arn, region=s.region, account_id=s.account_id,
            deletion_protection=s.rules.deletion_protection, default_target="ui",
            server_access_log_bucket=base.lake.access_logs.name,
            server_access_log_bucket_policy=base.lake.access_logs.policy,
            log_kms_key_arn=base.logs_key.arn, waf_log_retention_days=s.log_retention_days,
            target_groups=[TargetGroupSpec(key="ui", port=agent.ui.port, health_check_path=agent.ui.health_check_path),
                           TargetGroupSpec(key="api", port=agent.api.port, paths=["/api/*"], priority=10,
                                           health_check_path=agent.api.health_check_path)]))
        protocol = "HTTPS" if s.certificate_arn else "HTTP"
        alb.connections.allow_from_cidrs("clients", agent.allowed_cidrs, description=f"{protocol} from agent users")
        if s.certificate_arn:
            alb.connections.allow_from_cidrs("clients", agent.allowed_cidrs, port=80,
                                             description="HTTP, redirected to HTTPS")
        key_secret = SeededSecret(self, "model_api_key", SeededSecretProps(
            name=f"{prefix}/analytics-agent/model-api-key", kms_key_arn=base.key.arn,
            description="the analytics agent's model API key (set by operators)",
            seed={agent.model_api_key_variable: ""}))

        def service(key: str, cfg: AgentServiceSettings, **kwargs) -> FargateService:
            return FargateService(self, f"agent_{key}", FargateServiceProps(
                name=f"{prefix}-agent-{key}", cluster_arn=cluster.arn, image=repositories[f"agent-{key}"].image(cfg.image),
                cpu=cfg.cpu, memory=cfg.memory, image_provided_by_application=cfg.image is None,
                # No image yet: everything exists, nothing runs, until a rollout step sets it.
                desired_count=cfg.desired_count if cfg.image else 0, vpc_id=base.network.vpc_id,
                subnet_ids=base.network.private_subnet_ids, security_group_name=f"{prefix}-agent-{key}",
                security_group_description=f"analytics agent {key} tasks", region=s.region, account_id=s.account_id,
                log_kms_key_arn=base.logs_key.arn, log_retention_days=s.log_retention_days, container_port=cfg.port,
                service_connect_namespace_arn=cluster.namespace_arn,
                load_balancer=LoadBalancerTarget(load_balancer=alb, target_group_arn=alb.target_group_arn(key),
                                                 forwarded_by=alb.forwarder(key), description="ALB to the agent"),
                **kwargs))

        api = service("api", agent.api, runtime_secret=key_secret,
                      service_connect_server=ServiceConnectServer(dns_name=AGENT_API_DNS, port=agent.api.port),
                      environment={"AWS_REGION": s.region, "ATHENA_WORKGROUP": processing.workgroup.name,
                                   "GOLD_DATABASE": base.databases["gold"].name},
                      task_role_statements=self._athena_statements(processing, base)
                      + [base.lake["gold"].grant_read("ReadGold")])
        ui = service("ui", agent.ui, environment={"AGENT_API_URL": f"http://{AGENT_API_DNS}:{agent.api.port}"})
        api.connections.allow_from(ui, description="agent UI to the agent API (Service Connect)")
        return alb, {"api": api, "ui": ui}

    def _monitoring(self, topic: AlertTopic, alb: LoadBalancer, cluster: Cluster, services: dict[str, FargateService],
                    pipeline: Pipeline, extra: list[AlarmSpec]) -> None:
        s, p = self.settings, self.settings.name_prefix
        specs = state_machine_alarms(p, pipeline.arn)
        specs += freshness_alarms(p, namespace=FRESHNESS_NAMESPACE, metric=FRESHNESS_METRIC,
                                  dimensions={"Pipeline": f"{p}-pipeline"}, tables=s.processing.silver_tables,
                                  stale_after_hours=s.processing.stale_after_hours)
        specs += load_balancer_alarms(p, alb.arn_suffix, {k: tg.arn_suffix for k, tg in alb.target_groups.items()})
        specs += load_balancer_latency_alarms(p, alb.arn_suffix)
        for key, service in services.items():
            specs += ecs_service_alarms(cluster.name, service.name)
            if service.props.desired_count:
                specs.append(ecs_running_tasks_alarm(cluster.name, service.name, service.props.desired_count))
        specs += extra
        alarms(topic, p, specs)
        dashboard(self, "dashboard", name=f"{p}-overview", region=s.region, specs=specs)
        MonthlyBudget(self, "budget", MonthlyBudgetProps(name=f"{p}-monthly", limit_usd=s.budget.monthly_limit_usd,
                                                         email=s.alerts.email))

    # -- 3. optional modes -----------------------------------------------------------------------
    def _ingestion(self, base: _Foundation) -> list[AlarmSpec]:
        s, prefix, cfg = self.settings, self.settings.name_prefix, self.settings.ingestion
        clients = [base.network.bastion] if base.network.bastion else []
        database = kit.postgres(self, "source_db", cfg.database, name=f"{prefix}-source", account_id=s.account_id,
                                vpc_id=base.network.vpc_id, subnet_ids=base.network.private_subnet_ids,
                                kms_key_arn=base.key.arn, clients=clients, required_parameters=LOGICAL_REPLICATION)
        CdcReplication(self, "cdc", CdcReplicationProps(
            name=f"{prefix}-cdc", region=s.region, account_id=s.account_id, vpc_id=base.network.vpc_id,
            subnet_ids=base.network.private_subnet_ids, database=database, database_name=cfg.database.database_name,
            key=base.key, bronze=base.lake["bronze"], roles=base.roles,
            instance_class=cfg.replication_instance_class, allocated_storage_gb=cfg.replication_allocated_storage_gb,
            engine_version=cfg.replication_engine_version, multi_az=s.rules.multi_az, schemas=cfg.schemas,
            account_roles=base.dms_account_roles))
        return rds_alarms(prefix, "source", database.identifier)

    def _serving(self, base: _Foundation, api: FargateService) -> None:
        s, prefix, cfg = self.settings, self.settings.name_prefix, self.settings.serving
        warehouse = Warehouse(self, "warehouse", WarehouseProps(
            name=prefix, region=s.region, account_id=s.account_id, vpc_id=base.network.vpc_id,
            subnet_ids=base.network.private_subnet_ids, key=base.key, gold=base.lake["gold"],
            gold_database=base.databases["gold"].name, roles=base.roles, database_name=cfg.database_name,
            admin_username=cfg.admin_username, base_capacity_rpu=cfg.base_capacity_rpu,
            max_capacity_rpu=cfg.max_capacity_rpu))
        warehouse.connections.allow_from(api, description="agent API to Redshift")
        if base.network.bastion is not None:
            warehouse.connections.allow_from(base.network.bastion, description="operators through the bastion")

    def _orchestration(self, base: _Foundation, processing: Processing, cluster: Cluster, dbt: FargateService) -> None:
        s, prefix, cfg = self.settings, self.settings.name_prefix, self.settings.orchestration
        Airflow(self, "mwaa", AirflowProps(
            name=f"{prefix}-airflow", region=s.region, account_id=s.account_id, vpc_id=base.network.vpc_id,
            subnet_ids=base.network.private_subnet_ids, key=base.key, access_log_bucket=base.lake.access_logs,
            roles=base.roles, job_name=processing.job.name, crawler_name=processing.crawler.name,
            cluster_arn=cluster.arn, dbt=dbt, retries=s.pipeline.max_attempts - 1,
            airflow_version=cfg.airflow_version, environment_class=cfg.environment_class,
            min_workers=cfg.min_workers, max_workers=cfg.max_workers))
