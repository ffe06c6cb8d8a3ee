"""Every synthesized root passes terraform validate and plan offline (see atlas.harness)."""

from __future__ import annotations

import json

import pytest

from atlas.harness.mirror import write_cli_config

pytestmark = pytest.mark.slow


def test_every_root_validates_and_plans_offline(synthesized, plans):
    assert sorted(plans) == sorted(synthesized.names)
    failed = {name: f"{r.stage}: {r.error}" for name, r in plans.items() if not r.ok}
    assert failed == {}


def test_plan_creates_every_synthesized_resource(synthesized, plans):
    for name, result in plans.items():
        assert result.actions.get("create", 0) == synthesized.entry(name)["resources"], name
        assert set(result.actions) == {"create"}, (name, result.actions)


def test_cli_config_points_at_the_mirror_only_for_aws(tmp_path):
    text = write_cli_config(tmp_path / "rc", tmp_path / "mirror").read_text()
    assert json.dumps(str(tmp_path / "mirror")) in text
    assert 'include = ["registry.terraform.io/hashicorp/aws"]' in text
    assert 'exclude = ["registry.terraform.io/hashicorp/aws"]' in text
    assert "provider_installation" not in write_cli_config(tmp_path / "rc2", None).read_text()
