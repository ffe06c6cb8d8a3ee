"""The ClickHouse Cloud Prometheus agent's configuration script."""

from __future__ import annotations

from dataclasses import dataclass

from atlas.constructs import clickhouse_agent


@dataclass
class Agent:
    organization_id: str = "org-1111"
    service_id: str = "svc-2222"
    remote_write_url: str = "https://metric-api.newrelic.com/prometheus/v1/write"
    scrape_interval_seconds: int = 30


def test_script_writes_the_config_then_runs_the_agent():
    script = clickhouse_agent.command(Agent(), "plane")
    assert script.startswith("cat > /tmp/prometheus.yml <<EOF\n")
    assert "metrics_path: /v1/organizations/org-1111/services/svc-2222/prometheus" in script
    assert "targets: [\"api.clickhouse.cloud\"]" in script and "scheme: https" in script
    assert "scrape_interval: 30s" in script
    assert "exec /bin/prometheus --config.file=/tmp/prometheus.yml --enable-feature=agent" in script
    # Credentials are shell variables expanded in the container, never values, never ${...}.
    assert "$CLICKHOUSE_KEY_ID" in script and "$NEW_RELIC_LICENSE_KEY" in script and "${" not in script
