"""Settings of one Atlas root (environments/atlas/<env>.tfvars).

An Atlas environment either owns its network and MSK cluster, or shares both with another
Atlas environment (``msk_shared_from``, staging2 today): it then runs its own workload
plane (ALB, ECS services, databases, cache, secrets) in the shared VPC, reads the cluster
and the VPC from the sharing root's state, and must use topic names, consumer groups and a
Kafka UI label of its own (``cross_checks`` below).
"""

from __future__ import annotations

import difflib
import ipaddress
import re
from dataclasses import dataclass
from typing import Iterable, Literal, Mapping

from atlas.config.common import (NetworkSettings, PlatformSettings, check_cache_node_type, check_container,
                                 check_fargate_size,
                                 check_kafka_version, check_msk_broker_type, check_rds_instance_class,
                                 check_retention)
from atlas.config.errors import Problem, SettingError
from atlas.config.schema import setting

_PREFIX = re.compile(r"^[a-z][a-z0-9-]{1,20}[a-z0-9]$")
_HOST = re.compile(r"^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$")
_TOPIC = re.compile(r"^[A-Za-z0-9._-]{1,249}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")
_ENV_KEY = re.compile(r"^[A-Z][A-Z0-9_]*$")

EnhancedMonitoring = Literal["DEFAULT", "PER_BROKER", "PER_TOPIC_PER_BROKER", "PER_TOPIC_PER_PARTITION"]
PasswordMode = Literal["managed", "static", "adopt_managed"]


@dataclass(frozen=True, kw_only=True)
class ServiceSettings:
    """One ECS service; the image is built and pushed by the application's own pipeline."""

    image: str = setting(doc='the image URI with a pinned tag, e.g. "<account>.dkr.ecr.<region>.amazonaws.com/app:1.2.3"')
    port: int = 8080
    cpu: int = 256
    memory: int = 512
    desired_count: int = 1
    health_check_path: str = "/health"
    # Keys operators add to the service's runtime secret (seeded empty, injected by ECS).
    secret_keys: tuple[str, ...] = ()

    def checks(self) -> Iterable[SettingError]:
        found = check_container(self.image, self.cpu, self.memory, self.desired_count)
        if not 1 <= self.port <= 65535:
            found.append(SettingError("port", f"{self.port} is not a TCP port"))
        if not self.health_check_path.startswith("/"):
            found.append(SettingError("health_check_path", 'must start with "/"'))
        found += [SettingError(f"secret_keys[{i}]", f'"{k}" must be an environment variable name (A-Z, 0-9, _)')
                  for i, k in enumerate(self.secret_keys) if not _ENV_KEY.match(k)]
        return found


@dataclass(frozen=True, kw_only=True)
class ServicesSettings:
    events_ingestion: ServiceSettings = setting(doc="{ image, port, cpu, memory, desired_count, ... }")
    dashboard_backend: ServiceSettings = setting(doc="{ image, port, cpu, memory, desired_count, ... }")
    # The documents fix scoring's Service Connect address at http://scoring:8083.
    scoring: ServiceSettings = setting(doc="{ image, port = 8083, ... }")
    kafka_ui: ServiceSettings = setting(doc="{ image, ... }")
    camunda: ServiceSettings = setting(doc="{ image, ... }; Service Connect camunda:8080")


@dataclass(frozen=True, kw_only=True)
class KafkaNames:
    """Names a workload plane uses on the cluster; two planes on one cluster must differ."""

    events_topic: str = setting(doc='e.g. "atlas.events.raw"')
    events_dlq_topic: str = setting(doc='e.g. "atlas.events.dlq"')
    scoring_output_topic: str = setting(doc='e.g. "atlas.l3.user.score"')
    scoring_dlq_topic: str = setting(doc='e.g. "atlas.scoring.dlq"')
    dashboard_consumer_group: str = setting(doc='e.g. "atlas-dashboard-backend"')
    kafka_ui_cluster_label: str = setting(doc='the cluster name Kafka UI shows, e.g. "atlas-staging"')

    @property
    def topics(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in ("events_topic", "events_dlq_topic", "scoring_output_topic",
                                               "scoring_dlq_topic")}

    def checks(self) -> Iterable[SettingError]:
        found = [SettingError(k, f'"{v}" is not a valid Kafka topic name (letters, digits, ".", "_", "-")')
                 for k, v in {**self.topics, "dashboard_consumer_group": self.dashboard_consumer_group}.items()
                 if not _TOPIC.match(v)]
        if len(set(self.topics.values())) != len(self.topics):
            found.append(SettingError("", "two topic settings name the same topic"))
        return found


@dataclass(frozen=True, kw_only=True)
class DatabaseSettings:
    database_name: str = setting(doc='the initial database, e.g. "dashboard"')
    instance_class: str = "db.t4g.micro"
    engine_version: str = "16.4"
    allocated_storage_gb: int = 20
    max_allocated_storage_gb: int = 100
    multi_az: bool = False
    deletion_protection: bool = True
    backup_retention_days: int = 7
    parameters: dict[str, str] = setting(factory=dict, doc='e.g. { "rds.logical_replication" = "1" }')
    # managed: RDS generates the password and keeps it in a secret it manages.
    # static: read from the existing secret `password_secret` (JSON key "password").
    # adopt_managed: for an existing instance whose password RDS manages today: read the
    # current value from that RDS-managed secret (`password_secret` = its ARN) and set it as
    # the static master password, so services keep their credentials and nothing rotates.
    # RDS deletes its managed secret once management is off, so this is a one-apply
    # transition: afterwards switch to "static" pointing at the secret the service uses.
    # static and adopt_managed read AWS at plan time (a data source); the offline plan
    # covers "managed", and tests cover the synthesized JSON of the other two.
    master_password_mode: PasswordMode = "managed"
    password_secret: str | None = None
    # Bump to send the secret's current value to RDS again (write-only argument version).
    password_version: int = 1

    def checks(self) -> Iterable[SettingError]:
        found = []
        if self.master_password_mode == "managed" and self.password_secret:
            found.append(SettingError("password_secret", 'is only used with master_password_mode "static" or '
                                                         '"adopt_managed"; remove it'))
        if self.master_password_mode != "managed" and not self.password_secret:
            found.append(SettingError("password_secret", f'is required with master_password_mode '
                                                         f'"{self.master_password_mode}": the secret name or ARN '
                                                         'holding the password (JSON key "password")'))
        instance = check_rds_instance_class("instance_class", self.instance_class)
        found += [instance] if instance else []
        if self.max_allocated_storage_gb < self.allocated_storage_gb:
            found.append(SettingError("max_allocated_storage_gb", "must be at least allocated_storage_gb"))
        if not 1 <= self.backup_retention_days <= 35:
            found.append(SettingError("backup_retention_days", "must be 1-35; backups are never switched off"))
        if not re.match(r"^[a-z][a-z0-9_]{0,62}$", self.database_name):
            found.append(SettingError("database_name", "must be lowercase letters, digits and _"))
        return found


@dataclass(frozen=True, kw_only=True)
class CacheSettings:
    engine: Literal["valkey", "redis"] = "valkey"
    engine_version: str = "8.0"
    node_type: str = "cache.t4g.micro"
    num_cache_clusters: int = 2

    def checks(self) -> Iterable[SettingError]:
        found = [check_cache_node_type("node_type", self.node_type)]
        if not 1 <= self.num_cache_clusters <= 6:
            found.append(SettingError("num_cache_clusters", "must be 1-6 (a primary and up to 5 replicas)"))
        return [p for p in found if p]


@dataclass(frozen=True, kw_only=True)
class S3SinkSettings:
    """The MSK Connect S3 sink (Confluent S3 sink connector)."""

    topics: tuple[str, ...] = setting(doc="the topics exported to S3")
    prefix: str = "kafka"
    partition_fields: tuple[str, ...] = setting(doc="record fields the object keys are partitioned by")
    # Object key of the connector archive operators upload to the plugin artifact bucket.
    plugin_key: str = "confluentinc-kafka-connect-s3-10.5.13.zip"
    flush_size: int = 1000
    mcu_count: int = 1
    min_workers: int = 1
    max_workers: int = 2

    def checks(self) -> Iterable[SettingError]:
        found = [SettingError("topics", "lists no topic")] if not self.topics else []
        if not self.partition_fields:
            found.append(SettingError("partition_fields", "lists no field"))
        if self.mcu_count not in (1, 2, 4, 8):
            found.append(SettingError("mcu_count", "must be 1, 2, 4 or 8"))
        if not 1 <= self.min_workers <= self.max_workers <= 10:
            found.append(SettingError("max_workers", "needs 1 <= min_workers <= max_workers <= 10"))
        if not self.plugin_key.endswith((".zip", ".jar")):
            found.append(SettingError("plugin_key", "must name a .zip or .jar archive"))
        return found


@dataclass(frozen=True, kw_only=True)
class ClickhouseAgentSettings:
    """The Prometheus agent that scrapes one ClickHouse Cloud service and writes to New Relic."""

    # The official image; the tag is pinned because flags differ between majors.
    image: str = "prom/prometheus:v2.53.4"
    organization_id: str = setting(doc="the ClickHouse Cloud organization id")
    service_id: str = setting(doc="the ClickHouse Cloud service id")
    remote_write_url: str = "https://metric-api.eu.newrelic.com/prometheus/v1/write"
    scrape_interval_seconds: int = 60
    cpu: int = 256
    memory: int = 512

    def checks(self) -> Iterable[SettingError]:
        size = check_fargate_size(self.cpu, self.memory)
        found = [size] if size else []
        for key in ("organization_id", "service_id"):
            if not re.match(r"^[0-9a-fA-F-]{8,64}$", getattr(self, key)):
                found.append(SettingError(key, "must be a ClickHouse Cloud id (a UUID)"))
        if not self.remote_write_url.startswith("https://"):
            found.append(SettingError("remote_write_url", "must be an https:// URL"))
        if ":" not in self.image.rsplit("/", 1)[-1] or self.image.endswith(":latest"):
            found.append(SettingError("image", "must pin a Prometheus version tag"))
        return found


@dataclass(frozen=True, kw_only=True)
class AtlasSettings(PlatformSettings):
    # staging still deploys the `poc-atlas-dev` names its resources were created with;
    # renaming would replace them, so the prefix is a setting rather than derived.
    name_prefix: str = setting(doc='prefix of every resource name, e.g. "poc-atlas-dev"')
    # "production" turns on the production rules (multi-AZ, deletion protection, no open
    # public MSK endpoint); the file name plays no part.
    environment_class: Literal["development", "production"] = "development"
    # null: this environment owns its VPC and MSK cluster. Otherwise the Atlas environment
    # whose VPC and MSK cluster it shares (read from that root's state).
    msk_shared_from: str | None = None
    network: NetworkSettings | None = setting(None, doc="{ cidr, availability_zones, ... }; null when shared")
    log_retention_days: int = 30

    certificate_arn: str = setting(doc="ACM certificate ARN for the HTTPS listener")
    events_ingestion_host: str = setting(doc='e.g. "events.staging.atlas.example.com"')
    dashboard_backend_host: str = setting(doc='e.g. "dashboard-api.staging.atlas.example.com"')
    kafka_ui_host: str = setting(doc='e.g. "kafka-ui.staging.atlas.example.com"')
    services: ServicesSettings = setting(doc="{ events_ingestion, dashboard_backend, scoring, kafka_ui, camunda }")
    kafka: KafkaNames = setting(doc="{ events_topic, ..., dashboard_consumer_group, kafka_ui_cluster_label }")
    # Add SCORING_BASE_URL = "http://scoring:<port>" to the dashboard backend secret.
    dashboard_scoring_base_url_enabled: bool = False

    msk_kafka_version: str = "3.6.0"
    msk_broker_instance_type: str = "kafka.t3.small"
    msk_broker_count: int = 2
    msk_volume_size_gb: int = 100
    msk_enhanced_monitoring: EnhancedMonitoring = "DEFAULT"
    msk_enable_public_access: bool = False
    msk_public_access_cidrs: tuple[str, ...] = ()
    msk_multi_vpc_connectivity: bool = False
    msk_s3_sink_enabled: bool = False
    msk_s3_sink: S3SinkSettings | None = None

    dashboard_db: DatabaseSettings = setting(doc="{ database_name, instance_class, ... }")
    camunda_db: DatabaseSettings = setting(doc="{ database_name, instance_class, master_password_mode, ... }")
    cache: CacheSettings = setting(factory=CacheSettings, doc="{ engine, engine_version, node_type, num_cache_clusters }")

    clickhouse_prometheus_agent_enabled: bool = False
    clickhouse_prometheus_agent: ClickhouseAgentSettings | None = None

    operator_email: str = setting(doc="receives alarms and budget alerts")
    monthly_budget_usd: int = setting(doc="monthly cost budget in USD")

    @property
    def production(self) -> bool:
        return self.environment_class == "production"

    @property
    def owns_cluster(self) -> bool:
        return self.msk_shared_from is None

    def checks(self) -> Iterable[SettingError]:
        found = list(super().checks())
        retention = check_retention("log_retention_days", self.log_retention_days)
        found += [retention] if retention else []
        if not _PREFIX.match(self.name_prefix):
            found.append(SettingError("name_prefix", f'"{self.name_prefix}" must be 3-22 lowercase letters, '
                                                     "digits or hyphens, starting with a letter"))
        if self.network is not None:
            zone = self.network.check_zones_in(self.region, "network.availability_zones")
            found += [zone] if zone else []
        found += self._check_edge() + self._check_msk() + self._check_switches() + self._check_production()
        return found

    def _check_edge(self) -> list[SettingError]:
        found = []
        # A bad region or account id is reported once, by its own key, not again through the ARN.
        target_ok = bool(re.match(r"^[a-z]{2}(-gov)?-[a-z]+-\d$", self.region)
                         and re.match(r"^\d{12}$", self.account_id))
        arn = rf"^arn:aws:acm:{re.escape(self.region)}:{self.account_id}:certificate/[0-9a-f-]+$"
        if target_ok and not re.match(arn, self.certificate_arn):
            found.append(SettingError("certificate_arn", f"must be an ACM certificate ARN in {self.region} of "
                                                         f"account {self.account_id} (the ALB's region)"))
        hosts = {k: getattr(self, k) for k in ("events_ingestion_host", "dashboard_backend_host", "kafka_ui_host")}
        found += [SettingError(k, f'"{v}" is not a host name') for k, v in hosts.items() if not _HOST.match(v)]
        if len(set(hosts.values())) != len(hosts):
            found.append(SettingError("kafka_ui_host", "the three host names must differ (host-header routing)"))
        if not _EMAIL.match(self.operator_email):
            found.append(SettingError("operator_email", f'"{self.operator_email}" is not an email address'))
        if self.monthly_budget_usd <= 0:
            found.append(SettingError("monthly_budget_usd", "must be a positive amount"))
        return found

    def _check_msk(self) -> list[SettingError]:
        found = []
        if self.owns_cluster and self.network is None:
            found.append(SettingError("network", "is required: this environment owns its VPC "
                                                 "(or set msk_shared_from to share another environment's)"))
        if not self.owns_cluster:
            if self.network is not None:
                found.append(SettingError("network", f'must be null: the VPC is shared from "{self.msk_shared_from}" '
                                                     "together with its MSK cluster"))
            for key in ("msk_enable_public_access", "msk_multi_vpc_connectivity", "msk_s3_sink_enabled"):
                if getattr(self, key):
                    found.append(SettingError(key, f'belongs to the cluster owner "{self.msk_shared_from}"; '
                                                   "set it there"))
            return found
        found += [p for p in (check_kafka_version("msk_kafka_version", self.msk_kafka_version),
                              check_msk_broker_type("msk_broker_instance_type", self.msk_broker_instance_type)) if p]
        azs = len(self.network.availability_zones) if self.network else 1
        zones_ok = self.network is None or self.network.min_azs <= azs <= self.network.max_azs  # else reported there
        if zones_ok and (self.msk_broker_count < 2 or self.msk_broker_count % azs):
            found.append(SettingError("msk_broker_count", f"{self.msk_broker_count} must be a multiple of the "
                                                          f"{azs} availability zones (at least 2)"))
        if self.msk_enable_public_access and not self.msk_public_access_cidrs:
            found.append(SettingError("msk_public_access_cidrs", "is empty while msk_enable_public_access is true; "
                                                                 "list the client CIDRs allowed on port 9198"))
        if not self.msk_enable_public_access and self.msk_public_access_cidrs:
            found.append(SettingError("msk_public_access_cidrs", "has no effect while msk_enable_public_access is "
                                                                 "false; remove it or enable public access"))
        for i, cidr in enumerate(self.msk_public_access_cidrs):
            try:
                net = ipaddress.ip_network(cidr, strict=True)
            except ValueError as err:
                found.append(SettingError(f"msk_public_access_cidrs[{i}]", f'"{cidr}" is not a CIDR ({err})'))
                continue
            if net.prefixlen == 0 and self.production:
                found.append(SettingError(f"msk_public_access_cidrs[{i}]",
                                          f'"{cidr}" opens the public MSK endpoint to the internet, which a '
                                          "production environment must not do; list the client CIDRs"))
        return found

    def _check_switches(self) -> list[SettingError]:
        found = []
        if self.msk_s3_sink_enabled and self.msk_s3_sink is None:
            found.append(SettingError("msk_s3_sink", "is required when msk_s3_sink_enabled is true: "
                                                     "{ topics, partition_fields, ... }"))
        if self.clickhouse_prometheus_agent_enabled and self.clickhouse_prometheus_agent is None:
            found.append(SettingError("clickhouse_prometheus_agent", "is required when "
                                      "clickhouse_prometheus_agent_enabled is true: { organization_id, service_id }"))
        return found

    def _check_production(self) -> list[SettingError]:
        if not self.production:
            return []
        found = []
        for key in ("dashboard_db", "camunda_db"):
            db: DatabaseSettings = getattr(self, key)
            if not db.multi_az:
                found.append(SettingError(f"{key}.multi_az", "must be true in a production environment"))
            if not db.deletion_protection:
                found.append(SettingError(f"{key}.deletion_protection", "must be true in a production environment"))
        return found


def cross_checks(settings: Mapping[str, AtlasSettings], sources: Mapping[str, str]) -> list[Problem]:
    """Rules between environments: a sharing environment names an owner that exists, and
    its Kafka names do not collide with the owner's (the review the documents ask for)."""
    found: list[Problem] = []
    by_prefix: dict[tuple[str, str, str], list[str]] = {}
    for env, s in sorted(settings.items()):
        by_prefix.setdefault((s.account_id, s.region, s.name_prefix), []).append(env)
    for (account, _, prefix), envs in sorted(by_prefix.items()):
        for env in envs[1:]:
            if envs[0] in (settings[env].msk_shared_from, ) or settings[envs[0]].msk_shared_from == env:
                continue  # reported below with the sharing context
            found.append(Problem(sources[env], "name_prefix", f'"{prefix}" is also the prefix of "{envs[0]}" in '
                                 f"account {account}; resource names would collide, use a prefix of its own"))
    for env, s in sorted(settings.items()):
        owner_name = s.msk_shared_from
        if owner_name is None:
            continue
        source = sources[env]
        owner = settings.get(owner_name)
        if owner is None:
            owners = sorted(e for e, o in settings.items() if o.owns_cluster and e != env)
            close = difflib.get_close_matches(owner_name, owners, n=1)
            found.append(Problem(source, "msk_shared_from", f'"{owner_name}" is not an Atlas environment'
                                 + (f'; did you mean "{close[0]}"?' if close else "")
                                 + (" The environments that own an MSK cluster: " + ", ".join(owners) if owners
                                    else "; no Atlas environment owns an MSK cluster to share")))
            continue
        if not owner.owns_cluster or owner_name == env:
            found.append(Problem(source, "msk_shared_from", f'"{owner_name}" does not own an MSK cluster'))
            continue
        if (owner.account_id, owner.region) != (s.account_id, s.region):
            found.append(Problem(source, "msk_shared_from", f'"{owner_name}" is in account {owner.account_id} '
                                 f"{owner.region}; a shared cluster must be in the same account and region"))
        owner_topics = set(owner.kafka.topics.values())
        for key, topic in s.kafka.topics.items():
            if topic in owner_topics:
                found.append(Problem(source, f"kafka.{key}", f'"{topic}" is also a topic of "{owner_name}", whose '
                                     "cluster this environment shares; use a name of its own "
                                     f'(e.g. "{topic.replace("atlas.", f"atlas.{env}.", 1)}")'))
        if s.kafka.dashboard_consumer_group == owner.kafka.dashboard_consumer_group:
            found.append(Problem(source, "kafka.dashboard_consumer_group",
                                 f'"{s.kafka.dashboard_consumer_group}" is also the consumer group of '
                                 f'"{owner_name}"; both planes would split one group\'s partitions'))
        if s.kafka.kafka_ui_cluster_label == owner.kafka.kafka_ui_cluster_label:
            found.append(Problem(source, "kafka.kafka_ui_cluster_label",
                                 f'"{s.kafka.kafka_ui_cluster_label}" is also the Kafka UI label of "{owner_name}"; '
                                 "operators could not tell the two planes apart"))
        if s.name_prefix == owner.name_prefix:
            found.append(Problem(source, "name_prefix", f'"{s.name_prefix}" is also the prefix of "{owner_name}" '
                                 "in the same account; resource names would collide"))
    return found
