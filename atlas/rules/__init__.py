"""Rules over the synthesized output: what a root must satisfy to apply cleanly the first time.

Each rule is a small named function over one root's Terraform JSON (see ``base.rule``);
its docstring cites the source that makes it a rule. ``run`` applies every rule to every
root; ``main.py`` runs it on the staged output and refuses the synthesis on a violation
(exit 2, nothing written), one line per violation: ``<root>: <address>: <rule>: <fix>``.

Modules by class of rule: ``terraform`` (engine, ordering), ``ecs`` (start order, entry
points, health checks; image facts in ``images``), ``iam``, ``msk`` (create-time
settings, staged by ``atlas.rollout``), ``imports`` (adopting existing resources: import
blocks that replace nothing), ``pipelines`` (Step Functions definitions, instances),
``rds``, ``s3`` (artifacts and S3 write ordering), ``secrets`` (runtime secret keys;
credentials Terraform handles).
"""

from __future__ import annotations

from typing import Mapping

from atlas.rules import ecs, iam, msk, pipelines, rds, terraform  # noqa: F401  (registers the rules)
from atlas.rules import imports, s3, secrets  # noqa: F401  (adoption; artifacts, S3 ordering; secrets)
from atlas.rules.base import RULES, Violation, rule

__all__ = ["RULES", "Violation", "rule", "run"]


def run(docs: Mapping[str, dict], rules: Mapping[str, object] | None = None) -> list[Violation]:
    """Every violation of every rule in every root, sorted by root, address and rule."""
    chosen = RULES if rules is None else rules
    found = [Violation(root, address, name, fix)
             for root, doc in docs.items() for name, check in chosen.items() for address, fix in check(doc)]
    return sorted(set(found))
