"""Platform service configuration: what reaches the containers, and what must not."""

from __future__ import annotations

from atlas.constructs.streaming_services import (
    alertmanager_command,
    alertmanager_config,
    cruise_control_command,
    cruise_control_properties,
    prometheus_config,
    schema_registry_command,
)


def test_prometheus_scrapes_both_exporters_and_notifies_alertmanager():
    text = prometheus_config(cluster_name="c", jmx_targets="b-1:11001, b-2:11001", node_targets="b-1:11002",
                             alertmanager="alertmanager:9093")
    assert "job_name: msk-jmx\n    static_configs: [{targets: [b-1:11001, b-2:11001]}]" in text
    assert "job_name: msk-node\n    static_configs: [{targets: [b-1:11002]}]" in text
    assert "targets: [alertmanager:9093]" in text


def test_alertmanager_without_pagerduty_uses_a_null_receiver():
    assert "pagerduty" not in alertmanager_config(())
    assert "PAGERDUTY" not in alertmanager_command(())[0]


def test_alertmanager_with_pagerduty_reads_keys_from_files_written_from_secrets():
    config = alertmanager_config(("critical", "warning"))
    assert "routing_key_file: /tmp/alertmanager/pagerduty-warning" in config
    command = alertmanager_command(("critical", "warning"))[0]
    assert '"$PAGERDUTY_CRITICAL_KEY" > /tmp/alertmanager/pagerduty-critical' in command


def test_kafka_credentials_come_from_the_environment_at_start_never_from_config():
    props = cruise_control_properties(bootstrap_brokers_scram="b-1:9096", prometheus_url="http://prometheus:9090")
    assert "password" not in props and "sasl.mechanism=SCRAM-SHA-512" in props
    assert '$KAFKA_PASSWORD' in cruise_control_command()[2]
    assert '$KAFKA_PASSWORD' in schema_registry_command()[2]
