"""Names two Kraken roots must agree on (topics, connectors, consumer groups, users)."""

from __future__ import annotations

from dataclasses import dataclass

from atlas.state import RootId

# SCRAM users of the cluster, one Secrets Manager secret each (see the infra root): only the
# clients that cannot use IAM (Schema Registry and Cruise Control); MSK Connect uses IAM.
SCRAM_USERS = ("admin",)


def roots_of(env: str) -> tuple[RootId, RootId, RootId]:
    """The three roots of one environment, in the order they apply."""
    return RootId("kraken", env, "infra"), RootId("kraken", env, "kafka"), RootId("kraken", env, "data-plane")


@dataclass(frozen=True)
class KrakenNames:
    prefix: str

    def cdc_topic(self, classification: str, table: str) -> str:
        return f"cdc.{classification}.{table}"

    def cdc_prefix(self, classification: str) -> str:
        return f"cdc.{classification}."

    def dlq_topic(self, classification: str) -> str:
        return f"dlq.{classification}.s3-sink"

    @property
    def server_name(self) -> str:
        """Debezium's ``topic.prefix``: the raw topics before routing, and the heartbeat topic."""
        return "kraken"

    @property
    def heartbeat_topic(self) -> str:
        from atlas.constructs.cdc_connectors import heartbeat_topic

        return heartbeat_topic(self.server_name)

    @property
    def debezium_connector(self) -> str:
        return f"{self.prefix}-debezium-postgres"

    def sink_connector(self, classification: str) -> str:
        return f"{self.prefix}-s3-sink-{classification}"

    def sink_group(self, classification: str) -> str:
        # Kafka Connect (and so MSK Connect) names a sink connector's consumer group
        # "connect-<connector name>"; the ACL must name exactly that group.
        return f"connect-{self.sink_connector(classification)}"
