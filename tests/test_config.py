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
dashboard_db       = { database_name = "dashboard" }
camunda_db         = { database_name = "camunda" }
operator_email     = "ops@example.com"
monthly_budget_usd = 100
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
    (GOOD + "log_retention_days = \"thirty\"\n",
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
    (GOOD + "log_retention_days = 10\n",
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
