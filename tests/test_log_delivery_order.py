"""Every log writer in every root waits for the policy that lets it write into its log bucket.

S3 refuses server access logging into a bucket whose policy does not yet admit
logging.s3.amazonaws.com (InvalidTargetBucketForLogging), and ELB checks its write access
when access logs are switched on. Terraform orders by references and ``depends_on`` only;
the writers name the bucket (so scanners see the log target), so the order must come from
``depends_on`` on the target bucket's policy. A target in an upstream root is ordered by
the roots' apply order instead.
"""

from __future__ import annotations

import re

import pytest

_BUCKET_REF = re.compile(r"^\$\{aws_s3_bucket\.(?P<name>[A-Za-z0-9_-]+)\.(?:bucket|id)\}$")
_REMOTE_REF = re.compile(r"^\$\{data\.terraform_remote_state\.")


def _policy_of(doc: dict, bucket_name: str) -> str:
    """Address of the aws_s3_bucket_policy of the bucket resource ``bucket_name``."""
    found = [f"aws_s3_bucket_policy.{name}" for name, body in doc["resource"].get("aws_s3_bucket_policy", {}).items()
             if _BUCKET_REF.match(body["bucket"]) and _BUCKET_REF.match(body["bucket"])["name"] == bucket_name]
    assert len(found) == 1, f"bucket {bucket_name} should have exactly one policy, has {found}"
    return found[0]


def _order_problems(doc: dict, upstream_roots: list[str]) -> list[str]:
    problems = []
    writers = [(f"aws_s3_bucket_logging.{name}", body["target_bucket"], body)
               for name, body in doc["resource"].get("aws_s3_bucket_logging", {}).items()]
    writers += [(f"aws_lb.{name}", body["access_logs"]["bucket"], body)
                for name, body in doc["resource"].get("aws_lb", {}).items()
                if body.get("access_logs", {}).get("enabled")]
    for address, target, body in writers:
        local = _BUCKET_REF.match(target)
        if local:
            policy = _policy_of(doc, local["name"])
            if policy not in body.get("depends_on", []):
                problems.append(f"{address} writes into {target} before {policy} exists")
        elif _REMOTE_REF.match(target):
            if not upstream_roots:
                problems.append(f"{address} writes into {target} of a root that is not applied first")
        else:
            problems.append(f"{address}: log target {target!r} is neither a bucket of this root nor an upstream output")
    return problems


def test_every_log_writer_waits_for_its_log_bucket_policy(synthesized):
    problems = {name: _order_problems(synthesized.doc(name), synthesized.entry(name)["depends_on"])
                for name in synthesized.names}
    assert {name: p for name, p in problems.items() if p} == {}
    # Not vacuous: S3 server access logging and ALB access logs in both platforms.
    counted = {name: (len(synthesized.doc(name)["resource"].get("aws_s3_bucket_logging", {})),
                      len(synthesized.doc(name)["resource"].get("aws_lb", {})))
               for name in synthesized.names}
    assert counted["atlas-prod"][0] >= 3 and counted["atlas-prod"][1] == 1
    assert counted["kraken-prod-infra"][0] >= 7 and counted["kraken-prod-data-plane"] >= (4, 1)


@pytest.mark.parametrize("mutation, message", [
    (lambda d: d["resource"]["aws_s3_bucket_logging"]["data_logging"].pop("depends_on"),
     "aws_s3_bucket_logging.data_logging writes into ${aws_s3_bucket.logs_bucket.bucket} before "
     "aws_s3_bucket_policy.logs_policy exists"),
    (lambda d: d["resource"]["aws_lb"]["alb_lb"].pop("depends_on"),
     "aws_lb.alb_lb writes into ${aws_s3_bucket.alb_logs_bucket.bucket} before aws_s3_bucket_policy.alb_logs_policy"),
    (lambda d: d["resource"]["aws_s3_bucket_logging"]["data_logging"].update(
        target_bucket="${data.terraform_remote_state.infra.outputs.logs}", depends_on=[]),
     "of a root that is not applied first"),
])
def test_the_order_check_can_fail(mutation, message):
    def doc():
        return {"resource": {
            "aws_s3_bucket_policy": {"logs_policy": {"bucket": "${aws_s3_bucket.logs_bucket.id}"},
                                     "alb_logs_policy": {"bucket": "${aws_s3_bucket.alb_logs_bucket.id}"}},
            "aws_s3_bucket_logging": {"data_logging": {"target_bucket": "${aws_s3_bucket.logs_bucket.bucket}",
                                                       "depends_on": ["aws_s3_bucket_policy.logs_policy"]}},
            "aws_lb": {"alb_lb": {"access_logs": {"bucket": "${aws_s3_bucket.alb_logs_bucket.bucket}", "enabled": True},
                                  "depends_on": ["aws_s3_bucket_policy.alb_logs_policy"]}}}}
    assert _order_problems(doc(), []) == []
    broken = doc()
    mutation(broken)
    (problem,) = _order_problems(broken, [])
    assert message in problem
