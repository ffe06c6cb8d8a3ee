"""A network made outside the roots, created in the emulator under the ids a root names.

A root built on an existing network (a VPC and subnets named by id in its settings:
Kraken prod's ``existing_network``) finds that network in the emulator: before its apply
the gate creates a VPC and subnets under exactly those ids (``create_existing_network``,
through the ``_custom_id_`` tag ``moto_patched`` adds to moto), so the root is applied
unchanged, literal ids and all. Security groups named by id (a CI runner's group that a
rule admits: platform-events ``kafka_runner.security_group_ids``) are created the same way.
"""

from __future__ import annotations

import ipaddress
import json
import re
from typing import Sequence

from tests.gates.emulator.moto_patched import CUSTOM_ID_TAG
from tests.gates.emulator.server import MotoServer

# Ids of network objects made outside the roots (an existing VPC, its subnets), written
# literally into a root by its settings; the gate creates them first (create_existing_network).
_EXTERNAL_ID = re.compile(r'"((?:vpc|subnet|sg)-[0-9a-f]{8,17})"')


def external_network_ids(doc: dict) -> list[str]:
    """Literal VPC / subnet ids in the root's resources (not references to its own)."""
    text = json.dumps({t: {n: {k: v for k, v in b.items() if k != "//"} for n, b in items.items()}
                       for t, items in doc.get("resource", {}).items()})
    return sorted(set(_EXTERNAL_ID.findall(text)))


def create_existing_network(server: MotoServer, region: str, ids: Sequence[str],
                            cidr: str = "10.0.0.0/16") -> list[str]:
    """Creates in the emulator the VPC and subnets ``ids`` names (what a root's settings say
    already exists), under exactly those ids; returns the ids it created (those already
    there are left alone, so two roots may name the same network).

    The subnets go into the (first) VPC named, or a new VPC when none is named, spread
    over the region's availability zones with consecutive /20 ranges of ``cidr``: the
    roots only refer to these objects by id, so their ranges are free to choose. The ids
    are set through the ``_custom_id_`` tag (``moto_patched``).
    """
    ec2 = server.client("ec2", region)
    vpc_ids = sorted(i for i in ids if i.startswith("vpc-"))
    subnet_ids = sorted(i for i in ids if i.startswith("subnet-"))
    have = {v["VpcId"] for v in ec2.describe_vpcs()["Vpcs"]}
    made = []
    for number, vpc_id in enumerate(vpc_ids):
        if vpc_id not in have:
            block = ipaddress.ip_network(cidr)
            block = ipaddress.ip_network((int(block.network_address) + number * block.num_addresses, block.prefixlen))
            ec2.create_vpc(CidrBlock=str(block), TagSpecifications=[{"ResourceType": "vpc", "Tags": [
                {"Key": CUSTOM_ID_TAG, "Value": vpc_id}, {"Key": "Name", "Value": "existing network (emulated)"}]}])
            made.append(vpc_id)
    group_ids = sorted(i for i in ids if i.startswith("sg-"))
    if not subnet_ids and not group_ids:
        return made
    home = vpc_ids[0] if vpc_ids else ec2.create_vpc(CidrBlock=cidr)["Vpc"]["VpcId"]
    have = {g["GroupId"] for g in ec2.describe_security_groups()["SecurityGroups"]}
    for group_id in group_ids:
        if group_id not in have:
            ec2.create_security_group(GroupName=f"existing-{group_id}", Description="existing group (emulated)",
                                      VpcId=home, TagSpecifications=[{"ResourceType": "security-group", "Tags": [
                                          {"Key": CUSTOM_ID_TAG, "Value": group_id}]}])
            made.append(group_id)
    if not subnet_ids:
        return made
    home_cidr = next(v["CidrBlock"] for v in ec2.describe_vpcs(VpcIds=[home])["Vpcs"])
    have = {s["SubnetId"] for s in ec2.describe_subnets()["Subnets"]}
    taken = {s["CidrBlock"] for s in ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [home]}])["Subnets"]}
    ranges = (str(r) for r in ipaddress.ip_network(home_cidr).subnets(new_prefix=20) if str(r) not in taken)
    zones = sorted(z["ZoneName"] for z in ec2.describe_availability_zones()["AvailabilityZones"])
    for number, subnet_id in enumerate(subnet_ids):
        if subnet_id not in have:
            ec2.create_subnet(VpcId=home, CidrBlock=next(ranges), AvailabilityZone=zones[number % len(zones)],
                              TagSpecifications=[{"ResourceType": "subnet", "Tags": [
                                  {"Key": CUSTOM_ID_TAG, "Value": subnet_id},
                                  {"Key": "Name", "Value": "existing network (emulated)"}]}])
            made.append(subnet_id)
    return made
