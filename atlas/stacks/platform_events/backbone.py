"""``platform-events-<env>``: the event backbone every platform workload publishes through.

A /16 network over three zones, MSK (IAM over TLS only) with its own group and the shared
client group admitted on the IAM listener, the Glue registry the contracts' schemas go into,
the event gateway's, schema service's and OTel collector's roles (scoped to exactly their
topics, groups, schemas and workspace), Managed Prometheus (and Grafana when switched on),
log groups, broker alarms and the workloads' secrets. ``BackboneOutputs`` is what the Kafka
root and the application deployments read.
"""

from __future__ import annotations

from cdktf_cdktf_provider_aws.iam_policy import IamPolicy

from atlas.cdk import Construct
from atlas.config.contracts import Catalog, load_catalog
from atlas.config.platform_events import PlatformEventsSettings
from atlas.constructs.iam import Statement, policy_document
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.logs import log_group
from atlas.constructs.managed_monitoring import Dashboards, DashboardsProps, MetricsWorkspace, SamlProps
from atlas.constructs.msk import IAM_PORT, KafkaAccess, KafkaArns, KafkaCluster, KafkaClusterProps, kafka_arns, \
    kafka_client_statements
from atlas.constructs.network import Network
from atlas.constructs.observability import AlertTopic, AlertTopicProps, alarms, msk_cluster_alarms
from atlas.constructs.schema_registry import SchemaRegistry
from atlas.constructs.secrets import GeneratedSecret, GeneratedSecretProps
from atlas.constructs.security_group import WorkloadSecurityGroup
from atlas.constructs.workload_identity import WorkloadCompute, WorkloadRole
from atlas.stacks import kit
from atlas.stacks.base import PlatformStack
from atlas.stacks.platform_events.names import API_KEY, GATEWAY, OTEL_COLLECTOR, SCHEMA_SERVICE, SECRET_VERSION, \
    EventsNames
from atlas.state import Contract, Output, RootId

_ACCOUNT = "666666666666"
_BROKERS = [f"b-{i}.platformeventsdev.a1b2c3.c3.kafka.eu-central-1.amazonaws.com" for i in (1, 2, 3)]


class BackboneOutputs(Contract):
    vpc_id = Output("The VPC of the event backbone.", example="vpc-0a1b2c3d4e5f60718")
    private_subnet_ids = Output("Private subnets (brokers, gateway), one per zone.",
                                example=["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719",
                                         "subnet-0a1b2c3d4e5f6071a"])
    msk_cluster_arn = Output("ARN of the MSK cluster.", example=f"arn:aws:kafka:eu-central-1:{_ACCOUNT}:cluster/"
                                                                "platform-events-dev/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0-3")
    msk_bootstrap_brokers_sasl_iam = Output("IAM bootstrap brokers (TLS, port 9098), comma-separated.",
                                            example=",".join(f"{b}:9098" for b in _BROKERS))
    msk_security_group_id = Output("The brokers' security group (platform-events-<env>-sg).",
                                   example="sg-0a1b2c3d4e5f60718")
    client_security_group_id = Output("The shared client group (the document's platform-shared): members reach "
                                      "the brokers' IAM listener.", example="sg-0b1c2d3e4f5a60718")
    schema_registry_arn = Output("The Glue Schema Registry the contracts' schemas live in.",
                                 example=f"arn:aws:glue:eu-central-1:{_ACCOUNT}:registry/platform-events-dev")
    prometheus_remote_write_url = Output("Managed Prometheus remote-write URL for the OTel collectors.",
                                         example="https://aps-workspaces.eu-central-1.amazonaws.com/workspaces/"
                                                 "ws-0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9/api/v1/remote_write")
    role_arns = Output("IAM role per workload (event-gateway, schema-service, otel-collector).",
                       example={s: f"arn:aws:iam::{_ACCOUNT}:role/platform-events-dev-{s}"
                                for s in (GATEWAY, OTEL_COLLECTOR, SCHEMA_SERVICE)})
    secret_arns = Output("API-key secret per workload ({\"api_key\": ...}, generated at apply, never in state).",
                         example={s: f"arn:aws:secretsmanager:eu-central-1:{_ACCOUNT}:secret:platform-events-dev/{s}/"
                                     "credentials-Ab12Cd" for s in (GATEWAY, SCHEMA_SERVICE)})
    kafka_runner_policy_arn = Output("Policy to attach to the Kafka root's runner role (topics and schemas only).",
                                     example=f"arn:aws:iam::{_ACCOUNT}:policy/platform-events-dev-kafka-runner")
    grafana_endpoint = Output("The Grafana workspace URL (when grafana is on).", optional=True,
                              example="g-0a1b2c3d4e.grafana-workspace.eu-central-1.amazonaws.com")


class BackboneStack(PlatformStack):
    def __init__(self, scope: Construct, root: RootId, settings: PlatformEventsSettings, *,
                 local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend, outputs=BackboneOutputs)
        s, names = settings, EventsNames(settings.name_prefix)
        catalog, _ = load_catalog(s.contracts)
        assert catalog is not None  # refused by cross_checks before any root is built
        prefix = s.name_prefix
        logs_key = kit.logs_key(self, s, alias=f"{prefix}-logs", description=f"{prefix} CloudWatch Logs encryption")
        # Broker storage, the workloads' secrets and the alarm topic (CloudWatch publishes to it).
        data_key = EncryptionKey(self, "data_key", EncryptionKeyProps(
            alias=f"{prefix}-data", description=f"{prefix} MSK storage, secrets and alarm topic",
            account_id=s.account_id, region=s.region, service_principals=("cloudwatch",)))
        network = kit.network(self, s, logs_key)
        cluster, client_group = self._cluster(network, data_key, logs_key, names)
        arns = kafka_arns(self, "msk_arns", cluster.arn)
        registry = SchemaRegistry(self, "schema_registry", name=prefix,
                                  description=f"{prefix} event contracts (contracts/ in the platform repository)",
                                  region=s.region, account_id=s.account_id)
        metrics = MetricsWorkspace(self, "prometheus", alias=prefix)
        for service in (GATEWAY, SCHEMA_SERVICE):
            log_group(self, f"{service.replace('-', '_')}_log_group", name=names.log_group(service),
                      retention_days=s.log_retention_days, kms_key_arn=logs_key.arn)
        secrets = self._secrets(names, data_key)
        roles = self._roles(catalog, names, arns, registry, metrics, secrets, data_key)
        runner_policy = self._runner_policy(names, arns, registry)
        if s.grafana is not None:
            g = s.grafana
            dashboards = Dashboards(self, "grafana", DashboardsProps(
                name=prefix, account_id=s.account_id, authentication_providers=g.authentication_providers,
                metrics=metrics, grafana_version=g.grafana_version, admin_group_ids=g.admin_group_ids,
                editor_group_ids=g.editor_group_ids,
                saml=SamlProps(idp_metadata_url=g.saml.idp_metadata_url, admin_role_values=g.saml.admin_role_values,
                               editor_role_values=g.saml.editor_role_values, role_assertion=g.saml.role_assertion)
                if g.saml else None))
            self.publish(BackboneOutputs.grafana_endpoint, dashboards.endpoint)
        topic = AlertTopic(self, "alerts", AlertTopicProps(name=f"{prefix}-alerts", email=s.alerts.email,
                                                           kms_key_arn=data_key.arn))
        alarms(topic, prefix, msk_cluster_alarms(prefix, cluster.cluster_name, s.msk.number_of_broker_nodes))
        out = BackboneOutputs
        self.publish(out.vpc_id, network.vpc_id)
        self.publish(out.private_subnet_ids, network.private_subnet_ids)
        self.publish(out.msk_cluster_arn, cluster.arn)
        self.publish(out.msk_bootstrap_brokers_sasl_iam, cluster.bootstrap_brokers_iam)
        self.publish(out.msk_security_group_id, cluster.connections.security_group_id)
        self.publish(out.client_security_group_id, client_group.id)
        self.publish(out.schema_registry_arn, registry.arn)
        self.publish(out.prometheus_remote_write_url, f"{metrics.endpoint}api/v1/remote_write")
        self.publish(out.role_arns, {k: r.arn for k, r in sorted(roles.items())})
        self.publish(out.secret_arns, {k: v.arn for k, v in sorted(secrets.items())})
        self.publish(out.kafka_runner_policy_arn, runner_policy.arn)

    def _cluster(self, network: Network, data_key: EncryptionKey, logs_key: EncryptionKey,
                 names: EventsNames) -> tuple[KafkaCluster, WorkloadSecurityGroup]:
        s, msk, t = self.settings, self.settings.msk, self.settings.topics
        cluster = KafkaCluster(self, "msk", KafkaClusterProps(
            name=s.name_prefix, kafka_version=msk.kafka_version, broker_instance_type=msk.broker_instance_type,
            number_of_broker_nodes=msk.number_of_broker_nodes, vpc_id=network.vpc_id,
            subnet_ids=network.private_subnet_ids, security_group_name=names.broker_security_group,
            security_group_description=f"{s.name_prefix} MSK brokers", security_group_label="msk",
            kms_key_arn=data_key.arn, log_kms_key_arn=logs_key.arn, log_retention_days=s.log_retention_days,
            log_group_name=names.log_group("msk"), volume_size_gb=msk.volume_size_gb,
            provisioned_throughput_mibps=msk.provisioned_throughput_mibps, iam_auth=True, scram_auth=False,
            enhanced_monitoring=msk.enhanced_monitoring,
            server_properties={"default.replication.factor": str(t.replication_factor),
                               "min.insync.replicas": str(t.min_insync_replicas)}))
        # The document's shared client group: platform workloads join it to reach Kafka;
        # their own service groups attach on top.
        client_group = network.security_group("platform_shared", name=names.client_security_group,
                                                   description=f"{s.name_prefix} platform workloads using the event backbone")
        cluster.allow_from(client_group, "iam", description="platform workloads to MSK (IAM + TLS)")
        runner = s.kafka_runner
        if runner.cidrs:
            cluster.security_group.allow_from_cidrs("kafka_runner", runner.cidrs, IAM_PORT,
                                                    description="Kafka root runner to MSK (IAM + TLS)")
        if runner.security_group_ids:
            cluster.security_group.allow_from_group_ids("kafka_runner", runner.security_group_ids, IAM_PORT,
                                                        description="Kafka root runner to MSK (IAM + TLS)")
        return cluster, client_group

    def _secrets(self, names: EventsNames, data_key: EncryptionKey) -> dict[str, GeneratedSecret]:
        """The API key each workload's callers present, ``{"api_key": ...}``. The platform owns
        these values, so the apply generates them (an ephemeral random password written
        write-only: never in the plan or the state) and each secret has its value the moment it
        exists. Kafka needs no credential at all (IAM); no value here comes from a third party.
        Rotation: raise ``SECRET_VERSION`` (callers re-read the secret)."""
        # Construct ids keep the secrets' addresses (aws_secretsmanager_secret.<service>_secret).
        return {service: GeneratedSecret(self, service.replace("-", "_"), GeneratedSecretProps(
            name=names.secret(service), kms_key_arn=data_key.arn, password_key=API_KEY, password_length=48,
            version=SECRET_VERSION,
            description=f"API key the {service}'s callers present ({API_KEY}); generated by Terraform at apply, "
                        "never stored in its state")) for service in (GATEWAY, SCHEMA_SERVICE)}

    def _roles(self, catalog: Catalog, names: EventsNames, arns: KafkaArns, registry: SchemaRegistry,
               metrics: MetricsWorkspace, secrets: dict[str, GeneratedSecret],
               data_key: EncryptionKey) -> dict[str, WorkloadRole]:
        s = self.settings
        w = s.workloads
        compute = WorkloadCompute(kind=w.compute, account_id=s.account_id, oidc_provider_arn=w.eks_oidc_provider_arn,
                                  oidc_issuer=w.oidc_issuer, namespace=w.namespace)

        def secret_read(service: str) -> list[Statement]:
            return [Statement(sid="OwnSecret", actions=["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                              resources=[secrets[service].arn]),
                    Statement(sid="OwnSecretKey", actions=["kms:Decrypt"], resources=[data_key.arn],
                              conditions={"StringEquals": {"kms:ViaService": f"secretsmanager.{s.region}.amazonaws.com"}})]

        def kafka(service: str, sid: str) -> list[Statement]:
            return kafka_client_statements(arns, KafkaAccess(produce=catalog.produced_by(service),
                                                             consume=catalog.consumed_by(service),
                                                             groups=catalog.groups_of(service)), sid_prefix=sid)

        gateway_topics = sorted(set(catalog.produced_by(GATEWAY)) | set(catalog.consumed_by(GATEWAY)))
        return {
            # Validates each event against its registered schema, then publishes it.
            GATEWAY: WorkloadRole(self, "event_gateway_role", name=names.role(GATEWAY), compute=compute,
                                  description=f"{s.name_prefix} event gateway", service_account=GATEWAY, statements=[
                                      *kafka(GATEWAY, "Kafka"),
                                      *registry.reader_statements(gateway_topics),
                                      *secret_read(GATEWAY)]),
            # Reads every schema of the registry and the topics the contracts give it.
            SCHEMA_SERVICE: WorkloadRole(self, "schema_service_role", name=names.role(SCHEMA_SERVICE), compute=compute,
                                         description=f"{s.name_prefix} schema service", service_account=SCHEMA_SERVICE,
                                         statements=[
                                             *kafka(SCHEMA_SERVICE, "Kafka"),
                                             *registry.reader_statements(sorted(catalog.channels)),
                                             *secret_read(SCHEMA_SERVICE)]),
            # Pushes metrics to this environment's workspace and nowhere else.
            OTEL_COLLECTOR: WorkloadRole(self, "otel_collector_role", name=names.role(OTEL_COLLECTOR), compute=compute,
                                         description=f"{s.name_prefix} OpenTelemetry collector",
                                         service_account=OTEL_COLLECTOR, statements=metrics.remote_write_statements()),
        }

    def _runner_policy(self, names: EventsNames, arns: KafkaArns, registry: SchemaRegistry) -> IamPolicy:
        """What the Kafka root itself needs (attach it to the runner's role): manage this
        cluster's topics and this registry's schemas, nothing else."""
        return IamPolicy(self, "kafka_runner_policy", name=names.role("kafka-runner"),
                         description="Topics and Glue schemas of the platform-events Kafka root", policy=policy_document(
            Statement(sid="Connect", actions=["kafka-cluster:Connect", "kafka-cluster:DescribeCluster"],
                      resources=[arns.cluster]),
            Statement(sid="Topics", actions=["kafka-cluster:CreateTopic", "kafka-cluster:DeleteTopic",
                                             "kafka-cluster:DescribeTopic", "kafka-cluster:AlterTopic",
                                             "kafka-cluster:DescribeTopicDynamicConfiguration",
                                             "kafka-cluster:AlterTopicDynamicConfiguration"],
                      resources=[f"{arns.topic}/*"]),
            Statement(sid="Schemas", actions=["glue:CreateSchema", "glue:DeleteSchema", "glue:UpdateSchema",
                                              "glue:GetSchema", "glue:GetSchemaByDefinition", "glue:GetSchemaVersion",
                                              "glue:ListSchemaVersions", "glue:RegisterSchemaVersion",
                                              "glue:GetSchemaVersionsDiff", "glue:CheckSchemaVersionValidity",
                                              "glue:GetRegistry", "glue:GetTags", "glue:TagResource",
                                              "glue:UntagResource"],
                      resources=[registry.arn, f"{registry.schema_arn_prefix}/*"])))
