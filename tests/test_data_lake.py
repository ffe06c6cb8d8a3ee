"""The data lake construct: keys per classification, Glue databases per layer and classification."""

from __future__ import annotations

from atlas.constructs.data_lake import DataLake, DataLakeProps
from tests.helpers import resources, synth_construct


def build(**overrides):
    props = dict(name="lake-test", account_id="123456789012", region="eu-west-1")
    props.update(overrides)
    return synth_construct(lambda stack: DataLake(stack, "lake", DataLakeProps(**props)))


def test_one_key_per_classification_with_rotation():
    doc = build()
    keys = resources(doc, "aws_kms_key")
    assert sorted(keys) == ["lake_mnpi_key_key", "lake_public_key_key"]
    assert all(k["enable_key_rotation"] for k in keys.values())
    aliases = sorted(a["name"] for a in resources(doc, "aws_kms_alias").values())
    assert aliases == ["alias/lake-test-lake-mnpi", "alias/lake-test-lake-public"]


def test_one_glue_database_per_layer_and_classification_pointing_at_its_bucket():
    doc = build()
    dbs = {d["name"]: d for d in resources(doc, "aws_glue_catalog_database").values()}
    assert sorted(dbs) == sorted(f"lake_test_{layer}_{c}" for layer in ("raw", "curated", "analytics")
                                 for c in ("mnpi", "public"))
    assert dbs["lake_test_raw_mnpi"]["location_uri"] == "s3://lake-test-raw-mnpi-123456789012/"


def test_layers_are_configurable():
    doc = build(layers=("raw",))
    assert len(resources(doc, "aws_glue_catalog_database")) == 2
