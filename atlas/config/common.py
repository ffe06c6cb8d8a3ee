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
