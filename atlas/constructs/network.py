"""The network every root stands on: a VPC across 2-3 zones with private workloads.

Public subnets hold only the edge (load balancers, NAT gateways); everything else runs in
private subnets whose outbound traffic leaves through NAT, and whose S3 traffic stays on
the AWS network through a gateway endpoint (free, and it keeps data-lake reads off NAT).

An optional bastion (``NetworkProps.bastion``) is an SSM-managed instance in a private
subnet with no inbound rule and no SSH key: operators open Session Manager sessions (and
port forwards to private databases) through the SSM API, which IAM and CloudTrail govern.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from cdktf_cdktf_provider_aws.default_security_group import DefaultSecurityGroup
from cdktf_cdktf_provider_aws.eip import Eip
from cdktf_cdktf_provider_aws.flow_log import FlowLog
from cdktf_cdktf_provider_aws.iam_instance_profile import IamInstanceProfile
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.instance import Instance, InstanceLaunchTemplate, InstanceMetadataOptions
from cdktf_cdktf_provider_aws.launch_template import (
    LaunchTemplate,
    LaunchTemplateBlockDeviceMappings,
    LaunchTemplateBlockDeviceMappingsEbs,
    LaunchTemplateMetadataOptions,
    LaunchTemplateMonitoring,
)
from cdktf_cdktf_provider_aws.internet_gateway import InternetGateway
from cdktf_cdktf_provider_aws.nat_gateway import NatGateway
from cdktf_cdktf_provider_aws.route import Route
from cdktf_cdktf_provider_aws.route_table import RouteTable
from cdktf_cdktf_provider_aws.route_table_association import RouteTableAssociation
from cdktf_cdktf_provider_aws.route53_zone_association import Route53ZoneAssociation
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc
from cdktf_cdktf_provider_aws.vpc_endpoint import VpcEndpoint

from atlas.cdk import Construct, Token
from atlas.constructs.iam import Statement, policy_document, service_assume_role_policy
from atlas.constructs.logs import log_group
from atlas.constructs.security_group import WorkloadSecurityGroup
from atlas.naming import Name


def network_names(name: str) -> dict:
    """The AWS names a ``Network`` derives from its name (its Name tags aside)."""
    return {"flow_log_group": Name("log_group", f"/vpc/{name}/flow-logs"),
            "flow_log_role": Name("iam_role", f"{name}-vpc-flow-logs"), "flow_log_policy": Name("iam_policy", "write-flow-logs")}


# AWS managed policy: what the SSM agent needs to register and serve sessions, nothing else.
SSM_MANAGED_INSTANCE_POLICY_ARN = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"


@dataclass(frozen=True, kw_only=True)
class BastionProps:
    instance_type: str = "t3.micro"
    # An SSM parameter holding an AMI id (AWS's public Amazon Linux parameters, say). The
    # launch template names it as ``resolve:ssm:<parameter>``: EC2 resolves it at launch,
    # so planning needs no AWS call (an AMI data source would). It sits on a launch
    # template because ``aws_instance.ami`` would read back the resolved id and force a
    # replacement on every plan (terraform-provider-aws#43364; atlas.rules.terraform).
    ami_parameter: str = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
    # Root volume encryption key (None: the account's default EBS key).
    kms_key_arn: str | None = None


@dataclass(frozen=True, kw_only=True)
class NetworkProps:
    name: str
    cidr: str
    availability_zones: Sequence[str]
    public_subnet_cidrs: Sequence[str]
    private_subnet_cidrs: Sequence[str]
    region: str
    account_id: str
    # Key for the flow-log group (CloudWatch Logs service principal must be allowed on it).
    log_kms_key_arn: str
    # Default: a NAT gateway per zone, so losing a zone never cuts the others' egress.
    single_nat_gateway: bool = False
    flow_log_retention_days: int = 90
    # An SSM-managed bastion in the first private subnet; None = none.
    bastion: BastionProps | None = None


class Network(Construct):
    """VPC, subnets, IGW, NAT, routes, S3 endpoint and flow logs; see module docstring."""

    def __init__(self, scope: Construct, construct_id: str, props: NetworkProps) -> None:
        super().__init__(scope, construct_id)
        self.props = props
        name = props.name
        self.vpc = Vpc(self, "vpc", cidr_block=props.cidr, enable_dns_support=True, enable_dns_hostnames=True,
                       tags={"Name": name})
        self.vpc_id: str = self.vpc.id
        self.cidr = props.cidr
        # The default group allows all traffic between its members; nothing should use it.
        DefaultSecurityGroup(self, "default_security_group", vpc_id=self.vpc_id,
                             tags={"Name": f"{name}-default-unused"})
        igw = InternetGateway(self, "internet_gateway", vpc_id=self.vpc_id, tags={"Name": name})

        public_rt = RouteTable(self, "public_route_table", vpc_id=self.vpc_id, tags={"Name": f"{name}-public"})
        Route(self, "public_default_route", route_table_id=public_rt.id, destination_cidr_block="0.0.0.0/0",
              gateway_id=igw.id)
        self.public_subnets: list[Subnet] = []
        self.private_subnets: list[Subnet] = []
        self.private_route_tables: list[RouteTable] = []
        nat_gateways: list[NatGateway] = []
        for i, az in enumerate(props.availability_zones):
            public = Subnet(self, f"public_subnet_{i}", vpc_id=self.vpc_id, cidr_block=props.public_subnet_cidrs[i],
                            availability_zone=az, map_public_ip_on_launch=False,
                            tags={"Name": f"{name}-public-{az}", "tier": "public"})
            RouteTableAssociation(self, f"public_subnet_{i}_routes", subnet_id=public.id, route_table_id=public_rt.id)
            self.public_subnets.append(public)
            if i == 0 or not props.single_nat_gateway:
                eip = Eip(self, f"nat_eip_{i}", domain="vpc", tags={"Name": f"{name}-nat-{az}"})
                nat_gateways.append(NatGateway(self, f"nat_gateway_{i}", allocation_id=eip.allocation_id,
                                               subnet_id=public.id, tags={"Name": f"{name}-{az}"},
                                               depends_on=[igw]))
        for i, az in enumerate(props.availability_zones):
            private = Subnet(self, f"private_subnet_{i}", vpc_id=self.vpc_id, cidr_block=props.private_subnet_cidrs[i],
                             availability_zone=az, tags={"Name": f"{name}-private-{az}", "tier": "private"})
            rt = RouteTable(self, f"private_route_table_{i}", vpc_id=self.vpc_id, tags={"Name": f"{name}-private-{az}"})
            nat = nat_gateways[0 if props.single_nat_gateway else i]
            Route(self, f"private_default_route_{i}", route_table_id=rt.id, destination_cidr_block="0.0.0.0/0",
                  nat_gateway_id=nat.id)
            RouteTableAssociation(self, f"private_subnet_{i}_routes", subnet_id=private.id, route_table_id=rt.id)
            self.private_subnets.append(private)
            self.private_route_tables.append(rt)
        self.nat_gateway_count = len(nat_gateways)

        VpcEndpoint(self, "s3_endpoint", vpc_id=self.vpc_id, service_name=f"com.amazonaws.{props.region}.s3",
                    vpc_endpoint_type="Gateway", route_table_ids=[rt.id for rt in self.private_route_tables],
                    tags={"Name": f"{name}-s3"})
        self._flow_logs(props)
        self.bastion: WorkloadSecurityGroup | None = self._bastion(props, props.bastion) if props.bastion else None

    @property
    def public_subnet_ids(self) -> list[str]:
        return [s.id for s in self.public_subnets]

    @property
    def private_subnet_ids(self) -> list[str]:
        return [s.id for s in self.private_subnets]

    def _flow_logs(self, props: NetworkProps) -> None:
        names = network_names(props.name)
        group = log_group(self, "flow_log_group", name=names["flow_log_group"].value,
                          retention_days=props.flow_log_retention_days, kms_key_arn=props.log_kms_key_arn)
        role = IamRole(self, "flow_log_role", name=names["flow_log_role"].value,
                       assume_role_policy=service_assume_role_policy("vpc-flow-logs.amazonaws.com",
                                                                     account_id=props.account_id))
        IamRolePolicy(self, "flow_log_policy", role=role.id, name=names["flow_log_policy"].value, policy=policy_document(
            Statement(actions=["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                      resources=[group.arn, f"{group.arn}:log-stream:*"])))
        FlowLog(self, "flow_log", vpc_id=self.vpc_id, traffic_type="ALL", log_destination_type="cloud-watch-logs",
                log_destination=group.arn, iam_role_arn=role.arn,
                # One-minute aggregation: faster incident forensics for a negligible cost.
                max_aggregation_interval=60, tags={"Name": props.name})

    def _bastion(self, props: NetworkProps, bastion: BastionProps) -> WorkloadSecurityGroup:
        """The bastion's group (no ingress; clients such as databases admit it by name)."""
        group = WorkloadSecurityGroup(self, "bastion_security_group", name=f"{props.name}-bastion",
                                      description="SSM-managed bastion: no inbound rules", vpc_id=self.vpc_id,
                                      label="bastion")
        role = IamRole(self, "bastion_role", name=f"{props.name}-bastion",
                       assume_role_policy=service_assume_role_policy("ec2.amazonaws.com", account_id=props.account_id))
        IamRolePolicyAttachment(self, "bastion_ssm_policy", role=role.name, policy_arn=SSM_MANAGED_INSTANCE_POLICY_ARN)
        profile = IamInstanceProfile(self, "bastion_instance_profile", name=f"{props.name}-bastion", role=role.name)
        # The launch template carries the AMI reference, monitoring and the root volume: with a
        # ``resolve:ssm:`` image the provider cannot take ``root_block_device`` on the
        # instance (it looks the string up with DescribeImages: InvalidAMIID.Malformed,
        # terraform-provider-aws#43488). Everything else is set on the instance itself.
        template = LaunchTemplate(
            self, "bastion_launch_template", name=f"{props.name}-bastion",
            image_id=f"resolve:ssm:{bastion.ami_parameter}", description="the bastion's AMI, resolved by EC2 at launch",
            # Detailed monitoring from launch (on the instance it would be a second API call
            # after RunInstances, MonitorInstances).
            monitoring=LaunchTemplateMonitoring(enabled=True),
            metadata_options=LaunchTemplateMetadataOptions(http_tokens="required", http_endpoint="enabled",
                                                           http_put_response_hop_limit=1),
            block_device_mappings=[LaunchTemplateBlockDeviceMappings(
                device_name="/dev/xvda", ebs=LaunchTemplateBlockDeviceMappingsEbs(
                    encrypted="true", kms_key_id=bastion.kms_key_arn, volume_type="gp3", volume_size=8,
                    delete_on_termination="true"))])
        Instance(self, "bastion", subnet_id=self.private_subnet_ids[0], instance_type=bastion.instance_type,
                 launch_template=InstanceLaunchTemplate(id=template.id,
                                                        version=Token.as_string(template.latest_version)),
                 iam_instance_profile=profile.name, vpc_security_group_ids=[group.id],
                 associate_public_ip_address=False, ebs_optimized=True,
                 # IMDSv2 only: a stolen metadata URL (SSRF) cannot read the role's credentials.
                 metadata_options=InstanceMetadataOptions(http_tokens="required", http_endpoint="enabled",
                                                          http_put_response_hop_limit=1),
                 tags={"Name": f"{props.name}-bastion"})
        return group

    def security_group(self, construct_id: str, *, name: str, description: str,
                       allow_all_egress: bool = True) -> WorkloadSecurityGroup:
        """A workload group in this VPC; callers add ingress with ``allow_from``."""
        return WorkloadSecurityGroup(self, construct_id, name=name, description=description, vpc_id=self.vpc_id,
                                     allow_all_egress=allow_all_egress)

    def associate_private_zone(self, scope: Construct, construct_id: str, zone_id: str) -> Route53ZoneAssociation:
        """Names of an existing private hosted zone resolve in this VPC only once it is
        associated with it (created under ``scope``: the root that names the zone)."""
        return Route53ZoneAssociation(scope, construct_id, zone_id=zone_id, vpc_id=self.vpc_id)
