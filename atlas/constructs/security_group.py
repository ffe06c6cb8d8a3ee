"""Workload security groups whose ingress rules name their source group.

Rules are separate ``aws_vpc_security_group_*_rule`` resources (one per source and port), so
adding a client never rewrites the group, and each rule carries a description a reviewer
can read in the plan.
"""

from __future__ import annotations

import ipaddress
from typing import Sequence

from cdktf_cdktf_provider_aws.security_group import SecurityGroup
from cdktf_cdktf_provider_aws.vpc_security_group_egress_rule import VpcSecurityGroupEgressRule
from cdktf_cdktf_provider_aws.vpc_security_group_ingress_rule import VpcSecurityGroupIngressRule

from atlas.cdk import Construct


class WorkloadSecurityGroup(Construct):
    """A security group with no ingress until a caller allows a named source."""

    def __init__(self, scope: Construct, construct_id: str, *, name: str, description: str, vpc_id: str,
                 allow_all_egress: bool = True) -> None:
        super().__init__(scope, construct_id)
        self.name = name
        self.group = SecurityGroup(self, "group", name=name, description=description, vpc_id=vpc_id,
                                   tags={"Name": name})
        self.id: str = self.group.id
        if allow_all_egress:
            # Workloads pull images and call AWS APIs through the NAT gateways and VPC
            # endpoints; ingress is where the least-privilege boundary sits.
            VpcSecurityGroupEgressRule(self, "egress_all", security_group_id=self.id, ip_protocol="-1",
                                       cidr_ipv4="0.0.0.0/0", description="Outbound to AWS APIs and the internet via NAT",
                                       tags={"Name": f"{name}-egress-all"})

    def allow_from(self, source: "WorkloadSecurityGroup", port: int, *, description: str,
                   to_port: int | None = None) -> None:
        """Lets members of ``source`` reach this group on ``port`` (TCP)."""
        rule_id = f"from_{source.node.id}_{port}"
        VpcSecurityGroupIngressRule(self, rule_id, security_group_id=self.id, ip_protocol="tcp",
                                    from_port=port, to_port=to_port or port,
                                    referenced_security_group_id=source.id, description=description,
                                    tags={"Name": f"{self.name}-from-{source.name}-{port}"})

    def allow_from_cidrs(self, label: str, cidrs: Sequence[str], port: int, *, description: str) -> None:
        """For clients outside AWS (no group to name): one rule per CIDR."""
        for i, cidr in enumerate(cidrs):
            net = ipaddress.ip_network(cidr, strict=False)
            kwargs = {"cidr_ipv6": cidr} if net.version == 6 else {"cidr_ipv4": cidr}
            VpcSecurityGroupIngressRule(self, f"from_{label}_{port}_{i}", security_group_id=self.id,
                                        ip_protocol="tcp", from_port=port, to_port=port, description=description,
                                        tags={"Name": f"{self.name}-from-{label}-{i}"}, **kwargs)


def allow_into_group_id(scope: Construct, construct_id: str, *, group_id: str, source: WorkloadSecurityGroup,
                        port: int, description: str) -> VpcSecurityGroupIngressRule:
    """An ingress rule on a group owned by another root (its id read from remote state)
    admitting ``source`` of this root; the rule lives and dies with this root's state."""
    return VpcSecurityGroupIngressRule(scope, construct_id, security_group_id=group_id, ip_protocol="tcp",
                                       from_port=port, to_port=port, referenced_security_group_id=source.id,
                                       description=description, tags={"Name": f"{source.name}-{port}"})


def data_store_group(scope: Construct, *, name: str, description: str, vpc_id: str,
                     clients: Sequence[WorkloadSecurityGroup], port: int, service: str) -> WorkloadSecurityGroup:
    """The group of a data store (database, cache): ``port`` from each client group only.

    No egress: a data store answers its clients and never opens connections of its own.
    Created as ``security_group`` under ``scope``, so the store's addresses stay put.
    """
    group = WorkloadSecurityGroup(scope, "security_group", name=name, description=description, vpc_id=vpc_id,
                                  allow_all_egress=False)
    for client in clients:
        group.allow_from(client, port, description=f"{client.name} to {service}")
    return group
