"""State layout, root naming, tags and the local-backend switch, over the real synthesized roots."""

from __future__ import annotations

import pytest

from atlas.state import RootId
from tests.conftest import synth_all
from tests.helpers import all_resources


def test_root_names_and_state_keys():
    assert RootId("atlas", "staging").name == "atlas-staging"
    assert RootId("kraken", "dev", "data-plane").name == "kraken-dev-data-plane"
    assert RootId("kraken", "dev", "infra").state_key == "kraken/dev/kraken-dev-infra.tfstate"
    with pytest.raises(ValueError):
        RootId("Atlas", "staging")


def test_every_root_has_an_encrypted_s3_backend_with_native_locking(synthesized):
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


def test_every_taggable_resource_carries_the_root_tags(synthesized):
    for name in synthesized.names:
        for rtype, rname, body in all_resources(synthesized.doc(name)):
            if "tags" in body:
                assert body["tags"]["terraform-root"] == name, (rtype, rname)
                assert body["tags"]["managed-by"] == "terraform"


def test_atlas_staging_keeps_the_poc_atlas_dev_names(synthesized):
    doc = synthesized.doc("atlas-staging")
    (vpc,) = doc["resource"]["aws_vpc"].values()
    assert vpc["tags"]["Name"] == "poc-atlas-dev"


def test_local_backend_switch(tmp_path):
    local = synth_all(tmp_path / "out", local_backend=True)
    for name in local.names:
        assert local.doc(name)["terraform"]["backend"] == {"local": {"path": "terraform.tfstate"}}


def test_addresses_are_readable_paths_without_hash_suffixes(synthesized):
    for name in synthesized.names:
        for rtype, rname, body in all_resources(synthesized.doc(name)):
            assert body["//"]["metadata"]["path"].split("/", 1)[1].replace("/", "_").lower() == rname
