"""The naming rules (atlas/naming.py) and the names each platform registers.

Two directions: every name a synthesized root holds is one its platform's registered name
builders derived (so the validation knows every name a construct builds), and a setting
that makes a derived name too long or invalid is refused with the setting's key.
"""

from __future__ import annotations

import pytest

from atlas.naming import KINDS, DerivedName, Name, check
from tests.conftest import ENVIRONMENTS

# Where each resource type keeps its AWS (or Kafka) name, and the kind of that name. A
# platform that creates a resource type with a name not listed here adds it (and, for a new
# kind of name, its rule to atlas.naming.KINDS).
NAME_ATTRIBUTES = {
    "aws_lb": [("name", "load_balancer")],
    "aws_lb_target_group": [("name", "target_group")],
    "aws_s3_bucket": [("bucket", "s3_bucket")],
    "aws_iam_role": [("name", "iam_role")],
    "aws_iam_role_policy": [("name", "iam_policy")],
    "aws_glue_catalog_database": [("name", "glue_database")],
    "aws_glue_catalog_table": [("name", "glue_table")],
    "aws_glue_crawler": [("name", "glue_crawler")],
    "aws_glue_job": [("name", "glue_job")],
    "aws_db_instance": [("identifier", "db_instance"), ("final_snapshot_identifier", "db_snapshot"),
                        ("db_name", "postgres_database"), ("username", "postgres_user")],
    "aws_db_parameter_group": [("name", "db_parameter_group")],
    "aws_db_subnet_group": [("name", "db_subnet_group")],
    "aws_elasticache_replication_group": [("replication_group_id", "cache_replication_group")],
    "aws_elasticache_subnet_group": [("name", "cache_subnet_group")],
    "aws_secretsmanager_secret": [("name", "secret")],
    "aws_cloudwatch_log_group": [("name", "log_group")],
    "aws_security_group": [("name", "security_group")],
    "aws_kms_alias": [("name", "kms_alias")],
    "aws_msk_cluster": [("cluster_name", "msk_cluster")],
    "aws_msk_configuration": [("name", "msk_configuration")],
    "aws_mskconnect_connector": [("name", "msk_connect")],
    "aws_mskconnect_custom_plugin": [("name", "msk_connect")],
    "aws_mskconnect_worker_configuration": [("name", "msk_connect")],
    "aws_ecs_cluster": [("name", "ecs")],
    "aws_ecs_service": [("name", "ecs")],
    "aws_ecs_task_definition": [("family", "ecs")],
    "aws_service_discovery_http_namespace": [("name", "cloud_map_namespace")],
    "aws_sns_topic": [("name", "sns_topic")],
    "aws_cloudwatch_metric_alarm": [("alarm_name", "alarm")],
    "aws_budgets_budget": [("name", "budget")],
    "aws_athena_workgroup": [("name", "athena_workgroup")],
    "aws_cloudtrail": [("name", "cloudtrail")],
    "aws_wafv2_web_acl": [("name", "waf_web_acl")],
    "kafka_topic": [("name", "kafka_topic")],
}


def _names_in_root(doc: dict) -> list[tuple[str, str, str]]:
    """(address, kind, name) of every literal name the root gives a resource."""
    found = []
    for rtype, resources in doc.get("resource", {}).items():
        for name, body in resources.items():
            for attribute, kind in NAME_ATTRIBUTES.get(rtype, []):
                value = body.get(attribute)
                if isinstance(value, str) and "${" not in value:
                    found.append((f"{rtype}.{name}.{attribute}", kind, value))
            if rtype == "aws_lb_listener_rule":
                for condition in body.get("condition", []):
                    for host in (condition.get("host_header") or {}).get("values", []):
                        found.append((f"{rtype}.{name}.host_header", "host_header", host))
    return found


def test_every_name_in_every_root_is_one_its_platform_registers(synthesized):
    """A construct that builds a name its platform's ``names`` does not derive fails here:
    the validation would not know that name's limit."""
    from atlas.app import load_environments

    environments = {(e.platform.name, e.name): e for e in load_environments(ENVIRONMENTS)}
    unknown = []
    for entry in synthesized.manifest["roots"]:
        env = environments[(entry["platform"], entry["environment"])]
        registered = {(d.name.kind, d.name.value) for d in env.platform.names(env.settings)}
        names = _names_in_root(synthesized.doc(entry["name"]))
        assert names, entry["name"]
        unknown += [f"{entry['name']}: {address}: {kind} {value!r}" for address, kind, value in names
                    if (kind, value) not in registered]
    assert unknown == []


def test_every_kind_cites_its_source():
    assert [k for k, kind in KINDS.items() if not kind.source] == []


@pytest.mark.parametrize("kind, good, bad, why", [
    ("target_group", "kraken-dev-svc-registry", "kraken-dev-eu-west-one-svc-registry",
     "is 35 characters; target group names allow at most 32"),
    ("target_group", "a-b", "a-b-", "must not start or end with a hyphen"),
    ("load_balancer", "kraken-svc", "internal-svc", 'must not start with "internal-"'),
    ("s3_bucket", "kraken-dev-raw-mnpi-333333333333", "Kraken-raw", "is not a valid S3 bucket name"),
    ("s3_bucket", "a.b-c", "a..b", "two periods in a row"),
    ("s3_bucket", "abc", "192.168.1.1", "IP address"),
    ("s3_bucket", "abc", "ab", "need at least 3"),
    ("s3_bucket", "abc", "abc-s3alias", "reserved by S3"),
    ("iam_role", "x" * 64, "x" * 65, "allow at most 64"),
    ("kafka_topic", "cdc.mnpi." + "t" * 240, "cdc.mnpi." + "t" * 241, "allow at most 249"),
    ("kafka_topic", "a_b-c.d", "a b", "not a valid Kafka topic name"),
    ("kafka_topic", "...", "..", 'must not be "." or ".."'),
    ("db_instance", "kraken-dev", "kraken--dev", "two hyphens in a row"),
    ("db_instance", "k" * 63, "1kraken", "must start with a letter"),
    ("postgres_database", "kraken", "select", "reserved word"),
    ("cache_replication_group", "c" * 40, "c" * 41, "allow at most 40"),
    ("glue_database", "kraken_dev_raw", "kraken-dev-raw", "lowercase letters, digits and underscores"),
    ("tag_key", "cost-center", "aws:owner", 'must not start with "aws:"'),
    ("tag_value", "", "a#b", "not a valid tag value"),
    ("host_header", "schema-registry.kraken.internal", "schema registry.internal", "not a valid ALB host header"),
    ("kms_alias", "alias/kraken-dev-logs", "alias/aws/kraken", "reserved"),
    ("security_group", "kraken-dev-msk", "sg-kraken", 'must not start with "sg-"'),
    ("cloudtrail", "kraken-dev-lake-audit", "kraken-_audit", "two of . _ - in a row"),
])
def test_a_kind_accepts_its_good_example_and_refuses_the_bad_one(kind, good, bad, why):
    assert KINDS[kind].problem(good) is None
    assert why in KINDS[kind].problem(bad)


def test_one_message_per_setting_on_its_worst_name_with_the_fix():
    names = [DerivedName(Name("target_group", "p" * 30 + "-registry"), ("name_prefix",)),
             DerivedName(Name("target_group", "p" * 30 + "-alerts"), ("name_prefix",)),
             DerivedName(Name("iam_role", "p" * 30 + "-ok"), ("name_prefix",)),
             DerivedName(Name("s3_bucket", "Results-" + "t" * 70), ("access_tiers.x", "name_prefix"))]
    found = {p.key: p.message for p in check(names)}
    assert found == {
        "name_prefix": f"{'p' * 30}-registry is 39 characters; target group names allow at most 32; shorten name_prefix",
        "access_tiers.x": f"Results-{'t' * 70} is 78 characters; S3 bucket names allow at most 63; shorten "
                          "access_tiers.x (or name_prefix)",
    }


def test_an_invalid_character_asks_to_change_the_setting():
    [problem] = check([DerivedName(Name("s3_bucket", "Kraken-raw-1"), ("name_prefix",))])
    assert problem.message == ("Kraken-raw-1 is not a valid S3 bucket name (lowercase letters, digits, periods "
                               "and hyphens); change name_prefix")


def test_the_real_environments_derive_only_valid_names():
    from atlas.app import load_environments

    for env in load_environments(ENVIRONMENTS):
        assert check(env.platform.names(env.settings)) == [], env.source


def test_every_platform_registers_the_names_of_its_environments():
    """A platform added to the registry without ``names`` would be checked by nothing."""
    from atlas.app import load_environments

    empty = sorted({env.platform.name for env in load_environments(ENVIRONMENTS) if not env.platform.names(env.settings)})
    assert empty == []
