"""Bad environment files fail with a message naming the file, the key and the fix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from atlas.config import ConfigError, load_settings
from atlas.config.atlas import AtlasSettings

GOOD = """
name_prefix = "poc-atlas-dev"
region      = "eu-west-1"
account_id  = "111111111111"
state = { bucket = "atlas-state-111111111111", region = "eu-west-1" }
network = {
  cidr                 = "10.20.0.0/16"
  availability_zones   = ["eu-west-1a", "eu-west-1b"]
  public_subnet_cidrs  = ["10.20.0.0/24", "10.20.1.0/24"]
  private_subnet_cidrs = ["10.20.10.0/24", "10.20.11.0/24"]
}
certificate_arn        = "arn:aws:acm:eu-west-1:111111111111:certificate/3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"
events_ingestion_host  = "events.example.com"
dashboard_backend_host = "dashboard.example.com"
kafka_ui_host          = "kafka-ui.example.com"
kafka_ui_access        = { allowed_cidrs = ["192.0.2.0/28"] }
services = {
  events_ingestion  = { image = "repo/events:1.0.0" }
  dashboard_backend = { image = "repo/dashboard:1.0.0" }
  scoring           = { image = "repo/scoring:1.0.0", port = 8083 }
  kafka_ui          = { image = "repo/kafka-ui:1.0.0" }
  camunda           = { image = "repo/camunda:7.22.0" }
}
kafka = {
  events_topic             = "atlas.events.raw"
  events_dlq_topic         = "atlas.events.dlq"
  scoring_output_topic     = "atlas.l3.user.score"
  scoring_dlq_topic        = "atlas.scoring.dlq"
  dashboard_consumer_group = "atlas-dashboard-backend"
  kafka_ui_cluster_label   = "atlas-staging"
}
msk = {
  broker_instance_type   = "kafka.t3.small"
  number_of_broker_nodes = 2
}
dashboard_db       = { database_name = "dashboard" }
camunda_db         = { database_name = "camunda" }
alerts             = { email = "ops@example.com" }
budget             = { monthly_limit_usd = 100 }
"""


def load(tmp_path: Path, text: str) -> AtlasSettings:
    path = tmp_path / "staging.tfvars"
    path.write_text(text)
    return load_settings(path, AtlasSettings, "environments/atlas/staging.tfvars")


def messages(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(ConfigError) as err:
        load(tmp_path, text)
    return [str(p) for p in err.value.problems]


def test_good_file_loads_into_typed_settings(tmp_path):
    settings = load(tmp_path, GOOD)
    assert settings.network.availability_zones == ("eu-west-1a", "eu-west-1b")
    assert settings.network.single_nat_gateway is False
    assert settings.state.bucket == "atlas-state-111111111111"


@pytest.mark.parametrize("text, expected", [
    (GOOD + 'regin = "eu-west-1"\n',
     'environments/atlas/staging.tfvars: regin: is not a known setting; did you mean "region"?'),
    (GOOD.replace('cidr                 = "10.20.0.0/16"', 'cidr_block = "10.20.0.0/16"'),
     'environments/atlas/staging.tfvars: network.cidr_block: is not a known setting; did you mean "cidr"?'),
    (GOOD.replace('account_id  = "111111111111"', "account_id = 111111111111"),
     "environments/atlas/staging.tfvars: account_id: must be a string, got 111111111111 (a number)"),
    (GOOD.replace('name_prefix = "poc-atlas-dev"', 'name_prefix = "poc-atlas-dev"\nlog_retention_days = "thirty"'),
     'environments/atlas/staging.tfvars: log_retention_days: must be a whole number, got "thirty" (a string)'),
    (GOOD.replace('name_prefix = "poc-atlas-dev"', ""),
     'environments/atlas/staging.tfvars: name_prefix: is required: set it to a string (prefix of every resource name, e.g. "poc-atlas-dev")'),
    (GOOD.replace('"10.20.0.0/16"', '"10.20.0.0/33"'),
     'environments/atlas/staging.tfvars: network.cidr: "10.20.0.0/33" is not a valid network CIDR'),
    (GOOD.replace('"10.20.0.0/16"', '"10.20.0.1/16"'),
     'environments/atlas/staging.tfvars: network.cidr: "10.20.0.1/16" is not a valid network CIDR (10.20.0.1/16 has host bits set)'),
    (GOOD.replace('"10.20.11.0/24"', '"10.20.10.128/25"'),
     'environments/atlas/staging.tfvars: network.private_subnet_cidrs[1]: "10.20.10.128/25" overlaps private_subnet_cidrs[0] "10.20.10.0/24"; subnets must not share addresses'),
    (GOOD.replace('"10.20.11.0/24"', '"10.30.11.0/24"'),
     'environments/atlas/staging.tfvars: network.private_subnet_cidrs[1]: "10.30.11.0/24" is outside the VPC CIDR "10.20.0.0/16"'),
    (GOOD.replace('["eu-west-1a", "eu-west-1b"]', '["eu-west-1a"]'),
     "environments/atlas/staging.tfvars: network.availability_zones: lists 1 zone(s); 2 to 3 are required"),
    (GOOD.replace('["eu-west-1a", "eu-west-1b"]', '["us-east-1a", "eu-west-1b"]'),
     'environments/atlas/staging.tfvars: network.availability_zones: us-east-1a not in region eu-west-1; use zones like "eu-west-1a"'),
    (GOOD + "network_extra {\n  a = 1\n}\n",
     "environments/atlas/staging.tfvars: network_extra: is written as a block; tfvars use `key = { ... }`"),
    (GOOD + 'name_suffix = "${var.x}"\n',
     'environments/atlas/staging.tfvars: name_suffix: is not a known setting; did you mean "name_prefix"?'),
    (GOOD + 'colour = "blue"\n',
     'environments/atlas/staging.tfvars: colour: is not a known setting; remove it or check the spelling'),
    (GOOD.replace('"poc-atlas-dev"', '"poc-${var.env}"'),
     "environments/atlas/staging.tfvars: name_prefix: contains a Terraform template (${ or %{); environment values must be literal strings"),
    (GOOD.replace('name_prefix = "poc-atlas-dev"', 'name_prefix = "poc-atlas-dev"\nlog_retention_days = 10'),
     "environments/atlas/staging.tfvars: log_retention_days: 10 is not a CloudWatch Logs retention period"),
])
def test_bad_input_names_file_key_and_fix(tmp_path, text, expected):
    found = messages(tmp_path, text)
    assert any(m.startswith(expected) for m in found), found


def test_hcl_syntax_error_carries_line_and_column(tmp_path):
    (found,) = messages(tmp_path, GOOD + "region = = 3\n")
    assert re.match(r"environments/atlas/staging\.tfvars:\d+:\d+: HCL syntax error near `region = = 3`", found), found


def test_every_problem_of_a_file_is_reported_at_once(tmp_path):
    found = messages(tmp_path, GOOD.replace('"10.20.0.0/16"', '"10.20.0.0/33"') + 'regin = "x"\n')
    assert len(found) == 1 or any("regin" in m for m in found)
    found = messages(tmp_path, GOOD + 'regin = "x"\nstat = 1\n')
    assert sum("is not a known setting" in m for m in found) == 2


# -- instance types and sizes (a typo here would otherwise fail only at apply) -------------------

A = 'budget             = { monthly_limit_usd = 100 }'  # an anchor to add lines after

from atlas.config.common import (FARGATE_MEMORY, check_cache_node_type, check_fargate_size,  # noqa: E402
                                 check_kafka_version, check_msk_broker_type, check_rds_instance_class)


@pytest.mark.parametrize("cpu, memory", [(256, 512), (256, 2048), (512, 4096), (1024, 8192), (2048, 16384),
                                         (4096, 30720), (8192, 16384), (8192, 20480), (16384, 122880)])
def test_valid_fargate_sizes_pass(cpu, memory):
    assert check_fargate_size(cpu, memory) is None


@pytest.mark.parametrize("cpu, memory, key, text", [
    (256, 1536, "svc.memory", "1536 MiB does not fit cpu = 256 on Fargate; use 512, 1024, 2048"),
    (512, 512, "svc.memory", "512 MiB does not fit cpu = 512 on Fargate; use 1024 to 4096 in steps of 1024"),
    (8192, 17408, "svc.memory", "use 16384 to 61440 in steps of 4096"),
    (768, 2048, "svc.cpu", "768 is not a Fargate CPU size; use one of 256, 512, 1024, 2048, 4096, 8192, 16384"),
])
def test_invalid_fargate_sizes_name_the_key_and_the_choices(cpu, memory, key, text):
    problem = check_fargate_size(cpu, memory, "svc.")
    assert problem is not None and problem.key == key and text in problem.message


def test_fargate_table_is_the_aws_table():
    assert sorted(FARGATE_MEMORY) == [256, 512, 1024, 2048, 4096, 8192, 16384]
    assert FARGATE_MEMORY[4096][-1] == 30720 and FARGATE_MEMORY[16384][0] == 32768


@pytest.mark.parametrize("check, good, bad, text", [
    (check_rds_instance_class, ["db.t4g.micro", "db.m6g.large", "db.r6g.16xlarge", "db.m5.24xlarge"],
     ["t4g.small", "db.m6g.medium", "db.r6g.24xlarge", "db.x9.large", "db.t4g"], "is not an RDS instance class"),
    (check_cache_node_type, ["cache.t4g.micro", "cache.m7g.large", "cache.r6g.xlarge"],
     ["t4g.micro", "cache.t4g.large", "cache.t4g.mirco", "db.t4g.micro"], "is not an ElastiCache node type"),
    (check_msk_broker_type, ["kafka.t3.small", "kafka.m5.large", "kafka.m5.24xlarge", "kafka.m7g.16xlarge"],
     ["kafka.t3.medium", "kafka.m5.3xlarge", "kafka.m7g.24xlarge", "m5.large", "kafka.m6g.large"],
     "is not an MSK broker type"),
    (check_kafka_version, ["3.6.0", "3.7.x.kraft"], ["2.8.1", "3.6", "latest"], "is not a Kafka version MSK accepts"),
])
def test_instance_types_are_checked_against_an_allow_list(check, good, bad, text):
    assert [check("k", v) for v in good] == [None] * len(good)
    for value in bad:
        problem = check("k", value)
        assert problem is not None and problem.key == "k" and f'"{value}" {text}' in problem.message, value


def test_a_known_family_with_a_wrong_size_lists_that_familys_sizes():
    problem = check_rds_instance_class("k", "db.t4g.huge")
    assert problem.message.endswith("the db.t4g sizes are micro, small, medium, large, xlarge, 2xlarge")


@pytest.mark.parametrize("edit, expected", [
    (('camunda           = { image = "repo/camunda:7.22.0" }',
      'camunda           = { image = "repo/camunda:7.22.0", cpu = 1024, memory = 1024 }'),
     "services.camunda.memory: 1024 MiB does not fit cpu = 1024 on Fargate"),
    (('kafka_ui          = { image = "repo/kafka-ui:1.0.0" }',
      'kafka_ui          = { image = "repo/kafka-ui:1.0.0", cpu = 300 }'),
     "services.kafka_ui.cpu: 300 is not a Fargate CPU size"),
    (('dashboard_db       = { database_name = "dashboard" }',
      'dashboard_db       = { database_name = "dashboard", instance_class = "db.t4g.tiny" }'),
     'dashboard_db.instance_class: "db.t4g.tiny" is not an RDS instance class'),
    (('budget             = { monthly_limit_usd = 100 }', 'budget             = { monthly_limit_usd = 100 }\ncache = { node_type = "cache.t4g.huge" }'),
     'cache.node_type: "cache.t4g.huge" is not an ElastiCache node type'),
    (('budget             = { monthly_limit_usd = 100 }', 'budget             = { monthly_limit_usd = 100 }\ncache = { num_cache_clusters = 7 }'),
     "cache.num_cache_clusters: must be 1-6"),
    (('broker_instance_type   = "kafka.t3.small"', 'broker_instance_type   = "kafka.m5.huge"'),
     'msk.broker_instance_type: "kafka.m5.huge" is not an MSK broker type'),
    (('number_of_broker_nodes = 2', 'number_of_broker_nodes = 2\n  kafka_version = "2.8.1"'),
     'msk.kafka_version: "2.8.1" is not a Kafka version MSK accepts for new clusters'),
    ((A, A + '\nenvironment_class = "prod"'),
     'environment_class: is \'prod\', must be one of "development", "staging", "production"; did you mean '
     '"production"?'),
    ((A, A + "\nmsk_broker_count = 4"), "msk_broker_count: is an old setting; use msk.number_of_broker_nodes instead"),
])
def test_atlas_instance_types_and_sizes_are_validated(tmp_path, edit, expected):
    assert load(tmp_path, GOOD)  # the unedited file is fine
    found = messages(tmp_path, GOOD.replace(*edit))
    assert any(m.startswith(f"environments/atlas/staging.tfvars: {expected}") for m in found), found


def test_a_missing_equals_points_at_the_line_that_lacks_it(tmp_path):
    text = GOOD.replace('region      = "eu-west-1"', 'region      "eu-west-1"')
    line = text.splitlines().index('region      "eu-west-1"') + 1
    (found,) = messages(tmp_path, text)
    assert found == (f'environments/atlas/staging.tfvars:{line}: HCL syntax error: `region      "eu-west-1"` is not '
                     "`key = value` (is the `=` missing?)")


def test_a_missing_object_names_only_the_keys_to_write(tmp_path):
    found = messages(tmp_path, GOOD.replace('dashboard_db       = { database_name = "dashboard" }', ""))
    assert "environments/atlas/staging.tfvars: dashboard_db: is required: set it to an object { database_name, ... }" \
        in found


def test_two_environments_with_one_prefix_in_one_account_collide(tmp_path):
    """One problem naming every file: the sort order says nothing about which file is the
    copy (``alpha`` sorts before the deployed ``staging``), so neither is blamed alone."""
    from atlas.app import Environment, platforms, prefix_collisions

    atlas, kraken = platforms()["atlas"], platforms()["kraken"]
    staging = load(tmp_path, GOOD)
    envs = [Environment(atlas, "staging", "s.tfvars", staging), Environment(atlas, "alpha", "a.tfvars", staging)]
    fix = ("so their resource names would collide; give the one not deployed yet a prefix of its own (changing a "
           "deployed environment's prefix replaces its resources)")
    assert [str(p) for p in prefix_collisions(envs)] == [
        f'a.tfvars, s.tfvars: name_prefix: "poc-atlas-dev" is the prefix of 2 environments in account 111111111111, '
        + fix]
    other = load(tmp_path, GOOD.replace('"111111111111"', '"999999999999"').replace(":111111111111:", ":999999999999:"))
    assert prefix_collisions([envs[0], Environment(atlas, "staging3", "t", other)]) == []
    # Across platforms too (both would create alias/<prefix>-logs, say), and three at once.
    twin = Environment(kraken, "dev", "k.tfvars", staging)
    assert [str(p) for p in prefix_collisions([*envs, twin])] == [
        f'a.tfvars, s.tfvars, k.tfvars: name_prefix: "poc-atlas-dev" is the prefix of 3 environments in account '
        "111111111111, " + fix]
    # A platform's own check about one of those files' prefix is not repeated.
    from atlas.config import Problem
    assert prefix_collisions(envs, already=[Problem("a.tfvars", "name_prefix", "shared")]) == []


def test_kraken_min_isr_must_leave_room_for_one_broker_down():
    from atlas.config.kraken import TopicSettings

    assert list(TopicSettings(replication_factor=3, min_insync_replicas=2).checks()) == []
    assert list(TopicSettings(replication_factor=1, min_insync_replicas=1).checks()) == []
    (problem,) = TopicSettings(replication_factor=3, min_insync_replicas=3).checks()
    assert (problem.key, problem.message) == ("min_insync_replicas", "is 3; with replication_factor 3 it must be 1 "
                                              "to 2, or writes stop when a broker is down")


def test_kraken_broker_type_and_service_sizes_are_validated():
    from atlas.config.common import FargateServiceSettings as ServiceSettings
    from atlas.config.common import MskSettings

    assert [p.key for p in MskSettings(broker_instance_type="kafka.m5.3xlarge").checks()] == ["broker_instance_type"]
    # an unknown type is reported once, not again by the throughput rule
    assert [p.key for p in MskSettings(broker_instance_type="kafka.x.large", provisioned_throughput_mibps=250)
            .checks()] == ["broker_instance_type"]
    assert [p.key for p in ServiceSettings(image="a:1", cpu=512, memory=8192).checks()] == ["memory"]
    assert list(ServiceSettings(image="a:1", cpu=1024, memory=4096).checks()) == []


# -- one vocabulary: environment classes and old keys ------------------------------------------

KRAKEN_DEV = Path(__file__).resolve().parent.parent / "environments" / "kraken" / "dev.tfvars"


def _kraken_messages(tmp_path: Path, text: str) -> list[str]:
    from atlas.config.kraken import KrakenSettings

    path = tmp_path / "dev.tfvars"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_settings(path, KrakenSettings, "environments/kraken/dev.tfvars")
    return [str(p).removeprefix("environments/kraken/dev.tfvars: ") for p in err.value.problems]


@pytest.mark.parametrize("old, new, message", [
    ("volume_size_gb         = 100", "ebs_volume_gb = 100",
     "msk.ebs_volume_gb: is an old setting; use msk.volume_size_gb instead"),
    ("  schema_registry = {", '  acm_certificate_arn = "arn:aws:acm:eu-west-1:333333333333:certificate/0b"\n'
                            "  schema_registry = {",
     "services.acm_certificate_arn: is an old setting; use certificate_arn (top level) instead"),
    ('  alertmanager    = {', '  log_retention_days = 30\n  alertmanager    = {',
     "services.log_retention_days: is an old setting; use log_retention_days (top level: one retention for "
     "every log group of the platform) instead"),
    ("tags = {", 'pagerduty = { critical_secret_arn = "arn:aws:secretsmanager:x" }\ntags = {',
     "pagerduty: is an old setting; use alerts = { pagerduty = ... } instead"),
])
def test_an_old_key_names_its_new_spelling_and_nothing_else(tmp_path, old, new, message):
    text = KRAKEN_DEV.read_text()
    assert old in text
    assert _kraken_messages(tmp_path, text.replace(old, new, 1)) == [message]


def test_every_class_has_rules_and_production_requires_the_most():
    from atlas.config.common import ENVIRONMENT_CLASSES

    assert list(ENVIRONMENT_CLASSES) == ["development", "staging", "production"]
    prod = ENVIRONMENT_CLASSES["production"]
    assert prod.multi_az and prod.deletion_protection and not prod.public_endpoints
    assert not ENVIRONMENT_CLASSES["development"].deletion_protection


def test_kraken_follows_its_environment_class(tmp_path):
    text = KRAKEN_DEV.read_text().replace('environment_class  = "development"', 'environment_class  = "production"')
    found = _kraken_messages(tmp_path, text)
    assert found == ["database.multi_az: must be true in a production environment",
                     "database.deletion_protection: must be true in a production environment"]
    email = KRAKEN_DEV.read_text().replace("tags = {", 'alerts = { email = "ops@example.com" }\ntags = {')
    # The infra root's CloudWatch alarms (replication slot lag) email it.
    from atlas.config.kraken import KrakenSettings

    (tmp_path / "email.tfvars").write_text(email)
    assert load_settings(tmp_path / "email.tfvars", KrakenSettings).alerts.email == "ops@example.com"


def test_an_unlisted_version_is_accepted_only_when_the_file_says_so(tmp_path):
    """The allow-lists are dated; a version AWS added since is accepted when listed in
    unlisted_versions, and refused otherwise."""
    newer = GOOD.replace('broker_instance_type   = "kafka.t3.small"',
                         'broker_instance_type   = "kafka.t3.small"\n  kafka_version = "4.1.x"')
    assert messages(tmp_path, newer) == [
        'environments/atlas/staging.tfvars: msk.kafka_version: "4.1.x" is not a Kafka version MSK accepts for new '
        "clusters (list checked 2026-12-02); use one of 3.6.0, 3.7.x, 3.7.x.kraft, 3.8.x, 3.9.x, 4.0.x, or add it "
        "to unlisted_versions if AWS offers it since"]
    settings = load(tmp_path, newer + 'unlisted_versions = ["4.1.x"]\n')
    assert settings.msk.kafka_version == "4.1.x"


def test_every_version_list_carries_its_date_and_source():
    from atlas.config.common import CACHE_VERSIONS, CONNECT_VERSIONS, KAFKA_VERSIONS, POSTGRES_VERSIONS

    for versions in (KAFKA_VERSIONS, CONNECT_VERSIONS, POSTGRES_VERSIONS, *CACHE_VERSIONS.values()):
        assert re.match(r"^\d{4}-\d{2}-\d{2}$", versions.checked) and versions.source.startswith("https://")


@pytest.mark.parametrize("image, problem", [
    ("prom/prometheus:v2.53.4", None),
    ("111111111111.dkr.ecr.eu-west-1.amazonaws.com/atlas/events-ingestion:1.14.2", None),
    ("localhost:5000/team/app:1", None),
    ("ghcr.io/kafbat/kafka-ui@sha256:" + "a" * 64, None),
    ("camunda/camunda-bpm-platform:run-7.22.0", None),
    ("prom/prometheus", "has no tag"),
    ("prom/prometheus:latest", "is not a pinned tag"),
    ("prom/Prometheus:v2", "is not a valid image reference"),
    ("prom/prometheus:v2:3", "is not a valid image reference"),
    ("prom/prometheus :v2", "is not a valid image reference"),
    ("prom//prometheus:v2", "is not a valid image reference"),
    ("prom/prometheus@sha256:abc", "is not a valid image reference"),
])
def test_image_references_follow_dockers_grammar(image, problem):
    from atlas.config.common import check_image

    found = check_image("image", image)
    assert (found is None) if problem is None else (problem in found.message)


@pytest.mark.parametrize("value, problem", [
    ("kraken-dev.internal", None), ("a.b.example.com", None),
    ("Kraken-Dev.internal", 'must be lowercase'), ("kraken dev", "is not a domain name"),
    ("-kraken.internal", "is not a domain name"), ("kraken..internal", "is not a domain name"),
    ("kraken", "is not a domain name"), ("x" * 64 + ".internal", "is not a domain name"),
])
def test_domain_names_are_lowercase_dns_names(value, problem):
    from atlas.config.common import check_domain

    found = check_domain("private_domain", value)
    assert (found is None) if problem is None else (problem in found.message)


@pytest.mark.parametrize("email, ok", [("ops@example.com", True), ("first.last+tag@sub.example.co", True),
                                       ("ops@example..com", False), ("ops@@example.com", False),
                                       ("ops example@example.com", False), ("ops@example", False),
                                       (".ops@example.com", False)])
def test_alert_addresses_are_email_addresses(email, ok):
    from atlas.config.common import AlertsSettings

    assert (list(AlertsSettings(email=email).checks()) == []) == ok
