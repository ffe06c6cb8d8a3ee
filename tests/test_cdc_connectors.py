"""CDC connector configuration: Debezium routing, S3 sink layout and encryption, IAM."""

from __future__ import annotations

import re

import pytest

from atlas.constructs.cdc_connectors import (
    connect_internal_statements,
    debezium_postgres_config,
    s3_sink_config,
    s3_writer_statements,
    secret_reference,
)
from atlas.constructs.msk import KafkaArns
from tests.helpers import synth_construct


def debezium(**change):
    args = dict(hostname="db.example", port=5432, dbname="kraken", user_ref="U", password_ref="P",
                server_name="kraken", slot_name="debezium_kraken", schema="public",
                routes={"mnpi": (("trades", "orders"), "cdc.mnpi."), "public": (("market_data",), "cdc.public.")})
    return debezium_postgres_config(**{**args, **change})


def test_debezium_routes_each_table_to_its_classification_prefix():
    config = debezium()
    assert config["plugin.name"] == "pgoutput" and config["tasks.max"] == "1"
    assert config["table.include.list"] == "public.trades,public.orders,public.market_data"
    assert config["transforms"] == "route_mnpi,route_public"
    regex = re.compile(config["transforms.route_mnpi.regex"])
    assert regex.fullmatch("kraken.public.trades") and not regex.fullmatch("kraken.public.market_data")
    assert regex.sub(config["transforms.route_mnpi.replacement"].replace("$1", r"\1"), "kraken.public.orders") \
        == "cdc.mnpi.orders"
    assert config["topic.creation.enable"] == "false"
    assert (config["database.user"], config["database.password"]) == ("U", "P")


def test_s3_sink_partitions_by_hour_and_encrypts_with_the_given_key():
    config = s3_sink_config(topics="cdc.mnpi.trades", bucket="raw-mnpi", region="eu-west-1", kms_key_arn="K",
                            dead_letter_topic="dlq.mnpi.s3-sink", dead_letter_replication=3, tasks=3,
                            flush_size=1000, rotate_interval_ms=600000)
    assert config["s3.ssea.name"] == "aws:kms" and config["s3.sse.kms.key.id"] == "K"
    assert config["path.format"] == "'year'=YYYY/'month'=MM/'day'=dd/'hour'=HH"
    assert config["errors.deadletterqueue.topic.name"] == "dlq.mnpi.s3-sink"
    assert config["errors.tolerance"] == "all"


def test_writer_statements_are_scoped_to_the_topics_dir_and_one_key():
    statements = {s.sid: s.render() for s in s3_writer_statements("arn:aws:s3:::raw", "K")}
    assert statements["WriteRawObjects"]["Resource"] == "arn:aws:s3:::raw/cdc/*"
    assert statements["EncryptWithClassificationKey"]["Resource"] == "K"
    internal = {s.sid: s.render() for s in connect_internal_statements(KafkaArns("c", "t", "g", "x"))}
    assert internal["ConnectInternalTopics"]["Resource"] == "t/__amazon_msk_connect_*"


def test_secret_reference_names_the_secret_for_the_config_provider():
    """By name: Kafka splits ``${provider:path:key}`` on colons, so an ARN never resolves."""
    assert secret_reference("kraken-dev/db", "password") == "$${secretsmanager:kraken-dev/db:password}"
    with pytest.raises(ValueError, match="cannot hold"):
        secret_reference("db", "a:b")
    from atlas.constructs.cdc_connectors import secret_name_from_arn

    from atlas.cdk import Fn

    doc = synth_construct(lambda stack: secret_name_from_arn(stack, "name", Fn.lower("ARN")))
    assert doc["locals"]["name"] == '${element(regex(":secret:(.+)-[0-9A-Za-z]{6}$", lower("ARN")), 0)}'


def test_the_name_regex_takes_the_name_out_of_a_real_managed_secret_arn():
    import re

    arn = "arn:aws:secretsmanager:eu-west-1:333333333333:secret:rds!db-0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9-Ab12Cd"
    assert re.search(":secret:(.+)-[0-9A-Za-z]{6}$", arn).group(1) == "rds!db-0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
