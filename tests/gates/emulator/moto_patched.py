"""``python -m tests.gates.emulator.moto_patched -H HOST -p PORT``: moto's server with five of its
bugs fixed, so the gate tests the roots rather than the emulator's bookkeeping, and one
feature added, so it can hold a network made outside the roots.

Two bugs make moto answer a read for *one* resource with *every* resource of the kind, so
the provider (which wants exactly one) fails as soon as a region holds two of them:

* RDS: moto 5.2.5 gives every DB instance the same hard-coded ``DbiResourceId``
  (``db-M5ENSHXFPU6XHZ4G4ZEI5QIO2U``), and the provider reads an instance back by
  filtering on that id; with two instances it finds two and reports "couldn't find
  resource". Each instance gets a unique id here, as in AWS.
* CloudTrail: ``DescribeTrails`` ignores ``trailNameList``; the provider reads a trail
  with its ARN in that list and fails on "too many results" when two trails exist. The
  list is honoured here (by name or ARN), as in AWS.

Two make moto forget what it was told, so the re-plan shows an update forever:

* EC2: a security group rule whose source (or destination) is another security group
  loses its description: moto reads a rule's description only from a CIDR range, so
  ``DescribeSecurityGroupRules`` returns none for every
  ``aws_vpc_security_group_{ingress,egress}_rule`` with ``referenced_security_group_id``.
  The description sent with the group pair is returned here, as in AWS.
* RDS: ``CreateDBInstance`` / ``ModifyDBInstance`` ignore ``EnablePerformanceInsights``,
  ``PerformanceInsightsKMSKeyId`` and ``PerformanceInsightsRetentionPeriod``, and
  ``DescribeDBInstances`` reports Performance Insights off. They are stored and returned here.

One makes a TLS-only bucket unusable: S3 bucket policies are evaluated with every statement
whose ``Condition`` does not hold counted as a Deny, so ``Deny s3:* if aws:SecureTransport is
false`` refuses every object request and no state can be written into such a bucket (the
account bootstrap roots' state buckets). Conditions are evaluated here for an HTTPS request,
as the roots make them to AWS (``_bucket_permission``).

Added (``CUSTOM_ID_TAG``): EC2 ``CreateVpc``, ``CreateSubnet`` and ``CreateSecurityGroup`` take the new object's id
from a ``_custom_id_`` tag, the convention moto's id manager (``moto.utilities.id_generator``)
uses for the services it covers; 5.2.5 does not apply it to VPCs or subnets. The gate uses
it to pre-create, under the exact ids a root's settings name, the existing VPC and subnets
the root builds on (``tests.gates.emulator.network.create_existing_network``). The tag is not kept on
the object; without the tag nothing changes.

Nothing else is changed; run ``python -m moto.server`` to compare.
"""

from __future__ import annotations

import json
import sys
import threading

CUSTOM_ID_TAG = "_custom_id_"
_ID_LOCK = threading.Lock()


def _custom_id(tags: object) -> str | None:
    """The ``_custom_id_`` tag's value from either shape moto passes tags in: a list of
    ``{"Key", "Value"}`` (CreateVpc) or ``{resource type: {key: value}}`` (CreateSubnet)."""
    if isinstance(tags, list):
        return next((t.get("Value") for t in tags if isinstance(t, dict) and t.get("Key") == CUSTOM_ID_TAG), None)
    if isinstance(tags, dict) and isinstance(tags.get(CUSTOM_ID_TAG), str):  # {key: value} (CreateSecurityGroup)
        return tags[CUSTOM_ID_TAG]
    if isinstance(tags, dict):
        return next((v[CUSTOM_ID_TAG] for v in tags.values() if isinstance(v, dict) and CUSTOM_ID_TAG in v), None)
    return None


def _without_custom_id(tags: object) -> object:
    if isinstance(tags, list):
        return [t for t in tags if not (isinstance(t, dict) and t.get("Key") == CUSTOM_ID_TAG)]
    if isinstance(tags, dict):
        return {k: ({n: v for n, v in d.items() if n != CUSTOM_ID_TAG} if isinstance(d, dict) else d)
                for k, d in tags.items() if k != CUSTOM_ID_TAG}
    return tags


def _honour_custom_id(owner: type, method: str, module: object, generator: str) -> None:
    """Wraps ``owner.method`` so that a ``_custom_id_`` tag in its ``tags`` argument becomes
    the id ``module.generator()`` would otherwise have drawn at random."""
    original = getattr(owner, method)

    def create(self, *args, **kwargs):
        wanted = _custom_id(kwargs.get("tags"))
        if not wanted:
            return original(self, *args, **kwargs)
        kwargs["tags"] = _without_custom_id(kwargs["tags"])
        with _ID_LOCK:
            drawn = getattr(module, generator)
            setattr(module, generator, lambda: wanted)
            try:
                return original(self, *args, **kwargs)
            finally:
                setattr(module, generator, drawn)

    setattr(owner, method, create)


def patch() -> None:
    import random
    import string

    from moto.cloudtrail.responses import CloudTrailResponse
    from moto.rds import models as rds

    original_init = rds.DBInstance.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        self.dbi_resource_id = "db-" + "".join(random.choice(string.ascii_uppercase + string.digits)
                                               for _ in range(26))
        # ModifyDBInstance sets these same attributes (DBInstance.update: setattr per argument).
        self.enable_performance_insights = bool(kwargs.get("enable_performance_insights", False))
        self.performance_insights_kms_key_id = kwargs.get("performance_insights_kms_key_id")
        self.performance_insights_retention_period = kwargs.get("performance_insights_retention_period")

    rds.DBInstance.__init__ = init
    rds.DBInstance.performance_insights_enabled = property(
        lambda db: bool(getattr(db, "enable_performance_insights", False)))

    original_describe = CloudTrailResponse.describe_trails

    def describe_trails(self) -> str:
        body = json.loads(original_describe(self))
        wanted = set(self._get_param("trailNameList") or [])
        if wanted:
            body["trailList"] = [t for t in body["trailList"] if t.get("Name") in wanted or t.get("TrailARN") in wanted]
        return json.dumps(body)

    CloudTrailResponse.describe_trails = describe_trails

    from moto.ec2.models import security_groups, subnets, vpcs
    from moto.ec2.models.security_groups import SecurityGroupRule

    SecurityGroupRule.description = property(
        lambda rule: rule.ip_range.get("Description") or (rule.source_group or {}).get("Description"))

    _honour_custom_id(vpcs.VPCBackend, "create_vpc", vpcs, "random_vpc_id")
    _honour_custom_id(subnets.SubnetBackend, "create_subnet", subnets, "random_subnet_id")
    _honour_custom_id(security_groups.SecurityGroupBackend, "create_security_group", security_groups,
                      "random_security_group_id")

    from moto.s3.models import FakeBucket

    FakeBucket.get_permission = _bucket_permission


# What the bucket-policy conditions of an object request are evaluated against: the roots talk
# to AWS over HTTPS (the emulator's plain HTTP is the gate's transport, not theirs).
REQUEST_CONTEXT = {"aws:securetransport": "true"}


def _condition_holds(condition: dict) -> bool:
    """Bool / StringEquals on a key of ``REQUEST_CONTEXT``; any other condition is unknown
    here, so its statement is taken as not applying (as for a request it does not match)."""
    for operator, pairs in condition.items():
        if operator.lower() not in ("bool", "stringequals", "stringequalsignorecase"):
            return False
        for key, expected in pairs.items():
            actual = REQUEST_CONTEXT.get(key.lower())
            values = expected if isinstance(expected, list) else [expected]
            if actual is None or actual not in [str(v).lower() for v in values]:
                return False
    return True


def _bucket_permission(bucket, action: str, resource: str):
    """moto 5.2.5 evaluates a bucket policy statement whose Condition does not hold (or uses
    an operator it lacks, such as ``Bool``) as DENIED instead of not applying, so the usual
    TLS-only statement (Deny s3:* when aws:SecureTransport is false) refuses every object
    request, and Terraform's S3 backend cannot write state into such a bucket. Here a
    statement applies only when its conditions hold for ``REQUEST_CONTEXT``."""
    from moto.iam.access_control import IAMPolicyStatement, PermissionResult

    if bucket.policy is None:
        return PermissionResult.NEUTRAL
    statements = json.loads(bucket.policy).get("Statement", [])
    result = PermissionResult.NEUTRAL
    for statement in statements if isinstance(statements, list) else [statements]:
        if statement.get("Condition") and not _condition_holds(statement["Condition"]):
            continue
        verdict = IAMPolicyStatement({k: v for k, v in statement.items() if k != "Condition"}) \
            .is_action_permitted(action, resource)
        if verdict == PermissionResult.DENIED:
            return PermissionResult.DENIED
        if verdict == PermissionResult.PERMITTED:
            result = PermissionResult.PERMITTED
    return result


def main(argv: list[str] | None = None) -> None:
    patch()
    from moto.server import main as serve

    serve(argv if argv is not None else sys.argv[1:])


if __name__ == "__main__":
    main()
