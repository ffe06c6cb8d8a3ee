"""Rules about IAM policies the roots write."""

from __future__ import annotations

import fnmatch
import json
from typing import Iterator

from atlas.rules.base import Finding, resources, rule

_POLICY_RESOURCES = ("aws_iam_role_policy", "aws_iam_policy", "aws_iam_user_policy", "aws_iam_group_policy")


def _statements(policy: object) -> list[dict]:
    try:
        document = json.loads(policy) if isinstance(policy, str) else policy
    except ValueError:
        return []
    statements = document.get("Statement", []) if isinstance(document, dict) else []
    return [s for s in ([statements] if isinstance(statements, dict) else statements) if isinstance(s, dict)]


def _listed(value: object) -> list[str]:
    return [value] if isinstance(value, str) else [v for v in value or [] if isinstance(v, str)]


def _allows(statement: dict, action: str) -> bool:
    return statement.get("Effect") == "Allow" and any(
        fnmatch.fnmatchcase(action.lower(), pattern.lower()) for pattern in _listed(statement.get("Action")))


@rule
def idempotent_producers(doc: dict) -> Iterator[Finding]:
    """A policy that allows ``kafka-cluster:WriteData`` on a topic also allows
    ``kafka-cluster:WriteDataIdempotently`` on the cluster.

    Sources: Amazon MSK Developer Guide, "IAM access control" / "Semantics of IAM
    authorization policy actions and resources" (WriteDataIdempotently, resource: the
    cluster, "for idempotent producers"); Apache Kafka 3.0 (KIP-679) makes
    ``enable.idempotence=true`` and ``acks=all`` the producer default, so every Java client
    3.x (Kafka Connect's S3 sink and Debezium included) produces idempotently and is refused
    with ClusterAuthorizationException without it.
    """
    for kind in _POLICY_RESOURCES:
        for address, body in resources(doc, kind):
            statements = _statements(body.get("policy"))
            if not any(_allows(s, "kafka-cluster:WriteData") for s in statements):
                continue
            if not any(_allows(s, "kafka-cluster:WriteDataIdempotently") for s in statements):
                yield (address, "allows kafka-cluster:WriteData but not kafka-cluster:WriteDataIdempotently; add it "
                                "on the cluster ARN (Kafka 3.x producers are idempotent by default): "
                                "kafka_client_statements in atlas/constructs/msk.py")
