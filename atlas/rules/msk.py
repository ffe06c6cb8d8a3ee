"""Rules about MSK: settings ``CreateCluster`` refuses and only an update of an ACTIVE cluster takes."""

from __future__ import annotations

import re
from typing import Any, Iterator

from atlas.rules.base import Finding, nodes, references, resources, rule


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


_BUNDLES = re.compile(r"^bundles ([^;]+);")


@rule
def connector_plugin_classes(doc: dict) -> Iterator[Finding]:
    """An ``aws_mskconnect_connector`` names in its configuration (``connector.class`` and the
    other ``*.class`` settings) only classes its custom plugin bundles, when the plugin of the
    same root says what it bundles (its description ``bundles <class>, ...; sha256 ...``,
    written from the settings' ``plugin.classes``). Kafka's own ``org.apache.kafka.*``
    classes come with the MSK Connect runtime.

    Source: Amazon MSK Connect developer guide, "Plugins" (a connector loads its classes
    from its custom plugins only) and ``CreateConnector``: a class no plugin provides fails
    the connector (CREATE_FAILED, "ClassNotFoundException" in the worker logs) after a long
    create, long after the apply started.
    """
    graph = nodes(doc)
    for address, body in resources(doc, "aws_mskconnect_connector"):
        bundled: set[str] | None = None
        for plugin in body.get("plugin", []) if isinstance(body.get("plugin"), list) else [body.get("plugin")]:
            arn = _first(_first(plugin).get("custom_plugin")).get("arn", "")
            for ref in references(arn, graph):
                match = _BUNDLES.match(str(graph[ref].get("description", ""))) if ref.startswith(
                    "aws_mskconnect_custom_plugin.") else None
                if match:
                    bundled = (bundled or set()) | {c.strip() for c in match[1].split(",")}
        if bundled is None:
            continue
        configuration = body.get("connector_configuration") or {}
        for key, value in sorted(configuration.items()):
            if key.endswith(".class") and isinstance(value, str) and not value.startswith("org.apache.kafka.") \
                    and value not in bundled:
                yield (address, f"{key} {value} is not among the classes its plugin bundles "
                                f"({', '.join(sorted(bundled))}); build the archive with it and list it in "
                                "plugin.classes, or use a bundled class")


_STAGED_ON = re.compile(r"^\$\{var\.rollout_step <= (\d+) \? false : true\}$")
_STAGED_COUNT = re.compile(r"^\$\{var\.rollout_step <= (\d+) \? 0 : 1\}$")


@rule
def msk_cluster_policy_after_connectivity(doc: dict) -> Iterator[Finding]:
    """An ``aws_msk_cluster_policy`` is on a cluster of the root with multi-VPC connectivity
    on, and when the cluster turns it on in a rollout step (created off, on in the next
    apply), the policy exists only from that step on (``count`` staged by ``Rollout.count``
    with the same or a later step).

    Source: Amazon MSK developer guide, "Multi-VPC private connectivity", Step 1 (turn on
    multi-VPC connectivity) before Step 2 (attach a cluster policy); terraform-provider-aws
    issue 34419: the cluster policy cannot be applied until multi-VPC connectivity is on,
    which ``CreateCluster`` refuses (see ``msk_connectivity_at_create``).
    """
    graph = nodes(doc)
    for address, body in resources(doc, "aws_msk_cluster_policy"):
        clusters = [r for r in references(body.get("cluster_arn", ""), graph) if r.startswith("aws_msk_cluster.")]
        if not clusters:
            continue  # a cluster of another root: its owner stages it
        connectivity = _first(_first(graph[clusters[0]].get("broker_node_group_info")).get("connectivity_info"))
        auth = _first(_first(connectivity.get("vpc_connectivity")).get("client_authentication"))
        values = [auth.get("tls"), *_first(auth.get("sasl")).values()]
        steps = [int(m[1]) for v in values if isinstance(v, str) for m in [_STAGED_ON.match(v)] if m]
        if not steps and True not in values:
            yield (address, f"{clusters[0]} has multi-VPC connectivity off, and MSK takes a cluster policy only "
                            "with it on; turn on vpc_connectivity (staged) or remove the policy")
            continue
        count = _STAGED_COUNT.match(str(body.get("count", "")))
        if steps and (count is None or int(count[1]) < max(steps)):
            yield (address, f"{clusters[0]} turns multi-VPC connectivity on only after rollout step {max(steps)}; "
                            f"stage the policy with count = Rollout.count(<that step>) so it is created after")
