"""State layout, root naming, tags and the local-backend switch, over the real synthesized roots."""

from __future__ import annotations

import pytest

from atlas.state import RootId
from tests.conftest import ENVIRONMENTS, synth_all
from tests.helpers import all_resources, takes_tags


def test_root_names_and_state_keys():
    assert RootId("atlas", "staging").name == "atlas-staging"
    assert RootId("kraken", "dev", "data-plane").name == "kraken-dev-data-plane"
    assert RootId("kraken", "dev", "infra").state_key == "kraken/dev/kraken-dev-infra.tfstate"
    with pytest.raises(ValueError):
        RootId("Atlas", "staging")


def test_every_root_has_an_encrypted_s3_backend_with_native_locking(synthesized):
    from atlas.app import platforms

    assert set(platforms()) == {entry["platform"] for entry in synthesized.manifest["roots"]}
    for entry in synthesized.manifest["roots"]:
        backend = synthesized.doc(entry["name"])["terraform"]["backend"]
        assert list(backend) == ["s3"], entry["name"]
        s3 = backend["s3"]
        assert s3["key"] == entry["state_key"] == f"{entry['platform']}/{entry['environment']}/{entry['name']}.tfstate"
        assert s3["encrypt"] is True and s3["use_lockfile"] is True
        assert s3["bucket"] and s3["region"]


def test_provider_is_pinned_to_the_account_and_version(synthesized):
    doc = synthesized.doc("atlas-staging")
    (aws,) = doc["provider"]["aws"]
    assert aws == {"allowed_account_ids": ["111111111111"], "region": "eu-west-1"}
    assert doc["terraform"]["required_providers"]["aws"] == {"source": "aws", "version": "5.100.0"}


def root_tags(synthesized) -> dict[str, dict[str, str]]:
    """The tags every taggable resource of each root must carry, from the manifest and the
    environment files (not from the synthesized JSON)."""
    from atlas.app import load_environments

    settings = {(e.platform.name, e.name): e.settings for e in load_environments(ENVIRONMENTS)}
    out = {}
    for entry in synthesized.manifest["roots"]:
        out[entry["name"]] = {"platform": entry["platform"], "environment": entry["environment"],
                              "terraform-root": entry["name"], "managed-by": "terraform",
                              **settings[entry["platform"], entry["environment"]].tags}
    return out


def test_every_taggable_resource_carries_the_root_tags(synthesized):
    """Every resource whose type takes tags (per the provider's bindings) carries all of the
    root's tags: a resource left untagged fails, not just a wrongly tagged one."""
    types = sorted({rtype for name in synthesized.names for rtype, _, _ in all_resources(synthesized.doc(name))})
    taggable = {rtype for rtype in types if takes_tags(rtype)}
    # The classification must see both kinds, or the loop below could pass over nothing.
    assert {"aws_vpc", "aws_s3_bucket", "aws_iam_role", "aws_kms_key", "aws_security_group"} <= taggable
    assert not {"aws_s3_bucket_policy", "aws_iam_role_policy", "aws_kms_alias", "kafka_topic"} & taggable
    assert {"aws_s3_bucket_policy", "aws_iam_role_policy", "kafka_topic"} <= set(types)
    assert len(taggable) >= 40, sorted(taggable)
    checked = 0
    untagged = []
    for name, expected in root_tags(synthesized).items():
        assert {"cost-center", "owner"} <= set(expected), name  # the environment file's tags are there
        for rtype, rname, body in all_resources(synthesized.doc(name)):
            if rtype not in taggable:
                continue
            checked += 1
            tags = body.get("tags")
            if not isinstance(tags, dict) or {k: tags.get(k) for k in expected} != expected:
                untagged.append((name, rtype, rname, tags))
    assert untagged == []
    # Every root but the Kafka ones holds taggable resources; 634 today.
    assert checked > 600, checked


def test_atlas_staging_keeps_the_poc_atlas_dev_names(synthesized):
    doc = synthesized.doc("atlas-staging")
    (vpc,) = doc["resource"]["aws_vpc"].values()
    assert vpc["tags"]["Name"] == "poc-atlas-dev"


def test_local_backend_switch(tmp_path):
    local = synth_all(tmp_path / "out", local_backend=True)
    assert local.names
    for name in local.names:
        assert local.doc(name)["terraform"]["backend"] == {"local": {"path": "terraform.tfstate"}}


def test_addresses_are_readable_paths_without_hash_suffixes(synthesized):
    checked = 0
    for name in synthesized.names:
        for rtype, rname, body in all_resources(synthesized.doc(name)):
            checked += 1
            assert body["//"]["metadata"]["path"].split("/", 1)[1].replace("/", "_").lower() == rname
    assert checked == sum(entry["resources"] for entry in synthesized.manifest["roots"]) > 0
