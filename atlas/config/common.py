"""The one settings vocabulary every platform shares.

Each platform's settings class embeds these, so a key means the same thing in every
environment file of every platform: where the state lives, the AWS target, the
environment class, the network (new or existing), MSK, databases, Fargate services,
logging, alerts, the budget and tags. Settings are named like the construct props they
feed (``msk.number_of_broker_nodes`` -> ``KafkaClusterProps.number_of_broker_nodes``).

One switch idiom: an optional feature is an object that is either given (on) or ``null``
(off); a plain ``bool`` is used only for a switch with no settings of its own.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import ClassVar, Iterable, Literal, Sequence

from atlas.config.errors import SettingError
from atlas.config.schema import setting
from atlas.naming import KINDS, POSTGRES_RESERVED

# CloudWatch Logs accepts only these retention periods; anything else fails at apply time.
LOG_RETENTION_DAYS = (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096,
                      1827, 2192, 2557, 2922, 3288, 3653)

_REGION = re.compile(r"^[a-z]{2}(-gov)?-[a-z]+-\d$")
_ACCOUNT = re.compile(r"^\d{12}$")
# S3 bucket names: 3-63 chars, lowercase letters, digits, dots and hyphens.
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_DYNAMODB_TABLE = re.compile(r"^[A-Za-z0-9_.-]{3,255}$")


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


EnvironmentClass = Literal["development", "staging", "production"]


@dataclass(frozen=True, kw_only=True)
class ClassRules:
    """What an environment class turns on and requires, on every platform.

    The settings checks refuse a file that breaks a requirement, the compositions read the
    derived values (load balancer deletion protection), and the IaC scan gate reads the same
    table to decide which findings may never be suppressed in a root of that class.
    """

    # Every database and cache must be multi-AZ (a zone outage is not a data outage).
    multi_az: bool
    # Databases must have deletion protection on; load balancers get it.
    deletion_protection: bool
    # Whether a service endpoint may be reachable from the internet (MSK public access).
    public_endpoints: bool


ENVIRONMENT_CLASSES: dict[str, ClassRules] = {
    "development": ClassRules(multi_az=False, deletion_protection=False, public_endpoints=True),
    # Production-like validation: the same availability and protection, but external
    # clients may still reach public endpoints (partners test against staging).
    "staging": ClassRules(multi_az=True, deletion_protection=True, public_endpoints=True),
    "production": ClassRules(multi_az=True, deletion_protection=True, public_endpoints=False),
}


@dataclass(frozen=True, kw_only=True)
class StateSettings:
    """Where this platform's Terraform state lives (the S3 backend)."""

    bucket: str = setting(doc="the S3 bucket holding Terraform state")
    region: str = setting(doc="the region of the state bucket")
    # Locking is S3-native (use_lockfile). Opt-in for a team that already locks with a
    # DynamoDB table (in the state bucket's region and account): both locks are then taken,
    # which is also the way to move from the table to the lock file without a gap.
    dynamodb_table: str | None = None

    def checks(self) -> Iterable[SettingError]:
        found = [check_region("region", self.region)]
        if self.dynamodb_table is not None and not _DYNAMODB_TABLE.match(self.dynamodb_table):
            found.append(SettingError("dynamodb_table", f'"{self.dynamodb_table}" is not a DynamoDB table name '
                                                        "(3-255 letters, digits, _ . -); or leave it out: "
                                                        "state locking uses the S3 lock file"))
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
                if net.prefixlen > 28:
                    found.append(SettingError(key, f'"{text}" is smaller than a subnet can be; AWS subnets are /16 '
                                                   "to /28 (16 addresses, 5 of them reserved)"))
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
        if wrong and all(az.lower().startswith(region) and len(az) == len(region) + 1 for az in wrong):
            return SettingError(key, f"{', '.join(wrong)}: zone names are lowercase; use "
                                     + ", ".join(f'"{az.lower()}"' for az in wrong))
        if wrong:
            return SettingError(key, f"{', '.join(wrong)} not in region {region}; use zones like \"{region}a\"")
        return None


# Every resource name starts with the prefix. Whether the names built from it fit their
# limits is checked name by name (``atlas.naming``, the platform's registered names): a
# platform with long suffixes (Kraken's "-svc-registry" target group) needs a shorter one.
_PREFIX = re.compile(r"^[a-z][a-z0-9-]{1,20}[a-z0-9]$")


@dataclass(frozen=True, kw_only=True)
class PlatformSettings:
    """The keys every environment file of every platform has.

    The platform and environment names are not settings: they come from the file's place,
    ``environments/<platform>/<env>.tfvars``, so a copied file cannot claim to be another
    environment.
    """

    # Keys of earlier versions of the files -> where the setting lives now; the loader
    # names the new spelling instead of "unknown key". Subclasses extend it.
    renamed: ClassVar[dict[str, str]] = {}

    name_prefix: str = setting(doc='prefix of every resource name, e.g. "kraken-dev"')
    region: str = setting(doc='the AWS region, e.g. "eu-west-1"')
    account_id: str = setting(doc="the 12-digit AWS account id the root may touch")
    # What the environment is for; ENVIRONMENT_CLASSES says what each class turns on and
    # requires. The file name plays no part.
    environment_class: EnvironmentClass = "development"
    state: StateSettings = setting(doc="{ bucket, region } of the Terraform state bucket")
    # Retention of every log group the platform's roots create (services, brokers,
    # connectors, WAF); VPC flow logs have their own (network.flow_log_retention_days).
    log_retention_days: int = 30
    tags: dict[str, str] = setting(factory=dict, doc="tags added to every taggable resource")
    # Versions AWS added after the allow-lists below were checked (each list carries its date
    # and source): a value listed here is accepted wherever a version is checked, e.g.
    # unlisted_versions = ["4.1.x"]. Remove the entry once the list knows the version.
    unlisted_versions: tuple[str, ...] = ()

    # Tags every root sets itself (PlatformStack.tags) and the most a construct adds (Name,
    # tier); AWS allows 50 tags per resource.
    _OWN_TAGS = ("platform", "environment", "terraform-root", "managed-by")
    _MAX_USER_TAGS = 50 - len(_OWN_TAGS) - 2

    @property
    def rules(self) -> ClassRules:
        return ENVIRONMENT_CLASSES[self.environment_class]

    @property
    def production(self) -> bool:
        return self.environment_class == "production"

    def checks(self) -> Iterable[SettingError]:
        found = [check_region("region", self.region), check_retention("log_retention_days", self.log_retention_days)]
        if not _ACCOUNT.match(self.account_id):
            found.append(SettingError("account_id", f'"{self.account_id}" must be a 12-digit AWS account id (a string)'))
        if not _PREFIX.match(self.name_prefix):
            found.append(SettingError("name_prefix", f'"{self.name_prefix}" must be 3-22 lowercase letters, '
                                                     "digits or hyphens, starting with a letter"))
        for key, value in self.tags.items():
            wrong = KINDS["tag_key"].problem(key)
            if wrong:
                found.append(SettingError(f"tags.{key}", f"the key {key} {wrong}"))
            wrong = KINDS["tag_value"].problem(value)
            if wrong:
                found.append(SettingError(f"tags.{key}", f'the value "{value}" {wrong}'))
            if key in self._OWN_TAGS:
                found.append(SettingError(f"tags.{key}", "is set on every resource by the root itself (from the "
                                                         "file's place); remove it"))
        if len(self.tags) > self._MAX_USER_TAGS:
            found.append(SettingError("tags", f"has {len(self.tags)} tags; AWS allows 50 per resource and the roots "
                                              f"set up to {50 - self._MAX_USER_TAGS} themselves, so give at most "
                                              f"{self._MAX_USER_TAGS}"))
        found += self._check_versions()
        return [p for p in found if p]

    def versions(self) -> Iterable[tuple[str, str, "VersionList"]]:
        """Every version setting of the file: (key, value, the allow-list it must be in)."""
        return ()

    def _check_versions(self) -> list[SettingError]:
        found, used = [], set()
        for key, value, allowed in self.versions():
            if value in allowed.values:
                continue
            if value in self.unlisted_versions:
                used.add(value)
                continue
            found.append(SettingError(key, f'"{value}" is not {allowed.what} (list checked {allowed.checked}); use '
                                           f"one of {', '.join(allowed.values)}, or add it to unlisted_versions "
                                           "if AWS offers it since"))
        known = {value for _, value, allowed in self.versions() if value in allowed.values}
        for i, value in enumerate(self.unlisted_versions):
            if value in known:
                found.append(SettingError(f"unlisted_versions[{i}]", f'"{value}" is in the allow-list already; '
                                                                     "remove it"))
            elif value not in used:
                found.append(SettingError(f"unlisted_versions[{i}]", f'"{value}" is not the version of any setting; '
                                                                     "remove it"))
        return found

    def check_certificate(self, key: str, arn: str) -> SettingError | None:
        """An ACM certificate of this root's region and account (ACM certificates are regional:
        a load balancer cannot use one from another region)."""
        # A bad region or account id is reported once, by its own key, not again through the ARN.
        if not (_REGION.match(self.region) and _ACCOUNT.match(self.account_id)):
            return None
        if not re.match(rf"^arn:aws:acm:{re.escape(self.region)}:{self.account_id}:certificate/[0-9a-f-]+$", arn):
            return SettingError(key, f"must be an ACM certificate ARN in {self.region} of account "
                                     f"{self.account_id} (the load balancer's region)")
        return None


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

@dataclass(frozen=True)
class VersionList:
    """Versions AWS accepts for one setting, as checked on ``checked`` at ``source``;
    ``PlatformSettings.unlisted_versions`` accepts a version AWS added since."""

    what: str  # "a Kafka version MSK accepts for new clusters"
    values: tuple[str, ...]
    checked: str
    source: str


# Kafka versions MSK accepts for new provisioned clusters: those without an end-of-support
# date (3.5.1 ended 2025-10-23). 3.6.0 has an end-of-support date of 2026-06-01 on the page
# but the real files still run it; it stays until they move.
KAFKA_VERSIONS = VersionList(
    "a Kafka version MSK accepts for new clusters",
    ("3.6.0", "3.7.x", "3.7.x.kraft", "3.8.x", "3.9.x", "4.0.x"), checked="2026-12-02",
    source="https://docs.aws.amazon.com/msk/latest/developerguide/supported-kafka-versions.html")
SUPPORTED_KAFKA_VERSIONS = KAFKA_VERSIONS.values
# MSK Connect's Kafka Connect versions (CreateConnector kafkaConnectVersion).
CONNECT_VERSIONS = VersionList(
    "a Kafka Connect version MSK Connect offers", ("2.7.1", "3.7.x"), checked="2026-12-02",
    source="https://docs.aws.amazon.com/MSKC/latest/mskc/API_CreateConnector.html")
# RDS for PostgreSQL major versions (13 runs on RDS Extended Support, at extra cost).
POSTGRES_VERSIONS = VersionList(
    "a PostgreSQL major version RDS offers", ("13", "14", "15", "16", "17", "18"), checked="2026-12-02",
    source="https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html")
# ElastiCache engine versions, by engine (the replication group's engine_version).
CACHE_VERSIONS = {
    "valkey": VersionList("a Valkey version ElastiCache offers", ("7.2", "8.0", "8.1"), checked="2026-12-02",
                          source="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/engine-versions.html"),
    "redis": VersionList("a Redis OSS version ElastiCache offers", ("6.2", "7.0", "7.1"), checked="2026-12-02",
                         source="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/engine-versions.html"),
}

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


# An image reference as Docker reads it (distribution/reference): [registry[:port]/]path[:tag][@digest],
# path components lowercase. Anything else fails when ECS pulls it, after the apply.
_IMAGE = re.compile(
    r"^(?:(?P<registry>(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*"
    r"(?::[0-9]+)?)/)?"
    r"(?P<path>[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)"
    r"(?::(?P<tag>[\w][\w.-]{0,127}))?(?:@(?P<digest>sha256:[0-9a-f]{64}))?$")


def check_image(key: str, image: str) -> SettingError | None:
    """A valid, pinned image reference (a tag other than ``latest``, or a digest)."""
    match = _IMAGE.match(image)
    if match and match.group("registry") and "." not in match.group("registry") and ":" not in \
            match.group("registry") and match.group("registry") != "localhost":
        match = _IMAGE.match("docker.io/" + image)  # "prom/prometheus": the first part is a path, not a host
    if not match:
        return SettingError(key, f'"{image}" is not a valid image reference ([registry/]repository[:tag][@digest], '
                                 "the repository in lowercase)")
    if match.group("digest"):
        return None
    if not match.group("tag"):
        return SettingError(key, f'"{image}" has no tag; pin one (e.g. ":1.2.3")')
    if match.group("tag") == "latest":
        return SettingError(key, '":latest" is not a pinned tag; use a version')
    return None


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
    found = [check_image("image", image)]
    size = check_fargate_size(cpu, memory)
    found += [size] if size else []
    if not 0 <= desired_count <= 1000:
        found.append(SettingError("desired_count", f"is {desired_count}; must be 0-1000 (the tasks of one service)"))
    return [p for p in found if p]


# -- shared features -------------------------------------------------------------------------

_VPC = re.compile(r"^vpc-[0-9a-f]{8,17}$")
_SUBNET = re.compile(r"^subnet-[0-9a-f]{8,17}$")
# An address SNS and Budgets accept: a dot-atom local part and a domain name.
_EMAIL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    r"@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")
# A DNS name as Route 53 and the ALB's host rules take it: lowercase labels of 1-63
# characters (Route 53 stores names in lowercase, so an uppercase one plans a change forever).
_DOMAIN = re.compile(r"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def check_domain(key: str, value: str, *, wildcard: bool = False) -> SettingError | None:
    """A lowercase DNS name of at most 253 characters (``*.`` allowed in front with ``wildcard``)."""
    name = value[2:] if wildcard and value.startswith("*.") else value
    if _DOMAIN.match(name) and len(value) <= 253:
        return None
    if _DOMAIN.match(name.lower()) and len(value) <= 253:
        return SettingError(key, f'"{value}" must be lowercase (DNS names are stored lowercase); use '
                                 f'"{value.lower()}"')
    return SettingError(key, f'"{value}" is not a domain name (lowercase labels of letters, digits and hyphens '
                             'joined by dots, e.g. "kraken-dev.internal")')


def check_no_repeats(key: str, values: Iterable[str]) -> SettingError | None:
    """A list whose entries each become one resource (a topic, a rule) must not repeat one."""
    seen, twice = set(), []
    for value in values:
        if value in seen and value not in twice:
            twice.append(value)
        seen.add(value)
    if twice:
        return SettingError(key, f"lists {', '.join(twice)} more than once; give each once")
    return None


def check_plugin_key(key: str, value: str) -> SettingError | None:
    """The S3 object key of an MSK Connect plugin archive (a custom plugin is a .zip or .jar)."""
    if not value or value.startswith("/") or not value.endswith((".zip", ".jar")):
        return SettingError(key, f'"{value}" must be the object key of a .zip or .jar plugin archive in the '
                                 'plugin bucket, e.g. "plugins/connector-1.2.3.zip"')
    return None


def check_workers(mcu_count: int, min_workers: int, max_workers: int) -> list[SettingError]:
    """MSK Connect autoscaling capacity (the same rule for every connector on every platform)."""
    found = []
    if mcu_count not in (1, 2, 4, 8):
        found.append(SettingError("mcu_count", f"is {mcu_count}; must be 1, 2, 4 or 8 (MSK Connect worker sizes)"))
    if not 1 <= min_workers <= max_workers <= 10:
        found.append(SettingError("max_workers", "needs 1 <= min_workers <= max_workers <= 10"))
    return found
_ENV_KEY = re.compile(r"^[A-Z][A-Z0-9_]*$")
_DB_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
_DB_USER = re.compile(r"^[a-z][a-z0-9_]{0,15}$")


@dataclass(frozen=True, kw_only=True)
class ExistingNetworkSettings:
    """A VPC the platform does not own (shared networking); roots only place resources in it."""

    vpc_id: str = setting(doc='the id of the existing VPC, e.g. "vpc-0a1b2c3d4e5f60718"')
    vpc_cidr: str = setting(doc="the VPC's CIDR (the internal load balancer admits clients from it)")
    private_subnet_ids: tuple[str, ...] = setting(doc="2 or 3 private subnet ids, one per availability zone")

    def checks(self) -> Iterable[SettingError]:
        found = []
        if not _VPC.match(self.vpc_id):
            found.append(SettingError("vpc_id", f'"{self.vpc_id}" is not a VPC id like "vpc-0a1b2c3d"'))
        try:
            net = ipaddress.ip_network(self.vpc_cidr, strict=True)
            if net.version != 4 or not 16 <= net.prefixlen <= 28:
                # The internal load balancer admits this block: a VPC's primary CIDR is IPv4
                # /16 to /28, and anything wider (0.0.0.0/0) would open it to everyone.
                found.append(SettingError("vpc_cidr", f'"{self.vpc_cidr}" must be the VPC\'s IPv4 CIDR, a block '
                                                      "between /16 and /28"))
        except ValueError as err:
            found.append(SettingError("vpc_cidr", f'"{self.vpc_cidr}" is not a valid network CIDR ({err})'))
        for i, subnet in enumerate(self.private_subnet_ids):
            if not _SUBNET.match(subnet):
                found.append(SettingError(f"private_subnet_ids[{i}]", f'"{subnet}" is not a subnet id like "subnet-0a1b2c3d"'))
        if not 2 <= len(self.private_subnet_ids) <= 3:
            found.append(SettingError("private_subnet_ids", f"lists {len(self.private_subnet_ids)} subnet(s); "
                                                            "give 2 or 3, one per availability zone"))
        if len(set(self.private_subnet_ids)) != len(self.private_subnet_ids):
            found.append(SettingError("private_subnet_ids", "lists the same subnet twice"))
        return found


# MSK rejects provisioned storage throughput on brokers smaller than these sizes.
_THROUGHPUT_MIN_SIZE = {"m5": 4 * 1024, "m7g": 2 * 1024}  # in "xlarge" units of 1/1024
_SIZES = {"large": 512, "xlarge": 1024, "2xlarge": 2048, "4xlarge": 4096, "8xlarge": 8192,
          "12xlarge": 12288, "16xlarge": 16384, "24xlarge": 24576}


@dataclass(frozen=True, kw_only=True)
class MskSettings:
    """An MSK provisioned cluster (``KafkaClusterProps``); platforms add their own switches."""

    kafka_version: str = "3.6.0"
    broker_instance_type: str = "kafka.m5.large"
    # A multiple of the cluster's availability zones (MSK spreads brokers evenly).
    number_of_broker_nodes: int = 3
    volume_size_gb: int = 100
    # MiB/s per broker; only brokers of kafka.m5.4xlarge (m7g.2xlarge) or larger accept it.
    provisioned_throughput_mibps: int | None = None
    enhanced_monitoring: Literal["DEFAULT", "PER_BROKER", "PER_TOPIC_PER_BROKER",
                                 "PER_TOPIC_PER_PARTITION"] = "DEFAULT"

    renamed: ClassVar[dict[str, str]] = {
        "ebs_volume_gb": "msk.volume_size_gb",
        "log_retention_days": "log_retention_days (one retention for every log group of the platform)",
    }

    def checks(self) -> Iterable[SettingError]:
        broker_type = check_msk_broker_type("broker_instance_type", self.broker_instance_type)
        found = [broker_type]
        if not 1 <= self.number_of_broker_nodes <= 30:
            # 30 is MSK's default quota of brokers per cluster; more needs a quota increase first.
            found.append(SettingError("number_of_broker_nodes", f"is {self.number_of_broker_nodes}; must be 1-30 "
                                                                "(MSK's brokers-per-cluster quota)"))
        match = None if broker_type else re.match(r"^kafka\.(m5|m7g|t3)\.(\w+)$", self.broker_instance_type)
        if not 1 <= self.volume_size_gb <= 16384:
            found.append(SettingError("volume_size_gb", "must be 1-16384 GiB"))
        if self.provisioned_throughput_mibps is not None and match:  # (an unknown type is reported above)
            family, size = match.group(1), match.group(2)
            minimum = _THROUGHPUT_MIN_SIZE.get(family)
            if minimum is None or _SIZES.get(size, 0) < minimum:
                found.append(SettingError("provisioned_throughput_mibps", "MSK accepts provisioned storage throughput "
                                          "only on kafka.m5.4xlarge / kafka.m7g.2xlarge brokers or larger; remove it "
                                          f'or raise broker_instance_type (now "{self.broker_instance_type}")'))
            elif not 250 <= self.provisioned_throughput_mibps <= 2375:
                found.append(SettingError("provisioned_throughput_mibps", "must be 250-2375 MiB/s"))
            if self.volume_size_gb < 10:
                found.append(SettingError("volume_size_gb", "must be at least 10 GiB with provisioned throughput"))
        return [p for p in found if p]

    def check_spread(self, zones: int, key: str = "msk.number_of_broker_nodes") -> SettingError | None:
        """Brokers spread evenly over ``zones`` subnets, at least two of them."""
        n = self.number_of_broker_nodes
        if n >= 1 and (n < 2 or n % zones):
            return SettingError(key, f"{n} must be a multiple of the {zones} availability zones (at least 2)")
        return None


PasswordMode = Literal["managed", "generated", "static", "adopt_managed"]


@dataclass(frozen=True, kw_only=True)
class DatabaseSettings:
    """A PostgreSQL RDS instance (``PostgresProps``)."""

    database_name: str = setting(doc='the initial database, e.g. "dashboard"')
    master_username: str = "postgres"
    instance_class: str = "db.t4g.micro"
    # The major version only: minor versions are upgraded by AWS (auto_minor_version_upgrade),
    # and a pinned minor would make the next plan try a downgrade RDS refuses.
    engine_version: str = "16"
    allocated_storage_gb: int = 20
    max_allocated_storage_gb: int = 100
    # Required by the staging and production classes (see ENVIRONMENT_CLASSES).
    multi_az: bool = False
    deletion_protection: bool = True
    backup_retention_days: int = 7
    parameters: dict[str, str] = setting(factory=dict, doc='e.g. { "rds.logical_replication" = "1" }')
    # managed: RDS generates the password, keeps it in a secret it manages and rotates it
    # every 7 days: only for clients that read that secret at every connection (never for a
    # copy in a DATABASE_URL, which stops working at the first rotation).
    # generated: Terraform draws the password once (ephemeral, write-only: never in plan or
    # state), writes it into its own secret "<name>/db-master" ({username, password}) and
    # sends it to RDS in the same apply; nothing rotates it (raise password_version to draw
    # a new one). Works from an empty account.
    # static: read from the existing secret `password_secret` (JSON key `password_key`).
    # adopt_managed: for an existing instance whose password RDS manages today: read the
    # current value from that RDS-managed secret (`password_secret` = its ARN) and set it as
    # the static master password, so services keep their credentials and nothing rotates.
    # RDS deletes its managed secret once management is off, so this is a one-apply
    # transition: afterwards switch to "static" pointing at the secret the service uses.
    # static and adopt_managed read the secret at plan time (the ephemeral
    # aws_secretsmanager_secret_version, never stored): it must exist before the plan.
    master_password_mode: PasswordMode = "managed"
    password_secret: str | None = None
    # The JSON key of `password_secret` holding the password (static and adopt_managed; an
    # RDS-managed secret names it "password").
    password_key: str = "password"
    # Bump to send the secret's current value to RDS again (write-only argument version);
    # with "generated", to draw and send a new password.
    password_version: int = 1

    def checks(self) -> Iterable[SettingError]:
        found = []
        reads = self.master_password_mode in ("static", "adopt_managed")
        if not reads and self.password_secret:
            found.append(SettingError("password_secret", 'is only used with master_password_mode "static" or '
                                                         '"adopt_managed"; remove it'))
        if not reads and self.password_key != "password":
            found.append(SettingError("password_key", 'is only used with master_password_mode "static" or '
                                                      '"adopt_managed"; remove it'))
        if reads and not self.password_secret:
            found.append(SettingError("password_secret", f'is required with master_password_mode '
                                                         f'"{self.master_password_mode}": the secret name or ARN '
                                                         'holding the password (JSON key "password")'))
        major = self.engine_version.split(".")[0]
        if not major.isdigit() or int(major) < 13:
            found.append(SettingError("engine_version", f'"{self.engine_version}" is not a supported PostgreSQL '
                                                        'version; use a major version, 13 or later, e.g. "16"'))
        elif major != self.engine_version:
            found.append(SettingError("engine_version", f'"{self.engine_version}" pins a minor version, but AWS '
                                                        'upgrades minors (auto_minor_version_upgrade) and the next '
                                                        f'plan would try a downgrade; give the major only: "{major}"'))
        instance = check_rds_instance_class("instance_class", self.instance_class)
        found += [instance] if instance else []
        if not 20 <= self.allocated_storage_gb <= 65536:
            found.append(SettingError("allocated_storage_gb", "must be 20-65536 GiB (gp3 storage)"))
        elif not self.allocated_storage_gb <= self.max_allocated_storage_gb <= 65536:
            found.append(SettingError("max_allocated_storage_gb", "must be at least allocated_storage_gb and at most "
                                                                  "65536 GiB"))
        for name in self.parameters:
            if not re.match(r"^[a-z_][a-z0-9_.]*$", name):
                found.append(SettingError(f"parameters.{name}" if name.isprintable() and name else "parameters",
                                          f'"{name}" is not a PostgreSQL parameter name'))
        if not 1 <= self.backup_retention_days <= 35:
            found.append(SettingError("backup_retention_days", "must be 1-35; backups are never switched off"))
        if not _DB_NAME.match(self.database_name):
            found.append(SettingError("database_name", "must be lowercase letters, digits and _"))
        elif KINDS["postgres_database"].problem(self.database_name):
            found.append(SettingError("database_name", f'"{self.database_name}" is a PostgreSQL reserved word, which '
                                                       "RDS refuses as the database name; choose another"))
        if not _DB_USER.match(self.master_username) or self.master_username in ("admin", "rdsadmin") \
                or self.master_username in POSTGRES_RESERVED:
            found.append(SettingError("master_username", f'"{self.master_username}" must be 1-16 lowercase letters, '
                                                         'digits or _, starting with a letter, and not a reserved '
                                                         'name (admin, rdsadmin, a PostgreSQL reserved word)'))
        if self.password_version < 1:
            found.append(SettingError("password_version", "must be 1 or more"))
        return found

    def check_class(self, rules: "ClassRules", environment_class: str) -> list[SettingError]:
        """The requirements of the environment class (keys relative to this database)."""
        found = []
        if rules.multi_az and not self.multi_az:
            found.append(SettingError("multi_az", f"must be true in a {environment_class} environment"))
        if rules.deletion_protection and not self.deletion_protection:
            found.append(SettingError("deletion_protection", f"must be true in a {environment_class} environment"))
        return found


@dataclass(frozen=True, kw_only=True)
class FargateServiceSettings:
    """One container service on Fargate (``FargateServiceProps``); the image is built and
    pushed by the application's own pipeline."""

    image: str = setting(doc="the container image, pinned by tag or digest")
    cpu: int = 256
    memory: int = 512
    desired_count: int = 1

    def checks(self) -> Iterable[SettingError]:
        return check_container(self.image, self.cpu, self.memory, self.desired_count)


@dataclass(frozen=True, kw_only=True)
class AppServiceSettings(FargateServiceSettings):
    """A Fargate service running the platform's own application: its port and health check
    are the application's contract, and operators add keys to its runtime secret."""

    port: int = 8080
    health_check_path: str = "/health"
    # Keys operators add to the service's runtime secret (seeded empty, injected by ECS).
    secret_keys: tuple[str, ...] = ()

    def checks(self) -> Iterable[SettingError]:
        found = list(super().checks())
        if not 1 <= self.port <= 65535:
            found.append(SettingError("port", f"{self.port} is not a TCP port"))
        # The path is the ALB's health check and, for services without a load balancer, part
        # of the container's shell health check (curl ...<path>): no shell characters.
        if not re.match(r"^/[A-Za-z0-9._~/%-]{0,1023}$", self.health_check_path):
            found.append(SettingError("health_check_path", f'"{self.health_check_path}" must be a URL path starting '
                                                           'with "/", of letters, digits and . _ ~ / % - '
                                                           "(at most 1024 characters)"))
        found += [SettingError(f"secret_keys[{i}]", f'"{k}" must be an environment variable name (A-Z, 0-9, _)')
                  for i, k in enumerate(self.secret_keys) if not _ENV_KEY.match(k)]
        twice = check_no_repeats("secret_keys", self.secret_keys)
        found += [twice] if twice else []
        found += _unread_secret_keys(self.image, self.secret_keys)
        return found


def _unread_secret_keys(image: str, keys: Sequence[str]) -> list[SettingError]:
    """Keys a third-party image never reads (its contract: ``atlas.rules.images``)."""
    from atlas.rules import images

    facts = images.facts(image)
    if facts is None or not facts.verified:
        return []
    found = []
    for i, key in enumerate(keys):
        if key in facts.overwritten:
            found.append(SettingError(f"secret_keys[{i}]", f'"{key}" is overwritten by the entrypoint of '
                                      f"{facts.family} with the value of {facts.overwritten[key].split(' ')[0]}; use that name"))
        elif not facts.reads(key):
            found.append(SettingError(f"secret_keys[{i}]", f'"{key}" is not a variable {facts.family} reads; '
                                      "see atlas/rules/images.py for the variables it reads"))
    return found


@dataclass(frozen=True, kw_only=True)
class PagerDutySettings:
    """Existing Secrets Manager secrets holding PagerDuty integration keys (never the keys)."""

    critical_secret_arn: str = setting(doc="ARN of the secret with the critical-severity integration key")
    warning_secret_arn: str | None = None

    def checks(self) -> Iterable[SettingError]:
        return [SettingError(key, f'"{value}" is not a Secrets Manager secret ARN')
                for key, value in (("critical_secret_arn", self.critical_secret_arn),
                                   ("warning_secret_arn", self.warning_secret_arn))
                if value is not None and not re.match(r"^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+$", value)]


@dataclass(frozen=True, kw_only=True)
class AlertsSettings:
    """Where alarms go: an operator email (an SNS subscription) and/or PagerDuty."""

    email: str | None = None
    pagerduty: PagerDutySettings | None = None

    def checks(self) -> Iterable[SettingError]:
        if self.email is not None and (not _EMAIL.match(self.email) or len(self.email) > 254):
            return [SettingError("email", f'"{self.email}" is not an email address (name@example.com)')]
        return []


@dataclass(frozen=True, kw_only=True)
class BudgetSettings:
    """A monthly AWS Budgets cost budget; alerts go to ``alerts.email``."""

    monthly_limit_usd: int = setting(doc="monthly cost budget in USD")

    def checks(self) -> Iterable[SettingError]:
        if self.monthly_limit_usd <= 0:
            return [SettingError("monthly_limit_usd", "must be a positive amount")]
        return []


_S3_URI = re.compile(r"^s3://([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])/([^\s]+\.(?:zip|jar))$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_JAVA_CLASS = re.compile(r"^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$")


@dataclass(frozen=True, kw_only=True)
class ConnectorPluginSettings:
    """An MSK Connect plugin: an existing custom plugin (``arn``), or a built archive that
    exists outside the root (``s3_uri`` of a .zip/.jar, its ``sha256`` and the connector
    ``classes`` it bundles). The root copies the archive into its own plugin bucket and S3
    verifies the SHA-256 of the copy, so a custom plugin never points at an object nothing
    created, and a rebuilt archive is a new object (and a new plugin), never a silent swap."""

    arn: str | None = None
    s3_uri: str | None = None
    sha256: str | None = None
    classes: tuple[str, ...] = ()

    @property
    def source(self) -> tuple[str, str]:
        """(bucket, key) of ``s3_uri``."""
        match = _S3_URI.match(self.s3_uri or "")
        return (match[1], match[2]) if match else ("", "")

    def checks(self) -> Iterable[SettingError]:
        if (self.arn is None) == (self.s3_uri is None):
            return [SettingError("", "set exactly one of arn (an existing MSK Connect custom plugin) or s3_uri "
                                     "(with sha256 and classes: a built plugin archive)")]
        if self.arn is not None:
            found = [] if self.arn.startswith("arn:aws:kafkaconnect:") and ":custom-plugin/" in self.arn else [
                SettingError("arn", f'"{self.arn}" is not an MSK Connect custom plugin ARN')]
            found += [SettingError(key, "belongs to s3_uri; an existing plugin is given by arn alone")
                      for key, value in (("sha256", self.sha256), ("classes", self.classes)) if value]
            return found
        found = []
        if not _S3_URI.match(self.s3_uri):
            found.append(SettingError("s3_uri", f'"{self.s3_uri}" must be s3://<bucket>/<key>.zip (or .jar)'))
        if self.sha256 is None or not _SHA256.match(self.sha256):
            found.append(SettingError("sha256", "is required with s3_uri: the archive's SHA-256, 64 lowercase hex "
                                                "digits (sha256sum <archive>)"))
        if not self.classes:
            found.append(SettingError("classes", "lists no class: name the connector classes the archive bundles"))
        found += [SettingError(f"classes[{i}]", f'"{c}" is not a Java class name') for i, c in enumerate(self.classes)
                  if not _JAVA_CLASS.match(c)]
        return found


_SECURITY_GROUP = re.compile(r"^sg-[0-9a-f]{8,17}$")
_ROLE_ARN = re.compile(r"^arn:aws:iam::\d{12}:role/[\w+=,.@/-]{1,512}$")


@dataclass(frozen=True, kw_only=True)
class TerraformRunnerSettings:
    """Where the Terraform runs that talk to a cluster's own API (a kafka root) come from.

    A kafka root's provider connects to the brokers at plan and apply time, so its runner (a
    Spacelift private worker pool, or an operator's host) must reach them: from ``cidrs``
    and/or members of ``security_group_ids`` (a worker pool in a peered or the same VPC),
    admitted on the one listener port the root uses, nothing else. ``role_arns`` are the
    principals (the worker pool's role) allowed to assume the root's Kafka admin role; none
    means any principal of the account whose own policy allows ``sts:AssumeRole`` on it.
    """

    cidrs: tuple[str, ...] = ()
    security_group_ids: tuple[str, ...] = ()
    role_arns: tuple[str, ...] = ()

    def checks(self) -> Iterable[SettingError]:
        found = []
        if not self.cidrs and not self.security_group_ids:
            found.append(SettingError("cidrs", "give cidrs and/or security_group_ids of the runner (the Spacelift "
                                               "private worker pool): it must reach the brokers"))
        for i, cidr in enumerate(self.cidrs):
            try:
                net = ipaddress.ip_network(cidr, strict=True)
            except ValueError as err:
                found.append(SettingError(f"cidrs[{i}]", f'"{cidr}" is not a valid network CIDR ({err})'))
                continue
            if net.prefixlen == 0:
                found.append(SettingError(f"cidrs[{i}]", f'"{cidr}" opens the brokers to every address; name the '
                                                         "runner's own network"))
        for i, group in enumerate(self.security_group_ids):
            if not _SECURITY_GROUP.match(group):
                found.append(SettingError(f"security_group_ids[{i}]", f'"{group}" is not a security group id like '
                                                                      '"sg-0a1b2c3d"'))
        # One ingress rule per source: AWS refuses a second identical rule (InvalidPermission.Duplicate).
        found += [e for e in (check_no_repeats("cidrs", self.cidrs),
                              check_no_repeats("security_group_ids", self.security_group_ids)) if e]
        for i, arn in enumerate(self.role_arns):
            if not _ROLE_ARN.match(arn):
                found.append(SettingError(f"role_arns[{i}]", f'"{arn}" is not an IAM role ARN '
                                                             '("arn:aws:iam::<account>:role/<name>")'))
        return found
