"""EDP, the enterprise data platform: one root per environment (``edp-<env>``).

Foundation (network with an optional SSM bastion, the medallion lake on one platform key,
Glue databases, one role per service, the DMS account roles where this environment owns
them), the default runtime every environment runs (Glue processing and Athena, the Step
Functions pipeline with dbt on ECS, the analytics agent behind an ALB, monitoring), and the
optional modes as switches: ``ingestion`` (RDS + DMS CDC), ``serving`` (Redshift
Serverless), ``orchestration`` (MWAA running the same pipeline).
"""

from __future__ import annotations

from atlas.config.edp import EdpSettings, cross_checks
from atlas.stacks.registry import Platform, RootSpec, lazy, lazy_names
from atlas.state import RootId

# The composition (and the AWS bindings it imports) is imported when its root is built, not
# when the platform is registered (atlas.stacks.registry.lazy).
_LAZY = {"EdpStack": "atlas.stacks.edp.root"}


__getattr__ = lazy(__name__, _LAZY)


derived_names = lazy_names("atlas.stacks.edp.names")


def roots(env: str, settings: EdpSettings) -> list[RootSpec]:
    root = RootId("edp", env)
    return [RootSpec(root, lambda app, local: __getattr__("EdpStack")(app, root, settings, local_backend=local))]


PLATFORM = Platform(name="edp", settings=EdpSettings, roots=roots, cross_checks=cross_checks, names=derived_names)
