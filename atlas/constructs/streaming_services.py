"""Configuration of the Kafka platform services (Schema Registry, Cruise Control, Prometheus,
Alertmanager) and the way it reaches their containers.

The stock images read configuration files, and ECS has no file mounts on Fargate without
EFS; so each file's content is passed in an environment variable and the container's
command writes it to disk before starting the process. Credentials never appear in those
variables: they come from Secrets Manager as ECS secrets (``KAFKA_USERNAME`` /
``KAFKA_PASSWORD``, PagerDuty keys) and are spliced in by the same start command.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from atlas.constructs.msk import JMX_EXPORTER_PORT, NODE_EXPORTER_PORT

SCHEMA_REGISTRY_PORT = 8081
CRUISE_CONTROL_PORT = 9090
PROMETHEUS_PORT = 9090
ALERTMANAGER_PORT = 9093

# The entry point of a container started by a shell script on an image whose ENTRYPOINT is
# the program itself (prom/prometheus, prom/alertmanager): ECS's ``command`` only replaces
# CMD, so ``["sh", "-c", ...]`` there would reach the binary as arguments. See
# atlas.rules.images for each image's ENTRYPOINT.
SHELL_ENTRY_POINT = ("/bin/sh", "-c")

# The JAAS line Kafka clients need for SCRAM, built at start from the injected secrets.
_JAAS = ('org.apache.kafka.common.security.scram.ScramLoginModule required '
         'username=\\"$KAFKA_USERNAME\\" password=\\"$KAFKA_PASSWORD\\";')


def schema_registry_environment(*, bootstrap_brokers_scram: str) -> dict[str, str]:
    """cp-schema-registry reads SCHEMA_REGISTRY_* variables (its docker entrypoint maps them).

    ``SCHEMA_REGISTRY_HOST_NAME`` is not here: it is what the instance advertises to the
    others (a follower forwards writes to the leader at that name), so it must be each task's
    own address, which only the task knows (``schema_registry_command``). One shared name
    (the load balancer's) would send forwarded writes back through the load balancer to any
    replica, the follower included."""
    return {
        "SCHEMA_REGISTRY_LISTENERS": f"http://0.0.0.0:{SCHEMA_REGISTRY_PORT}",
        "SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS": bootstrap_brokers_scram,
        "SCHEMA_REGISTRY_KAFKASTORE_SECURITY_PROTOCOL": "SASL_SSL",
        "SCHEMA_REGISTRY_KAFKASTORE_SASL_MECHANISM": "SCRAM-SHA-512",
        "SCHEMA_REGISTRY_KAFKASTORE_TOPIC": "_schemas",
        # Producers and consumers evolve independently: new schemas must read old data.
        "SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL": "backward",
    }


# The task's own IPv4 address from the ECS task metadata endpoint v4 (Networks[0] is the
# awsvpc ENI on Fargate), read with the python3 the image ships for its dub templating.
_TASK_ADDRESS = ("python3 -c \"import json, os, urllib.request; print(json.load(urllib.request.urlopen("
                 "os.environ['ECS_CONTAINER_METADATA_URI_V4']))['Networks'][0]['IPv4Addresses'][0])\"")


def schema_registry_command() -> list[str]:
    return ["sh", "-c", f'export SCHEMA_REGISTRY_HOST_NAME="$({_TASK_ADDRESS})" && '
                        f'export SCHEMA_REGISTRY_KAFKASTORE_SASL_JAAS_CONFIG="{_JAAS}" && exec /etc/confluent/docker/run']


def cruise_control_properties(*, bootstrap_brokers_scram: str, prometheus_url: str) -> str:
    lines = {
        "bootstrap.servers": bootstrap_brokers_scram,
        "security.protocol": "SASL_SSL",
        "sasl.mechanism": "SCRAM-SHA-512",
        # MSK exposes broker metrics only through open monitoring, so Cruise Control samples
        # them from Prometheus instead of a metrics reporter topic.
        "metric.sampler.class": "com.linkedin.kafka.cruisecontrol.monitor.sampling.prometheus.PrometheusMetricSampler",
        "prometheus.server.endpoint": prometheus_url,
        "webserver.http.port": str(CRUISE_CONTROL_PORT),
        "webserver.http.address": "0.0.0.0",
        # MSK does not let clients change broker replication throttles or move the controller;
        # self-healing stays off so rebalances are always an operator's decision.
        "self.healing.enabled": "false",
        "capacity.config.file": "config/capacityJBOD.json",
    }
    return "".join(f"{k}={v}\n" for k, v in lines.items())


def cruise_control_command(config_path: str = "/opt/cruise-control/config/cruisecontrol.properties") -> list[str]:
    return ["sh", "-c",
            f'printf "%s" "$CRUISE_CONTROL_PROPERTIES" > {config_path} && '
            f'printf "sasl.jaas.config={_JAAS}\\n" >> {config_path} && '
            f"exec /opt/cruise-control/kafka-cruise-control-start.sh {config_path} {CRUISE_CONTROL_PORT}"]


def broker_targets(bootstrap_brokers: str, listener_port: int, exporter_port: int) -> str:
    """``b-1...:11001, b-2...:11001`` from a bootstrap string; an expression, evaluated by Terraform."""
    from atlas.cdk import Fn

    return Fn.replace(Fn.replace(bootstrap_brokers, f":{listener_port}", f":{exporter_port}"), ",", ", ")


def prometheus_config(*, cluster_name: str, jmx_targets: str, node_targets: str, alertmanager: str,
                      remote_write_url: str | None = None, region: str | None = None) -> str:
    """prometheus.yml: the brokers' open-monitoring exporters and the Alertmanager to notify.

    ``remote_write_url``: every sample is also sent to Amazon Managed Service for Prometheus
    (signed with the task role, ``sigv4``), which keeps the history: the task's own TSDB
    is on ephemeral Fargate storage (Prometheus does not support its TSDB on NFS/EFS), so a
    restart loses only what the local rules need to re-evaluate.

    Targets are flow sequences without quotes, so values substituted by Terraform cannot
    break the JSON of the task definition they travel in."""
    return (
        "global:\n"
        "  scrape_interval: 30s\n"
        "  evaluation_interval: 30s\n"
        f"  external_labels: {{cluster: {cluster_name}}}\n"
        "alerting:\n"
        "  alertmanagers:\n"
        f"    - static_configs: [{{targets: [{alertmanager}]}}]\n"
        "rule_files: [/tmp/prometheus/rules.yml]\n"
        "scrape_configs:\n"
        "  - job_name: msk-jmx\n"
        f"    static_configs: [{{targets: [{jmx_targets}]}}]\n"
        "  - job_name: msk-node\n"
        f"    static_configs: [{{targets: [{node_targets}]}}]\n"
        + (f"remote_write:\n  - url: {remote_write_url}\n    sigv4: {{region: {region}}}\n"
           if remote_write_url else ""))


PROMETHEUS_RULES = (
    "groups:\n"
    "  - name: msk\n"
    "    rules:\n"
    "      - alert: UnderReplicatedPartitions\n"
    "        expr: sum(kafka_server_ReplicaManager_Value{name=\"UnderReplicatedPartitions\"}) > 0\n"
    "        for: 10m\n"
    "        labels: {severity: critical}\n"
    "      - alert: OfflinePartitions\n"
    "        expr: sum(kafka_controller_KafkaController_Value{name=\"OfflinePartitionsCount\"}) > 0\n"
    "        for: 5m\n"
    "        labels: {severity: critical}\n"
    "      - alert: BrokerDiskAlmostFull\n"
    "        expr: (1 - node_filesystem_avail_bytes / node_filesystem_size_bytes) > 0.85\n"
    "        for: 15m\n"
    "        labels: {severity: warning}\n")


def prometheus_command() -> list[str]:
    """The script, run by ``SHELL_ENTRY_POINT`` (the image's ENTRYPOINT is /bin/prometheus)."""
    return ['mkdir -p /tmp/prometheus && printf "%s" "$PROMETHEUS_CONFIG" > /tmp/prometheus/prometheus.yml && '
            'printf "%s" "$PROMETHEUS_RULES" > /tmp/prometheus/rules.yml && '
            "exec /bin/prometheus --config.file=/tmp/prometheus/prometheus.yml --storage.tsdb.path=/prometheus "
            f"--web.listen-address=0.0.0.0:{PROMETHEUS_PORT}"]


def alertmanager_config(pagerduty_severities: Sequence[str]) -> str:
    """Routes alerts to PagerDuty per severity when keys are given, else to a null receiver."""
    if not pagerduty_severities:
        return ("route: {receiver: 'null'}\n"
                "receivers:\n"
                "  - name: 'null'\n")
    routes = "".join(f"    - matchers: [severity={s}]\n      receiver: pagerduty-{s}\n" for s in pagerduty_severities)
    receivers = "".join(f"  - name: pagerduty-{s}\n    pagerduty_configs:\n"
                        f"      - routing_key_file: /tmp/alertmanager/pagerduty-{s}\n" for s in pagerduty_severities)
    return (f"route:\n  receiver: pagerduty-{pagerduty_severities[0]}\n  routes:\n{routes}"
            f"receivers:\n{receivers}")


# Where Alertmanager keeps its silences and notification log (--storage.path, the image's
# default), and the user the image runs as (prometheus/alertmanager Dockerfile: USER nobody,
# 65534:65534 in its busybox base; it chowns /alertmanager to nobody): the roots mount an EFS
# access point there so silences survive a restart.
ALERTMANAGER_STORAGE_PATH = "/alertmanager"
ALERTMANAGER_USER = (65534, 65534)


def alertmanager_command(pagerduty_severities: Sequence[str]) -> list[str]:
    keys = "".join(f'printf "%s" "$PAGERDUTY_{s.upper()}_KEY" > /tmp/alertmanager/pagerduty-{s} && '
                   for s in pagerduty_severities)
    return ['mkdir -p /tmp/alertmanager && printf "%s" "$ALERTMANAGER_CONFIG" > /tmp/alertmanager/alertmanager.yml && '
            f"{keys}exec /bin/alertmanager --config.file=/tmp/alertmanager/alertmanager.yml "
            f"--storage.path={ALERTMANAGER_STORAGE_PATH} --web.listen-address=0.0.0.0:{ALERTMANAGER_PORT}"]


__all__ = ["JMX_EXPORTER_PORT", "NODE_EXPORTER_PORT"]


@dataclass(frozen=True)
class OperatorService:
    """What an operator service's image fixes: its port and health check, and the key of
    its target group on the shared internal load balancer."""

    name: str  # "schema-registry": the AWS name suffix, the DNS name and the Service Connect name
    target: str
    port: int
    health_check_path: str
    description: str  # of its security group

    @property
    def key(self) -> str:
        return self.name.replace("-", "_")


OPERATOR_SERVICES = (
    OperatorService("schema-registry", "registry", SCHEMA_REGISTRY_PORT, "/subjects", "Schema Registry tasks"),
    OperatorService("cruise-control", "cruise", CRUISE_CONTROL_PORT, "/kafkacruisecontrol/state",
                    "Cruise Control tasks"),
    OperatorService("prometheus", "prometheus", PROMETHEUS_PORT, "/-/healthy", "Prometheus tasks"),
    OperatorService("alertmanager", "alerts", ALERTMANAGER_PORT, "/-/healthy", "Alertmanager tasks"),
)


@dataclass(frozen=True, kw_only=True)
class OperatorContainer:
    """How one operator service's container is started: command, environment and secrets."""

    command: Sequence[str]
    environment: Mapping[str, str]
    entry_point: Sequence[str] | None = None  # None keeps the image's ENTRYPOINT
    secrets: Mapping[str, str] = field(default_factory=dict)
    secret_arns: Sequence[str] = ()
    secret_kms_key_arns: Sequence[str] = ()


def operator_containers(*, bootstrap_brokers_scram: str, admin_secret_arn: str, scram_kms_key_arn: str,
                        cluster_name: str, jmx_targets: str, node_targets: str,
                        remote_write_url: str | None = None, region: str | None = None,
                        pagerduty: Mapping[str, str]) -> dict[str, OperatorContainer]:
    """The four containers by service key. Schema Registry and Cruise Control log in as the
    admin SCRAM user (its secret, decrypted with its key); ``pagerduty`` maps a severity
    ("critical", "warning") to the secret holding its integration key."""
    kafka_login = dict(secrets={"KAFKA_USERNAME": f"{admin_secret_arn}:username::",
                                "KAFKA_PASSWORD": f"{admin_secret_arn}:password::"},
                       secret_arns=[admin_secret_arn], secret_kms_key_arns=[scram_kms_key_arn])
    severities = list(pagerduty)
    pd_secrets = {f"PAGERDUTY_{severity.upper()}_KEY": arn for severity, arn in pagerduty.items()}
    return {
        "schema_registry": OperatorContainer(
            command=schema_registry_command(),
            environment=schema_registry_environment(bootstrap_brokers_scram=bootstrap_brokers_scram),
            **kafka_login),
        "cruise_control": OperatorContainer(
            command=cruise_control_command(),
            environment={"CRUISE_CONTROL_PROPERTIES": cruise_control_properties(
                bootstrap_brokers_scram=bootstrap_brokers_scram, prometheus_url=f"http://prometheus:{PROMETHEUS_PORT}")},
            **kafka_login),
        "prometheus": OperatorContainer(
            command=prometheus_command(), entry_point=list(SHELL_ENTRY_POINT),
            environment={"PROMETHEUS_CONFIG": prometheus_config(
                cluster_name=cluster_name, jmx_targets=jmx_targets, node_targets=node_targets,
                alertmanager=f"alertmanager:{ALERTMANAGER_PORT}", remote_write_url=remote_write_url, region=region),
                "PROMETHEUS_RULES": PROMETHEUS_RULES}),
        "alertmanager": OperatorContainer(
            command=alertmanager_command(severities), entry_point=list(SHELL_ENTRY_POINT),
            environment={"ALERTMANAGER_CONFIG": alertmanager_config(severities)},
            secrets=pd_secrets, secret_arns=list(pd_secrets.values())),
    }
