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
# The key of the workloads' secrets (``<prefix>/<service>/credentials``), and the version of
# their generated values: raising it draws and writes new API keys (a rotation).
API_KEY = "api_key"
SECRET_VERSION = 1


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


def derived_names(s) -> list:
    """Every AWS and Kafka name a platform-events environment file turns into
    (``Platform.names``), from the constructs' own builders with the props the two
    compositions pass; ``tests/test_naming.py`` fails when a root holds a name this lacks."""
    from atlas.config.contracts import load_catalog
    from atlas.constructs.kms import key_alias
    from atlas.constructs.msk import cluster_names as msk_cluster_names
    from atlas.constructs.network import network_names
    from atlas.constructs.observability import msk_cluster_alarms
    from atlas.naming import Name, derived

    p, n, out = s.name_prefix, EventsNames(s.name_prefix), []

    def add(built: object, *keys: str) -> None:
        out.extend(derived(built, *(keys or ("name_prefix",))))

    workloads = (GATEWAY, SCHEMA_SERVICE)
    add([key_alias(f"{p}-logs"), key_alias(f"{p}-data"), network_names(p), msk_cluster_names(p, n.log_group("msk")),
         Name("security_group", n.broker_security_group), Name("security_group", n.client_security_group),
         [Name("log_group", n.log_group(w)) for w in workloads], [Name("secret", n.secret(w)) for w in workloads],
         [Name("iam_role", n.role(w)) for w in (*workloads, OTEL_COLLECTOR)], Name("iam_policy", "least-privilege"),
         Name("sns_topic", f"{p}-alerts"),
         [Name("alarm", a.name) for a in msk_cluster_alarms(p, "", s.msk.number_of_broker_nodes)]])
    if s.grafana is not None:
        add([Name("iam_role", f"{p}-grafana"), Name("iam_policy", "read-metrics")])
    catalog, _ = load_catalog(s.contracts)
    if catalog is not None:
        add([Name("kafka_topic", topic) for topic in sorted(catalog.channels)], "contracts")
    return out
