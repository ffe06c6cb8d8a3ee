"""Postgres: own subnet/parameter/security groups, encryption, backups, password modes."""

from __future__ import annotations

import json

import pytest

from atlas import rules
from atlas.constructs.rds import Postgres, PostgresProps
from atlas.constructs.secrets import GeneratedSecret, GeneratedSecretProps
from atlas.constructs.security_group import WorkloadSecurityGroup
from tests.helpers import resources, synth_construct


def build(**change) -> dict:
    def make(stack):
        app = WorkloadSecurityGroup(stack, "app", name="app", description="app", vpc_id="vpc-1")
        Postgres(stack, "db", PostgresProps(**{
            "name": "plane-app", "vpc_id": "vpc-1", "subnet_ids": ["s-a", "s-b"],
            "kms_key_arn": "arn:aws:kms:eu-west-1:1:key/data", "account_id": "111111111111", "clients": [app], "database_name": "app", **change}))
    return synth_construct(make)


def test_private_encrypted_backed_up_with_a_managed_password():
    doc = build()
    db = resources(doc, "aws_db_instance")["db_instance"]
    assert db["publicly_accessible"] is False and db["storage_encrypted"] is True
    assert db["backup_retention_period"] == 7 and db["deletion_protection"] is True
    assert db["skip_final_snapshot"] is False
    assert db["manage_master_user_password"] is True and db["master_user_secret_kms_key_id"].startswith("arn:aws:kms")
    assert "password" not in db and "password_wo" not in db
    assert "data" not in doc
    (rule,) = resources(doc, "aws_vpc_security_group_ingress_rule").values()
    assert rule["from_port"] == 5432 and rule["referenced_security_group_id"] == "${aws_security_group.app_group.id}"
    (subnets,) = resources(doc, "aws_db_subnet_group").values()
    assert subnets["subnet_ids"] == ["s-a", "s-b"]


def test_parameters_from_props_with_reboot_where_required():
    doc = build(parameters={"rds.logical_replication": "1"}, engine_version="15")
    (group,) = resources(doc, "aws_db_parameter_group").values()
    assert group["family"] == "postgres15"
    params = {p["name"]: (p["value"], p["apply_method"]) for p in group["parameter"]}
    assert params["rds.logical_replication"] == ("1", "pending-reboot")
    assert params["rds.force_ssl"] == ("1", "pending-reboot")


def test_password_from_a_secret_reference_is_write_only_and_read_ephemerally():
    doc = build(password_secret_id="app/db-master", password_secret_key="DB_PASSWORD", password_version=3)
    db = resources(doc, "aws_db_instance")["db_instance"]
    assert "manage_master_user_password" not in db and "password" not in db
    assert db["password_wo"] == ('${jsondecode(ephemeral.aws_secretsmanager_secret_version.db_master_password'
                                 '.secret_string)["DB_PASSWORD"]}')
    assert db["password_wo_version"] == 3
    # An ephemeral read, never a data source (whose result would sit in the state).
    assert "data" not in doc
    assert doc["ephemeral"]["aws_secretsmanager_secret_version"] == {"db_master_password": {"secret_id": "app/db-master"}}
    assert rules.run({"root": doc}, {"secret_reads_stay_out_of_state": rules.RULES["secret_reads_stay_out_of_state"]}) == []


def test_generated_master_password_goes_to_its_secret_and_to_rds_in_one_apply():
    def make(stack):
        app = WorkloadSecurityGroup(stack, "app", name="app", description="app", vpc_id="vpc-1")
        secret = GeneratedSecret(stack, "master", GeneratedSecretProps(
            name="plane-app/master", description="master", kms_key_arn="arn:aws:kms:eu-west-1:1:key/data",
            fields={"username": "postgres"}, version=2))
        Postgres(stack, "db", PostgresProps(
            name="plane-app", vpc_id="vpc-1", subnet_ids=["s-a", "s-b"], kms_key_arn="arn:aws:kms:eu-west-1:1:key/data",
            account_id="111111111111", clients=[app], database_name="app", master_secret=secret))
    doc = synth_construct(make)
    db = resources(doc, "aws_db_instance")["db_instance"]
    (drawn,) = doc["ephemeral"]["aws_secretsmanager_random_password"]
    # The same ephemeral value (one per run) is written to the secret and sent to RDS.
    assert db["password_wo"] == f"${{ephemeral.aws_secretsmanager_random_password.{drawn}.random_password}}"
    assert db["password_wo_version"] == 2 and "manage_master_user_password" not in db and "password" not in db
    (version,) = resources(doc, "aws_secretsmanager_secret_version").values()
    assert f"ephemeral.aws_secretsmanager_random_password.{drawn}.random_password" in version["secret_string_wo"]
    assert version["secret_string_wo_version"] == 2 and "secret_string" not in version
    assert "data" not in doc
    assert [v for v in rules.run({"root": doc}) if v.rule != "engine_guard"] == []  # a bare stack, no engine pin


def test_one_password_source_only():
    with pytest.raises(ValueError, match="not both"):
        PostgresProps(name="x", vpc_id="v", subnet_ids=[], kms_key_arn="k", account_id="1", clients=[],
                      database_name="x", password_secret_id="s", master_secret=object())  # type: ignore[arg-type]


def test_backups_cannot_be_switched_off():
    with pytest.raises(ValueError, match="backup_retention_days"):
        PostgresProps(name="x", vpc_id="v", subnet_ids=[], kms_key_arn="k", account_id="1", clients=[],
                      database_name="x", backup_retention_days=0)


def test_performance_insights_and_enhanced_monitoring_are_on_by_default():
    doc = build()
    db = resources(doc, "aws_db_instance")["db_instance"]
    assert db["performance_insights_enabled"] is True
    assert db["performance_insights_kms_key_id"] == "arn:aws:kms:eu-west-1:1:key/data"
    assert db["performance_insights_retention_period"] == 7
    assert db["monitoring_interval"] == 60
    assert db["monitoring_role_arn"] == "${aws_iam_role.db_monitoring_role.arn}"
    role = resources(doc, "aws_iam_role")["db_monitoring_role"]
    trust = json.loads(role["assume_role_policy"])["Statement"][0]
    assert trust["Principal"] == {"Service": "monitoring.rds.amazonaws.com"}
    assert trust["Condition"] == {"StringEquals": {"aws:SourceAccount": "111111111111"}}
    (attachment,) = resources(doc, "aws_iam_role_policy_attachment").values()
    assert attachment["policy_arn"] == "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"


def test_performance_insights_and_enhanced_monitoring_can_be_switched_off():
    doc = build(performance_insights=False, monitoring_interval_seconds=0)
    db = resources(doc, "aws_db_instance")["db_instance"]
    assert not {"performance_insights_enabled", "monitoring_interval", "monitoring_role_arn"} & set(db)
    assert resources(doc, "aws_iam_role") == {} and resources(doc, "aws_iam_role_policy_attachment") == {}


def test_performance_insights_retention_must_be_a_valid_period():
    with pytest.raises(ValueError, match="performance_insights_retention_days"):
        PostgresProps(name="x", vpc_id="v", subnet_ids=[], kms_key_arn="k", account_id="1", clients=[],
                      database_name="x", performance_insights_retention_days=30)
