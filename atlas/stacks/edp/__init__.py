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
from atlas.stacks.edp.root import EdpStack
from atlas.stacks.registry import Platform, RootSpec
from atlas.state import RootId


def roots(env: str, settings: EdpSettings) -> list[RootSpec]:
    root = RootId("edp", env)
    return [RootSpec(root, lambda app, local: EdpStack(app, root, settings, local_backend=local))]


PLATFORM = Platform(name="edp", settings=EdpSettings, roots=roots, cross_checks=cross_checks)
