"""Names the two platform-events roots agree on, all derived from the name prefix.

The document's names (``platform-otel-collector``, ``platform-shared``, ``/platform/msk``)
are account- or VPC-wide, and environments may share an account, so each carries the
environment's prefix; two environments of one account with one prefix are refused by the
cross-file prefix check (``atlas.app.prefix_collisions``).
"""

from __future__ import annotations

from dataclasses import dataclass

from atlas.state import RootId

PLATFORM = "platform-events"
GATEWAY = "event-gateway"
SCHEMA_SERVICE = "schema-service"
OTEL_COLLECTOR = "otel-collector"


def roots_of(env: str) -> tuple[RootId, RootId]:
    """The backbone root (the document's ``platform-events-<env>``) and its Kafka root."""
    return RootId(PLATFORM, env), RootId(PLATFORM, env, "kafka")


@dataclass(frozen=True)
class EventsNames:
    prefix: str

    @property
    def broker_security_group(self) -> str:
        return f"{self.prefix}-sg"  # the document's platform-events-<env>-sg

    @property
    def client_security_group(self) -> str:
        return f"{self.prefix}-platform-shared"

    def role(self, service: str) -> str:
        return f"{self.prefix}-{service}"  # platform-otel-collector -> <prefix>-otel-collector

    def log_group(self, what: str) -> str:
        return f"/platform/{self.prefix}/{what}"  # /platform/msk -> /platform/<prefix>/msk

    def secret(self, service: str) -> str:
        return f"{self.prefix}/{service}/credentials"
