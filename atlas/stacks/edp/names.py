"""Every AWS name an EDP environment file turns into (``Platform.names``).

The constructs' own builders where they have one (network, keys, load balancer, ECS,
PostgreSQL, the alarm builders), called with what ``root.py`` passes them; the names the
EDP constructs spell themselves (lake buckets, Glue, service roles, DMS, Redshift, MWAA)
follow the same formats. ``tests/test_naming.py`` fails when a synthesized root holds a
name this list lacks, so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

# The analytics agent's services and the images its repositories hold (``root.py``).
AGENT_SERVICES = ("api", "ui")


def derived_names(s) -> list:
    from atlas.constructs.alb import load_balancer_names
    from atlas.constructs.ecs import cluster_names, service_names
    from atlas.constructs.kms import key_alias
    from atlas.constructs.medallion import LAYERS, OTHER_BUCKETS
    from atlas.constructs.network import network_names
    from atlas.constructs.observability import (ecs_running_tasks_alarm, ecs_service_alarms, freshness_alarms,
                                                load_balancer_alarms, load_balancer_latency_alarms, rds_alarms,
                                                state_machine_alarms)
    from atlas.constructs.rds import postgres_names
    from atlas.naming import Name, derived

    p, account, out = s.name_prefix, s.account_id, []

    def add(built: object, *keys: str) -> None:
        out.extend(derived(built, *(keys or ("name_prefix",))))

    # foundation
    add([key_alias(f"{p}-logs"), key_alias(f"{p}-platform"), network_names(p)])
    if s.bastion is not None:
        add([Name("iam_role", f"{p}-bastion"), Name("security_group", f"{p}-bastion")])
    add([Name("s3_bucket", f"{p}-access-logs-{account}")]
        + [Name("s3_bucket", f"{p}-{key}-{account}") for key in (*LAYERS, *OTHER_BUCKETS)], "name_prefix", "account_id")
    add([Name("glue_database", f"{p}_{layer}".replace("-", "_")) for layer in LAYERS])
    services = ["glue", "states"] + (["scheduler"] if s.pipeline.schedule else []) \
        + (["dms-s3", "dms-secrets"] if s.ingestion is not None else []) \
        + (["redshift"] if s.serving is not None else []) + (["airflow"] if s.orchestration is not None else [])
    add([Name("iam_role", f"{p}-{service}") for service in services] + [Name("iam_policy", "service")])
    if s.dms_account_roles:
        add([Name("iam_role", "dms-vpc-role"), Name("iam_role", "dms-cloudwatch-logs-role")], "dms_account_roles")
    # processing, pipeline, dbt
    add([Name("security_group", f"{p}-glue"), Name("glue_job", f"{p}-bronze-to-silver"),
         Name("glue_crawler", f"{p}-silver"), Name("athena_workgroup", p),
         Name("log_group", f"/aws/vendedlogs/states/{p}-pipeline"), Name("sns_topic", f"{p}-alerts")])
    add(cluster_names(p, f"{p}.local"))
    add([service_names(f"{p}-dbt"), Name("security_group", f"{p}-dbt")])
    # the analytics agent
    add([load_balancer_names(p, ["ui", "api"], account_id=account), Name("security_group", f"{p}-alb"),
         Name("secret", f"{p}/analytics-agent/model-api-key")])
    for key in AGENT_SERVICES:
        add([service_names(f"{p}-agent-{key}"), Name("security_group", f"{p}-agent-{key}")])
    # monitoring
    specs = state_machine_alarms(p, "")
    specs += freshness_alarms(p, namespace="", metric="", dimensions={}, tables=s.processing.silver_tables,
                              stale_after_hours=s.processing.stale_after_hours)
    specs += load_balancer_alarms(p, "", {"ui": "", "api": ""}) + load_balancer_latency_alarms(p, "")
    agent = s.analytics_agent
    for key, cfg in (("api", agent.api), ("ui", agent.ui)):
        specs += ecs_service_alarms(p, f"{p}-agent-{key}")
        if cfg.image and cfg.desired_count:
            specs.append(ecs_running_tasks_alarm(p, f"{p}-agent-{key}", cfg.desired_count))
    if s.ingestion is not None:
        specs += rds_alarms(p, "source", "")
    add([Name("alarm", spec.name) for spec in specs] + [Name("budget", f"{p}-monthly")])
    # optional modes
    if s.ingestion is not None:
        db = s.ingestion.database
        add([postgres_names(f"{p}-source"), Name("security_group", f"{p}-cdc-dms")])
        add(Name("postgres_database", db.database_name), "ingestion.database.database_name")
        add(Name("postgres_user", db.master_username), "ingestion.database.master_username")
    if s.serving is not None:
        add(Name("security_group", f"{p}-redshift"))
    if s.orchestration is not None:
        add([Name("s3_bucket", f"{p}-airflow-dags-{account}"), Name("security_group", f"{p}-airflow-mwaa")],
            "name_prefix", "account_id")
    return out
