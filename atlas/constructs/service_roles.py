"""One IAM role per AWS service a platform runs, each trusting only its service.

The roles are created together (the platform's IAM foundation: reviewers find every
service identity in one place), but each is granted only what its service does, by the
construct that knows it: the processing construct grants the Glue role its buckets and
databases, the pipeline grants the Step Functions role its job, crawler and task. A role
nothing grants anything has no policy at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy

from atlas.cdk import Construct
from atlas.constructs.iam import Statement, policy_document

# Service -> the principals that assume its role. Every trust is limited to calls on
# behalf of this account (aws:SourceAccount, the confused-deputy guard), except Redshift,
# whose documented trust policy carries no condition the service is known to send.
PRINCIPALS: Mapping[str, tuple[str, ...]] = {
    "glue": ("glue.amazonaws.com",),
    "states": ("states.amazonaws.com",),
    "scheduler": ("scheduler.amazonaws.com",),
    "airflow": ("airflow.amazonaws.com", "airflow-env.amazonaws.com"),
    "redshift": ("redshift.amazonaws.com", "redshift-serverless.amazonaws.com"),
    "dms": ("dms.amazonaws.com",),
    # DMS assumes an endpoint's Secrets Manager access role through its regional principal
    # (DMS User Guide, "Using secrets to access AWS DMS endpoints").
    "dms_regional": ("dms.{region}.amazonaws.com", "dms.amazonaws.com"),
}
_UNCONDITIONED = {"redshift"}


@dataclass(frozen=True, kw_only=True)
class ServiceRolesProps:
    prefix: str
    account_id: str
    region: str
    # Role key -> service (a PRINCIPALS key), e.g. {"glue": "glue", "dms_s3": "dms"}.
    roles: Mapping[str, str]


class ServiceRoles(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: ServiceRolesProps) -> None:
        super().__init__(scope, construct_id)
        self.roles: dict[str, IamRole] = {}
        self._statements: dict[str, list[Statement]] = {}
        self._policies: dict[str, IamRolePolicy] = {}
        for key, service in props.roles.items():
            conditions = ({} if service in _UNCONDITIONED
                          else {"StringEquals": {"aws:SourceAccount": props.account_id}})
            principals = [p.format(region=props.region) for p in PRINCIPALS[service]]
            trust = policy_document(Statement(actions=["sts:AssumeRole"],
                                              principals={"Service": principals if len(principals) > 1
                                                          else principals[0]},
                                              conditions=conditions))
            self.roles[key] = IamRole(self, f"{key}_role", name=f"{props.prefix}-{key.replace('_', '-')}",
                                      assume_role_policy=trust, description=f"{props.prefix}: the {service} service")

    def arn(self, key: str) -> str:
        return self.roles[key].arn

    def name(self, key: str) -> str:
        return self.roles[key].name

    def grant(self, key: str, statements: Sequence[Statement]) -> IamRolePolicy:
        """Adds ``statements`` to role ``key``'s one inline policy (created on first grant)."""
        self._statements.setdefault(key, []).extend(statements)
        document = policy_document(*self._statements[key])
        if key not in self._policies:
            self._policies[key] = IamRolePolicy(self, f"{key}_policy", role=self.roles[key].id, name="service",
                                                policy=document)
        else:
            self._policies[key].policy = document
        return self._policies[key]

    def policy(self, key: str) -> IamRolePolicy | None:
        """The role's inline policy, for resources that must wait for it."""
        return self._policies.get(key)
