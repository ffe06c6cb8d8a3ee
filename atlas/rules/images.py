"""What the third-party images the roots run do at start, read from their Dockerfiles and
entrypoint scripts (cited per entry; nothing of them is copied here).

Per image family: the ENTRYPOINT (``None`` when the image has none and the default command
is the CMD), how it takes its configuration, the environment variables it reads (exact
names, and the prefixes of the families it binds as a whole, e.g. Spring Boot's relaxed
binding), the variables its entrypoint overwrites (setting them has no effect; the entry
names the variable to set instead), and the HTTP tools its filesystem ships for a
container health check. ``atlas.rules.ecs.container_environment`` refuses a variable an
image never reads. ``verified = False`` marks an image whose build files are not public: the rules
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
    # Families of variables it reads as a whole (Spring relaxed binding, dub templates).
    environment_prefixes: tuple[str, ...] = ()
    # Variables the entrypoint sets itself, whatever the task says -> the variable to set instead.
    overwritten: Mapping[str, str] = field(default_factory=dict)
    http_tools: frozenset[str] = frozenset()  # curl / wget available for a health check
    has_shell: bool = True
    # An operator UI that shows data to whoever opens it unless its own login is on: the
    # variable that turns the login on and the values that do.
    login: tuple[str, tuple[str, ...]] | None = None
    source: str = ""
    verified: bool = True

    def reads(self, name: str) -> bool:
        """Whether the image (its entrypoint scripts or the program) reads variable ``name``."""
        return name not in self.overwritten and (name in self.environment or name.startswith(self.environment_prefixes))

    @property
    def entrypoint_is_binary(self) -> bool:
        """An ENTRYPOINT that is the program itself: a ``command`` is passed to it as arguments."""
        return bool(self.entrypoint) and self.entrypoint[0] not in _WRAPPERS


# Entry points that run their arguments as a command (so ``command`` may start a shell).
_WRAPPERS = {"/sbin/tini", "/usr/bin/tini", "tini", "/usr/bin/dumb-init", "dumb-init", "/bin/sh", "sh", "/bin/bash",
             "bash", "/usr/bin/env"}

# Variables every JVM image's ``java`` launcher reads itself (JDK documentation, "java"
# command: JDK_JAVA_OPTIONS is read by the launcher of JDK 9+), and the zone the C library reads.
_JVM = {"JDK_JAVA_OPTIONS": "JVM flags read by the java launcher", "TZ": "time zone (tzdata)"}
# Spring Boot binds every environment variable whose name maps onto a property of these
# roots (Spring Boot reference, "Binding From Environment Variables"): SPRING_DATASOURCE_URL
# is spring.datasource.url. A variable outside them binds to nothing the application uses.
_SPRING_BOOT = ("SPRING_", "SERVER_", "LOGGING_", "MANAGEMENT_")

IMAGES: tuple[ImageFacts, ...] = (
    ImageFacts(
        family="prom/prometheus", entrypoint=("/bin/prometheus",),
        default_command=("--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus", "..."),
        configuration="a YAML file named by --config.file; no environment variables (the roots write the file "
                      "from PROMETHEUS_CONFIG / PROMETHEUS_RULES in a shell started as the entry point)",
        environment={},  # flags only: a variable reaches it only through the container's own shell command
        http_tools=frozenset({"wget"}),  # busybox applets; no curl
        source="prometheus/prometheus Dockerfile at v2.53.0: FROM quay.io/prometheus/busybox-linux-<arch>, "
               'ENTRYPOINT [ "/bin/prometheus" ], CMD the flags, USER nobody'),
    ImageFacts(
        family="prom/alertmanager", entrypoint=("/bin/alertmanager",),
        default_command=("--config.file=/etc/alertmanager/alertmanager.yml", "--storage.path=/alertmanager"),
        configuration="a YAML file named by --config.file; receivers' keys from files (routing_key_file)",
        environment={},  # flags only, like Prometheus
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
            **_JVM,
        },
        # configure templates every SCHEMA_REGISTRY_<PROPERTY> (and _OPTS, _HEAP_OPTS, _LOG4J_* for launch).
        environment_prefixes=("SCHEMA_REGISTRY_",),
        overwritten={"SCHEMA_REGISTRY_PORT": "SCHEMA_REGISTRY_LISTENERS (configure exits 1 when _PORT is set)"},
        http_tools=frozenset({"curl", "wget"}),  # ubi8-minimal ships curl; cp-base-new installs wget
        source="confluentinc/schema-registry-images schema-registry/Dockerfile.ubi8 (no ENTRYPOINT, "
               'CMD ["/etc/confluent/docker/run"]) and include/etc/confluent/docker/configure; '
               "confluentinc/common-docker base/Dockerfile.ubi8 (ubi8-minimal, yum install wget ...)"),
    ImageFacts(
        family="ghcr.io/kafbat/kafka-ui", entrypoint=None,
        default_command=("java", "--add-opens", "java.rmi/javax.rmi.ssl=ALL-UNNAMED", "$JAVA_OPTS", "-jar",
                         "api.jar"),
        configuration="Spring Boot relaxed binding of environment variables (KAFKA_CLUSTERS_<n>_*, AUTH_*) or a "
                      "YAML file named by SPRING_CONFIG_ADDITIONAL-LOCATION",
        environment={"DYNAMIC_CONFIG_ENABLED": "UI edits of clusters",
                     "JAVA_OPTS": "JVM flags, expanded by the shell-form CMD", **_JVM},
        # kafka.clusters[n].* and auth.* (AUTH_TYPE, AUTH_OAUTH2_CLIENT_<name>_*: the UI's own login; ui-docs
        # configuration/authentication/for-the-ui/oauth2.md), rbac.*, webclient.*, plus Spring Boot's own.
        environment_prefixes=("KAFKA_CLUSTERS_", "AUTH_", "RBAC_", "WEBCLIENT_", *_SPRING_BOOT),
        http_tools=frozenset({"wget"}),  # Alpine busybox; curl is not installed
        # auth.type: DISABLED (the default: anyone reads every topic), LOGIN_FORM, OAUTH2, LDAP.
        login=("AUTH_TYPE", ("LOGIN_FORM", "OAUTH2", "LDAP")),
        source="kafbat/kafka-ui api/Dockerfile at v1.2.0: FROM azul/zulu-openjdk-alpine (jre-headless), "
               "apk add gcompat tzdata, no ENTRYPOINT, shell-form CMD java ... -jar api.jar; kafbat/ui-docs "
               "configuration (environment-variable form of the YAML keys)"),
    ImageFacts(
        family="camunda/camunda-bpm-platform", entrypoint=("/sbin/tini", "--"), default_command=("./camunda.sh",),
        configuration="environment: the run distribution's camunda.sh (camunda-run.sh) exports "
                      "SPRING_DATASOURCE_* from DB_* unconditionally, then internal/run.sh starts Spring Boot",
        environment={
            "DB_DRIVER": "-> SPRING_DATASOURCE_DRIVER_CLASS_NAME (default org.h2.Driver: the embedded H2)",
            "DB_URL": "-> SPRING_DATASOURCE_URL (empty: the embedded H2, lost on every restart)",
            "DB_USERNAME": "-> SPRING_DATASOURCE_USERNAME",
            "DB_PASSWORD": '-> SPRING_DATASOURCE_PASSWORD (default "sa")',
            "DB_PASSWORD_FILE": "a file holding DB_PASSWORD, read when DB_PASSWORD is empty",
            "WAIT_FOR": "host:port to wait for before starting (wait-for-it.sh)",
            "WAIT_FOR_TIMEOUT": "seconds WAIT_FOR waits (default 30)",
            "JAVA_OPTS": "JVM flags (internal/run.sh)", "JAVA_HOME": "the JVM (internal/run.sh)",
            **_JVM,
        },
        # Spring Boot relaxed binding; camunda.bpm.* is the engine's own configuration.
        environment_prefixes=("CAMUNDA_BPM_", *_SPRING_BOOT),
        overwritten={"SPRING_DATASOURCE_URL": "DB_URL", "SPRING_DATASOURCE_USERNAME": "DB_USERNAME",
                     "SPRING_DATASOURCE_PASSWORD": "DB_PASSWORD", "SPRING_DATASOURCE_DRIVER_CLASS_NAME": "DB_DRIVER"},
        http_tools=frozenset({"curl"}),  # apk add curl in the final stage; busybox wget too
        source="camunda/docker-camunda-bpm-platform Dockerfile (final stage: alpine, apk add bash curl "
               'openjdk17-jre-headless tini ..., ENTRYPOINT ["/sbin/tini", "--"], CMD ["./camunda.sh"]; '
               "ENV DB_CONN_*, SKIP_DB_CONFIG, JMX_PROMETHEUS* are read only by the tomcat/wildfly scripts), "
               "download.sh (the run distro's camunda.sh is camunda-run.sh) and camunda-run.sh; "
               "camunda/camunda-bpm-platform distro/run/assembly/resources/run.sh (JAVA_OPTS, JAVA_HOME)"),
    ImageFacts(
        # Run as a client only (the CDC setup task's psql); the server never starts.
        family="postgres", entrypoint=("docker-entrypoint.sh",), default_command=("postgres",),
        configuration="as a client: psql with libpq's PG* variables; the entrypoint starts the server only when "
                      "its first argument is postgres (or a flag) and otherwise execs its arguments",
        environment={"PGHOST": "server host (libpq)", "PGPORT": "server port (libpq)",
                     "PGDATABASE": "database (libpq)", "PGUSER": "user (libpq)", "PGPASSWORD": "password (libpq)",
                     "PGSSLMODE": "TLS mode (libpq)", "PGCONNECT_TIMEOUT": "connect timeout (libpq)",
                     "PGAPPNAME": "application_name (libpq)"},
        source="docker-library/postgres 16/alpine3.20 Dockerfile (ENTRYPOINT docker-entrypoint.sh, CMD postgres) "
               "and docker-entrypoint.sh (_main: server set-up only when $1 is postgres, else exec \"$@\"); "
               "PostgreSQL 16 documentation, libpq \"Environment Variables\""),
    ImageFacts(
        family="public.ecr.aws/kraken/cruise-control", entrypoint=None, default_command=(),
        configuration="the roots write cruisecontrol.properties from CRUISE_CONTROL_PROPERTIES in a shell, then "
                      "exec kafka-cruise-control-start.sh",
        verified=False,
        source="Kraken's own build of LinkedIn Cruise Control 2.5.138; its Dockerfile is not public. Confirm "
               "that the image has no binary ENTRYPOINT (else set entryPoint [/bin/sh, -c] as for Prometheus), "
               "which HTTP tool it ships before adding a container health check, and which variables it reads"),
)

_BY_FAMILY = {facts.family: facts for facts in IMAGES}
# Docker Hub, and ECR Public's mirror of the Docker official images (the same builds).
_REGISTRY_ALIASES = ("docker.io/", "index.docker.io/", "registry-1.docker.io/", "public.ecr.aws/docker/")


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
