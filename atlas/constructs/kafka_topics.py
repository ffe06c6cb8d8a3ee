"""Kafka topics and ACLs through the ``mongey/kafka`` provider (bindings generated into .gen/).

Kafka ACLs match resource names in two ways: LITERAL (the exact name, or the single
literal ``*`` meaning every resource) and PREFIXED (every name starting with the value).
A literal ``cdc.*`` is not a wildcard, it matches only a topic actually named ``cdc.*``,
i.e. nothing; grants written that way are rejected here with the fix in the message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, Mapping, Sequence

from kafka.acl import Acl
from kafka.topic import Topic

from atlas.cdk import Construct

ResourceType = Literal["Topic", "Group", "Cluster", "TransactionalID"]
Pattern = Literal["Literal", "Prefixed"]
# Kafka's topic name rule: legal characters, at most 249 of them.
_TOPIC = re.compile(r"^[a-zA-Z0-9._-]{1,249}$")
_ID = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, kw_only=True)
class TopicSpec:
    name: str
    partitions: int
    replication_factor: int
    # Topic-level configuration (retention.ms, cleanup.policy, min.insync.replicas...).
    config: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not _TOPIC.match(self.name) or self.name in (".", ".."):
            raise ValueError(f"topic name {self.name!r} is not a legal Kafka topic name")
        isr = int(self.config.get("min.insync.replicas", "1"))
        if not 1 <= isr <= self.replication_factor:
            raise ValueError(f"topic {self.name}: min.insync.replicas {isr} must be 1 to the replication "
                             f"factor {self.replication_factor}, or every acks=all write fails")


@dataclass(frozen=True, kw_only=True)
class AclGrant:
    """``operations`` on one resource (or resource prefix) for one SCRAM user."""

    user: str
    resource_type: ResourceType
    resource_name: str
    operations: Sequence[str]
    pattern: Pattern = "Literal"
    # Why this user needs the grant (documentation for reviewers; not sent to Kafka).
    reason: str = ""

    def __post_init__(self) -> None:
        if self.pattern == "Literal" and "*" in self.resource_name and self.resource_name != "*":
            raise ValueError(f"ACL for {self.user} on {self.resource_type} {self.resource_name!r}: a literal name with "
                             f"'*' matches nothing; use pattern=\"Prefixed\" with resource_name="
                             f"{self.resource_name.split('*')[0]!r}")
        if self.pattern == "Prefixed" and ("*" in self.resource_name or not self.resource_name):
            raise ValueError(f"ACL for {self.user}: a Prefixed pattern takes the plain prefix, "
                             f"not {self.resource_name!r}")
        if self.resource_type == "Cluster" and self.resource_name != "kafka-cluster":
            raise ValueError("the Cluster resource is always named 'kafka-cluster'")

    @property
    def principal(self) -> str:
        return f"User:{self.user}"

    def matches(self, name: str) -> bool:
        """Whether this grant covers a resource called ``name`` (Kafka's own matching)."""
        if self.pattern == "Prefixed":
            return name.startswith(self.resource_name)
        return self.resource_name in ("*", name)


@dataclass(frozen=True, kw_only=True)
class KafkaTopicsProps:
    topics: Sequence[TopicSpec]
    grants: Sequence[AclGrant] = ()


class KafkaTopics(Construct):
    """One ``kafka_topic`` per spec and one ``kafka_acl`` per grant and operation."""

    def __init__(self, scope: Construct, construct_id: str, props: KafkaTopicsProps) -> None:
        super().__init__(scope, construct_id)
        self.topics: dict[str, Topic] = {}
        for spec in props.topics:
            if spec.name in self.topics:
                raise ValueError(f"topic {spec.name} is declared twice")
            self.topics[spec.name] = Topic(self, _ID.sub("_", spec.name.lower()).strip("_"), name=spec.name,
                                           partitions=spec.partitions, replication_factor=spec.replication_factor,
                                           config=dict(sorted(spec.config.items())))
        self.acls: list[Acl] = []
        seen: set[str] = set()
        for grant in props.grants:
            for operation in grant.operations:
                acl_id = "_".join(_ID.sub("_", p.lower()).strip("_") or "all" for p in (
                    grant.user, grant.resource_type, grant.resource_name, operation))
                if acl_id in seen:
                    raise ValueError(f"ACL {acl_id} is granted twice")
                seen.add(acl_id)
                self.acls.append(Acl(
                    self, acl_id, acl_principal=grant.principal, acl_host="*", acl_operation=operation,
                    acl_permission_type="Allow", resource_type=grant.resource_type,
                    resource_name=grant.resource_name, resource_pattern_type_filter=grant.pattern,
                    # Topics first: an ACL on a topic that does not exist yet is legal but
                    # makes the plan harder to review.
                    depends_on=list(self.topics.values())))
