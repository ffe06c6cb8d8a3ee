"""Redshift Serverless over the gold layer: a namespace (the data, KMS-encrypted, admin
password generated and kept by Redshift in Secrets Manager) and a private workgroup (the
compute, in private subnets, enhanced VPC routing so COPY/UNLOAD traffic stays on the
VPC's S3 endpoint). Its role may read gold and the Glue catalog (Spectrum), nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from cdktf_cdktf_provider_aws.redshiftserverless_namespace import RedshiftserverlessNamespace
from cdktf_cdktf_provider_aws.redshiftserverless_workgroup import RedshiftserverlessWorkgroup

from atlas.cdk import Construct
from atlas.constructs.iam import Statement
from atlas.constructs.kms import EncryptionKey
from atlas.constructs.s3 import SecureBucket
from atlas.constructs.security_group import Connections, WorkloadSecurityGroup
from atlas.constructs.service_roles import ServiceRoles

PORT = 5439


@dataclass(frozen=True, kw_only=True)
class WarehouseProps:
    name: str
    region: str
    account_id: str
    vpc_id: str
    subnet_ids: Sequence[str]  # three zones at least (a Redshift Serverless requirement)
    key: EncryptionKey
    gold: SecureBucket
    gold_database: str
    roles: ServiceRoles  # holds "redshift"
    database_name: str = "analytics"
    admin_username: str = "edp_admin"
    base_capacity_rpu: int = 8
    max_capacity_rpu: int = 64


class Warehouse(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: WarehouseProps) -> None:
        super().__init__(scope, construct_id)
        p = props
        if len(p.subnet_ids) < 3:
            raise ValueError(f"warehouse {p.name}: Redshift Serverless needs subnets in three availability zones")
        self.security_group = WorkloadSecurityGroup(self, "security_group", name=f"{p.name}-redshift",
                                                    description="Redshift Serverless workgroup", vpc_id=p.vpc_id,
                                                    label="redshift", allow_all_egress=False)
        self.connections = Connections(self.security_group, PORT)
        catalog = f"arn:aws:glue:{p.region}:{p.account_id}"
        policy = p.roles.grant("redshift", [
            p.gold.grant_read("ReadGold"),
            p.key.grant_use("UsePlatformKey"),
            Statement(sid="Spectrum", actions=["glue:GetDatabase", "glue:GetDatabases", "glue:GetTable",
                                               "glue:GetTables", "glue:GetPartition", "glue:GetPartitions",
                                               "glue:BatchGetPartition"],
                      resources=[f"{catalog}:catalog", f"{catalog}:database/{p.gold_database}",
                                 f"{catalog}:table/{p.gold_database}/*"])])
        self.namespace = RedshiftserverlessNamespace(
            self, "namespace", namespace_name=p.name, db_name=p.database_name, admin_username=p.admin_username,
            # Redshift generates the admin password and keeps it in a secret of its own.
            manage_admin_password=True, admin_password_secret_kms_key_id=p.key.arn, kms_key_id=p.key.arn,
            iam_roles=[p.roles.arn("redshift")], default_iam_role_arn=p.roles.arn("redshift"),
            log_exports=["userlog", "connectionlog", "useractivitylog"], depends_on=[policy])
        self.workgroup = RedshiftserverlessWorkgroup(
            self, "workgroup", workgroup_name=p.name, namespace_name=self.namespace.namespace_name,
            base_capacity=p.base_capacity_rpu, max_capacity=p.max_capacity_rpu, publicly_accessible=False,
            enhanced_vpc_routing=True, subnet_ids=list(p.subnet_ids), security_group_ids=[self.security_group.id],
            # No config_parameter: Redshift reports every parameter back, so a partial list
            # would show as a change on every plan; TLS is enforced by the clients' sslmode.
            port=PORT)
        self.admin_secret_arn: str = self.namespace.admin_password_secret_arn
