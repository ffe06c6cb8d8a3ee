"""Account bootstrap roots: what every other root of an account needs before its first init.

One root per AWS account named by any environment file (``bootstrap-account-<id>``),
derived from the files, never listed by hand. It holds

* each Terraform state bucket the account's environments name (``state.bucket``): KMS-
  encrypted with a key of its own, versioned (old state versions kept 90 days), TLS-only,
  public access blocked, ACLs off, access-logged into a log bucket beside it;
* one deploy role per platform with roots in the account, which its Spacelift stacks (and
  operators running plain Terraform) assume. Its rights are derived from the roots it
  deploys: the AWS services of the resource and data-source types those roots declare, in
  the regions they use; IAM only on roles and policies named with the environments' name
  prefixes; state objects only under the platform's own keys (and the keys it reads);
* the account's OpenID Connect provider for the Spacelift account
  (``environments/spacelift/*.tfvars``: issuer and audience), so no access key exists; the
  roles also admit Spacelift's AWS integration (the admin root attaches one per platform and
  account) only with an external id naming one of their own stacks.

It keeps its own state in the bucket it creates: the first apply runs on local state and
then migrates (README, "Account bootstrap"), which is why nothing in it reads another root.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from cdktf_cdktf_provider_aws.iam_openid_connect_provider import IamOpenidConnectProvider
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy

from atlas.cdk import App, Construct
from atlas.config.common import PlatformSettings, StateSettings
from atlas.constructs.iam import Statement, policy_document
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.s3 import SecureBucket, SecureBucketProps, server_access_log_bucket
from atlas.stacks.base import PlatformStack
from atlas.stacks.facts import members_facts
from atlas.state import RootId

PLATFORM = "bootstrap"
# How long superseded state versions are kept (recovering a bad apply reads them).
STATE_VERSIONS_DAYS = 90
ACCESS_LOG_DAYS = 365
_CLASS_ORDER = ("development", "staging", "production")

# Terraform type prefix (longest match wins) -> the IAM service prefix whose API creates it.
# A type not listed falls back to the word after ``aws_``; tests/test_bootstrap.py fails on
# any type of any root that only the fallback maps, so a new type gets its line here.
SERVICE_OF_TYPE: dict[str, str | None] = {
    "aws_vpc": "ec2", "aws_subnet": "ec2", "aws_route": "ec2", "aws_internet_gateway": "ec2",
    "aws_nat_gateway": "ec2", "aws_eip": "ec2", "aws_security_group": "ec2", "aws_network_acl": "ec2",
    "aws_default_": "ec2", "aws_flow_log": "ec2", "aws_ec2_": "ec2", "aws_ami": "ec2", "aws_instance": "ec2",
    "aws_launch_template": "ec2", "aws_availability_zones": "ec2", "aws_ebs_": "ec2", "aws_key_pair": "ec2",
    "aws_lb": "elasticloadbalancing", "aws_alb": "elasticloadbalancing",
    "aws_ecs_": "ecs", "aws_ecr_": "ecr", "aws_db_": "rds", "aws_rds_": "rds",
    "aws_msk_": "kafka", "aws_mskconnect_": "kafkaconnect", "aws_s3_": "s3", "aws_kms_": "kms", "aws_iam_": "iam",
    "aws_cloudwatch_log_": "logs", "aws_cloudwatch_metric_alarm": "cloudwatch",
    "aws_cloudwatch_composite_alarm": "cloudwatch", "aws_cloudwatch_dashboard": "cloudwatch",
    "aws_cloudwatch_event_": "events", "aws_sns_": "sns", "aws_sqs_": "sqs",
    "aws_secretsmanager_": "secretsmanager", "aws_elasticache_": "elasticache", "aws_budgets_": "budgets",
    "aws_glue_": "glue", "aws_athena_": "athena", "aws_cloudtrail": "cloudtrail", "aws_route53_": "route53",
    "aws_service_discovery_": "servicediscovery", "aws_appautoscaling_": "application-autoscaling",
    "aws_wafv2_": "wafv2", "aws_acm_": "acm", "aws_lambda_": "lambda", "aws_sfn_": "states",
    "aws_kinesis_firehose_": "firehose", "aws_kinesis_": "kinesis", "aws_dynamodb_": "dynamodb",
    "aws_ssm_": "ssm", "aws_scheduler_": "scheduler", "aws_schemas_": "schemas", "aws_pipes_": "pipes",
    "aws_apigatewayv2_": "apigateway", "aws_api_gateway_": "apigateway", "aws_lakeformation_": "lakeformation",
    "aws_emr_": "elasticmapreduce", "aws_emrserverless_": "emr-serverless", "aws_mwaa_": "airflow",
    "aws_redshift_": "redshift", "aws_redshiftserverless_": "redshift-serverless", "aws_dms_": "dms",
    "aws_opensearch_": "es", "aws_prometheus_": "aps", "aws_grafana_": "grafana", "aws_efs_": "elasticfilesystem",
    "aws_backup_": "backup", "aws_batch_": "batch", "aws_eks_": "eks", "aws_cloudfront_": "cloudfront",
    "aws_cognito_": "cognito-idp", "aws_xray_": "xray", "aws_sesv2_": "ses", "aws_ses_": "ses",
    "aws_cloudformation_": "cloudformation", "aws_datasync_": "datasync", "aws_transfer_": "transfer",
    # Read by every provider or no API of its own: nothing beyond sts:GetCallerIdentity.
    "aws_caller_identity": None, "aws_region": None, "aws_partition": None,
    "aws_iam_policy_document": None, "terraform_": None,
}
# What a root does to the roles and policies it owns (never users, groups or keys).
IAM_ROLE_ACTIONS = (
    "iam:CreateRole", "iam:DeleteRole", "iam:GetRole", "iam:UpdateRole", "iam:UpdateRoleDescription",
    "iam:UpdateAssumeRolePolicy", "iam:TagRole", "iam:UntagRole", "iam:PassRole",
    "iam:PutRolePolicy", "iam:GetRolePolicy", "iam:DeleteRolePolicy", "iam:ListRolePolicies",
    "iam:AttachRolePolicy", "iam:DetachRolePolicy", "iam:ListAttachedRolePolicies", "iam:ListInstanceProfilesForRole",
    "iam:CreatePolicy", "iam:DeletePolicy", "iam:GetPolicy", "iam:GetPolicyVersion", "iam:CreatePolicyVersion",
    "iam:DeletePolicyVersion", "iam:ListPolicyVersions", "iam:TagPolicy", "iam:UntagPolicy",
)
# Rights in another service that a resource type's create/update calls need besides its own
# ("<service>:*" of SERVICE_OF_TYPE). A Grafana workspace signing in through IAM Identity
# Center registers a managed application there, and a role association looks up the
# groups it names (AWS managed policies AWSGrafanaAccountAdministrator and
# AWSGrafanaWorkspacePermissionManagementV2; Amazon Managed Grafana user guide, "Use IAM
# Identity Center with your workspace").
COMPANION_ACTIONS: dict[str, tuple[str, ...]] = {
    "aws_grafana_workspace": ("sso:CreateManagedApplicationInstance", "sso:DeleteManagedApplicationInstance",
                              "sso:GetManagedApplicationInstance", "sso:DescribeRegisteredRegions",
                              "sso:GetSharedSsoConfiguration", "sso:ListDirectoryAssociations",
                              "organizations:DescribeOrganization"),
    "aws_grafana_role_association": ("sso:DescribeRegisteredRegions", "sso:GetSharedSsoConfiguration",
                                     "sso:ListDirectoryAssociations", "sso:GetManagedApplicationInstance",
                                     "sso:ListProfiles", "sso:GetProfile", "sso:ListProfileAssociations",
                                     "sso:AssociateProfile", "sso:DisassociateProfile",
                                     "sso-directory:DescribeUser", "sso-directory:DescribeGroup"),
}
# Services whose API has no region (their calls are signed for us-east-1).
GLOBAL_SERVICES = frozenset({"iam", "budgets", "route53", "cloudfront"})


def service_of(rtype: str) -> tuple[str | None, bool]:
    """``(IAM service prefix or None, known)`` of a Terraform resource or data-source type."""
    matches = [p for p in SERVICE_OF_TYPE if rtype.startswith(p)]
    if matches:
        return SERVICE_OF_TYPE[max(matches, key=len)], True
    if not rtype.startswith("aws_"):
        return None, True  # another provider's type (kafka_topic): no AWS right
    return rtype.split("_")[1], False


@dataclass
class PlatformDeploy:
    """What one platform's deploy role in the account must reach (filled from its roots)."""

    platform: str
    roots: list[str] = field(default_factory=list)
    name_prefixes: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    state_keys: set[tuple[str, str]] = field(default_factory=set)  # (bucket, key) written
    read_keys: set[tuple[str, str]] = field(default_factory=set)   # (bucket, key) of upstream state
    lock_tables: set[tuple[str, str]] = field(default_factory=set)  # (region, table): opt-in DynamoDB locking
    types: set[str] = field(default_factory=set)

    @property
    def role_name(self) -> str:
        return f"{self.platform}-terraform-deploy"


@dataclass
class AccountPlan:
    """One account's bootstrap root, before the platform roots are built."""

    account_id: str
    region: str
    buckets: list[str]
    environment_class: str
    deploys: dict[str, PlatformDeploy]
    issuer: str | None = None
    audience: str | None = None
    subject_prefix: str = ""  # "space:<id>:stack:" of the Spacelift OIDC subject
    integration_account: str | None = None  # the AWS account Spacelift's AWS integration assumes from
    tags: dict[str, str] = field(default_factory=dict)  # the delivery's (Spacelift settings') tags
    spacelift_account: str = ""
    operator_roles: tuple[str, ...] = ()

    @property
    def root(self) -> RootId:
        return RootId(PLATFORM, f"account-{self.account_id}")


def log_bucket_name(bucket: str) -> str:
    return f"{bucket}-access-logs"


def key_alias(bucket: str) -> str:
    return "terraform-state-" + re.sub(r"[^a-zA-Z0-9/_-]", "-", bucket)


class BootstrapStack(PlatformStack):
    """The state buckets, deploy roles and OIDC provider of one account (module doc)."""

    def __init__(self, scope: Construct, plan: AccountPlan, deploys: Sequence[PlatformDeploy], *,
                 local_backend: bool) -> None:
        settings = PlatformSettings(
            name_prefix=PLATFORM, region=plan.region, account_id=plan.account_id,
            environment_class=plan.environment_class,  # type: ignore[arg-type]
            state=StateSettings(bucket=plan.buckets[0], region=plan.region), tags=plan.tags)
        super().__init__(scope, plan.root, settings, local_backend=local_backend)
        arns = {}
        for bucket in plan.buckets:
            cid = re.sub(r"[^a-z0-9]+", "_", bucket)
            key = EncryptionKey(self, f"{cid}_key", EncryptionKeyProps(
                alias=key_alias(bucket), account_id=plan.account_id, region=plan.region,
                description=f"Terraform state in s3://{bucket}"))
            logs = server_access_log_bucket(self, f"{cid}_access_logs", name=log_bucket_name(bucket),
                                            account_id=plan.account_id, retention_days=ACCESS_LOG_DAYS)
            SecureBucket(self, cid, SecureBucketProps(
                name=bucket, kms_key_arn=key.arn, access_log_bucket=logs.name, access_log_prefix=f"{bucket}/",
                access_log_bucket_policy=logs.policy, noncurrent_days=STATE_VERSIONS_DAYS))
            arns[bucket] = key.arn
        oidc = None
        if plan.issuer:
            oidc = IamOpenidConnectProvider(self, "spacelift_oidc", url=plan.issuer, client_id_list=[plan.audience])
        for deploy in deploys:
            self._deploy_role(plan, deploy, oidc, arns)

    def _deploy_role(self, plan: AccountPlan, deploy: PlatformDeploy, oidc: Any, key_arns: dict[str, str]) -> None:
        account = plan.account_id
        trust = []
        if oidc is not None:
            host = plan.issuer.removeprefix("https://")  # type: ignore[union-attr]
            trust.append(Statement(
                sid="SpaceliftStacks", actions=["sts:AssumeRoleWithWebIdentity"],
                principals={"Federated": oidc.arn},
                conditions={"StringEquals": {f"{host}:aud": plan.audience},
                            "StringLike": {f"{host}:sub": [f"{plan.subject_prefix}{root}:*"
                                                           for root in sorted(deploy.roots)]}}))
        if plan.integration_account:
            # The admin root's spacelift_aws_integration for this role: Spacelift assumes it from
            # its own account with the external id <account>@<integration>@<stack>@<read|write>.
            trust.append(Statement(
                sid="SpaceliftAwsIntegration", actions=["sts:AssumeRole"],
                principals={"AWS": f"arn:aws:iam::{plan.integration_account}:root"},
                conditions={"StringLike": {"sts:ExternalId": [f"{plan.spacelift_account}@*@{root}@*"
                                                              for root in sorted(deploy.roots)]}}))
        if plan.operator_roles:
            trust.append(Statement(
                sid="OperatorsRunPlainTerraform", actions=["sts:AssumeRole", "sts:TagSession"],
                principals={"AWS": f"arn:aws:iam::{account}:root"},
                conditions={"ArnLike": {"aws:PrincipalArn": [f"arn:aws:iam::{account}:role/{r}"
                                                             for r in plan.operator_roles]}}))
        if not trust:
            raise ValueError(f"account {account}: the {deploy.platform} deploy role would trust nobody; "
                             "add environments/spacelift/<name>.tfvars or operator_roles")
        label = deploy.platform.replace("-", "_")  # construct ids are addresses: platform-events -> platform_events
        role = IamRole(self, f"deploy_{label}", name=deploy.role_name, max_session_duration=3600,
                       description=f"Terraform deploys of the {deploy.platform} roots: {', '.join(sorted(deploy.roots))}",
                       assume_role_policy=policy_document(*trust))
        IamRolePolicy(self, f"deploy_{label}_policy", role=role.id, name="deploy",
                      policy=policy_document(*deploy_statements(account, deploy, key_arns)))


def deploy_statements(account: str, deploy: PlatformDeploy, key_arns: dict[str, str]) -> list[Statement]:
    """The deploy role's rights, derived from its roots (module doc)."""
    services = sorted({s for t in deploy.types for s in [service_of(t)[0]] if s and s != "iam"})
    regional = [s for s in services if s not in GLOBAL_SERVICES]
    global_ = [s for s in services if s in GLOBAL_SERVICES]
    statements = [Statement(sid="WhoAmI", actions=["sts:GetCallerIdentity"], resources=["*"])]
    if regional:
        statements.append(Statement(
            sid="ManageRootServices", actions=[f"{s}:*" for s in regional], resources=["*"],
            conditions={"StringEquals": {"aws:RequestedRegion": sorted(deploy.regions)}}))
    if global_:
        statements.append(Statement(sid="ManageGlobalServices", actions=[f"{s}:*" for s in global_],
                                    resources=["*"]))
    companions = sorted({a for t in deploy.types for a in COMPANION_ACTIONS.get(t, ())})
    if companions:
        # Identity Center and Organizations calls take no resource ARNs of this account.
        statements.append(Statement(sid="CompanionServices", actions=companions, resources=["*"]))
    if any(service_of(t)[0] == "iam" for t in deploy.types):
        prefixes = sorted(deploy.name_prefixes)
        statements.append(Statement(
            sid="ManageOwnRolesAndPolicies", actions=IAM_ROLE_ACTIONS,
            resources=[f"arn:aws:iam::{account}:{kind}/{p}-*" for p in prefixes
                       for kind in ("role", "policy", "instance-profile")]))
        statements.append(Statement(
            sid="ServiceLinkedRoles", actions=["iam:CreateServiceLinkedRole"],
            resources=[f"arn:aws:iam::{account}:role/aws-service-role/*"]))
    by_bucket: dict[str, list[str]] = {}
    for bucket, key in sorted(deploy.state_keys):
        by_bucket.setdefault(bucket, []).extend([f"arn:aws:s3:::{bucket}/{key}", f"arn:aws:s3:::{bucket}/{key}.tflock"])
    for bucket, key in sorted(deploy.read_keys - deploy.state_keys):
        by_bucket.setdefault(bucket, [])
    for i, (bucket, objects) in enumerate(sorted(by_bucket.items())):
        reads = [f"arn:aws:s3:::{b}/{k}" for b, k in sorted(deploy.read_keys - deploy.state_keys) if b == bucket]
        statements.append(Statement(sid=f"StateBucket{i}", actions=["s3:ListBucket"],
                                    resources=[f"arn:aws:s3:::{bucket}"]))
        if objects:
            statements.append(Statement(sid=f"OwnState{i}", actions=["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
                                        resources=objects))
        if reads:
            statements.append(Statement(sid=f"ReadUpstreamState{i}", actions=["s3:GetObject"], resources=reads))
        if bucket in key_arns:
            statements.append(Statement(sid=f"StateKey{i}", actions=["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"],
                                        resources=[key_arns[bucket]]))
    if deploy.lock_tables:
        statements.append(Statement(
            sid="StateLockTable", actions=["dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem",
                                           "dynamodb:DeleteItem"],
            resources=[f"arn:aws:dynamodb:{region}:{account}:table/{table}"
                       for region, table in sorted(deploy.lock_tables)]))
    # The service rights above would also reach the state itself; what keeps every root's
    # history is never the deploy role's to remove.
    buckets = sorted(key_arns)
    statements.append(Statement(
        sid="ProtectStateBuckets", effect="Deny",
        actions=["s3:DeleteBucket", "s3:DeleteBucketPolicy", "s3:PutBucketPolicy", "s3:PutBucketVersioning",
                 "s3:PutLifecycleConfiguration", "s3:PutEncryptionConfiguration", "s3:PutBucketLogging",
                 "s3:PutBucketPublicAccessBlock", "s3:DeleteObjectVersion"],
        resources=[arn for b in buckets for arn in (f"arn:aws:s3:::{b}", f"arn:aws:s3:::{b}/*",
                                                    f"arn:aws:s3:::{log_bucket_name(b)}",
                                                    f"arn:aws:s3:::{log_bucket_name(b)}/*")]))
    statements.append(Statement(
        sid="ProtectStateKeys", effect="Deny",
        actions=["kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:PutKeyPolicy", "kms:DeleteAlias",
                 "kms:UpdateAlias", "kms:CreateGrant", "kms:RevokeGrant"],
        resources=[key_arns[b] for b in buckets]))
    return statements


def plan_accounts(environments: Sequence[Any], problems: list) -> list[AccountPlan]:
    """One ``AccountPlan`` per account of ``environments`` (``atlas.app.Environment``)."""
    from atlas.config.errors import Problem

    spacelift = next((e.settings for e in environments if e.platform.name == "spacelift"), None)
    accounts: dict[str, list[Any]] = {}
    for env in environments:
        accounts.setdefault(env.settings.account_id, []).append(env)
    plans = []
    for account, envs in sorted(accounts.items()):
        regions = {e.settings.state.region for e in envs}
        if len(regions) > 1:
            first = sorted(envs, key=lambda e: e.source)[0]
            for env in sorted(envs, key=lambda e: e.source):
                if env.settings.state.region != first.settings.state.region:
                    problems.append(Problem(env.source, "state.region", f'"{env.settings.state.region}" differs from '
                                            f'"{first.settings.state.region}" of {first.source} in the same account '
                                            f"{account}, whose bootstrap root creates all its state buckets in one "
                                            f'region: use "{first.settings.state.region}"'))
            continue
        buckets = sorted({e.settings.state.bucket for e in envs if e.platform.name != "spacelift"}) + sorted(
            {e.settings.state.bucket for e in envs if e.platform.name == "spacelift"} -
            {e.settings.state.bucket for e in envs if e.platform.name != "spacelift"})
        for env in envs:
            if len(log_bucket_name(env.settings.state.bucket)) > 63:
                problems.append(Problem(env.source, "state.bucket", f'"{env.settings.state.bucket}" leaves no room '
                                        f"for its access-log bucket {log_bucket_name(env.settings.state.bucket)} "
                                        "(63 characters at most): use a name of 49 characters or fewer"))
        if spacelift is None:
            # The deploy roles trust Spacelift's OIDC issuer and the operator roles, both from
            # that file: without it they would trust nobody (IAM refuses an empty trust policy).
            first = sorted(envs, key=lambda e: e.source)[0]
            problems.append(Problem(first.source, "account_id", f"the bootstrap root of account {account} needs "
                                    "environments/spacelift/<name>.tfvars (the Spacelift settings and "
                                    "operator_roles its deploy roles trust); add it (README, "
                                    '"Delivery": the Spacelift admin root)'))
            continue
        cls = max((e.settings.environment_class for e in envs), key=_CLASS_ORDER.index)
        plans.append(AccountPlan(
            account_id=account, region=regions.pop(), buckets=buckets, environment_class=cls, deploys={},
            issuer=spacelift.issuer if spacelift else None, audience=spacelift.audience if spacelift else None,
            subject_prefix=f"space:{spacelift.space_id}:stack:" if spacelift else "",
            integration_account=spacelift.aws_integration_account_id if spacelift else None,
            tags=dict(spacelift.tags) if spacelift else {},
            spacelift_account=spacelift.spacelift_account if spacelift else "",
            operator_roles=tuple(spacelift.operator_roles) if spacelift else ()))
    return plans


def bootstrap_specs(environments: Sequence[Any], env_specs: Sequence[tuple[Any, Sequence[Any]]],
                    problems: list) -> list[Any]:
    """A ``RootSpec`` per account; its deploy roles learn their rights from the roots they
    deploy (``atlas.stacks.facts``: the app's own when it holds them, else the committed
    facts, else built in a scratch App)."""
    from atlas.stacks.registry import RootSpec

    plans = plan_accounts(environments, problems)
    by_account = {p.account_id: p for p in plans}
    specs = []
    for env, roots in env_specs:
        plan = by_account.get(env.settings.account_id)
        if plan is None or not roots:
            continue
        deploy = plan.deploys.setdefault(env.platform.name, PlatformDeploy(env.platform.name))
        deploy.name_prefixes.add(env.settings.name_prefix)
        deploy.regions.add(env.settings.region)
        if env.settings.state.dynamodb_table:
            deploy.lock_tables.add((env.settings.state.region, env.settings.state.dynamodb_table))
        for spec in roots:
            deploy.roots.append(spec.root.name)
            deploy.state_keys.add((env.settings.state.bucket, spec.root.state_key))
    for plan in plans:
        members = [(env, spec) for env, roots in env_specs if env.settings.account_id == plan.account_id
                   for spec in roots]

        def build(app: App, local: bool, plan: AccountPlan = plan, members=members) -> PlatformStack:
            deploys = _learn(app, plan, members, environments)
            return BootstrapStack(app, plan, deploys, local_backend=local)

        specs.append(RootSpec(plan.root, build))
    return specs


def _learn(app: App, plan: AccountPlan, members: Sequence[tuple[Any, Any]],
           environments: Sequence[Any]) -> list[PlatformDeploy]:
    for env, spec, facts in members_facts(app, members, environments):
        deploy = plan.deploys[env.platform.name]
        deploy.types |= facts.resource_types
        for upstream in facts.depends_on:
            for other_env, other in members:
                if other.root.name == upstream:
                    deploy.read_keys.add((other_env.settings.state.bucket, other.root.state_key))
    return [plan.deploys[p] for p in sorted(plan.deploys)]


def registered_names(environments: Sequence[Any]) -> dict[str, list[Any]]:
    """``{bootstrap root: the names it gives AWS resources}`` (``atlas.naming``), derived from
    the environment files like the roots themselves (tests/test_naming.py checks both ways)."""
    from atlas.naming import Name, derived

    found: dict[str, list[Any]] = {}
    for plan in plan_accounts(environments, []):
        names = []
        for bucket in plan.buckets:
            names += derived([Name("s3_bucket", bucket), Name("s3_bucket", log_bucket_name(bucket)),
                              Name("kms_alias", f"alias/{key_alias(bucket)}")], "state.bucket")
        for platform in sorted({e.platform.name for e in environments if e.settings.account_id == plan.account_id}):
            names += derived([Name("iam_role", PlatformDeploy(platform).role_name), Name("iam_policy", "deploy")],
                             "account_id")
        found[plan.root.name] = names
    return found
