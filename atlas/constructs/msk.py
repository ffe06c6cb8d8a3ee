"""Amazon MSK (provisioned) with authenticated TLS only, and least-privilege client IAM.

Unauthenticated access and plaintext listeners are never enabled: clients authenticate with
IAM (port 9098 inside the VPC, 9198 on the public endpoint) and/or SASL/SCRAM (9096/9196).
Data at rest uses the caller's KMS key; broker logs go to an encrypted log group.

Public access and multi-VPC connectivity are cluster *updates* in MSK: AWS refuses both on
a cluster that is being created, so a new cluster with either switch on needs a second
apply (the first creates the cluster, the second turns them on). Public access also needs
brokers in public subnets and ``allow.everyone.if.no.acl.found=false``, which the
configuration always sets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Mapping, Sequence

from cdktf_cdktf_provider_aws.msk_cluster import (
    MskCluster,
    MskClusterBrokerNodeGroupInfo,
    MskClusterBrokerNodeGroupInfoConnectivityInfo,
    MskClusterBrokerNodeGroupInfoConnectivityInfoPublicAccess,
    MskClusterBrokerNodeGroupInfoConnectivityInfoVpcConnectivity,
    MskClusterBrokerNodeGroupInfoConnectivityInfoVpcConnectivityClientAuthentication,
    MskClusterBrokerNodeGroupInfoConnectivityInfoVpcConnectivityClientAuthenticationSasl,
    MskClusterBrokerNodeGroupInfoStorageInfo,
    MskClusterBrokerNodeGroupInfoStorageInfoEbsStorageInfo,
    MskClusterBrokerNodeGroupInfoStorageInfoEbsStorageInfoProvisionedThroughput,
    MskClusterClientAuthentication,
    MskClusterClientAuthenticationSasl,
    MskClusterConfigurationInfo,
    MskClusterEncryptionInfo,
    MskClusterEncryptionInfoEncryptionInTransit,
    MskClusterLoggingInfo,
    MskClusterLoggingInfoBrokerLogs,
    MskClusterLoggingInfoBrokerLogsCloudwatchLogs,
    MskClusterOpenMonitoring,
    MskClusterOpenMonitoringPrometheus,
    MskClusterOpenMonitoringPrometheusJmxExporter,
    MskClusterOpenMonitoringPrometheusNodeExporter,
)
from cdktf_cdktf_provider_aws.msk_cluster_policy import MskClusterPolicy
from cdktf_cdktf_provider_aws.msk_configuration import MskConfiguration
from cdktf_cdktf_provider_aws.msk_scram_secret_association import MskScramSecretAssociation

from atlas.cdk import Construct, Fn, TerraformLocal, Token
from atlas.constructs.iam import Statement, policy_document
from atlas.constructs.logs import log_group
from atlas.rollout import Rollout
from atlas.constructs.security_group import Client, Connections, RemoteGroup, WorkloadSecurityGroup, group_of
from atlas.naming import Name

EnhancedMonitoring = Literal["DEFAULT", "PER_BROKER", "PER_TOPIC_PER_BROKER", "PER_TOPIC_PER_PARTITION"]

# Broker ports by listener (MSK fixes them).
IAM_PORT = 9098
IAM_PUBLIC_PORT = 9198
SCRAM_PORT = 9096
# Open monitoring exporters (Prometheus), when enabled.
JMX_EXPORTER_PORT = 11001
NODE_EXPORTER_PORT = 11002

Listener = Literal["iam", "scram", "iam_public", "jmx_exporter", "node_exporter"]
LISTENER_PORTS: dict[str, int] = {"iam": IAM_PORT, "scram": SCRAM_PORT, "iam_public": IAM_PUBLIC_PORT,
                                  "jmx_exporter": JMX_EXPORTER_PORT, "node_exporter": NODE_EXPORTER_PORT}


@dataclass(frozen=True, kw_only=True)
class KafkaClusterProps:
    name: str
    kafka_version: str
    broker_instance_type: str
    number_of_broker_nodes: int
    vpc_id: str
    subnet_ids: Sequence[str]  # one per AZ; brokers spread evenly over them
    # The brokers' own security group (``connections``): AWS name and description. Brokers
    # only answer clients (security groups are stateful), so it has no egress.
    security_group_name: str
    security_group_description: str
    # Names the group in the ids of rules admitting it (default: the construct id).
    security_group_label: str | None = None
    kms_key_arn: str
    log_kms_key_arn: str
    log_retention_days: int
    volume_size_gb: int = 100
    iam_auth: bool = True
    scram_auth: bool = False
    enhanced_monitoring: EnhancedMonitoring = "DEFAULT"
    # SERVICE_PROVIDED_EIPS on the brokers; subnets must then be public ones.
    public_access: bool = False
    # Multi-VPC private connectivity (AWS PrivateLink) for the enabled auth modes.
    multi_vpc_connectivity: bool = False
    # Secrets Manager secrets (KMS-encrypted with a customer key, names starting "AmazonMSK_")
    # holding SCRAM users; associated with the cluster when scram_auth is on.
    scram_secret_arns: Sequence[str] = ()
    # The secret versions holding their passwords (this root's resources): the association
    # waits for them, since MSK refuses a secret without a password (ScramUsers.versions).
    scram_secret_versions: Sequence[Any] = ()
    # Prometheus JMX and node exporters on the brokers (ports 11001/11002), for a
    # self-managed Prometheus; off unless a scraper exists.
    open_monitoring: bool = False
    # Extra broker properties; they override the defaults below.
    server_properties: Mapping[str, str] = field(default_factory=dict)
    # Provisioned storage throughput (MiB/s per broker); AWS accepts it only on
    # kafka.m5.4xlarge / kafka.m7g.2xlarge brokers or larger. None = baseline throughput.
    provisioned_throughput_mibps: int | None = None
    # The broker log group's name (default ``/msk/<name>/brokers``); the root creates it.
    log_group_name: str | None = None

    def __post_init__(self) -> None:
        if not (self.iam_auth or self.scram_auth):
            raise ValueError(f"MSK cluster {self.name}: enable iam_auth and/or scram_auth; "
                             "unauthenticated access is not offered")
        if self.scram_secret_arns and not self.scram_auth:
            raise ValueError(f"MSK cluster {self.name}: scram_secret_arns needs scram_auth = True")
        if self.number_of_broker_nodes % len(self.subnet_ids):
            raise ValueError(f"MSK cluster {self.name}: {self.number_of_broker_nodes} brokers cannot spread evenly "
                             f"over {len(self.subnet_ids)} subnets; use a multiple of the subnet count")


def default_server_properties(brokers: int) -> dict[str, str]:
    """Replication 3 / min ISR 2 where there are enough brokers; fewer brokers get the most
    durable setting that still lets a producer with acks=all survive one broker restart."""
    replication = min(3, brokers)
    return {
        "auto.create.topics.enable": "false",  # topics are declared, never created by a typo
        "default.replication.factor": str(replication),
        "min.insync.replicas": str(max(1, min(2, replication - 1))),
        "num.partitions": "3",
        "unclean.leader.election.enable": "false",
        "allow.everyone.if.no.acl.found": "false",
        "log.retention.hours": "168",
    }


def cluster_names(name: str, log_group_name: str | None = None) -> dict:
    """The AWS names a ``KafkaCluster`` derives from its name (and its log group's, if given)."""
    return {"cluster": Name("msk_cluster", name), "configuration": Name("msk_configuration", name),
            "broker_log_group": Name("log_group", log_group_name or f"/msk/{name}/brokers")}


class KafkaCluster(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: KafkaClusterProps) -> None:
        super().__init__(scope, construct_id)
        self.security_group = WorkloadSecurityGroup(self, "security_group", name=props.security_group_name,
                                                    description=props.security_group_description,
                                                    vpc_id=props.vpc_id, allow_all_egress=False,
                                                    label=props.security_group_label or construct_id)
        self.connections = Connections(self.security_group)
        properties = {**default_server_properties(props.number_of_broker_nodes), **props.server_properties}
        self.server_properties = properties
        names = cluster_names(props.name, props.log_group_name)
        configuration = MskConfiguration(
            self, "configuration", name=names["configuration"].value, kafka_versions=[props.kafka_version],
            server_properties="\n".join(f"{k} = {v}" for k, v in sorted(properties.items())) + "\n")
        logs = log_group(self, "broker_log_group", name=names["broker_log_group"].value,
                         retention_days=props.log_retention_days, kms_key_arn=props.log_kms_key_arn)
        sasl = MskClusterClientAuthenticationSasl(iam=props.iam_auth, scram=props.scram_auth)
        connectivity = None
        if props.public_access or props.multi_vpc_connectivity:
            # Both are refused by CreateCluster and turned on by UpdateConnectivity once the
            # cluster is ACTIVE: the root creates it private in a rollout step first
            # (atlas.rollout), and the steady apply turns them on.
            staged = Rollout.of(self).step(
                "msk-create-private", why="MSK refuses public access and multi-VPC connectivity when a cluster is "
                "created; it is created without them, and the next apply turns them on (UpdateConnectivity)",
                gate=None)  # the cluster, set below once it exists
            connectivity = MskClusterBrokerNodeGroupInfoConnectivityInfo(
                public_access=MskClusterBrokerNodeGroupInfoConnectivityInfoPublicAccess(
                    type=Rollout.choose(staged, "DISABLED", "SERVICE_PROVIDED_EIPS") if props.public_access
                    else "DISABLED"),
                vpc_connectivity=MskClusterBrokerNodeGroupInfoConnectivityInfoVpcConnectivity(
                    client_authentication=MskClusterBrokerNodeGroupInfoConnectivityInfoVpcConnectivityClientAuthentication(
                        sasl=MskClusterBrokerNodeGroupInfoConnectivityInfoVpcConnectivityClientAuthenticationSasl(
                            iam=Rollout.flag(staged, False, True) if props.iam_auth else False,
                            scram=Rollout.flag(staged, False, True) if props.scram_auth else False)))
                if props.multi_vpc_connectivity else None)
        self.cluster = MskCluster(
            self, "cluster", cluster_name=names["cluster"].value, kafka_version=props.kafka_version,
            number_of_broker_nodes=props.number_of_broker_nodes, enhanced_monitoring=props.enhanced_monitoring,
            broker_node_group_info=MskClusterBrokerNodeGroupInfo(
                instance_type=props.broker_instance_type, client_subnets=list(props.subnet_ids),
                security_groups=[self.security_group.id], connectivity_info=connectivity,
                storage_info=MskClusterBrokerNodeGroupInfoStorageInfo(
                    ebs_storage_info=MskClusterBrokerNodeGroupInfoStorageInfoEbsStorageInfo(
                        volume_size=props.volume_size_gb,
                        provisioned_throughput=MskClusterBrokerNodeGroupInfoStorageInfoEbsStorageInfoProvisionedThroughput(
                            enabled=True, volume_throughput=props.provisioned_throughput_mibps)
                        if props.provisioned_throughput_mibps else None))),
            client_authentication=MskClusterClientAuthentication(sasl=sasl, unauthenticated=False),
            encryption_info=MskClusterEncryptionInfo(
                encryption_at_rest_kms_key_arn=props.kms_key_arn,
                encryption_in_transit=MskClusterEncryptionInfoEncryptionInTransit(client_broker="TLS",
                                                                                  in_cluster=True)),
            configuration_info=MskClusterConfigurationInfo(arn=configuration.arn,
                                                           revision=configuration.latest_revision),
            open_monitoring=MskClusterOpenMonitoring(prometheus=MskClusterOpenMonitoringPrometheus(
                jmx_exporter=MskClusterOpenMonitoringPrometheusJmxExporter(enabled_in_broker=True),
                node_exporter=MskClusterOpenMonitoringPrometheusNodeExporter(enabled_in_broker=True)))
            if props.open_monitoring else None,
            logging_info=MskClusterLoggingInfo(broker_logs=MskClusterLoggingInfoBrokerLogs(
                cloudwatch_logs=MskClusterLoggingInfoBrokerLogsCloudwatchLogs(enabled=True, log_group=logs.name))))
        if props.scram_secret_arns:
            MskScramSecretAssociation(self, "scram_secrets", cluster_arn=self.cluster.arn,
                                      secret_arn_list=list(props.scram_secret_arns),
                                      depends_on=list(props.scram_secret_versions) or None)
        self._staged = None
        if connectivity is not None:
            staged.gate = self.cluster
            self._staged = staged
        self.multi_vpc_connectivity = props.multi_vpc_connectivity
        self.log_group_name: str = logs.name
        self.arn: str = self.cluster.arn
        self.cluster_name: str = self.cluster.cluster_name
        # The IAM listeners: 9098 inside the VPC, 9198 on the public endpoint.
        self.bootstrap_brokers_iam: str = self.cluster.bootstrap_brokers_sasl_iam
        self.bootstrap_brokers_public_iam: str = self.cluster.bootstrap_brokers_public_sasl_iam
        self.bootstrap_brokers_scram: str = self.cluster.bootstrap_brokers_sasl_scram
        # The IAM listener through multi-VPC connectivity (managed VPC connections, port 14001+).
        self.bootstrap_brokers_vpc_connectivity_iam: str = self.cluster.bootstrap_brokers_vpc_connectivity_sasl_iam

    def allow_accounts(self, statements: Sequence[Statement]) -> MskClusterPolicy:
        """The cluster policy for clients in other accounts (``statements`` name them as
        principals). MSK accepts a cluster policy only once multi-VPC connectivity is on,
        which a new cluster gets in the apply after its creation (the rollout step), so the
        policy exists only from then on and waits for the cluster's update."""
        if not self.multi_vpc_connectivity:
            raise ValueError("a cluster policy for other accounts needs multi_vpc_connectivity")
        return MskClusterPolicy(self, "policy", cluster_arn=self.cluster.arn, policy=policy_document(*statements),
                                count=Rollout.count(self._staged))

    def allow_from(self, client: Client, listener: Listener, *, description: str) -> None:
        """Lets ``client`` reach the brokers on one listener's port (and no other)."""
        self.security_group.allow_from(client, LISTENER_PORTS[listener], description=description)

    def allow_from_cidrs(self, label: str, cidrs: Sequence[str], *, description: str) -> None:
        """External clients on the public IAM listener; public access must be on."""
        self.security_group.allow_from_cidrs(label, cidrs, IAM_PUBLIC_PORT, description=description)


class KafkaClusterReference:
    """A cluster another root owns, read from that root's state: what this root's clients need.

    Ingress rules admitting this root's clients are created in this root (under
    ``rules_scope``, ids ``<rule_prefix><client label>``), so they live and die with it.
    """

    def __init__(self, rules_scope: Construct, *, security_group_id: str, rule_prefix: str) -> None:
        self._group = RemoteGroup(rules_scope, security_group_id)
        self._prefix = rule_prefix

    def allow_from(self, client: Client, listener: Listener, *, description: str) -> None:
        self._group.allow_from(f"{self._prefix}{group_of(client).label}", client, port=LISTENER_PORTS[listener],
                               description=description)


@dataclass(frozen=True)
class KafkaEndpoint:
    """The cluster a root's clients use: its own (``own``) or one read from another root."""

    bootstrap_brokers: str  # the IAM listener
    arns: "KafkaArns"
    cluster: "KafkaCluster | KafkaClusterReference"
    own: "KafkaCluster | None"

    def client(self, service, access: "KafkaAccess", sid: str) -> list[Statement]:
        """Opens the IAM listener to ``service``; returns the IAM statements ``access`` needs."""
        self.cluster.allow_from(service, "iam", description=self.rule_description(service))
        return kafka_client_statements(self.arns, access, sid_prefix=sid)

    def rule_description(self, client: Client) -> str:
        name = group_of(client).name
        return f"{name} to MSK (IAM + TLS)" if self.own else f"{name} to the shared MSK cluster (IAM + TLS)"


@dataclass(frozen=True)
class KafkaArns:
    """Prefixes of one cluster's topic, group and transactional-id ARNs:
    ``arn:aws:kafka:<region>:<account>:topic/<cluster-name>/<cluster-uuid>`` and so on."""

    cluster: str
    topic: str
    group: str
    transactional_id: str


def kafka_arns(scope: Construct, construct_id: str, cluster_arn: str) -> KafkaArns:
    """The resource ARN prefixes IAM needs, derived from a cluster ARN.

    A cluster ARN that is a token (this root's cluster, or one read from another root's
    state) is rewritten in Terraform through locals, so the policy documents reference
    ``local.<name>`` and stay plain JSON with no quoted function arguments inside.
    """
    if not Token.is_unresolved(cluster_arn):
        return KafkaArns(cluster_arn, *(cluster_arn.replace(":cluster/", f":{k}/") for k in
                                        ("topic", "group", "transactional-id")))
    prefixes = {k: TerraformLocal(scope, f"{construct_id}_{k.replace('-', '_')}",
                                  Fn.replace(cluster_arn, ":cluster/", f":{k}/")).as_string
                for k in ("topic", "group", "transactional-id")}
    return KafkaArns(cluster_arn, prefixes["topic"], prefixes["group"], prefixes["transactional-id"])


@dataclass(frozen=True, kw_only=True)
class KafkaAccess:
    """What one client may do; topic and group names may end in ``*`` (a prefix)."""

    produce: Sequence[str] = ()
    consume: Sequence[str] = ()
    groups: Sequence[str] = ()
    # Topics this client creates and reconfigures (an admin or provisioning job).
    manage_topics: Sequence[str] = ()
    # Read-only operator view (Kafka UI): describe everything, read data, change nothing.
    describe_all: bool = False


def kafka_client_statements(arns: KafkaArns, access: KafkaAccess, *, sid_prefix: str = "Kafka") -> list[Statement]:
    """``kafka-cluster:*`` data-plane statements scoped to one cluster, its named topics and groups."""
    cluster_arn = arns.cluster
    cluster_actions = ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster"]
    if access.produce:
        # Java clients 3.x produce idempotently by default (enable.idempotence=true), which
        # MSK authorizes on the cluster (see atlas.rules.iam.idempotent_producers).
        cluster_actions.append("kafka-cluster:WriteDataIdempotently")
    statements = [Statement(sid=f"{sid_prefix}Connect", actions=cluster_actions, resources=[cluster_arn])]
    if access.produce:
        statements.append(Statement(
            sid=f"{sid_prefix}Produce",
            actions=["kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"],
            resources=[f"{arns.topic}/{t}" for t in access.produce]))
    if access.consume:
        statements.append(Statement(
            sid=f"{sid_prefix}Consume", actions=["kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"],
            resources=[f"{arns.topic}/{t}" for t in access.consume]))
    if access.groups:
        statements.append(Statement(
            sid=f"{sid_prefix}Groups", actions=["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"],
            resources=[f"{arns.group}/{g}" for g in access.groups]))
    if access.manage_topics:
        statements.append(Statement(
            sid=f"{sid_prefix}ManageTopics",
            actions=["kafka-cluster:CreateTopic", "kafka-cluster:AlterTopic", "kafka-cluster:DescribeTopic",
                     "kafka-cluster:DescribeTopicDynamicConfiguration", "kafka-cluster:AlterTopicDynamicConfiguration"],
            resources=[f"{arns.topic}/{t}" for t in access.manage_topics]))
    if access.describe_all:
        statements.append(Statement(
            sid=f"{sid_prefix}ReadOnly",
            actions=["kafka-cluster:DescribeClusterDynamicConfiguration", "kafka-cluster:DescribeTopic",
                     "kafka-cluster:DescribeTopicDynamicConfiguration", "kafka-cluster:ReadData",
                     "kafka-cluster:DescribeGroup", "kafka-cluster:DescribeTransactionalId"],
            resources=[f"{arns.topic}/*", f"{arns.group}/*", f"{arns.transactional_id}/*"]))
    return statements
