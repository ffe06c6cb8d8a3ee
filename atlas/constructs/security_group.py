"""Security groups owned by the constructs they protect, and the connections between them.

Each construct that runs in a VPC (a Fargate service, a load balancer, an MSK cluster, a
connector, a database, a cache) creates its own ``WorkloadSecurityGroup`` and exposes it as
``connections``, with the port its clients use. A composition then says *who talks to
whom*: ``database.connections.allow_from(service)``; it never spells a port or a group id.

Rules are separate ``aws_vpc_security_group_*_rule`` resources (one per source and port), so
adding a client never rewrites the group, and each rule carries a description a reviewer
can read in the plan.
"""

from __future__ import annotations

import ipaddress
from typing import Protocol, Sequence, Union

from cdktf_cdktf_provider_aws.security_group import SecurityGroup
from cdktf_cdktf_provider_aws.vpc_security_group_egress_rule import VpcSecurityGroupEgressRule
from cdktf_cdktf_provider_aws.vpc_security_group_ingress_rule import VpcSecurityGroupIngressRule

from atlas.cdk import Construct


class WorkloadSecurityGroup(Construct):
    """A security group with no ingress until a caller allows a named source.

    ``label`` names the group in the ids of rules that admit it (``from_<label>_<port>``):
    the id of the construct that owns the group, so rule addresses read "from_dashboard".
    """

    def __init__(self, scope: Construct, construct_id: str, *, name: str, description: str, vpc_id: str,
                 allow_all_egress: bool = True, label: str | None = None) -> None:
        super().__init__(scope, construct_id)
        self.name = name
        self.label = label or construct_id
        self.group = SecurityGroup(self, "group", name=name, description=description, vpc_id=vpc_id,
                                   tags={"Name": name})
        self.id: str = self.group.id
        if allow_all_egress:
            # Workloads pull images and call AWS APIs through the NAT gateways and VPC
            # endpoints; ingress is where the least-privilege boundary sits.
            VpcSecurityGroupEgressRule(self, "egress_all", security_group_id=self.id, ip_protocol="-1",
                                       cidr_ipv4="0.0.0.0/0", description="Outbound to AWS APIs and the internet via NAT",
                                       tags={"Name": f"{name}-egress-all"})

    def allow_from(self, source: "Client", port: int, *, description: str, to_port: int | None = None) -> None:
        """Lets members of ``source`` reach this group on ``port`` (TCP)."""
        source = group_of(source)
        VpcSecurityGroupIngressRule(self, f"from_{source.label}_{port}", security_group_id=self.id,
                                    ip_protocol="tcp", from_port=port, to_port=to_port or port,
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

    def allow_from_group_ids(self, label: str, group_ids: tuple[str, ...], port: int, *,
                             description: str) -> list[VpcSecurityGroupIngressRule]:
        """For members of groups no construct here owns (a runner's, named by id in settings):
        one rule per group, ``from_<label>_<port>_group_<i>`` like the CIDR rules' ids.

        A tuple, never a single id: a bare string would iterate into one rule per character.
        A group named twice is refused here, as AWS refuses the second identical rule
        (InvalidPermission.Duplicate) at apply.
        """
        if isinstance(group_ids, str):
            raise TypeError(f"{self.name}: allow_from_group_ids({label!r}) takes a tuple of group ids, not one "
                            f"string ({group_ids!r}); write ({group_ids!r},)")
        twice = sorted({g for g in group_ids if list(group_ids).count(g) > 1})
        if twice:
            raise ValueError(f"{self.name}: allow_from_group_ids({label!r}) names {', '.join(twice)} more than "
                             "once; AWS refuses the duplicate rule")
        return [VpcSecurityGroupIngressRule(self, f"from_{label}_{port}_group_{i}", security_group_id=self.id,
                                            ip_protocol="tcp", from_port=port, to_port=port,
                                            referenced_security_group_id=group_id, description=description,
                                            tags={"Name": f"{self.name}-from-{label}-group-{i}"})
                for i, group_id in enumerate(group_ids)]


class HasConnections(Protocol):
    connections: "Connections"


Client = Union[WorkloadSecurityGroup, HasConnections]


def group_of(client: Client) -> WorkloadSecurityGroup:
    """The security group of a client: a group, or a construct with ``connections``."""
    return client if isinstance(client, WorkloadSecurityGroup) else client.connections.group


class Connections:
    """A construct's own security group and the port its clients reach it on."""

    def __init__(self, group: WorkloadSecurityGroup, port: int | None = None) -> None:
        self.group = group
        self.port = port

    @property
    def security_group_id(self) -> str:
        return self.group.id

    def allow_from(self, client: Client, *, description: str, port: int | None = None) -> None:
        """Lets ``client`` reach this construct on its port (or ``port``)."""
        chosen = port if port is not None else self.port
        if chosen is None:
            raise ValueError(f"{self.group.name}: no default port; name the port clients use")
        self.group.allow_from(client, chosen, description=description)

    def allow_from_cidrs(self, label: str, cidrs: Sequence[str], *, description: str, port: int | None = None) -> None:
        chosen = port if port is not None else self.port
        if chosen is None:
            raise ValueError(f"{self.group.name}: no default port; name the port clients use")
        self.group.allow_from_cidrs(label, cidrs, chosen, description=description)


class RemoteGroup:
    """A security group another root owns (its id read from remote state).

    Rules admitting this root's clients are resources of this root: they live and die with
    its state, and the owning root never needs to know its clients exist.
    """

    def __init__(self, scope: Construct, group_id: str, *, port: int | None = None) -> None:
        self.scope = scope
        self.id = group_id
        self.port = port

    def allow_from(self, rule_id: str, client: Client, *, description: str,
                   port: int | None = None) -> VpcSecurityGroupIngressRule:
        source = group_of(client)
        chosen = port if port is not None else self.port
        if chosen is None:
            raise ValueError(f"rule {rule_id}: no port given and the remote group has no default")
        return VpcSecurityGroupIngressRule(self.scope, rule_id, security_group_id=self.id, ip_protocol="tcp",
                                           from_port=chosen, to_port=chosen, referenced_security_group_id=source.id,
                                           description=description, tags={"Name": f"{source.name}-{chosen}"})


def data_store_group(scope: Construct, *, name: str, description: str, vpc_id: str,
                     clients: Sequence[Client], port: int, service: str) -> WorkloadSecurityGroup:
    """The group of a data store (database, cache): ``port`` from each client group only.

    No egress: a data store answers its clients and never opens connections of its own.
    Created as ``security_group`` under ``scope``, so the store's addresses stay put.
    """
    group = WorkloadSecurityGroup(scope, "security_group", name=name, description=description, vpc_id=vpc_id,
                                  allow_all_egress=False)
    for client in clients:
        group.allow_from(client, port, description=f"{group_of(client).name} to {service}")
    return group
