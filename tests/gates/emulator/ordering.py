"""Orderings S3 needs that a root must declare itself: checked here, never added.

The checks are product rules now (``atlas.rules.s3``: ``log_delivery_after_bucket_policy``
and ``object_lock_after_versioning``), run by ``main.py`` on every synthesis; the gate
runs the same rules on the roots it is given, so a root it applies never lacks one and a
hand-edited root is refused before it is applied rather than having the ``depends_on``
added to its copy.
"""

from __future__ import annotations

from atlas.rules.base import RULES

ORDERING_RULES = ("log_delivery_after_bucket_policy", "object_lock_after_versioning")


def unordered(doc: dict) -> list[str]:
    """Every ordering gap of the root (empty when the root declares what S3 needs); the
    root is not modified."""
    import atlas.rules  # noqa: F401  (registers the rules)

    return [f"{address}: {fix}" for name in ORDERING_RULES for address, fix in RULES[name](doc)]
