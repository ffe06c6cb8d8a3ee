"""Rules about the Terraform language itself: the engine a root needs, and ordering."""

from __future__ import annotations

import re
from typing import Iterator

from atlas.rules.base import Finding, nodes, rule

# Write-only arguments (``password_wo``) need Terraform 1.11; S3-native state locking
# (``use_lockfile``) needs 1.10.
MINIMUM_TERRAFORM = (1, 11)
REQUIRED_VERSION = ">= 1.11"

_CONSTRAINT = re.compile(r"^\s*(>=|~>|=)?\s*v?(\d+)\.(\d+)(?:\.\d+)?\s*$")


def _lower_bound(constraints: str) -> tuple[int, int] | None:
    bounds = []
    for part in constraints.split(","):
        match = _CONSTRAINT.match(part)
        if match:
            bounds.append((int(match.group(2)), int(match.group(3))))
    return max(bounds) if bounds else None


@rule
def engine_guard(doc: dict) -> Iterator[Finding]:
    """Every root declares ``terraform.required_version`` of at least 1.11.

    Source: Terraform documentation, "Write-only arguments" (``password_wo`` and the other
    ``*_wo`` arguments are available in Terraform v1.11 and later) and the S3 backend
    documentation (``use_lockfile``, S3-native state locking, from Terraform v1.10). An older
    engine fails on these roots only at init or plan, after a confusing error; a
    ``required_version`` makes it refuse at once with the version it needs.
    """
    declared = doc.get("terraform", {}).get("required_version")
    bound = _lower_bound(declared) if isinstance(declared, str) else None
    if bound is None or bound < MINIMUM_TERRAFORM:
        now = f'is "{declared}"' if declared else "is missing"
        yield ("terraform.required_version",
               f'{now}; declare "{REQUIRED_VERSION}" (write-only arguments need 1.11, use_lockfile 1.10): '
               'the base stack sets it with stack.add_override("terraform.required_version", ...)')


@rule
def depends_on_never_empty(doc: dict) -> Iterator[Finding]:
    """No block renders ``depends_on: []``.

    Source: cdktf renders ``depends_on`` from the *resources* it is given; a construct (a
    ``SecureBucket``, say) passed there contributes nothing, so the intended ordering silently
    disappears and Terraform creates both in parallel (Terraform documentation,
    "depends_on Meta-Argument": only the listed resources are waited for). An empty list is
    always such a mistake: nobody writes ``depends_on = []`` on purpose.
    """
    for address, body in sorted(nodes(doc).items()):
        if "depends_on" in body and not body["depends_on"]:
            yield (address, "depends_on is empty (a construct was passed instead of a resource); "
                            "depend on the resource that must exist first (e.g. the bucket policy)")


@rule
def depends_on_names_addresses(doc: dict) -> Iterator[Finding]:
    """Every ``depends_on`` entry is a bare address (``aws_x.name``), never an expression.

    Source: Terraform documentation, "depends_on Meta-Argument" (a list of references to
    other resources); ``terraform init`` refuses anything else ("A single static variable
    reference is required"). The case that made the rule: a resource's ``fqn`` token set
    through cdktf's ``depends_on`` setter renders as ``"${aws_x.name}"``; pass the resources
    to the constructor (``depends_on=[resource]``), which renders the bare address.
    """
    for address, body in sorted(nodes(doc).items()):
        for entry in body.get("depends_on") or []:
            if not isinstance(entry, str) or "${" in entry or not re.match(r"^[a-z0-9_.\[\]-]+$", entry, re.I):
                yield (address, f"depends_on entry {entry!r} is not a bare address; Terraform refuses it at init: "
                                "pass the resource itself to the construct's depends_on")
