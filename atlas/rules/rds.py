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


# What a destroy or replacement loses for good; buckets holding data are marked by the
# construct that knows it (a rule cannot tell a data bucket from a log bucket).
_STATEFUL = ("aws_db_instance", "aws_rds_cluster", "aws_msk_cluster", "aws_msk_serverless_cluster",
             "aws_dynamodb_table")


@rule
def production_data_protected(doc: dict) -> Iterator[Finding]:
    """In a root whose ``local.environment_class`` is ``production``, every stateful resource
    (databases, MSK clusters, DynamoDB tables) carries ``lifecycle.prevent_destroy``, so no
    ``terraform destroy`` and no plan that replaces it can run until someone turns it off
    on purpose (README: "Decommissioning").

    Source: Terraform language documentation, ``lifecycle`` meta-argument
    (``prevent_destroy``: "Terraform to reject with an error any plan that would destroy the
    infrastructure object"); RDS ``deletion_protection`` stops only the DeleteDBInstance
    call, not a replacement plan, and MSK has no deletion protection at all.
    """
    if (doc.get("locals") or {}).get("environment_class") != "production":
        return
    for kind in _STATEFUL:
        for address, body in resources(doc, kind):
            if (body.get("lifecycle") or {}).get("prevent_destroy") is not True:
                yield (address, "a production root keeps its data: set lifecycle.prevent_destroy = true "
                                "(the environment's prevent_destroy setting)")
