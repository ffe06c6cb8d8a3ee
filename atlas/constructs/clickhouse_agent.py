"""The Prometheus agent that scrapes a ClickHouse Cloud service and remote-writes to New Relic.

The official Prometheus image runs with its configuration written at start by the task's
inline command (``sh -c`` with a heredoc), so no config file or sidecar needs building.
Credentials arrive as environment variables injected by ECS from the agent's own secret;
the shell expands them into the file inside the container, so they never appear in the
task definition. ``$NAME`` (not ``${NAME}``) is used on purpose: ``${`` would be read as a
Terraform interpolation in the synthesized JSON.

It creates nothing in ClickHouse Cloud: it only reads the service-scoped Prometheus
endpoint with an API key operators create there.
"""

from __future__ import annotations

from typing import Protocol, Sequence

from atlas.cdk import Construct
from atlas.constructs.ecs import FargateService, FargateServiceProps
from atlas.constructs.secrets import SeededSecret

# Keys of the agent's secret; seeded empty, filled in by operators.
SECRET_KEYS = ("CLICKHOUSE_KEY_ID", "CLICKHOUSE_KEY_SECRET", "NEW_RELIC_LICENSE_KEY")

# Only the series the ClickHouse dashboard needs: ClickHouse server metrics and ClickPipes.
KEEP_METRICS = "(ClickHouse|ClickPipes).*"


class AgentSettings(Protocol):
    organization_id: str
    service_id: str
    remote_write_url: str
    scrape_interval_seconds: int


def scrape_path(organization_id: str, service_id: str) -> str:
    return f"/v1/organizations/{organization_id}/services/{service_id}/prometheus"


def config(agent: AgentSettings, name: str) -> str:
    """The prometheus.yml the command writes (shell variables expand at container start)."""
    return f"""global:
  scrape_interval: {agent.scrape_interval_seconds}s
  external_labels:
    agent: {name}
scrape_configs:
  - job_name: clickhouse-cloud
    scheme: https
    metrics_path: {scrape_path(agent.organization_id, agent.service_id)}
    params:
      filtered_metrics: ["false"]
    basic_auth:
      username: $CLICKHOUSE_KEY_ID
      password: $CLICKHOUSE_KEY_SECRET
    static_configs:
      - targets: ["api.clickhouse.cloud"]
    metric_relabel_configs:
      - source_labels: [__name__]
        regex: "{KEEP_METRICS}"
        action: keep
remote_write:
  - url: {agent.remote_write_url}
    authorization:
      credentials: $NEW_RELIC_LICENSE_KEY
"""


def command(agent: AgentSettings, name: str) -> str:
    """The ``sh -c`` script: write the configuration, then run Prometheus in agent mode
    (no local TSDB, only the write-ahead log for remote write)."""
    return ("cat > /tmp/prometheus.yml <<EOF\n" + config(agent, name) + "EOF\n"
            "exec /bin/prometheus --config.file=/tmp/prometheus.yml --enable-feature=agent "
            "--storage.agent.path=/tmp/agent --web.listen-address=:9090")


class AgentServiceSettings(AgentSettings, Protocol):
    image: str
    cpu: int
    memory: int
    desired_count: int


def agent_names(prefix: str) -> dict:
    """The agent's service name and security group name, from the root's prefix."""
    return {"service": f"{prefix}-clickhouse-prometheus-agent", "security_group": f"{prefix}-clickhouse-agent"}


def agent_service(scope: Construct, agent: AgentServiceSettings, *, prefix: str, cluster_arn: str, vpc_id: str,
                  subnet_ids: Sequence[str], region: str, account_id: str, secret: SeededSecret,
                  log_kms_key_arn: str, log_retention_days: int) -> FargateService:
    """The agent on Fargate: the stock image, its config written by ``sh -c`` (the image's
    ENTRYPOINT is the prometheus binary, so the shell is the entry point), credentials from
    ``secret``; it only connects out (no port, no load balancer)."""
    return FargateService(scope, "clickhouse_agent", FargateServiceProps(
        name=agent_names(prefix)["service"], cluster_arn=cluster_arn, image=agent.image,
        cpu=agent.cpu, memory=agent.memory, desired_count=agent.desired_count, vpc_id=vpc_id,
        subnet_ids=subnet_ids, security_group_name=agent_names(prefix)["security_group"],
        security_group_description="ClickHouse Cloud Prometheus agent tasks", region=region,
        account_id=account_id, log_kms_key_arn=log_kms_key_arn, log_retention_days=log_retention_days,
        entry_point=["/bin/sh", "-c"], command=[command(agent, prefix)], runtime_secret=secret,
        health_check_command="wget -qO- http://127.0.0.1:9090/-/healthy > /dev/null || exit 1"))
