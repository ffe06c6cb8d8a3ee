"""Every synthesized root passes terraform validate and plan offline (see atlas.harness).

A root that needs a provider other than hashicorp/aws (the Kraken kafka roots use
mongey/kafka, which is not in the offline mirror) is reported UNAVAILABLE; that is
accepted only for such roots, and only if the root passes the committed provider schema.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from atlas.harness.mirror import write_cli_config
from atlas.harness.terraform import provider_address
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
    failed = {name: f"{r.stage}: {r.error}" for name, r in plans.items()
              if r.status not in ("OK", "UNAVAILABLE")}
    assert failed == {}


def test_only_roots_with_a_non_aws_provider_may_be_unavailable(synthesized, plans):
    for name, result in plans.items():
        if result.status != "UNAVAILABLE":
            continue
        others = other_providers(synthesized.doc(name))
        assert others, f"{name} needs only hashicorp/aws but was not planned: {result.error}"
        assert "not in the offline provider mirror" in result.error
        for address, version in others.items():
            schema = json.loads((SCHEMAS / f"{address.rsplit('/', 1)[-1]}@{version}.json").read_text())
            assert check_resources(synthesized.doc(name), schema, address) == [], name


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
