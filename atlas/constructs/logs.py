"""CloudWatch log groups: encrypted with the root's logs key, with an explicit retention."""

from __future__ import annotations

from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup

from atlas.cdk import Construct


def log_group(scope: Construct, construct_id: str, *, name: str, retention_days: int,
              kms_key_arn: str) -> CloudwatchLogGroup:
    return CloudwatchLogGroup(scope, construct_id, name=name, retention_in_days=retention_days,
                              kms_key_id=kms_key_arn)
