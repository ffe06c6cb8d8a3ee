"""Kraken: three roots per environment joined by remote state, and MNPI separation."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from atlas.config import ConfigError, load_settings
from atlas.config.kraken import KrakenSettings
from atlas.schema_check import check_resources
from tests.conftest import ENVIRONMENTS
from tests.helpers import resources

ENVS = ("dev", "prod")
KAFKA_SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "schemas" / "kafka@0.13.1.json").read_text())
MNPI_TOPIC = re.compile(r"^(cdc|dlq)\.mnpi\.")


def kraken_entries(synthesized):
    return [r for r in synthesized.manifest["roots"] if r["platform"] == "kraken"]


# --- roots, order, state ------------------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_three_roots_in_dependency_order(synthesized, env):
    infra, kafka, plane = (synthesized.entry(f"kraken-{env}-{layer}") for layer in ("infra", "kafka", "data-plane"))
    assert infra["depends_on"] == []
    assert kafka["depends_on"] == [infra["name"]]
    assert plane["depends_on"] == [infra["name"], kafka["name"]]


def test_remote_state_reads_point_at_the_upstream_state_key(synthesized):
    entries = kraken_entries(synthesized)
    assert len(entries) == 3 * len(ENVS)
    checked = 0
    for entry in entries:
        reads = synthesized.doc(entry["name"]).get("data", {}).get("terraform_remote_state", {})
        checked += len(reads)
        assert len(reads) == len(entry["reads"]), entry["name"]
        keys = {block["config"]["key"] for block in reads.values()}
        assert keys == {synthesized.entry(u)["state_key"] for u in entry["reads"]}
        for block in reads.values():
            assert block["backend"] == "s3"
            assert block["config"]["bucket"] == synthesized.doc(entry["name"])["terraform"]["backend"]["s3"]["bucket"]
    # kafka reads infra; data-plane reads infra and kafka.
    assert checked == 3 * len(ENVS)


def test_every_read_names_a_published_output(synthesized):
    checked = 0
    for entry in kraken_entries(synthesized):
        for upstream, names in entry["reads"].items():
            checked += len(names)
            published = set(synthesized.entry(upstream)["outputs"])
            assert set(names) <= published, (entry["name"], sorted(set(names) - published))
            assert upstream in entry["depends_on"]
    assert checked >= 10 * len(ENVS), checked


# Published for clients outside these roots: the document's contract names the SCRAM secrets
# (SCRAM clients log in with them); no Kraken root reads them since the kafka root uses IAM.
FOR_EXTERNAL_CLIENTS = {"msk_scram_secret_names"}


def test_every_infra_output_is_read_downstream(synthesized):
    for env in ENVS:
        infra = synthesized.entry(f"kraken-{env}-infra")
        assert infra["outputs"]
        read = set()
        for entry in kraken_entries(synthesized):
            read |= set(entry["reads"].get(infra["name"], ()))
        assert FOR_EXTERNAL_CLIENTS <= set(infra["outputs"]) and not FOR_EXTERNAL_CLIENTS & read
        assert set(infra["outputs"]) - FOR_EXTERNAL_CLIENTS == read, sorted(set(infra["outputs"]) ^ read)


def test_outputs_are_documented_with_examples_of_the_right_shape(synthesized):
    doc = synthesized.doc("kraken-dev-infra")
    outputs = synthesized.entry("kraken-dev-infra")["outputs"]
    assert {"vpc_id", "lake_bucket_arns", "lake_kms_key_arns"} <= set(outputs)
    for name, spec in outputs.items():
        assert spec["description"] and spec["example"] not in (None, "", [], {}), name
        assert name in doc["output"]


def test_reads_use_remote_state_not_copied_values(synthesized):
    """Names infra owns (lake buckets, Glue databases, secrets) never appear as literals downstream."""
    for env in ENVS:
        infra = synthesized.doc(f"kraken-{env}-infra")
        owned = [b["bucket"] for b in resources(infra, "aws_s3_bucket").values()]
        owned += [d["name"] for d in resources(infra, "aws_glue_catalog_database").values()]
        owned += [s["name"] for s in resources(infra, "aws_secretsmanager_secret").values()]
        assert len(owned) >= 10, owned  # buckets, databases and secrets: the check below is not vacuous
        for layer in ("kafka", "data-plane"):
            text = json.dumps(synthesized.doc(f"kraken-{env}-{layer}"))
            assert [name for name in owned if name in text] == [], layer
        assert "data.terraform_remote_state.infra_state.outputs.lake_bucket_arns" in \
            json.dumps(synthesized.doc(f"kraken-{env}-data-plane"))


# --- network modes ------------------------------------------------------------------

def test_network_mode_builds_a_vpc(synthesized):
    doc = synthesized.doc("kraken-dev-infra")
    assert len(resources(doc, "aws_vpc")) == 1
    assert doc["output"]["vpc_id"]["value"] == "${aws_vpc.network_vpc.id}"


def test_existing_network_mode_builds_no_vpc_and_publishes_the_given_ids(synthesized):
    doc = synthesized.doc("kraken-prod-infra")
    assert resources(doc, "aws_vpc") == {} and resources(doc, "aws_subnet") == {}
    assert doc["output"]["vpc_id"]["value"] == "vpc-0f1e2d3c4b5a69788"
    assert doc["output"]["private_subnet_ids"]["value"][0] == "subnet-0a11b22c33d44e551"


def _load(tmp_path, text):
    path = tmp_path / "dev.tfvars"
    path.write_text(text)
    return load_settings(path, KrakenSettings, "environments/kraken/dev.tfvars")


def _problems(tmp_path, text):
    with pytest.raises(ConfigError) as err:
        _load(tmp_path, text)
    return [str(p) for p in err.value.problems]


DEV = (ENVIRONMENTS / "kraken" / "dev.tfvars").read_text()
PROD = (ENVIRONMENTS / "kraken" / "prod.tfvars").read_text()
EXISTING = 'existing_network = { vpc_id = "vpc-0f1e2d3c4b5a69788", vpc_cidr = "10.60.0.0/16", ' \
           'private_subnet_ids = ["subnet-0a11b22c33d44e551", "subnet-0a11b22c33d44e552", "subnet-0a11b22c33d44e553"] }\n'


def test_both_network_modes_at_once_is_an_error(tmp_path):
    assert any("network: set exactly one of network" in p for p in _problems(tmp_path, DEV + EXISTING))


def test_neither_network_mode_is_an_error(tmp_path):
    text = re.sub(r"network = \{.*?\n\}\n", "", DEV, flags=re.S)
    assert any("network: set exactly one of network" in p for p in _problems(tmp_path, text))


def test_bad_existing_subnet_id(tmp_path):
    text = PROD.replace('"subnet-0a11b22c33d44e552"', '"subnet-xyz"')
    assert any("existing_network.private_subnet_ids[1]" in p for p in _problems(tmp_path, text))


def test_provisioned_throughput_on_small_brokers_is_a_configuration_error(tmp_path):
    text = DEV.replace('volume_size_gb         = 100', 'volume_size_gb = 100\n  provisioned_throughput_mibps = 250')
    (problem,) = [p for p in _problems(tmp_path, text) if "provisioned_throughput_mibps" in p]
    assert "kafka.m5.4xlarge" in problem and '"kafka.m5.large"' in problem


def test_unsupported_kafka_version_is_an_error(tmp_path):
    text = DEV.replace('kafka_version          = "3.6.0"', 'kafka_version = "2.2.1"')
    assert any("msk.kafka_version" in p and "3.6.0" in p for p in _problems(tmp_path, text))


def test_min_isr_above_replication_is_an_error(tmp_path):
    text = DEV.replace("min_insync_replicas = 2", "min_insync_replicas = 4")
    assert any("topics.min_insync_replicas" in p for p in _problems(tmp_path, text))


def test_plugin_needs_exactly_one_location(tmp_path):
    old = '    s3_key  = "plugins/debezium-connector-postgres-2.7.3-msk-config-providers-avro.zip"\n'
    assert old in DEV
    text = DEV.replace(old, "")
    assert any("connectors.debezium_plugin: set exactly one of arn" in p for p in _problems(tmp_path, text))


# --- kafka root ---------------------------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_kafka_root_matches_the_provider_schema(synthesized, env):
    assert check_resources(synthesized.doc(f"kraken-{env}-kafka"), KAFKA_SCHEMA) == []


@pytest.mark.parametrize("env", ENVS)
def test_kafka_provider_authenticates_with_msk_iam_as_infra_admin_role(synthesized, env):
    """IAM brokers (9098, TLS), the settings' region, infra's admin role; no secret is read."""
    doc = synthesized.doc(f"kraken-{env}-kafka")
    (kafka,) = doc["provider"]["kafka"]
    assert {k: v for k, v in kafka.items() if k not in ("bootstrap_servers", "sasl_aws_role_arn")} == {
        "sasl_mechanism": "aws-iam", "sasl_aws_region": "eu-west-1", "tls_enabled": True}
    assert "msk_bootstrap_brokers_sasl_iam" in kafka["bootstrap_servers"]
    assert kafka["sasl_aws_role_arn"] == "${data.terraform_remote_state.infra_state.outputs.msk_admin_role_arn}"
    assert set(doc.get("data", {})) == {"terraform_remote_state"}
    assert "ephemeral" not in doc


def test_topics_replication_and_isr_come_from_settings(synthesized):
    settings = load_settings(ENVIRONMENTS / "kraken" / "prod.tfvars", KrakenSettings)
    topics = {t["name"]: t for t in resources(synthesized.doc("kraken-prod-kafka"), "kafka_topic").values()}
    assert {"cdc.mnpi.trades", "cdc.mnpi.orders", "cdc.mnpi.positions", "cdc.public.market_data",
            "cdc.public.reference_data", "dlq.mnpi.s3-sink", "dlq.public.s3-sink", "__debezium-heartbeat.kraken"} == set(topics)
    for topic in topics.values():
        assert topic["replication_factor"] == settings.topics.replication_factor
        assert topic["config"]["min.insync.replicas"] == str(settings.topics.min_insync_replicas)
    reference = topics["cdc.public.reference_data"]["config"]
    assert reference["cleanup.policy"] == "compact"
    assert int(reference["retention.ms"]) > int(topics["cdc.public.market_data"]["config"]["retention.ms"])


def _acls(doc):
    return list(resources(doc, "kafka_acl").values())


def _matches(acl, name):
    if acl["resource_pattern_type_filter"] == "Prefixed":
        return name.startswith(acl["resource_name"])
    return acl["resource_name"] in ("*", name)


def test_no_literal_wildcards(synthesized):
    for acl in _acls(synthesized.doc("kraken-dev-kafka")):
        name = acl["resource_name"]
        assert acl["resource_pattern_type_filter"] == "Prefixed" or "*" not in name or name == "*"


def test_the_one_scram_user_never_reads_or_writes_a_cdc_or_dlq_record(synthesized):
    """SCRAM is only for Schema Registry and Cruise Control (MSK Connect uses IAM): its user
    reads metadata of every topic, and records of its own topics only."""
    doc = synthesized.doc("kraken-dev-kafka")
    acls = _acls(doc)
    assert {a["acl_principal"] for a in acls} == {"User:admin"}
    data_topics = [t["name"] for t in resources(doc, "kafka_topic").values()]
    assert data_topics
    for acl in acls:
        if acl["resource_type"] == "Topic" and acl["acl_operation"] in ("All", "Read", "Write"):
            assert not [t for t in data_topics if _matches(acl, t)], acl
    assert {(a["resource_name"], a["acl_operation"]) for a in acls if a["resource_type"] == "Topic"} >= {
        ("_schemas", "All"), ("*", "Describe"), ("*", "DescribeConfigs"), ("__KafkaCruiseControl", "All")}


# --- MNPI separation ----------------------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_no_acl_lets_anyone_read_an_mnpi_topic(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-kafka")
    mnpi = [t["name"] for t in resources(doc, "kafka_topic").values() if MNPI_TOPIC.match(t["name"])]
    assert mnpi
    for acl in _acls(doc):
        if acl["resource_type"] == "Topic" and acl["acl_operation"] in ("All", "Read"):
            assert not [t for t in mnpi if _matches(acl, t)], acl


def parse_policy(text: str) -> dict:
    """A policy holding Terraform expressions (``${x["key"]}``) as parseable JSON."""
    return json.loads(re.sub(r"\$\{([^}]*)\}", lambda m: "${" + m.group(1).replace('"', "'") + "}", text))


def _role_policies(doc):
    roles = resources(doc, "aws_iam_role")
    for name, body in resources(doc, "aws_iam_role_policy").items():
        role_ref = body["role"]
        role = next(r for key, r in roles.items() if f"aws_iam_role.{key}." in role_ref)
        yield role["name"], parse_policy(body["policy"])


@pytest.mark.parametrize("env", ENVS)
def test_no_public_tier_role_touches_mnpi_buckets_databases_or_keys(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    seen = 0
    for role_name, document in _role_policies(doc):
        if not role_name.endswith("-data-analysts"):
            continue
        seen += 1
        assert document["Statement"]
        for statement in document["Statement"]:
            targets = statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
            for target in targets:
                assert "mnpi" not in target.lower(), (role_name, statement["Sid"], target)
    assert seen == 1


@pytest.mark.parametrize("env", ENVS)
def test_mnpi_tiers_require_mfa(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    mnpi_tiers = [role for role in resources(doc, "aws_iam_role").values()
                  if role["name"].endswith(("-finance-analysts", "-data-engineers"))]
    assert sorted(role["name"] for role in mnpi_tiers) == [f"kraken-{env}-data-engineers",
                                                           f"kraken-{env}-finance-analysts"]
    for role in mnpi_tiers:
        trust = json.loads(role["assume_role_policy"])["Statement"][0]
        assert trust["Condition"]["Bool"]["aws:MultiFactorAuthPresent"] == "true"


def test_engineers_reach_all_layers_and_finance_only_analytics(synthesized):
    policies = dict(_role_policies(synthesized.doc("kraken-dev-data-plane")))
    text = {name: json.dumps(doc) for name, doc in policies.items()}
    assert all(f"lake_bucket_arns['{layer}-mnpi']" in text["kraken-dev-data-engineers"]
               for layer in ("raw", "curated", "analytics"))
    assert "lake_bucket_arns['raw-mnpi']" not in text["kraken-dev-finance-analysts"]
    assert "lake_bucket_arns['analytics-mnpi']" in text["kraken-dev-finance-analysts"]


# --- offline plans ------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("env", ENVS)
def test_infra_and_data_plane_plan_offline(plans, synthesized, env):
    for layer in ("infra", "data-plane"):
        result = plans[f"kraken-{env}-{layer}"]
        assert result.status == "OK", result.error
        assert result.planned == synthesized.entry(f"kraken-{env}-{layer}")["resources"]


@pytest.mark.slow
def test_kafka_root_is_unavailable_offline_with_the_reason(plans):
    result = plans["kraken-dev-kafka"]
    assert result.status == "UNAVAILABLE"
    assert "mongey/kafka 0.13.1" in result.error


def test_topic_plan_grants_no_record_access_to_mnpi_topics():
    from atlas.stacks.kraken.kafka import topic_plan
    from atlas.stacks.kraken.names import KrakenNames

    plan = topic_plan(load_settings(ENVIRONMENTS / "kraken" / "prod.tfvars", KrakenSettings), KrakenNames("kraken-prod"))
    mnpi = [t.name for t in plan.topics if MNPI_TOPIC.match(t.name)]
    assert sorted(mnpi) == ["cdc.mnpi.orders", "cdc.mnpi.positions", "cdc.mnpi.trades", "dlq.mnpi.s3-sink"]
    for grant in plan.grants:
        if grant.resource_type == "Topic" and set(grant.operations) & {"All", "Read", "Write"}:
            assert not [t for t in mnpi if grant.matches(t)], grant


@pytest.mark.parametrize("env", ENVS)
def test_athena_results_buckets_use_the_tier_classification_key(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    encryption = resources(doc, "aws_s3_bucket_server_side_encryption_configuration")
    for tier, key in (("finance_analysts", "mnpi"), ("data_analysts", "public"), ("data_engineers", "mnpi")):
        rule = encryption[f"athena_results_{tier}_encryption"]["rule"][0]["apply_server_side_encryption_by_default"]
        assert rule["kms_master_key_id"] == f"${{data.terraform_remote_state.infra_state.outputs.lake_kms_key_arns.{key}}}"


@pytest.mark.parametrize("env", ENVS)
def test_data_plane_buckets_log_to_the_lake_access_log_bucket(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    logging = resources(doc, "aws_s3_bucket_logging")
    # Three Athena results buckets and the internal ALB's log bucket; the target is read from infra.
    assert len(logging) == 4
    assert {b["target_bucket"] for b in logging.values()} == {
        "${data.terraform_remote_state.infra_state.outputs.lake_access_log_bucket_name}"}
    infra = synthesized.doc(f"kraken-{env}-infra")["output"]["lake_access_log_bucket_name"]
    assert infra["value"] == "${aws_s3_bucket.lake_access_logs_bucket.bucket}"
    # The internal ALB gets no web ACL.
    assert resources(doc, "aws_wafv2_web_acl") == {}


LAKE_BUCKET = re.compile(r"-(raw|curated|analytics)-(mnpi|public)-\d{12}$")


def _buckets_by_classification(doc) -> dict[str, dict[str, dict]]:
    """The infra root's S3 buckets by lake classification ("mnpi", "public", or "other" for
    the access-log and audit buckets), each keyed by address."""
    out: dict[str, dict[str, dict]] = {"mnpi": {}, "public": {}, "other": {}}
    for address, bucket in resources(doc, "aws_s3_bucket").items():
        match = LAKE_BUCKET.search(bucket["bucket"])
        out[match.group(2) if match else "other"][address] = bucket
    return out


@pytest.fixture(scope="module")
def kraken_dev_infra_without_object_lock(tmp_path_factory) -> dict:
    """kraken-dev-infra built from dev.tfvars with lake.mnpi_object_lock off: that one root,
    synthesized once, the way the app does it."""
    import dataclasses

    from atlas.app import synthesize
    from atlas.stacks.kraken import roots

    settings = load_settings(ENVIRONMENTS / "kraken" / "dev.tfvars", KrakenSettings)
    assert settings.lake.mnpi_object_lock is True  # the switch really moves
    off = dataclasses.replace(settings, lake=dataclasses.replace(settings.lake, mnpi_object_lock=False))
    (infra,) = [spec for spec in roots("dev", off) if spec.root.name == "kraken-dev-infra"]
    outdir = tmp_path_factory.mktemp("kraken-lock-off") / "out"
    synthesize([infra], outdir)
    return json.loads((outdir / "stacks" / "kraken-dev-infra" / "cdk.tf.json").read_text())


@pytest.mark.parametrize("env", ENVS)
def test_object_lock_on_locks_every_mnpi_bucket_and_no_other(synthesized, env):
    settings = load_settings(ENVIRONMENTS / "kraken" / f"{env}.tfvars", KrakenSettings)
    assert settings.lake.mnpi_object_lock is True  # both files turn it on
    doc = synthesized.doc(f"kraken-{env}-infra")
    buckets = _buckets_by_classification(doc)
    assert len(buckets["mnpi"]) == len(buckets["public"]) == 3 and len(buckets["other"]) == 2
    assert all(b.get("object_lock_enabled") is True for b in buckets["mnpi"].values())
    assert not [a for kind in ("public", "other") for a, b in buckets[kind].items() if "object_lock_enabled" in b]
    locks = resources(doc, "aws_s3_bucket_object_lock_configuration")
    assert sorted(lock["bucket"] for lock in locks.values()) == sorted(
        f"${{aws_s3_bucket.{address}.id}}" for address in buckets["mnpi"])
    for lock in locks.values():
        assert lock["rule"]["default_retention"] == {"mode": settings.lake.object_lock_mode,
                                                     "days": settings.lake.object_lock_days}


def test_object_lock_off_locks_no_bucket_and_changes_nothing_else(synthesized, kraken_dev_infra_without_object_lock):
    off = kraken_dev_infra_without_object_lock
    buckets = _buckets_by_classification(off)
    assert len(buckets["mnpi"]) == 3  # the MNPI buckets are still there...
    assert not [a for kind in buckets for a, b in buckets[kind].items() if "object_lock_enabled" in b]  # ...unlocked
    assert resources(off, "aws_s3_bucket_object_lock_configuration") == {}
    assert "object_lock" not in json.dumps(off["resource"])
    # Everything but the lock is as in the real dev root (same settings, switch on).
    on = synthesized.doc("kraken-dev-infra")

    def addresses(doc):
        return {(t, n) for t, items in doc["resource"].items() for n in items
                if t != "aws_s3_bucket_object_lock_configuration"}

    assert addresses(off) == addresses(on)
    for address, bucket in resources(on, "aws_s3_bucket").items():
        assert {k: v for k, v in bucket.items() if k != "object_lock_enabled"} == resources(off, "aws_s3_bucket")[address]


# --- infra: MSK and database ---------------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_msk_uses_tls_kms_scram_and_iam(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-infra")
    (cluster,) = resources(doc, "aws_msk_cluster").values()
    assert cluster["client_authentication"]["sasl"] == {"iam": True, "scram": True}
    assert cluster["client_authentication"]["unauthenticated"] is False
    assert cluster["encryption_info"]["encryption_in_transit"]["client_broker"] == "TLS"
    assert cluster["encryption_info"]["encryption_at_rest_kms_key_arn"].startswith("${aws_kms_key.")
    prom = cluster["open_monitoring"]["prometheus"]
    assert prom["jmx_exporter"]["enabled_in_broker"] and prom["node_exporter"]["enabled_in_broker"]
    (config,) = resources(doc, "aws_msk_configuration").values()
    assert "allow.everyone.if.no.acl.found = false" in config["server_properties"]


def test_provisioned_throughput_only_where_set(synthesized):
    def throughput(env):
        (cluster,) = resources(synthesized.doc(f"kraken-{env}-infra"), "aws_msk_cluster").values()
        return cluster["broker_node_group_info"]["storage_info"]["ebs_storage_info"].get("provisioned_throughput")
    assert throughput("prod") == {"enabled": True, "volume_throughput": 250}
    assert throughput("dev") is None


@pytest.mark.parametrize("env", ENVS)
def test_scram_secrets_are_named_and_encrypted_as_msk_requires(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-infra")
    secrets = {s["name"]: s for s in resources(doc, "aws_secretsmanager_secret").values()}
    assert sorted(secrets) == [f"AmazonMSK_kraken-{env}_admin"]
    for secret in secrets.values():
        assert secret["kms_key_id"] == "${aws_kms_key.scram_key_key.arn}"
    (association,) = resources(doc, "aws_msk_scram_secret_association").values()
    assert len(association["secret_arn_list"]) == 1
    versions = resources(doc, "aws_secretsmanager_secret_version")
    assert len(versions) == 1
    for address, version in versions.items():
        # A generated password, written write-only: no secret_string, nothing in state.
        assert "secret_string" not in version and version["secret_string_wo_version"] == 1
        user = address.removeprefix("scram_").removesuffix("_seed")
        assert version["secret_string_wo"] == (
            '${jsonencode({"password" = ephemeral.aws_secretsmanager_random_password.scram_%s_password.random_password, '
            '"username" = "%s"})}' % (user, user))
        assert doc["ephemeral"]["aws_secretsmanager_random_password"][f"scram_{user}_password"] == {
            "exclude_punctuation": True, "password_length": 32, "require_each_included_type": True}
    assert sorted(association["depends_on"]) == sorted(f"aws_secretsmanager_secret_version.{a}" for a in versions)


@pytest.mark.parametrize("env", ENVS)
def test_database_has_logical_replication_and_a_managed_secret(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-infra")
    (db,) = resources(doc, "aws_db_instance").values()
    assert db["manage_master_user_password"] is True and db["storage_encrypted"] is True
    assert db["publicly_accessible"] is False
    (group,) = resources(doc, "aws_db_parameter_group").values()
    params = {p["name"]: p for p in group["parameter"]}
    assert params["rds.logical_replication"] == {"name": "rds.logical_replication", "value": "1",
                                                 "apply_method": "pending-reboot"}


# --- data-plane: connectors ----------------------------------------------------------

def _connectors(doc):
    return {c["name"]: c for c in resources(doc, "aws_mskconnect_connector").values()}


@pytest.mark.parametrize("env", ENVS)
def test_debezium_uses_pgoutput_and_routes_tables_by_classification(synthesized, env):
    config = _connectors(synthesized.doc(f"kraken-{env}-data-plane"))[f"kraken-{env}-debezium-postgres"]["connector_configuration"]
    assert config["plugin.name"] == "pgoutput"
    assert config["transforms.route_mnpi.regex"] == "kraken\\.public\\.(trades|orders|positions)"
    assert config["transforms.route_mnpi.replacement"].endswith("cdc_topic_prefixes.mnpi}$1")
    assert config["transforms.route_public.regex"] == "kraken\\.public\\.(market_data|reference_data)"
    # Credentials are placeholders the config provider resolves at start, never values: the
    # login of Debezium's own (its secret, written by this root), not the rotating master's.
    assert config["database.password"] == f"$${{secretsmanager:kraken-{env}/cdc-user:password}}"
    assert config["database.user"] == f"$${{secretsmanager:kraken-{env}/cdc-user:username}}"
    assert "password" not in json.dumps({k: v for k, v in config.items() if k != "database.password"})
    # The publication is the setup task's (as the master, who may add the tables to it).
    assert config["publication.autocreate.mode"] == "disabled"
    assert config["publication.name"] == f"debezium_kraken_{env}"


@pytest.mark.parametrize("env", ENVS)
def test_each_sink_writes_its_raw_bucket_with_its_key_and_dlq(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    for c in ("mnpi", "public"):
        connector = _connectors(doc)[f"kraken-{env}-s3-sink-{c}"]
        config = connector["connector_configuration"]
        assert config["s3.bucket.name"].endswith(f'lake_bucket_names["raw-{c}"]}}')
        assert config["s3.sse.kms.key.id"].endswith(f"lake_kms_key_arns.{c}}}")
        assert config["errors.deadletterqueue.topic.name"].endswith(f"dead_letter_topics.{c}}}")
        assert config["topics"].endswith(f"cdc_topic_names.{c}}}")
        assert config["partitioner.class"].endswith("TimeBasedPartitioner")
        assert connector["worker_configuration"]["arn"] == "${aws_mskconnect_worker_configuration.sink_worker_configuration.arn}"
        assert connector["kafka_cluster_client_authentication"]["authentication_type"] == "IAM"


def test_sink_groups_are_named_like_msk_connect_in_their_iam(synthesized):
    """MSK Connect names a sink's consumer group connect-<connector name>; the IAM grant names it."""
    doc = synthesized.doc("kraken-dev-data-plane")
    for c in ("mnpi", "public"):
        assert f"kraken-dev-s3-sink-{c}" in _connectors(doc)
        text = resources(doc, "aws_iam_role_policy")[f"s3_sink_{c}_service_policy"]["policy"]
        assert f"${{local.msk_arns_group}}/connect-kraken-dev-s3-sink-{c}" in text


@pytest.mark.parametrize("env", ENVS)
def test_public_sink_cannot_touch_mnpi_topics_buckets_or_keys(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    config = json.dumps(_connectors(doc)[f"kraken-{env}-s3-sink-public"]["connector_configuration"])
    assert "mnpi" not in config
    policies = dict(_role_policies(doc))
    text = json.dumps(policies[f"kraken-{env}-s3-sink-public-connector"])
    assert "mnpi" not in text
    assert "cdc_topic_prefixes['public']" in text or "cdc_topic_prefixes.public" in text


def test_plugins_from_settings_existing_arn_or_s3_key(synthesized):
    prod = synthesized.doc("kraken-prod-data-plane")
    plugins = {p["name"] for p in resources(prod, "aws_mskconnect_custom_plugin").values()}
    assert plugins == {"kraken-prod-s3-sink-mnpi", "kraken-prod-s3-sink-public"}  # debezium: existing ARN
    debezium = _connectors(prod)["kraken-prod-debezium-postgres"]
    assert debezium["plugin"][0]["custom_plugin"]["arn"].startswith("arn:aws:kafkaconnect:eu-west-1:444444444444:")
    dev_plugins = resources(synthesized.doc("kraken-dev-data-plane"), "aws_mskconnect_custom_plugin")
    assert len(dev_plugins) == 3



@pytest.mark.parametrize("env", ENVS)
def test_the_kafka_roots_runner_reaches_only_the_iam_listener_and_old_rule_addresses_move(synthesized, env):
    """The runner's groups (named by id) get the rules every group named by id gets
    (``allow_from_group_ids``); the rules' earlier addresses (``..._group_<i>_9098``) move to
    them, so an existing state keeps its rules instead of destroying and recreating them."""
    doc, runner = synthesized.doc(f"kraken-{env}-infra"), load_settings(
        ENVIRONMENTS / "kraken" / f"{env}.tfvars", KrakenSettings).terraform_runner
    rules = {a: r for a, r in resources(doc, "aws_vpc_security_group_ingress_rule").items() if "terraform_runner" in a}
    by_group = {a: r for a, r in rules.items() if "referenced_security_group_id" in r}
    assert {r["referenced_security_group_id"] for r in by_group.values()} == set(runner.security_group_ids)
    assert sorted(by_group) == [f"msk_security_group_from_terraform_runner_9098_group_{i}"
                                for i in range(len(runner.security_group_ids))]
    assert {(r["from_port"], r["to_port"]) for r in rules.values()} == {(9098, 9098)}
    moved = {b["from"]: b["to"] for b in doc.get("moved", [])}
    old_group = "network_msk_security_group" if "aws_vpc" in doc["resource"] else "msk_security_group"
    for i in range(len(runner.security_group_ids)):
        assert moved[f"aws_vpc_security_group_ingress_rule.{old_group}_from_terraform_runner_group_{i}_9098"] == \
            f"aws_vpc_security_group_ingress_rule.msk_security_group_from_terraform_runner_9098_group_{i}"
    assert len(set(moved.values())) == len(moved)  # Terraform refuses two moves to one address
    assert {env: bool(runner.security_group_ids)} == {env: env == "prod"}  # both shapes exercised

# --- data-plane: services and network rules --------------------------------------------

def _ingress(doc):
    return list(resources(doc, "aws_vpc_security_group_ingress_rule").values())


@pytest.mark.parametrize("env", ENVS)
def test_rules_into_infra_groups_open_only_the_right_ports(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    msk = [r for r in _ingress(doc) if "msk_security_group_id" in r["security_group_id"]]
    db = [r for r in _ingress(doc) if "database_security_group_id" in r["security_group_id"]]
    assert sorted(r["from_port"] for r in msk) == [9096, 9096, 9098, 9098, 11001, 11002]
    assert all(r["from_port"] == r["to_port"] and r["ip_protocol"] == "tcp" for r in msk + db)
    assert sorted((r["from_port"], r["referenced_security_group_id"]) for r in db) == [
        (5432, "${aws_security_group.cdc_setup_task_security_group_group.id}"),
        (5432, "${aws_security_group.debezium_security_group_group.id}")]


@pytest.mark.parametrize("env", ENVS)
def test_services_run_private_behind_an_internal_https_alb(synthesized, env):
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    (lb,) = resources(doc, "aws_lb").values()
    assert lb["internal"] is True
    https = next(listener for listener in resources(doc, "aws_lb_listener").values() if listener["port"] == 443)
    assert https["protocol"] == "HTTPS" and https["certificate_arn"].startswith("arn:aws:acm:")
    services = {s["name"]: s for s in resources(doc, "aws_ecs_service").values()}
    assert sorted(services) == sorted(f"kraken-{env}-{n}" for n in
                                      ("schema-registry", "cruise-control", "prometheus", "alertmanager"))
    for service in services.values():
        assert service["network_configuration"]["assign_public_ip"] is False


@pytest.mark.parametrize("env, protected", [("dev", False), ("prod", True)])
def test_the_alb_is_deletion_protected_where_the_setting_says(synthesized, env, protected):
    """services.alb_deletion_protection: set in prod.tfvars, default off (dev)."""
    (lb,) = resources(synthesized.doc(f"kraken-{env}-data-plane"), "aws_lb").values()
    assert lb["enable_deletion_protection"] is protected


def _container(doc, name):
    (definition,) = json.loads(resources(doc, "aws_ecs_task_definition")[f"{name}_task_definition"]["container_definitions"])
    return definition


def test_configuration_reaches_the_containers(synthesized):
    doc = synthesized.doc("kraken-dev-data-plane")
    prometheus = _container(doc, "prometheus")
    env = {e["name"]: e["value"] for e in prometheus["environment"]}
    assert "${local.msk_jmx_targets}" in env["PROMETHEUS_CONFIG"] and "$PROMETHEUS_CONFIG" in prometheus["command"][0]
    # The images' ENTRYPOINT is the binary: the shell must be the entry point, not the command.
    assert prometheus["entryPoint"] == ["/bin/sh", "-c"] and len(prometheus["command"]) == 1
    assert _container(doc, "alertmanager")["entryPoint"] == ["/bin/sh", "-c"]
    assert ":11001" in json.dumps(doc["locals"]["msk_jmx_targets"]) and ":11002" in json.dumps(doc["locals"]["msk_node_targets"])
    registry = _container(doc, "schema_registry")
    secrets = {s["name"]: s["valueFrom"] for s in registry["secrets"]}
    assert secrets["KAFKA_PASSWORD"].endswith(":password::")
    assert "msk_scram_secret_arns" in secrets["KAFKA_PASSWORD"]
    env = {e["name"]: e["value"] for e in registry["environment"]}
    assert env["SCHEMA_REGISTRY_KAFKASTORE_SASL_MECHANISM"] == "SCRAM-SHA-512"
    assert "SCHEMA_REGISTRY_KAFKASTORE_SASL_JAAS_CONFIG" in registry["command"][2]


@pytest.mark.parametrize("env, paged", [("prod", True), ("dev", False)])
def test_pagerduty_keys_are_optional_secrets(synthesized, env, paged):
    alertmanager = _container(synthesized.doc(f"kraken-{env}-data-plane"), "alertmanager")
    config = next(e["value"] for e in alertmanager["environment"] if e["name"] == "ALERTMANAGER_CONFIG")
    secrets = {s["name"] for s in alertmanager["secrets"]}
    if paged:
        assert secrets == {"PAGERDUTY_CRITICAL_KEY", "PAGERDUTY_WARNING_KEY"}
        assert "routing_key_file: /tmp/alertmanager/pagerduty-critical" in config
    else:
        assert secrets == set() and "pagerduty" not in config


@pytest.mark.parametrize("env, zoned", [("dev", True), ("prod", False)])
def test_private_dns_names_only_with_a_private_zone(synthesized, env, zoned):
    doc = synthesized.doc(f"kraken-{env}-data-plane")
    records = resources(doc, "aws_route53_record")
    rules = resources(doc, "aws_lb_listener_rule")
    if zoned:
        assert sorted(r["name"] for r in records.values()) == sorted(
            f"{n}.kraken-dev.internal" for n in ("schema-registry", "cruise-control", "prometheus", "alertmanager"))
        assert len(rules) == 4
    else:
        assert records == {} and rules == {}


@pytest.mark.parametrize("associate", [True, False])
def test_scram_association_switch(associate):
    """On by default (passwords are generated in the same apply); off leaves the users unassociated."""
    from dataclasses import replace

    from atlas.cdk import Testing
    from atlas.stacks.kraken import KrakenInfraStack
    from atlas.state import RootId

    settings = load_settings(ENVIRONMENTS / "kraken" / "dev.tfvars", KrakenSettings)
    settings = replace(settings, msk=replace(settings.msk, associate_scram_secrets=associate))
    stack = KrakenInfraStack(Testing.app(), RootId("kraken", "dev", "infra"), settings, local_backend=False)
    doc = json.loads(Testing.synth(stack))
    assert len(resources(doc, "aws_secretsmanager_secret")) == 1
    assert len(resources(doc, "aws_msk_scram_secret_association")) == (1 if associate else 0)
    assert "msk_scram_secret_names" in doc["output"]


def test_when_a_group_and_a_rule_inside_it_both_moved_the_rules_own_move_is_kept():
    """Terraform refuses two moved blocks to one address; a rule renamed inside a group that
    was itself renamed gets the rule's own (composed) old address, not the group's prefix."""
    from types import SimpleNamespace

    from atlas.constructs.security_group import WorkloadSecurityGroup
    from atlas.stacks.base import PlatformStack
    from tests.helpers import synth_construct

    made = {}

    def build(stack):
        group = WorkloadSecurityGroup(stack, "msk", name="g", description="d", vpc_id="vpc-0a1b2c3d",
                                      allow_all_egress=False)
        (rule,) = group.allow_from_group_ids("runner", ("sg-0a1b2c3d4e5f60718",), 9098, description="r")
        made["moves"] = [(rule, "network_msk_from_runner_group_0_9098"), (group, "network_msk")]

    synth_construct(build)
    blocks = PlatformStack._moved_blocks(SimpleNamespace(_moves=made["moves"]))
    assert blocks == [
        {"from": "aws_security_group.network_msk_group", "to": "aws_security_group.msk_group"},
        {"from": "aws_vpc_security_group_ingress_rule.network_msk_from_runner_group_0_9098",
         "to": "aws_vpc_security_group_ingress_rule.msk_from_runner_9098_group_0"}]
