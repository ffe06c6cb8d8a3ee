"""Settings every platform shares: where the state lives, the AWS target, the network.

Each platform's settings class embeds these, so a key means the same thing in every
environment file of every platform.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Iterable

from atlas.config.errors import SettingError
from atlas.config.schema import setting

# CloudWatch Logs accepts only these retention periods; anything else fails at apply time.
LOG_RETENTION_DAYS = (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096,
                      1827, 2192, 2557, 2922, 3288, 3653)

_REGION = re.compile(r"^[a-z]{2}(-gov)?-[a-z]+-\d$")
_ACCOUNT = re.compile(r"^\d{12}$")
# S3 bucket names: 3-63 chars, lowercase letters, digits, dots and hyphens.
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")


def check_retention(key: str, days: int) -> SettingError | None:
    if days not in LOG_RETENTION_DAYS:
        allowed = min(LOG_RETENTION_DAYS, key=lambda d: (abs(d - days), d))
        return SettingError(key, f"{days} is not a CloudWatch Logs retention period; use one of "
                                 f"{', '.join(map(str, LOG_RETENTION_DAYS))} (nearest: {allowed})")
    return None


def check_region(key: str, region: str) -> SettingError | None:
    if not _REGION.match(region):
        return SettingError(key, f'"{region}" is not an AWS region name such as "eu-west-1"')
    return None


@dataclass(frozen=True, kw_only=True)
class StateSettings:
    """Where this platform's Terraform state lives (the S3 backend)."""

    bucket: str = setting(doc="the S3 bucket holding Terraform state")
    region: str = setting(doc="the region of the state bucket")

    def checks(self) -> Iterable[SettingError]:
        found = [check_region("region", self.region)]
        if not _BUCKET.match(self.bucket) or ".." in self.bucket:
            found.append(SettingError("bucket", f'"{self.bucket}" is not a valid S3 bucket name '
                                                "(3-63 lowercase letters, digits, dots, hyphens)"))
        return [p for p in found if p]


@dataclass(frozen=True, kw_only=True)
class NetworkSettings:
    """A VPC with one public and one private subnet per availability zone."""

    cidr: str = setting(doc='the VPC CIDR, e.g. "10.20.0.0/16"')
    availability_zones: tuple[str, ...] = setting(doc="2 or 3 zone names of the region")
    public_subnet_cidrs: tuple[str, ...] = setting(doc="one CIDR per availability zone")
    private_subnet_cidrs: tuple[str, ...] = setting(doc="one CIDR per availability zone")
    # One NAT gateway per AZ keeps private subnets online when a zone fails; a single NAT
    # gateway saves roughly two thirds of the NAT bill, which is right for dev only.
    single_nat_gateway: bool = False
    flow_log_retention_days: int = 90

    # Platforms that need three zones (MSK with three brokers) raise this in their own checks.
    min_azs = 2
    max_azs = 3

    def checks(self) -> Iterable[SettingError]:
        found: list[SettingError | None] = [check_retention("flow_log_retention_days",
                                                            self.flow_log_retention_days)]
        try:
            vpc = ipaddress.ip_network(self.cidr, strict=True)
        except ValueError as err:
            return [SettingError("cidr", f'"{self.cidr}" is not a valid network CIDR ({err})')]
        if vpc.version != 4 or not 16 <= vpc.prefixlen <= 28:
            found.append(SettingError("cidr", f'"{self.cidr}" must be an IPv4 block between /16 and /28'))
        azs = self.availability_zones
        if not self.min_azs <= len(azs) <= self.max_azs:
            found.append(SettingError("availability_zones",
                                      f"lists {len(azs)} zone(s); {self.min_azs} to {self.max_azs} are required"))
        if len(set(azs)) != len(azs):
            found.append(SettingError("availability_zones", "lists the same zone twice"))
        subnets: list[tuple[str, ipaddress.IPv4Network | ipaddress.IPv6Network]] = []
        for group in ("public_subnet_cidrs", "private_subnet_cidrs"):
            cidrs = getattr(self, group)
            if len(cidrs) != len(azs):
                found.append(SettingError(group, f"has {len(cidrs)} CIDR(s) for {len(azs)} availability "
                                                 "zone(s); give exactly one per zone"))
            for i, text in enumerate(cidrs):
                key = f"{group}[{i}]"
                try:
                    net = ipaddress.ip_network(text, strict=True)
                except ValueError as err:
                    found.append(SettingError(key, f'"{text}" is not a valid network CIDR ({err})'))
                    continue
                if net.version != vpc.version or not net.subnet_of(vpc):
                    found.append(SettingError(key, f'"{text}" is outside the VPC CIDR "{self.cidr}"'))
                    continue
                for other_key, other in subnets:
                    if net.overlaps(other):
                        found.append(SettingError(key, f'"{text}" overlaps {other_key} "{other}"; '
                                                       "subnets must not share addresses"))
                subnets.append((key, net))
        return [p for p in found if p]

    def check_zones_in(self, region: str, key: str = "availability_zones") -> SettingError | None:
        """Zones belong to the root's region; a zone of another region fails only at apply."""
        if not _REGION.match(region):
            return None  # the region itself is reported; zones cannot be judged against it
        wrong = [az for az in self.availability_zones if not (az.startswith(region) and len(az) == len(region) + 1)]
        if wrong:
            return SettingError(key, f"{', '.join(wrong)} not in region {region}; use zones like \"{region}a\"")
        return None


_TAG_KEY = re.compile(r"^[\w .:/=+\-@]{1,128}$")


@dataclass(frozen=True, kw_only=True)
class PlatformSettings:
    """The keys every environment file of every platform has.

    The platform and environment names are not settings: they come from the file's place,
    ``environments/<platform>/<env>.tfvars``, so a copied file cannot claim to be another
    environment.
    """

    region: str = setting(doc='the AWS region, e.g. "eu-west-1"')
    account_id: str = setting(doc="the 12-digit AWS account id the root may touch")
    state: StateSettings = setting(doc="{ bucket, region } of the Terraform state bucket")
    tags: dict[str, str] = setting(factory=dict, doc="tags added to every taggable resource")

    def checks(self) -> Iterable[SettingError]:
        found = [check_region("region", self.region)]
        if not _ACCOUNT.match(self.account_id):
            found.append(SettingError("account_id", f'"{self.account_id}" must be a 12-digit AWS account id (a string)'))
        for key in self.tags:
            if not _TAG_KEY.match(key) or key.lower().startswith("aws:"):
                found.append(SettingError(f"tags.{key}", "is not a valid tag key (1-128 characters, no aws: prefix)"))
        return [p for p in found if p]


# -- instance types ------------------------------------------------------------------------
# A mistyped instance type passes `terraform plan` and fails only at apply, often after other
# resources were created, so the settings refuse anything outside these lists. The lists are
# the current-generation types the platforms are sized for; add a type here (with a test)
# when an environment needs it.

# MSK broker types (provisioned clusters).
MSK_BROKER_TYPES = ("kafka.t3.small",) + tuple(
    f"kafka.{family}.{size}" for family, sizes in (
        ("m5", ("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge")),
        ("m7g", ("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge")))
    for size in sizes)

# Kafka versions MSK accepts for new provisioned clusters; 2.x is end of support.
SUPPORTED_KAFKA_VERSIONS = ("3.5.1", "3.6.0", "3.7.x", "3.7.x.kraft", "3.8.x", "3.9.x")

_BURSTABLE_SIZES = ("micro", "small", "medium", "large", "xlarge", "2xlarge")
_INTEL_SIZES = ("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge")
_GRAVITON_SIZES = _INTEL_SIZES[:-1]  # Graviton families stop at 16xlarge
# RDS for PostgreSQL instance families: burstable (t) and general purpose / memory optimized.
RDS_FAMILIES = {"t3": _BURSTABLE_SIZES, "t4g": _BURSTABLE_SIZES, "m5": _INTEL_SIZES, "m6g": _GRAVITON_SIZES,
                "m6i": _INTEL_SIZES, "m7g": _GRAVITON_SIZES, "m7i": _INTEL_SIZES, "r5": _INTEL_SIZES,
                "r6g": _GRAVITON_SIZES, "r6i": _INTEL_SIZES, "r7g": _GRAVITON_SIZES, "r7i": _INTEL_SIZES}
# ElastiCache (Valkey / Redis OSS) node families.
CACHE_FAMILIES = {"t3": ("micro", "small", "medium"), "t4g": ("micro", "small", "medium"),
                  "m5": _INTEL_SIZES, "m6g": _GRAVITON_SIZES, "m7g": _GRAVITON_SIZES,
                  "r5": _INTEL_SIZES, "r6g": _GRAVITON_SIZES, "r7g": _GRAVITON_SIZES}

# Fargate task sizes: memory (MiB) allowed for each cpu (units), a fixed table of AWS's.
FARGATE_MEMORY = {
    256: (512, 1024, 2048),
    512: tuple(range(1024, 4096 + 1, 1024)),
    1024: tuple(range(2048, 8192 + 1, 1024)),
    2048: tuple(range(4096, 16384 + 1, 1024)),
    4096: tuple(range(8192, 30720 + 1, 1024)),
    8192: tuple(range(16384, 61440 + 1, 4096)),
    16384: tuple(range(32768, 122880 + 1, 8192)),
}


def _family_check(key: str, value: str, prefix: str, families: dict[str, tuple[str, ...]], what: str,
                  example: str) -> SettingError | None:
    parts = value.split(".")
    if len(parts) == 3 and parts[0] == prefix and parts[2] in families.get(parts[1], ()):
        return None
    if len(parts) == 3 and parts[0] == prefix and parts[1] in families:
        return SettingError(key, f'"{value}" is not {what}; the {prefix}.{parts[1]} sizes are '
                                 + ", ".join(families[parts[1]]))
    return SettingError(key, f'"{value}" is not {what}; use "{prefix}.<family>.<size>" (e.g. "{example}") with '
                             f"family one of {', '.join(families)}")


def check_rds_instance_class(key: str, value: str) -> SettingError | None:
    return _family_check(key, value, "db", RDS_FAMILIES, "an RDS instance class", "db.t4g.small")


def check_cache_node_type(key: str, value: str) -> SettingError | None:
    return _family_check(key, value, "cache", CACHE_FAMILIES, "an ElastiCache node type", "cache.t4g.micro")


def check_msk_broker_type(key: str, value: str) -> SettingError | None:
    if value in MSK_BROKER_TYPES:
        return None
    return SettingError(key, f'"{value}" is not an MSK broker type; use kafka.t3.small, kafka.m5.<size> '
                             "(large, xlarge, 2xlarge, 4xlarge, 8xlarge, 12xlarge, 16xlarge, 24xlarge) or "
                             "kafka.m7g.<size> (large to 16xlarge)")


def check_kafka_version(key: str, value: str) -> SettingError | None:
    if value in SUPPORTED_KAFKA_VERSIONS:
        return None
    return SettingError(key, f'"{value}" is not a Kafka version MSK accepts for new clusters; use one of '
                             + ", ".join(SUPPORTED_KAFKA_VERSIONS))


def check_fargate_size(cpu: int, memory: int, prefix: str = "") -> SettingError | None:
    """One problem for an invalid Fargate cpu/memory pair, keyed at ``<prefix>cpu`` or ``<prefix>memory``."""
    allowed = FARGATE_MEMORY.get(cpu)
    if allowed is None:
        return SettingError(f"{prefix}cpu", f"{cpu} is not a Fargate CPU size; use one of "
                                            + ", ".join(map(str, FARGATE_MEMORY)))
    if memory not in allowed:
        steps = f"{allowed[0]} to {allowed[-1]} in steps of {allowed[1] - allowed[0]}" if len(allowed) > 3 else \
            ", ".join(map(str, allowed))
        return SettingError(f"{prefix}memory", f"{memory} MiB does not fit cpu = {cpu} on Fargate; "
                                               f"use {steps}")
    return None


def check_container(image: str, cpu: int, memory: int, desired_count: int) -> list[SettingError]:
    """What every Fargate service setting must satisfy, whatever the platform.

    An unpinned image makes a re-apply deploy whatever was pushed last, so a tag (not
    ``latest``) or a digest is required.
    """
    found = []
    if ":" not in image.rsplit("/", 1)[-1] and "@sha256:" not in image:
        found.append(SettingError("image", f'"{image}" has no tag; pin one (e.g. ":1.2.3")'))
    if image.endswith(":latest"):
        found.append(SettingError("image", '":latest" is not a pinned tag; use a version'))
    size = check_fargate_size(cpu, memory)
    found += [size] if size else []
    if desired_count < 0:
        found.append(SettingError("desired_count", "must be 0 or more"))
    return found
