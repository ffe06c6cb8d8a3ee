"""A PostgreSQL RDS instance with its own subnet group, parameter group and security group.

Storage is KMS-encrypted, backups are kept, the instance is never publicly accessible and
only the named client groups reach port 5432. The master password never appears in the
Terraform JSON, the plan or the state; it comes from one of three places:

* neither ``master_secret`` nor ``password_secret_id`` (default): RDS generates it and keeps
  it in a Secrets Manager secret it manages (``manage_master_user_password``), which RDS
  *rotates every 7 days*: only clients that read that secret at every connection keep up,
  so a copy of the password elsewhere (a ``DATABASE_URL``) stops working within a week.
* ``master_secret = <GeneratedSecret of this root>``: Terraform draws the password once
  (ephemeral ``aws_secretsmanager_random_password``) and, in the same apply, writes it into
  that secret and sends it to RDS through the write-only ``password_wo``. Nothing rotates it;
  raising the secret's ``version`` draws and sends a new one. Works from an empty account.
* ``password_secret_id = <existing secret>``: the password is read from that secret's JSON
  key by the ephemeral ``aws_secretsmanager_secret_version`` (never stored) and passed
  through ``password_wo``; ``password_version`` is bumped to send a new value. This reads
  AWS at plan time, so the secret must exist before the plan (the offline plan answers the
  read with a fake value, ``atlas.harness.ephemeral``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Mapping, Sequence

from cdktf_cdktf_provider_aws.db_instance import DbInstance
from cdktf_cdktf_provider_aws.db_parameter_group import DbParameterGroup, DbParameterGroupParameter
from cdktf_cdktf_provider_aws.db_subnet_group import DbSubnetGroup
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment

from atlas.cdk import Construct
from atlas.constructs.iam import service_assume_role_policy
from atlas.constructs.secrets import GeneratedSecret, ephemeral_secret_value
from atlas.constructs.security_group import WorkloadSecurityGroup, data_store_group
from atlas.naming import Name

PORT = 5432

# Parameters that need a reboot must say so, or the apply fails.
# AWS managed policy that lets RDS publish OS metrics to CloudWatch Logs (RDSOSMetrics).
ENHANCED_MONITORING_POLICY_ARN = "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"

_STATIC_PARAMETERS = {"rds.logical_replication", "shared_preload_libraries", "max_connections",
                      "max_wal_senders", "max_replication_slots", "rds.force_ssl"}


def postgres_names(name: str, *, monitoring: bool = True) -> dict:
    """The AWS names a ``Postgres`` derives from its name (RDS keeps identifiers lowercase,
    and the provider refuses uppercase subnet and parameter group names)."""
    return {"instance": Name("db_instance", name), "final_snapshot": Name("db_snapshot", f"{name}-final"),
            "subnet_group": Name("db_subnet_group", name), "parameter_group": Name("db_parameter_group", name),
            "security_group": Name("security_group", f"{name}-db"),
            **({"monitoring_role": Name("iam_role", f"{name}-rds-monitoring")} if monitoring else {})}


def master_secret_name(name: str) -> Name:
    """The secret holding a Terraform-generated master password of the instance ``name``
    (``atlas.stacks.kit.master_secret``)."""
    return Name("secret", f"{name}/db-master")


@dataclass(frozen=True, kw_only=True)
class PostgresProps:
    name: str
    vpc_id: str
    subnet_ids: Sequence[str]
    kms_key_arn: str  # storage, the managed master secret and Performance Insights
    account_id: str  # scopes the enhanced-monitoring role's trust (confused-deputy guard)
    clients: Sequence[WorkloadSecurityGroup]
    database_name: str
    master_username: str = "postgres"
    # The major version ("16"): minors are upgraded by AWS (auto_minor_version_upgrade is on),
    # so a pinned minor would make a later plan try a downgrade (atlas.rules.rds).
    engine_version: str = "16"
    instance_class: str = "db.t4g.micro"
    allocated_storage_gb: int = 20
    max_allocated_storage_gb: int = 100
    multi_az: bool = False
    deletion_protection: bool = True
    backup_retention_days: int = 7
    # Parameter overrides, e.g. {"rds.logical_replication": "1"} for change data capture.
    parameters: Mapping[str, str] = field(default_factory=dict)
    # The password's source (see the module docstring): RDS-managed when both are None.
    master_secret: GeneratedSecret | None = None
    password_secret_id: str | None = None
    password_secret_key: str = "password"
    password_version: int = 1
    # Performance Insights (query-level load), encrypted with kms_key_arn. On by default:
    # the 7-day retention is free, and it is what an incident needs first.
    performance_insights: bool = True
    performance_insights_retention_days: int = 7  # 7 (free) or a multiple of 31, up to 731
    # Enhanced monitoring: OS metrics every N seconds through a role of this construct;
    # 0 switches it (and the role) off.
    monitoring_interval_seconds: Literal[0, 1, 5, 10, 15, 30, 60] = 60

    def __post_init__(self) -> None:
        if self.master_secret is not None and self.password_secret_id:
            raise ValueError(f"database {self.name}: give master_secret or password_secret_id, not both")
        if not 1 <= self.backup_retention_days <= 35:
            raise ValueError(f"database {self.name}: backup_retention_days must be 1-35 (backups are always kept)")
        days = self.performance_insights_retention_days
        if self.performance_insights and not (days == 7 or (days % 31 == 0 and 31 <= days <= 731)):
            raise ValueError(f"database {self.name}: performance_insights_retention_days must be 7 "
                             "or a multiple of 31 up to 731")

    @property
    def family(self) -> str:
        return f"postgres{self.engine_version.split('.')[0]}"


class Postgres(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: PostgresProps) -> None:
        super().__init__(scope, construct_id)
        names = postgres_names(props.name, monitoring=bool(props.monitoring_interval_seconds))
        self.security_group = data_store_group(self, name=names["security_group"].value, description=f"{props.name} PostgreSQL",
                                               vpc_id=props.vpc_id, clients=props.clients, port=PORT,
                                               service="PostgreSQL")
        subnets = DbSubnetGroup(self, "subnet_group", name=names["subnet_group"].value, subnet_ids=list(props.subnet_ids))
        # TLS is required for every connection, whatever the caller adds.
        parameters = {"rds.force_ssl": "1", "log_min_duration_statement": "1000", **props.parameters}
        group = DbParameterGroup(self, "parameter_group", name=names["parameter_group"].value, family=props.family,
                                 description=f"{props.name} PostgreSQL parameters",
                                 parameter=[DbParameterGroupParameter(
                                     name=k, value=v,
                                     apply_method="pending-reboot" if k in _STATIC_PARAMETERS else "immediate")
                                     for k, v in sorted(parameters.items())])
        password: dict = {"manage_master_user_password": True, "master_user_secret_kms_key_id": props.kms_key_arn}
        if props.master_secret is not None:
            password = {"password_wo": props.master_secret.password,
                        "password_wo_version": props.master_secret.password_version}
        elif props.password_secret_id:
            password = {"password_wo": ephemeral_secret_value(self, secret_id=props.password_secret_id,
                                                              key=props.password_secret_key, label="master_password"),
                        "password_wo_version": props.password_version}
        observability: dict = {}
        if props.performance_insights:
            observability.update(performance_insights_enabled=True,
                                 performance_insights_kms_key_id=props.kms_key_arn,
                                 performance_insights_retention_period=props.performance_insights_retention_days)
        self.monitoring_role: IamRole | None = None
        if props.monitoring_interval_seconds:
            self.monitoring_role = IamRole(
                self, "monitoring_role", name=names["monitoring_role"].value,
                assume_role_policy=service_assume_role_policy("monitoring.rds.amazonaws.com",
                                                              account_id=props.account_id))
            IamRolePolicyAttachment(self, "monitoring_policy", role=self.monitoring_role.name,
                                    policy_arn=ENHANCED_MONITORING_POLICY_ARN)
            observability.update(monitoring_interval=props.monitoring_interval_seconds,
                                 monitoring_role_arn=self.monitoring_role.arn)
        self.instance = DbInstance(
            self, "instance", identifier=names["instance"].value, engine="postgres", engine_version=props.engine_version,
            instance_class=props.instance_class, allocated_storage=props.allocated_storage_gb,
            max_allocated_storage=props.max_allocated_storage_gb, storage_type="gp3", storage_encrypted=True,
            kms_key_id=props.kms_key_arn, db_name=props.database_name, username=props.master_username,
            db_subnet_group_name=subnets.name, parameter_group_name=group.name,
            vpc_security_group_ids=[self.security_group.id], publicly_accessible=False, multi_az=props.multi_az,
            deletion_protection=props.deletion_protection, backup_retention_period=props.backup_retention_days,
            copy_tags_to_snapshot=True, skip_final_snapshot=False, final_snapshot_identifier=names["final_snapshot"].value,
            auto_minor_version_upgrade=True, iam_database_authentication_enabled=True,
            enabled_cloudwatch_logs_exports=["postgresql", "upgrade"], **observability, **password)
        self.identifier: str = self.instance.identifier
        self.endpoint: str = self.instance.address
        self.managed_secret_arn: str | None = (None if props.password_secret_id or props.master_secret
                                               else self.instance.master_user_secret.get(0).secret_arn)
