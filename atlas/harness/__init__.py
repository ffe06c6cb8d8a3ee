"""Offline Terraform checks of synthesized roots: init, validate and plan every root.

See ``atlas.harness.terraform`` for how roots that read remote state are planned offline.
"""

from atlas.harness.terraform import PlanResult, plan_roots, terraform_binary

__all__ = ["PlanResult", "plan_roots", "terraform_binary"]
