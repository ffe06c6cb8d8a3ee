"""Terraform as a Kafka administrator of an MSK cluster, through MSK IAM access control.

A root that manages topics and ACLs (a ``kafka`` root) talks to the brokers with the
``mongey/kafka`` provider. Logging in as a SCRAM user cannot work on a new cluster: MSK has
no super users, ``allow.everyone.if.no.acl.found=false`` is set at creation, and that user
has no ACLs until Terraform creates them, so the first ``CreateTopics`` is refused. An IAM
identity is authorized by its IAM policy alone: Kafka ACLs have no effect on it, and
``allow.everyone.if.no.acl.found`` does not apply to it (MSK developer guide, "IAM access
control", important considerations). So the root authenticates with IAM (``iam_kafka_provider``)
as a role whose policy is exactly the administration it does (``KafkaAdminRole``): it can
create the topics and the ACLs of the SCRAM clients in its first apply.

Which IAM action each Kafka request needs (MSK developer guide, "Semantics of IAM
authorization policy actions and resources"): ``CreateAcls``/``DeleteAcls`` are
``AlterCluster``, ``DescribeAcls`` is ``DescribeCluster``, topic creation, partition
changes and deletion are ``CreateTopic``/``AlterTopic``/``DeleteTopic``, topic configuration
is ``Describe``/``AlterTopicDynamicConfiguration``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy

from atlas.cdk import Construct
from atlas.constructs.iam import Statement, policy_document
from atlas.constructs.msk import IAM_PORT, KafkaArns

# The listener the provider uses: IAM over TLS inside the VPC. A runner is admitted on this
# port only.
ADMIN_PORT = IAM_PORT


def kafka_admin_statements(arns: KafkaArns, *, sid_prefix: str = "KafkaAdmin") -> list[Statement]:
    """Topic and ACL administration on one cluster; no data is read or written."""
    return [
        Statement(sid=f"{sid_prefix}Cluster", actions=[
            "kafka-cluster:Connect", "kafka-cluster:DescribeCluster", "kafka-cluster:AlterCluster",
            "kafka-cluster:DescribeClusterDynamicConfiguration"], resources=[arns.cluster]),
        Statement(sid=f"{sid_prefix}Topics", actions=[
            "kafka-cluster:CreateTopic", "kafka-cluster:DescribeTopic", "kafka-cluster:AlterTopic",
            "kafka-cluster:DeleteTopic", "kafka-cluster:DescribeTopicDynamicConfiguration",
            "kafka-cluster:AlterTopicDynamicConfiguration"], resources=[f"{arns.topic}/*"]),
        Statement(sid=f"{sid_prefix}Groups", actions=["kafka-cluster:DescribeGroup"],
                  resources=[f"{arns.group}/*"]),
    ]


@dataclass(frozen=True, kw_only=True)
class KafkaAdminRoleProps:
    name: str  # the role's name, e.g. "kraken-dev-kafka-admin"
    account_id: str
    arns: KafkaArns
    # Who may assume it (the runner's role); empty = principals of this account whose own
    # policy allows sts:AssumeRole on the role.
    trusted_role_arns: Sequence[str] = ()
    max_session_hours: int = 1


class KafkaAdminRole(Construct):
    """The role a kafka root's provider assumes (``iam_kafka_provider(role_arn=...)``)."""

    def __init__(self, scope: Construct, construct_id: str, props: KafkaAdminRoleProps) -> None:
        super().__init__(scope, construct_id)
        principals = list(props.trusted_role_arns) or [f"arn:aws:iam::{props.account_id}:root"]
        self.role = IamRole(
            self, "role", name=props.name, max_session_duration=props.max_session_hours * 3600,
            description="Terraform's Kafka administration of the cluster (topics and ACLs) through MSK IAM",
            assume_role_policy=policy_document(Statement(actions=["sts:AssumeRole"],
                                                         principals={"AWS": principals})))
        IamRolePolicy(self, "policy", role=self.role.id, name="kafka-administration",
                      policy=policy_document(*kafka_admin_statements(props.arns)))
        self.arn: str = self.role.arn


def iam_kafka_provider(scope: Construct, construct_id: str, *, bootstrap_servers: list[str], region: str,
                       role_arn: str | None = None) -> Any:
    """A kafka provider that authenticates to MSK with IAM (SASL mechanism ``AWS_MSK_IAM``).

    ``sasl_mechanism = "aws-iam"`` signs the SASL handshake with AWS credentials, so what
    Terraform may do on the cluster comes from an IAM policy (``kafka_admin_statements``)
    instead of Kafka ACLs, and no password is read or stored. The credentials are the
    runner's default AWS chain (environment, profile, web identity, container role), or
    ``role_arn`` assumed from them. ``bootstrap_servers`` must be the cluster's IAM listeners
    (TLS, port 9098): IAM is only offered over TLS, hence ``tls_enabled``. ``region`` is
    where the cluster is (the signing region).
    """
    from kafka.provider import KafkaProvider  # the generated bindings (.gen), loaded only by kafka roots

    return KafkaProvider(scope, construct_id, bootstrap_servers=bootstrap_servers, tls_enabled=True,
                         sasl_mechanism="aws-iam", sasl_aws_region=region, sasl_aws_role_arn=role_arn)
