"""The operator's steps before a root is destroyed (the emulator, like AWS, refuses otherwise).

* ``lift_deletion_protection``: a protected RDS instance (or load balancer) cannot be
  destroyed, and Terraform refuses to plan the destroy of a resource with
  ``lifecycle.prevent_destroy``; both are turned off in the root's *copy* and applied
  first (README: decommissioning a production environment).
* ``empty_buckets``: S3 delivered access and trail logs into the root's buckets; a bucket
  that is not empty cannot be destroyed without ``force_destroy``.
"""

from __future__ import annotations

import json

from tests.gates.emulator.root import EmulatedRoot, state_ids
from tests.gates.emulator.server import MotoServer


def lift_deletion_protection(root: EmulatedRoot) -> list[str]:
    """Turns ``deletion_protection`` off in the root's copy (the step an operator takes
    before decommissioning: a protected RDS instance cannot be destroyed); returns the
    addresses changed. The caller applies the change before destroying."""
    path = root.folder / "cdk.tf.json"
    doc = json.loads(path.read_text())
    changed = []
    for rtype, items in doc.get("resource", {}).items():
        for name, body in items.items():
            if body.get("deletion_protection") is True:
                body["deletion_protection"] = False
                changed.append(f"{rtype}.{name}")
            if (body.get("lifecycle") or {}).get("prevent_destroy") is True:
                body["lifecycle"]["prevent_destroy"] = False
                changed.append(f"{rtype}.{name}")
    if changed:
        path.write_text(json.dumps(doc, indent=2, sort_keys=True))
    return sorted(set(changed))


def empty_buckets(server: MotoServer, root: EmulatedRoot, region: str) -> int:
    """Deletes every object version in the root's buckets (what S3 delivered there: access
    logs, trail logs); a bucket that is not empty cannot be destroyed without
    ``force_destroy``, which log buckets rightly do not set. Returns the count deleted."""
    s3 = server.client("s3", region)
    deleted = 0
    for bucket in sorted(state_ids(root).get("aws_s3_bucket", set())):
        listed = s3.list_object_versions(Bucket=bucket)
        keys = [{"Key": v["Key"], "VersionId": v["VersionId"]}
                for v in listed.get("Versions", []) + listed.get("DeleteMarkers", [])]
        if keys:
            s3.delete_objects(Bucket=bucket, Delete={"Objects": keys}, BypassGovernanceRetention=True)
            deleted += len(keys)
    return deleted
