"""IAM policy documents built in Python, so least privilege is reviewable in the JSON.

Documents are rendered with ``json.dumps(sort_keys=True)``: deterministic output, and the
cdktf tokens inside (ARNs of resources in the same root) become Terraform interpolations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence


@dataclass(frozen=True, kw_only=True)
class Statement:
    actions: Sequence[str]
    resources: Sequence[str] = ()
    effect: str = "Allow"
    sid: str = ""
    principals: Mapping[str, Any] = field(default_factory=dict)
    conditions: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def render(self) -> dict[str, Any]:
        out: dict[str, Any] = {"Effect": self.effect, "Action": _one_or_list(self.actions)}
        if self.sid:
            out["Sid"] = self.sid
        if self.resources:
            out["Resource"] = _one_or_list(self.resources)
        if self.principals:
            out["Principal"] = dict(self.principals)
        if self.conditions:
            out["Condition"] = {k: dict(v) for k, v in self.conditions.items()}
        return out


def _one_or_list(values: Sequence[str]) -> str | list[str]:
    values = list(dict.fromkeys(values))  # keep order, drop repeats
    return values[0] if len(values) == 1 else values


def policy_document(*statements: Statement) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": [s.render() for s in statements]},
                      sort_keys=True, indent=None, separators=(",", ":"))


def service_assume_role_policy(service: str, *, account_id: str) -> str:
    """Trust policy for an AWS service, limited to calls on behalf of our own account
    (the confused-deputy guard AWS recommends)."""
    return policy_document(Statement(
        actions=["sts:AssumeRole"], principals={"Service": service},
        conditions={"StringEquals": {"aws:SourceAccount": account_id}}))
