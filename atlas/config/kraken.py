"""Settings of one Kraken environment (environments/kraken/<env>.tfvars).

One file feeds the three Kraken roots (infra, kafka, data-plane); each root reads only the
parts it needs, and values one root creates reach the next through remote state, never
through this file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Literal

from atlas.config.common import (NetworkSettings, PlatformSettings, check_container,
                                 check_kafka_version, check_msk_broker_type, check_rds_instance_class,
                                 check_retention)
from atlas.config.errors import SettingError
from atlas.config.schema import setting

_PREFIX = re.compile(r"^[a-z][a-z0-9-]{1,20}[a-z0-9]$")
_VPC = re.compile(r"^vpc-[0-9a-f]{8,17}$")
_SUBNET = re.compile(r"^subnet-[0-9a-f]{8,17}$")
_ZONE = re.compile(r"^Z[0-9A-Z]{5,31}$")
_TOPIC_PART = re.compile(r"^[a-z][a-z0-9_]*$")

# MSK rejects provisioned storage throughput on brokers smaller than these sizes.
_THROUGHPUT_MIN_SIZE = {"m5": 4 * 1024, "m7g": 2 * 1024}  # in "xlarge" units of 1/1024
_SIZES = {"large": 512, "xlarge": 1024, "2xlarge": 2048, "4xlarge": 4096, "8xlarge": 8192,
          "12xlarge": 12288, "16xlarge": 16384, "24xlarge": 24576}


@dataclass(frozen=True, kw_only=True)
class ExistingNetworkSettings:
    """A VPC this platform does not own (shared networking); Kraken only places resources in it."""

    vpc_id: str = setting(doc='the id of the existing VPC, e.g. "vpc-0a1b2c3d4e5f60718"')
    vpc_cidr: str = setting(doc="the VPC's CIDR (for documentation and the ALB's clients)")
    private_subnet_ids: tuple[str, ...] = setting(doc="2 or 3 private subnet ids, one per availability zone")

    def checks(self) -> Iterable[SettingError]:
        found = []
        if not _VPC.match(self.vpc_id):
            found.append(SettingError("vpc_id", f'"{self.vpc_id}" is not a VPC id like "vpc-0a1b2c3d"'))
        for i, subnet in enumerate(self.private_subnet_ids):
            if not _SUBNET.match(subnet):
                found.append(SettingError(f"private_subnet_ids[{i}]", f'"{subnet}" is not a subnet id like "subnet-0a1b2c3d"'))
        if not 2 <= len(self.private_subnet_ids) <= 3:
            found.append(SettingError("private_subnet_ids", f"lists {len(self.private_subnet_ids)} subnet(s); "
                                                            "give 2 or 3, one per availability zone"))
        if len(set(self.private_subnet_ids)) != len(self.private_subnet_ids):
            found.append(SettingError("private_subnet_ids", "lists the same subnet twice"))
        return found


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

    def checks(self) -> Iterable[SettingError]:
        found = []
        for key in ("object_lock_days", "noncurrent_version_days", "access_log_retention_days",
                    "audit_log_retention_days", "athena_results_retention_days"):
            if getattr(self, key) < 1:
                found.append(SettingError(key, "must be at least 1 day"))
        return found


@dataclass(frozen=True, kw_only=True)
class DatabaseSettings:
    """The PostgreSQL source database Debezium reads through logical replication."""

    engine_version: str = "16.4"
    instance_class: str = "db.t4g.medium"
    allocated_storage_gb: int = 50
    max_allocated_storage_gb: int = 200
    multi_az: bool = True
    database_name: str = "kraken"
    master_username: str = "kraken_admin"
    backup_retention_days: int = 7
    deletion_protection: bool = True

    def checks(self) -> Iterable[SettingError]:
        found = []
        major = self.engine_version.split(".")[0]
        if not major.isdigit() or int(major) < 13:
            found.append(SettingError("engine_version", f'"{self.engine_version}" is not a supported PostgreSQL '
                                                        'version; use 13 or later, e.g. "16.4"'))
        instance = check_rds_instance_class("instance_class", self.instance_class)
        found += [instance] if instance else []
        if self.max_allocated_storage_gb < self.allocated_storage_gb:
            found.append(SettingError("max_allocated_storage_gb", "must be at least allocated_storage_gb"))
        if not 1 <= self.backup_retention_days <= 35:
            found.append(SettingError("backup_retention_days", "must be 1-35 (logical replication needs backups on)"))
        return found


@dataclass(frozen=True, kw_only=True)
class MskSettings:
    kafka_version: str = "3.6.0"
    broker_instance_type: str = "kafka.m5.large"
    number_of_broker_nodes: int = 3
    ebs_volume_gb: int = 100
    # MiB/s per broker; only brokers of kafka.m5.4xlarge (m7g.2xlarge) or larger accept it.
    provisioned_throughput_mibps: int | None = None
    enhanced_monitoring: Literal["DEFAULT", "PER_BROKER", "PER_TOPIC_PER_BROKER",
                                 "PER_TOPIC_PER_PARTITION"] = "PER_BROKER"
    log_retention_days: int = 30
    # MSK refuses SCRAM secrets without a password, and passwords are set by operators, not
    # Terraform: a new environment applies with this off, sets the passwords, then turns it on.
    associate_scram_secrets: bool = False

    def checks(self) -> Iterable[SettingError]:
        found = [check_retention("log_retention_days", self.log_retention_days)]
        found.append(check_kafka_version("kafka_version", self.kafka_version))
        broker_type = check_msk_broker_type("broker_instance_type", self.broker_instance_type)
        found.append(broker_type)
        match = None if broker_type else re.match(r"^kafka\.(m5|m7g|t3)\.(\w+)$", self.broker_instance_type)
        if not 1 <= self.ebs_volume_gb <= 16384:
            found.append(SettingError("ebs_volume_gb", "must be 1-16384 GiB"))
        if self.provisioned_throughput_mibps is not None and match:  # (an unknown type is reported above)
            family, size = match.group(1), match.group(2)
            minimum = _THROUGHPUT_MIN_SIZE.get(family)
            if minimum is None or _SIZES.get(size, 0) < minimum:
                found.append(SettingError("provisioned_throughput_mibps", "MSK accepts provisioned storage throughput "
                                          "only on kafka.m5.4xlarge / kafka.m7g.2xlarge brokers or larger; remove it "
                                          f'or raise broker_instance_type (now "{self.broker_instance_type}")'))
            elif not 250 <= self.provisioned_throughput_mibps <= 2375:
                found.append(SettingError("provisioned_throughput_mibps", "must be 250-2375 MiB/s"))
            if self.ebs_volume_gb < 10:
                found.append(SettingError("ebs_volume_gb", "must be at least 10 GiB with provisioned throughput"))
        return [p for p in found if p]


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
        for group in ("mnpi_tables", "public_tables", "compacted_tables"):
            for i, table in enumerate(getattr(self, group)):
                if not _TOPIC_PART.match(table):
                    found.append(SettingError(f"{group}[{i}]", f'"{table}" must be a lowercase table name'))
        both = sorted(set(self.mnpi_tables) & set(self.public_tables))
        if both:
            found.append(SettingError("public_tables", f"{', '.join(both)} also listed in mnpi_tables; a table has "
                                                       "one classification"))
        unknown = sorted(set(self.compacted_tables) - set(self.mnpi_tables) - set(self.public_tables))
        if unknown:
            found.append(SettingError("compacted_tables", f"{', '.join(unknown)} is not in mnpi_tables or public_tables"))
        return found


@dataclass(frozen=True, kw_only=True)
class PluginSettings:
    """An MSK Connect plugin: an existing custom plugin (arn) or a zip in the plugin bucket (s3_key)."""

    arn: str | None = None
    s3_key: str | None = None
    revision: int = 1

    def checks(self) -> Iterable[SettingError]:
        if (self.arn is None) == (self.s3_key is None):
            return [SettingError("", "set exactly one of arn (an existing custom plugin) or s3_key "
                                     "(a plugin zip in connectors.plugin_bucket_arn)")]
        if self.arn is not None and not self.arn.startswith("arn:aws:kafkaconnect:"):
            return [SettingError("arn", f'"{self.arn}" is not an MSK Connect custom plugin ARN')]
        return []


@dataclass(frozen=True, kw_only=True)
class ConnectorSettings:
    plugin_bucket_arn: str = setting(doc="ARN of the S3 bucket holding connector plugin zips")
    debezium_plugin: PluginSettings = setting(doc="{ arn } or { s3_key } of the Debezium PostgreSQL plugin")
    s3_sink_plugin: PluginSettings = setting(doc="{ arn } or { s3_key } of the S3 sink plugin")
    connect_version: str = "3.7.x"
    mcu_count: int = 1
    min_workers: int = 1
    max_workers: int = 2
    log_retention_days: int = 30
    # Objects are rolled after this many records or this long, whichever comes first.
    flush_size: int = 1000
    rotate_interval_ms: int = 600000

    def checks(self) -> Iterable[SettingError]:
        found = [check_retention("log_retention_days", self.log_retention_days)]
        if not self.plugin_bucket_arn.startswith("arn:aws:s3:::"):
            found.append(SettingError("plugin_bucket_arn", f'"{self.plugin_bucket_arn}" is not an S3 bucket ARN '
                                                           '("arn:aws:s3:::<bucket>")'))
        if self.mcu_count not in (1, 2, 4, 8):
            found.append(SettingError("mcu_count", "must be 1, 2, 4 or 8 (MSK Connect worker sizes)"))
        if not 1 <= self.min_workers <= self.max_workers <= 10:
            found.append(SettingError("max_workers", "needs 1 <= min_workers <= max_workers <= 10"))
        return [p for p in found if p]


@dataclass(frozen=True, kw_only=True)
class ServiceSettings:
    """One platform service on Fargate."""

    image: str = setting(doc="the container image, pinned by tag or digest")
    cpu: int = 512
    memory: int = 1024
    desired_count: int = 1

    def checks(self) -> Iterable[SettingError]:
        return check_container(self.image, self.cpu, self.memory, self.desired_count)


@dataclass(frozen=True, kw_only=True)
class ServicesSettings:
    schema_registry: ServiceSettings = setting(doc="{ image, cpu, memory, desired_count }")
    cruise_control: ServiceSettings = setting(doc="{ image, cpu, memory, desired_count }")
    prometheus: ServiceSettings = setting(doc="{ image, cpu, memory, desired_count }")
    alertmanager: ServiceSettings = setting(doc="{ image, cpu, memory, desired_count }")
    acm_certificate_arn: str = setting(doc="ACM certificate for the internal HTTPS load balancer")
    log_retention_days: int = 30
    # The internal ALB holds no data, but deleting it by accident takes every operator UI
    # down until the next apply: on in production.
    alb_deletion_protection: bool = False

    def checks(self) -> Iterable[SettingError]:
        found = [check_retention("log_retention_days", self.log_retention_days)]
        if not self.acm_certificate_arn.startswith("arn:aws:acm:"):
            found.append(SettingError("acm_certificate_arn", f'"{self.acm_certificate_arn}" is not an ACM certificate ARN'))
        return [p for p in found if p]


@dataclass(frozen=True, kw_only=True)
class PagerDutySettings:
    """Existing Secrets Manager secrets holding PagerDuty integration keys (never the keys)."""

    critical_secret_arn: str = setting(doc="ARN of the secret with the critical-severity integration key")
    warning_secret_arn: str | None = None

    def checks(self) -> Iterable[SettingError]:
        return [SettingError(key, f'"{value}" is not a Secrets Manager secret ARN')
                for key, value in (("critical_secret_arn", self.critical_secret_arn),
                                   ("warning_secret_arn", self.warning_secret_arn))
                if value is not None and not value.startswith("arn:aws:secretsmanager:")]


LAYERS = ("raw", "curated", "analytics")
CLASSIFICATIONS = ("mnpi", "public")


@dataclass(frozen=True, kw_only=True)
class AccessTierSettings:
    """Who may query what: a tier sees its layers, MNPI only if allowed, behind MFA if MNPI."""

    mnpi: bool = setting(doc="whether the tier may read MNPI data")
    layers: tuple[Literal["raw", "curated", "analytics"], ...] = setting(doc='layers, e.g. ["analytics"]')
    mfa_required: bool = setting(doc="whether assuming the tier's role needs MFA")
    max_session_hours: int = 4

    def checks(self) -> Iterable[SettingError]:
        found = []
        if self.mnpi and not self.mfa_required:
            found.append(SettingError("mfa_required", "must be true for a tier that reads MNPI data"))
        if not self.layers:
            found.append(SettingError("layers", "lists no layer; give at least one"))
        if not 1 <= self.max_session_hours <= 12:
            found.append(SettingError("max_session_hours", "must be 1-12 (the IAM role session limit)"))
        return found


def _document_tiers() -> dict[str, AccessTierSettings]:
    """The access tiers of the Kraken document."""
    return {
        "finance-analysts": AccessTierSettings(mnpi=True, layers=("analytics",), mfa_required=True),
        "data-analysts": AccessTierSettings(mnpi=False, layers=("analytics",), mfa_required=False),
        "data-engineers": AccessTierSettings(mnpi=True, layers=LAYERS, mfa_required=True),
    }


@dataclass(frozen=True, kw_only=True)
class KrakenSettings(PlatformSettings):
    name_prefix: str = setting(doc='prefix of every resource name, e.g. "kraken-dev"')
    # Exactly one of these: a VPC the infra root builds, or one that already exists.
    network: NetworkSettings | None = None
    existing_network: ExistingNetworkSettings | None = None
    lake: LakeSettings = field(default_factory=LakeSettings)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    msk: MskSettings = field(default_factory=MskSettings)
    topics: TopicSettings = field(default_factory=TopicSettings)
    connectors: ConnectorSettings = setting(doc="{ plugin_bucket_arn, debezium_plugin, s3_sink_plugin }")
    services: ServicesSettings = setting(doc="{ schema_registry, cruise_control, prometheus, alertmanager, acm_certificate_arn }")
    access_tiers: dict[str, AccessTierSettings] = field(default_factory=_document_tiers)
    # Account allowed to assume the tier roles (the identity account); defaults to account_id.
    tier_trusted_account_id: str | None = None
    route53_private_zone_id: str | None = None
    private_domain: str | None = None
    pagerduty: PagerDutySettings | None = None
    log_retention_days: int = 30

    def checks(self) -> Iterable[SettingError]:
        found = list(super().checks())
        retention = check_retention("log_retention_days", self.log_retention_days)
        found += [retention] if retention else []
        if not _PREFIX.match(self.name_prefix):
            found.append(SettingError("name_prefix", f'"{self.name_prefix}" must be 3-22 lowercase letters, '
                                                     "digits or hyphens, starting with a letter"))
        if (self.network is None) == (self.existing_network is None):
            found.append(SettingError("network", "set exactly one of network (a VPC this root creates) or "
                                                 "existing_network (vpc_id and private_subnet_ids of a VPC that exists)"))
        if self.network is not None:
            zone = self.network.check_zones_in(self.region, "network.availability_zones")
            found += [zone] if zone else []
        subnets = (len(self.network.availability_zones) if self.network
                   else len(self.existing_network.private_subnet_ids) if self.existing_network else 0)
        if subnets and self.msk.number_of_broker_nodes % subnets:
            found.append(SettingError("msk.number_of_broker_nodes", f"is {self.msk.number_of_broker_nodes}; MSK needs a "
                                                                    f"multiple of the {subnets} subnets"))
        if self.topics.replication_factor > self.msk.number_of_broker_nodes:
            found.append(SettingError("topics.replication_factor", f"is {self.topics.replication_factor} but the cluster "
                                                                   f"has {self.msk.number_of_broker_nodes} brokers; "
                                                                   "lower it or raise msk.number_of_broker_nodes"))
        if (self.route53_private_zone_id is None) != (self.private_domain is None):
            found.append(SettingError("route53_private_zone_id", "set both route53_private_zone_id and private_domain "
                                                                 "(the zone's name), or neither"))
        if self.route53_private_zone_id is not None and not _ZONE.match(self.route53_private_zone_id):
            found.append(SettingError("route53_private_zone_id", f'"{self.route53_private_zone_id}" is not a hosted zone id'))
        if self.tier_trusted_account_id is not None and not re.match(r"^\d{12}$", self.tier_trusted_account_id):
            found.append(SettingError("tier_trusted_account_id", "must be a 12-digit AWS account id (a string)"))
        for name in self.access_tiers:
            if not re.match(r"^[a-z][a-z0-9-]{1,30}$", name):
                found.append(SettingError(f"access_tiers.{name}", "tier names are lowercase words joined by hyphens"))
        return found

    @property
    def trusted_account_id(self) -> str:
        return self.tier_trusted_account_id or self.account_id
