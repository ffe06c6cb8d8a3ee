"""Settings of the Spacelift delivery (``environments/spacelift/<name>.tfvars``).

One file describes the Spacelift account the roots are delivered from. It is loaded like a
platform's environment file (the same loader, the same ``<file>: <key>: ...`` errors), and
it is read by what the app derives from the other environments: the account bootstrap
roots (the deploy roles trust this account's OIDC issuer and audience) and the generated
``.spacelift/config.yml`` (runner image, workflow tool). Its own ``state`` names where the
Spacelift admin root keeps its state; ``account_id`` is the account of that bucket.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from atlas.config.common import PlatformSettings
from atlas.config.errors import SettingError
from atlas.config.schema import setting

_ACCOUNT_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
# Write-only arguments and ephemeral values (Terraform 1.11 / OpenTofu 1.11); see atlas.state.
MIN_ENGINE = (1, 11)
# The role path/name patterns IAM accepts in an ArnLike condition (no account, no "role/").
_ROLE_PATTERN = re.compile(r"^[A-Za-z0-9+=,.@_/*-]{1,512}$")


@dataclass(frozen=True, kw_only=True)
class SpaceliftSettings(PlatformSettings):
    spacelift_account: str = setting(doc='the Spacelift account name: "acme" for https://acme.app.spacelift.io')
    # The audience Spacelift puts in its OIDC tokens; Spacelift's default is the account's host name.
    oidc_audience: str = ""
    space_id: str = "root"
    repository: str = setting(doc='the Git repository of this project, e.g. "acme/data-platforms"')
    branch: str = "main"
    # An image with Python 3.11, Node.js 20 and the Terraform binary (see .spacelift/runner.Dockerfile).
    runner_image: str = setting(doc="the runner image every stack runs in")
    terraform_version: str = "1.11.4"
    # Roots whose provider must reach private endpoints (Kafka brokers) run on this pool.
    private_worker_pool_id: str | None = None
    drift_detection_schedule: tuple[str, ...] = ("0 6 * * 1-5",)
    # The AWS account Spacelift assumes integration roles from (shown on Spacelift's AWS
    # integration page); the deploy roles admit it only with an external id of this account's stacks.
    aws_integration_account_id: str = setting(doc="the AWS account id Spacelift's AWS integrations assume roles from")
    # IAM roles in each platform account (name or path/name, * allowed) that may assume the
    # deploy roles to run plain Terraform, e.g. "aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_PlatformAdmin_*".
    operator_roles: tuple[str, ...] = ()

    @property
    def host(self) -> str:
        return f"{self.spacelift_account}.app.spacelift.io"

    @property
    def issuer(self) -> str:
        return f"https://{self.host}"

    @property
    def audience(self) -> str:
        return self.oidc_audience or self.host

    def checks(self) -> Iterable[SettingError]:
        found = list(super().checks())
        if not _ACCOUNT_NAME.match(self.spacelift_account):
            found.append(SettingError("spacelift_account", f'"{self.spacelift_account}" is not a Spacelift account '
                                      'name (lowercase letters, digits, hyphens; "acme" for acme.app.spacelift.io)'))
        version = _VERSION.match(self.terraform_version)
        if not version or (int(version[1]), int(version[2])) < MIN_ENGINE:
            found.append(SettingError("terraform_version", f'"{self.terraform_version}" must be an exact version, '
                                      "1.11.0 or later (the roots use write-only arguments and use_lockfile)"))
        if "/" not in self.repository.strip("/"):
            found.append(SettingError("repository", f'"{self.repository}" must be "<owner>/<name>"'))
        for i, role in enumerate(self.operator_roles):
            if not _ROLE_PATTERN.match(role) or role.startswith(("arn:", "role/")):
                found.append(SettingError(f"operator_roles[{i}]", f'"{role}" must be a role name or path/name '
                                          '(no "arn:" or "role/"), * allowed'))
        if not re.match(r"^\d{12}$", self.aws_integration_account_id):
            found.append(SettingError("aws_integration_account_id", f'"{self.aws_integration_account_id}" must be '
                                      "a 12-digit AWS account id (a string)"))
        if not self.drift_detection_schedule:
            found.append(SettingError("drift_detection_schedule", "must list at least one cron expression"))
        return [p for p in found if p]
