"""The first-apply rules added for the Atlas roots (container contracts, runtime secret
keys, artifacts, S3 write ordering, production protection): each fails on a crafted bad
root and passes its fixed form; the real roots show the fix in their JSON."""

from __future__ import annotations

import json

import pytest

from atlas.rules import images
from atlas.rules.base import RULES

GOOD_TERRAFORM = {"terraform": {"required_version": ">= 1.11"}}


def check(name: str, doc: dict) -> list[tuple[str, str]]:
    return list(RULES[name](doc))


def root(resource: dict, **more) -> dict:
    return {**GOOD_TERRAFORM, "resource": resource, **more}


def _task(container: dict, **resources) -> dict:
    return root({"aws_ecs_task_definition": {"t": {"container_definitions": json.dumps([container])}}, **resources})


# -- container_environment ---------------------------------------------------------------------

CAMUNDA = "camunda/camunda-bpm-platform:run-7.22.0"


def test_container_environment_refuses_what_camunda_sh_overwrites():
    bad = _task({"name": "c", "image": CAMUNDA, "secrets": [
        {"name": "SPRING_DATASOURCE_URL", "valueFrom": "arn:aws:secretsmanager:r:1:secret:x:SPRING_DATASOURCE_URL::"}]})
    (finding,) = check("container_environment", bad)
    assert finding[0] == "aws_ecs_task_definition.t[c]"
    assert "SPRING_DATASOURCE_URL is overwritten" in finding[1] and "set DB_URL instead" in finding[1]
    fixed = _task({"name": "c", "image": CAMUNDA, "environment": [{"name": "DB_DRIVER", "value": "org.postgresql.Driver"}],
                   "secrets": [{"name": k, "valueFrom": f"arn:aws:secretsmanager:r:1:secret:x:{k}::"}
                               for k in ("DB_URL", "DB_USERNAME", "DB_PASSWORD")]})
    assert check("container_environment", fixed) == []


@pytest.mark.parametrize("image, name, read", [
    (CAMUNDA, "DB_CONN_MAXACTIVE", False),           # read only by the tomcat/wildfly scripts
    (CAMUNDA, "CAMUNDA_BPM_ADMIN_USER_ID", True),    # Spring relaxed binding of camunda.bpm.*
    ("ghcr.io/kafbat/kafka-ui:v1.2.0", "KAFKA_CLUSTERS_0_NAME", True),
    ("ghcr.io/kafbat/kafka-ui:v1.2.0", "KAFKA_BROKERS", False),
    ("ghcr.io/kafbat/kafka-ui:v1.2.0", "AUTH_TYPE", True),
    ("confluentinc/cp-schema-registry:7.6.1", "SCHEMA_REGISTRY_PORT", False),
    ("prom/prometheus:v2.53.4", "PROMETHEUS_CONFIG", False),
])
def test_container_environment_knows_what_each_image_reads(image, name, read):
    doc = _task({"name": "c", "image": image, "environment": [{"name": name, "value": "x"}]})
    assert (check("container_environment", doc) == []) is read


def test_a_variable_the_containers_own_script_reads_is_fine():
    doc = _task({"name": "p", "image": "prom/prometheus:v2.53.4", "entryPoint": ["/bin/sh", "-c"],
                 "command": ['printf "%s" "$PROMETHEUS_CONFIG" > /tmp/p.yml && exec /bin/prometheus'],
                 "environment": [{"name": "PROMETHEUS_CONFIG", "value": "x"}]})
    assert check("container_environment", doc) == []
    # Own applications and unverified images are not judged.
    for image in ("111111111111.dkr.ecr.eu-west-1.amazonaws.com/atlas/scoring:0.9.4",
                  "public.ecr.aws/kraken/cruise-control:2.5.138"):
        assert check("container_environment", _task({"name": "x", "image": image,
                                                      "environment": [{"name": "ANY", "value": "1"}]})) == []


def test_every_verified_image_states_its_environment_contract():
    for facts in images.IMAGES:
        if facts.verified:
            assert facts.environment is not None and facts.source
            assert not set(facts.overwritten) & set(facts.environment), facts.family


def test_camunda_reads_its_datasource_from_db_variables(synthesized):
    for name in ("atlas-staging", "atlas-staging2", "atlas-prod"):
        doc = synthesized.doc(name)
        (container,) = json.loads(doc["resource"]["aws_ecs_task_definition"]["camunda_task_definition"]
                                  ["container_definitions"])
        assert {e["name"]: e["value"] for e in container["environment"]} == {"DB_DRIVER": "org.postgresql.Driver"}
        assert {s["name"] for s in container["secrets"]} == {"DB_URL", "DB_USERNAME", "DB_PASSWORD"}
        seeded = json.loads(doc["resource"]["aws_secretsmanager_secret_version"]["camunda_secret_seed"]
                            ["secret_string"])
        # The credentials come from the generated master secret (test_atlas), the URL from here.
        assert seeded == {"DB_URL": ""}


# -- runtime_secret_keys -----------------------------------------------------------------------

def _secret_root(seed: dict, keys: list[str]) -> dict:
    container = {"name": "app", "image": "app:1", "secrets": [
        {"name": k, "valueFrom": f"${{aws_secretsmanager_secret.s.arn}}:{k}::"} for k in keys]}
    return _task(container, aws_secretsmanager_secret={"s": {}}, aws_secretsmanager_secret_version={
        "seed": {"secret_id": "${aws_secretsmanager_secret.s.id}", "secret_string": json.dumps(seed)}})


def test_runtime_secret_keys():
    (finding,) = check("runtime_secret_keys", _secret_root({"A": "1"}, ["A", "SCORING_BASE_URL"]))
    assert finding[0] == "aws_ecs_task_definition.t[app]" and "reads key SCORING_BASE_URL" in finding[1]
    assert check("runtime_secret_keys", _secret_root({"A": "1", "SCORING_BASE_URL": ""}, ["A", "SCORING_BASE_URL"])) == []
    # A write-only value cannot be read from the JSON: nothing to judge.
    doc = _secret_root({}, ["A"])
    doc["resource"]["aws_secretsmanager_secret_version"]["seed"] = {"secret_id": "${aws_secretsmanager_secret.s.id}",
                                                                     "secret_string_wo": "${ephemeral.x.y}"}
    assert check("runtime_secret_keys", doc) == []


def test_runtime_secret_keys_reads_the_keys_of_a_generated_secret():
    """GeneratedSecret writes ``${jsonencode({"k" = ...})}`` write-only: its keys are in the
    JSON even though its value is not, so a task reading a key it lacks is refused too."""
    from atlas.constructs.secrets import GeneratedSecret, GeneratedSecretProps
    from tests.helpers import synth_construct

    doc = synth_construct(lambda stack: GeneratedSecret(stack, "gw", GeneratedSecretProps(
        name="pe/gw", description="d", kms_key_arn="arn:aws:kms:eu-central-1:666666666666:key/k",
        password_key="api_key", fields={"client_id": "gateway"})))
    version = next(iter(doc["resource"]["aws_secretsmanager_secret_version"].values()))
    reads = _secret_root({}, ["api_key", "client_secret"])
    reads["resource"]["aws_secretsmanager_secret_version"]["seed"] = {
        "secret_id": "${aws_secretsmanager_secret.s.id}", "secret_string_wo": version["secret_string_wo"]}
    (finding,) = check("runtime_secret_keys", reads)
    assert "reads key client_secret" in finding[1] and "it has api_key, client_id" in finding[1]


@pytest.mark.parametrize("enabled", [False, True])
def test_documented_runtime_keys_reach_the_dashboard_either_way(synthesized, enabled):
    """SCORING_BASE_URL is listed whether Terraform seeds its value or operators add it."""
    name = "atlas-staging2" if enabled else "atlas-staging"
    doc = synthesized.doc(name)
    (container,) = json.loads(doc["resource"]["aws_ecs_task_definition"]["dashboard_task_definition"]
                              ["container_definitions"])
    assert {"DATABASE_URL", "REDIS_URL", "SCORING_BASE_URL", "KAFKA_BROKERS"} <= {s["name"] for s in container["secrets"]}
    seeded = json.loads(doc["resource"]["aws_secretsmanager_secret_version"]["dashboard_secret_seed"]["secret_string"])
    assert seeded["SCORING_BASE_URL"] == ("http://scoring:8083" if enabled else "")


# -- artifacts_exist ---------------------------------------------------------------------------

def _plugin_root(*, copy: dict | None, plugin_depends_on: list[str] | None = None,
                 bucket_arn: str = "${aws_s3_bucket.plugins.arn}") -> dict:
    plugin = {"name": "p", "content_type": "ZIP",
              "location": {"s3": {"bucket_arn": bucket_arn, "file_key": "plugins/abc/sink.zip"}}}
    if plugin_depends_on is not None:
        plugin["depends_on"] = plugin_depends_on
    resource = {"aws_s3_bucket": {"plugins": {"bucket": "plugins"}}, "aws_mskconnect_custom_plugin": {"p": plugin}}
    if copy is not None:
        resource["aws_s3_object_copy"] = {"archive": copy}
    return root(resource)


def test_artifacts_exist_refuses_a_plugin_in_an_empty_bucket_of_the_root():
    (finding,) = check("artifacts_exist", _plugin_root(copy=None))
    assert finding[0] == "aws_mskconnect_custom_plugin.p" and "creates empty" in finding[1]
    copy = {"bucket": "${aws_s3_bucket.plugins.bucket}", "key": "plugins/abc/sink.zip", "source": "artifacts/sink.zip"}
    (finding,) = check("artifacts_exist", _plugin_root(copy=copy))  # written, but maybe too late
    assert "add depends_on aws_s3_object_copy.archive" in finding[1]
    assert check("artifacts_exist", _plugin_root(copy=copy, plugin_depends_on=["aws_s3_object_copy.archive"])) == []
    wrong_key = {**copy, "key": "plugins/other.zip"}
    assert check("artifacts_exist", _plugin_root(copy=wrong_key, plugin_depends_on=["aws_s3_object_copy.archive"]))


def test_an_artifact_in_a_bucket_a_setting_names_is_provided():
    assert check("artifacts_exist", _plugin_root(copy=None, bucket_arn="arn:aws:s3:::kraken-connect-plugins")) == []
    assert check("artifacts_exist", _plugin_root(
        copy=None, bucket_arn="${data.terraform_remote_state.infra.outputs.plugin_bucket_arn}")) == []


def test_other_artifact_readers_are_checked_too():
    doc = root({"aws_s3_bucket": {"code": {}},
                "aws_glue_job": {"j": {"command": {"script_location": "s3://${aws_s3_bucket.code.bucket}/jobs/a.py"}}},
                "aws_lambda_function": {"f": {"s3_bucket": "${aws_s3_bucket.code.id}", "s3_key": "f.zip"}}})
    assert sorted(a for a, _ in check("artifacts_exist", doc)) == ["aws_glue_job.j", "aws_lambda_function.f"]


def test_prod_copies_the_declared_plugin_archive_and_checks_its_sha256(synthesized):
    doc = synthesized.doc("atlas-prod")
    copy = doc["resource"]["aws_s3_object_copy"]["plugin_archive"]
    sha = "5f0c3a2b8e1d47c69a0b3f2e4d5c6b7a8091a2b3c4d5e6f708192a3b4c5d6e7f"
    assert copy["source"] == "atlas-build-artifacts-222222222222/kafka-connect/confluentinc-kafka-connect-s3-10.5.13.zip"
    assert copy["key"] == f"plugins/{sha[:16]}/confluentinc-kafka-connect-s3-10.5.13.zip"
    assert copy["checksum_algorithm"] == "SHA256" and copy["bucket"] == "${aws_s3_bucket.plugin_bucket_bucket.bucket}"
    import base64
    (post,) = copy["lifecycle"]["postcondition"]
    assert base64.b64encode(bytes.fromhex(sha)).decode() in post["condition"]
    plugin = doc["resource"]["aws_mskconnect_custom_plugin"]["s3_sink_plugin"]
    assert plugin["location"]["s3"]["file_key"] == copy["key"]
    assert plugin["depends_on"] == ["aws_s3_object_copy.plugin_archive"]


def test_an_existing_plugin_arn_creates_no_plugin():
    from atlas.config.atlas import S3SinkSettings
    from atlas.config.common import ConnectorPluginSettings
    from tests.test_atlas import loaded, synth
    import dataclasses

    s = loaded("prod")
    arn = "arn:aws:kafkaconnect:eu-west-1:222222222222:custom-plugin/atlas-s3-sink/0a1b2c3d-4e5f-6789-abcd-ef0123456789-2"
    sink = dataclasses.replace(s.s3_sink, plugin=ConnectorPluginSettings(arn=arn))
    assert list(sink.plugin.checks()) == [] and list(sink.checks()) == []
    doc = synth(dataclasses.replace(s, s3_sink=sink))
    assert "aws_mskconnect_custom_plugin" not in doc["resource"] and "aws_s3_object_copy" not in doc["resource"]
    (connector,) = doc["resource"]["aws_mskconnect_connector"].values()
    assert connector["plugin"][0]["custom_plugin"]["arn"] == arn
    assert isinstance(S3SinkSettings.renamed["plugin_key"], str)


@pytest.mark.parametrize("plugin, problem", [
    ({"s3_uri": "s3://b/k.zip"}, "sha256: is required with s3_uri"),
    ({"s3_uri": "https://b/k.zip", "sha256": "0" * 64, "classes": ["a.B"]}, "s3_uri:"),
    ({"s3_uri": "s3://bucket/k.zip", "sha256": "0" * 64}, "classes: lists no class"),
    ({"arn": "arn:aws:kafkaconnect:r:1:custom-plugin/x/y", "sha256": "0" * 64}, "sha256: belongs to s3_uri"),
    ({}, "set exactly one of arn"),
])
def test_plugin_settings_are_checked(plugin, problem):
    from atlas.config.common import ConnectorPluginSettings

    found = [f"{e.key}: {e.message}" if e.key else e.message
             for e in ConnectorPluginSettings(**{k: tuple(v) if isinstance(v, list) else v
                                                 for k, v in plugin.items()}).checks()]
    assert any(problem in line for line in found), found


def test_the_sink_refuses_a_plugin_without_the_classes_its_configuration_uses():
    import dataclasses

    from tests.test_atlas import loaded

    s = loaded("prod")
    plugin = dataclasses.replace(s.s3_sink.plugin, classes=("io.confluent.connect.s3.S3SinkConnector",))
    (problem,) = dataclasses.replace(s.s3_sink, plugin=plugin).checks()
    assert problem.key == "plugin.classes" and "FieldPartitioner" in problem.message


# -- connector_plugin_classes ------------------------------------------------------------------

def test_connector_plugin_classes():
    def doc(connector_class: str) -> dict:
        return root({
            "aws_mskconnect_custom_plugin": {"p": {"description": "bundles a.Sink, a.Format; sha256 00"}},
            "aws_mskconnect_connector": {"c": {
                "plugin": [{"custom_plugin": {"arn": "${aws_mskconnect_custom_plugin.p.arn}", "revision": 1}}],
                "connector_configuration": {"connector.class": connector_class, "format.class": "a.Format",
                                            "key.converter.class": "org.apache.kafka.connect.storage.StringConverter"}}}})

    assert check("connector_plugin_classes", doc("a.Sink")) == []
    (finding,) = check("connector_plugin_classes", doc("b.OtherSink"))
    assert finding[0] == "aws_mskconnect_connector.c" and "connector.class b.OtherSink" in finding[1]


# -- log_delivery_after_bucket_policy / object_lock_after_versioning (moved from the emulator gate)

def _logging_root() -> dict:
    return root({
        "aws_s3_bucket": {"logs": {}, "alb_logs": {}, "data": {}},
        "aws_s3_bucket_policy": {"logs_policy": {"bucket": "${aws_s3_bucket.logs.id}"},
                                 "alb_logs_policy": {"bucket": "${aws_s3_bucket.alb_logs.id}"}},
        "aws_s3_bucket_logging": {"data_logging": {"bucket": "${aws_s3_bucket.data.id}",
                                                   "target_bucket": "${aws_s3_bucket.logs.bucket}",
                                                   "depends_on": ["aws_s3_bucket_policy.logs_policy"]}},
        "aws_lb": {"alb": {"access_logs": {"bucket": "${aws_s3_bucket.alb_logs.bucket}", "enabled": True},
                           "depends_on": ["aws_s3_bucket_policy.alb_logs_policy"]}},
        "aws_s3_bucket_versioning": {"data_versioning": {"bucket": "${aws_s3_bucket.data.id}"}},
        "aws_s3_bucket_object_lock_configuration": {"data_lock": {"bucket": "${aws_s3_bucket.data.id}",
                                                                  "depends_on": ["aws_s3_bucket_versioning.data_versioning"]}},
    })


@pytest.mark.parametrize("rule_name, mutation, address, fix", [
    ("log_delivery_after_bucket_policy", lambda r: r["aws_s3_bucket_logging"]["data_logging"].pop("depends_on"),
     "aws_s3_bucket_logging.data_logging", "add depends_on aws_s3_bucket_policy.logs_policy"),
    ("log_delivery_after_bucket_policy", lambda r: r["aws_lb"]["alb"].pop("depends_on"),
     "aws_lb.alb", "add depends_on aws_s3_bucket_policy.alb_logs_policy"),
    ("log_delivery_after_bucket_policy", lambda r: r["aws_s3_bucket_policy"].pop("logs_policy"),
     "aws_s3_bucket_logging.data_logging", "has no aws_s3_bucket_policy"),
    ("object_lock_after_versioning", lambda r: r["aws_s3_bucket_object_lock_configuration"]["data_lock"].pop("depends_on"),
     "aws_s3_bucket_object_lock_configuration.data_lock", "add depends_on aws_s3_bucket_versioning.data_versioning"),
])
def test_s3_write_ordering_rules_fail_on_a_crafted_root(rule_name, mutation, address, fix):
    assert check(rule_name, _logging_root()) == []
    broken = _logging_root()
    mutation(broken["resource"])
    (finding,) = check(rule_name, broken)
    assert finding[0] == address and fix in finding[1]


def test_a_log_target_of_an_upstream_root_is_ordered_by_the_roots():
    doc = _logging_root()
    doc["resource"]["aws_s3_bucket_logging"]["data_logging"] = {
        "target_bucket": "${data.terraform_remote_state.infra.outputs.logs}"}
    assert check("log_delivery_after_bucket_policy", doc) == []


def test_the_emulator_gate_refuses_an_unordered_root_through_the_rules():
    from tests.gates.emulator.ordering import unordered

    broken = _logging_root()
    broken["resource"]["aws_s3_bucket_logging"]["data_logging"].pop("depends_on")
    assert unordered(_logging_root()) == []
    assert unordered(broken) == ["aws_s3_bucket_logging.data_logging: add depends_on aws_s3_bucket_policy.logs_policy: "
                                 "S3/ELB refuse log delivery into aws_s3_bucket.logs until its policy admits the log "
                                 "delivery service"]


def test_the_real_roots_have_log_writers_to_check(synthesized):
    """Not vacuous: S3 server access logging and ALB access logs in both platforms."""
    def count(name: str, kind: str) -> int:
        return len(synthesized.doc(name)["resource"].get(kind, {}))

    assert count("atlas-prod", "aws_s3_bucket_logging") >= 3 and count("atlas-prod", "aws_lb") == 1
    assert count("kraken-prod-infra", "aws_s3_bucket_logging") >= 7
    assert count("kraken-prod-infra", "aws_s3_bucket_object_lock_configuration") >= 1


# -- msk_cluster_policy_after_connectivity -----------------------------------------------------

def _cluster_policy_root(iam: object, count: object | None) -> dict:
    policy = {"cluster_arn": "${aws_msk_cluster.c.arn}", "policy": "{}"}
    if count is not None:
        policy["count"] = count
    return root({"aws_msk_cluster": {"c": {"broker_node_group_info": {"connectivity_info": {"vpc_connectivity": {
        "client_authentication": {"sasl": {"iam": iam, "scram": False}}}}}}},
        "aws_msk_cluster_policy": {"p": policy}})


@pytest.mark.parametrize("iam, count, ok", [
    ("${var.rollout_step <= 1 ? false : true}", "${var.rollout_step <= 1 ? 0 : 1}", True),
    ("${var.rollout_step <= 1 ? false : true}", None, False),        # created while multi-VPC is still off
    ("${var.rollout_step <= 2 ? false : true}", "${var.rollout_step <= 1 ? 0 : 1}", False),
    (False, None, False),                                            # never on
    (True, None, True),
])
def test_msk_cluster_policy_after_connectivity(iam, count, ok):
    assert (check("msk_cluster_policy_after_connectivity", _cluster_policy_root(iam, count)) == []) is ok


def test_prod_grants_its_client_accounts_from_the_steady_step_and_publishes_their_brokers(synthesized):
    doc = synthesized.doc("atlas-prod")
    policy = doc["resource"]["aws_msk_cluster_policy"]["msk_policy"]
    assert policy["count"] == "${var.rollout_step <= 1 ? 0 : 1}"
    statements = json.loads(policy["policy"])["Statement"]
    assert {s["Principal"]["AWS"] for s in statements} == {"arn:aws:iam::333333333333:root"}
    connect = next(s for s in statements if s["Sid"].endswith("Connect"))
    assert {"kafka:CreateVpcConnection", "kafka:GetBootstrapBrokers", "kafka:DescribeCluster",
            "kafka:DescribeClusterV2"} <= set(connect["Action"])
    assert doc["output"]["bootstrap_brokers_vpc_connectivity_iam"]["value"] == \
        "${aws_msk_cluster.msk_cluster.bootstrap_brokers_vpc_connectivity_sasl_iam}"
    assert "bootstrap_brokers_vpc_connectivity_iam" not in synthesized.doc("atlas-staging")["output"]
    assert "aws_msk_cluster_policy" not in synthesized.doc("atlas-staging")["resource"]


def test_multi_vpc_clients_need_multi_vpc_connectivity():
    import dataclasses

    from tests.test_atlas import loaded, problems_of

    s = loaded("prod")
    msk = dataclasses.replace(s.msk, multi_vpc_connectivity=False)
    assert any("msk.multi_vpc_clients: needs msk.multi_vpc_connectivity" in p
               for p in problems_of(dataclasses.replace(s, msk=msk)))


# -- operator_ui_not_open ----------------------------------------------------------------------

def _ui_root(*, env: dict, source_ip: bool, internal: bool = False) -> dict:
    container = {"name": "ui", "image": "ghcr.io/kafbat/kafka-ui:v1.2.0",
                 "environment": [{"name": k, "value": v} for k, v in env.items()]}
    condition = [{"host_header": {"values": ["kafka-ui.example.com"]}}]
    if source_ip:
        condition.append({"source_ip": {"values": ["192.0.2.0/28"]}})
    return root({
        "aws_lb": {"alb": {"internal": internal}},
        "aws_lb_listener": {"https": {"load_balancer_arn": "${aws_lb.alb.arn}",
                                      "default_action": [{"type": "forward", "target_group_arn": "${aws_lb_target_group.events.arn}"}]}},
        "aws_lb_listener_rule": {"ui": {"listener_arn": "${aws_lb_listener.https.arn}", "condition": condition,
                                        "action": [{"type": "forward", "target_group_arn": "${aws_lb_target_group.ui.arn}"}]}},
        "aws_lb_target_group": {"ui": {}, "events": {}},
        "aws_ecs_task_definition": {"t": {"container_definitions": json.dumps([container])}},
        "aws_ecs_service": {"ui": {"task_definition": "${aws_ecs_task_definition.t.arn}",
                                   "load_balancer": [{"target_group_arn": "${aws_lb_target_group.ui.arn}"}]}}})


@pytest.mark.parametrize("env, source_ip, internal, ok", [
    ({}, False, False, False),                       # the document's Kafka UI: open to the internet
    ({}, True, False, True),                         # allow-listed
    ({"AUTH_TYPE": "OAUTH2"}, False, False, True),   # its own login
    ({"AUTH_TYPE": "DISABLED"}, False, False, False),
    ({}, False, True, True),                         # an internal load balancer
])
def test_operator_ui_not_open(env, source_ip, internal, ok):
    found = check("operator_ui_not_open", _ui_root(env=env, source_ip=source_ip, internal=internal))
    assert (found == []) is ok
    if not ok:
        assert found[0][0] == "aws_ecs_service.ui"


def test_staging_allow_lists_the_kafka_ui_and_refuses_other_sources(synthesized):
    doc = synthesized.doc("atlas-staging")
    rules = doc["resource"]["aws_lb_listener_rule"]
    allowed = rules["alb_kafka_ui_host_rule"]
    assert {"source_ip": {"values": ["192.0.2.0/28"]}} in allowed["condition"]
    refused = rules["alb_kafka_ui_host_refused"]
    assert refused["priority"] == allowed["priority"] + 1
    assert refused["action"][0]["type"] == "fixed-response" and refused["action"][0]["fixed_response"]["status_code"] == "403"


def test_prod_kafka_ui_signs_in_with_oidc_and_reads_its_client_secret(synthesized):
    doc = synthesized.doc("atlas-prod")
    (container,) = json.loads(doc["resource"]["aws_ecs_task_definition"]["kafka_ui_task_definition"]
                              ["container_definitions"])
    env = {e["name"]: e["value"] for e in container["environment"]}
    assert env["AUTH_TYPE"] == "OAUTH2" and env["AUTH_OAUTH2_CLIENT_SSO_CLIENTID"] == "atlas-prod-kafka-ui"
    assert env["AUTH_OAUTH2_CLIENT_SSO_ISSUERURI"] == "https://login.example.com/realms/atlas"
    assert [s["name"] for s in container["secrets"]] == ["AUTH_OAUTH2_CLIENT_SSO_CLIENTSECRET"]
    seeded = json.loads(doc["resource"]["aws_secretsmanager_secret_version"]["kafka_ui_secret_seed"]["secret_string"])
    assert seeded == {"AUTH_OAUTH2_CLIENT_SSO_CLIENTSECRET": ""}


def test_kafka_ui_access_is_required_and_production_needs_a_login():
    import dataclasses

    from atlas.config.atlas import KafkaUiAccessSettings
    from tests.test_atlas import loaded, problems_of

    s = loaded("staging")
    assert any(p.startswith("kafka_ui_access: is required") for p in problems_of(dataclasses.replace(s, kafka_ui_access=None)))
    p = loaded("prod")
    allow_only = dataclasses.replace(p, kafka_ui_access=KafkaUiAccessSettings(allowed_cidrs=("192.0.2.0/28",)))
    assert any(x.startswith("kafka_ui_access.oauth2: is required in a production") for x in problems_of(allow_only))
    assert [e.key for e in KafkaUiAccessSettings(allowed_cidrs=("0.0.0.0/0",)).checks()] == ["allowed_cidrs[0]"]
    assert [e.key for e in KafkaUiAccessSettings(allowed_cidrs=tuple(f"192.0.2.{i * 16}/28" for i in range(5))).checks()] \
        == ["allowed_cidrs"]


# -- production_data_protected -----------------------------------------------------------------

@pytest.mark.parametrize("environment_class, protected, ok", [
    ("production", False, False), ("production", True, True), ("development", False, True)])
def test_production_data_protected(environment_class, protected, ok):
    body = {"engine": "postgres", **({"lifecycle": {"prevent_destroy": True}} if protected else {})}
    doc = root({"aws_db_instance": {"db": body}, "aws_msk_cluster": {"c": dict(body)}},
               locals={"environment_class": environment_class})
    found = check("production_data_protected", doc)
    assert (found == []) is ok
    if not ok:
        assert [a for a, _ in found] == ["aws_db_instance.db", "aws_msk_cluster.c"]


def test_prod_keeps_its_data_and_staging_can_be_torn_down(synthesized):
    prod = synthesized.doc("atlas-prod")
    protected = sorted(f"{kind}.{name}" for kind, items in prod["resource"].items() for name, body in items.items()
                       if (body.get("lifecycle") or {}).get("prevent_destroy") is True)
    assert protected == ["aws_db_instance.camunda_db_instance", "aws_db_instance.dashboard_db_instance",
                         "aws_msk_cluster.msk_cluster", "aws_s3_bucket.sink_bucket_bucket"]
    assert prod["locals"]["environment_class"] == "production"
    staging = synthesized.doc("atlas-staging")
    assert not any((b.get("lifecycle") or {}).get("prevent_destroy") for items in staging["resource"].values()
                   for b in items.values())


@pytest.mark.parametrize("env, setting, expected", [("prod", False, 0), ("staging", True, 3), ("staging", None, 0)])
def test_prevent_destroy_is_a_setting(env, setting, expected):
    import dataclasses

    from tests.test_atlas import loaded, synth

    doc = synth(dataclasses.replace(loaded(env), prevent_destroy=setting), env)
    found = [1 for items in doc["resource"].values() for b in items.values()
             if (b.get("lifecycle") or {}).get("prevent_destroy") is True]
    assert len(found) == expected


def test_the_emulator_lifts_prevent_destroy_before_destroying(tmp_path):
    from tests.gates.emulator.teardown import lift_deletion_protection

    class Root:
        folder = tmp_path

    (tmp_path / "cdk.tf.json").write_text(json.dumps({"resource": {"aws_db_instance": {"db": {
        "deletion_protection": True, "lifecycle": {"prevent_destroy": True}}}}}))
    assert lift_deletion_protection(Root()) == ["aws_db_instance.db"]
    body = json.loads((tmp_path / "cdk.tf.json").read_text())["resource"]["aws_db_instance"]["db"]
    assert body == {"deletion_protection": False, "lifecycle": {"prevent_destroy": False}}


# -- WAF limits per host -----------------------------------------------------------------------

def _acl_rules(doc: dict) -> dict[str, dict]:
    (acl,) = doc["resource"]["aws_wafv2_web_acl"].values()
    return {r["name"]: r for r in acl["rule"]}


def test_ingestion_host_has_its_own_rate_limit_and_takes_large_bodies(synthesized):
    rules = _acl_rules(synthesized.doc("atlas-prod"))
    label = rules["host-0-label"]
    assert label["statement"]["byte_match_statement"]["search_string"] == "events.atlas.example.com"
    assert {l["name"] for l in label["rule_label"]} == {"atlas:host:0", "atlas:own-rate-limit", "atlas:large-bodies"}
    default = rules["rate-limit-per-ip"]["statement"]["rate_based_statement"]
    assert default["limit"] == 2000
    assert default["scope_down_statement"]["not_statement"]["statement"]["label_match_statement"]["key"] == \
        "atlas:own-rate-limit"
    own = rules["rate-limit-host-0"]["statement"]["rate_based_statement"]
    assert own["limit"] == 50000 and own["scope_down_statement"]["label_match_statement"]["key"] == "atlas:host:0"
    common = rules["AWSManagedRulesCommonRuleSet"]["statement"]["managed_rule_group_statement"]
    assert {"action_to_use": {"count": {}}, "name": "SizeRestrictions_BODY"} in common["rule_action_override"]
    body = rules["body-size-limit"]
    assert body["action"] == {"block": {}} and body["priority"] > rules["AWSManagedRulesCommonRuleSet"]["priority"]
    # Labels are added before any rule matches them.
    assert label["priority"] < rules["rate-limit-per-ip"]["priority"] < rules["rate-limit-host-0"]["priority"] < 10


def test_without_host_limits_the_web_acl_is_the_plain_one():
    import dataclasses

    from atlas.config.atlas import WafSettings
    from tests.test_atlas import loaded, synth

    rules = _acl_rules(synth(dataclasses.replace(loaded("staging"), waf=WafSettings())))
    assert sorted(rules) == ["AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesAnonymousIpList",
                             "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
                             "rate-limit-per-ip"]
    assert rules["rate-limit-per-ip"]["priority"] == 1
    assert "scope_down_statement" not in rules["rate-limit-per-ip"]["statement"]["rate_based_statement"]
    assert "rule_action_override" not in rules["AWSManagedRulesCommonRuleSet"]["statement"]["managed_rule_group_statement"]


def test_waf_hosts_must_be_the_environments_hosts():
    import dataclasses

    from atlas.config.atlas import WafHostSettings, WafSettings
    from tests.test_atlas import loaded, problems_of

    s = loaded("staging")
    waf = WafSettings(hosts={"events.example.org": WafHostSettings(large_bodies=True)})
    assert any(p.startswith("waf.hosts.events.example.org: is not one of this environment's hosts")
               for p in problems_of(dataclasses.replace(s, waf=waf)))
    assert [e.message for e in WafHostSettings().checks()][0].startswith("changes nothing")


# -- atlas-<env>-kafka: the topics, created through the Kafka provider with IAM ---------------

@pytest.mark.parametrize("env, owner, endpoint", [("staging", "staging", "public"), ("staging2", "staging", "public"),
                                                  ("prod", "prod", "tls")])
def test_every_atlas_environment_creates_its_topics_on_the_owners_cluster(synthesized, env, owner, endpoint):
    from atlas.schema_check import check_resources
    from tests.test_atlas import loaded

    name = f"atlas-{env}-kafka"
    doc = synthesized.doc(name)
    (provider,) = doc["provider"]["kafka"]
    assert provider["sasl_mechanism"] == "aws-iam" and provider["tls_enabled"] is True
    output = "bootstrap_brokers_public_tls" if endpoint == "public" else "bootstrap_brokers_tls"
    assert provider["bootstrap_servers"] == f'${{split(",", data.terraform_remote_state.cluster_state.outputs.{output})}}'
    # cluster_state is the owner's state (the read is named the same in every environment)
    assert doc["data"]["terraform_remote_state"]["cluster_state"]["config"]["key"] == \
        f"atlas/{owner}/atlas-{owner}.tfstate"
    topics = {t["name"]: t for t in doc["resource"]["kafka_topic"].values()}
    assert sorted(topics) == sorted(loaded(env).kafka.topics.values())
    assert all(t["replication_factor"] ==
               "${data.terraform_remote_state.cluster_state.outputs.msk_replication_factor}"
               for t in topics.values())
    assert synthesized.entry(name)["depends_on"] == [f"atlas-{owner}"]
    schema = json.loads((__import__("pathlib").Path(__file__).parent.parent / "schemas/kafka@0.13.1.json").read_text())
    assert check_resources(doc, schema) == []


def test_the_owner_publishes_the_replication_its_cluster_uses(synthesized):
    assert synthesized.doc("atlas-staging")["output"]["msk_replication_factor"]["value"] == 2  # two brokers
    assert synthesized.doc("atlas-prod")["output"]["msk_replication_factor"]["value"] == 3
    assert "msk_replication_factor" not in synthesized.doc("atlas-staging2")["output"]


def test_the_public_admin_path_needs_public_access_on_the_cluster():
    import dataclasses

    from atlas.config.atlas import KafkaAdminSettings, cross_checks
    from tests.test_atlas import loaded, problems_of

    prod = loaded("prod")
    public = dataclasses.replace(prod, kafka_admin=KafkaAdminSettings(endpoint="public"))
    assert any(p.startswith('kafka_admin.endpoint: "public" needs msk.public_access') for p in problems_of(public))
    staging, staging2 = loaded("staging"), loaded("staging2")
    private_owner = dataclasses.replace(staging, msk=dataclasses.replace(staging.msk, public_access=False,
                                                                         public_access_cidrs=()),
                                        kafka_admin=KafkaAdminSettings())
    found = cross_checks({"staging": private_owner, "staging2": staging2}, {"staging": "s", "staging2": "s2"})
    assert [(p.key, p.message.split(";")[0]) for p in found] == [
        ("kafka_admin.endpoint", '"public" needs public access on the cluster of "staging", which has none')]
