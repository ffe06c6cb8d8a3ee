"""Lake processing: Glue (security configuration, network connection, the bronze -> silver
job and the silver crawler) and the Athena workgroup dbt and analysts query through.

Everything Glue writes is encrypted with the platform key: S3 output (SSE-KMS), job
bookmarks (CSE-KMS) and its CloudWatch logs (the logs key). The job runs in a private
subnet through a NETWORK connection whose security group admits only itself (Spark
executors talk to each other); its S3 traffic takes the VPC's gateway endpoint. The crawler
is wired to its role and database by reference, so a renamed database or role changes the
crawler in the same plan instead of leaving it pointing at a name that no longer exists.
The workgroup enforces its configuration: every query's results are SSE-KMS encrypted in
the results bucket, whatever the client asks for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from cdktf_cdktf_provider_aws.athena_workgroup import (
    AthenaWorkgroup,
    AthenaWorkgroupConfiguration,
    AthenaWorkgroupConfigurationEngineVersion,
    AthenaWorkgroupConfigurationResultConfiguration,
    AthenaWorkgroupConfigurationResultConfigurationEncryptionConfiguration,
)
from cdktf_cdktf_provider_aws.glue_catalog_database import GlueCatalogDatabase
from cdktf_cdktf_provider_aws.glue_connection import GlueConnection, GlueConnectionPhysicalConnectionRequirements
from cdktf_cdktf_provider_aws.glue_crawler import GlueCrawler, GlueCrawlerS3Target, GlueCrawlerSchemaChangePolicy
from cdktf_cdktf_provider_aws.glue_job import GlueJob, GlueJobCommand, GlueJobExecutionProperty

from atlas.cdk import Construct
from atlas.constructs.iam import Statement
from atlas.constructs.kms import EncryptionKey
from atlas.constructs.lake_crawler import glue_security_configuration
from atlas.constructs.medallion import MedallionLake
from atlas.constructs.security_group import WorkloadSecurityGroup
from atlas.constructs.service_roles import ServiceRoles


@dataclass(frozen=True, kw_only=True)
class ProcessingProps:
    name: str
    account_id: str
    region: str
    vpc_id: str
    # The Glue connection's subnet and its zone (a NETWORK connection names exactly one).
    subnet_id: str
    availability_zone: str
    lake: MedallionLake
    databases: Mapping[str, GlueCatalogDatabase]
    key: EncryptionKey
    logs_key_arn: str
    roles: ServiceRoles  # holds a "glue" role
    # Provided by the application: the glue-jobs repository uploads the script.
    script_location: str
    glue_version: str = "4.0"
    worker_type: str = "G.1X"
    number_of_workers: int = 2
    timeout_minutes: int = 60
    bytes_scanned_cutoff: int = 10 * 1024 ** 3


class Processing(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: ProcessingProps) -> None:
        super().__init__(scope, construct_id)
        p, lake = props, props.lake
        self.security_group = WorkloadSecurityGroup(self, "security_group", name=f"{p.name}-glue",
                                                    description="Glue jobs: Spark driver and executors",
                                                    vpc_id=p.vpc_id, label="glue")
        # Glue requires a self-referencing rule for every TCP port (driver <-> executors).
        self.security_group.allow_from(self.security_group, 0, to_port=65535,
                                       description="Glue Spark driver and executors among themselves")
        self.security_configuration = glue_security_configuration(
            self, "security_configuration", name=p.name, data_key_arn=p.key.arn, log_key_arn=p.logs_key_arn)
        self.connection = GlueConnection(
            self, "connection", name=f"{p.name}-network", connection_type="NETWORK", catalog_id=p.account_id,
            description="private subnet for Glue jobs",
            physical_connection_requirements=GlueConnectionPhysicalConnectionRequirements(
                availability_zone=p.availability_zone, subnet_id=p.subnet_id,
                security_group_id_list=[self.security_group.id]))
        self.job = GlueJob(
            self, "bronze_to_silver", name=f"{p.name}-bronze-to-silver", role_arn=p.roles.arn("glue"),
            glue_version=p.glue_version, worker_type=p.worker_type, number_of_workers=p.number_of_workers,
            timeout=p.timeout_minutes, max_retries=0,  # the pipeline retries, with backoff
            security_configuration=self.security_configuration.name, connections=[self.connection.name],
            execution_property=GlueJobExecutionProperty(max_concurrent_runs=1),
            command=GlueJobCommand(name="glueetl", python_version="3", script_location=p.script_location),
            default_arguments={
                "--job-language": "python", "--job-bookmark-option": "job-bookmark-enable",
                "--enable-metrics": "true", "--enable-continuous-cloudwatch-log": "true",
                "--enable-spark-ui": "false",
                "--TempDir": f"s3://{lake['glue-scripts'].name}/temp/",
                "--bronze_path": f"s3://{lake['bronze'].name}/", "--silver_path": f"s3://{lake['silver'].name}/",
                "--quarantine_path": f"s3://{lake['quarantine'].name}/",
                "--silver_database": p.databases["silver"].name},
            # The glue-jobs repository uploads the script (atlas.rules.pipelines, artifacts).
            tags={"artifact-source": "application"})
        self.crawler = GlueCrawler(
            self, "silver_crawler", name=f"{p.name}-silver", role=p.roles.arn("glue"),
            database_name=p.databases["silver"].name, security_configuration=self.security_configuration.name,
            s3_target=[GlueCrawlerS3Target(path=f"s3://{lake['silver'].name}/", connection_name=self.connection.name)],
            schema_change_policy=GlueCrawlerSchemaChangePolicy(update_behavior="UPDATE_IN_DATABASE",
                                                               delete_behavior="LOG"))
        results = lake["athena-results"]
        self.workgroup = AthenaWorkgroup(
            self, "workgroup", name=p.name, description=f"{p.name}: dbt and analysts", force_destroy=False,
            configuration=AthenaWorkgroupConfiguration(
                enforce_workgroup_configuration=True, publish_cloudwatch_metrics_enabled=True,
                bytes_scanned_cutoff_per_query=p.bytes_scanned_cutoff,
                engine_version=AthenaWorkgroupConfigurationEngineVersion(selected_engine_version="Athena engine version 3"),
                result_configuration=AthenaWorkgroupConfigurationResultConfiguration(
                    output_location=f"s3://{results.name}/results/",
                    encryption_configuration=AthenaWorkgroupConfigurationResultConfigurationEncryptionConfiguration(
                        encryption_option="SSE_KMS", kms_key_arn=p.key.arn))))
        self.policy = p.roles.grant("glue", self._glue_statements(p))

    def _glue_statements(self, p: ProcessingProps) -> list[Statement]:
        lake, region, account = p.lake, p.region, p.account_id
        catalog = f"arn:aws:glue:{region}:{account}"
        databases = [p.databases[layer].name for layer in ("bronze", "silver")]
        return [
            lake["bronze"].grant_read("ReadBronze"),
            lake["silver"].grant_read_write("WriteSilver"),
            lake["quarantine"].grant_read_write("WriteQuarantine"),
            lake["glue-scripts"].grant_read("ReadScripts"),
            lake["glue-scripts"].grant_read_write("UseTempDir", "temp/"),
            p.key.grant_use("UsePlatformKey"),
            Statement(sid="Catalog", actions=["glue:GetDatabase", "glue:GetTable", "glue:GetTables",
                                              "glue:GetPartition", "glue:GetPartitions", "glue:CreateTable",
                                              "glue:UpdateTable", "glue:BatchCreatePartition",
                                              "glue:BatchGetPartition", "glue:CreatePartition",
                                              "glue:UpdatePartition"],
                      resources=[f"{catalog}:catalog"] + [f"{catalog}:database/{d}" for d in databases]
                      + [f"{catalog}:table/{d}/*" for d in databases]),
            Statement(sid="OwnSecurityConfigurationAndConnection",
                      actions=["glue:GetSecurityConfiguration", "glue:GetConnection"],
                      resources=["*"]),
            Statement(sid="Logs", actions=["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents",
                                           "logs:AssociateKmsKey"],
                      resources=[f"arn:aws:logs:{region}:{account}:log-group:/aws-glue/*"]),
            Statement(sid="LogsKey", actions=["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey*"],
                      resources=[p.logs_key_arn]),
            Statement(sid="JobMetrics", actions=["cloudwatch:PutMetricData"], resources=["*"],
                      conditions={"StringEquals": {"cloudwatch:namespace": "Glue"}}),
            # A NETWORK connection attaches ENIs in the subnet; EC2 has no resource-level
            # permissions for the Describe calls.
            Statement(sid="NetworkInterfaces", actions=["ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface",
                                                        "ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets",
                                                        "ec2:DescribeSecurityGroups", "ec2:DescribeVpcs",
                                                        "ec2:DescribeVpcEndpoints", "ec2:DescribeRouteTables",
                                                        "ec2:CreateTags", "ec2:DeleteTags"],
                      resources=["*"]),
        ]
