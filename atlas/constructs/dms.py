"""Change data capture with AWS DMS: PostgreSQL (logical replication) -> Parquet in S3.

* ``dms_account_roles``: the two roles DMS looks up by fixed name in every account
  (``dms-vpc-role`` to manage its network interfaces, ``dms-cloudwatch-logs-role`` to write
  task logs). They are account singletons: exactly one root per account creates them.
* ``CdcReplication``: a private, encrypted replication instance in its own subnet group and
  security group (the database admits it by name), a PostgreSQL source endpoint that reads
  its credentials from the RDS-managed secret through ``secrets_manager_arn`` (no password
  ever in Terraform) over verified TLS, an S3 target writing Parquet into bronze with the
  platform key, and a full-load-and-CDC task with logging on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Sequence

from cdktf_cdktf_provider_aws.dms_endpoint import DmsEndpoint
from cdktf_cdktf_provider_aws.dms_replication_instance import DmsReplicationInstance
from cdktf_cdktf_provider_aws.dms_replication_subnet_group import DmsReplicationSubnetGroup
from cdktf_cdktf_provider_aws.dms_replication_task import DmsReplicationTask
from cdktf_cdktf_provider_aws.dms_s3_endpoint import DmsS3Endpoint
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment

from atlas.cdk import Construct, TerraformResource
from atlas.constructs.iam import Statement, policy_document, service_assume_role_policy
from atlas.constructs.kms import EncryptionKey
from atlas.constructs.rds import Postgres
from atlas.constructs.s3 import SecureBucket
from atlas.constructs.security_group import Connections, WorkloadSecurityGroup
from atlas.constructs.service_roles import ServiceRoles

VPC_ROLE_NAME = "dms-vpc-role"
LOGS_ROLE_NAME = "dms-cloudwatch-logs-role"
_VPC_POLICY = "arn:aws:iam::aws:policy/service-role/AmazonDMSVPCManagementRole"
_LOGS_POLICY = "arn:aws:iam::aws:policy/service-role/AmazonDMSCloudWatchLogsRole"


def dms_account_roles(scope: Construct, *, account_id: str) -> list[TerraformResource]:
    """The account's DMS roles; returns the attachments a replication subnet group must wait
    for (DMS checks dms-vpc-role when the group is created)."""
    attachments = []
    for key, name, policy in (("dms_vpc", VPC_ROLE_NAME, _VPC_POLICY), ("dms_logs", LOGS_ROLE_NAME, _LOGS_POLICY)):
        role = IamRole(scope, f"{key}_role", name=name, description="DMS account role (one per account)",
                       assume_role_policy=service_assume_role_policy("dms.amazonaws.com", account_id=account_id))
        attachments.append(IamRolePolicyAttachment(scope, f"{key}_policy", role=role.name, policy_arn=policy))
    return attachments


@dataclass(frozen=True, kw_only=True)
class CdcReplicationProps:
    name: str
    region: str
    account_id: str
    vpc_id: str
    subnet_ids: Sequence[str]
    database: Postgres
    database_name: str
    key: EncryptionKey  # the database's managed secret, the instance storage, the bronze bucket
    bronze: SecureBucket
    roles: ServiceRoles  # holds "dms_s3" (the S3 target) and "dms_secrets" (the source credentials)
    instance_class: str = "dms.t3.medium"
    allocated_storage_gb: int = 50
    engine_version: str = "3.5.4"
    multi_az: bool = False
    schemas: Sequence[str] = ("public",)
    # The account roles when this root creates them: the subnet group waits for them.
    account_roles: Sequence[TerraformResource] = ()
    bronze_prefix: str = "cdc"


class CdcReplication(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: CdcReplicationProps) -> None:
        super().__init__(scope, construct_id)
        p = props
        self.security_group = WorkloadSecurityGroup(self, "security_group", name=f"{p.name}-dms",
                                                    description="DMS replication instance", vpc_id=p.vpc_id,
                                                    label="dms")
        self.connections = Connections(self.security_group)
        p.database.security_group.allow_from(self.security_group, 5432, description="DMS reads the WAL")
        subnets = DmsReplicationSubnetGroup(self, "subnet_group", replication_subnet_group_id=p.name,
                                            replication_subnet_group_description=f"{p.name} DMS",
                                            subnet_ids=list(p.subnet_ids), depends_on=list(p.account_roles) or None)
        self.instance = DmsReplicationInstance(
            self, "instance", replication_instance_id=p.name, replication_instance_class=p.instance_class,
            allocated_storage=p.allocated_storage_gb, engine_version=p.engine_version, kms_key_arn=p.key.arn,
            multi_az=p.multi_az, publicly_accessible=False, auto_minor_version_upgrade=True,
            replication_subnet_group_id=subnets.replication_subnet_group_id,
            vpc_security_group_ids=[self.security_group.id])
        secret_arn = p.database.managed_secret_arn
        secrets_policy = p.roles.grant("dms_secrets", [
            Statement(sid="ReadDatabaseSecret", actions=["secretsmanager:GetSecretValue",
                                                         "secretsmanager:DescribeSecret"], resources=[secret_arn]),
            Statement(sid="DecryptDatabaseSecret", actions=["kms:Decrypt"], resources=[p.key.arn],
                      conditions={"StringEquals": {"kms:ViaService": f"secretsmanager.{p.region}.amazonaws.com"}})])
        self.source = DmsEndpoint(
            self, "source", endpoint_id=f"{p.name}-source", endpoint_type="source", engine_name="postgres",
            database_name=p.database_name, ssl_mode="require", kms_key_arn=p.key.arn,
            secrets_manager_arn=secret_arn, secrets_manager_access_role_arn=p.roles.arn("dms_secrets"),
            postgres_settings={"capture_ddls": False, "heartbeat_enable": True, "plugin_name": "pgoutput"},
            depends_on=[secrets_policy])
        s3_policy = p.roles.grant("dms_s3", [
            Statement(sid="WriteBronze", actions=["s3:PutObject", "s3:DeleteObject", "s3:PutObjectTagging"],
                      resources=[p.bronze.objects_arn(f"{p.bronze_prefix}/")]),
            Statement(sid="ListBronze", actions=["s3:ListBucket", "s3:GetBucketLocation"], resources=[p.bronze.arn]),
            p.key.grant_use("UsePlatformKey", services=("s3",), region=p.region)])
        self.target = DmsS3Endpoint(
            self, "target", endpoint_id=f"{p.name}-bronze", endpoint_type="target", bucket_name=p.bronze.name,
            bucket_folder=p.bronze_prefix, service_access_role_arn=p.roles.arn("dms_s3"),
            data_format="parquet", parquet_version="parquet-2-0", compression_type="GZIP",
            encryption_mode="SSE_KMS", server_side_encryption_kms_key_id=p.key.arn, kms_key_arn=p.key.arn,
            include_op_for_full_load=True, timestamp_column_name="_dms_commit_ts", cdc_path="changes",
            date_partition_enabled=True, depends_on=[s3_policy])
        self.task = DmsReplicationTask(
            self, "task", replication_task_id=p.name, migration_type="full-load-and-cdc",
            replication_instance_arn=self.instance.replication_instance_arn,
            source_endpoint_arn=self.source.endpoint_arn, target_endpoint_arn=self.target.endpoint_arn,
            # Operators start the task once the source holds data (a rollout step).
            start_replication_task=False,
            table_mappings=json.dumps({"rules": [
                {"rule-type": "selection", "rule-id": str(i + 1), "rule-name": f"include-{schema}",
                 "object-locator": {"schema-name": schema, "table-name": "%"}, "rule-action": "include"}
                for i, schema in enumerate(p.schemas)]}, sort_keys=True),
            replication_task_settings=json.dumps({
                "Logging": {"EnableLogging": True},
                "TargetMetadata": {"SupportLobs": True, "LimitedSizeLobMode": True, "LobMaxSize": 32},
                "FullLoadSettings": {"TargetTablePrepMode": "DROP_AND_CREATE"}}, sort_keys=True))
