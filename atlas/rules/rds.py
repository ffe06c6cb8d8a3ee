"""Rules about RDS instances."""

from __future__ import annotations

import re
from typing import Iterator

from atlas.rules.base import Finding, container_definitions, resources, rule


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


# Variables that carry a database password: the password itself or a URL / DSN embedding it.
_CREDENTIAL = re.compile(r"(DATABASE_URL|_DSN$|^DSN$|CONNECTION_STRING|"
                         r"(DB|DATABASE|DATASOURCE|PG|POSTGRES|SQL|JDBC|RDS)[A-Z0-9_]*PASS)", re.IGNORECASE)
_MANAGED_SECRET = re.compile(r"aws_db_instance\.[A-Za-z0-9_-]+\.master_user_secret")


@rule
def managed_password_not_copied(doc: dict) -> Iterator[Finding]:
    """In a root with an RDS-managed master password (``manage_master_user_password``), no
    container takes a database credential (``DB_PASSWORD``, ``SPRING_DATASOURCE_PASSWORD``,
    ``PGPASSWORD``, a ``DATABASE_URL``, DSN or connection string) from anywhere but that instance's own managed secret
    (``master_user_secret``).

    Source: Amazon RDS user guide, "Password management with Amazon RDS and AWS Secrets
    Manager": RDS turns rotation on for the managed secret, every 7 days by default, and
    changes the password in the database at each rotation; a copy of the password in
    another secret or variable does not follow, so the service's logins fail after the first
    rotation. A root whose services hold a copy gives RDS a password that does not rotate
    (``password_wo``: Terraform-generated, or read from the secret the service uses).
    """
    managed = [address for address, body in resources(doc, "aws_db_instance")
               if body.get("manage_master_user_password") is True]
    if not managed:
        return
    for address, task in resources(doc, "aws_ecs_task_definition"):
        for container in container_definitions(task):
            for entry in container.get("secrets", []) or []:
                name = str(entry.get("name", ""))
                if _CREDENTIAL.search(name) and not _MANAGED_SECRET.search(str(entry.get("valueFrom", ""))):
                    yield (f"{address}[{container.get('name', '?')}]",
                           f"{name} is a copy of a database password while {', '.join(managed)} lets RDS rotate "
                           "its password every 7 days; the copy breaks at the first rotation: give the database a "
                           'password that does not rotate (master_password_mode "generated", "static" or '
                           '"adopt_managed") or read it from the instance\'s master_user_secret')


_CONFIG_PROVIDER_SECRET = re.compile(r"^\$\$\{secretsmanager:([^:}]+):[^}]+\}$")


@rule
def connector_login_does_not_rotate(doc: dict) -> Iterator[Finding]:
    """An MSK Connect connector that logs in to a database (``database.password``) reads the
    password through the Secrets Manager config provider from a secret this root creates
    and writes (a literal name of one of its ``aws_secretsmanager_secret`` resources with a
    Terraform-written version), never from a secret it only knows by reference, such as the
    RDS-managed master secret of another root.

    Source: Amazon RDS user guide, "Password management with Amazon RDS and AWS Secrets
    Manager" (a managed master password rotates every 7 days by default); Amazon MSK
    Connect developer guide, "Externalizing sensitive information using config providers"
    (the provider resolves ``${secretsmanager:...}`` when the connector's tasks start, so a
    rotated password is not picked up: the first reconnect after a rotation fails until the
    connector is restarted). The case that made the rule: Kraken's Debezium logged in as the
    CDC database's master user, whose managed password rotates.
    """
    owned = {}
    for address, body in resources(doc, "aws_secretsmanager_secret"):
        owned[str(body.get("name", ""))] = address
    written = {str(body.get("secret_id", "")) for _, body in resources(doc, "aws_secretsmanager_secret_version")}
    for address, body in resources(doc, "aws_mskconnect_connector"):
        value = str((body.get("connector_configuration") or {}).get("database.password", ""))
        if not value:
            continue
        match = _CONFIG_PROVIDER_SECRET.match(value)
        name = match.group(1) if match else ""
        secret = owned.get(name)
        if secret is None or f"${{{secret}.id}}" not in written:
            yield (address, f"database.password is {value!r}: a connector reads its password only when its tasks "
                            "start, so it must come from a secret this root creates with a value it writes (a "
                            "login of the connector's own that nothing rotates, e.g. GeneratedSecret), named "
                            "literally in ${secretsmanager:<name>:password}; never the RDS-managed master "
                            "secret, which rotates every 7 days")
