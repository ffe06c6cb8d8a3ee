"""Settings of one EDP environment (environments/edp/<env>.tfvars).

One file feeds one root (``edp-<env>``): the foundation (network, lake, keys, roles, Glue
databases), the default runtime every environment runs (processing, the Step Functions
pipeline, the analytics agent, monitoring) and the optional modes, each an object that is
present (on) or absent (off): ``ingestion`` (RDS + DMS CDC), ``serving`` (Redshift
Serverless) and ``orchestration`` (MWAA). Application artifacts (Glue scripts, container
images) are built by the application repositories; they are settings here, never objects
this root uploads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar, Iterable, Literal, Mapping

from atlas.config.common import (AlertsSettings, BudgetSettings, DatabaseSettings, NetworkSettings,
                                 PlatformSettings, check_container, check_fargate_size)
from atlas.config.errors import Problem, SettingError
from atlas.config.schema import setting

_S3_URI = re.compile(r"^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/\S+$")
_SSM_PARAMETER = re.compile(r"^/[A-Za-z0-9_.\-/]+$")
_TABLE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
_ENV_KEY = re.compile(r"^[A-Z][A-Z0-9_]*$")
_SCHEDULE = re.compile(r"^(cron|rate)\(.+\)$")
# Glue 4.0 and 5.0 are the versions Glue accepts for new Spark jobs (3.0 is end of support).
GLUE_VERSIONS = ("4.0", "5.0")
GLUE_WORKER_TYPES = ("G.1X", "G.2X", "G.4X", "G.8X")
DMS_INSTANCE_CLASSES = tuple(f"dms.{f}.{s}" for f, sizes in (("t3", ("micro", "small", "medium", "large")),
                                                               ("c5", ("large", "xlarge", "2xlarge", "4xlarge")),
                                                               ("r5", ("large", "xlarge", "2xlarge", "4xlarge")))
                             for s in sizes)
MWAA_CLASSES = ("mw1.micro", "mw1.small", "mw1.medium", "mw1.large", "mw1.xlarge", "mw1.2xlarge")
# Redshift Serverless base capacity: 8 to 512 RPUs in steps of 8.
RPU_STEPS = tuple(range(8, 513, 8))


@dataclass(frozen=True, kw_only=True)
class BastionSettings:
    """An SSM-managed host in a private subnet: no inbound rule, no SSH key; operators reach
    it (and through it the database) with Session Manager port forwarding."""

    instance_type: str = "t3.micro"
    # The public SSM parameter AWS keeps pointed at the current Amazon Linux 2023 AMI; the
    # instance names it as ``resolve:ssm:<parameter>``, so the plan reads no AWS API.
    ami_parameter: str = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"

    def checks(self) -> Iterable[SettingError]:
        found = []
        if not _SSM_PARAMETER.match(self.ami_parameter):
            found.append(SettingError("ami_parameter", f'"{self.ami_parameter}" is not an SSM parameter name '
                                                       '(it starts with "/")'))
        if not re.match(r"^[a-z][a-z0-9]*\.[a-z0-9]+$", self.instance_type):
            found.append(SettingError("instance_type", f'"{self.instance_type}" is not an EC2 instance type'))
        return found


@dataclass(frozen=True, kw_only=True)
class LakeSettings:
    """The medallion buckets (bronze, silver, gold, quarantine), Athena results, Glue scripts."""

    noncurrent_version_days: int = 30
    athena_results_retention_days: int = 30
    quarantine_retention_days: int = 90
    access_log_retention_days: int = 90
    # Only for an environment torn down with its data on purpose (short dev sessions).
    force_destroy: bool = False

    def checks(self) -> Iterable[SettingError]:
        return [SettingError(key, "must be at least 1 day") for key in
                ("noncurrent_version_days", "athena_results_retention_days", "quarantine_retention_days",
                 "access_log_retention_days") if getattr(self, key) < 1]


@dataclass(frozen=True, kw_only=True)
class ProcessingSettings:
    """The Glue bronze -> silver job, the silver crawler and the Athena workgroup."""

    # Provided by the application (the glue-jobs repository uploads it); this root never
    # writes it, so it is an S3 URI setting.
    bronze_to_silver_script: str = setting(doc='S3 URI of the PySpark script, e.g. "s3://<bucket>/jobs/b2s.py"')
    glue_version: Literal["4.0", "5.0"] = "4.0"
    worker_type: Literal["G.1X", "G.2X", "G.4X", "G.8X"] = "G.1X"
    number_of_workers: int = 2
    timeout_minutes: int = 60
    # Tables the job writes to silver; each gets a freshness metric and a stale-data alarm.
    silver_tables: tuple[str, ...] = setting(doc='silver table names, e.g. ["orders", "customers"]')
    # Silver is stale when no successful pipeline run refreshed a table for this long.
    stale_after_hours: int = 26
    # Scan limit per Athena query (the workgroup cancels larger scans): 10 GiB.
    athena_bytes_scanned_cutoff: int = 10 * 1024 ** 3

    def checks(self) -> Iterable[SettingError]:
        found = []
        if not _S3_URI.match(self.bronze_to_silver_script):
            found.append(SettingError("bronze_to_silver_script", f'"{self.bronze_to_silver_script}" is not an S3 '
                                                                 'object URI ("s3://<bucket>/<key>")'))
        if not 2 <= self.number_of_workers <= 299:
            found.append(SettingError("number_of_workers", "must be 2-299 (Glue Spark jobs need a driver and a worker)"))
        if not 1 <= self.timeout_minutes <= 2880:
            found.append(SettingError("timeout_minutes", "must be 1-2880 (Glue's 48-hour limit)"))
        if not self.silver_tables:
            found.append(SettingError("silver_tables", "lists no table; give at least one"))
        found += [SettingError(f"silver_tables[{i}]", f'"{t}" must be a lowercase table name (letters, digits, _)')
                  for i, t in enumerate(self.silver_tables) if not _TABLE.match(t)]
        if len(set(self.silver_tables)) != len(self.silver_tables):
            found.append(SettingError("silver_tables", "lists a table twice"))
        # CloudWatch evaluates hourly periods over at most 7 days.
        if not 1 <= self.stale_after_hours <= 168:
            found.append(SettingError("stale_after_hours", "must be 1-168 (CloudWatch evaluates hourly data over at "
                                                           "most 7 days)"))
        if self.athena_bytes_scanned_cutoff < 10 * 1024 ** 2:
            found.append(SettingError("athena_bytes_scanned_cutoff", "must be at least 10485760 (10 MiB, Athena's "
                                                                     "minimum)"))
        return found


@dataclass(frozen=True, kw_only=True)
class TaskSettings:
    """A container the root runs: its image comes from the application's pipeline. Without an
    image the root still creates everything around it (repository, roles, task definition
    on the repository's ``bootstrap`` tag) and a service stays at desired count 0 until a
    rollout step sets the image."""

    image: str | None = None
    cpu: int = 512
    memory: int = 1024

    def checks(self) -> Iterable[SettingError]:
        if self.image is None:
            size = check_fargate_size(self.cpu, self.memory)
            return [size] if size else []
        return check_container(self.image, self.cpu, self.memory, 0)


@dataclass(frozen=True, kw_only=True)
class PipelineSettings:
    """The default orchestrator: Step Functions, bronze -> silver -> crawler -> dbt."""

    dbt: TaskSettings = field(default_factory=TaskSettings)
    # EventBridge Scheduler expression; null = runs only when started by hand.
    schedule: str | None = "cron(0 5 * * ? *)"
    # Attempts of each step before the failure path (the first run included).
    max_attempts: int = 3

    def checks(self) -> Iterable[SettingError]:
        found = []
        if self.schedule is not None and not _SCHEDULE.match(self.schedule):
            found.append(SettingError("schedule", f'"{self.schedule}" is not a schedule expression; use '
                                                  '"cron(...)" or "rate(...)"'))
        if not 1 <= self.max_attempts <= 10:
            found.append(SettingError("max_attempts", "must be 1-10"))
        return found


@dataclass(frozen=True, kw_only=True)
class AgentServiceSettings(TaskSettings):
    desired_count: int = 1
    port: int = 8000
    health_check_path: str = "/health"

    def checks(self) -> Iterable[SettingError]:
        found = list(super().checks())
        if self.desired_count < 0:
            found.append(SettingError("desired_count", "must be 0 or more"))
        if not 1024 <= self.port <= 65535:
            found.append(SettingError("port", f"{self.port} must be 1024-65535 (the tasks run as a non-root user)"))
        if not self.health_check_path.startswith("/"):
            found.append(SettingError("health_check_path", 'must start with "/"'))
        return found


@dataclass(frozen=True, kw_only=True)
class AgentApiSettings(AgentServiceSettings):
    """The FastAPI backend (the governed query brain); uvicorn's default port."""

    port: int = 8000
    health_check_path: str = "/health"


@dataclass(frozen=True, kw_only=True)
class AgentUiSettings(AgentServiceSettings):
    """The web front end; Streamlit's default port and its own health endpoint."""

    port: int = 8501
    health_check_path: str = "/_stcore/health"


@dataclass(frozen=True, kw_only=True)
class AnalyticsAgentSettings:
    """The analytics agent: the FastAPI backend and the web front end behind one ALB
    (``/api/*`` to the backend, everything else to the front end)."""

    api: AgentApiSettings = field(default_factory=AgentApiSettings)
    ui: AgentUiSettings = field(default_factory=AgentUiSettings)
    # The environment variable the backend reads its model API key from; the key itself is
    # set by operators in the secret this root creates.
    model_api_key_variable: str = "ANTHROPIC_API_KEY"
    # Who may reach the load balancer (an office or VPN range); 0.0.0.0/0 only outside production.
    allowed_cidrs: tuple[str, ...] = ("0.0.0.0/0",)

    def checks(self) -> Iterable[SettingError]:
        found = []
        if not _ENV_KEY.match(self.model_api_key_variable):
            found.append(SettingError("model_api_key_variable", f'"{self.model_api_key_variable}" must be an '
                                                                "environment variable name (A-Z, 0-9, _)"))
        if self.api.port == self.ui.port:
            found.append(SettingError("ui.port", f"{self.ui.port} is also api.port; give each service its own port"))
        if not self.allowed_cidrs:
            found.append(SettingError("allowed_cidrs", "lists no range; give at least one"))
        return found


@dataclass(frozen=True, kw_only=True)
class IngestionSettings:
    """Optional CDC: RDS PostgreSQL with logical replication and a DMS full-load-and-CDC task
    writing Parquet into bronze."""

    database: DatabaseSettings = setting(doc="{ database_name, ... } of the source PostgreSQL")
    replication_instance_class: Literal[DMS_INSTANCE_CLASSES] = "dms.t3.medium"  # type: ignore[valid-type]
    replication_allocated_storage_gb: int = 50
    # DMS engine versions AWS offers for new instances.
    replication_engine_version: Literal["3.5.3", "3.5.4", "3.6.1"] = "3.5.4"
    # Schemas whose tables are replicated (DMS selection rules).
    schemas: tuple[str, ...] = ("public",)

    def checks(self) -> Iterable[SettingError]:
        found = []
        if not 5 <= self.replication_allocated_storage_gb <= 6144:
            found.append(SettingError("replication_allocated_storage_gb", "must be 5-6144 GiB"))
        if not self.schemas:
            found.append(SettingError("schemas", "lists no schema; give at least one"))
        found += [SettingError(f"schemas[{i}]", f'"{s}" must be a lowercase schema name')
                  for i, s in enumerate(self.schemas) if not _TABLE.match(s)]
        if self.database.master_password_mode != "managed":
            found.append(SettingError("database.master_password_mode", 'must be "managed": DMS reads the RDS-managed '
                                                                       "master secret (secrets_manager_arn)"))
        return found


@dataclass(frozen=True, kw_only=True)
class ServingSettings:
    """Optional Redshift Serverless: a private workgroup over the gold layer."""

    database_name: str = "analytics"
    admin_username: str = "edp_admin"
    base_capacity_rpu: int = 8
    max_capacity_rpu: int = 64

    def checks(self) -> Iterable[SettingError]:
        found = []
        if not _TABLE.match(self.database_name):
            found.append(SettingError("database_name", "must be lowercase letters, digits and _"))
        if not re.match(r"^[a-z][a-z0-9_]{0,126}$", self.admin_username) or self.admin_username in ("admin", "rdsadmin"):
            found.append(SettingError("admin_username", f'"{self.admin_username}" must be lowercase letters, digits '
                                                        "or _, starting with a letter, and not reserved (admin)"))
        if self.base_capacity_rpu not in RPU_STEPS:
            found.append(SettingError("base_capacity_rpu", "must be 8-512 in steps of 8"))
        if self.max_capacity_rpu not in RPU_STEPS or self.max_capacity_rpu < self.base_capacity_rpu:
            found.append(SettingError("max_capacity_rpu", "must be 8-512 in steps of 8, at least base_capacity_rpu"))
        return found


@dataclass(frozen=True, kw_only=True)
class OrchestrationSettings:
    """Optional MWAA: the same pipeline as an Airflow DAG, for the visual task graph."""

    airflow_version: Literal["2.9.2", "2.10.1", "2.10.3"] = "2.10.3"
    environment_class: Literal["mw1.micro", "mw1.small", "mw1.medium", "mw1.large", "mw1.xlarge",
                               "mw1.2xlarge"] = "mw1.small"
    min_workers: int = 1
    max_workers: int = 2

    def checks(self) -> Iterable[SettingError]:
        if not 1 <= self.min_workers <= self.max_workers <= 25:
            return [SettingError("max_workers", "needs 1 <= min_workers <= max_workers <= 25")]
        return []


@dataclass(frozen=True, kw_only=True)
class EdpSettings(PlatformSettings):
    network: NetworkSettings = setting(doc="{ cidr, availability_zones, public_subnet_cidrs, private_subnet_cidrs }")
    bastion: BastionSettings | None = None
    lake: LakeSettings = field(default_factory=LakeSettings)
    # DMS needs two IAM roles with fixed names in every account (dms-vpc-role and
    # dms-cloudwatch-logs-role). One environment per account creates them; turn this off
    # where another root (or the console) already did.
    dms_account_roles: bool = False
    processing: ProcessingSettings = setting(doc="{ bronze_to_silver_script, silver_tables, ... }")
    pipeline: PipelineSettings = field(default_factory=PipelineSettings)
    analytics_agent: AnalyticsAgentSettings = field(default_factory=AnalyticsAgentSettings)
    # ACM certificate of the agent's load balancer; without one it listens on HTTP only
    # (refused in staging and production).
    certificate_arn: str | None = None
    alerts: AlertsSettings = setting(doc="{ email } where alarms and budget alerts go")
    budget: BudgetSettings = setting(doc="{ monthly_limit_usd }")
    ingestion: IngestionSettings | None = None
    serving: ServingSettings | None = None
    orchestration: OrchestrationSettings | None = None

    renamed: ClassVar[dict[str, str]] = {
        "enable_ingestion": "ingestion = { database = { ... } } (present: on, absent: off)",
        "enable_serving": "serving = { ... } (present: on, absent: off)",
        "enable_mwaa": "orchestration = { ... } (present: on, absent: off)",
    }

    def checks(self) -> Iterable[SettingError]:
        found = list(super().checks())
        zone = self.network.check_zones_in(self.region, "network.availability_zones")
        found += [zone] if zone else []
        if self.certificate_arn is not None:
            certificate = self.check_certificate("certificate_arn", self.certificate_arn)
            found += [certificate] if certificate else []
        elif self.environment_class != "development":
            found.append(SettingError("certificate_arn", f"is required in a {self.environment_class} environment: the "
                                                         "agent's load balancer serves HTTPS only"))
        if self.alerts.email is None:
            found.append(SettingError("alerts.email", "is required: alarms and the budget notify this address"))
        if self.alerts.pagerduty is not None:
            found.append(SettingError("alerts.pagerduty", "is not offered by EDP, whose alarms go to alerts.email; "
                                                          "remove it"))
        if not self.rules.public_endpoints and "0.0.0.0/0" in self.analytics_agent.allowed_cidrs:
            found.append(SettingError("analytics_agent.allowed_cidrs", f"is open to 0.0.0.0/0, which a "
                                                                       f"{self.environment_class} environment refuses; "
                                                                       "list the office or VPN ranges"))
        if self.ingestion is not None:
            found += [SettingError(f"ingestion.database.{e.key}", e.message)
                      for e in self.ingestion.database.check_class(self.rules, self.environment_class)]
        if self.serving is not None and len(self.network.availability_zones) < 3:
            found.append(SettingError("serving", "needs a network of 3 availability zones: Redshift Serverless "
                                                 "requires subnets in three zones (network.availability_zones lists "
                                                 f"{len(self.network.availability_zones)})"))
        return found


def cross_checks(settings: Mapping[str, EdpSettings], sources: Mapping[str, str]) -> list[Problem]:
    """DMS's account roles have fixed names: two environments of one account creating them
    would fight over one role (the second apply fails with EntityAlreadyExists, and
    destroying either environment would delete the other's roles). Reported on the later
    environment, by name."""
    found: list[Problem] = []
    owners: dict[str, str] = {}
    for env, s in sorted(settings.items()):
        if not s.dms_account_roles:
            continue
        owner = owners.setdefault(s.account_id, env)
        if owner != env:
            found.append(Problem(sources[env], "dms_account_roles", f'is also true in "{owner}" (account '
                                 f"{s.account_id}); DMS's dms-vpc-role and dms-cloudwatch-logs-role exist once per "
                                 "account: set it to false here"))
    return found
