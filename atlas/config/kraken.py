"""Settings of one Kraken environment (environments/kraken/<env>.tfvars).

One file feeds the three Kraken roots (infra, kafka, data-plane); each root reads only the
parts it needs, and values one root creates reach the next through remote state, never
through this file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar, Iterable, Literal

from atlas.config.common import (CONNECT_VERSIONS, KAFKA_VERSIONS, POSTGRES_VERSIONS, AlertsSettings,
                                 DatabaseSettings, ExistingNetworkSettings, FargateServiceSettings, MskSettings,
                                 NetworkSettings, PlatformSettings, TerraformRunnerSettings,
                                 VersionList, check_domain, check_image, check_no_repeats,
                                 check_plugin_key, check_workers)
from atlas.config.errors import SettingError
from atlas.config.schema import setting

_ZONE = re.compile(r"^Z[0-9A-Z]{5,31}$")
_TOPIC_PART = re.compile(r"^[a-z][a-z0-9_]*$")

# Storage classes Athena can still read (Glacier Flexible Retrieval and Deep Archive objects
# must be restored first, so a query over them fails), with the minimum age S3 accepts.
ATHENA_READABLE_CLASSES = {"STANDARD_IA": 30, "INTELLIGENT_TIERING": 0, "GLACIER_IR": 0}


@dataclass(frozen=True, kw_only=True)
class TransitionSettings:
    days: int = setting(doc="age of the objects in days")
    storage_class: Literal["STANDARD_IA", "INTELLIGENT_TIERING", "GLACIER_IR"] = setting(
        doc='"STANDARD_IA", "INTELLIGENT_TIERING" or "GLACIER_IR" (classes Athena can read)')

    def checks(self) -> Iterable[SettingError]:
        least = ATHENA_READABLE_CLASSES.get(self.storage_class, 0)
        if self.days < max(least, 1):
            return [SettingError("days", f"is {self.days}; S3 moves objects to {self.storage_class} at "
                                         f"{max(least, 1)} days or later")]
        return []


def _default_transitions() -> dict[str, tuple[TransitionSettings, ...]]:
    """Raw data is re-read rarely after a month; curated after a quarter; analytics stays hot."""
    return {"raw": (TransitionSettings(days=30, storage_class="STANDARD_IA"),
                    TransitionSettings(days=90, storage_class="GLACIER_IR")),
            "curated": (TransitionSettings(days=90, storage_class="STANDARD_IA"),),
            "analytics": ()}


@dataclass(frozen=True, kw_only=True)
class LakeSettings:
    """The S3 data lake: raw / curated / analytics layers, each split into MNPI and public."""

    # Object lock can only be switched on when a bucket is created; it is a setting so an
    # environment that must be torn down freely (a sandbox) can leave it off.
    mnpi_object_lock: bool = True
    object_lock_mode: Literal["GOVERNANCE", "COMPLIANCE"] = "GOVERNANCE"
    object_lock_days: int = 365
    noncurrent_version_days: int = 90
    access_log_retention_days: int = 365
    audit_log_retention_days: int = 2557  # seven years, the usual record-keeping period
    athena_results_retention_days: int = 30
    # Storage-class transitions per layer (both classifications), in increasing days.
    transitions: dict[str, tuple[TransitionSettings, ...]] = field(default_factory=_default_transitions)

    def checks(self) -> Iterable[SettingError]:
        found = []
        for layer, steps in self.transitions.items():
            if layer not in ("raw", "curated", "analytics"):
                found.append(SettingError(f"transitions.{layer}", "is not a layer (raw, curated, analytics)"))
            days = [t.days for t in steps]
            if days != sorted(set(days)):
                found.append(SettingError(f"transitions.{layer}", "must list each step once, in increasing days"))
        for key in ("object_lock_days", "noncurrent_version_days", "access_log_retention_days",
                    "audit_log_retention_days", "athena_results_retention_days"):
            if getattr(self, key) < 1:
                found.append(SettingError(key, "must be at least 1 day"))
        if self.object_lock_days > 36500:
            found.append(SettingError("object_lock_days", f"is {self.object_lock_days}; S3 Object Lock retains for "
                                                          "at most 36500 days (100 years)"))
        return found


@dataclass(frozen=True, kw_only=True)
class KrakenMskSettings(MskSettings):
    """The Kraken cluster: SCRAM for the document's Kafka users, IAM for MSK Connect."""

    # MSK refuses SCRAM secrets without a password; the infra root generates each password
    # (ephemeral, write-only: never in state) before the association, so one apply does it.
    # Off leaves the users unassociated: no SCRAM client can log in.
    associate_scram_secrets: bool = True


@dataclass(frozen=True, kw_only=True)
class TopicSettings:
    """Kafka topic defaults; replication must fit the broker count (checked by KrakenSettings)."""

    replication_factor: int = 3
    min_insync_replicas: int = 2
    partitions: int = 6
    cdc_retention_hours: int = 168
    # Reference data is compacted: the latest value per key is kept; deletes after this long.
    reference_retention_days: int = 3650
    dlq_retention_days: int = 14
    # Source tables, by classification. Debezium routes each to <prefix>.<classification>.<table>.
    mnpi_tables: tuple[str, ...] = ("trades", "orders", "positions")
    public_tables: tuple[str, ...] = ("market_data", "reference_data")
    compacted_tables: tuple[str, ...] = ("reference_data",)

    def checks(self) -> Iterable[SettingError]:
        found = []
        if self.replication_factor < 1:
            found.append(SettingError("replication_factor", "must be at least 1"))
        # min ISR equal to the replication factor means one broker down (a routine rolling
        # restart) stops every acks=all write; above it, no write ever succeeds.
        highest = max(1, self.replication_factor - 1)
        if not 1 <= self.min_insync_replicas <= highest:
            found.append(SettingError("min_insync_replicas", f"is {self.min_insync_replicas}; with replication_factor "
                                                             f"{self.replication_factor} it must be 1 to {highest}, "
                                                             "or writes stop when a broker is down"))
        if self.partitions < 1:
            found.append(SettingError("partitions", "must be at least 1"))
        # retention.ms is a Java long; beyond that Kafka refuses the topic configuration.
        for key, unit_ms in (("cdc_retention_hours", 3_600_000), ("reference_retention_days", 86_400_000),
                             ("dlq_retention_days", 86_400_000)):
            value = getattr(self, key)
            if not 1 <= value <= (2 ** 63 - 1) // unit_ms:
                found.append(SettingError(key, f"is {value}; must be at least 1 and at most "
                                               f"{(2 ** 63 - 1) // unit_ms} (Kafka's retention.ms is a 64-bit number)"))
        for group in ("mnpi_tables", "public_tables", "compacted_tables"):
            for i, table in enumerate(getattr(self, group)):
                if not _TOPIC_PART.match(table):
                    found.append(SettingError(f"{group}[{i}]", f'"{table}" must be a lowercase table name'))
            twice = check_no_repeats(group, getattr(self, group))  # one topic, one route per table
            found += [twice] if twice else []
        both = sorted(set(self.mnpi_tables) & set(self.public_tables))
        if both:
            found.append(SettingError("public_tables", f"{', '.join(both)} also listed in mnpi_tables; a table has "
                                                       "one classification"))
        unknown = sorted(set(self.compacted_tables) - set(self.mnpi_tables) - set(self.public_tables))
        if unknown:
            found.append(SettingError("compacted_tables", f"{', '.join(unknown)} is not in mnpi_tables or public_tables"))
        return found


# What a plugin zip may bundle besides its connector. A worker loads classes only from its
# connector's plugin (MSK Connect has no shared classpath): a worker configuration naming a
# class the plugin lacks fails at start with ClassNotFoundException.
PluginExtra = Literal["msk-config-providers", "avro-converter"]
# The worker of each connector loads these (atlas.constructs.cdc_connectors.worker_properties).
DEBEZIUM_NEEDS: tuple[PluginExtra, ...] = ("msk-config-providers", "avro-converter")
S3_SINK_NEEDS: tuple[PluginExtra, ...] = ("avro-converter",)


@dataclass(frozen=True, kw_only=True)
class PluginSettings:
    """An MSK Connect plugin: an existing custom plugin (arn) or a zip in the plugin bucket (s3_key),
    and what the zip bundles besides the connector (``bundles``)."""

    arn: str | None = None
    s3_key: str | None = None
    revision: int = 1
    # The stock Debezium and Confluent S3 zips bundle neither: list only what your build adds.
    bundles: tuple[PluginExtra, ...] = ()

    def checks(self) -> Iterable[SettingError]:
        if (self.arn is None) == (self.s3_key is None):
            return [SettingError("", "set exactly one of arn (an existing custom plugin) or s3_key "
                                     "(a plugin zip in connectors.plugin_bucket_arn)")]
        found = []
        if self.arn is not None and not re.match(r"^arn:aws[a-z-]*:kafkaconnect:[a-z0-9-]+:\d{12}:custom-plugin/"
                                                 r"[^/\s]+/[0-9a-f-]+(-\d+)?$", self.arn):
            found.append(SettingError("arn", f'"{self.arn}" is not an MSK Connect custom plugin ARN '
                                             '("arn:aws:kafkaconnect:<region>:<account>:custom-plugin/<name>/<id>")'))
        if self.s3_key is not None:
            wrong = check_plugin_key("s3_key", self.s3_key)
            found += [wrong] if wrong else []
        if self.revision < 1:
            found.append(SettingError("revision", f"is {self.revision}; plugin revisions start at 1"))
        return found


@dataclass(frozen=True, kw_only=True)
class SinkSettings:
    """How one S3 sink batches and partitions its objects (Hive-style time partitions)."""

    partition: Literal["hourly", "daily"] = "hourly"
    # Objects are rolled after this many records or this long, whichever comes first.
    flush_size: int = 1000
    rotate_interval_ms: int = 600000

    def checks(self) -> Iterable[SettingError]:
        found = []
        if not 1 <= self.flush_size <= 1_000_000:
            found.append(SettingError("flush_size", f"is {self.flush_size}; must be 1-1000000 records per object"))
        if not 60000 <= self.rotate_interval_ms <= 86400000:
            found.append(SettingError("rotate_interval_ms", "must be 60000 (a minute) to 86400000 (a day)"))
        return found


def _public_sink() -> SinkSettings:
    # Public reference and market data is read by day and in bulk: daily partitions, bigger objects.
    return SinkSettings(partition="daily", flush_size=10000, rotate_interval_ms=3600000)


@dataclass(frozen=True, kw_only=True)
class ConnectorSettings:
    plugin_bucket_arn: str = setting(doc="ARN of the S3 bucket holding connector plugin zips")
    debezium_plugin: PluginSettings = setting(doc="{ arn } or { s3_key } of the Debezium PostgreSQL plugin")
    s3_sink_plugin: PluginSettings = setting(doc="{ arn } or { s3_key } of the S3 sink plugin")
    connect_version: str = "3.7.x"
    mcu_count: int = 1
    min_workers: int = 1
    max_workers: int = 2
    # Each sink's batching and partitioning (MNPI: hourly, small objects; public: daily, larger).
    mnpi_sink: SinkSettings = field(default_factory=SinkSettings)
    public_sink: SinkSettings = field(default_factory=_public_sink)

    renamed: ClassVar[dict[str, str]] = {
        "log_retention_days": "log_retention_days (top level: one retention for every log group of the platform)",
        "flush_size": "mnpi_sink.flush_size / public_sink.flush_size (each sink has its own)",
        "rotate_interval_ms": "mnpi_sink.rotate_interval_ms / public_sink.rotate_interval_ms (each sink has its own)"}

    def checks(self) -> Iterable[SettingError]:
        found = []
        if not self.plugin_bucket_arn.startswith("arn:aws:s3:::"):
            found.append(SettingError("plugin_bucket_arn", f'"{self.plugin_bucket_arn}" is not an S3 bucket ARN '
                                                           '("arn:aws:s3:::<bucket>")'))
        for key, plugin, needs, why in (
                ("debezium_plugin", self.debezium_plugin, DEBEZIUM_NEEDS,
                 "its worker resolves the database credentials with the MSK config providers and writes Avro"),
                ("s3_sink_plugin", self.s3_sink_plugin, S3_SINK_NEEDS, "its worker reads the Avro change events")):
            missing = [n for n in needs if n not in plugin.bundles]
            if missing:
                found.append(SettingError(f"{key}.bundles", f"lacks {', '.join(missing)}: {why}; build the plugin "
                                                            "zip with them and list them here"))
        found += check_workers(self.mcu_count, self.min_workers, self.max_workers)
        return [p for p in found if p]


@dataclass(frozen=True, kw_only=True)
class ServicesSettings:
    """The operator services on Fargate; their ports are fixed by their images."""

    renamed: ClassVar[dict[str, str]] = {
        "acm_certificate_arn": "certificate_arn (top level)",
        "log_retention_days": "log_retention_days (top level: one retention for every log group of the platform)",
        "alb_deletion_protection": "environment_class (the staging and production classes turn it on)",
    }

    schema_registry: FargateServiceSettings = setting(doc="{ image, cpu, memory, desired_count }")
    cruise_control: FargateServiceSettings = setting(doc="{ image, cpu, memory, desired_count }")
    prometheus: FargateServiceSettings = setting(doc="{ image, cpu, memory, desired_count }")
    alertmanager: FargateServiceSettings = setting(doc="{ image, cpu, memory, desired_count }")


# An IAM role ARN, "*" and "?" allowed in the name (ArnLike): account, then path/name.
_ROLE_ARN = re.compile(r"^arn:aws:iam::(\d{12}):role/([A-Za-z0-9+=,.@_/*?-]+)$")


@dataclass(frozen=True, kw_only=True)
class CdcUserSettings:
    """Debezium's own database login. The master user's password is RDS-managed and rotates
    every 7 days, and Debezium reads its credentials only when a task starts: with the
    master login, the first reconnect after a rotation fails until the connector restarts.
    So the data-plane root generates this user's password into a secret of its own (nothing
    rotates it) and a one-off task (``setup_image``'s psql, as the master user) creates the
    user, its grants and the publication between the rollout step and the connector."""

    username: str = "kraken_cdc"
    # A PostgreSQL client image (psql, libpq); the ECR Public copy of the Docker official
    # image pulls through the NAT gateway without Docker Hub's rate limits.
    setup_image: str = "public.ecr.aws/docker/library/postgres:16.4-alpine"

    def checks(self) -> Iterable[SettingError]:
        # Length, characters and reserved words: the naming table's postgres_user kind
        # (derived_names); here only the prefixes PostgreSQL and RDS keep for their own roles.
        found = []
        if self.username.startswith(("pg_", "rds")):
            found.append(SettingError("username", f'"{self.username}" starts with pg_ or rds, prefixes PostgreSQL '
                                      "and RDS keep for their own roles; choose another name"))
        image = check_image("setup_image", self.setup_image)
        found += [image] if image else []
        return found


# The first kafka-connect-s3 release with ``s3.send.digest``: confluentinc/kafka-connect-storage-cloud
# commit 1a49f366 ("Add config to enable sending message digest with s3 upload", #757,
# 2024-08-06) is in tag v10.5.15 (2024-08-27) and not in v10.5.14 (read with git tag --contains).
S3_SINK_DIGEST_SINCE = (10, 5, 15)
_S3_SINK_RELEASE = re.compile(r"kafka-connect-s3-(\d+)\.(\d+)\.(\d+)")


def s3_sink_release(plugin_key: str) -> tuple[int, int, int] | None:
    """The kafka-connect-s3 release a plugin archive's key names (Confluent Hub's
    ``confluentinc-kafka-connect-s3-<x.y.z>.zip``, kept in the builds' names), if any."""
    match = _S3_SINK_RELEASE.search(plugin_key)
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


@dataclass(frozen=True, kw_only=True)
class MnpiAccessSettings:
    """Who, besides the MNPI pipeline and the MNPI tiers, may touch MNPI data: the MNPI
    bucket policies deny, and the MNPI key's policy refuses, every other principal."""

    # The account's Kraken deploy role (bootstrap root, kraken-terraform-deploy).
    deploy_role_exempt: bool = True
    # Break-glass roles of the account, ARNs ("*" allowed, e.g. SSO's
    # "arn:aws:iam::<account>:role/aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_BreakGlass_*").
    break_glass_role_arns: tuple[str, ...] = ()

    def checks(self) -> Iterable[SettingError]:
        found = []
        for i, arn in enumerate(self.break_glass_role_arns):
            match = _ROLE_ARN.match(arn)
            name = match[2].rsplit("/", 1)[-1] if match else ""
            if not match:
                found.append(SettingError(f"break_glass_role_arns[{i}]", f'"{arn}" is not an IAM role ARN '
                                          '("arn:aws:iam::<account>:role/[<path>/]<name>", "*" allowed in the name)'))
            elif name[:1] in ("", "*", "?"):
                found.append(SettingError(f"break_glass_role_arns[{i}]", f'"{arn}": the role name must start with '
                                          "a literal character (a leading wildcard admits any role of the path)"))
        twice = check_no_repeats("break_glass_role_arns", self.break_glass_role_arns)
        found += [twice] if twice else []
        return found


LAYERS = ("raw", "curated", "analytics")
CLASSIFICATIONS = ("mnpi", "public")


@dataclass(frozen=True, kw_only=True)
class AccessTierSettings:
    """Who may query what: a tier sees its layers, MNPI only if allowed, behind MFA if MNPI."""

    mnpi: bool = setting(doc="whether the tier may read MNPI data")
    layers: tuple[Literal["raw", "curated", "analytics"], ...] = setting(doc='layers, e.g. ["analytics"]')
    mfa_required: bool = setting(doc="whether assuming the tier's role needs MFA")
    max_session_hours: int = 4
    # Create and change tables and partitions in the tier's databases.
    manage_tables: bool = False
    # Athena cancels a query of the tier scanning more than this (GB).
    scan_limit_gb: int = 10

    def checks(self) -> Iterable[SettingError]:
        found = []
        if self.mnpi and not self.mfa_required:
            found.append(SettingError("mfa_required", "must be true for a tier that reads MNPI data"))
        if not self.layers:
            found.append(SettingError("layers", "lists no layer; give at least one"))
        twice = check_no_repeats("layers", self.layers)
        found += [twice] if twice else []
        if not 1 <= self.max_session_hours <= 12:
            found.append(SettingError("max_session_hours", "must be 1-12 (the IAM role session limit)"))
        if not 1 <= self.scan_limit_gb <= 1024 * 1024:
            found.append(SettingError("scan_limit_gb", "must be 1 GB to 1 PB (Athena's per-query cutoff)"))
        return found


def _document_tiers() -> dict[str, AccessTierSettings]:
    """The access tiers of the Kraken document."""
    return {
        "finance-analysts": AccessTierSettings(mnpi=True, layers=("analytics",), mfa_required=True),
        "data-analysts": AccessTierSettings(mnpi=False, layers=("analytics",), mfa_required=False),
        "data-engineers": AccessTierSettings(mnpi=True, layers=LAYERS, mfa_required=True, manage_tables=True,
                                             scan_limit_gb=100),
    }


@dataclass(frozen=True, kw_only=True)
class KrakenSettings(PlatformSettings):
    renamed: ClassVar[dict[str, str]] = {"pagerduty": "alerts = { pagerduty = ... }"}

    # Exactly one of these: a VPC the infra root builds, or one that already exists.
    network: NetworkSettings | None = None
    existing_network: ExistingNetworkSettings | None = None
    lake: LakeSettings = field(default_factory=LakeSettings)
    database: DatabaseSettings = setting(doc="{ database_name, master_username, instance_class, ... } of the CDC source")
    cdc_user: CdcUserSettings = field(default_factory=CdcUserSettings)
    msk: KrakenMskSettings = field(default_factory=KrakenMskSettings)
    topics: TopicSettings = field(default_factory=TopicSettings)
    connectors: ConnectorSettings = setting(doc="{ plugin_bucket_arn, debezium_plugin, s3_sink_plugin }")
    services: ServicesSettings = setting(doc="{ schema_registry, cruise_control, prometheus, alertmanager }")
    # ACM certificate of the internal HTTPS load balancer in front of the operator services.
    certificate_arn: str = setting(doc="ACM certificate ARN for the internal HTTPS load balancer")
    access_tiers: dict[str, AccessTierSettings] = field(default_factory=_document_tiers)
    # Account allowed to assume the tier roles (the identity account); defaults to account_id.
    tier_trusted_account_id: str | None = None
    route53_private_zone_id: str | None = None
    private_domain: str | None = None
    # Alertmanager pages PagerDuty when given (Prometheus' alerts); the CloudWatch alarms of
    # the infra root (the CDC database's replication slot) go to its SNS topic, which emails
    # alerts.email when given (else subscribe the topic outside Terraform).
    alerts: AlertsSettings = field(default_factory=AlertsSettings)
    # Where the kafka root's runner (Spacelift private worker pool) reaches the brokers from,
    # and which role it is; absent, no runner path is opened and the kafka root cannot apply.
    terraform_runner: TerraformRunnerSettings | None = None
    # Exemptions from the MNPI separation (bucket and key policies; atlas.stacks.kraken.names.mnpi_principals).
    mnpi_access: MnpiAccessSettings = field(default_factory=MnpiAccessSettings)

    def checks(self) -> Iterable[SettingError]:
        found = list(super().checks())
        if (self.network is None) == (self.existing_network is None):
            found.append(SettingError("network", "set exactly one of network (a VPC this root creates) or "
                                                 "existing_network (vpc_id and private_subnet_ids of a VPC that exists)"))
        if self.network is not None:
            zone = self.network.check_zones_in(self.region, "network.availability_zones")
            found += [zone] if zone else []
        subnets = (len(self.network.availability_zones) if self.network
                   else len(self.existing_network.private_subnet_ids) if self.existing_network else 0)
        spread = self.msk.check_spread(subnets) if subnets else None
        found += [spread] if spread else []
        if self.msk.number_of_broker_nodes >= 1 and self.topics.replication_factor > self.msk.number_of_broker_nodes:
            found.append(SettingError("topics.replication_factor", f"is {self.topics.replication_factor} but the cluster "
                                                                   f"has {self.msk.number_of_broker_nodes} brokers; "
                                                                   "lower it or raise msk.number_of_broker_nodes"))
        certificate = self.check_certificate("certificate_arn", self.certificate_arn)
        found += [certificate] if certificate else []
        if self.database.master_password_mode != "managed":
            found.append(SettingError("database.master_password_mode", 'must be "managed": the data-plane root '
                                                                       "reads the RDS-managed master secret"))
        found += [SettingError(f"database.{e.key}", e.message)
                  for e in self.database.check_class(self.rules, self.environment_class)]
        if self.cdc_user.username == self.database.master_username:
            found.append(SettingError("cdc_user.username", f'is the master user "{self.database.master_username}", '
                                      "whose RDS-managed password rotates under Debezium; choose a name of its own"))
        if self.services.alertmanager.desired_count != 1:
            found.append(SettingError("services.alertmanager.desired_count", "must be 1: the replicas are not "
                                      "clustered (no --cluster.peer), so a silence would hold on one replica only "
                                      "and both would overwrite the one state directory on EFS; the state "
                                      "survives a replaced task, so one replica loses no silence"))
        if (self.route53_private_zone_id is None) != (self.private_domain is None):
            found.append(SettingError("route53_private_zone_id", "set both route53_private_zone_id and private_domain "
                                                                 "(the zone's name), or neither"))
        if self.private_domain is not None:
            domain = check_domain("private_domain", self.private_domain)
            found += [domain] if domain else []
        found += self._check_partitions()
        found += self._check_sink_release()
        if self.route53_private_zone_id is not None and not _ZONE.match(self.route53_private_zone_id):
            found.append(SettingError("route53_private_zone_id", f'"{self.route53_private_zone_id}" is not a hosted zone id'))
        if self.tier_trusted_account_id is not None and not re.match(r"^\d{12}$", self.tier_trusted_account_id):
            found.append(SettingError("tier_trusted_account_id", "must be a 12-digit AWS account id (a string)"))
        for name in self.access_tiers:
            if not re.match(r"^[a-z][a-z0-9-]{1,30}$", name):
                found.append(SettingError(f"access_tiers.{name}", "tier names are lowercase words joined by hyphens"))
        found += self._check_break_glass()
        return found

    def _check_break_glass(self) -> list[SettingError]:
        """A break-glass pattern is in this account and admits none of the environment's own
        roles that must not touch MNPI (a public tier, the public sink, Debezium...)."""
        import fnmatch

        from atlas.stacks.kraken.names import KrakenNames

        names = KrakenNames(self.name_prefix)
        public = [names.kafka_admin_role, names.debezium_role, names.sink_role("public"), names.crawler_role("public")]
        public += [names.tier_role(t) for t, tier in sorted(self.access_tiers.items()) if not tier.mnpi]
        found = []
        for i, arn in enumerate(self.mnpi_access.break_glass_role_arns):
            match = _ROLE_ARN.match(arn)
            if not match:
                continue  # MnpiAccessSettings.checks reports it
            key = f"mnpi_access.break_glass_role_arns[{i}]"
            if match[1] != self.account_id:
                found.append(SettingError(key, f'"{arn}" is in account {match[1]}, not {self.account_id}; the MNPI '
                                               "key admits this account's roles only"))
                continue
            admitted = [n for n in public if fnmatch.fnmatchcase(f"arn:aws:iam::{self.account_id}:role/{n}", arn)]
            if admitted:
                found.append(SettingError(key, f'"{arn}" also matches {", ".join(admitted)}, which must not read '
                                               "MNPI; name the break-glass role more narrowly"))
        return found

    def versions(self) -> Iterable[tuple[str, str, VersionList]]:
        yield "msk.kafka_version", self.msk.kafka_version, KAFKA_VERSIONS
        if self.database.engine_version.isdigit():  # other shapes: the database's own check
            yield "database.engine_version", self.database.engine_version, POSTGRES_VERSIONS
        yield "connectors.connect_version", self.connectors.connect_version, CONNECT_VERSIONS

    def _check_sink_release(self) -> list[SettingError]:
        """Into the object-locked MNPI bucket the sink must send a digest with every part
        (S3 refuses the upload otherwise), which kafka-connect-s3 does from 10.5.15 on."""
        key = self.connectors.s3_sink_plugin.s3_key
        release = s3_sink_release(key) if key else None
        if not self.lake.mnpi_object_lock or release is None or release >= S3_SINK_DIGEST_SINCE:
            return []
        since = ".".join(map(str, S3_SINK_DIGEST_SINCE))
        return [SettingError("connectors.s3_sink_plugin.s3_key", f'names kafka-connect-s3 {".".join(map(str, release))}, '
                             "but the MNPI bucket has object lock (lake.mnpi_object_lock), which refuses every "
                             "upload without a Content-MD5 or checksum header; the sink sends one (s3.send.digest) "
                             f"from release {since} on: build the plugin from {since} or later")]

    def _check_partitions(self) -> list[SettingError]:
        """Every topic's partitions with their replicas must fit the brokers: MSK's most per
        broker, replicas included (above it MSK blocks configuration, version and broker-type
        updates of the cluster)."""
        t, msk = self.topics, self.msk
        match = re.match(r"^kafka\.(t3|m5|m7g)\.(\w+)$", msk.broker_instance_type)
        if not match or msk.number_of_broker_nodes < 1 or t.partitions < 1 or t.replication_factor < 1:
            return []  # reported by their own checks
        family, size = match.groups()
        per_broker = 300 if family == "t3" else 1000 if size in ("large", "xlarge") else 2000 if size == "2xlarge" \
            else 4000
        topics = len(t.mnpi_tables) + len(t.public_tables) + 2  # and a dead-letter topic per classification
        replicas = (topics * t.partitions + 1) * t.replication_factor  # (+ the one-partition schema history)
        most = per_broker * msk.number_of_broker_nodes
        if replicas > most:
            return [SettingError("topics.partitions", f"is {t.partitions}: {topics} topics of {t.partitions} partitions "
                                                      f"with {t.replication_factor} replicas are {replicas} partition "
                                                      f"replicas, more than the {most} that {msk.number_of_broker_nodes} "
                                                      f"{msk.broker_instance_type} brokers hold ({per_broker} each, "
                                                      "MSK's limit); lower it or add brokers")]
        return []

    @property
    def trusted_account_id(self) -> str:
        return self.tier_trusted_account_id or self.account_id
