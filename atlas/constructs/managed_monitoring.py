"""Amazon Managed Service for Prometheus and Amazon Managed Grafana.

The Prometheus workspace receives metrics by remote write (an OTel collector's role gets
``aps:RemoteWrite`` on exactly this workspace). Grafana is billed per active user, so it is
a switch; it has no local users and signs people in only through IAM Identity Center
(``AWS_SSO``, which must be enabled in the organisation) or a SAML IdP. Its role may query
this workspace and read CloudWatch, nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from cdktf_cdktf_provider_aws.grafana_role_association import GrafanaRoleAssociation
from cdktf_cdktf_provider_aws.grafana_workspace import GrafanaWorkspace
from cdktf_cdktf_provider_aws.grafana_workspace_saml_configuration import GrafanaWorkspaceSamlConfiguration
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.prometheus_workspace import PrometheusWorkspace

from atlas.cdk import Construct
from atlas.constructs.iam import Statement, policy_document, service_assume_role_policy


class MetricsWorkspace(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, alias: str) -> None:
        super().__init__(scope, construct_id)
        self.workspace = PrometheusWorkspace(self, "workspace", alias=alias)
        self.arn: str = self.workspace.arn
        self.endpoint: str = self.workspace.prometheus_endpoint

    def remote_write_statements(self, sid: str = "RemoteWrite") -> list[Statement]:
        return [Statement(sid=sid, actions=["aps:RemoteWrite"], resources=[self.arn])]

    def query_statements(self, sid: str = "QueryMetrics") -> list[Statement]:
        return [Statement(sid=sid, actions=["aps:QueryMetrics", "aps:GetSeries", "aps:GetLabels",
                                            "aps:GetMetricMetadata", "aps:DescribeWorkspace"], resources=[self.arn])]


@dataclass(frozen=True, kw_only=True)
class SamlProps:
    idp_metadata_url: str
    admin_role_values: Sequence[str]
    editor_role_values: Sequence[str]
    role_assertion: str = "role"


@dataclass(frozen=True, kw_only=True)
class DashboardsProps:
    name: str
    account_id: str
    authentication_providers: Sequence[str]
    metrics: MetricsWorkspace
    grafana_version: str = "10.4"
    saml: SamlProps | None = None
    # Identity Center groups given the workspace's ADMIN / EDITOR role (AWS_SSO only).
    admin_group_ids: Sequence[str] = ()
    editor_group_ids: Sequence[str] = ()

    def __post_init__(self) -> None:
        if not self.authentication_providers:
            raise ValueError(f"Grafana workspace {self.name}: name AWS_SSO and/or SAML; it has no local users")
        if ("SAML" in self.authentication_providers) != (self.saml is not None):
            raise ValueError(f"Grafana workspace {self.name}: SAML needs its saml props, and only SAML does")
        if (self.admin_group_ids or self.editor_group_ids) and "AWS_SSO" not in self.authentication_providers:
            raise ValueError(f"Grafana workspace {self.name}: group role associations need AWS_SSO")


class Dashboards(Construct):
    """A Grafana workspace with a customer-managed role (least privilege, reviewable)."""

    def __init__(self, scope: Construct, construct_id: str, props: DashboardsProps) -> None:
        super().__init__(scope, construct_id)
        self.role = IamRole(self, "role", name=f"{props.name}-grafana",
                            assume_role_policy=service_assume_role_policy("grafana.amazonaws.com",
                                                                          account_id=props.account_id))
        IamRolePolicy(self, "policy", role=self.role.id, name="read-metrics", policy=policy_document(
            *props.metrics.query_statements(),
            # CloudWatch's read APIs take no resource ARNs: "*" is the only form AWS accepts.
            Statement(sid="CloudWatchRead", actions=["cloudwatch:DescribeAlarms", "cloudwatch:GetMetricData",
                                                     "cloudwatch:GetMetricStatistics", "cloudwatch:ListMetrics"],
                      resources=["*"])))
        self.workspace = GrafanaWorkspace(
            self, "workspace", name=props.name, description=f"{props.name} dashboards (Kafka, gateway, consumer lag)",
            account_access_type="CURRENT_ACCOUNT", authentication_providers=list(props.authentication_providers),
            permission_type="CUSTOMER_MANAGED", role_arn=self.role.arn, data_sources=["PROMETHEUS", "CLOUDWATCH"],
            grafana_version=props.grafana_version)
        if props.saml is not None:
            GrafanaWorkspaceSamlConfiguration(
                self, "saml", workspace_id=self.workspace.id, idp_metadata_url=props.saml.idp_metadata_url,
                admin_role_values=list(props.saml.admin_role_values),
                editor_role_values=list(props.saml.editor_role_values), role_assertion=props.saml.role_assertion)
        for role, groups in (("ADMIN", props.admin_group_ids), ("EDITOR", props.editor_group_ids)):
            if groups:
                GrafanaRoleAssociation(self, f"{role.lower()}_groups", workspace_id=self.workspace.id, role=role,
                                       group_ids=list(groups))
        self.endpoint: str = self.workspace.endpoint
