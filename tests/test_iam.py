"""IAM documents (atlas.constructs.iam): statement rendering, one value or a list, repeats
dropped, sorted compact JSON, and the confused-deputy guard on service trust policies."""

from __future__ import annotations

import json

import pytest

from atlas.cdk import TerraformOutput
from atlas.constructs.iam import Statement, policy_document, service_assume_role_policy
from tests.helpers import synth_construct


def test_minimal_statement_renders_only_what_is_set():
    assert Statement(actions=["s3:GetObject"]).render() == {"Effect": "Allow", "Action": "s3:GetObject"}


def test_full_statement_renders_every_field():
    rendered = Statement(sid="Read", effect="Deny", actions=["s3:GetObject", "s3:ListBucket"],
                         resources=["arn:aws:s3:::b", "arn:aws:s3:::b/*"], principals={"AWS": "arn:aws:iam::1:root"},
                         conditions={"Bool": {"aws:SecureTransport": "false"}}).render()
    assert rendered == {"Sid": "Read", "Effect": "Deny", "Action": ["s3:GetObject", "s3:ListBucket"],
                        "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
                        "Principal": {"AWS": "arn:aws:iam::1:root"},
                        "Condition": {"Bool": {"aws:SecureTransport": "false"}}}


def test_empty_sid_resources_principals_and_conditions_are_left_out():
    rendered = Statement(actions=["sts:AssumeRole"], sid="", resources=(), principals={}, conditions={}).render()
    assert set(rendered) == {"Effect", "Action"}


@pytest.mark.parametrize("values, expected", [
    (["a"], "a"),
    (("a",), "a"),
    (["a", "b"], ["a", "b"]),
    (["b", "a"], ["b", "a"]),  # order kept
    (["a", "a"], "a"),  # a repeat collapses to one value
    (["a", "b", "a", "c", "b"], ["a", "b", "c"]),
])
def test_actions_and_resources_are_one_value_or_a_deduplicated_list(values, expected):
    rendered = Statement(actions=values, resources=values).render()
    assert rendered["Action"] == expected and rendered["Resource"] == expected


def test_rendering_does_not_share_the_callers_mappings():
    conditions = {"StringEquals": {"aws:SourceAccount": "1"}}
    rendered = Statement(actions=["x"], principals={"Service": "s"}, conditions=conditions).render()
    rendered["Condition"]["StringEquals"]["aws:SourceAccount"] = "2"
    assert conditions["StringEquals"]["aws:SourceAccount"] == "1"


def test_policy_document_is_sorted_compact_and_keeps_statement_order():
    text = policy_document(Statement(sid="Second", actions=["b:B"]), Statement(sid="First", actions=["a:A"]))
    assert text == ('{"Statement":[{"Action":"b:B","Effect":"Allow","Sid":"Second"},'
                    '{"Action":"a:A","Effect":"Allow","Sid":"First"}],"Version":"2012-10-17"}')


def test_policy_document_is_deterministic_whatever_the_mapping_order():
    one = policy_document(Statement(actions=["x"], conditions={"StringEquals": {"b": "2", "a": "1"},
                                                                   "Bool": {"c": "true"}}))
    two = policy_document(Statement(actions=["x"], conditions={"Bool": {"c": "true"},
                                                                   "StringEquals": {"a": "1", "b": "2"}}))
    assert one == two
    assert one.index('"Bool"') < one.index('"StringEquals"') and one.index('"a"') < one.index('"b"')


def test_service_trust_policy_guards_against_the_confused_deputy():
    document = json.loads(service_assume_role_policy("ecs-tasks.amazonaws.com", account_id="111111111111"))
    assert document == {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "ecs-tasks.amazonaws.com"},
        "Condition": {"StringEquals": {"aws:SourceAccount": "111111111111"}}}]}


def test_tokens_in_a_document_become_terraform_references():
    def build(stack):
        from cdktf_cdktf_provider_aws.sns_topic import SnsTopic

        topic = SnsTopic(stack, "topic", name="t")
        TerraformOutput(stack, "doc", value=policy_document(Statement(actions=["sns:Publish"], resources=[topic.arn])))

    value = synth_construct(build)["output"]["doc"]["value"]
    assert json.loads(value)["Statement"][0]["Resource"] == "${aws_sns_topic.topic.arn}"
