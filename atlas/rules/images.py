"""What the third-party images the roots run do at start, read from their Dockerfiles and
entrypoint scripts (cited per entry; nothing of them is copied here).

Per image family: the ENTRYPOINT (``None`` when the image has none and the default command
is the CMD), how it takes its configuration, the environment variables it reads that
matter to these roots, and the HTTP tools its filesystem ships for a container health
check. ``verified = False`` marks an image whose build files are not public: the rules
then judge nothing about it, and the entry says what to confirm.

Facts are per family and hold for the tags the environment files pin (noted per entry);
re-read the cited files when a pin moves to a new major version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping


@dataclass(frozen=True)
class ImageFacts:
    family: str                        # repository, without registry host aliases or tag
    entrypoint: tuple[str, ...] | None  # the image's ENTRYPOINT; None = none (CMD is the program)
    default_command: tuple[str, ...]
    configuration: str                 # how the image takes its settings
    environment: Mapping[str, str] = field(default_factory=dict)  # variables it reads -> what they do
    http_tools: frozenset[str] = frozenset()  # curl / wget available for a health check
    has_shell: bool = True
    source: str = ""
    verified: bool = True

    @property
    def entrypoint_is_binary(self) -> bool:
        """An ENTRYPOINT that is the program itself: a ``command`` is passed to it as arguments."""
        return bool(self.entrypoint) and self.entrypoint[0] not in _WRAPPERS


# Entry points that run their arguments as a command (so ``command`` may start a shell).
_WRAPPERS = {"/sbin/tini", "/usr/bin/tini", "tini", "/usr/bin/dumb-init", "dumb-init", "/bin/sh", "sh", "/bin/bash",
             "bash", "/usr/bin/env"}

IMAGES: tuple[ImageFacts, ...] = (
    ImageFacts(
        family="prom/prometheus", entrypoint=("/bin/prometheus",),
        default_command=("--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus", "..."),
        configuration="a YAML file named by --config.file; no environment variables (the roots write the file "
                      "from PROMETHEUS_CONFIG / PROMETHEUS_RULES in a shell started as the entry point)",
        http_tools=frozenset({"wget"}),  # busybox applets; no curl
        source="prometheus/prometheus Dockerfile at v2.53.0: FROM quay.io/prometheus/busybox-linux-<arch>, "
               'ENTRYPOINT [ "/bin/prometheus" ], CMD the flags, USER nobody'),
    ImageFacts(
        family="prom/alertmanager", entrypoint=("/bin/alertmanager",),
        default_command=("--config.file=/etc/alertmanager/alertmanager.yml", "--storage.path=/alertmanager"),
        configuration="a YAML file named by --config.file; receivers' keys from files (routing_key_file)",
        http_tools=frozenset({"wget"}),  # busybox applets; no curl
        source="prometheus/alertmanager Dockerfile at v0.27.0: FROM quay.io/prometheus/busybox-linux-<arch>, "
               'ENTRYPOINT [ "/bin/alertmanager" ]. Newer Dockerfiles (2025+) build on a distroless base with '
               "no shell at all: re-check before moving the pin past 0.28"),
    ImageFacts(
        family="confluentinc/cp-schema-registry", entrypoint=None, default_command=("/etc/confluent/docker/run",),
        configuration="environment: /etc/confluent/docker/configure templates every SCHEMA_REGISTRY_* variable "
                      "into schema-registry.properties (dub template), then launch starts the server",
        environment={
            "SCHEMA_REGISTRY_HOST_NAME": "required (dub ensure)",
            "SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS": "required unless ..._CONNECTION_URL (ensure-atleast-one)",
            "SCHEMA_REGISTRY_LISTENERS": "the listener; SCHEMA_REGISTRY_PORT makes configure exit 1 (deprecated)",
            "SCHEMA_REGISTRY_KAFKASTORE_SASL_JAAS_CONFIG": "the store's JAAS line (templated like the others)",
        },
        http_tools=frozenset({"curl", "wget"}),  # ubi8-minimal ships curl; cp-base-new installs wget
        source="confluentinc/schema-registry-images schema-registry/Dockerfile.ubi8 (no ENTRYPOINT, "
               'CMD ["/etc/confluent/docker/run"]) and include/etc/confluent/docker/configure; '
               "confluentinc/common-docker base/Dockerfile.ubi8 (ubi8-minimal, yum install wget ...)"),
    ImageFacts(
        family="ghcr.io/kafbat/kafka-ui", entrypoint=None,
        default_command=("java", "--add-opens", "java.rmi/javax.rmi.ssl=ALL-UNNAMED", "$JAVA_OPTS", "-jar",
                         "api.jar"),
        configuration="Spring Boot relaxed binding of environment variables (KAFKA_CLUSTERS_<n>_*) or a YAML "
                      "file named by SPRING_CONFIG_ADDITIONAL-LOCATION",
        environment={"KAFKA_CLUSTERS_0_*": "the cluster list", "DYNAMIC_CONFIG_ENABLED": "UI edits of clusters",
                     "JAVA_OPTS": "JVM flags, expanded by the shell-form CMD"},
        http_tools=frozenset({"wget"}),  # Alpine busybox; curl is not installed
        source="kafbat/kafka-ui api/Dockerfile at v1.2.0: FROM azul/zulu-openjdk-alpine (jre-headless), "
               "apk add gcompat tzdata, no ENTRYPOINT, shell-form CMD java ... -jar api.jar"),
    ImageFacts(
        family="camunda/camunda-bpm-platform", entrypoint=("/sbin/tini", "--"), default_command=("./camunda.sh",),
        configuration="environment: the run distribution's camunda.sh (camunda-run.sh) exports "
                      "SPRING_DATASOURCE_* from DB_* and then starts Spring Boot",
        environment={
            "DB_DRIVER": "-> SPRING_DATASOURCE_DRIVER_CLASS_NAME (default org.h2.Driver)",
            "DB_URL": "-> SPRING_DATASOURCE_URL",
            "DB_USERNAME": "-> SPRING_DATASOURCE_USERNAME",
            "DB_PASSWORD": '-> SPRING_DATASOURCE_PASSWORD (default "sa"; or DB_PASSWORD_FILE)',
            "WAIT_FOR": "host:port to wait for before starting (wait-for-it.sh)",
            "SPRING_DATASOURCE_*": "overwritten by camunda.sh from DB_*: setting them directly has no effect",
        },
        http_tools=frozenset({"curl"}),  # apk add curl in the final stage; busybox wget too
        source="camunda/docker-camunda-bpm-platform Dockerfile (final stage: alpine, apk add bash curl "
               'openjdk17-jre-headless tini ..., ENTRYPOINT ["/sbin/tini", "--"], CMD ["./camunda.sh"]) and '
               "camunda-run.sh (the run-* tags' camunda.sh)"),
    ImageFacts(
        family="public.ecr.aws/kraken/cruise-control", entrypoint=None, default_command=(),
        configuration="the roots write cruisecontrol.properties from CRUISE_CONTROL_PROPERTIES in a shell, then "
                      "exec kafka-cruise-control-start.sh",
        verified=False,
        source="Kraken's own build of LinkedIn Cruise Control 2.5.138; its Dockerfile is not public. Confirm "
               "that the image has no binary ENTRYPOINT (else set entryPoint [/bin/sh, -c] as for Prometheus) "
               "and which HTTP tool it ships before adding a container health check"),
)

_BY_FAMILY = {facts.family: facts for facts in IMAGES}
_REGISTRY_ALIASES = ("docker.io/", "index.docker.io/", "registry-1.docker.io/")


def family(image: str) -> str:
    """``prom/prometheus`` from ``docker.io/prom/prometheus:v2.53.0@sha256:...``."""
    name = image.split("@", 1)[0]
    last = name.rsplit("/", 1)
    if ":" in last[-1]:
        name = name[: name.rindex(":")]
    for alias in _REGISTRY_ALIASES:
        if name.startswith(alias):
            name = name[len(alias):]
    if name.startswith("library/"):
        name = name[len("library/"):]
    return name


def facts(image: str) -> ImageFacts | None:
    """The table's entry for ``image``, or None for an image it does not know (own applications)."""
    return _BY_FAMILY.get(family(image))
