"""Kraken end to end: what the first apply of a new environment needs, link by link.

The kafka root reaches the brokers from the runner (finding 1) and administers them through
MSK IAM (finding 2); SCRAM passwords are generated unseen (finding 3); and so on down the
pipeline, each test failing on the broken version the review found.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from atlas.config import ConfigError, load_settings
from atlas.config.kraken import KrakenSettings
from tests.conftest import ENVIRONMENTS
from tests.helpers import resources
from tests.helpers import policy as _strict_policy

ENVS = ("dev", "prod")


def policy(body: dict, key: str = "policy") -> dict:
    """A policy document whose Terraform references index maps (``names["raw-mnpi"]``) hold
    quotes JSON cannot read until Terraform resolves them: read them as ``names.raw-mnpi``."""
    import re

    text = re.sub(r'\["([A-Za-z0-9_-]+)"\]', r".\1", body[key])
    return _strict_policy({key: text}, key)


def settings_of(env: str) -> KrakenSettings:
    return load_settings(ENVIRONMENTS / "kraken" / f"{env}.tfvars", KrakenSettings)


def infra_without_runner() -> dict:
    from atlas.cdk import Testing
    from atlas.stacks.kraken import KrakenInfraStack
    from atlas.state import RootId

    settings = replace(settings_of("dev"), terraform_runner=None)
    return json.loads(Testing.synth(KrakenInfraStack(Testing.app(), RootId("kraken", "dev", "infra"), settings,
                                                     local_backend=False)))


# -- 1. the runner's network path --------------------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_the_runner_reaches_the_brokers_on_the_iam_listener_only(synthesized, env):
    runner = settings_of(env).terraform_runner
    rules = {name: r for name, r in resources(synthesized.doc(f"kraken-{env}-infra"),
                                              "aws_vpc_security_group_ingress_rule").items()
             if "terraform_runner" in name}
    assert len(rules) == len(runner.cidrs) + len(runner.security_group_ids) >= 1
    assert {(r["from_port"], r["to_port"], r["ip_protocol"]) for r in rules.values()} == {(9098, 9098, "tcp")}
    assert {r["security_group_id"] for r in rules.values()} == {"${aws_security_group.msk_security_group_group.id}"}
    assert sorted(r.get("cidr_ipv4") for r in rules.values() if "cidr_ipv4" in r) == sorted(runner.cidrs)
    assert sorted(r["referenced_security_group_id"] for r in rules.values()
                  if "referenced_security_group_id" in r) == sorted(runner.security_group_ids)


def test_without_a_runner_no_path_is_opened_and_any_account_principal_may_be_trusted():
    doc = infra_without_runner()
    assert not [n for n in resources(doc, "aws_vpc_security_group_ingress_rule") if "terraform_runner" in n]
    trust = policy(resources(doc, "aws_iam_role")["kafka_admin_role"], "assume_role_policy")
    assert trust["Statement"][0]["Principal"] == {"AWS": ["arn:aws:iam::333333333333:root"]}


# -- 2. the kafka root administers the cluster through MSK IAM ---------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_the_kafka_admin_role_is_trusted_by_the_runner_and_may_only_administer(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-infra")
    role = resources(doc, "aws_iam_role")["kafka_admin_role"]
    assert role["name"] == f"kraken-{env}-kafka-admin"
    trust = policy(role, "assume_role_policy")
    assert trust["Statement"] == [{"Action": "sts:AssumeRole", "Effect": "Allow",
                                   "Principal": {"AWS": list(settings_of(env).terraform_runner.role_arns)}}]
    statements = {s["Sid"]: s for s in policy(resources(doc, "aws_iam_role_policy")["kafka_admin_policy"])["Statement"]}
    actions = {a for s in statements.values() for a in s["Action"]}
    # CreateAcls is AlterCluster, topics are Create/Alter/DeleteTopic: what the provider does.
    assert {"kafka-cluster:Connect", "kafka-cluster:AlterCluster", "kafka-cluster:CreateTopic",
            "kafka-cluster:AlterTopicDynamicConfiguration"} <= actions
    # Administration only: it reads and writes no data, and touches no group's offsets.
    assert not actions & {"kafka-cluster:ReadData", "kafka-cluster:WriteData", "kafka-cluster:AlterGroup",
                          "kafka-cluster:*"}
    assert statements["KafkaAdminCluster"]["Resource"] == "${aws_msk_cluster.msk_cluster.arn}"
    assert statements["KafkaAdminTopics"]["Resource"] == "${local.msk_arns_topic}/*"
    assert doc["output"]["msk_admin_role_arn"]["value"] == "${aws_iam_role.kafka_admin_role.arn}"


@pytest.mark.parametrize("env", ENVS)
def test_the_kafka_root_creates_the_scram_clients_acls_it_does_not_need_itself(synthesized, env):
    """Terraform is not a Kafka principal of the ACLs: with IAM, ACLs do not apply to it."""
    acls = resources(synthesized.doc(f"kraken-{env}-kafka"), "kafka_acl").values()
    assert {a["acl_principal"] for a in acls} == {"User:admin"}


def test_the_iam_provider_is_generic():
    """Other platforms' kafka roots use the same helper (platform events)."""
    from atlas.cdk import Testing
    from atlas.cdk.stack import ReadableAddressStack
    from atlas.constructs.kafka_admin import iam_kafka_provider

    stack = ReadableAddressStack(Testing.app(), "t")
    iam_kafka_provider(stack, "kafka", bootstrap_servers=["b-1:9098"], region="eu-central-1")
    (kafka,) = json.loads(Testing.synth(stack))["provider"]["kafka"]
    assert kafka == {"bootstrap_servers": ["b-1:9098"], "sasl_mechanism": "aws-iam",
                     "sasl_aws_region": "eu-central-1", "tls_enabled": True}


# -- 3. SCRAM passwords on a new environment ---------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_no_kraken_root_holds_a_password_in_its_state(synthesized, env):
    for layer in ("infra", "kafka", "data-plane"):
        doc = synthesized.doc(f"kraken-{env}-{layer}")
        assert "aws_secretsmanager_secret_version" not in doc.get("data", {})
        for version in resources(doc, "aws_secretsmanager_secret_version").values():
            assert "password" not in version.get("secret_string", "")


# -- 5. each connector's worker loads only what its plugin bundles ------------------------------

def _workers(doc: dict) -> dict[str, dict[str, str]]:
    """Connector name -> the properties of the worker configuration it runs with."""
    configs = {f"aws_mskconnect_worker_configuration.{n}": dict(
        line.split("=", 1) for line in w["properties_file_content"].splitlines())
        for n, w in resources(doc, "aws_mskconnect_worker_configuration").items()}
    return {c["name"]: configs[c["worker_configuration"]["arn"][2:].rsplit(".", 1)[0]]
            for c in resources(doc, "aws_mskconnect_connector").values()}


@pytest.mark.parametrize("env", ENVS)
def test_each_worker_loads_only_what_its_plugin_bundles(synthesized, env):
    from atlas.config.kraken import DEBEZIUM_NEEDS, S3_SINK_NEEDS

    workers = _workers(synthesized.doc(f"kraken-{env}-data-plane"))
    c = settings_of(env).connectors
    loads = {"msk-config-providers": lambda w: "config.providers" in w,
             "avro-converter": lambda w: "io.confluent.connect.avro.AvroConverter" in w.values()}
    for name, worker in workers.items():
        plugin = c.debezium_plugin if "debezium" in name else c.s3_sink_plugin
        loaded = {extra for extra, test in loads.items() if test(worker)}
        assert loaded <= set(plugin.bundles), (name, loaded)
    assert set(DEBEZIUM_NEEDS) <= set(c.debezium_plugin.bundles) and set(S3_SINK_NEEDS) <= set(c.s3_sink_plugin.bundles)
    # The broken version: one shared worker loading the config provider from the stock S3 sink zip.
    assert not [n for n, w in workers.items() if "s3-sink" in n and "config.providers" in w]


def test_a_plugin_that_lacks_what_its_worker_loads_is_a_configuration_error(tmp_path):
    from atlas.config import ConfigError

    text = (ENVIRONMENTS / "kraken" / "dev.tfvars").read_text().replace(
        'bundles = ["avro-converter"]', "bundles = []")
    (tmp_path / "dev.tfvars").write_text(text)
    with pytest.raises(ConfigError, match=r"connectors.s3_sink_plugin.bundles: lacks avro-converter"):
        load_settings(tmp_path / "dev.tfvars", KrakenSettings)


# -- 6. the connectors' path to Schema Registry --------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_connectors_reach_schema_registry_over_http_inside_the_vpc_from_their_groups_only(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    for worker in _workers(doc).values():
        assert worker["value.converter.schema.registry.url"] == "http://${aws_lb.alb_lb.dns_name}:8081"
        assert worker["key.converter.schema.registry.url"] == worker["value.converter.schema.registry.url"]
    listener = resources(doc, "aws_lb_listener")["alb_registry_http_listener"]
    assert (listener["port"], listener["protocol"]) == (8081, "HTTP")
    assert listener["default_action"] == [{"type": "forward",
                                           "target_group_arn": "${aws_lb_target_group.alb_registry_target_group.arn}"}]
    into_alb = [r for r in resources(doc, "aws_vpc_security_group_ingress_rule").values()
                if r["security_group_id"] == "${aws_security_group.alb_security_group_group.id}" and r["from_port"] == 8081]
    assert sorted(r["referenced_security_group_id"] for r in into_alb) == [
        "${aws_security_group.debezium_security_group_group.id}", "${aws_security_group.s3_sink_sg_group.id}"]
    assert not [r for r in into_alb if "cidr_ipv4" in r]


# -- 8. Schema Registry replicas advertise their own address -----------------------------------

def test_each_schema_registry_task_advertises_its_own_address(synthesized):
    doc = synthesized.doc("kraken-prod-data-plane")
    (task,) = [t for n, t in resources(doc, "aws_ecs_task_definition").items() if "schema_registry" in n]
    (container,) = json.loads(task["container_definitions"])
    assert "SCHEMA_REGISTRY_HOST_NAME" not in {e["name"] for e in container["environment"]}
    assert 'export SCHEMA_REGISTRY_HOST_NAME="$(python3 -c' in container["command"][2]
    assert "ECS_CONTAINER_METADATA_URI_V4" in container["command"][2]
    assert resources(doc, "aws_ecs_service")["schema_registry_service"]["desired_count"] == 2
    rules = resources(doc, "aws_vpc_security_group_ingress_rule")
    assert rules["schema_registry_security_group_from_schema_registry_sg_8081"]["referenced_security_group_id"] == \
        "${aws_security_group.schema_registry_security_group_group.id}"


# -- 9. the S3 sinks ----------------------------------------------------------------------------

def _sink_configs(doc: dict) -> dict[str, dict[str, str]]:
    return {c["name"].rsplit("-", 1)[1]: c["connector_configuration"]
            for c in resources(doc, "aws_mskconnect_connector").values() if "s3-sink" in c["name"]}


@pytest.mark.parametrize("env", ENVS)
def test_sinks_survive_deletes_and_send_digests_into_object_locked_buckets(synthesized, env):
    sinks = _sink_configs(synthesized.doc(f"kraken-{env}-data-plane"))
    assert {k: c["behavior.on.null.values"] for k, c in sinks.items()} == {"mnpi": "ignore", "public": "ignore"}
    assert settings_of(env).lake.mnpi_object_lock
    assert sinks["mnpi"]["s3.send.digest"] == "true" and "s3.send.digest" not in sinks["public"]


def test_no_digest_without_object_lock():
    from atlas.constructs.cdc_connectors import s3_sink_config

    base = dict(topics="t", bucket="b", region="eu-west-1", kms_key_arn="k", dead_letter_topic="d",
                dead_letter_replication=3, tasks=1, flush_size=1, rotate_interval_ms=60000)
    assert "s3.send.digest" not in s3_sink_config(**base)
    assert s3_sink_config(**base, object_lock=True)["s3.send.digest"] == "true"


@pytest.mark.parametrize("env", ENVS)
def test_the_public_sink_partitions_daily_in_larger_batches(synthesized, env):
    sinks = _sink_configs(synthesized.doc(f"kraken-{env}-data-plane"))
    assert sinks["mnpi"]["path.format"] == "'year'=YYYY/'month'=MM/'day'=dd/'hour'=HH"
    assert sinks["mnpi"]["partition.duration.ms"] == "3600000"
    assert sinks["public"]["path.format"] == "'year'=YYYY/'month'=MM/'day'=dd"
    assert sinks["public"]["partition.duration.ms"] == "86400000"
    assert int(sinks["public"]["flush.size"]) > int(sinks["mnpi"]["flush.size"])


# -- 10. Debezium on RDS: heartbeat and a WAL cap ------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_debezium_heartbeats_into_a_declared_topic_it_may_write(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    config = resources(doc, "aws_mskconnect_connector")["debezium_connector"]["connector_configuration"]
    assert config["heartbeat.interval.ms"] == "60000" and config["topic.prefix"] == "kraken"
    topic = f"__debezium-heartbeat.{config['topic.prefix']}"
    assert topic in {t["name"] for t in resources(synthesized.doc(f"kraken-{env}-kafka"), "kafka_topic").values()}
    statements = policy(resources(doc, "aws_iam_role_policy")["debezium_service_policy"])["Statement"]
    produce = next(s for s in statements if s["Sid"] == "CdcProduce")
    assert f"${{local.msk_arns_topic}}/{topic}" in produce["Resource"]


@pytest.mark.parametrize("env", ENVS)
def test_a_replication_slot_cannot_fill_the_disk(synthesized, env):
    db = settings_of(env).database
    doc = synthesized.doc(f"kraken-{env}-infra")
    params = {p["name"]: p for p in resources(doc, "aws_db_parameter_group")["database_parameter_group"]["parameter"]}
    cap = int(params["max_slot_wal_keep_size"]["value"])
    assert 0 < cap <= db.allocated_storage_gb * 1024 // 2


@pytest.mark.parametrize("env", ENVS)
def test_replication_slot_lag_and_wal_on_disk_raise_alarms_on_the_alert_topic(synthesized, env):
    """OldestReplicationSlotLag above half the WAL cap (bytes), and TransactionLogsDiskUsage
    at the cap, on the CDC instance itself, notifying the encrypted alert topic."""
    doc = synthesized.doc(f"kraken-{env}-infra")
    params = {p["name"]: p for p in resources(doc, "aws_db_parameter_group")["database_parameter_group"]["parameter"]}
    cap_bytes = int(params["max_slot_wal_keep_size"]["value"]) * 1024 * 1024
    alarms = {a["metric_name"]: a for a in resources(doc, "aws_cloudwatch_metric_alarm").values()}
    assert set(alarms) == {"OldestReplicationSlotLag", "TransactionLogsDiskUsage"}
    expected = {"OldestReplicationSlotLag": (cap_bytes // 2, "GreaterThanThreshold"),
                "TransactionLogsDiskUsage": (cap_bytes, "GreaterThanOrEqualToThreshold")}
    topic = "${aws_sns_topic.alerts_topic.arn}"
    for metric, (threshold, comparison) in expected.items():
        alarm = alarms[metric]
        assert alarm["namespace"] == "AWS/RDS" and alarm["statistic"] == "Maximum"
        assert alarm["dimensions"] == {"DBInstanceIdentifier": "${aws_db_instance.database_instance.identifier}"}
        assert (alarm["threshold"], alarm["comparison_operator"]) == (threshold, comparison)
        assert alarm["alarm_actions"] == [topic] and alarm["ok_actions"] == [topic]
    key = resources(doc, "aws_sns_topic")["alerts_topic"]["kms_master_key_id"]
    assert key == "${aws_kms_key.alerts_key_key.arn}"
    key_policy = policy(resources(doc, "aws_kms_key")["alerts_key_key"])
    assert any(s.get("Principal") == {"Service": "cloudwatch.amazonaws.com"} for s in key_policy["Statement"])
    # Kraken's files give no email: the topic is subscribed outside Terraform (or by alerts.email).
    assert "aws_sns_topic_subscription" not in doc.get("resource", {})


def test_alerts_email_subscribes_to_the_alarm_topic():
    from atlas.cdk import Testing
    from atlas.config.common import AlertsSettings
    from atlas.stacks.kraken import KrakenInfraStack
    from atlas.state import RootId

    settings = replace(settings_of("dev"), alerts=AlertsSettings(email="ops@example.com"))
    doc = json.loads(Testing.synth(KrakenInfraStack(Testing.app(), RootId("kraken", "dev", "infra"), settings,
                                                    local_backend=False)))
    (subscription,) = resources(doc, "aws_sns_topic_subscription").values()
    assert subscription["topic_arn"] == "${aws_sns_topic.alerts_topic.arn}"
    assert (subscription["protocol"], subscription["endpoint"]) == ("email", "ops@example.com")


# -- 12. Athena has tables, and the tiers can use the console ------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_a_crawler_per_raw_area_reads_only_its_area(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    crawlers = resources(doc, "aws_glue_crawler")
    assert sorted(crawlers) == ["raw_mnpi_crawler_crawler", "raw_public_crawler_crawler"]
    for k in ("mnpi", "public"):
        crawler = crawlers[f"raw_{k}_crawler_crawler"]
        assert crawler["s3_target"][0]["path"] == ("s3://${data.terraform_remote_state.infra_state.outputs."
                                                   f'lake_bucket_names["raw-{k}"]}}/cdc/')
        assert crawler["database_name"].endswith(f'glue_database_names["raw-{k}"]}}')
        assert crawler["recrawl_policy"] == {"recrawl_behavior": "CRAWL_NEW_FOLDERS_ONLY"}
        # AWS refuses new-folders-only crawling with any other schema change policy.
        assert crawler["schema_change_policy"] == {"update_behavior": "LOG", "delete_behavior": "LOG"}
        statements = {s["Sid"]: s for s in policy(resources(doc, "aws_iam_role_policy")[
            f"raw_{k}_crawler_policy"])["Statement"]}
        assert statements["DecryptArea"]["Resource"].endswith(f"lake_kms_key_arns.{k}}}")
        other = "public" if k == "mnpi" else "mnpi"
        assert other not in json.dumps(statements)


@pytest.mark.parametrize("env", ENVS)
def test_tiers_list_the_catalog_and_only_engineers_manage_tables_with_a_larger_scan_limit(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    workgroups = {w["name"].split(f"kraken-{env}-")[1]: w for w in resources(doc, "aws_athena_workgroup").values()}
    limits = {n: w["configuration"]["bytes_scanned_cutoff_per_query"] for n, w in workgroups.items()}
    assert limits["data-engineers"] == 100 * 1024 ** 3 > limits["data-analysts"] == limits["finance-analysts"]
    for tier in ("data-engineers", "data-analysts", "finance-analysts"):
        sids = {s["Sid"] for s in policy(resources(doc, "aws_iam_role_policy")[
            f"access_{tier.replace('-', '_')}_policy"])["Statement"]}
        assert {"ConsoleListing", "AthenaCatalogOfAllowedDatabases"} <= sids
        assert ("ManageTablesOfAllowedDatabases" in sids) is (tier == "data-engineers")


# -- proof: one record, followed through the configuration ----------------------------------------

@pytest.mark.parametrize("env", ENVS)
@pytest.mark.parametrize("classification, table", [("mnpi", "trades"), ("public", "market_data")])
def test_one_record_from_postgres_to_the_tier_that_may_query_it(synthesized, env, classification, table):
    """public.<table> -> Debezium's raw topic -> routed topic (declared, writable by Debezium)
    -> consumed by its classification's sink (IAM) -> Parquet under cdc/<topic>/year=... in
    raw-<classification> with that key -> crawled into raw-<classification>'s database ->
    readable by the tiers whose layers and classification cover it, and by no other."""
    import re

    s = settings_of(env)
    plane, kafka = synthesized.doc(f"kraken-{env}-data-plane"), synthesized.doc(f"kraken-{env}-kafka")
    connectors = {c["name"]: c["connector_configuration"] for c in resources(plane, "aws_mskconnect_connector").values()}
    debezium = connectors[f"kraken-{env}-debezium-postgres"]
    # 1. captured, and routed by its classification's transform.
    assert f"public.{table}" in debezium["table.include.list"].split(",")
    raw_topic = f"{debezium['topic.prefix']}.public.{table}"
    route = debezium[f"transforms.route_{classification}.regex"]
    assert re.fullmatch(route, raw_topic)
    other = "public" if classification == "mnpi" else "mnpi"
    assert not re.fullmatch(debezium[f"transforms.route_{other}.regex"], raw_topic)
    topic = f"cdc.{classification}.{table}"  # replacement: <cdc_topic_prefixes[classification]>$1
    assert debezium[f"transforms.route_{classification}.replacement"].endswith(f"cdc_topic_prefixes.{classification}}}$1")
    # 2. declared by the kafka root.
    assert topic in {t["name"] for t in resources(kafka, "kafka_topic").values()}
    # 3. Debezium may write it, the sink of its classification may read it (IAM), the other may not.
    policies = {n: policy(p) for n, p in resources(plane, "aws_iam_role_policy").items()}

    def may(role_policy: str, action: str) -> bool:
        return any(action in st["Action"] and any(
            r.endswith("*") and topic.startswith(r.rsplit("/", 1)[1][:-1]) or r.endswith(f"/{topic}")
            for r in ([st["Resource"]] if isinstance(st["Resource"], str) else st["Resource"])
            if "msk_arns_topic" in r) for st in policies[role_policy]["Statement"])
    prefixes = {"mnpi": "cdc.mnpi.", "public": "cdc.public."}  # the kafka root's published prefixes

    def resolve(policy_name):  # the local prefix references are the kafka outputs; use their values
        text = json.dumps(policies[policy_name])
        for c, p in prefixes.items():
            text = text.replace(f"${{data.terraform_remote_state.kafka_state.outputs.cdc_topic_prefixes.{c}}}", p)
        policies[policy_name] = json.loads(text)
    for name in ("debezium_service_policy", "s3_sink_mnpi_service_policy", "s3_sink_public_service_policy"):
        resolve(name)
    assert may("debezium_service_policy", "kafka-cluster:WriteData")
    assert may(f"s3_sink_{classification}_service_policy", "kafka-cluster:ReadData")
    assert not may(f"s3_sink_{other}_service_policy", "kafka-cluster:ReadData")
    # 4. the sink consumes its classification's topics and writes Parquet under cdc/, hourly or daily.
    sink = connectors[f"kraken-{env}-s3-sink-{classification}"]
    assert sink["topics"].endswith(f"cdc_topic_names.{classification}}}")
    assert sink["s3.bucket.name"].endswith(f'lake_bucket_names["raw-{classification}"]}}')
    assert sink["format.class"].endswith("ParquetFormat") and sink["topics.dir"] == "cdc"
    assert sink["path.format"].startswith("'year'=YYYY/'month'=MM/'day'=dd")
    # 5. crawled from exactly that prefix into that area's database.
    crawler = resources(plane, "aws_glue_crawler")[f"raw_{classification}_crawler_crawler"]
    assert crawler["s3_target"][0]["path"].endswith(f'lake_bucket_names["raw-{classification}"]}}/{sink["topics.dir"]}/')
    assert crawler["database_name"].endswith(f'glue_database_names["raw-{classification}"]}}')
    # 6. the tiers that may query it are exactly those whose layers and classification cover it.
    readers = {name for name, tier in s.access_tiers.items()
               if "raw" in tier.layers and (tier.mnpi or classification == "public")}
    area_db = f"glue_database_names.raw-{classification}"
    for name in s.access_tiers:
        statements = policies[f"access_{name.replace('-', '_')}_policy"]["Statement"]
        catalog = next(st for st in statements if st["Sid"] == "ReadCatalogOfAllowedDatabases")
        assert (any(area_db in r for r in catalog["Resource"])) is (name in readers), name
    assert readers == ({"data-engineers"})


# -- 14. the data plane publishes what operators need -------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_data_plane_publishes_connectors_workgroups_services_and_crawlers(synthesized, env):
    entry = synthesized.entry(f"kraken-{env}-data-plane")
    assert {"connector_arns", "athena_workgroup_names", "access_tier_role_arns", "service_urls",
            "schema_registry_connect_url", "crawler_names", "one_off_tasks"} == set(entry["outputs"])
    out = synthesized.doc(f"kraken-{env}-data-plane")["output"]
    assert sorted(out["connector_arns"]["value"]) == ["debezium", "s3_sink_mnpi", "s3_sink_public"]
    assert sorted(out["athena_workgroup_names"]["value"]) == sorted(settings_of(env).access_tiers)
    urls = out["service_urls"]["value"]
    if settings_of(env).private_domain:
        assert urls["prometheus"] == "https://prometheus.kraken-dev.internal"
    else:  # only the listener's default target is reachable without host rules
        assert urls == {"schema-registry": "https://${aws_lb.alb_lb.dns_name}"}


# -- 15. storage lifecycle ----------------------------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_lake_layers_move_to_cheaper_classes_athena_can_still_read(synthesized, env):
    lifecycles = resources(synthesized.doc(f"kraken-{env}-infra"), "aws_s3_bucket_lifecycle_configuration")

    def transitions(name):
        rules = [r for r in lifecycles[name]["rule"] if r["id"] == "transition-objects"]
        return [(t["days"], t["storage_class"]) for r in rules for t in r["transition"]]
    for c in ("mnpi", "public"):
        assert transitions(f"lake_raw_{c}_lifecycle") == [(30, "STANDARD_IA"), (90, "GLACIER_IR")]
        assert transitions(f"lake_curated_{c}_lifecycle") == [(90, "STANDARD_IA")]
        assert transitions(f"lake_analytics_{c}_lifecycle") == []
    classes = {sc for n in lifecycles for _, sc in transitions(n)}
    assert not classes & {"GLACIER", "DEEP_ARCHIVE"}  # Athena cannot read those without a restore


@pytest.mark.parametrize("text, message", [
    ('transitions = { raw = [{ days = 10, storage_class = "STANDARD_IA" }] }',
     "lake.transitions.raw[0].days: is 10; S3 moves objects to STANDARD_IA at 30 days or later"),
    ('transitions = { raw = [{ days = 90, storage_class = "GLACIER_IR" }, { days = 30, storage_class = "STANDARD_IA" }] }',
     "lake.transitions.raw: must list each step once, in increasing days"),
    ('transitions = { raw = [{ days = 90, storage_class = "GLACIER" }] }', "lake.transitions.raw[0].storage_class"),
])
def test_bad_transitions_are_refused(tmp_path, text, message):
    from atlas.config import ConfigError

    source = (ENVIRONMENTS / "kraken" / "dev.tfvars").read_text()
    (tmp_path / "dev.tfvars").write_text(source.replace("  object_lock_days = 30\n", f"  object_lock_days = 30\n  {text}\n"))
    with pytest.raises(ConfigError) as err:
        load_settings(tmp_path / "dev.tfvars", KrakenSettings)
    assert any(message in str(p) for p in err.value.problems), err.value.problems


# -- 13. ECS Exec for operators ------------------------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_operators_can_exec_into_every_platform_service(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    services = resources(doc, "aws_ecs_service")
    assert len(services) == 4 and all(s["enable_execute_command"] is True for s in services.values())
    for name, task in resources(doc, "aws_ecs_task_definition").items():
        if name == "cdc_setup_task_task_definition":
            continue  # a one-off task that exits within seconds: nothing to exec into
        (container,) = json.loads(task["container_definitions"])
        assert container["linuxParameters"] == {"initProcessEnabled": True}, name
    for key in ("schema_registry", "cruise_control", "prometheus", "alertmanager"):
        statements = policy(resources(doc, "aws_iam_role_policy")[f"{key}_task_policy"])["Statement"]
        assert any(s["Sid"] == "EcsExecChannels" for s in statements)


def test_exec_is_off_unless_asked():
    from tests.helpers import synth_construct
    from atlas.constructs.ecs import FargateService, FargateServiceProps

    doc = synth_construct(lambda stack: FargateService(stack, "svc", FargateServiceProps(
        name="svc", cluster_arn="arn:aws:ecs:eu-west-1:1:cluster/c", image="nginx:1", cpu=256, memory=512,
        desired_count=1, vpc_id="vpc-1", subnet_ids=["subnet-1"], security_group_name="svc",
        security_group_description="svc", region="eu-west-1", account_id="111111111111",
        log_kms_key_arn="arn:aws:kms:eu-west-1:111111111111:key/k", log_retention_days=30)))
    (service,) = resources(doc, "aws_ecs_service").values()
    assert "enable_execute_command" not in service
    assert "aws_iam_role_policy" not in doc.get("resource", {}) or not any(
        "ssmmessages" in p["policy"] for p in resources(doc, "aws_iam_role_policy").values() if "task" in p["name"])


def test_prometheus_remote_writes_to_managed_prometheus_with_its_task_role(synthesized):
    """The TSDB is ephemeral (Prometheus does not support it on NFS/EFS): history lives in AMP."""
    import re

    import yaml

    doc = synthesized.doc("kraken-dev-data-plane")
    (workspace,) = resources(doc, "aws_prometheus_workspace").values()
    assert workspace["alias"] == "kraken-dev-metrics"
    (task,) = [t for n, t in resources(doc, "aws_ecs_task_definition").items() if "prometheus" in n]
    (container,) = json.loads(task["container_definitions"])
    text = next(e["value"] for e in container["environment"] if e["name"] == "PROMETHEUS_CONFIG")
    # Terraform fills the references in before Prometheus reads the file; read it with stand-ins.
    config = yaml.safe_load(re.sub(r"\$\{([^}]*)\}", lambda m: "TF:" + m.group(1).replace(" ", ""), text))
    assert config["remote_write"] == [{
        "url": "TF:aws_prometheus_workspace.metrics_workspace.prometheus_endpointapi/v1/remote_write",
        "sigv4": {"region": "eu-west-1"}}]
    statements = policy(resources(doc, "aws_iam_role_policy")["prometheus_task_policy"])["Statement"]
    (write,) = [st for st in statements if st["Sid"] == "RemoteWriteMetrics"]
    assert write["Action"] == "aps:RemoteWrite" and write["Resource"] == "${aws_prometheus_workspace.metrics_workspace.arn}"


# -- 13. state that survives restarts: Alertmanager on EFS -----------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_alertmanager_keeps_its_silences_on_encrypted_backed_up_efs(synthesized, env):
    """An access point as the image's user (nobody, 65534) at --storage.path, over TLS with
    IAM, a mount target per private subnet admitting NFS from Alertmanager only, backups on,
    and a file system policy that refuses plain NFS and mounts outside access points."""
    s = settings_of(env)
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    (fs_address, fs), = resources(doc, "aws_efs_file_system").items()
    fs_ref = f"${{aws_efs_file_system.{fs_address}.id}}"
    assert fs["encrypted"] is True and fs["kms_key_id"] == "${aws_kms_key.service_state_key_key.arn}"
    (backup,) = resources(doc, "aws_efs_backup_policy").values()
    assert backup == {**backup, "file_system_id": fs_ref, "backup_policy": {"status": "ENABLED"}}
    targets = resources(doc, "aws_efs_mount_target")
    subnets = len(s.network.availability_zones) if s.network else len(s.existing_network.private_subnet_ids)
    assert sorted(t["subnet_id"] for t in targets.values()) == [
        f"${{element(data.terraform_remote_state.infra_state.outputs.private_subnet_ids, {i})}}" for i in range(subnets)]
    assert {t["security_groups"][0] for t in targets.values()} == {
        "${aws_security_group.service_state_security_group_group.id}"}
    nfs = [r for r in resources(doc, "aws_vpc_security_group_ingress_rule").values()
           if r["security_group_id"] == "${aws_security_group.service_state_security_group_group.id}"]
    assert [(r["from_port"], r["to_port"], r["referenced_security_group_id"]) for r in nfs] == [
        (2049, 2049, "${aws_security_group.alertmanager_security_group_group.id}")]
    (point,) = resources(doc, "aws_efs_access_point").values()
    assert point["posix_user"] == {"uid": 65534, "gid": 65534}
    assert point["root_directory"]["path"] == "/alertmanager"
    assert point["root_directory"]["creation_info"] == {"owner_uid": 65534, "owner_gid": 65534, "permissions": "0750"}
    fs_policy = policy(next(iter(resources(doc, "aws_efs_file_system_policy").values())))["Statement"]
    denies = {st["Sid"]: st for st in fs_policy if st["Effect"] == "Deny"}
    assert denies["DenyWithoutTls"]["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
    assert denies["DenyOutsideAccessPoints"]["Condition"] == {"Null": {"elasticfilesystem:AccessPointArn": "true"}}
    # The task mounts it where the image keeps its state, and only Alertmanager does.
    tasks = resources(doc, "aws_ecs_task_definition")
    assert [n for n, t in tasks.items() if t.get("volume")] == ["alertmanager_task_definition"]
    (volume,) = tasks["alertmanager_task_definition"]["volume"]
    ap_id = "${aws_efs_access_point.service_state_alertmanager_access_point.id}"
    assert volume["efs_volume_configuration"] == {"file_system_id": fs_ref, "transit_encryption": "ENABLED",
                                                  "authorization_config": {"access_point_id": ap_id, "iam": "ENABLED"}}
    (container,) = json.loads(tasks["alertmanager_task_definition"]["container_definitions"])
    assert container["mountPoints"] == [{"sourceVolume": volume["name"], "containerPath": "/alertmanager",
                                         "readOnly": False}]
    assert "--storage.path=/alertmanager " in container["command"][0]
    statements = policy(resources(doc, "aws_iam_role_policy")["alertmanager_task_policy"])["Statement"]
    (mount,) = [st for st in statements if "elasticfilesystem:ClientMount" in st["Action"]]
    assert mount["Action"] == ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]
    assert mount["Condition"] == {"StringEquals": {
        "elasticfilesystem:AccessPointArn": "${aws_efs_access_point.service_state_alertmanager_access_point.arn}"}}
    service = resources(doc, "aws_ecs_service")["alertmanager_service"]
    assert {f"aws_efs_mount_target.{t}" for t in targets} <= set(service["depends_on"])
    assert "aws_iam_role_policy.alertmanager_task_policy" in service["depends_on"]


def test_alertmanager_runs_one_replica_because_its_replicas_are_not_clustered(tmp_path):
    source = (ENVIRONMENTS / "kraken" / "prod.tfvars").read_text()
    text = source.replace('image = "prom/alertmanager:v0.27.0", cpu = 512, memory = 1024 }',
                          'image = "prom/alertmanager:v0.27.0", cpu = 512, memory = 1024, desired_count = 2 }')
    assert text != source
    (tmp_path / "prod.tfvars").write_text(text)
    with pytest.raises(ConfigError) as err:
        load_settings(tmp_path / "prod.tfvars", KrakenSettings)
    assert any("services.alertmanager.desired_count: must be 1" in str(p) for p in err.value.problems)
    assert settings_of("prod").services.alertmanager.desired_count == 1
