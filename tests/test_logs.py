"""log_group (atlas.constructs.logs): an explicit retention and the root's logs KMS key."""

from __future__ import annotations

import pytest

from atlas.cdk import TerraformOutput
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.logs import log_group
from tests.helpers import resources, synth_construct

KEY = "arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab"


@pytest.mark.parametrize("days", [7, 30, 365])
def test_retention_and_key_are_set_as_given(days):
    doc = synth_construct(lambda stack: log_group(stack, "app_logs", name="/ecs/atlas-test/app",
                                                  retention_days=days, kms_key_arn=KEY))
    (group,) = resources(doc, "aws_cloudwatch_log_group").values()
    assert group["name"] == "/ecs/atlas-test/app"
    assert group["retention_in_days"] == days and group["kms_key_id"] == KEY
    assert group.get("skip_destroy") is not True  # nothing kept behind when the root is destroyed


def test_the_key_of_the_same_root_is_referenced_by_arn():
    def build(stack):
        key = EncryptionKey(stack, "logs_key", EncryptionKeyProps(
            alias="atlas-test/logs", description="logs", account_id="111111111111", region="eu-west-1",
            service_principals=("logs",)))
        group = log_group(stack, "app_logs", name="/ecs/atlas-test/app", retention_days=30, kms_key_arn=key.arn)
        TerraformOutput(stack, "name", value=group.name)

    doc = synth_construct(build)
    group = resources(doc, "aws_cloudwatch_log_group")["app_logs"]
    assert group["kms_key_id"] == "${aws_kms_key.logs_key_key.arn}"
    assert doc["output"]["name"]["value"] == "${aws_cloudwatch_log_group.app_logs.name}"


def test_every_log_group_of_every_root_has_a_retention_and_a_key(synthesized):
    groups = [(name, address, body) for name in synthesized.names
              for address, body in resources(synthesized.doc(name), "aws_cloudwatch_log_group").items()]
    assert len(groups) >= 30, len(groups)  # 41 today: the loop below must not pass over nothing
    for name, address, body in groups:
        assert body.get("retention_in_days", 0) > 0, (name, address)
        assert str(body.get("kms_key_id", "")).startswith(("${aws_kms_key.", "${data.terraform_remote_state.")), \
            (name, address, body.get("kms_key_id"))
