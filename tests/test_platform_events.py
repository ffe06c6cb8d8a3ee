"""Platform events: the backbone and Kafka roots of dev, staging and prod, by property."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from atlas.config import ConfigError, load_settings
from atlas.config.contracts import SERVICES, load_catalog
from atlas.config.platform_events import PlatformEventsSettings
from atlas.schema_check import check_resources
from tests.conftest import ENVIRONMENTS
from tests.helpers import policy, resources

ENVS = ("dev", "staging", "prod")
KAFKA_SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "schemas" / "kafka@0.13.1.json").read_text())
# The blueprint's sizing: kafka.m7g.large in dev, kafka.m7g.xlarge in staging and prod, six brokers in prod.
SIZING = {"dev": ("kafka.m7g.large", 3), "staging": ("kafka.m7g.xlarge", 3), "prod": ("kafka.m7g.xlarge", 6)}
PREFIX = {"dev": "platform-events-dev", "staging": "platform-events-stg", "prod": "platform-events-prod"}
CATALOG = load_catalog("contracts/platform-events")[0]


def settings(env: str) -> PlatformEventsSettings:
    return load_settings(ENVIRONMENTS / "platform-events" / f"{env}.tfvars", PlatformEventsSettings)


def backbone(synthesized, env: str) -> dict:
    return synthesized.doc(f"platform-events-{env}")


def kafka_root(synthesized, env: str) -> dict:
    return synthesized.doc(f"platform-events-{env}-kafka")


def one(doc: dict, rtype: str) -> dict:
    items = resources(doc, rtype)
    assert len(items) == 1, (rtype, sorted(items))
    return next(iter(items.values()))


# --- roots and state ------------------------------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_two_roots_the_kafka_root_reading_the_backbone(synthesized, env):
    base, kafka = synthesized.entry(f"platform-events-{env}"), synthesized.entry(f"platform-events-{env}-kafka")
    assert base["depends_on"] == [] and kafka["depends_on"] == [base["name"]]
    assert base["state_key"] == f"platform-events/{env}/platform-events-{env}.tfstate"
    assert set(kafka["reads"][base["name"]]) == {"msk_bootstrap_brokers_sasl_iam", "schema_registry_arn"}
    reads = kafka_root(synthesized, env)["data"]["terraform_remote_state"]
    assert [r["config"]["key"] for r in reads.values()] == [base["state_key"]]


# --- network ----------------------------------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_a_16_over_three_zones_with_nat_per_zone_unless_the_cost_switch(synthesized, env):
    doc = backbone(synthesized, env)
    assert one(doc, "aws_vpc")["cidr_block"].endswith("/16")
    subnets = resources(doc, "aws_subnet").values()
    assert len({s["availability_zone"] for s in subnets}) == 3
    assert sum(s["tags"]["tier"] == "private" for s in subnets) == 3
    single = settings(env).network.single_nat_gateway
    assert len(resources(doc, "aws_nat_gateway")) == (1 if single else 3)
    assert single == (env == "dev")  # the cost switch, in both positions across the environments


# --- MSK -----------------------------------------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_msk_37_tls_and_iam_sized_per_environment(synthesized, env):
    doc = backbone(synthesized, env)
    cluster = one(doc, "aws_msk_cluster")
    instance_type, brokers = SIZING[env]
    assert cluster["kafka_version"] == "3.7.x"  # the 3.7 line, as MSK names it
    assert cluster["broker_node_group_info"]["instance_type"] == instance_type
    assert cluster["number_of_broker_nodes"] == brokers
    assert cluster["enhanced_monitoring"] == "PER_TOPIC_PER_PARTITION"
    auth = cluster["client_authentication"]
    assert auth["sasl"] == {"iam": True, "scram": False} and auth["unauthenticated"] is False
    assert cluster["encryption_info"]["encryption_in_transit"] == {"client_broker": "TLS", "in_cluster": True}
    assert "${aws_kms_key.data_key_key.arn}" == cluster["encryption_info"]["encryption_at_rest_kms_key_arn"]
    # Brokers in the private subnets, behind their own group only.
    assert cluster["broker_node_group_info"]["client_subnets"] == [
        f"${{aws_subnet.network_private_subnet_{i}.id}}" for i in range(3)]
    assert cluster["broker_node_group_info"]["security_groups"] == ["${aws_security_group.msk_security_group_group.id}"]


@pytest.mark.parametrize("env", ENVS)
def test_broker_logs_go_to_a_log_group_of_the_root(synthesized, env):
    doc = backbone(synthesized, env)
    logs = one(doc, "aws_msk_cluster")["logging_info"]["broker_logs"]["cloudwatch_logs"]
    group = resources(doc, "aws_cloudwatch_log_group")["msk_broker_log_group"]
    assert logs == {"enabled": True, "log_group": "${aws_cloudwatch_log_group.msk_broker_log_group.name}"}
    assert group["name"] == f"/platform/{PREFIX[env]}/msk"
    assert group["kms_key_id"] == "${aws_kms_key.logs_key_key.arn}"


@pytest.mark.parametrize("env", ENVS)
def test_log_groups_keep_the_configured_retention(synthesized, env):
    groups = resources(backbone(synthesized, env), "aws_cloudwatch_log_group")
    expected = {"dev": 30, "staging": 30, "prod": 90}[env]
    assert {k: g["retention_in_days"] for k, g in groups.items() if k != "network_flow_log_group"} == {
        "msk_broker_log_group": expected, "event_gateway_log_group": expected, "schema_service_log_group": expected}
    assert {g["name"] for g in groups.values()} >= {f"/platform/{PREFIX[env]}/{w}" for w in ("event-gateway",
                                                                                               "schema-service")}


@pytest.mark.parametrize("env", ENVS)
def test_only_the_iam_port_is_open_from_the_shared_group_and_the_runner(synthesized, env):
    doc, s = backbone(synthesized, env), settings(env)
    groups = resources(doc, "aws_security_group")
    assert groups["msk_security_group_group"]["name"] == f"{PREFIX[env]}-sg"  # the document's platform-events-<env>-sg
    assert groups["network_platform_shared_group"]["name"] == f"{PREFIX[env]}-platform-shared"
    rules = [r for r in resources(doc, "aws_vpc_security_group_ingress_rule").values()
             if r["security_group_id"] == "${aws_security_group.msk_security_group_group.id}"]
    assert {(r["from_port"], r["to_port"], r["ip_protocol"]) for r in rules} == {(9098, 9098, "tcp")}
    sources = sorted(r.get("referenced_security_group_id") or r.get("cidr_ipv4") for r in rules)
    assert sources == sorted(["${aws_security_group.network_platform_shared_group.id}",
                              *s.kafka_runner.cidrs, *s.kafka_runner.security_group_ids])
    # The brokers only answer: no egress rule on their group.
    assert not [r for r in resources(doc, "aws_vpc_security_group_egress_rule").values()
                if r["security_group_id"] == "${aws_security_group.msk_security_group_group.id}"]


@pytest.mark.parametrize("env", ENVS)
def test_alarms_use_msk_metric_names_and_dimensions(synthesized, env):
    doc = backbone(synthesized, env)
    cluster = "${aws_msk_cluster.msk_cluster.cluster_name}"
    brokers = SIZING[env][1]
    alarms = list(resources(doc, "aws_cloudwatch_metric_alarm").values())
    by_metric: dict[str, list[dict]] = {}
    for alarm in alarms:
        assert alarm["namespace"] == "AWS/Kafka"
        assert alarm["alarm_actions"] == alarm["ok_actions"] == ["${aws_sns_topic.alerts_topic.arn}"]
        by_metric.setdefault(alarm["metric_name"], []).append(alarm)
    assert sorted(by_metric) == ["ActiveControllerCount", "CpuUser", "KafkaDataLogsDiskUsed", "UnderReplicatedPartitions"]
    for metric in ("CpuUser", "KafkaDataLogsDiskUsed", "UnderReplicatedPartitions"):
        assert sorted(a["dimensions"]["Broker ID"] for a in by_metric[metric]) == sorted(
            str(b) for b in range(1, brokers + 1))
        assert all(a["dimensions"]["Cluster Name"] == cluster and len(a["dimensions"]) == 2 for a in by_metric[metric])
    controller, = by_metric["ActiveControllerCount"]
    assert controller["dimensions"] == {"Cluster Name": cluster}
    assert (controller["statistic"], controller["comparison_operator"], controller["threshold"]) == (
        "Sum", "LessThanThreshold", 1)


# --- roles -------------------------------------------------------------------------------

def _statements(doc: dict, role: str) -> list[dict]:
    return policy(resources(doc, "aws_iam_role_policy")[f"{role}_policy"])["Statement"]


def _resources_of(statements: list[dict], action: str) -> set[str]:
    found = set()
    for st in statements:
        actions = st["Action"] if isinstance(st["Action"], list) else [st["Action"]]
        if action in actions:
            found |= set(st["Resource"] if isinstance(st["Resource"], list) else [st["Resource"]])
    return found


@pytest.mark.parametrize("env", ENVS)
def test_workload_roles_are_scoped_to_exactly_their_topics_and_groups(synthesized, env):
    doc = backbone(synthesized, env)
    topic = "${local.msk_arns_topic}"
    group = "${local.msk_arns_group}"
    for service, role in (("event-gateway", "event_gateway_role"), ("schema-service", "schema_service_role")):
        statements = _statements(doc, role)
        assert _resources_of(statements, "kafka-cluster:WriteData") == {
            f"{topic}/{t}" for t in CATALOG.produced_by(service)}
        assert _resources_of(statements, "kafka-cluster:ReadData") == {
            f"{topic}/{t}" for t in CATALOG.consumed_by(service)}
        assert _resources_of(statements, "kafka-cluster:AlterGroup") == {
            f"{group}/{g}" for g in CATALOG.groups_of(service)}
        text = json.dumps(statements)
        assert f"{topic}/*" not in text and f"{group}/*" not in text
    # The contracts give the gateway every topic to write and the schema service some to read.
    assert CATALOG.produced_by("event-gateway") == sorted(CATALOG.channels)
    assert CATALOG.consumed_by("schema-service") and not CATALOG.produced_by("schema-service")


@pytest.mark.parametrize("env", ENVS)
def test_the_otel_collector_may_only_remote_write_to_its_workspace(synthesized, env):
    doc = backbone(synthesized, env)
    assert _statements(doc, "otel_collector_role") == [
        {"Sid": "RemoteWrite", "Effect": "Allow", "Action": "aps:RemoteWrite",
         "Resource": "${aws_prometheus_workspace.prometheus_workspace.arn}"}]
    assert one(doc, "aws_prometheus_workspace")["alias"] == PREFIX[env]
    assert resources(doc, "aws_iam_role")["otel_collector_role_role"]["name"] == f"{PREFIX[env]}-otel-collector"


@pytest.mark.parametrize("env", ENVS)
def test_roles_trust_the_compute_they_run_on(synthesized, env):
    doc, w = backbone(synthesized, env), settings(env).workloads
    for role in ("event_gateway_role", "schema_service_role", "otel_collector_role"):
        trust = policy(resources(doc, "aws_iam_role")[f"{role}_role"], "assume_role_policy")["Statement"]
        assert len(trust) == 1
        if w.compute == "ecs":
            assert trust[0]["Principal"] == {"Service": "ecs-tasks.amazonaws.com"}
            assert trust[0]["Condition"] == {"StringEquals": {"aws:SourceAccount": settings(env).account_id}}
        else:
            account = role.removesuffix("_role").replace("_", "-")
            assert trust[0]["Action"] == "sts:AssumeRoleWithWebIdentity"
            assert trust[0]["Principal"] == {"Federated": w.eks_oidc_provider_arn}
            assert trust[0]["Condition"]["StringEquals"][f"{w.oidc_issuer}:sub"] == \
                f"system:serviceaccount:{w.namespace}:{account}"
    assert {settings(e).workloads.compute for e in ENVS} == {"ecs", "eks"}  # both trusts exercised


@pytest.mark.parametrize("env", ENVS)
def test_secrets_are_kms_encrypted_and_get_a_generated_api_key_kept_out_of_state(synthesized, env):
    """Each workload's API key is generated in the apply that creates its secret (an
    ephemeral random password written write-only), so the secret authenticates from the
    start and no value is in the JSON, the plan or the state. (They were created empty.)"""
    doc = backbone(synthesized, env)
    secrets = resources(doc, "aws_secretsmanager_secret")
    # Same addresses as before the values were generated: nothing is replaced.
    assert sorted(secrets) == ["event_gateway_secret", "schema_service_secret"]
    assert {s["name"] for s in secrets.values()} == {f"{PREFIX[env]}/{w}/credentials" for w in SERVICES}
    assert all(s["kms_key_id"] == "${aws_kms_key.data_key_key.arn}" for s in secrets.values())
    assert all("value-from" not in s["tags"] for s in secrets.values())  # the platform owns every value
    versions = resources(doc, "aws_secretsmanager_secret_version")
    passwords = doc["ephemeral"]["aws_secretsmanager_random_password"]
    for service in ("event_gateway", "schema_service"):
        version = versions[f"{service}_seed"]
        assert version["secret_id"] == f"${{aws_secretsmanager_secret.{service}_secret.id}}"
        assert "secret_string" not in version and version["secret_string_wo_version"] == 1
        assert version["secret_string_wo"] == (
            f'${{jsonencode({{"api_key" = ephemeral.aws_secretsmanager_random_password.{service}_password'
            '.random_password})}')
        assert passwords[f"{service}_password"] == {"password_length": 48, "exclude_punctuation": True,
                                                     "require_each_included_type": True}
    gateway = _statements(doc, "event_gateway_role")
    assert _resources_of(gateway, "secretsmanager:GetSecretValue") == {
        "${aws_secretsmanager_secret.event_gateway_secret.arn}"}
    from atlas.rules.base import RULES
    assert list(RULES["secrets_have_values"](doc)) == []


# --- Grafana --------------------------------------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_grafana_only_where_switched_on(synthesized, env):
    doc = backbone(synthesized, env)
    workspaces = resources(doc, "aws_grafana_workspace")
    assert bool(workspaces) == (settings(env).grafana is not None) == (env == "prod")
    assert ("grafana_endpoint" in synthesized.entry(f"platform-events-{env}")["outputs"]) == (env == "prod")
    if workspaces:
        ws = one(doc, "aws_grafana_workspace")
        assert ws["authentication_providers"] == ["AWS_SSO"] and ws["permission_type"] == "CUSTOMER_MANAGED"
        assert ws["role_arn"] == "${aws_iam_role.grafana_role.arn}"
        assert _resources_of(_statements(doc, "grafana"), "aps:QueryMetrics") == {
            "${aws_prometheus_workspace.prometheus_workspace.arn}"}
        # Identity Center signs users in, but only a role association gives them a role.
        grafana = settings(env).grafana
        roles = {r["role"]: r for r in resources(doc, "aws_grafana_role_association").values()}
        assert roles["ADMIN"]["group_ids"] == list(grafana.admin_group_ids) != []
        assert roles["EDITOR"]["group_ids"] == list(grafana.editor_group_ids)
        assert {r["workspace_id"] for r in roles.values()} == {"${aws_grafana_workspace.grafana_workspace.id}"}


def test_only_the_grafana_account_deploy_role_may_call_identity_center(synthesized):
    """Creating an AWS_SSO workspace and assigning its groups call IAM Identity Center
    (atlas.stacks.bootstrap.COMPANION_ACTIONS); accounts without Grafana get no sso:*."""
    companions = {}
    for name in synthesized.names:
        if name.startswith("bootstrap-account-"):
            for key, policy in synthesized.doc(name)["resource"]["aws_iam_role_policy"].items():
                doc = json.loads(policy["policy"]) if isinstance(policy["policy"], str) else policy["policy"]
                for statement in doc["Statement"]:
                    if statement.get("Sid") == "CompanionServices":
                        companions[f"{name}:{key}"] = statement["Action"]
    assert list(companions) == ["bootstrap-account-555555555555:deploy_platform_events_policy"]
    actions = next(iter(companions.values()))
    assert "sso:CreateManagedApplicationInstance" in actions and "sso-directory:DescribeGroup" in actions


def test_grafana_with_saml_gets_its_saml_configuration():
    from atlas.constructs.managed_monitoring import Dashboards, DashboardsProps, MetricsWorkspace, SamlProps
    from tests.helpers import synth_construct

    def build(scope):
        Dashboards(scope, "grafana", DashboardsProps(
            name="pe-test", account_id="666666666666", authentication_providers=["SAML"],
            metrics=MetricsWorkspace(scope, "prometheus", alias="pe-test"),
            saml=SamlProps(idp_metadata_url="https://idp.example.com/metadata", admin_role_values=["admin"],
                           editor_role_values=["editor"])))

    doc = synth_construct(build)
    saml = one(doc, "aws_grafana_workspace_saml_configuration")
    assert saml["admin_role_values"] == ["admin"] and saml["idp_metadata_url"] == "https://idp.example.com/metadata"
    assert one(doc, "aws_grafana_workspace")["authentication_providers"] == ["SAML"]


@pytest.mark.parametrize("grafana, message", [
    ("{}", "grafana.authentication_providers: is required"),
    ('{ authentication_providers = [] }', "grafana.authentication_providers: lists no provider"),
    ('{ authentication_providers = ["SAML"] }', "grafana.saml: is required"),
    ('{ authentication_providers = ["OKTA"] }', "grafana.authentication_providers[0]: is 'OKTA'"),
    ('{ authentication_providers = ["AWS_SSO"] }', "grafana.admin_group_ids: is empty: with \"AWS_SSO\""),
    ('{ authentication_providers = ["AWS_SSO"], admin_group_ids = ["admins"] }',
     'grafana.admin_group_ids[0]: "admins" is not an IAM Identity Center group id'),
    ('{ authentication_providers = ["SAML"], saml = { idp_metadata_url = "https://idp.example.com/m", '
     'admin_role_values = ["a"], editor_role_values = [] }, '
     'admin_group_ids = ["9067a2d4f1-3b8e4c2a-9f1d-4c2a-8e5b-0e5b7c6a8d42"] }',
     'grafana.admin_group_ids: is only used with "AWS_SSO"'),
])
def test_grafana_switched_on_without_sign_in_is_a_configuration_error(tmp_path, grafana, message):
    text = (ENVIRONMENTS / "platform-events" / "dev.tfvars").read_text() + f"\ngrafana = {grafana}\n"
    (tmp_path / "dev.tfvars").write_text(text)
    with pytest.raises(ConfigError) as err:
        load_settings(tmp_path / "dev.tfvars", PlatformEventsSettings)
    assert message in str(err.value)


# --- account-wide names ---------------------------------------------------------------------

def _account_names(doc: dict) -> set[str]:
    names = set()
    for rtype, key in (("aws_iam_role", "name"), ("aws_iam_policy", "name"), ("aws_cloudwatch_log_group", "name"),
                       ("aws_kms_alias", "name"), ("aws_secretsmanager_secret", "name"), ("aws_sns_topic", "name"),
                       ("aws_msk_cluster", "cluster_name"), ("aws_msk_configuration", "name"),
                       ("aws_glue_registry", "registry_name"), ("aws_prometheus_workspace", "alias"),
                       ("aws_cloudwatch_metric_alarm", "alarm_name")):
        names |= {body[key] for body in resources(doc, rtype).values()}
    return names


def test_environments_sharing_an_account_share_no_name(synthesized):
    assert settings("dev").account_id == settings("staging").account_id  # they do share one
    dev, staging = _account_names(backbone(synthesized, "dev")), _account_names(backbone(synthesized, "staging"))
    assert len(dev) >= 25
    assert dev & staging == set()


# --- the Kafka root ------------------------------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_kafka_root_signs_in_with_iam_over_tls(synthesized, env):
    doc = kafka_root(synthesized, env)
    provider, = doc["provider"]["kafka"]
    assert provider["sasl_mechanism"] == "aws-iam" and provider["tls_enabled"] is True
    assert provider["sasl_aws_region"] == "eu-central-1"
    assert "msk_bootstrap_brokers_sasl_iam" in provider["bootstrap_servers"]
    assert provider.get("sasl_aws_role_arn") == settings(env).kafka_runner.role_arn
    assert not [k for k in provider if "password" in k or "username" in k]
    assert check_resources(doc, KAFKA_SCHEMA, "registry.terraform.io/mongey/kafka") == []
    assert doc["terraform"]["required_providers"]["kafka"]["version"] == "0.13.1"


@pytest.mark.parametrize("env", ENVS)
def test_every_channel_is_a_topic_and_a_schema(synthesized, env):
    doc, s = kafka_root(synthesized, env), settings(env)
    topics = {t["name"]: t for t in resources(doc, "kafka_topic").values()}
    schemas = {g["schema_name"]: g for g in resources(doc, "aws_glue_schema").values()}
    assert sorted(topics) == sorted(schemas) == sorted(CATALOG.channels)
    for name, channel in CATALOG.channels.items():
        topic = topics[name]
        assert topic["partitions"] == (channel.partitions or s.topics.partitions)
        assert topic["replication_factor"] == (channel.replicas or s.topics.replication_factor)
        assert topic["config"]["min.insync.replicas"] == str(s.topics.min_insync_replicas)
        assert topic["config"]["retention.ms"] == channel.config.get(
            "retention.ms", str(s.topics.retention_hours * 3600 * 1000))
        schema = schemas[name]
        assert schema["data_format"] == channel.data_format
        assert json.loads(schema["schema_definition"]) == json.loads(channel.definition)
        assert schema["registry_arn"].endswith(".outputs.schema_registry_arn}")


@pytest.mark.parametrize("env, overrides", [
    ("dev", {}),
    ("staging", {"customers.customer-profile.v1": "FULL"}),
    ("prod", {"customers.customer-profile.v1": "FULL_ALL", "payments.payment-captured.v1": "BACKWARD_ALL"}),
])
def test_compatibility_is_backward_unless_overridden_per_schema(synthesized, env, overrides):
    schemas = {g["schema_name"]: g["compatibility"] for g in resources(kafka_root(synthesized, env), "aws_glue_schema").values()}
    assert schemas == {name: overrides.get(name, "BACKWARD") for name in CATALOG.channels}


@pytest.mark.slow
@pytest.mark.parametrize("env", ENVS)
def test_backbone_plans_offline_and_kafka_root_passes_its_schemas(plans, env):
    assert plans[f"platform-events-{env}"].status == "OK", plans[f"platform-events-{env}"].error
    kafka = plans[f"platform-events-{env}-kafka"]
    assert kafka.label == "UNAVAILABLE (schema OK)" and kafka.schema_files == ["kafka@0.13.1.json"]


@pytest.mark.slow
def test_the_kafka_roots_glue_schemas_plan_offline(synthesized, tmp_path):
    """The Kafka roots cannot be planned offline (mongey/kafka is not in the mirror), but their
    Glue schemas are AWS resources: a copy without the kafka provider and its topics plans, so
    every ``aws_glue_schema`` argument is one the AWS provider accepts."""
    import copy

    from atlas.harness import plan_roots
    from tests.helpers import require_terraform

    require_terraform()
    out, entries, names = tmp_path / "out", [], []
    for env in ENVS:
        name = f"platform-events-{env}-kafka"
        doc = copy.deepcopy(synthesized.doc(name))
        del doc["provider"]["kafka"], doc["terraform"]["required_providers"]["kafka"]
        del doc["resource"]["kafka_topic"], doc["output"]["topic_names"]
        assert "kafka" not in json.dumps(doc["resource"]) or "aws_glue_schema" in doc["resource"]
        (out / "stacks" / name).mkdir(parents=True)
        (out / "stacks" / name / "cdk.tf.json").write_text(json.dumps(doc))
        entries += [synthesized.entry(f"platform-events-{env}"), synthesized.entry(name)]
        names.append(name)
    (out / "roots.json").write_text(json.dumps({"roots": entries}))
    results = plan_roots(out, names, workdir=tmp_path / "work", jobs=2)
    assert [(r.root, r.status, r.planned, r.error) for r in results] == [
        (n, "OK", len(CATALOG.channels), "") for n in names]


@pytest.mark.parametrize("platform, key, block", [
    ("platform-events", "kafka_runner", 'kafka_runner = {\n  cidrs = ["10.250.8.0/22", "10.250.8.0/22"]\n'
                                        '  security_group_ids = ["sg-0a9b8c7d6e5f4a3b2", "sg-0a9b8c7d6e5f4a3b2"]\n}\n'),
    ("kraken", "terraform_runner", 'terraform_runner = {\n  cidrs = ["10.90.8.0/24", "10.90.8.0/24"]\n'
                                   '  security_group_ids = ["sg-0a9b8c7d6e5f4a3b2", "sg-0a9b8c7d6e5f4a3b2"]\n}\n'),
])
def test_a_runner_source_named_twice_is_a_configuration_error(tmp_path, platform, key, block):
    """One ingress rule per runner source: AWS refuses the second identical rule at apply
    (InvalidPermission.Duplicate), so both platforms' runner settings refuse a repeat."""
    import re

    from atlas.config.kraken import KrakenSettings

    text = (ENVIRONMENTS / platform / "dev.tfvars").read_text()
    text = re.sub(rf"(?ms)^{key} = {{.*?^}}\n", block, text)
    (tmp_path / "dev.tfvars").write_text(text)
    with pytest.raises(ConfigError) as err:
        load_settings(tmp_path / "dev.tfvars", PlatformEventsSettings if platform == "platform-events" else KrakenSettings)
    assert f"{key}.cidrs: lists 10." in str(err.value)
    assert f"{key}.security_group_ids: lists sg-0a9b8c7d6e5f4a3b2 more than once" in str(err.value)
