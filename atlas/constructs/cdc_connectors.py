"""Kafka Connect configuration: Debezium PostgreSQL in, S3 out (Parquet for CDC, JSON for exports).

Pure builders of the ``connector_configuration`` maps and worker properties (plus the IAM
MSK Connect itself needs), so a composition only says which database, topics, bucket and
key; the Kafka Connect keys and their quirks live here.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from atlas.cdk import Construct, Fn, TerraformLocal, Token
from atlas.constructs.iam import Statement
from atlas.constructs.msk import KafkaArns

DEBEZIUM_POSTGRES = "io.debezium.connector.postgresql.PostgresConnector"
S3_SINK = "io.confluent.connect.s3.S3SinkConnector"
_AVRO = "io.confluent.connect.avro.AvroConverter"
HEARTBEAT_INTERVAL_MS = 60000
# The S3 sinks' topics.dir: objects land under <bucket>/cdc/<topic>/, where the crawlers look.
RAW_TOPICS_DIR = "cdc"


def heartbeat_topic(server_name: str) -> str:
    """Debezium 2.x writes heartbeats to ``<topic.heartbeat.prefix>.<topic.prefix>``."""
    return f"__debezium-heartbeat.{server_name}"


def worker_properties(*, region: str, schema_registry_url: str, secrets: bool = True) -> dict[str, str]:
    """Avro converters backed by the Schema Registry and, with ``secrets``, the Secrets
    Manager config provider (credentials resolved at task start, never stored in a
    connector's configuration).

    A worker loads these classes from its connector's plugin only, so a connector gets a
    worker configuration naming exactly what its plugin bundles (``PluginSettings.bundles``):
    the S3 sinks need no credentials and get no config provider."""
    providers = {
        "config.providers": "secretsmanager",
        "config.providers.secretsmanager.class": "com.amazonaws.kafka.config.providers.SecretsManagerConfigProvider",
        "config.providers.secretsmanager.param.region": region,
    } if secrets else {}
    return {
        **providers,
        "key.converter": _AVRO,
        "key.converter.schema.registry.url": schema_registry_url,
        "value.converter": _AVRO,
        "value.converter.schema.registry.url": schema_registry_url,
    }


def secret_reference(secret_name: str, key: str) -> str:
    """``${secretsmanager:<secret name>:<key>}``, a placeholder the worker's config provider
    resolves when the connector starts (the value never enters the connector configuration).

    Kafka's config transformer splits a placeholder on ``:`` (``${provider:[path:]key}``), so
    the path must be the secret's *name*: a raw ARN (``arn:aws:secretsmanager:...``) is cut
    at its first colon and never resolves (rule ``connect_secret_placeholders``). A name that
    is a Terraform reference goes through ``format``, where ``$${`` is Terraform's escape
    for a literal ``${``.
    """
    if ":" in key or "}" in key:
        raise ValueError(f"secret key {key!r}: a placeholder key cannot hold ':' or '}}'")
    if Token.is_unresolved(secret_name):
        return Fn.format(f"${{secretsmanager:%s:{key}}}", [secret_name])  # cdktf escapes it to $${
    return f"$${{secretsmanager:{secret_name}:{key}}}"


def secret_name_from_arn(scope: Construct, construct_id: str, secret_arn: str) -> str:
    """The name of a secret known only by ARN (RDS names its managed secret ``rds!db-...``):
    the ARN's resource part without the six random characters Secrets Manager appends."""
    return TerraformLocal(scope, construct_id,
                          Fn.element(Fn.regex(":secret:(.+)-[0-9A-Za-z]{6}$", secret_arn), 0)).as_string


def debezium_postgres_config(*, hostname: str, port: int, dbname: str, user_ref: str, password_ref: str,
                             server_name: str, slot_name: str, schema: str,
                             routes: Mapping[str, tuple[Sequence[str], str]]) -> dict[str, str]:
    """A pgoutput source; ``routes`` maps a route name to (tables, topic prefix): each table's
    change events go to ``<prefix><table>`` instead of Debezium's ``<server>.<schema>.<table>``."""
    config = {
        "connector.class": DEBEZIUM_POSTGRES,
        "tasks.max": "1",  # a PostgreSQL replication slot has exactly one reader
        # pgoutput is built into PostgreSQL 10+; RDS offers no other decoding plugin we need.
        "plugin.name": "pgoutput",
        "database.hostname": hostname,
        "database.port": str(port),
        "database.dbname": dbname,
        "database.user": user_ref,
        "database.password": password_ref,
        "database.sslmode": "require",  # the parameter group forces TLS anyway
        "topic.prefix": server_name,
        "slot.name": slot_name,
        "publication.name": slot_name,
        # The publication (the captured tables only) is created and kept by the CDC setup
        # task (``cdc_setup_script``) as the master user: CREATE/ALTER PUBLICATION ... TABLE
        # needs ownership of the tables, which Debezium's own user does not have.
        "publication.autocreate.mode": "disabled",
        "table.include.list": ",".join(f"{schema}.{t}" for tables, _ in routes.values() for t in tables),
        # Topics are declared (with their ACLs) by the kafka root, never auto-created.
        "topic.creation.enable": "false",
        # A heartbeat lets Debezium confirm its position (and the slot release WAL) while the
        # captured tables are idle; it goes to __debezium-heartbeat.<topic.prefix>, a declared topic.
        "heartbeat.interval.ms": str(HEARTBEAT_INTERVAL_MS),
        "transforms": ",".join(f"route_{name}" for name in routes),
    }
    for name, (tables, prefix) in routes.items():
        config[f"transforms.route_{name}.type"] = "org.apache.kafka.connect.transforms.RegexRouter"
        config[f"transforms.route_{name}.regex"] = f"{server_name}\\.{schema}\\.({'|'.join(tables)})"
        config[f"transforms.route_{name}.replacement"] = f"{prefix}$1"
    return config


# Hive-style time partitions: Glue partition projection and Athena read these key names.
PARTITIONS = {
    "hourly": ("'year'=YYYY/'month'=MM/'day'=dd/'hour'=HH", 3600000),
    "daily": ("'year'=YYYY/'month'=MM/'day'=dd", 86400000),
}


def s3_sink_config(*, topics: str, bucket: str, region: str, kms_key_arn: str, dead_letter_topic: str,
                   dead_letter_replication: int, tasks: int, flush_size: int, rotate_interval_ms: int,
                   partition: str = "hourly", object_lock: bool = False,
                   topics_dir: str = RAW_TOPICS_DIR) -> dict[str, str]:
    """Time-partitioned Parquet objects under ``<topics_dir>/<topic>/year=/month=/day=[/hour=]``,
    encrypted with ``kms_key_arn``; records that fail to convert go to the dead-letter topic.

    ``object_lock``: the bucket has S3 Object Lock, which refuses every PutObject/UploadPart
    without a Content-MD5 or x-amz-checksum header ("Content-MD5 OR x-amz-checksum- HTTP
    header is required for Put Part requests with Object Lock parameters"); the sink sends
    the MD5 digest of each part with ``s3.send.digest``, which exists from kafka-connect-s3
    10.5.15 on (``atlas.config.kraken.S3_SINK_DIGEST_SINCE``, checked at load: an older
    release ignores the unknown key, and every upload is refused)."""
    path_format, duration_ms = PARTITIONS[partition]
    config = {
        "connector.class": S3_SINK,
        "tasks.max": str(tasks),
        "topics": topics,
        "s3.bucket.name": bucket,
        "s3.region": region,
        # The bucket's own classification key: its bucket policy refuses any other.
        "s3.ssea.name": "aws:kms",
        "s3.sse.kms.key.id": kms_key_arn,
        "storage.class": "io.confluent.connect.s3.storage.S3Storage",
        "format.class": "io.confluent.connect.s3.format.parquet.ParquetFormat",
        "topics.dir": topics_dir,
        "partitioner.class": "io.confluent.connect.storage.partitioner.TimeBasedPartitioner",
        "path.format": path_format,
        "partition.duration.ms": str(duration_ms),
        "locale": "en-US",
        "timezone": "UTC",
        # Partition by the event's own time, so a replay lands where the data belongs.
        "timestamp.extractor": "Record",
        "flush.size": str(flush_size),
        "rotate.interval.ms": str(rotate_interval_ms),
        # Debezium follows each delete with a tombstone (a null value) for compaction; the
        # Parquet writer cannot write a null record and the task would fail on the first delete.
        "behavior.on.null.values": "ignore",
        "errors.tolerance": "all",
        "errors.log.enable": "true",
        "errors.deadletterqueue.topic.name": dead_letter_topic,
        "errors.deadletterqueue.topic.replication.factor": str(dead_letter_replication),
        "errors.deadletterqueue.context.headers.enable": "true",
    }
    if object_lock:
        config["s3.send.digest"] = "true"
    return config


def connect_internal_statements(arns: KafkaArns) -> list[Statement]:
    """MSK Connect keeps offsets, configs and status in its own ``__amazon_msk_connect_*``
    topics and groups, which the connector's role must be allowed to use."""
    return [
        Statement(sid="ConnectInternalTopics", actions=[
            "kafka-cluster:CreateTopic", "kafka-cluster:DescribeTopic", "kafka-cluster:ReadData",
            "kafka-cluster:WriteData"], resources=[f"{arns.topic}/__amazon_msk_connect_*"]),
        Statement(sid="ConnectInternalGroups", actions=["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"],
                  resources=[f"{arns.group}/__amazon_msk_connect_*"]),
    ]


def s3_writer_statements(bucket_arn: str, kms_key_arn: str, topics_dir: str = RAW_TOPICS_DIR) -> list[Statement]:
    """Exactly what the S3 sink does: multipart writes under ``topics_dir`` with one key."""
    return [
        Statement(sid="ListRawBucket", actions=["s3:ListBucket", "s3:GetBucketLocation",
                                                "s3:ListBucketMultipartUploads"], resources=[bucket_arn]),
        Statement(sid="WriteRawObjects", actions=["s3:PutObject", "s3:GetObject", "s3:AbortMultipartUpload",
                                                  "s3:ListMultipartUploadParts"],
                  resources=[f"{bucket_arn}/{topics_dir}/*"]),
        Statement(sid="EncryptWithClassificationKey", actions=["kms:GenerateDataKey", "kms:Decrypt"],
                  resources=[kms_key_arn]),
    ]


def json_export_sink_config(*, topics: Sequence[str], bucket: str, region: str, prefix: str,
                            partition_fields: Sequence[str], flush_size: int, tasks: int) -> dict[str, str]:
    """Schemaless JSON records exported under ``<prefix>/<topic>/<field>=<value>/...``,
    partitioned by record fields (the Atlas export path)."""
    return {
        "connector.class": S3_SINK,
        "tasks.max": str(tasks),
        "topics": ",".join(topics),
        "s3.region": region, "s3.bucket.name": bucket, "topics.dir": prefix,
        "flush.size": str(flush_size),
        "storage.class": "io.confluent.connect.s3.storage.S3Storage",
        "format.class": "io.confluent.connect.s3.format.json.JsonFormat",
        "partitioner.class": "io.confluent.connect.storage.partitioner.FieldPartitioner",
        "partition.field.name": ",".join(partition_fields),
        "key.converter": "org.apache.kafka.connect.storage.StringConverter",
        "value.converter": "org.apache.kafka.connect.json.JsonConverter",
        "value.converter.schemas.enable": "false",
    }


def export_writer_statements(bucket_arn: str, objects_arn: str, kms_key_arn: str) -> list[Statement]:
    """What an export sink does: find its bucket, write (multipart) under its prefix, with one key."""
    return [
        Statement(sid="FindBucket", actions=["s3:ListBucket", "s3:GetBucketLocation"], resources=[bucket_arn]),
        Statement(sid="WriteExports", actions=["s3:PutObject", "s3:GetObject", "s3:AbortMultipartUpload",
                                               "s3:ListMultipartUploadParts"], resources=[objects_arn]),
        Statement(sid="EncryptExports", actions=["kms:GenerateDataKey", "kms:Decrypt"], resources=[kms_key_arn]),
    ]


def secret_reader_statements(secret_arn: str, kms_key_arn: str, region: str) -> list[Statement]:
    """The worker's config provider reads one secret (through Secrets Manager only)."""
    return [
        Statement(sid="ReadDatabaseCredentials", actions=["secretsmanager:GetSecretValue"], resources=[secret_arn]),
        Statement(sid="DecryptDatabaseCredentials", actions=["kms:Decrypt"], resources=[kms_key_arn],
                  conditions={"StringEquals": {"kms:ViaService": f"secretsmanager.{region}.amazonaws.com"}}),
    ]


def cdc_setup_script() -> str:
    """The one-off task that gives Debezium a login of its own (run by psql as the master
    user, whose RDS-managed password rotates: Debezium must not hold it).

    Idempotent, so it may run again at any time: creates the role ``$CDC_USER`` if missing
    and sets its password from ``$CDC_PASSWORD`` (its own secret, which nothing rotates);
    grants ``rds_replication`` (RDS's REPLICATION attribute), CONNECT, USAGE and SELECT
    on the schema (the initial snapshot reads the tables), with default privileges for
    tables the master creates later; creates the publication ``$CDC_PUBLICATION`` if
    missing and adds each captured table (``$CDC_TABLES``) that exists and is not in it yet,
    listing the ones that do not exist yet (run the task again once they do). Names are
    quoted by psql (``:"var"``, ``format('%I')``), values as literals (``:'var'``); the
    password never appears on a command line, and ``log_min_duration_statement`` logs only
    statements slower than a second.

    Sources: Amazon RDS user guide, "Setting up logical replication for your RDS for
    PostgreSQL DB instance" (``rds.logical_replication``, the ``rds_replication`` role);
    PostgreSQL 16 documentation, CREATE PUBLICATION / ALTER PUBLICATION (adding a table
    needs ownership of it) and psql (variables, ``\\gexec``); Debezium PostgreSQL
    connector, "Setting privileges to enable Debezium to create PostgreSQL publications"
    and ``publication.autocreate.mode``.
    """
    sql = "\n".join([
        "SELECT format('CREATE ROLE %I WITH LOGIN', :'cdc_user') "
        "WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'cdc_user') \\gexec",
        "ALTER ROLE :\"cdc_user\" WITH LOGIN PASSWORD :'cdc_password';",
        "GRANT rds_replication TO :\"cdc_user\";",
        "SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'cdc_user') \\gexec",
        "GRANT USAGE ON SCHEMA :\"cdc_schema\" TO :\"cdc_user\";",
        "GRANT SELECT ON ALL TABLES IN SCHEMA :\"cdc_schema\" TO :\"cdc_user\";",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA :\"cdc_schema\" GRANT SELECT ON TABLES TO :\"cdc_user\";",
        "SELECT format('CREATE PUBLICATION %I', :'cdc_publication') "
        "WHERE NOT EXISTS (SELECT FROM pg_publication WHERE pubname = :'cdc_publication') \\gexec",
        "SELECT format('ALTER PUBLICATION %I ADD TABLE %I.%I', :'cdc_publication', :'cdc_schema', t) "
        "FROM unnest(string_to_array(:'cdc_tables', ',')) AS t "
        "WHERE to_regclass(format('%I.%I', :'cdc_schema', t)) IS NOT NULL AND NOT EXISTS (SELECT FROM "
        "pg_publication_tables p WHERE p.pubname = :'cdc_publication' AND p.schemaname = :'cdc_schema' "
        "AND p.tablename = t) \\gexec",
        "SELECT 'not in the database yet (run this task again once it exists): ' || t "
        "FROM unnest(string_to_array(:'cdc_tables', ',')) AS t "
        "WHERE to_regclass(format('%I.%I', :'cdc_schema', t)) IS NULL;",
    ])
    return ("set -eu\n"
            "psql --no-psqlrc -v ON_ERROR_STOP=1 --tuples-only "
            "-v cdc_user=\"$CDC_USER\" -v cdc_password=\"$CDC_PASSWORD\" -v cdc_publication=\"$CDC_PUBLICATION\" "
            "-v cdc_schema=\"$CDC_SCHEMA\" -v cdc_tables=\"$CDC_TABLES\" <<'SQL'\n" + sql + "\nSQL\n"
            "echo \"CDC user $CDC_USER and publication $CDC_PUBLICATION are ready\"\n")
