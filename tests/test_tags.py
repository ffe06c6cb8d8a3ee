"""apply_tags (atlas.cdk.tags): root tags under a resource's own tags, only on resources whose
type takes tags, and token-valued tags left to Terraform. Each test runs the rule both where
it can run: in Python (``apply_tags``) and in the Node preload (``tag_in_node``), which the
roots use when the preload is in the kernel."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

# atlas.cdk first: it installs the lazy provider loader before any binding is imported.
from atlas.cdk import TerraformOutput, Token  # isort: skip
from cdktf import TerraformVariable  # isort: skip
from cdktf_cdktf_provider_aws.data_aws_vpc import DataAwsVpc
from cdktf_cdktf_provider_aws.kms_alias import KmsAlias
from cdktf_cdktf_provider_aws.kms_key import KmsKey
from cdktf_cdktf_provider_aws.sns_topic import SnsTopic
from cdktf_cdktf_provider_aws.sns_topic_subscription import SnsTopicSubscription

from atlas.cdk import App, provider_loader
from atlas.cdk.stack import ReadableAddressStack
from atlas.cdk.tags import apply_tags, tag_in_node
from tests.helpers import resources, synth_construct, takes_tags

ROOT_TAGS = {"platform": "atlas", "environment": "staging", "terraform-root": "atlas-staging",
             "managed-by": "terraform", "owner": "atlas-platform"}


@pytest.fixture(params=["python", "node"])
def where(request) -> str:
    if request.param == "node" and not provider_loader.node_preloaded:
        pytest.skip("the Node preload is not in this kernel (ATLAS_EAGER_PROVIDER_IMPORT)")
    return request.param


def tag_with(where: str, tags: dict, build):
    """``build``, tagged with ``tags`` as a root does it ``where``."""
    def build_and_tag(stack):
        if where == "node":
            assert tag_in_node(stack, tags)
            build(stack)
        else:
            build(stack)
            apply_tags(stack.node.find_all(), tags)

    return build_and_tag


def synth(where: str, build) -> dict:
    """The JSON of one throwaway root holding what ``build`` adds. The Node pass runs when
    cdktf prepares the stack, which an app's synth does and Testing.synth does not."""
    if where == "python":
        return synth_construct(build)
    with tempfile.TemporaryDirectory() as outdir:
        app = App(outdir=outdir, skip_validation=True)  # (no provider block in a throwaway root)
        build(ReadableAddressStack(app, "test"))
        app.synth()
        return json.loads((Path(outdir) / "stacks" / "test" / "cdk.tf.json").read_text())


@pytest.fixture
def tagged(where):
    """Synthesizes what ``build`` adds, tagged with ROOT_TAGS."""
    return lambda build: synth(where, tag_with(where, ROOT_TAGS, build))


def test_a_resource_without_tags_gets_the_root_tags(tagged):
    doc = tagged(lambda stack: SnsTopic(stack, "topic", name="t"))
    assert resources(doc, "aws_sns_topic")["topic"]["tags"] == ROOT_TAGS


def test_own_tags_are_kept_and_win_over_root_tags(tagged):
    doc = tagged(lambda stack: SnsTopic(stack, "topic", name="t", tags={"Name": "alerts", "environment": "shared"}))
    assert resources(doc, "aws_sns_topic")["topic"]["tags"] == {**ROOT_TAGS, "Name": "alerts", "environment": "shared"}


def test_tags_are_written_in_the_same_order_whatever_order_they_come_in_or_wherever_merged():
    def text(where, tags):
        build = tag_with(where, tags, lambda stack: SnsTopic(stack, "topic", name="t", tags={"Name": "a", "environment": "x"}))
        return json.dumps(resources(synth(where, build), "aws_sns_topic")["topic"]["tags"])

    texts = {text(where, tags) for where in (["python", "node"] if provider_loader.node_preloaded else ["python"])
             for tags in (ROOT_TAGS, dict(reversed(list(ROOT_TAGS.items()))))}
    assert len(texts) == 1


def test_untaggable_resources_and_data_sources_are_untouched(tagged):
    def build(stack):
        topic = SnsTopic(stack, "topic", name="t")
        SnsTopicSubscription(stack, "sub", topic_arn=topic.arn, protocol="email", endpoint="ops@example.com")
        key = KmsKey(stack, "key")
        KmsAlias(stack, "alias", name="alias/x", target_key_id=key.key_id)
        # On a data source, tags are a lookup filter: root tags there would find nothing.
        DataAwsVpc(stack, "vpc", tags={"Name": "shared"})
        TerraformOutput(stack, "out", value=topic.arn)

    doc = tagged(build)
    assert not takes_tags("aws_sns_topic_subscription") and not takes_tags("aws_kms_alias")
    assert "tags" not in resources(doc, "aws_sns_topic_subscription")["sub"]
    assert "tags" not in resources(doc, "aws_kms_alias")["alias"]
    assert doc["data"]["aws_vpc"]["vpc"]["tags"] == {"Name": "shared"}
    # ...while the taggable ones beside them are tagged (the pass did run).
    assert resources(doc, "aws_kms_key")["key"]["tags"] == ROOT_TAGS
    assert resources(doc, "aws_sns_topic")["topic"]["tags"] == ROOT_TAGS


def test_a_token_map_of_tags_is_left_alone(tagged):
    """Tags given as one Terraform value (e.g. a variable) cannot be merged into in Python;
    they are left as they are instead of failing the synthesis."""
    def build(stack):
        extra = TerraformVariable(stack, "extra_tags", type="map(string)")
        SnsTopic(stack, "topic", name="t", tags=Token.as_string_map(extra.value))
        SnsTopic(stack, "plain", name="p")

    doc = tagged(build)
    assert resources(doc, "aws_sns_topic")["topic"]["tags"] == "${var.extra_tags}"
    assert resources(doc, "aws_sns_topic")["plain"]["tags"] == ROOT_TAGS


def test_token_values_in_a_literal_map_are_merged_like_any_value(tagged):
    def build(stack):
        key = KmsKey(stack, "key")
        SnsTopic(stack, "topic", name="t", tags={"key": key.key_id})

    doc = tagged(build)
    assert resources(doc, "aws_sns_topic")["topic"]["tags"] == {**ROOT_TAGS, "key": "${aws_kms_key.key.key_id}"}


def test_the_callers_tags_are_not_modified(where):
    given = dict(ROOT_TAGS)
    synth(where, tag_with(where, given, lambda stack: SnsTopic(stack, "topic", name="t", tags={"environment": "shared"})))
    assert given == ROOT_TAGS
