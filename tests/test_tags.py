"""apply_tags (atlas.cdk.tags): root tags under a resource's own tags, only on resources whose
type takes tags, and token-valued tags left to Terraform."""

from __future__ import annotations

import json

# atlas.cdk first: it installs the lazy provider loader before any binding is imported.
from atlas.cdk import TerraformOutput, Token  # isort: skip
from cdktf import TerraformVariable  # isort: skip
from cdktf_cdktf_provider_aws.data_aws_vpc import DataAwsVpc
from cdktf_cdktf_provider_aws.kms_alias import KmsAlias
from cdktf_cdktf_provider_aws.kms_key import KmsKey
from cdktf_cdktf_provider_aws.sns_topic import SnsTopic
from cdktf_cdktf_provider_aws.sns_topic_subscription import SnsTopicSubscription

from atlas.cdk.tags import apply_tags
from tests.helpers import resources, synth_construct, takes_tags

ROOT_TAGS = {"platform": "atlas", "environment": "staging", "terraform-root": "atlas-staging",
             "managed-by": "terraform", "owner": "atlas-platform"}


def tagged(build) -> dict:
    """Synthesizes what ``build`` adds after applying ROOT_TAGS to it, as a root does."""
    def build_and_tag(stack):
        build(stack)
        apply_tags(stack.node.find_all(), ROOT_TAGS)

    return synth_construct(build_and_tag)


def test_a_resource_without_tags_gets_the_root_tags():
    doc = tagged(lambda stack: SnsTopic(stack, "topic", name="t"))
    assert resources(doc, "aws_sns_topic")["topic"]["tags"] == ROOT_TAGS


def test_own_tags_are_kept_and_win_over_root_tags():
    doc = tagged(lambda stack: SnsTopic(stack, "topic", name="t", tags={"Name": "alerts", "environment": "shared"}))
    assert resources(doc, "aws_sns_topic")["topic"]["tags"] == {**ROOT_TAGS, "Name": "alerts", "environment": "shared"}


def test_tags_are_written_in_the_same_order_whatever_order_they_come_in():
    def text(tags):
        def build(stack):
            SnsTopic(stack, "topic", name="t", tags={"Name": "a"})
            apply_tags(stack.node.find_all(), tags)
        return json.dumps(synth_construct(build)["resource"])

    assert text(ROOT_TAGS) == text(dict(reversed(list(ROOT_TAGS.items()))))


def test_untaggable_resources_and_data_sources_are_untouched():
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


def test_a_token_map_of_tags_is_left_alone():
    """Tags given as one Terraform value (e.g. a variable) cannot be merged into in Python;
    they are left as they are instead of failing the synthesis."""
    def build(stack):
        extra = TerraformVariable(stack, "extra_tags", type="map(string)")
        SnsTopic(stack, "topic", name="t", tags=Token.as_string_map(extra.value))
        SnsTopic(stack, "plain", name="p")

    doc = tagged(build)
    assert resources(doc, "aws_sns_topic")["topic"]["tags"] == "${var.extra_tags}"
    assert resources(doc, "aws_sns_topic")["plain"]["tags"] == ROOT_TAGS


def test_token_values_in_a_literal_map_are_merged_like_any_value():
    def build(stack):
        key = KmsKey(stack, "key")
        SnsTopic(stack, "topic", name="t", tags={"key": key.key_id})

    doc = tagged(build)
    assert resources(doc, "aws_sns_topic")["topic"]["tags"] == {**ROOT_TAGS, "key": "${aws_kms_key.key.key_id}"}


def test_the_callers_tags_are_not_modified():
    given = dict(ROOT_TAGS)

    def build(stack):
        SnsTopic(stack, "topic", name="t", tags={"environment": "shared"})
        apply_tags(stack.node.find_all(), given)

    synth_construct(build)
    assert given == ROOT_TAGS
