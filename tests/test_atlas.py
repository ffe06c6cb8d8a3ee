"""The Atlas roots: inventory, outputs, staging2's remote-state read and collision check,
naming, secrets, and every switch in both positions."""

from __future__ import annotations

import dataclasses
import json
from functools import lru_cache

import pytest

from atlas import rules
from atlas.cdk import Testing as _Testing
from atlas.config import load_settings
from atlas.config.atlas import AtlasSettings, cross_checks
from atlas.rollout import value_at
from atlas.stacks.atlas import AtlasStack, roots
from atlas.state import RootId
from tests.conftest import ENVIRONMENTS
from tests.helpers import all_resources, policy, resources

SOURCES = {e: f"environments/atlas/{e}.tfvars" for e in ("staging", "staging2", "prod")}


@lru_cache(maxsize=None)
def loaded(env: str) -> AtlasSettings:
    return load_settings(ENVIRONMENTS / "atlas" / f"{env}.tfvars", AtlasSettings)


def synth(settings: AtlasSettings, env: str = "staging") -> dict:
    """One Atlas root from settings built in the test (no environment file needed)."""
    root = RootId("atlas", env)
    spec = roots(env, settings)[0]  # the workload plane (the second root is atlas-<env>-kafka)
    stack = spec.build(_Testing.app(), False)
    assert isinstance(stack, AtlasStack) and stack.root == root
    return json.loads(_Testing.synth(stack))


def replace(env: str, **changes) -> AtlasSettings:
    return dataclasses.replace(loaded(env), **changes)


def replace_msk(env: str, **changes) -> AtlasSettings:
    s = loaded(env)
    return dataclasses.replace(s, msk=dataclasses.replace(s.msk, **changes))


def counts(doc: dict) -> dict[str, int]:
    return {t: len(v) for t, v in doc["resource"].items()}


def problems_of(settings: AtlasSettings) -> list[str]:
    return [f"{p.key}: {p.message}" for p in settings.checks()]


# -- inventory and outputs of the real roots ----------------------------------------------

EXPECTED = {
    # type: (staging, staging2, prod)
    "aws_vpc": (1, 0, 1),
    "aws_nat_gateway": (1, 0, 2),  # staging: single NAT; prod: one per zone
    "aws_lb": (1, 1, 1),
    "aws_lb_listener": (2, 2, 2),
    "aws_lb_listener_rule": (4, 4, 4),  # three hosts + 403 for the Kafka UI host from other sources
    "aws_lb_target_group": (3, 3, 3),
    "aws_ecs_cluster": (1, 1, 1),
    "aws_ecs_service": (6, 5, 5),  # staging runs the ClickHouse agent
    "aws_msk_cluster": (1, 0, 1),
    "aws_db_instance": (2, 2, 2),
    "aws_db_parameter_group": (2, 2, 2),
    "aws_elasticache_replication_group": (1, 1, 1),
    "aws_secretsmanager_secret": (7, 6, 7),  # prod: the Kafka UI login secret; two generated DB masters
    "aws_mskconnect_connector": (0, 0, 1),  # prod exports to S3
    "aws_mskconnect_custom_plugin": (0, 0, 1),
    "aws_s3_object_copy": (0, 0, 1),  # the plugin archive, copied into the plugin bucket
    "aws_msk_cluster_policy": (0, 0, 1),  # prod: multi-VPC client accounts
    "aws_s3_bucket": (2, 2, 4),  # S3 access logs + ALB logs; prod adds plugins and exports
    "aws_wafv2_web_acl": (1, 1, 1),  # internet-facing ALB
    "aws_sns_topic": (1, 1, 1),
    "aws_budgets_budget": (1, 1, 1),
    "aws_kms_key": (2, 2, 2),
}


@pytest.mark.parametrize("position, root", list(enumerate(["atlas-staging", "atlas-staging2", "atlas-prod"])))
def test_resource_inventory(synthesized, position, root):
    found = counts(synthesized.doc(root))
    assert {t: found.get(t, 0) for t in EXPECTED} == {t: v[position] for t, v in EXPECTED.items()}
    assert synthesized.entry(root)["resources"] == sum(found.values())


def test_staging_publishes_what_staging2_reads(synthesized):
    outputs = synthesized.entry("atlas-staging")["outputs"]
    reads = synthesized.entry("atlas-staging2")["reads"]
    assert reads == {"atlas-staging": sorted(["bootstrap_brokers_tls", "msk_cluster_arn", "msk_security_group_id",
                                              "private_subnet_ids", "public_subnet_ids", "vpc_id"])}
    assert set(reads["atlas-staging"]) <= set(outputs)
    assert synthesized.entry("atlas-staging2")["depends_on"] == ["atlas-staging"]
    doc = synthesized.doc("atlas-staging")["output"]
    assert doc["bootstrap_brokers_tls"]["value"] == "${aws_msk_cluster.msk_cluster.bootstrap_brokers_sasl_iam}"
    assert "9098" in doc["bootstrap_brokers_tls"]["description"]
    assert doc["bootstrap_brokers_public_tls"]["value"] == \
        "${aws_msk_cluster.msk_cluster.bootstrap_brokers_public_sasl_iam}"
    assert "9198" in doc["bootstrap_brokers_public_tls"]["description"]
    assert outputs["bootstrap_brokers_tls"]["example"].endswith(":9098")


def test_staging2_reads_the_staging_state_and_builds_no_cluster_or_vpc(synthesized):
    doc = synthesized.doc("atlas-staging2")
    (state,) = doc["data"]["terraform_remote_state"].values()
    assert state["backend"] == "s3" and state["config"]["key"] == "atlas/staging/atlas-staging.tfstate"
    secret = json.loads(resources(doc, "aws_secretsmanager_secret_version")["events_secret_seed"]["secret_string"])
    assert secret["KAFKA_BROKERS"] == "${data.terraform_remote_state.atlas_staging_state.outputs.bootstrap_brokers_tls}"
    assert secret["KAFKA_EVENTS_TOPIC"] == "atlas.staging2.events.raw"
    # staging2's clients are admitted on the shared cluster's group, naming their own groups.
    shared = {n: r for n, r in resources(doc, "aws_vpc_security_group_ingress_rule").items() if "shared_msk" in n}
    assert len(shared) == 4
    for rule in shared.values():
        assert rule["security_group_id"].endswith("outputs.msk_security_group_id}")
        assert rule["from_port"] == 9098 and rule["referenced_security_group_id"].startswith("${aws_security_group.")
    role = policy(resources(doc, "aws_iam_role_policy")["events_task_policy"])
    assert "atlas_staging_state.outputs.msk_cluster_arn" in json.dumps(role)


def test_staging_keeps_the_poc_atlas_dev_names(synthesized):
    doc = synthesized.doc("atlas-staging")
    names = [body.get("name") or body.get("identifier") or body.get("cluster_name") or body.get("bucket")
             for rtype, _, body in all_resources(doc)
             if rtype in ("aws_lb", "aws_ecs_cluster", "aws_ecs_service", "aws_db_instance", "aws_msk_cluster",
                          "aws_secretsmanager_secret", "aws_sns_topic", "aws_s3_bucket", "aws_iam_role")]
    assert names and all(n.startswith("poc-atlas-dev") for n in names), names


def test_no_password_or_plaintext_secret_in_any_root(synthesized):
    databases = seeds = 0
    for name in synthesized.names:
        doc = synthesized.doc(name)
        for rtype, rname, body in all_resources(doc):
            assert "password" not in body, (rtype, rname)
            if rtype == "aws_db_instance":
                databases += 1
                # RDS-managed (Kraken) or write-only (Atlas's generated passwords), never in clear.
                assert body.get("manage_master_user_password") is True or body["password_wo"].startswith("${ephemeral.")
        for _, _, body in all_resources(doc):
            if "secret_string" in body:
                seeds += 1
                seeded = json.loads(body["secret_string"])
                assert not any(("PASSWORD" in k or "SECRET" in k or "LICENSE" in k) and v for k, v in seeded.items())
    # Not vacuous: the Atlas roots alone hold 6 databases and 12 seeded secrets (all roots:
    # 8 and 14 today; Kraken's generated passwords are write-only, not seeded).
    assert databases >= 6 and seeds >= 12, (databases, seeds)


def test_services_read_only_their_own_secret(synthesized):
    doc = synthesized.doc("atlas-staging")
    for key in ("events", "scoring", "dashboard", "camunda"):
        statement = {s.get("Sid"): s for s in policy(resources(doc, "aws_iam_role_policy")[f"{key}_execution_policy"])[
            "Statement"]}
        own = f"${{aws_secretsmanager_secret.{key}_secret_secret.arn}}"
        # Camunda also reads its database's generated credentials; no service reads another's.
        expected = [own, "${aws_secretsmanager_secret.camunda_db_master_secret.arn}"] if key == "camunda" else own
        assert statement["ReadOwnSecret"]["Resource"] == expected


def test_kafka_clients_get_scoped_iam(synthesized):
    doc = synthesized.doc("atlas-staging")
    roles = resources(doc, "aws_iam_role_policy")
    events = policy(roles["events_task_policy"])["Statement"]
    produce = next(s for s in events if s["Sid"] == "EventsProduce")
    assert produce["Action"] == ["kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"]
    assert [r.rsplit("/", 1)[-1] for r in produce["Resource"]] == ["atlas.events.raw", "atlas.events.dlq"]
    assert all(r.startswith("${local.msk_arns_topic}/") for r in produce["Resource"])
    assert synthesized.doc("atlas-staging")["locals"]["msk_arns_topic"] == \
        '${replace(aws_msk_cluster.msk_cluster.arn, ":cluster/", ":topic/")}'
    dashboard = {s["Sid"]: s for s in policy(roles["dashboard_task_policy"])["Statement"]}
    assert dashboard["DashboardGroups"]["Resource"].endswith("/atlas-dashboard-backend")
    ui = {s["Sid"]: s for s in policy(roles["kafka_ui_task_policy"])["Statement"]}
    assert ui
    assert not any("WriteData" in a or "Alter" in a for s in ui.values() for a in s["Action"])
    for body in roles.values():
        for statement in policy(body)["Statement"]:
            actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
            assert all(a != "*" and not a.endswith(":*") for a in actions), statement


def test_workload_ingress_names_source_groups(synthesized):
    doc = synthesized.doc("atlas-staging")
    rules = resources(doc, "aws_vpc_security_group_ingress_rule")
    by_cidr = sorted((r["from_port"], r["cidr_ipv4"]) for r in rules.values() if "cidr_ipv4" in r)
    # Only the internet-facing ALB and the public MSK endpoint take CIDRs.
    assert by_cidr == [(80, "0.0.0.0/0"), (443, "0.0.0.0/0"), (9198, "198.51.100.32/28"), (9198, "203.0.113.0/28")]
    msk = {n.removeprefix("msk_security_group_from_") for n in rules if n.startswith("msk_security_group_from_")}
    assert msk == {"events_9098", "dashboard_9098", "scoring_9098", "kafka_ui_9098", "public_clients_9198_0",
                   "public_clients_9198_1"}
    assert rules["dashboard_db_security_group_from_dashboard_5432"]["referenced_security_group_id"] == \
        "${aws_security_group.dashboard_security_group_group.id}"
    assert rules["camunda_db_security_group_from_camunda_5432"]["referenced_security_group_id"] == \
        "${aws_security_group.camunda_security_group_group.id}"
    assert rules["scoring_security_group_from_dashboard_8083"]["from_port"] == 8083
    assert "msk_security_group_egress_all" not in resources(doc, "aws_vpc_security_group_egress_rule")


def test_alb_routes_the_three_hosts_and_defaults_to_events(synthesized):
    doc = synthesized.doc("atlas-staging")
    rules = {n: r["condition"][0]["host_header"]["values"] for n, r in resources(doc, "aws_lb_listener_rule").items()}
    assert rules == {"alb_events_host_rule": ["events.staging.atlas.example.com"],
                     "alb_dashboard_host_rule": ["dashboard-api.staging.atlas.example.com"],
                     "alb_kafka_ui_host_rule": ["kafka-ui.staging.atlas.example.com"],
                     "alb_kafka_ui_host_refused": ["kafka-ui.staging.atlas.example.com"]}  # other sources: 403
    https = resources(doc, "aws_lb_listener")["alb_https_listener"]
    assert https["default_action"][0]["target_group_arn"] == "${aws_lb_target_group.alb_events_target_group.arn}"


def test_prod_is_private_multi_vpc_multi_az_and_protected(synthesized):
    doc = synthesized.doc("atlas-prod")
    (cluster,) = resources(doc, "aws_msk_cluster").values()
    info = cluster["broker_node_group_info"]
    assert info["connectivity_info"]["public_access"]["type"] == "DISABLED"
    iam = info["connectivity_info"]["vpc_connectivity"]["client_authentication"]["sasl"]["iam"]
    assert value_at(iam, 2) is True and value_at(iam, 1) is False  # on once the cluster exists (rollout step 1)
    assert info["client_subnets"] and all("private_subnet" in s for s in info["client_subnets"])
    assert cluster["enhanced_monitoring"] == "PER_TOPIC_PER_BROKER"
    databases = resources(doc, "aws_db_instance")
    assert len(databases) == 2  # dashboard and camunda
    for db in databases.values():
        assert db["multi_az"] is True and db["deletion_protection"] is True and db["publicly_accessible"] is False
    assert "bootstrap_brokers_public_tls" not in doc["output"]
    assert not any(r.get("cidr_ipv4") == "0.0.0.0/0" and r["from_port"] == 9198
                   for r in resources(doc, "aws_vpc_security_group_ingress_rule").values())


# -- switches, both positions ----------------------------------------------------------------

def test_public_access_on_opens_9198_to_the_listed_cidrs_only():
    doc = synth(loaded("staging"))  # staging: on
    rules = [r for r in resources(doc, "aws_vpc_security_group_ingress_rule").values() if r["from_port"] == 9198]
    assert sorted(r["cidr_ipv4"] for r in rules) == ["198.51.100.32/28", "203.0.113.0/28"]
    (cluster,) = resources(doc, "aws_msk_cluster").values()
    public = cluster["broker_node_group_info"]["connectivity_info"]["public_access"]["type"]
    assert value_at(public, 2) == "SERVICE_PROVIDED_EIPS" and value_at(public, 1) == "DISABLED"
    assert "bootstrap_brokers_public_tls" in doc["output"]


def test_public_access_off_with_private_brokers():
    doc = synth(replace_msk("staging", public_access=False, public_access_cidrs=(), broker_subnets="private"))
    assert not [r for r in resources(doc, "aws_vpc_security_group_ingress_rule").values() if r["from_port"] == 9198]
    (cluster,) = resources(doc, "aws_msk_cluster").values()
    assert "connectivity_info" not in cluster["broker_node_group_info"]
    subnets = cluster["broker_node_group_info"]["client_subnets"]
    assert subnets and all("private_subnet" in s for s in subnets)
    assert "bootstrap_brokers_public_tls" not in doc["output"]


def test_public_access_with_no_cidrs_is_a_setting_error():
    found = problems_of(replace_msk("staging", public_access_cidrs=()))
    assert any(p.startswith("msk.public_access_cidrs: is empty while msk.public_access is true") for p in found)


def test_public_endpoints_follow_the_environment_class():
    dev = replace_msk("staging", public_access_cidrs=("0.0.0.0/0",))
    assert problems_of(dev) == []
    # staging class: public endpoints are allowed, but not open to the whole internet
    assert any(p.startswith("msk.public_access_cidrs[0]:") and "staging environment" in p
               for p in problems_of(dataclasses.replace(dev, environment_class="staging",
                                                        cache=dataclasses.replace(dev.cache, num_cache_clusters=2),
                                                        dashboard_db=loaded("prod").dashboard_db,
                                                        camunda_db=loaded("prod").camunda_db)))
    # production: no public endpoint at all, whatever the allow-list
    for cidrs in (("0.0.0.0/0",), ("203.0.113.0/28",)):
        prod = replace_msk("prod", public_access=True, public_access_cidrs=cidrs)
        assert any(p.startswith("msk.public_access: must be false in a production environment")
                   for p in problems_of(prod))


def test_turning_public_access_off_keeps_the_brokers_where_they_are():
    """client_subnets forces a new cluster: the brokers' subnets follow msk.broker_subnets,
    never the public_access switch operators flip later."""
    def subnets(settings):
        (cluster,) = resources(synth(settings), "aws_msk_cluster").values()
        return cluster["broker_node_group_info"]["client_subnets"]

    def closed(**changes):  # public access off, and the Terraform runner inside the VPC
        s = replace_msk("staging", public_access=False, public_access_cidrs=(), **changes)
        return dataclasses.replace(s, kafka_admin=dataclasses.replace(s.kafka_admin, endpoint="private"))

    live = loaded("staging")
    assert live.msk.broker_subnets == closed().msk.broker_subnets == "public" and problems_of(closed()) == []
    assert subnets(closed()) == subnets(live) and all("public_subnet" in s for s in subnets(live))
    assert all("private_subnet" in s for s in subnets(closed(broker_subnets="private")))
    # Public access with brokers in private subnets is refused (MSK needs public subnets).
    assert any(p.startswith('msk.broker_subnets: "private", but msk.public_access needs')
               for p in problems_of(replace_msk("staging", broker_subnets="private")))


def test_multi_vpc_connectivity_off():
    doc = synth(replace_msk("prod", multi_vpc_connectivity=False, multi_vpc_clients=()), "prod")
    (cluster,) = resources(doc, "aws_msk_cluster").values()
    assert "connectivity_info" not in cluster["broker_node_group_info"]


@pytest.mark.parametrize("level", ["DEFAULT", "PER_TOPIC_PER_PARTITION"])
def test_enhanced_monitoring_follows_the_setting(level):
    doc = synth(replace_msk("staging", enhanced_monitoring=level))
    (cluster,) = resources(doc, "aws_msk_cluster").values()
    assert cluster["enhanced_monitoring"] == level


def test_s3_sink_on_builds_buckets_plugin_connector_and_scoped_role(synthesized):
    doc = synthesized.doc("atlas-prod")  # prod: on
    (connector,) = resources(doc, "aws_mskconnect_connector").values()
    config = connector["connector_configuration"]
    assert config["topics"] == "atlas.events.raw,atlas.l3.user.score"
    assert config["topics.dir"] == "kafka-exports" and config["partition.field.name"] == "event_type,event_date"
    assert connector["kafka_cluster_client_authentication"]["authentication_type"] == "IAM"
    assert connector["kafka_cluster_encryption_in_transit"]["encryption_type"] == "TLS"
    assert connector["capacity"]["autoscaling"]["max_worker_count"] == 4
    buckets = sorted(b["bucket"] for b in resources(doc, "aws_s3_bucket").values())
    assert buckets == ["atlas-prod-alb-logs-222222222222", "atlas-prod-connect-plugins-222222222222",
                       "atlas-prod-kafka-export-222222222222", "atlas-prod-s3-access-logs-222222222222"]
    # Both new buckets deliver S3 server access logs to the root's log bucket.
    logging = {b["target_prefix"]: b["target_bucket"] for b in resources(doc, "aws_s3_bucket_logging").values()}
    assert logging == {p: "${aws_s3_bucket.access_log_bucket_bucket.bucket}" for p in (
        "atlas-prod-alb-logs-222222222222/", "atlas-prod-connect-plugins/", "atlas-prod-kafka-export/")}
    statements = {s["Sid"]: s for s in policy(resources(doc, "aws_iam_role_policy")["s3_sink_service_policy"])[
        "Statement"]}
    assert statements["WriteExports"]["Resource"].endswith("/kafka-exports/*")
    assert statements["SinkGroups"]["Resource"].endswith("/connect-atlas-prod-s3-sink")
    assert "/msk-connect/atlas-prod-s3-sink" in [g["name"] for g in resources(doc, "aws_cloudwatch_log_group").values()]


def test_s3_sink_off_builds_none_of_it():
    doc = synth(replace("prod", s3_sink=None), "prod")
    assert not resources(doc, "aws_mskconnect_connector") and not resources(doc, "aws_mskconnect_custom_plugin")
    assert len(resources(doc, "aws_s3_bucket")) == 2  # ALB logs and S3 access logs
    assert "s3_sink_security_group_group" not in resources(doc, "aws_security_group")


def test_s3_sink_belongs_to_the_cluster_owner():
    found = problems_of(replace("staging2", s3_sink=loaded("prod").s3_sink))
    assert any(p.startswith('s3_sink: belongs to the cluster owner "staging"') for p in found)


def test_clickhouse_agent_on(synthesized):
    doc = synthesized.doc("atlas-staging")  # staging: on
    task = resources(doc, "aws_ecs_task_definition")["clickhouse_agent_task_definition"]
    (container,) = json.loads(task["container_definitions"])
    assert container["image"] == "prom/prometheus:v2.53.4" and container["entryPoint"] == ["/bin/sh", "-c"]
    script = container["command"][0]
    assert ("/v1/organizations/6a8f0d2e-3b1c-4e5f-9a7b-1c2d3e4f5a6b/services/b7c8d9e0-1f2a-4b3c-8d4e-5f6a7b8c9d0e"
            "/prometheus") in script and 'filtered_metrics: ["false"]' in script
    assert 'regex: "(ClickHouse|ClickPipes).*"' in script and "action: keep" in script
    assert "remote_write" in script and "${" not in script
    assert {s["name"] for s in container["secrets"]} == {"CLICKHOUSE_KEY_ID", "CLICKHOUSE_KEY_SECRET",
                                                          "NEW_RELIC_LICENSE_KEY"}
    assert all(s["valueFrom"].startswith("${aws_secretsmanager_secret.clickhouse_agent_secret_secret.arn}")
               for s in container["secrets"])
    assert container["environment"] == []
    names = [s["name"] for s in resources(doc, "aws_secretsmanager_secret").values()]
    assert "poc-atlas-dev/clickhouse-prometheus-agent" in names


def test_clickhouse_agent_off():
    doc = synth(replace("staging", clickhouse_prometheus_agent=None))
    assert "clickhouse_agent_service" not in resources(doc, "aws_ecs_service")
    assert not any("clickhouse" in s["name"] for s in resources(doc, "aws_secretsmanager_secret").values())


@pytest.mark.parametrize("enabled", [False, True])
def test_scoring_base_url_switch(enabled):
    doc = synth(replace("staging", dashboard_scoring_base_url_enabled=enabled))
    seeded = json.loads(resources(doc, "aws_secretsmanager_secret_version")["dashboard_secret_seed"]["secret_string"])
    # Listed either way (ECS injects only listed keys); seeded with its value only when enabled.
    assert seeded["SCORING_BASE_URL"] == ("http://scoring:8083" if enabled else "")


@pytest.mark.parametrize("single, nats", [(True, 1), (False, 2)])
def test_single_nat_gateway_switch(single, nats):
    s = loaded("staging")
    doc = synth(dataclasses.replace(s, network=dataclasses.replace(s.network, single_nat_gateway=single)))
    assert len(resources(doc, "aws_nat_gateway")) == nats


def test_atlas_passwords_are_generated_by_default_and_camunda_reads_them():
    doc = synth(loaded("staging"))
    drawn = doc["ephemeral"]["aws_secretsmanager_random_password"]
    for key in ("dashboard", "camunda"):
        db = resources(doc, "aws_db_instance")[f"{key}_db_instance"]
        assert "manage_master_user_password" not in db and "password" not in db
        assert db["password_wo"] == f"${{ephemeral.aws_secretsmanager_random_password.{key}_db_master_password.random_password}}"
        assert f"{key}_db_master_password" in drawn
        master = resources(doc, "aws_secretsmanager_secret")[f"{key}_db_master_secret"]
        assert master["name"] == f"poc-atlas-dev-{key}/db-master"
    assert "data" not in doc
    # Camunda takes its credentials from the generated secret (no copy to fall behind) and
    # waits for its value; only DB_URL stays in its runtime secret.
    (container,) = json.loads(resources(doc, "aws_ecs_task_definition")["camunda_task_definition"]
                              ["container_definitions"])
    secrets = {e["name"]: e["valueFrom"] for e in container["secrets"]}
    assert secrets == {"DB_URL": "${aws_secretsmanager_secret.camunda_secret_secret.arn}:DB_URL::",
                       "DB_USERNAME": "${aws_secretsmanager_secret.camunda_db_master_secret.arn}:username::",
                       "DB_PASSWORD": "${aws_secretsmanager_secret.camunda_db_master_secret.arn}:password::"}
    assert "aws_secretsmanager_secret_version.camunda_db_master_seed" in \
        resources(doc, "aws_ecs_service")["camunda_service"]["depends_on"]
    assert json.loads(resources(doc, "aws_secretsmanager_secret_version")["camunda_secret_seed"]["secret_string"]) \
        == {"DB_URL": ""}


@pytest.mark.parametrize("key", ["dashboard_db", "camunda_db"])
def test_managed_password_with_a_copy_is_refused(key):
    s = loaded("staging")
    managed = dataclasses.replace(getattr(s, key), master_password_mode="managed")
    (problem,) = [p for p in problems_of(dataclasses.replace(s, **{key: managed})) if "master_password_mode" in p]
    assert problem.startswith(f'{key}.master_password_mode: "managed" makes RDS rotate the password every 7 days')
    assert ("DATABASE_URL" if key == "dashboard_db" else "DB_PASSWORD") in problem
    assert problems_of(s) == []


@pytest.mark.parametrize("mode, secret, key", [
    ("static", "poc-atlas-dev/camunda", "DB_PASSWORD"),
    ("adopt_managed", "arn:aws:secretsmanager:eu-west-1:111111111111:secret:rds!db-0a1b2c3d-AbCdEf", "password"),
])
def test_camunda_password_from_a_secret_reference(mode, secret, key):
    s = loaded("staging")
    camunda = dataclasses.replace(s.camunda_db, master_password_mode=mode, password_secret=secret, password_key=key,
                                  password_version=2)
    assert problems_of(dataclasses.replace(s, camunda_db=camunda)) == []
    doc = synth(dataclasses.replace(s, camunda_db=camunda))
    db = resources(doc, "aws_db_instance")["camunda_db_instance"]
    assert "manage_master_user_password" not in db and "password" not in db
    assert db["password_wo"] == ('${jsondecode(ephemeral.aws_secretsmanager_secret_version.'
                                 f'camunda_db_master_password.secret_string)["{key}"]}}')
    assert db["password_wo_version"] == 2
    # Read ephemerally (never stored), not by a data source; the rules gate passes.
    assert "data" not in doc
    assert doc["ephemeral"]["aws_secretsmanager_secret_version"] == {"camunda_db_master_password": {"secret_id": secret}}
    assert [v for v in rules.run({"atlas-staging": doc}) if v.rule == "secret_reads_stay_out_of_state"] == []
    # Camunda's credentials are its runtime secret's keys again (operators keep them).
    (container,) = json.loads(resources(doc, "aws_ecs_task_definition")["camunda_task_definition"]
                              ["container_definitions"])
    assert {e["name"]: e["valueFrom"].split(":")[-3] for e in container["secrets"]} == \
        {"DB_URL": "DB_URL", "DB_USERNAME": "DB_USERNAME", "DB_PASSWORD": "DB_PASSWORD"}
    assert "camunda_db_master_secret" not in resources(doc, "aws_secretsmanager_secret")
    # The dashboard database keeps its own (generated) mode.
    assert resources(doc, "aws_db_instance")["dashboard_db_instance"]["password_wo"].startswith(
        "${ephemeral.aws_secretsmanager_random_password.")


def test_password_mode_and_secret_must_agree():
    s = loaded("staging")
    static = dataclasses.replace(s.camunda_db, master_password_mode="static")
    assert any(p.startswith("password_secret: is required") for p in problems_of(static))
    generated = dataclasses.replace(s.camunda_db, password_secret="x")
    assert any(p.startswith("password_secret: is only used") for p in problems_of(generated))
    keyed = dataclasses.replace(s.camunda_db, password_key="DB_PASSWORD")
    assert any(p.startswith("password_key: is only used") for p in problems_of(keyed))


def test_production_requires_multi_az_and_deletion_protection():
    s = loaded("prod")
    weak = dataclasses.replace(s.dashboard_db, multi_az=False, deletion_protection=False)
    found = problems_of(dataclasses.replace(s, dashboard_db=weak))
    assert "dashboard_db.multi_az: must be true in a production environment" in found
    assert "dashboard_db.deletion_protection: must be true in a production environment" in found
    assert problems_of(dataclasses.replace(s, environment_class="development", dashboard_db=weak)) == []


def test_a_sharing_environment_may_not_own_a_network():
    found = problems_of(replace("staging2", network=loaded("staging").network))
    assert any(p.startswith('network: must be null: the VPC is shared from "staging"') for p in found)
    found = problems_of(replace("staging", msk_shared_from=None, network=None))
    assert any(p.startswith("network: is required") for p in found)


# -- staging2 collision check ---------------------------------------------------------------

def test_distinct_staging2_names_pass():
    envs = {e: loaded(e) for e in SOURCES}
    assert cross_checks(envs, SOURCES) == []


def test_staging2_colliding_with_staging_fails_naming_file_and_key():
    staging2 = replace("staging2", kafka=loaded("staging").kafka)
    found = [str(p) for p in cross_checks({"staging": loaded("staging"), "staging2": staging2}, SOURCES)]
    assert ('environments/atlas/staging2.tfvars: kafka.events_topic: "atlas.events.raw" is also a topic of "staging", '
            "whose cluster this environment shares; use a name of its own "
            '(e.g. "atlas.staging2.events.raw")') in found
    keys = {p.split(": ")[1] for p in found}
    assert {"kafka.events_dlq_topic", "kafka.scoring_output_topic", "kafka.scoring_dlq_topic",
            "kafka.dashboard_consumer_group", "kafka.kafka_ui_cluster_label"} <= keys


def test_staging2_colliding_label_only():
    kafka = dataclasses.replace(loaded("staging2").kafka, kafka_ui_cluster_label="atlas-staging")
    found = [str(p) for p in cross_checks({"staging": loaded("staging"),
                                           "staging2": replace("staging2", kafka=kafka)}, SOURCES)]
    assert len(found) == 1 and "kafka.kafka_ui_cluster_label" in found[0]


def test_sharing_an_unknown_or_non_owning_environment_fails():
    found = [str(p) for p in cross_checks({"staging2": loaded("staging2")}, {"staging2": SOURCES["staging2"]})]
    assert found == ['environments/atlas/staging2.tfvars: msk_shared_from: "staging" is not an Atlas environment; '
                     "no Atlas environment owns an MSK cluster to share"]
    # staging.tfvars exists but failed to load (it is in the sources, without settings): its
    # own problems are reported, and staging2 is not blamed for them.
    assert cross_checks({"staging2": loaded("staging2")}, SOURCES) == []
    other = {"staging": replace("staging", msk_shared_from="prod"), "staging2": loaded("staging2"),
             "prod": loaded("prod")}
    assert any('"staging" does not own an MSK cluster' in str(p) for p in cross_checks(other, SOURCES))


def test_collision_fails_the_whole_run(tmp_path, capsys):
    import shutil

    import main

    envs = tmp_path / "environments"
    shutil.copytree(ENVIRONMENTS, envs)
    path = envs / "atlas" / "staging2.tfvars"
    path.write_text(path.read_text().replace('"atlas-staging2 (shared staging cluster)"', '"atlas-staging"'))
    assert main.main(["--environments", str(envs), "--out", str(tmp_path / "out")]) == 2
    assert "staging2.tfvars: kafka.kafka_ui_cluster_label: \"atlas-staging\" is also the Kafka UI label" in \
        capsys.readouterr().err
    assert not (tmp_path / "out").exists()
