"""An ElastiCache (Valkey or Redis OSS) replication group, private and encrypted.

Encryption at rest (KMS) and in transit are always on; the security group admits only the
client groups the caller names. With two or more nodes, failover is automatic and the
replicas sit in other zones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Sequence

from cdktf_cdktf_provider_aws.elasticache_replication_group import ElasticacheReplicationGroup
from cdktf_cdktf_provider_aws.elasticache_subnet_group import ElasticacheSubnetGroup

from atlas.cdk import Construct
from atlas.constructs.security_group import WorkloadSecurityGroup, data_store_group
from atlas.naming import Name

PORT = 6379


def cache_names(name: str) -> dict:
    """The AWS names a ``Cache`` derives from its name (a replication group id has 40 characters at most)."""
    return {"replication_group": Name("cache_replication_group", name), "subnet_group": Name("cache_subnet_group", name),
            "security_group": Name("security_group", f"{name}-cache")}


@dataclass(frozen=True, kw_only=True)
class CacheProps:
    name: str
    vpc_id: str
    subnet_ids: Sequence[str]
    kms_key_arn: str
    clients: Sequence[WorkloadSecurityGroup]
    engine: Literal["valkey", "redis"] = "valkey"
    engine_version: str = "8.0"
    node_type: str = "cache.t4g.micro"
    num_cache_clusters: int = 2
    snapshot_retention_days: int = 1


class Cache(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: CacheProps) -> None:
        super().__init__(scope, construct_id)
        names = cache_names(props.name)
        self.security_group = data_store_group(self, name=names["security_group"].value, description=f"{props.name} cache",
                                               vpc_id=props.vpc_id, clients=props.clients, port=PORT,
                                               service="the cache")
        subnets = ElasticacheSubnetGroup(self, "subnet_group", name=names["subnet_group"].value, subnet_ids=list(props.subnet_ids))
        replicated = props.num_cache_clusters >= 2
        self.group = ElasticacheReplicationGroup(
            self, "replication_group", replication_group_id=names["replication_group"].value, description=f"{props.name} cache",
            engine=props.engine, engine_version=props.engine_version, node_type=props.node_type,
            num_cache_clusters=props.num_cache_clusters, port=PORT, subnet_group_name=subnets.name,
            security_group_ids=[self.security_group.id], at_rest_encryption_enabled="true",
            kms_key_id=props.kms_key_arn, transit_encryption_enabled=True,
            automatic_failover_enabled=replicated, multi_az_enabled=replicated,
            snapshot_retention_limit=props.snapshot_retention_days, auto_minor_version_upgrade="true")
        self.primary_endpoint: str = self.group.primary_endpoint_address
