"""Rules about S3: objects the apply reads must exist, and writes S3 refuses until a
policy or a versioning state exists must wait for it.

A bucket of the root is known by the ``aws_s3_bucket`` its expression references; a bucket
named by a literal (a setting) or read from another root's state is *provided*: the root
cannot create what is in it, and the setting that names it declares that it exists.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from atlas.rules.base import Finding, closure, nodes, references, resources, rule

_BUCKET = re.compile(r"\$\{aws_s3_bucket\.([A-Za-z0-9_-]+)\.(?:arn|bucket|id)\}")
_URI = re.compile(r"^s3://(?P<bucket>\$\{[^}]+\}|[^/]+)/(?P<key>.+)$")
_OBJECT_WRITERS = ("aws_s3_object", "aws_s3_object_copy", "aws_s3_bucket_object")


def _first(block: Any) -> dict:
    if isinstance(block, list):
        block = block[0] if block else {}
    return block if isinstance(block, dict) else {}


def _own_bucket(expression: Any) -> str | None:
    """``aws_s3_bucket.<name>`` when ``expression`` names a bucket of this root, else None."""
    match = _BUCKET.search(expression) if isinstance(expression, str) else None
    return f"aws_s3_bucket.{match[1]}" if match else None


def _object_reads(doc: dict) -> Iterator[tuple[str, str, Any, Any]]:
    """(address, what, bucket expression, key) of every S3 object a resource reads at apply."""
    for address, body in resources(doc, "aws_mskconnect_custom_plugin"):
        s3 = _first(_first(body.get("location")).get("s3"))
        yield address, "custom plugin archive", s3.get("bucket_arn"), s3.get("file_key")
    for address, body in resources(doc, "aws_lambda_function"):
        if body.get("s3_key"):
            yield address, "function package", body.get("s3_bucket"), body.get("s3_key")
    for address, body in resources(doc, "aws_glue_job"):
        match = _URI.match(str(_first(body.get("command")).get("script_location", "")))
        if match:
            yield address, "job script", match["bucket"], match["key"]
    for address, body in resources(doc, "aws_mwaa_environment"):
        for key in ("plugins_s3_path", "requirements_s3_path", "startup_script_s3_path"):
            if body.get(key):
                yield address, key, body.get("source_bucket_arn"), body.get(key)


@rule
def artifacts_exist(doc: dict) -> Iterator[Finding]:
    """Nothing points at an S3 object nothing creates: a resource that reads an object when
    it is created (an MSK Connect custom plugin's archive, a Lambda package, a Glue script,
    MWAA plugins/requirements) from a bucket *this root creates* waits for the resource of
    this root that writes that key (``aws_s3_object`` / ``aws_s3_object_copy``). An object in
    a bucket named by a setting or another root's state is provided by that setting.

    Source: Amazon MSK Connect API reference, ``CreateCustomPlugin`` (MSK Connect reads the
    file at ``s3Location`` when the plugin is created; the plugin goes to CREATE_FAILED when
    it cannot); AWS Lambda ``CreateFunction`` (``InvalidParameterValueException`` when the
    S3 object does not exist). A bucket created by the same apply is empty, so only a
    resource of the root can have put the object there, and only ordering makes it in time.
    """
    graph = nodes(doc)
    writers: dict[tuple[str, str], list[str]] = {}
    for kind in _OBJECT_WRITERS:
        for address, body in resources(doc, kind):
            bucket = _own_bucket(body.get("bucket"))
            if bucket:
                writers.setdefault((bucket, str(body.get("key"))), []).append(address)
    for address, what, bucket_expression, key in _object_reads(doc):
        bucket = _own_bucket(bucket_expression)
        if bucket is None:
            continue  # provided: a setting or an upstream root names the bucket
        made_by = writers.get((bucket, str(key)), [])
        if not made_by:
            yield (address, f"its {what} s3 key {key!r} is in {bucket}, which this root creates empty, and no "
                            "resource of the root writes that key; copy the built artifact in with an "
                            "aws_s3_object_copy (or aws_s3_object) of that key, or name an artifact that exists "
                            "(a bucket given by a setting)")
        elif not closure(doc, address, graph) & set(made_by):
            yield (address, f"add depends_on {made_by[0]}: it writes the {what} this resource reads at creation")


def _policies(doc: dict, kind: str) -> dict[str, str]:
    """``{aws_s3_bucket.<b>: <kind>.<name>}``: the ``kind`` resource of each bucket of the root."""
    found = {}
    for address, body in resources(doc, kind):
        bucket = _own_bucket(body.get("bucket"))
        if bucket:
            found[bucket] = address
    return found


@rule
def log_delivery_after_bucket_policy(doc: dict) -> Iterator[Finding]:
    """A log writer into a bucket of the same root (``aws_s3_bucket_logging`` target, an
    ``aws_lb`` with ``access_logs`` enabled) waits for that bucket's ``aws_s3_bucket_policy``.

    Source: Amazon S3 API reference, ``PutBucketLogging``: ``InvalidTargetBucketForLogging``
    until the target bucket's policy admits ``logging.s3.amazonaws.com``; Elastic Load
    Balancing, "Enable access logs for your Application Load Balancer": ELB tests its write
    access when access logs are turned on ("Access Denied for bucket"). Terraform orders by
    references and ``depends_on`` only, and the writer names the bucket, not its policy. A
    bucket of an upstream root is ordered by the roots' apply order instead.
    """
    graph = nodes(doc)
    policies = _policies(doc, "aws_s3_bucket_policy")
    writers = [(a, b.get("target_bucket")) for a, b in resources(doc, "aws_s3_bucket_logging")]
    writers += [(a, _first(b.get("access_logs")).get("bucket")) for a, b in resources(doc, "aws_lb")
                if _first(b.get("access_logs")).get("enabled") is True]
    for address, target in writers:
        bucket = _own_bucket(target)
        if bucket is None:
            continue
        policy = policies.get(bucket)
        if policy is None:
            yield (address, f"writes logs into {bucket}, which has no aws_s3_bucket_policy admitting the log "
                            "delivery service; give the bucket one (SecureBucket logs targets have it)")
        elif policy not in closure(doc, address, graph):
            yield (address, f"add depends_on {policy}: S3/ELB refuse log delivery into {bucket} until its policy "
                            "admits the log delivery service")


@rule
def object_lock_after_versioning(doc: dict) -> Iterator[Finding]:
    """An ``aws_s3_bucket_object_lock_configuration`` waits for its bucket's
    ``aws_s3_bucket_versioning``.

    Source: Amazon S3 API reference, ``PutObjectLockConfiguration`` (object lock needs
    versioning Enabled; ``InvalidBucketState`` otherwise) and, on destroy, Terraform
    removes dependents first: without the edge it may suspend versioning before removing
    the lock configuration, which S3 then refuses.
    """
    graph = nodes(doc)
    versioning = _policies(doc, "aws_s3_bucket_versioning")
    for address, body in resources(doc, "aws_s3_bucket_object_lock_configuration"):
        bucket = _own_bucket(body.get("bucket"))
        needed = versioning.get(bucket) if bucket else None
        if needed and needed not in closure(doc, address, graph):
            yield (address, f"add depends_on {needed}: object lock needs versioning Enabled, and destroy must "
                            "remove the lock before suspending versioning")
