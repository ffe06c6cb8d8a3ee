"""Settings -> construct props, once for every platform.

The shared settings (``atlas.config.common``) are named like the props they feed; these
helpers are that mapping, so two platforms building a network or a database cannot drift
apart in how a setting reaches AWS.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from atlas.cdk import Construct
from atlas.config.common import DatabaseSettings, PlatformSettings
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.network import BastionProps, Network, NetworkProps
from atlas.constructs.rds import Postgres, PostgresProps
from atlas.constructs.security_group import Client


def logs_key(scope: Construct, settings: PlatformSettings, *, alias: str, description: str) -> EncryptionKey:
    """The root's key for CloudWatch Logs (the logs service may use it for this account's groups)."""
    return EncryptionKey(scope, "logs_key", EncryptionKeyProps(
        alias=alias, description=description, account_id=settings.account_id, region=settings.region,
        service_principals=("logs",)))


def network(scope: Construct, settings: PlatformSettings, logs_key: EncryptionKey,
            bastion: BastionProps | None = None) -> Network:
    """The VPC of ``settings.network`` (the caller checked it is set), named by the prefix."""
    net = settings.network  # type: ignore[attr-defined]
    return Network(scope, "network", NetworkProps(
        name=settings.name_prefix, cidr=net.cidr, availability_zones=net.availability_zones,
        public_subnet_cidrs=net.public_subnet_cidrs, private_subnet_cidrs=net.private_subnet_cidrs,
        region=settings.region, account_id=settings.account_id, log_kms_key_arn=logs_key.arn,
        single_nat_gateway=net.single_nat_gateway, flow_log_retention_days=net.flow_log_retention_days,
        bastion=bastion))


def postgres(scope: Construct, construct_id: str, cfg: DatabaseSettings, *, name: str, account_id: str,
             vpc_id: str, subnet_ids: Sequence[str], kms_key_arn: str, clients: Sequence[Client],
             required_parameters: Mapping[str, str] | None = None) -> Postgres:
    """A PostgreSQL instance from its settings; ``required_parameters`` win over the file's."""
    return Postgres(scope, construct_id, PostgresProps(
        name=name, vpc_id=vpc_id, subnet_ids=subnet_ids, kms_key_arn=kms_key_arn, account_id=account_id,
        clients=clients, database_name=cfg.database_name, master_username=cfg.master_username,
        engine_version=cfg.engine_version, instance_class=cfg.instance_class,
        allocated_storage_gb=cfg.allocated_storage_gb, max_allocated_storage_gb=cfg.max_allocated_storage_gb,
        multi_az=cfg.multi_az, deletion_protection=cfg.deletion_protection,
        backup_retention_days=cfg.backup_retention_days,
        parameters={**cfg.parameters, **(required_parameters or {})},
        password_secret_id=cfg.password_secret if cfg.master_password_mode != "managed" else None,
        password_version=cfg.password_version))
