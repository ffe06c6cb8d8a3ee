"""Tests for atlas.schema_check on small handcrafted JSON; no cdktf needed or imported."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from atlas.schema_check import check_resources  # noqa: E402

KEY = "registry.terraform.io/mongey/kafka"


def _attr(type_, **flags):
    return {"type": type_, "description_kind": "plain", **flags}


# A cut-down schema in the `terraform providers schema -json` layout, plus a made-up
# resource with nested blocks (mongey/kafka itself has none).
SCHEMA = {
    "format_version": "1.0",
    "provider_schemas": {
        KEY: {
            "provider": {
                "version": 0,
                "block": {
                    "attributes": {
                        "bootstrap_servers": _attr(["list", "string"], required=True),
                        "tls_enabled": _attr("bool", optional=True),
                        "sasl_mechanism": _attr("string", optional=True),
                        "timeout": _attr("number", optional=True),
                    }
                },
            },
            "resource_schemas": {
                "kafka_topic": {
                    "version": 0,
                    "block": {
                        "attributes": {
                            "id": _attr("string", optional=True, computed=True),
                            "name": _attr("string", required=True),
                            "partitions": _attr("number", required=True),
                            "replication_factor": _attr("number", required=True),
                            "config": _attr(["map", "string"], optional=True),
                        }
                    },
                },
                "kafka_widget": {
                    "version": 0,
                    "block": {
                        "attributes": {
                            "id": _attr("string", optional=True, computed=True),
                            "arn": _attr("string", computed=True),
                        },
                        "block_types": {
                            "rule": {
                                "nesting_mode": "list",
                                "min_items": 1,
                                "max_items": 2,
                                "block": {
                                    "attributes": {
                                        "port": _attr("number", required=True),
                                        "tags": _attr(["set", "string"], optional=True),
                                    }
                                },
                            },
                            "settings": {
                                "nesting_mode": "single",
                                "block": {"attributes": {"enabled": _attr("bool", optional=True)}},
                            },
                        },
                    },
                },
            },
            "data_source_schemas": {
                "kafka_topic": {
                    "version": 0,
                    "block": {
                        "attributes": {
                            "id": _attr("string", optional=True, computed=True),
                            "name": _attr("string", required=True),
                            "partitions": _attr("number", computed=True),
                        }
                    },
                }
            },
        }
    },
}


def good_config() -> dict:
    """Shaped like a cdktf synthesis: provider as a list, "//" metadata on resources."""
    return {
        "//": {"metadata": {"stackName": "kafka"}},
        "terraform": {
            "required_providers": {"kafka": {"source": "mongey/kafka", "version": "0.13.1"}}
        },
        "provider": {
            "kafka": [
                {"bootstrap_servers": ["b-1:9096", "b-2:9096"], "tls_enabled": True,
                 "sasl_mechanism": "scram-sha512"}
            ]
        },
        "resource": {
            "kafka_topic": {
                "orders": {
                    "//": {"metadata": {"path": "kafka/orders", "uniqueId": "orders"}},
                    "name": "orders",
                    "partitions": 6,
                    "replication_factor": 3,
                    "config": {"cleanup.policy": "delete"},
                    "depends_on": ["kafka_topic.other"],
                    "lifecycle": {"prevent_destroy": True},
                }
            },
            "aws_s3_bucket": {"b": {"bucket": "x", "anything": {"goes": 1}}},
        },
        "data": {"kafka_topic": {"legacy": {"name": "legacy"}}},
    }


def check(config: dict) -> list[str]:
    return check_resources(config, SCHEMA)


def test_good_configuration_has_no_problems():
    assert check(good_config()) == []


def test_unknown_argument():
    config = good_config()
    config["resource"]["kafka_topic"]["orders"]["retention_ms"] = 1000
    assert check(config) == ["kafka_topic.orders: unknown argument 'retention_ms'"]


def test_missing_required_argument():
    config = good_config()
    del config["resource"]["kafka_topic"]["orders"]["partitions"]
    assert check(config) == ["kafka_topic.orders: missing required argument 'partitions'"]


def test_null_counts_as_missing():
    config = good_config()
    config["resource"]["kafka_topic"]["orders"]["name"] = None
    assert check(config) == ["kafka_topic.orders: missing required argument 'name'"]


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("partitions", True, "argument 'partitions' must be number, got bool (true)"),
        ("partitions", "six", "argument 'partitions' must be number, got string ('six')"),
        ("name", ["orders"], "argument 'name' must be string, got a list"),
        ("config", ["a"], "argument 'config' must be map of string, got a list"),
        ("config", {"a": {"b": 1}}, "argument 'config' key 'a' must be string, got an object"),
    ],
)
def test_wrong_type(field, value, message):
    config = good_config()
    config["resource"]["kafka_topic"]["orders"][field] = value
    assert check(config) == [f"kafka_topic.orders: {message}"]


@pytest.mark.parametrize(
    "field, value",
    [
        ("partitions", "6"),  # Terraform converts numeric strings
        ("partitions", "${var.partitions}"),
        ("partitions", "${length(local.brokers)}"),
        ("name", 42),  # numbers and bools convert to strings
        ("config", "${local.topic_config}"),
        ("config", {"retention.ms": 604800000, "x": "${var.x}"}),
    ],
)
def test_values_terraform_accepts(field, value):
    config = good_config()
    config["resource"]["kafka_topic"]["orders"][field] = value
    assert check(config) == []


def test_computed_only_attribute_cannot_be_set():
    config = good_config()
    config["data"]["kafka_topic"]["legacy"]["partitions"] = 3
    assert check(config) == [
        "data.kafka_topic.legacy: argument 'partitions' is computed-only "
        "(set by the provider) and cannot be configured"
    ]


def test_optional_computed_id_may_be_set():
    config = good_config()
    config["resource"]["kafka_topic"]["orders"]["id"] = "orders"
    assert check(config) == []


def test_provider_block_is_checked():
    config = good_config()
    config["provider"]["kafka"] = [{"alias": "other", "tls_enabled": "yes", "sasl_user": "x"}]
    assert check(config) == [
        "provider kafka: unknown argument 'sasl_user'",
        "provider kafka: argument 'tls_enabled' must be bool, got string ('yes')",
        "provider kafka: missing required argument 'bootstrap_servers'",
    ]


def test_unknown_resource_type_of_the_provider():
    config = good_config()
    config["data"]["kafka_topics"] = {"all": {}}
    assert check(config) == [
        "data.kafka_topics.all: data source type 'kafka_topics' does not exist in mongey/kafka"
    ]


def test_other_providers_are_ignored():
    config = good_config()
    config["resource"]["aws_msk_cluster"] = {"c": {"unknown": True}}
    assert check(config) == []


def test_local_name_and_provider_meta_argument_are_followed():
    config = good_config()
    config["terraform"]["required_providers"] = {
        "msk": {"source": "registry.terraform.io/mongey/kafka"}
    }
    config["provider"] = {"msk": config["provider"]["kafka"]}
    # The type prefix "kafka" is not bound to this provider any more, so this resource
    # only belongs to it through its provider meta-argument.
    config["resource"]["kafka_topic"]["orders"]["provider"] = "msk.primary"
    config["resource"]["kafka_topic"]["orders"]["bogus"] = 1
    del config["data"]
    assert check(config) == ["kafka_topic.orders: unknown argument 'bogus'"]


def widget(**body) -> dict:
    config = good_config()
    config["resource"]["kafka_widget"] = {"w": body}
    return config


def test_nested_blocks_pass():
    config = widget(rule=[{"port": 9092, "tags": ["a"]}, {"port": "${var.port}"}],
                    settings={"enabled": False})
    assert check(config) == []


def test_nested_block_problems():
    config = widget(rule=[{"port": "x", "colour": "red"}], settings=[{}, {}], arn="a")
    assert check(config) == [
        "kafka_widget.w: argument 'arn' is computed-only (set by the provider) "
        "and cannot be configured",
        "kafka_widget.w.rule[0]: unknown argument 'colour'",
        "kafka_widget.w.rule[0]: argument 'port' must be number, got string ('x')",
        "kafka_widget.w.settings: at most one block allowed, got 2",
    ]


def test_nested_block_item_counts():
    assert check(widget()) == ["kafka_widget.w: missing required block 'rule'"]
    assert check(widget(rule=[{"port": 1}] * 3)) == [
        "kafka_widget.w.rule: allows at most 2 block(s), got 3"
    ]
    assert check(widget(rule=[{}])) == ["kafka_widget.w.rule[0]: missing required argument 'port'"]
    assert check(widget(rule=[{"port": 1, "tags": "a"}])) == [
        "kafka_widget.w.rule[0]: argument 'tags' must be set of string, got string ('a')"
    ]


def test_dynamic_block_satisfies_min_items():
    config = widget(dynamic={"rule": {"for_each": "${var.rules}", "content": {"port": 1}}})
    assert check(config) == []


def test_missing_provider_in_schema():
    assert check_resources(good_config(), SCHEMA, "registry.terraform.io/hashicorp/aws") == [
        "schema has no provider 'registry.terraform.io/hashicorp/aws'"
    ]


def test_input_is_not_modified():
    config = good_config()
    before = copy.deepcopy(config)
    check(config)
    assert config == before


def test_committed_kafka_schema():
    schema = json.loads((ROOT / "schemas" / "kafka@0.13.1.json").read_text())
    config = good_config()
    del config["resource"]["kafka_topic"]["orders"]["replication_factor"]
    config["resource"]["kafka_acl"] = {
        "read": {
            "resource_name": "${kafka_topic.orders.name}", "resource_type": "Topic",
            "acl_principal": "User:reader", "acl_host": "*", "acl_operation": "Read",
            "acl_permission_type": "Allow",
        }
    }
    assert check_resources(config, schema) == [
        "kafka_topic.orders: missing required argument 'replication_factor'"
    ]


def iam_provider(**extra) -> dict:
    """A provider block for MSK IAM access control (SASL AWS_MSK_IAM), as iam_kafka_provider writes it."""
    return {"bootstrap_servers": "${split(\",\", var.iam_brokers)}", "tls_enabled": True,
            "sasl_mechanism": "aws-iam", "sasl_aws_region": "eu-west-1", **extra}


def test_committed_kafka_schema_accepts_msk_iam_auth():
    """mongey/kafka 0.13.1 (the one version pinned) configures IAM auth; the cut-down schema
    above, which has no sasl_aws_* arguments (nor had 0.5.4), rejects the same block."""
    schema = json.loads((ROOT / "schemas" / "kafka@0.13.1.json").read_text())
    config = good_config()
    config["provider"]["kafka"] = [iam_provider(
        sasl_aws_role_arn="arn:aws:iam::123456789012:role/terraform-kafka", sasl_aws_profile="ops",
        sasl_aws_creds_debug=False, sasl_aws_shared_config_files=["/etc/aws/config"])]
    assert check_resources(config, schema) == []
    assert check(config) == [f"provider kafka: unknown argument {a!r}" for a in (
        "sasl_aws_creds_debug", "sasl_aws_profile", "sasl_aws_region", "sasl_aws_role_arn",
        "sasl_aws_shared_config_files")]
    config["provider"]["kafka"] = [iam_provider(sasl_aws_creds_debug="sometimes", sasl_aws_regoin="x")]
    assert check_resources(config, schema) == [
        "provider kafka: argument 'sasl_aws_creds_debug' must be bool, got string ('sometimes')",
        "provider kafka: unknown argument 'sasl_aws_regoin'",
    ]


def test_committed_kafka_schema_is_the_only_one_and_matches_cdktf_json():
    """One version per provider for every platform (mongey/kafka, and spacelift-io/spacelift
    for the admin root): cdktf.json pins it, .gen/ was generated from it, and its schema is
    the only schema of that provider committed."""
    pins = json.loads((ROOT / "cdktf.json").read_text())["terraformProviders"]
    versions = {f"registry.terraform.io/{p.split('@')[0]}": p.split("@", 1)[1] for p in pins}
    assert versions[KEY] and "registry.terraform.io/spacelift-io/spacelift" in versions
    assert json.loads((ROOT / ".gen" / "versions.json").read_text()) == versions
    for address, version in versions.items():
        name = address.rsplit("/", 1)[1]
        assert sorted(p.name for p in (ROOT / "schemas").glob(f"{name}@*.json")) == [f"{name}@{version}.json"]
        schema = json.loads((ROOT / "schemas" / f"{name}@{version}.json").read_text())
        assert schema["provider_versions"] == {address: version}


def test_module_does_not_import_cdktf():
    code = "import sys, atlas.schema_check; sys.exit('cdktf' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0
