"""A Glue crawler that keeps the catalog tables of one lake area in step with what lands there.

The S3 sinks write Parquet under ``<prefix>/<topic>/year=/month=/day=[/hour=]``; the columns
are whatever the source tables hold (Debezium's Avro schemas), which this project does not
know, so tables cannot be declared with partition projection. A crawler reads the Parquet
schemas and Hive-style partitions and creates one table per topic folder (``Exclusions``
skip the sinks' temporary objects), adding only new folders on each run. Its role may read
exactly that prefix with that area's key, and write only that area's database. Crawler logs
are KMS-encrypted through a Glue security configuration.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from cdktf_cdktf_provider_aws.glue_crawler import (
    GlueCrawler,
    GlueCrawlerRecrawlPolicy,
    GlueCrawlerS3Target,
    GlueCrawlerSchemaChangePolicy,
)
from cdktf_cdktf_provider_aws.glue_security_configuration import (
    GlueSecurityConfiguration,
    GlueSecurityConfigurationEncryptionConfiguration,
    GlueSecurityConfigurationEncryptionConfigurationCloudwatchEncryption,
    GlueSecurityConfigurationEncryptionConfigurationJobBookmarksEncryption,
    GlueSecurityConfigurationEncryptionConfigurationS3Encryption,
)
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy

from atlas.cdk import Construct
from atlas.constructs.iam import Statement, policy_document, service_assume_role_policy


def glue_security_configuration(scope: Construct, construct_id: str, *, name: str, data_key_arn: str,
                                log_key_arn: str) -> GlueSecurityConfiguration:
    """What a Glue job or crawler writes, all under customer keys: its S3 output (SSE-KMS)
    and job bookmarks (CSE-KMS) with the data key, its CloudWatch logs with the logs key."""
    return GlueSecurityConfiguration(
        scope, construct_id, name=name,
        encryption_configuration=GlueSecurityConfigurationEncryptionConfiguration(
            cloudwatch_encryption=GlueSecurityConfigurationEncryptionConfigurationCloudwatchEncryption(
                cloudwatch_encryption_mode="SSE-KMS", kms_key_arn=log_key_arn),
            job_bookmarks_encryption=GlueSecurityConfigurationEncryptionConfigurationJobBookmarksEncryption(
                job_bookmarks_encryption_mode="CSE-KMS", kms_key_arn=data_key_arn),
            s3_encryption=GlueSecurityConfigurationEncryptionConfigurationS3Encryption(
                s3_encryption_mode="SSE-KMS", kms_key_arn=data_key_arn)))


@dataclass(frozen=True, kw_only=True)
class LakeCrawlerProps:
    name: str  # crawler, role and security configuration name
    account_id: str
    region: str
    bucket_name: str
    prefix: str  # "cdc": the sink's topics.dir
    database_name: str
    data_key_arn: str  # the area's classification key (reads the objects)
    log_key_arn: str  # CloudWatch Logs key of the root (the logs service may use it)
    # Glue cron: a quarter past each hour, after the sinks' hourly rotation.
    schedule: str = "cron(15 * * * ? *)"


class LakeCrawler(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: LakeCrawlerProps) -> None:
        super().__init__(scope, construct_id)
        bucket_arn = f"arn:aws:s3:::{props.bucket_name}"
        catalog = f"arn:aws:glue:{props.region}:{props.account_id}"
        security = glue_security_configuration(self, "security_configuration", name=props.name,
                                               data_key_arn=props.data_key_arn, log_key_arn=props.log_key_arn)
        self.role = IamRole(self, "role", name=f"{props.name}-crawler",
                            assume_role_policy=service_assume_role_policy("glue.amazonaws.com",
                                                                          account_id=props.account_id))
        logs = f"arn:aws:logs:{props.region}:{props.account_id}:log-group:/aws-glue/crawlers*"
        IamRolePolicy(self, "policy", role=self.role.id, name="crawl-one-area", policy=policy_document(
            Statement(sid="ListArea", actions=["s3:ListBucket"], resources=[bucket_arn],
                      conditions={"StringLike": {"s3:prefix": [f"{props.prefix}/*", props.prefix]}}),
            Statement(sid="ReadArea", actions=["s3:GetObject"], resources=[f"{bucket_arn}/{props.prefix}/*"]),
            Statement(sid="DecryptArea", actions=["kms:Decrypt", "kms:DescribeKey"], resources=[props.data_key_arn]),
            Statement(sid="CatalogOfArea", actions=[
                "glue:GetDatabase", "glue:GetTable", "glue:GetTables", "glue:CreateTable", "glue:UpdateTable",
                "glue:GetPartition", "glue:GetPartitions", "glue:BatchGetPartition", "glue:CreatePartition",
                "glue:BatchCreatePartition", "glue:UpdatePartition", "glue:BatchUpdatePartition"],
                resources=[f"{catalog}:catalog", f"{catalog}:database/{props.database_name}",
                           f"{catalog}:table/{props.database_name}/*"]),
            Statement(sid="OwnSecurityConfiguration", actions=["glue:GetSecurityConfiguration"], resources=["*"]),
            Statement(sid="EncryptedLogs", actions=["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents",
                                                    "logs:AssociateKmsKey"], resources=[logs, f"{logs}:*"])))
        self.crawler = GlueCrawler(
            self, "crawler", name=props.name, role=self.role.arn, database_name=props.database_name,
            security_configuration=security.name, schedule=props.schedule,
            description=f"Tables and partitions of s3://{props.bucket_name}/{props.prefix}/",
            s3_target=[GlueCrawlerS3Target(path=f"s3://{props.bucket_name}/{props.prefix}/",
                                           exclusions=["**/+tmp/**", "**_$folder$"])],
            # New folders only: partitions appear within the hour without re-reading the lake.
            recrawl_policy=GlueCrawlerRecrawlPolicy(recrawl_behavior="CRAWL_NEW_FOLDERS_ONLY"),
            schema_change_policy=GlueCrawlerSchemaChangePolicy(update_behavior="LOG", delete_behavior="LOG"),
            configuration=json.dumps({"Version": 1.0, "Grouping": {"TableLevelConfiguration": 3},
                                      "CrawlerOutput": {"Partitions": {"AddOrUpdateBehavior": "InheritFromTable"}}},
                                     sort_keys=True))
        self.name: str = self.crawler.name
