"""IAM roles of workloads, trusted by exactly the compute they run on.

An ECS task role trusts ``ecs-tasks.amazonaws.com`` for tasks of this account only; an EKS
workload's role trusts the cluster's OIDC provider for one Kubernetes service account
(IRSA: ``<issuer>:sub = system:serviceaccount:<namespace>:<name>``, audience STS). A role
trusted by anything broader (an account root, ``*``) would let other principals act as the
workload.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Sequence

from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy

from atlas.cdk import Construct
from atlas.constructs.iam import Statement, policy_document, service_assume_role_policy


@dataclass(frozen=True, kw_only=True)
class WorkloadCompute:
    kind: Literal["ecs", "eks"]
    account_id: str
    # EKS only: the cluster's IAM OIDC provider and its issuer (host/path, no scheme).
    oidc_provider_arn: str | None = None
    oidc_issuer: str | None = None
    namespace: str = "default"

    def __post_init__(self) -> None:
        if self.kind == "eks" and not (self.oidc_provider_arn and self.oidc_issuer):
            raise ValueError("EKS workloads need the cluster's OIDC provider ARN and issuer")

    def trust_policy(self, service_account: str) -> str:
        if self.kind == "ecs":
            return service_assume_role_policy("ecs-tasks.amazonaws.com", account_id=self.account_id)
        return policy_document(Statement(
            actions=["sts:AssumeRoleWithWebIdentity"], principals={"Federated": self.oidc_provider_arn},
            conditions={"StringEquals": {
                f"{self.oidc_issuer}:sub": f"system:serviceaccount:{self.namespace}:{service_account}",
                f"{self.oidc_issuer}:aud": "sts.amazonaws.com"}}))


class WorkloadRole(Construct):
    """A role for one workload (``service_account`` names it on EKS) with one inline policy."""

    def __init__(self, scope: Construct, construct_id: str, *, name: str, description: str,
                 compute: WorkloadCompute, service_account: str, statements: Sequence[Statement]) -> None:
        super().__init__(scope, construct_id)
        self.role = IamRole(self, "role", name=name, description=description,
                            assume_role_policy=compute.trust_policy(service_account), max_session_duration=3600)
        self.arn: str = self.role.arn
        self.name = name
        if statements:
            IamRolePolicy(self, "policy", role=self.role.id, name="least-privilege",
                          policy=policy_document(*statements))
