"""The derived roots synthesized alone (atlas.stacks.facts): from the committed facts when
they were derived from these very environment files, by building the member roots otherwise,
and byte for byte the roots of a full synthesis either way.

Each test synthesizes the two derived roots of account 111111111111 (the account bootstrap and
the Spacelift admin root) in an app of their own, which is what a Spacelift stack runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from atlas.stacks import facts
from tests.conftest import ENVIRONMENTS
from tests.helpers import policy, resources

DERIVED = ["bootstrap-account-111111111111", "spacelift-admin"]


@pytest.fixture(scope="module")
def environments():
    from atlas.app import load_environments

    return load_environments(ENVIRONMENTS)


def _alone(environments, outdir: Path) -> dict[str, dict]:
    from atlas.app import plan_roots, synthesize

    synthesize(plan_roots(environments, DERIVED), outdir)
    return {name: json.loads((outdir / "stacks" / name / "cdk.tf.json").read_text()) for name in DERIVED}


def _deploy_actions(doc: dict) -> set[str]:
    body = resources(doc, "aws_iam_role_policy")["deploy_atlas_policy"]
    return {a for s in policy(body)["Statement"] for a in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"])}


def test_the_committed_facts_are_used_and_give_the_full_synthesis(synthesized, environments, tmp_path, monkeypatch):
    recorded = json.loads(facts.PATH.read_text())
    assert facts.committed(environments), "root-facts.json is stale: run `python -m atlas.delivery`"
    alone = _alone(environments, tmp_path / "alone")
    assert alone == {name: synthesized.doc(name) for name in DERIVED}
    # The file is what they were made of: a resource type added to a member's facts there
    # shows up as a right of its platform's deploy role.
    assert "glue:*" not in _deploy_actions(alone[DERIVED[0]])
    recorded["roots"]["atlas-staging"]["resource_types"].append("aws_glue_crawler")
    tampered = tmp_path / "root-facts.json"
    tampered.write_text(json.dumps(recorded))
    monkeypatch.setattr(facts, "PATH", tampered)
    assert "glue:*" in _deploy_actions(_alone(environments, tmp_path / "tampered")[DERIVED[0]])


def test_facts_of_other_environment_files_are_not_used(synthesized, environments, tmp_path, monkeypatch):
    """The same tampered file, recorded for an environment file that differs by one byte:
    ignored, the members are built, and the output is the full synthesis's."""
    recorded = json.loads(facts.PATH.read_text())
    recorded["roots"]["atlas-staging"]["resource_types"].append("aws_glue_crawler")
    recorded["inputs"]["atlas/staging.tfvars"] = "0" * 64
    tampered = tmp_path / "root-facts.json"
    tampered.write_text(json.dumps(recorded))
    monkeypatch.setattr(facts, "PATH", tampered)
    assert facts.committed(environments) == {}
    assert _alone(environments, tmp_path / "alone") == {name: synthesized.doc(name) for name in DERIVED}


def test_facts_derived_from_the_json_equal_those_of_the_built_roots(environments, tmp_path):
    """``of_doc`` (what the committed file holds) and ``of_stack`` (what a full synthesis
    uses) agree on roots of every kind of provider set."""
    from atlas.app import plan_roots
    from atlas.cdk import App

    names = ["kraken-dev-kafka", "atlas-staging2", "platform-events-dev"]
    app = App(outdir=str(tmp_path))  # built, not synthesized
    specs = plan_roots(environments, names)
    built = {s.root.name: facts.of_stack(s.build(app, False)) for s in specs}
    recorded = facts.committed(environments)
    assert recorded, "root-facts.json is stale: run `python -m atlas.delivery`"
    assert {n: recorded[n] for n in names} == built
    assert "registry.terraform.io/mongey/kafka" in built["kraken-dev-kafka"].providers
    assert built["atlas-staging2"].depends_on == ("atlas-staging",)
