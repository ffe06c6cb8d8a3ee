"""Every synthesized root passes terraform validate and plan offline (see atlas.harness).

A root that needs a provider other than hashicorp/aws (the Kraken kafka roots use
mongey/kafka, which is not in the offline mirror) is reported UNAVAILABLE; that is
accepted only for such roots, and only because the harness itself checked the root against
the committed provider schema (``UNAVAILABLE (schema OK)``); a schema failure is FAILED.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from atlas.harness.mirror import write_cli_config
from atlas.harness.terraform import PlanResult, check_schemas, format_report, provider_address
from atlas.schema_check import check_resources

pytestmark = pytest.mark.slow

AWS = "registry.terraform.io/hashicorp/aws"
SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def other_providers(doc: dict) -> dict[str, str]:
    required = doc["terraform"].get("required_providers", {})
    return {provider_address(spec["source"]): spec["version"] for spec in required.values()
            if provider_address(spec["source"]) != AWS}


def test_every_root_validates_and_plans_offline(synthesized, plans):
    assert sorted(plans) == sorted(synthesized.names)
    failed = {name: f"{r.stage}: {r.error}" for name, r in plans.items() if not r.ok}
    assert failed == {}


def test_only_roots_with_a_non_aws_provider_may_be_unavailable(synthesized, plans):
    for name, result in plans.items():
        if result.status != "UNAVAILABLE":
            continue
        others = other_providers(synthesized.doc(name))
        assert others, f"{name} needs only hashicorp/aws but was not planned: {result.error}"
        assert "not in the offline provider mirror" in result.error
        # The harness checked it against the committed schema of every provider it lacks...
        assert (result.label, result.ok) == ("UNAVAILABLE (schema OK)", True), name
        assert result.schema_files == [f"{a.rsplit('/', 1)[-1]}@{v}.json" for a, v in sorted(others.items())], name
        for address, version in others.items():  # ...which a check of our own confirms
            schema = json.loads((SCHEMAS / f"{address.rsplit('/', 1)[-1]}@{version}.json").read_text())
            assert check_resources(synthesized.doc(name), schema, address) == [], name


def _kafka_root(**topic) -> dict:
    return {"terraform": {"required_providers": {"kafka": {"source": "mongey/kafka", "version": "0.13.1"}}},
            "resource": {"kafka_topic": {"t": {"name": "t", "partitions": 3, "replication_factor": 3, **topic}}}}


KAFKA = [("registry.terraform.io/mongey/kafka", "0.13.1")]


def test_an_unavailable_root_is_checked_against_the_committed_schema():
    ok = check_schemas(PlanResult("r", status="UNAVAILABLE"), _kafka_root(), KAFKA)
    assert (ok.label, ok.ok, ok.schema_files) == ("UNAVAILABLE (schema OK)", True, ["kafka@0.13.1.json"])
    assert "passes kafka@0.13.1.json" in format_report([ok])


def test_a_schema_failure_fails_the_unavailable_root(tmp_path):
    bad = check_schemas(PlanResult("r", status="UNAVAILABLE"), _kafka_root(retention_ms=1), KAFKA)
    assert (bad.status, bad.stage, bad.ok) == ("FAILED", "schema", False)
    assert "kafka_topic.t: unknown argument 'retention_ms'" in bad.error
    assert "schema: kafka_topic.t: unknown argument 'retention_ms'" in format_report([bad])
    unknown = check_schemas(PlanResult("r", status="UNAVAILABLE"), _kafka_root(), KAFKA, schemas=tmp_path)
    assert (unknown.status, unknown.ok) == ("FAILED", False) and "no committed schema" in unknown.error
    # Only the pinned version's schema is committed: a root left on the pre-IAM 0.5.4 fails.
    old = check_schemas(PlanResult("r", status="UNAVAILABLE"), _kafka_root(),
                        [("registry.terraform.io/mongey/kafka", "0.5.4")])
    assert (old.status, old.ok) == ("FAILED", False) and "no committed schema" in old.error


def test_plan_creates_every_synthesized_resource(synthesized, plans):
    for name, result in plans.items():
        if result.status == "UNAVAILABLE":
            continue
        assert result.actions.get("create", 0) == synthesized.entry(name)["resources"], name
        assert set(result.actions) == {"create"}, (name, result.actions)


def test_cli_config_points_at_the_mirror_only_for_aws(tmp_path):
    text = write_cli_config(tmp_path / "rc", tmp_path / "mirror").read_text()
    assert json.dumps(str(tmp_path / "mirror")) in text
    assert 'include = ["registry.terraform.io/hashicorp/aws"]' in text
    assert 'exclude = ["registry.terraform.io/hashicorp/aws"]' in text
    assert "provider_installation" not in write_cli_config(tmp_path / "rc2", None).read_text()
