"""Settings of one Atlas root (environments/atlas/<env>.tfvars)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from atlas.config.common import NetworkSettings, PlatformSettings, check_retention
from atlas.config.errors import SettingError
from atlas.config.schema import setting

_PREFIX = re.compile(r"^[a-z][a-z0-9-]{1,20}[a-z0-9]$")


@dataclass(frozen=True, kw_only=True)
class AtlasSettings(PlatformSettings):
    # staging still deploys the `poc-atlas-dev` names its resources were created with;
    # renaming would replace them, so the prefix is a setting rather than derived.
    name_prefix: str = setting(doc='prefix of every resource name, e.g. "poc-atlas-dev"')
    network: NetworkSettings = setting(doc="{ cidr, availability_zones, public_subnet_cidrs, private_subnet_cidrs }")
    log_retention_days: int = 30

    def checks(self) -> Iterable[SettingError]:
        found = list(super().checks())
        retention = check_retention("log_retention_days", self.log_retention_days)
        found += [retention] if retention else []
        if not _PREFIX.match(self.name_prefix):
            found.append(SettingError("name_prefix", f'"{self.name_prefix}" must be 3-22 lowercase letters, '
                                                     "digits or hyphens, starting with a letter"))
        zone = self.network.check_zones_in(self.region, "network.availability_zones")
        return found + ([zone] if zone else [])
