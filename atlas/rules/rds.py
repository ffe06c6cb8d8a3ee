"""Rules about RDS instances."""

from __future__ import annotations

from typing import Iterator

from atlas.rules.base import Finding, resources, rule


@rule
def rds_minor_version_drift(doc: dict) -> Iterator[Finding]:
    """An ``aws_db_instance`` with ``auto_minor_version_upgrade = true`` names only the major
    ``engine_version`` ("16", not "16.4").

    Source: Terraform AWS provider documentation, ``aws_db_instance`` argument
    ``engine_version``: "When ``auto_minor_version_upgrade`` is enabled, you can provide a
    prefix of the version such as 8.0 (for 8.0.36)"; with a full version, after AWS upgrades
    the minor in a maintenance window the next plan tries to go back to the configured one,
    which RDS refuses (downgrades are not possible).
    """
    for address, body in resources(doc, "aws_db_instance"):
        version = body.get("engine_version")
        if body.get("auto_minor_version_upgrade") is True and isinstance(version, str) and "." in version \
                and body.get("engine") in ("postgres", None):
            major = version.split(".")[0]
            yield (address, f'engine_version "{version}" with auto_minor_version_upgrade pins a minor that AWS will '
                            f'upgrade; give the major version only ("{major}")')
