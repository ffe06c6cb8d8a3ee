"""Cache: encrypted at rest and in transit, private, reachable only from named clients."""

from __future__ import annotations

from atlas.constructs.cache import Cache, CacheProps
from atlas.constructs.security_group import WorkloadSecurityGroup
from tests.helpers import resources, synth_construct


def build(nodes: int) -> dict:
    def make(stack):
        app = WorkloadSecurityGroup(stack, "app", name="app", description="app", vpc_id="vpc-1")
        Cache(stack, "cache", CacheProps(name="plane", vpc_id="vpc-1", subnet_ids=["s-a", "s-b"],
                                         kms_key_arn="arn:aws:kms:eu-west-1:1:key/k", clients=[app],
                                         num_cache_clusters=nodes))
    return synth_construct(make)


def test_encrypted_private_group_admits_only_the_client():
    doc = build(2)
    (group,) = resources(doc, "aws_elasticache_replication_group").values()
    assert group["at_rest_encryption_enabled"] == "true" and group["transit_encryption_enabled"] is True
    assert group["kms_key_id"].startswith("arn:aws:kms:") and group["engine"] == "valkey"
    assert group["automatic_failover_enabled"] is True and group["multi_az_enabled"] is True
    (rule,) = resources(doc, "aws_vpc_security_group_ingress_rule").values()
    assert rule["from_port"] == 6379 and rule["referenced_security_group_id"] == "${aws_security_group.app_group.id}"
    assert "cache_security_group_egress_all" not in resources(doc, "aws_vpc_security_group_egress_rule")


def test_single_node_has_no_failover():
    (group,) = resources(build(1), "aws_elasticache_replication_group").values()
    assert group["automatic_failover_enabled"] is False and group["multi_az_enabled"] is False
