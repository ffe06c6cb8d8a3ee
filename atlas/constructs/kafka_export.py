"""The optional Kafka -> S3 export path: the document's bucket for exported objects, the
plugin artifact bucket, and one MSK Connect S3 sink (custom plugin, connector, log group).

Built by ``kafka_export`` directly under the caller's scope (``sink_bucket``,
``plugin_bucket``, ``s3_sink``), where these resources have always had their addresses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from atlas.cdk import Construct
from atlas.constructs.cdc_connectors import export_writer_statements, json_export_sink_config
from atlas.constructs.msk import KafkaAccess, KafkaArns, kafka_client_statements
from atlas.constructs.msk_connect import Connector, ConnectorProps
from atlas.constructs.s3 import SecureBucket, SecureBucketProps
from atlas.naming import Name


@dataclass(frozen=True, kw_only=True)
class KafkaExportProps:
    prefix: str  # resource name prefix
    account_id: str
    region: str
    topics: Sequence[str]
    objects_prefix: str  # key prefix of the exported objects ("topics.dir")
    partition_fields: Sequence[str]
    plugin_key: str  # the S3 sink archive operators upload to the plugin bucket
    flush_size: int
    mcu_count: int
    min_workers: int
    max_workers: int
    bootstrap_brokers_iam: str
    kafka_arns: KafkaArns
    vpc_id: str
    subnet_ids: Sequence[str]
    kms_key_arn: str  # the exported objects and the plugin archive
    log_kms_key_arn: str
    log_retention_days: int
    access_log_bucket: SecureBucket


def export_names(prefix: str, account_id: str) -> dict:
    """The names the export path derives from the root's prefix (the connector adds its own)."""
    connector = f"{prefix}-s3-sink"
    return {"buckets": {key: Name("s3_bucket", f"{prefix}-{key}-{account_id}") for key in ("kafka-export", "connect-plugins")},
            "connector": connector, "security_group": Name("security_group", f"{prefix}-connector"),
            # MSK Connect names the sink's consumer group "connect-<connector name>".
            "consumer_group": f"connect-{connector}"}


def kafka_export(scope: Construct, props: KafkaExportProps) -> Connector:
    """The export path; returns the connector (its ``connections`` reach the brokers)."""
    p = props
    names = export_names(p.prefix, p.account_id)

    def bucket(construct_id: str, name: str) -> SecureBucket:
        return SecureBucket(scope, construct_id, SecureBucketProps(
            name=names["buckets"][name].value, kms_key_arn=p.kms_key_arn,
            access_log_bucket=p.access_log_bucket.name, access_log_prefix=f"{p.prefix}-{name}/",
            access_log_bucket_policy=p.access_log_bucket.policy))

    exports, plugins = bucket("sink_bucket", "kafka-export"), bucket("plugin_bucket", "connect-plugins")
    name = names["connector"]
    return Connector(scope, "s3_sink", ConnectorProps(
        name=name, bootstrap_brokers_iam=p.bootstrap_brokers_iam, vpc_id=p.vpc_id, subnet_ids=p.subnet_ids,
        security_group_name=names["security_group"].value, security_group_description="MSK Connect S3 sink workers",
        security_group_label="connector", plugin_bucket_arn=plugins.arn, plugin_key=p.plugin_key,
        account_id=p.account_id, log_kms_key_arn=p.log_kms_key_arn, log_retention_days=p.log_retention_days,
        mcu_count=p.mcu_count, min_workers=p.min_workers, max_workers=p.max_workers,
        connector_configuration=json_export_sink_config(
            topics=p.topics, bucket=exports.name, region=p.region, prefix=p.objects_prefix,
            partition_fields=p.partition_fields, flush_size=p.flush_size, tasks=p.max_workers * p.mcu_count),
        role_statements=[
            # MSK Connect names the sink's consumer group "connect-<connector name>".
            *kafka_client_statements(p.kafka_arns, KafkaAccess(consume=list(p.topics), groups=[names["consumer_group"]]),
                                     sid_prefix="Sink"),
            *export_writer_statements(exports.arn, exports.objects_arn(f"{p.objects_prefix}/"), p.kms_key_arn)]))
