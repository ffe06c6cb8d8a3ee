"""EDP: the three roots from their files, and each optional mode in both positions.

The real roots come from the shared once-per-session synthesis (``synthesized``); the mode
variants (each mode alone, all together, dev with a certificate) are built from dev's
settings and synthesized together once per module (``variants``), through the same
``atlas.app.synthesize`` main.py uses, so the secrets scan and the output rules judge them
too.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from atlas.config import load_settings
from atlas.config.common import NetworkSettings
from atlas.config.edp import (EdpSettings, IngestionSettings, OrchestrationSettings, ServingSettings,
                              cross_checks)
from atlas.config.common import DatabaseSettings
from atlas.constructs.pipeline import FRESHNESS_METRIC, FRESHNESS_NAMESPACE
from tests.conftest import ENVIRONMENTS
from tests.helpers import policy, resources

ENVS = ("dev", "staging", "prod")
ROOTS = tuple(f"edp-{env}" for env in ENVS)
LAKE = ("bronze", "silver", "gold", "quarantine", "athena-results", "glue-scripts")
MODE_TYPES = {"ingestion": ("aws_dms_replication_instance", "aws_dms_endpoint", "aws_dms_s3_endpoint",
                            "aws_dms_replication_task", "aws_db_instance"),
              "serving": ("aws_redshiftserverless_namespace", "aws_redshiftserverless_workgroup"),
              "orchestration": ("aws_mwaa_environment",)}
PLATFORM_KEY = "${aws_kms_key.platform_key_key.arn}"


def settings(env: str = "dev") -> EdpSettings:
    return load_settings(ENVIRONMENTS / "edp" / f"{env}.tfvars", EdpSettings, f"environments/edp/{env}.tfvars")


def three_zones(s: EdpSettings) -> EdpSettings:
    return dataclasses.replace(s, network=NetworkSettings(
        cidr="10.10.0.0/16", availability_zones=("eu-central-1a", "eu-central-1b", "eu-central-1c"),
        public_subnet_cidrs=("10.10.0.0/24", "10.10.1.0/24", "10.10.2.0/24"),
        private_subnet_cidrs=("10.10.10.0/24", "10.10.11.0/24", "10.10.12.0/24"), single_nat_gateway=True))


def _ingestion() -> IngestionSettings:
    return IngestionSettings(database=DatabaseSettings(database_name="shop", deletion_protection=False))


def variant_settings() -> dict[str, EdpSettings]:
    dev = settings()
    return {
        "ingestion": dataclasses.replace(dev, name_prefix="edp-m-ingest", ingestion=_ingestion()),
        "serving": dataclasses.replace(three_zones(dev), name_prefix="edp-m-serve", serving=ServingSettings()),
        "orchestration": dataclasses.replace(dev, name_prefix="edp-m-mwaa", orchestration=OrchestrationSettings()),
        "all": dataclasses.replace(three_zones(dev), name_prefix="edp-m-all", ingestion=_ingestion(),
                                   serving=ServingSettings(), orchestration=OrchestrationSettings()),
        "https": dataclasses.replace(dev, name_prefix="edp-m-https", certificate_arn="arn:aws:acm:eu-central-1:"
                                     "777777777777:certificate/4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d",
                                     bastion=None, pipeline=dataclasses.replace(dev.pipeline, schedule=None)),
    }


@dataclasses.dataclass
class Variants:
    outdir: Path
    docs: dict[str, dict]


@pytest.fixture(scope="module")
def variants(tmp_path_factory) -> Variants:
    from atlas.app import synthesize
    from atlas.stacks.edp.root import EdpStack
    from atlas.stacks.registry import RootSpec
    from atlas.state import RootId

    specs = []
    for name, s in variant_settings().items():
        root = RootId("edp", f"mode-{name}")
        specs.append(RootSpec(root, lambda app, local, root=root, s=s: EdpStack(app, root, s, local_backend=local)))
    outdir = tmp_path_factory.mktemp("edp-modes") / "cdktf.out"
    synthesize(specs, outdir)
    return Variants(outdir, {name: json.loads((outdir / "stacks" / f"edp-mode-{name}" / "cdk.tf.json").read_text())
                             for name in variant_settings()})


def bodies(doc: dict, rtype: str) -> list[dict]:
    return list(resources(doc, rtype).values())


def statements(body: dict, key: str = "policy") -> list[dict]:
    return policy(body, key)["Statement"]


# --- roots and settings -------------------------------------------------------------------

def test_three_roots_one_per_environment_with_their_class(synthesized):
    classes = {synthesized.entry(r)["environment_class"] for r in ROOTS}
    assert classes == {"development", "staging", "production"}
    for root in ROOTS:
        entry = synthesized.entry(root)
        assert entry["platform"] == "edp" and entry["depends_on"] == [] and entry["state_key"] == f"edp/{root[4:]}/{root}.tfstate"


def test_dev_is_the_documents_network(synthesized):
    vpc = bodies(synthesized.doc("edp-dev"), "aws_vpc")[0]
    assert vpc["cidr_block"] == "10.10.0.0/16"
    assert synthesized.doc("edp-dev")["provider"]["aws"][0]["region"] == "eu-central-1"
    subnets = bodies(synthesized.doc("edp-dev"), "aws_subnet")
    assert sorted(s["tags"]["tier"] for s in subnets) == ["private", "private", "public", "public"]
    endpoints = bodies(synthesized.doc("edp-dev"), "aws_vpc_endpoint")
    assert [e["vpc_endpoint_type"] for e in endpoints] == ["Gateway"]


def test_dms_account_roles_cross_check_refuses_a_second_owner_in_one_account():
    dev, staging = settings("dev"), settings("staging")
    assert dev.account_id == staging.account_id and dev.dms_account_roles and not staging.dms_account_roles
    sources = {"dev": "environments/edp/dev.tfvars", "staging": "environments/edp/staging.tfvars"}
    assert cross_checks({"dev": dev, "staging": staging}, sources) == []
    both = cross_checks({"dev": dev, "staging": dataclasses.replace(staging, dms_account_roles=True)}, sources)
    assert [(p.source, p.key) for p in both] == [("environments/edp/staging.tfvars", "dms_account_roles")]
    assert '"dev"' in both[0].message


# --- foundation -----------------------------------------------------------------------------

@pytest.mark.parametrize("root", ROOTS)
def test_every_lake_bucket_is_encrypted_with_the_platform_key(synthesized, root):
    doc = synthesized.doc(root)
    key = resources(doc, "aws_kms_key")["platform_key_key"]
    assert key["enable_key_rotation"] is True
    encryption = resources(doc, "aws_s3_bucket_server_side_encryption_configuration")
    buckets = resources(doc, "aws_s3_bucket")
    for name in LAKE:
        address = f"lake_{name.replace('-', '_')}"
        assert buckets[f"{address}_bucket"]["bucket"].startswith(f"{root}-{name}-")
        rule = encryption[f"{address}_encryption"]["rule"][0]["apply_server_side_encryption_by_default"]
        assert rule == {"kms_master_key_id": PLATFORM_KEY, "sse_algorithm": "aws:kms"}, name
        assert resources(doc, "aws_s3_bucket_versioning")[f"{address}_versioning"]["versioning_configuration"][
            "status"] == "Enabled"
        assert f"{address}_access_logging" in resources(doc, "aws_s3_bucket_logging")
        bucket_policy = statements(resources(doc, "aws_s3_bucket_policy")[f"{address}_policy"])
        assert {s.get("Sid") for s in bucket_policy} >= {"DenyInsecureTransport", "DenyOtherKmsKeys"}
    # Only log targets (which S3 / ELB log delivery can write only as SSE-S3) are not KMS.
    aes = sorted(a for a, b in encryption.items()
                 if b["rule"][0]["apply_server_side_encryption_by_default"]["sse_algorithm"] == "AES256")
    assert aes == ["alb_access_logs_encryption", "lake_access_logs_encryption"]


@pytest.mark.parametrize("root", ROOTS)
def test_glue_databases_per_layer_in_their_buckets(synthesized, root):
    databases = resources(synthesized.doc(root), "aws_glue_catalog_database")
    prefix = root.replace("-", "_")
    assert {d["name"] for d in databases.values()} == {f"{prefix}_{layer}" for layer in ("bronze", "silver", "gold")}
    for layer in ("bronze", "silver", "gold"):
        assert databases[f"{layer}_database"]["location_uri"] == f"s3://${{aws_s3_bucket.lake_{layer}_bucket.bucket}}/"


def test_bastion_is_ssm_managed_with_an_ami_from_a_parameter_reference(synthesized):
    doc = synthesized.doc("edp-dev")
    template = resources(doc, "aws_launch_template")["network_bastion_launch_template"]
    assert template["image_id"] == "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
    instance = resources(doc, "aws_instance")["network_bastion"]
    assert instance["metadata_options"]["http_tokens"] == "required"
    assert "root_block_device" not in instance  # see atlas.rules.pipelines.instance_ami_resolved_at_launch
    volume = template["block_device_mappings"][0]["ebs"]
    assert (volume["encrypted"], volume["kms_key_id"]) == ("true", PLATFORM_KEY)
    assert template["monitoring"]["enabled"] is True and instance["ebs_optimized"] is True
    assert "ami" not in instance and instance["launch_template"]["id"] == "${aws_launch_template.network_bastion_launch_template.id}"
    assert instance["subnet_id"] == "${aws_subnet.network_private_subnet_0.id}"
    assert not doc.get("data", {}).get("aws_ami"), "the offline plan must need no AMI lookup"
    group = "${aws_security_group.network_bastion_security_group_group.id}"
    ingress = [r for r in bodies(doc, "aws_vpc_security_group_ingress_rule") if r["security_group_id"] == group]
    assert ingress == []
    attachments = [a["policy_arn"] for a in bodies(doc, "aws_iam_role_policy_attachment")
                   if a["role"] == "${aws_iam_role.network_bastion_role.name}"]
    assert attachments == ["arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"]
    assert "aws_instance" not in synthesized.doc("edp-prod").get("resource", {})  # the switch off


def test_dms_account_roles_exist_only_where_switched_on(synthesized):
    def names(root):
        return {r["name"] for r in bodies(synthesized.doc(root), "aws_iam_role")}
    assert {"dms-vpc-role", "dms-cloudwatch-logs-role"} <= names("edp-dev")
    for root in ("edp-staging", "edp-prod"):
        assert not {"dms-vpc-role", "dms-cloudwatch-logs-role"} & names(root)


@pytest.mark.parametrize("root", ROOTS)
def test_service_roles_trust_only_their_service_and_account(synthesized, root):
    doc = synthesized.doc(root)
    roles = {a: b for a, b in resources(doc, "aws_iam_role").items() if a.startswith("roles_")}
    assert {"roles_glue_role", "roles_states_role"} <= set(roles)
    for address, role in roles.items():
        trust = statements(role, "assume_role_policy")
        assert len(trust) == 1 and trust[0]["Action"] == "sts:AssumeRole"
        if "redshift" not in address:
            assert trust[0]["Condition"] == {"StringEquals": {"aws:SourceAccount": settings(root[4:]).account_id}}


def _wildcards(document: list[dict]) -> set[str]:
    """Actions granted on "*"."""
    found = set()
    for s in document:
        if s["Effect"] == "Allow" and s.get("Resource") in ("*", ["*"]):
            found.update([s["Action"]] if isinstance(s["Action"], str) else s["Action"])
    return found


@pytest.mark.parametrize("root", ROOTS)
def test_glue_and_pipeline_roles_are_least_privilege(synthesized, root):
    policies = resources(synthesized.doc(root), "aws_iam_role_policy")
    glue = statements(policies["roles_glue_policy"])
    states = statements(policies["roles_states_policy"])
    for document in (glue, states):
        actions = [a for s in document for a in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"])]
        assert not [a for a in actions if a.endswith(":*") or a == "*"], actions
    # Only actions with no resource-level permissions are granted on "*" (or namespace-bound metrics).
    assert _wildcards(glue) <= {"glue:GetSecurityConfiguration", "glue:GetConnection", "cloudwatch:PutMetricData",
                                "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface",
                                "ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups",
                                "ec2:DescribeVpcs", "ec2:DescribeVpcEndpoints", "ec2:DescribeRouteTables",
                                "ec2:CreateTags", "ec2:DeleteTags"}
    s3 = {r for s in glue if any(a.startswith("s3:") for a in _list(s["Action"])) for r in _list(s["Resource"])}
    assert all("aws_s3_bucket.lake_" in r for r in s3), s3
    by_sid = {s["Sid"]: s for s in states}
    assert by_sid["RunBronzeToSilver"]["Resource"].endswith("job/${aws_glue_job.processing_bronze_to_silver.name}")
    assert by_sid["RunSilverCrawler"]["Resource"].endswith("crawler/${aws_glue_crawler.processing_silver_crawler.name}")
    assert by_sid["PassDbtRoles"]["Resource"] == ["${aws_iam_role.dbt_task_role.arn}",
                                                  "${aws_iam_role.dbt_execution_role.arn}"]
    assert by_sid["Heartbeat"]["Condition"] == {"StringEquals": {"cloudwatch:namespace": FRESHNESS_NAMESPACE}}


def _list(value):
    return [value] if isinstance(value, str) else list(value)


# --- processing -------------------------------------------------------------------------------

@pytest.mark.parametrize("root", ROOTS)
def test_processing_is_encrypted_private_and_wired_by_reference(synthesized, root):
    doc = synthesized.doc(root)
    config = bodies(doc, "aws_glue_security_configuration")[0]["encryption_configuration"]
    assert config["s3_encryption"] == {"s3_encryption_mode": "SSE-KMS", "kms_key_arn": PLATFORM_KEY}
    assert config["job_bookmarks_encryption"]["job_bookmarks_encryption_mode"] == "CSE-KMS"
    assert config["cloudwatch_encryption"]["cloudwatch_encryption_mode"] == "SSE-KMS"
    connection = bodies(doc, "aws_glue_connection")[0]
    assert connection["connection_type"] == "NETWORK"
    assert connection["physical_connection_requirements"]["subnet_id"] == "${aws_subnet.network_private_subnet_0.id}"
    crawler = resources(doc, "aws_glue_crawler")["processing_silver_crawler"]
    assert crawler["role"] == "${aws_iam_role.roles_glue_role.arn}"
    assert crawler["database_name"] == "${aws_glue_catalog_database.silver_database.name}"
    job = resources(doc, "aws_glue_job")["processing_bronze_to_silver"]
    assert job["security_configuration"] == "${aws_glue_security_configuration.processing_security_configuration.name}"
    assert job["connections"] == ["${aws_glue_connection.processing_connection.name}"]
    assert job["command"]["script_location"] == settings(root[4:]).processing.bronze_to_silver_script
    workgroup = bodies(doc, "aws_athena_workgroup")[0]["configuration"]
    assert workgroup["enforce_workgroup_configuration"] is True
    assert workgroup["result_configuration"]["encryption_configuration"] == {
        "encryption_option": "SSE_KMS", "kms_key_arn": PLATFORM_KEY}


# --- the pipeline -----------------------------------------------------------------------------

def _definition(doc: dict) -> dict:
    return json.loads(bodies(doc, "aws_sfn_state_machine")[0]["definition"])


@pytest.mark.parametrize("root", ROOTS)
def test_pipeline_runs_glue_crawler_and_dbt_with_retries_and_a_failure_path(synthesized, root):
    doc = synthesized.doc(root)
    machine = bodies(doc, "aws_sfn_state_machine")[0]
    definition = _definition(doc)
    states = definition["States"]
    assert definition["StartAt"] == "BronzeToSilver"
    assert states["BronzeToSilver"]["Resource"] == "arn:aws:states:::glue:startJobRun.sync"
    assert states["BronzeToSilver"]["Parameters"]["JobName"] == "${aws_glue_job.processing_bronze_to_silver.name}"
    assert states["StartCrawler"]["Parameters"]["Name"] == "${aws_glue_crawler.processing_silver_crawler.name}"
    assert states["SilverToGold"]["Resource"] == "arn:aws:states:::ecs:runTask.sync"
    assert states["SilverToGold"]["Parameters"]["TaskDefinition"] == "${aws_ecs_task_definition.dbt_task_definition.arn}"
    # the order: bronze -> silver, crawl, dbt, heartbeat
    assert [states[s]["Next"] for s in ("BronzeToSilver", "StartCrawler", "SilverToGold", "PublishFreshness")] == [
        "StartCrawler", "WaitForCrawler", "PublishFreshness", "Succeeded"]
    for name, state in states.items():
        if state["Type"] == "Task" and name != "NotifyFailure":
            assert state["Catch"][0]["Next"] == "NotifyFailure", name
            assert state["Retry"] and state["Retry"][-1]["MaxAttempts"] == 2, name
    assert states["NotifyFailure"]["Parameters"]["TopicArn"] == "${aws_sns_topic.alerts_topic.arn}"
    assert states["NotifyFailure"]["Next"] == "Failed" and states["Failed"]["Type"] == "Fail"
    assert machine["logging_configuration"]["level"] == "ALL"
    assert machine["logging_configuration"]["log_destination"] == "${aws_cloudwatch_log_group.pipeline_log_group.arn}:*"
    assert machine["tracing_configuration"]["enabled"] is True
    assert machine["encryption_configuration"]["kms_key_id"] == PLATFORM_KEY
    assert "aws_iam_role_policy.roles_states_policy" in machine["depends_on"]


@pytest.mark.parametrize("root", ROOTS)
def test_the_heartbeat_is_what_the_stale_silver_alarms_watch(synthesized, root):
    doc = synthesized.doc(root)
    published = _definition(doc)["States"]["PublishFreshness"]["Parameters"]
    assert published["Namespace"] == FRESHNESS_NAMESPACE
    sent = {tuple(sorted((d["Name"], d["Value"]) for d in m["Dimensions"])) for m in published["MetricData"]
            if m["MetricName"] == FRESHNESS_METRIC}
    stale = [a for a in bodies(doc, "aws_cloudwatch_metric_alarm") if "-stale-silver-" in a["alarm_name"]]
    watched = {tuple(sorted(a["dimensions"].items())) for a in stale}
    assert watched == sent and len(stale) == len(settings(root[4:]).processing.silver_tables)
    for alarm in stale:
        assert (alarm["namespace"], alarm["metric_name"]) == (FRESHNESS_NAMESPACE, FRESHNESS_METRIC)
        assert alarm["treat_missing_data"] == "breaching" and alarm["comparison_operator"] == "LessThanThreshold"
        assert alarm["period"] * alarm["evaluation_periods"] == 3600 * settings(root[4:]).processing.stale_after_hours


@pytest.mark.parametrize("root", ROOTS)
def test_monitoring_in_every_environment(synthesized, root):
    doc = synthesized.doc(root)
    alarms = {a["alarm_name"]: a for a in bodies(doc, "aws_cloudwatch_metric_alarm")}
    failed = alarms[f"{root}-pipeline-failed"]
    assert (failed["namespace"], failed["metric_name"]) == ("AWS/States", "ExecutionsFailed")
    assert failed["dimensions"] == {"StateMachineArn": "${aws_sfn_state_machine.pipeline_state_machine.arn}"}
    assert alarms[f"{root}-alb-5xx"]["dimensions"] == {"LoadBalancer": "${aws_lb.alb_lb.arn_suffix}"}
    assert alarms[f"{root}-alb-latency"]["metric_name"] == "TargetResponseTime"
    for service in ("agent-api", "agent-ui"):
        assert alarms[f"{root}-{service}-cpu"]["dimensions"] == {
            "ClusterName": "${aws_ecs_cluster.ecs_cluster.name}", "ServiceName": f"{root}-{service}"}
    for alarm in alarms.values():
        assert alarm["alarm_actions"] == ["${aws_sns_topic.alerts_topic.arn}"]
    topic = bodies(doc, "aws_sns_topic")[0]
    assert topic["kms_master_key_id"] == PLATFORM_KEY
    board = json.loads(bodies(doc, "aws_cloudwatch_dashboard")[0]["dashboard_body"])
    assert len(board["widgets"]) == len(alarms)
    assert bodies(doc, "aws_budgets_budget")[0]["limit_amount"] == str(settings(root[4:]).budget.monthly_limit_usd)


# --- the analytics agent ------------------------------------------------------------------------

@pytest.mark.parametrize("root", ROOTS)
def test_image_repositories_are_immutable_scanned_encrypted_and_pruned(synthesized, root):
    doc = synthesized.doc(root)
    repositories = resources(doc, "aws_ecr_repository")
    assert {r["name"] for r in repositories.values()} == {f"{root}/agent-api", f"{root}/agent-ui", f"{root}/dbt"}
    for repository in repositories.values():
        assert repository["image_tag_mutability"] == "IMMUTABLE"
        assert repository["image_scanning_configuration"]["scan_on_push"] is True
        assert repository["encryption_configuration"][0]["kms_key"] == PLATFORM_KEY
    for lifecycle in bodies(doc, "aws_ecr_lifecycle_policy"):
        rules = json.loads(lifecycle["policy"])["rules"]
        assert [r["selection"]["tagStatus"] for r in rules] == ["untagged", "any"]


@pytest.mark.parametrize("root", ROOTS)
def test_services_without_an_image_start_at_zero_on_the_bootstrap_tag(synthesized, root):
    doc = synthesized.doc(root)
    services = resources(doc, "aws_ecs_service")
    assert set(services) == {"agent_api_service", "agent_ui_service"}  # dbt is a task, not a service
    for key in ("api", "ui"):
        assert services[f"agent_{key}_service"]["desired_count"] == 0
        container = json.loads(resources(doc, "aws_ecs_task_definition")[f"agent_{key}_task_definition"][
            "container_definitions"])[0]
        assert container["image"] == f"${{aws_ecr_repository.agent_{key}_repository_repository.repository_url}}:bootstrap"
        assert services[f"agent_{key}_service"]["network_configuration"]["assign_public_ip"] is False


def test_a_given_image_runs_at_its_desired_count(variants):
    # staging/prod files name no image yet; the variant with all modes does not either, so
    # check the switch on the settings: an image makes the service run.
    from atlas.config.edp import AgentApiSettings
    assert AgentApiSettings(image="registry.example.com/agent-api:1.0.0", desired_count=2).desired_count == 2
    doc = variants.docs["all"]
    assert resources(doc, "aws_ecs_service")["agent_api_service"]["desired_count"] == 0


@pytest.mark.parametrize("root", ROOTS)
def test_model_api_key_comes_from_a_secret_the_root_creates(synthesized, root):
    doc = synthesized.doc(root)
    secret = resources(doc, "aws_secretsmanager_secret")["model_api_key_secret"]
    assert secret["kms_key_id"] == PLATFORM_KEY
    seed = resources(doc, "aws_secretsmanager_secret_version")["model_api_key_seed"]
    assert json.loads(seed["secret_string"]) == {"ANTHROPIC_API_KEY": ""}
    assert seed["lifecycle"]["ignore_changes"] == ["secret_string"]
    container = json.loads(resources(doc, "aws_ecs_task_definition")["agent_api_task_definition"]["container_definitions"])[0]
    assert container["secrets"] == [{"name": "ANTHROPIC_API_KEY",
                                     "valueFrom": "${aws_secretsmanager_secret.model_api_key_secret.arn}:ANTHROPIC_API_KEY::"}]
    assert "aws_ssm_parameter" not in doc["resource"]


def test_https_only_when_a_certificate_is_given(synthesized, variants):
    dev = resources(synthesized.doc("edp-dev"), "aws_lb_listener")
    assert set(dev) == {"alb_http_listener"} and dev["alb_http_listener"]["default_action"][0]["type"] == "forward"
    for doc in (synthesized.doc("edp-staging"), variants.docs["https"]):
        listeners = resources(doc, "aws_lb_listener")
        assert listeners["alb_http_listener"]["default_action"][0]["redirect"]["protocol"] == "HTTPS"
        assert listeners["alb_https_listener"]["ssl_policy"].startswith("ELBSecurityPolicy-TLS13")
        rule = resources(doc, "aws_lb_listener_rule")["alb_api_path_rule"]
        assert rule["listener_arn"] == "${aws_lb_listener.alb_https_listener.arn}"
        assert rule["condition"][0]["path_pattern"]["values"] == ["/api/*"]


def test_production_admits_only_the_listed_ranges(synthesized):
    rules = bodies(synthesized.doc("edp-prod"), "aws_vpc_security_group_ingress_rule")
    cidrs = {r["cidr_ipv4"] for r in rules if "cidr_ipv4" in r}
    assert cidrs == {"198.51.100.0/24", "203.0.113.0/24"}


# --- optional modes -----------------------------------------------------------------------------

@pytest.mark.parametrize("mode", sorted(MODE_TYPES))
def test_each_mode_is_a_switch(synthesized, variants, mode):
    on = variants.docs[mode]["resource"]
    for rtype in MODE_TYPES[mode]:
        assert rtype in on, (mode, rtype)
    off = synthesized.doc("edp-dev")["resource"]  # dev: every mode off
    assert not [t for t in MODE_TYPES[mode] if t in off]
    for other in set(MODE_TYPES) - {mode}:
        assert not [t for t in MODE_TYPES[other] if t in on], (mode, other)
    assert all(t in variants.docs["all"]["resource"] for types in MODE_TYPES.values() for t in types)


def test_the_environment_files_use_ingestion_in_staging_and_serving_in_prod(synthesized):
    assert "aws_dms_replication_task" in synthesized.doc("edp-staging")["resource"]
    assert "aws_redshiftserverless_workgroup" in synthesized.doc("edp-prod")["resource"]


def test_ingestion_reads_credentials_through_secrets_manager(variants, synthesized):
    for doc in (variants.docs["ingestion"], synthesized.doc("edp-staging")):
        source = bodies(doc, "aws_dms_endpoint")[0]
        assert "password" not in source and "username" not in source
        assert source["secrets_manager_arn"] == "${aws_db_instance.source_db_instance.master_user_secret[0].secret_arn}"
        assert source["ssl_mode"] == "require" and source["engine_name"] == "postgres"
        target = bodies(doc, "aws_dms_s3_endpoint")[0]
        assert (target["data_format"], target["encryption_mode"]) == ("parquet", "SSE_KMS")
        assert target["bucket_name"] == "${aws_s3_bucket.lake_bronze_bucket.bucket}"
        task = bodies(doc, "aws_dms_replication_task")[0]
        assert task["migration_type"] == "full-load-and-cdc"
        assert json.loads(task["replication_task_settings"])["Logging"]["EnableLogging"] is True
        instance = bodies(doc, "aws_dms_replication_instance")[0]
        assert instance["publicly_accessible"] is False and instance["kms_key_arn"] == PLATFORM_KEY
        database = bodies(doc, "aws_db_instance")[0]
        assert database["manage_master_user_password"] is True and "password" not in database
        parameters = {p["name"]: p["value"] for p in bodies(doc, "aws_db_parameter_group")[0]["parameter"]}
        assert parameters["rds.logical_replication"] == "1"
    staging = bodies(synthesized.doc("edp-staging"), "aws_dms_replication_instance")[0]
    assert staging["multi_az"] is True
    # staging's account roles belong to dev: no subnet group waits for roles of its own
    assert "depends_on" not in bodies(synthesized.doc("edp-staging"), "aws_dms_replication_subnet_group")[0]


def test_dms_reads_the_secret_through_a_role_its_regional_principal_assumes(variants):
    role = resources(variants.docs["ingestion"], "aws_iam_role")["roles_dms_secrets_role"]
    trust = statements(role, "assume_role_policy")[0]
    assert trust["Principal"]["Service"] == ["dms.eu-central-1.amazonaws.com", "dms.amazonaws.com"]
    source = bodies(variants.docs["ingestion"], "aws_dms_endpoint")[0]
    assert source["secrets_manager_access_role_arn"] == "${aws_iam_role.roles_dms_secrets_role.arn}"


def test_the_dms_subnet_group_waits_for_the_account_roles_it_creates(variants):
    group = bodies(variants.docs["ingestion"], "aws_dms_replication_subnet_group")[0]
    assert group["depends_on"] == ["aws_iam_role_policy_attachment.dms_vpc_policy",
                                   "aws_iam_role_policy_attachment.dms_logs_policy"]


def test_serving_is_private_encrypted_and_redshift_keeps_the_password(variants, synthesized):
    for doc in (variants.docs["serving"], synthesized.doc("edp-prod")):
        namespace = bodies(doc, "aws_redshiftserverless_namespace")[0]
        assert namespace["manage_admin_password"] is True and "admin_user_password" not in namespace
        assert namespace["kms_key_id"] == PLATFORM_KEY
        assert namespace["iam_roles"] == ["${aws_iam_role.roles_redshift_role.arn}"]
        workgroup = bodies(doc, "aws_redshiftserverless_workgroup")[0]
        assert workgroup["publicly_accessible"] is False and workgroup["enhanced_vpc_routing"] is True
        assert len(workgroup["subnet_ids"]) == 3


def test_orchestration_runs_the_same_pipeline_privately(variants):
    doc = variants.docs["orchestration"]
    env = bodies(doc, "aws_mwaa_environment")[0]
    assert env["webserver_access_mode"] == "PRIVATE_ONLY" and env["kms_key"] == PLATFORM_KEY
    assert all(env["logging_configuration"][c]["enabled"] for c in env["logging_configuration"])
    assert not [g for g in bodies(doc, "aws_cloudwatch_log_group") if g["name"].startswith("airflow-")]
    dag = resources(doc, "aws_s3_object")["mwaa_pipeline_dag"]["content"]
    assert 'job_name="${aws_glue_job.processing_bronze_to_silver.name}"' in dag
    assert '"Name": "${aws_glue_crawler.processing_silver_crawler.name}"' in dag
    assert 'task_definition="${aws_ecs_task_definition.dbt_task_definition.arn}"' in dag
    logs = [s for s in statements(resources(doc, "aws_iam_role_policy")["roles_airflow_policy"]) if s["Sid"] == "OwnLogs"]
    assert logs[0]["Resource"].endswith(":log-group:airflow-edp-m-mwaa-airflow-*")


def test_serving_needs_three_zones():
    from atlas.config.errors import SettingError
    s = dataclasses.replace(settings(), serving=ServingSettings())
    assert [e.key for e in s.checks() if isinstance(e, SettingError)] == ["serving"]


@pytest.mark.slow
def test_every_mode_variant_validates_and_plans_offline(variants):
    from atlas.harness import plan_roots
    from tests.helpers import require_terraform

    require_terraform()
    results = plan_roots(variants.outdir, workdir=variants.outdir.parent / "harness", jobs=2)
    assert {r.root: (r.status, r.error) for r in results if not r.ok} == {}
    assert len(results) == len(variant_settings())
