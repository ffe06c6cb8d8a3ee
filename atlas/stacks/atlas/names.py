"""Every AWS and Kafka name an Atlas environment file turns into (``Platform.names``).

The names come from the constructs' own builders, called with the props the composition
(``root.py``, ``secrets.py``) passes, each with the settings it is made of; the app checks
them against ``atlas.naming.KINDS`` before anything is built, and ``tests/test_naming.py``
fails when the synthesized JSON holds a name this list lacks.
"""

from __future__ import annotations

from atlas.config.atlas import AtlasSettings
from atlas.constructs.alb import load_balancer_names
from atlas.constructs.cache import cache_names
from atlas.constructs.clickhouse_agent import agent_names
from atlas.constructs.ecs import cluster_names, service_names
from atlas.constructs.kafka_export import export_names
from atlas.constructs.kms import key_alias
from atlas.constructs.msk import cluster_names as msk_cluster_names
from atlas.constructs.msk_connect import connector_names
from atlas.constructs.network import network_names
from atlas.constructs.observability import (ecs_service_alarms, load_balancer_alarms, msk_broker_disk_alarms,
                                            rds_alarms)
from atlas.constructs.rds import master_secret_name, postgres_names
from atlas.naming import DerivedName, Name, derived

PREFIX = "name_prefix"
# Service key -> the name part of its AWS names (root.py's ``service(...)`` calls).
SERVICES = {"events": "events-ingestion", "dashboard": "dashboard-backend", "scoring": "scoring",
            "kafka_ui": "kafka-ui", "camunda": "camunda"}
TARGET_GROUPS = ("events", "dashboard", "kafka-ui")
SECRETS = ("events-ingestion", "scoring", "dashboard-backend", "camunda")


def _alarms(specs) -> list[Name]:
    return [Name("alarm", spec.name) for spec in specs]


def derived_names(s: AtlasSettings) -> list[DerivedName]:
    p, account = s.name_prefix, s.account_id
    out: list[DerivedName] = []

    def add(built: object, *keys: str) -> None:
        out.extend(derived(built, *(keys or (PREFIX,))))

    add([key_alias(f"{p}-logs"), key_alias(f"{p}-data"), Name("s3_bucket", f"{p}-s3-access-logs-{account}")])
    if s.owns_cluster:
        add(network_names(p))
        add([msk_cluster_names(f"{p}-msk"), Name("security_group", f"{p}-msk")])
        add(_alarms(msk_broker_disk_alarms(p, "", s.msk.number_of_broker_nodes if s.msk else 1)))
    add([load_balancer_names(p, TARGET_GROUPS, account_id=account), Name("security_group", f"{p}-alb")])
    add(_alarms(load_balancer_alarms(p, "", {k: "" for k in TARGET_GROUPS})))
    for key in ("events_ingestion_host", "dashboard_backend_host", "kafka_ui_host"):
        add(Name("host_header", getattr(s, key)), key)
    add(cluster_names(p, p))
    for key, part in SERVICES.items():
        add([service_names(f"{p}-{part}"), Name("security_group", f"{p}-{key.replace('_', '-')}")])
        add(_alarms(ecs_service_alarms(p, f"{p}-{part}")))
    for key in ("dashboard", "camunda"):
        db = getattr(s, f"{key}_db")
        add([postgres_names(f"{p}-{key}")] + _alarms(rds_alarms(p, key, "")))
        if db.master_password_mode == "generated":
            add(master_secret_name(f"{p}-{key}"), "name_prefix", f"{key}_db.master_password_mode")
        add(Name("postgres_database", db.database_name), f"{key}_db.database_name")
        add(Name("postgres_user", db.master_username), f"{key}_db.master_username")
    add(cache_names(p))
    add([Name("secret", f"{p}/{part}") for part in SECRETS])
    if s.kafka_ui_access is not None and s.kafka_ui_access.oauth2 is not None:
        add(Name("secret", f"{p}/kafka-ui"))  # the UI's login client secret (secrets.py)
    for key, topic in s.kafka.topics.items():
        add(Name("kafka_topic", topic), f"kafka.{key}")
    if s.s3_sink is not None:
        export = export_names(p, account)
        add([export["buckets"], export["security_group"], connector_names(export["connector"])])
        for i, topic in enumerate(s.s3_sink.topics):
            add(Name("kafka_topic", topic), f"s3_sink.topics[{i}]")
    if s.clickhouse_prometheus_agent is not None:
        agent = agent_names(p)
        add([service_names(agent["service"]), Name("security_group", agent["security_group"]),
             Name("secret", f"{p}/clickhouse-prometheus-agent")] + _alarms(ecs_service_alarms(p, agent["service"])))
    add([Name("sns_topic", f"{p}-alerts"), Name("budget", f"{p}-monthly")])
    return out
