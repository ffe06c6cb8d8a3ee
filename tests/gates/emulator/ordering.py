"""Orderings S3 needs that a root must declare itself: checked here, never added.

* ``aws_s3_bucket_logging`` after its target bucket's ``aws_s3_bucket_policy``: S3 (moto
  exactly like AWS) refuses ``PutBucketLogging`` with ``InvalidTargetBucketForLogging``
  until the target bucket's policy lets the logging service write, and without the
  ``depends_on`` Terraform may create the logging first.
* ``aws_s3_bucket_object_lock_configuration`` after its bucket's ``aws_s3_bucket_versioning``:
  otherwise ``destroy`` may suspend versioning first, and S3 then refuses to remove the
  object lock configuration (``InvalidBucketState``: versioning must be Enabled).

These are ordering gaps in the root, not emulator limitations: the constructs declare
them, and the gate fails a root that lacks one (``unordered``) rather than adding the
``depends_on`` to its copy, so the roots users run are the roots the gate applied.
"""

from __future__ import annotations

from tests.gates.emulator.filtering import references


def _owners(resources: dict, rtype: str) -> dict[str, str]:
    """``{aws_s3_bucket.<b>: <rtype>.<name>}``: the ``rtype`` resource of each bucket."""
    buckets = frozenset(f"aws_s3_bucket.{b}" for b in resources.get("aws_s3_bucket", {}))
    found = {}
    for name, body in resources.get(rtype, {}).items():
        for bucket in references(body.get("bucket", ""), buckets):
            found[bucket] = f"{rtype}.{name}"
    return found


def _missing(resources: dict, rtype: str, bucket_key: str, needed: dict[str, str]) -> list[str]:
    gaps = []
    for name, body in sorted(resources.get(rtype, {}).items()):
        for bucket in sorted(references(body.get(bucket_key, ""), frozenset(needed))):
            if needed[bucket] not in body.get("depends_on", []):
                gaps.append(f"{rtype}.{name} does not depend on {needed[bucket]}")
    return gaps


def logging_before_target_policy(doc: dict) -> list[str]:
    """Each ``aws_s3_bucket_logging`` whose ``depends_on`` lacks its target bucket's policy."""
    resources = doc.get("resource", {})
    return _missing(resources, "aws_s3_bucket_logging", "target_bucket", _owners(resources, "aws_s3_bucket_policy"))


def object_lock_before_versioning(doc: dict) -> list[str]:
    """Each ``aws_s3_bucket_object_lock_configuration`` whose ``depends_on`` lacks its
    bucket's ``aws_s3_bucket_versioning``."""
    resources = doc.get("resource", {})
    return _missing(resources, "aws_s3_bucket_object_lock_configuration", "bucket",
                    _owners(resources, "aws_s3_bucket_versioning"))


def unordered(doc: dict) -> list[str]:
    """Every ordering gap of the root (empty when the root declares what S3 needs); the
    root is not modified."""
    return logging_before_target_policy(doc) + object_lock_before_versioning(doc)
