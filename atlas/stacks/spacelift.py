"""The Spacelift delivery (``environments/spacelift/<name>.tfvars``) and its admin root.

The one settings file describes the Spacelift account every root is delivered from. It is
loaded like an environment file (same discovery, loader and ``<file>: <key>: ...``
errors) and feeds what the app derives from all environments: the account bootstrap roots'
trust (OIDC issuer and audience, the AWS integration's account), ``.spacelift/config.yml``
(runner image, workflow tool), and the admin root ``spacelift-<name>``, which declares as
code, for every root but the bootstrap roots and itself:

* one ``spacelift_stack`` (slug = the root's name, the key of its ``.spacelift/config.yml``
  entry, which holds its hooks and workflow tool): repository and branch, labels from the
  root's platform, environment, layer and class, its own state (``manage_state = false``:
  the roots keep theirs in S3), the private worker pool when the root's provider must reach
  private endpoints (``atlas.delivery.spacelift.PRIVATE_PROVIDERS``: the Kafka roots),
  protection from deletion and no autodeploy for production;
* one ``spacelift_stack_dependency`` per edge of the root graph (the remote-state reads);
* one ``spacelift_aws_integration`` per platform and account (its bootstrap deploy role)
  and one attachment per stack;
* ``spacelift_drift_detection`` on the settings' schedule.

The provider (spacelift-io/spacelift 1.53.5) is not in the offline mirror: the root is
checked against ``schemas/spacelift@1.53.5.json`` instead of planned.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

from atlas.cdk import App, Construct
from atlas.config.errors import Problem
from atlas.config.spacelift import SpaceliftSettings
from atlas.stacks.base import PlatformStack
from atlas.stacks.facts import members_facts
from atlas.stacks.registry import Platform, RootSpec
from atlas.state import RootId

PROVIDER_SOURCE = "spacelift-io/spacelift"


def roots(env: str, settings: SpaceliftSettings) -> list[RootSpec]:
    return []  # the admin root is derived from every environment: admin_specs


def cross_checks(settings: Mapping[str, Any], sources: Mapping[str, str]) -> Iterable[Problem]:
    names = sorted(settings)
    for name in names[1:]:
        yield Problem(sources[name], "", f"is a second Spacelift settings file (the first is {sources[names[0]]}); "
                                         "one Spacelift account delivers every root: keep one file")


def derived_names(settings: SpaceliftSettings) -> list[Any]:
    """The AWS name this file makes: the bucket of the admin root's state (created by the
    account's bootstrap root); the admin root itself names only Spacelift objects."""
    from atlas.naming import Name, derived

    return derived(Name("s3_bucket", settings.state.bucket), "state.bucket")


PLATFORM = Platform(name="spacelift", settings=SpaceliftSettings, roots=roots, cross_checks=cross_checks,
                    names=derived_names)


def settings_of(environments: Iterable[Any]) -> SpaceliftSettings | None:
    """The Spacelift settings among loaded environments, if a file gives them."""
    return next((e.settings for e in environments if e.platform is PLATFORM), None)


def admin_specs(environments: Sequence[Any], env_specs: Sequence[tuple[Any, Sequence[RootSpec]]]
                ) -> list[tuple[Any, list[RootSpec]]]:
    """``(spacelift environment, [admin root spec])``, or nothing without a settings file."""
    env = next((e for e in environments if e.platform is PLATFORM), None)
    if env is None:
        return []
    root = RootId(PLATFORM.name, env.name)
    members = [(e, spec) for e, specs in env_specs if e.platform is not PLATFORM for spec in specs]

    def build(app: App, local: bool) -> PlatformStack:
        return SpaceliftAdminStack(app, root, env.settings, catalog(app, members, environments), local_backend=local)

    return [(env, [RootSpec(root, build)])]


def catalog(app: App, members: Sequence[tuple[Any, RootSpec]], environments: Sequence[Any]) -> list[dict[str, Any]]:
    """What the admin root needs of each stack root (``atlas.stacks.facts``: from the app's
    own roots, else the committed facts, else built in a scratch App)."""
    from atlas.delivery.spacelift import PRIVATE_PROVIDERS

    found = []
    for env, spec, facts in members_facts(app, members, environments):
        found.append({"name": spec.root.name, "platform": spec.root.platform, "environment": spec.root.env,
                      "layer": spec.root.layer, "environment_class": env.settings.environment_class,
                      "account_id": env.settings.account_id, "depends_on": list(facts.depends_on),
                      "private": bool(facts.providers & PRIVATE_PROVIDERS)})
    return sorted(found, key=lambda r: r["name"])


def _id(name: str) -> str:
    return name.replace("-", "_")


class SpaceliftAdminStack(PlatformStack):
    """The Spacelift stacks of every root, as code (module doc)."""

    aws_provider = False

    def __init__(self, scope: Construct, root: RootId, settings: SpaceliftSettings,
                 stacks: Sequence[Mapping[str, Any]], *, local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend)
        from spacelift.aws_integration import AwsIntegration
        from spacelift.aws_integration_attachment import AwsIntegrationAttachment
        from spacelift.drift_detection import DriftDetection
        from spacelift.provider import SpaceliftProvider
        from spacelift.stack import Stack
        from spacelift.stack_dependency import StackDependency

        from atlas.stacks.bootstrap import PlatformDeploy

        # Everything comes from the environment: SPACELIFT_API_TOKEN inside an administrative
        # stack; SPACELIFT_API_KEY_ENDPOINT (the settings' issuer), _ID and _SECRET for the
        # first apply by hand (README). Nothing of it is written into the root.
        SpaceliftProvider(self, "spacelift")
        repository = settings.repository.strip("/").split("/", 1)[1]
        created = {}
        integrations = {}
        for entry in stacks:
            name, production = entry["name"], entry["environment_class"] == "production"
            labels = [f"platform:{entry['platform']}", f"environment:{entry['environment']}",
                      f"class:{entry['environment_class']}", f"account:{entry['account_id']}", "managed-by:atlas"]
            labels += [f"layer:{entry['layer']}"] if entry["layer"] else []
            labels += ["private-endpoints"] if entry["private"] else []
            created[name] = Stack(
                self, f"stack_{_id(name)}", name=name, slug=name, space_id=settings.space_id,
                description=f"Terraform root {name} (generated by the atlas app; hooks in .spacelift/config.yml)",
                repository=repository, branch=settings.branch, project_root=".", labels=sorted(labels),
                manage_state=False, terraform_workflow_tool="CUSTOM", runner_image=settings.runner_image,
                worker_pool_id=settings.private_worker_pool_id if entry["private"] else None,
                autodeploy=not production, protect_from_deletion=production, administrative=False,
                enable_local_preview=False)
            key = (entry["platform"], entry["account_id"])
            if key not in integrations:
                role = PlatformDeploy(entry["platform"]).role_name
                integrations[key] = AwsIntegration(
                    self, f"aws_{_id(entry['platform'])}_{entry['account_id']}",
                    name=f"{entry['platform']}-{entry['account_id']}", space_id=settings.space_id,
                    role_arn=f"arn:aws:iam::{entry['account_id']}:role/{role}", duration_seconds=3600,
                    generate_credentials_in_worker=False,
                    labels=[f"platform:{entry['platform']}", f"account:{entry['account_id']}"])
            AwsIntegrationAttachment(self, f"aws_{_id(name)}", integration_id=integrations[key].id,
                                     stack_id=created[name].id, read=True, write=True)
            DriftDetection(self, f"drift_{_id(name)}", stack_id=created[name].id,
                           schedule=list(settings.drift_detection_schedule), reconcile=False, timezone="UTC")
        for entry in stacks:
            for upstream in entry["depends_on"]:
                if upstream in created:
                    StackDependency(self, f"dependency_{_id(entry['name'])}_on_{_id(upstream)}",
                                    stack_id=created[entry["name"]].id, depends_on_stack_id=created[upstream].id)
