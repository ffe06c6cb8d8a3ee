"""An MSK Connect connector with its custom plugin, log group and service role.

The connector authenticates to the cluster with IAM over TLS (no other mode is offered) and
scales its workers on CPU. The plugin archive is uploaded by operators to the artifact
bucket; MSK Connect reads it when the custom plugin is created.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.mskconnect_connector import (
    MskconnectConnector,
    MskconnectConnectorCapacity,
    MskconnectConnectorCapacityAutoscaling,
    MskconnectConnectorCapacityAutoscalingScaleInPolicy,
    MskconnectConnectorCapacityAutoscalingScaleOutPolicy,
    MskconnectConnectorKafkaCluster,
    MskconnectConnectorKafkaClusterApacheKafkaCluster,
    MskconnectConnectorKafkaClusterApacheKafkaClusterVpc,
    MskconnectConnectorKafkaClusterClientAuthentication,
    MskconnectConnectorKafkaClusterEncryptionInTransit,
    MskconnectConnectorLogDelivery,
    MskconnectConnectorLogDeliveryWorkerLogDelivery,
    MskconnectConnectorLogDeliveryWorkerLogDeliveryCloudwatchLogs,
    MskconnectConnectorPlugin,
    MskconnectConnectorPluginCustomPlugin,
    MskconnectConnectorWorkerConfiguration,
)
from cdktf_cdktf_provider_aws.mskconnect_custom_plugin import (
    MskconnectCustomPlugin,
    MskconnectCustomPluginLocation,
    MskconnectCustomPluginLocationS3,
)
from cdktf_cdktf_provider_aws.mskconnect_worker_configuration import MskconnectWorkerConfiguration

from atlas.cdk import Construct, TerraformResource
from atlas.constructs.iam import Statement, policy_document, service_assume_role_policy
from atlas.constructs.logs import log_group
from atlas.constructs.security_group import Connections, WorkloadSecurityGroup
from atlas.naming import Name


def connector_names(name: str, *, own_plugin: bool = True) -> dict:
    """The AWS names a ``Connector`` derives from its name."""
    return {"connector": Name("msk_connect", name), "log_group": Name("log_group", f"/msk-connect/{name}"),
            "role": Name("iam_role", f"{name}-connector"), "policy": Name("iam_policy", "connector"),
            **({"plugin": Name("msk_connect", name)} if own_plugin else {})}


@dataclass(frozen=True, kw_only=True)
class ConnectorProps:
    name: str
    bootstrap_brokers_iam: str
    vpc_id: str
    subnet_ids: Sequence[str]
    # The workers' security group: a group of their own (AWS name and description), or one
    # shared with connectors of the same role (``security_group``). Workers only connect out.
    security_group_name: str = ""
    security_group_description: str = ""
    security_group: WorkloadSecurityGroup | None = None
    # Names the group in the ids of rules admitting it (default: the construct id).
    security_group_label: str | None = None
    plugin_bucket_arn: str
    plugin_key: str  # object key of the plugin archive (.zip or .jar); "" with plugin_arn
    connector_configuration: Mapping[str, str]
    account_id: str
    log_kms_key_arn: str
    log_retention_days: int
    # Data-plane statements the connector needs (Kafka topics/groups, destination bucket...).
    role_statements: Sequence[Statement]
    kafkaconnect_version: str = "2.7.1"
    mcu_count: int = 1
    min_workers: int = 1
    max_workers: int = 2
    # An existing custom plugin (shared by several connectors, or built elsewhere) instead
    # of one created from plugin_key.
    plugin_arn: str | None = None
    # What the connector must wait for beyond its references, e.g. the first version of the
    # secret its config provider reads when its tasks start.
    connector_after: Sequence[TerraformResource] = ()
    plugin_revision: int = 1
    # What must exist before the custom plugin is created from plugin_key (the resource
    # that puts the archive there, when this root does), and what the plugin says it is.
    plugin_after: Sequence[TerraformResource] = ()
    plugin_description: str = ""
    # A worker configuration (converters, config providers) shared by connectors; None = MSK's default.
    worker_configuration: "WorkerConfiguration | None" = None

    def __post_init__(self) -> None:
        if (self.security_group is None) == (not self.security_group_name):
            raise ValueError(f"connector {self.name}: give security_group_name (a group of its own) or "
                             "security_group (a shared one), not both")
        if bool(self.plugin_arn) == bool(self.plugin_key):
            raise ValueError(f"connector {self.name}: give exactly one of plugin_key (a plugin archive in "
                             "plugin_bucket_arn) or plugin_arn (an existing custom plugin)")


class WorkerConfiguration(Construct):
    """Kafka Connect worker properties, versioned by MSK Connect (each change is a revision)."""

    def __init__(self, scope: Construct, construct_id: str, *, name: str, properties: Mapping[str, str]) -> None:
        super().__init__(scope, construct_id)
        self.resource = MskconnectWorkerConfiguration(
            self, "configuration", name=name,
            properties_file_content="".join(f"{k}={v}\n" for k, v in sorted(properties.items())))
        self.arn: str = self.resource.arn
        self.revision = self.resource.latest_revision


class Connector(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: ConnectorProps) -> None:
        super().__init__(scope, construct_id)
        if props.min_workers > props.max_workers:
            raise ValueError(f"connector {props.name}: min_workers exceeds max_workers")
        self.security_group = props.security_group or WorkloadSecurityGroup(
            self, "security_group", name=props.security_group_name, description=props.security_group_description,
            vpc_id=props.vpc_id, label=props.security_group_label or construct_id)
        self.connections = Connections(self.security_group)
        names = connector_names(props.name, own_plugin=not props.plugin_arn)
        self.log_group = log_group(self, "log_group", name=names["log_group"].value,
                                   retention_days=props.log_retention_days, kms_key_arn=props.log_kms_key_arn)
        self.role = IamRole(self, "service_role", name=names["role"].value,
                            assume_role_policy=service_assume_role_policy("kafkaconnect.amazonaws.com",
                                                                          account_id=props.account_id))
        plugin_read = [] if props.plugin_arn else [Statement(
            sid="ReadPlugin", actions=["s3:GetObject"], resources=[f"{props.plugin_bucket_arn}/{props.plugin_key}"])]
        IamRolePolicy(self, "service_policy", role=self.role.id, name=names["policy"].value, policy=policy_document(
            *props.role_statements, *plugin_read))
        if props.plugin_arn:
            plugin_arn, plugin_revision = props.plugin_arn, props.plugin_revision
        else:
            self.plugin = MskconnectCustomPlugin(
                self, "plugin", name=names["plugin"].value, content_type="ZIP" if props.plugin_key.endswith(".zip") else "JAR",
                description=props.plugin_description or None, depends_on=list(props.plugin_after) or None,
                location=MskconnectCustomPluginLocation(s3=MskconnectCustomPluginLocationS3(
                    bucket_arn=props.plugin_bucket_arn, file_key=props.plugin_key)))
            plugin_arn, plugin_revision = self.plugin.arn, self.plugin.latest_revision
        worker = props.worker_configuration
        self.connector = MskconnectConnector(
            self, "connector", name=names["connector"].value, kafkaconnect_version=props.kafkaconnect_version,
            service_execution_role_arn=self.role.arn,
            connector_configuration=dict(sorted(props.connector_configuration.items())),
            capacity=MskconnectConnectorCapacity(autoscaling=MskconnectConnectorCapacityAutoscaling(
                mcu_count=props.mcu_count, min_worker_count=props.min_workers, max_worker_count=props.max_workers,
                scale_in_policy=MskconnectConnectorCapacityAutoscalingScaleInPolicy(cpu_utilization_percentage=20),
                scale_out_policy=MskconnectConnectorCapacityAutoscalingScaleOutPolicy(cpu_utilization_percentage=80))),
            kafka_cluster=MskconnectConnectorKafkaCluster(apache_kafka_cluster=MskconnectConnectorKafkaClusterApacheKafkaCluster(
                bootstrap_servers=props.bootstrap_brokers_iam,
                vpc=MskconnectConnectorKafkaClusterApacheKafkaClusterVpc(
                    subnets=list(props.subnet_ids), security_groups=[self.security_group.id]))),
            kafka_cluster_client_authentication=MskconnectConnectorKafkaClusterClientAuthentication(
                authentication_type="IAM"),
            kafka_cluster_encryption_in_transit=MskconnectConnectorKafkaClusterEncryptionInTransit(
                encryption_type="TLS"),
            plugin=[MskconnectConnectorPlugin(custom_plugin=MskconnectConnectorPluginCustomPlugin(
                arn=plugin_arn, revision=plugin_revision))],
            worker_configuration=MskconnectConnectorWorkerConfiguration(arn=worker.arn, revision=worker.revision)
            if worker else None, depends_on=list(props.connector_after) or None,
            log_delivery=MskconnectConnectorLogDelivery(worker_log_delivery=MskconnectConnectorLogDeliveryWorkerLogDelivery(
                cloudwatch_logs=MskconnectConnectorLogDeliveryWorkerLogDeliveryCloudwatchLogs(
                    enabled=True, log_group=self.log_group.name))))
        self.arn: str = self.connector.arn

    def stage(self, count: object) -> None:
        """Creates the connector only from a rollout step on (``Rollout.count``: its address
        gets ``[0]``, and ``arn`` reads that one instance)."""
        self.connector.count = count
        self.arn = f"${{one({self.connector.fqn}[*].arn)}}"
