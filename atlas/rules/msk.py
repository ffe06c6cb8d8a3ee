"""Rules about MSK: settings ``CreateCluster`` refuses and only an update of an ACTIVE cluster takes."""

from __future__ import annotations

from typing import Any, Iterator

from atlas.rules.base import Finding, resources, rule


def _first(block: Any) -> dict:
    """A nested block as cdktf writes it (an object) or as HCL-to-JSON does (a list of one)."""
    if isinstance(block, list):
        block = block[0] if block else {}
    return block if isinstance(block, dict) else {}


@rule
def msk_connectivity_at_create(doc: dict) -> Iterator[Finding]:
    """An ``aws_msk_cluster`` never asks for public access or multi-VPC connectivity as a
    literal: it stages them with a rollout step (``atlas.rollout``), so the cluster is
    created with both off and the next apply turns them on.

    Source: Amazon MSK API reference, ``CreateCluster`` / ``BrokerNodeGroupInfo.ConnectivityInfo``
    and the errors it returns: "When creating a cluster, the only valid value for the Type
    parameter in PublicAccess is DISABLED" and "When creating a cluster, all vpcConnectivity
    auth schemes must be disabled ('enabled' : false). You can enable auth schemes after the
    cluster is created" (both turned on later by ``UpdateConnectivity``; MSK developer guide,
    "Turn on public access" and "Multi-VPC private connectivity", requirements).
    """
    for address, body in resources(doc, "aws_msk_cluster"):
        connectivity = _first(_first(body.get("broker_node_group_info")).get("connectivity_info"))
        if _first(connectivity.get("public_access")).get("type") == "SERVICE_PROVIDED_EIPS":
            yield (address, "public_access SERVICE_PROVIDED_EIPS is refused when the cluster is created; stage it "
                            "with a rollout step (atlas.rollout: Rollout.choose) so the first apply creates it DISABLED")
        auth = _first(_first(connectivity.get("vpc_connectivity")).get("client_authentication"))
        enabled = [name for name, value in (("tls", auth.get("tls")), *_first(auth.get("sasl")).items())
                   if value is True]
        if enabled:
            yield (address, f"vpc_connectivity {', '.join(sorted(enabled))} is refused when the cluster is created; "
                            "stage it with a rollout step (atlas.rollout: Rollout.flag) so the first apply "
                            "creates it with every scheme off")
