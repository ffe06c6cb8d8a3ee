"""Settings of one Atlas root (environments/atlas/<env>.tfvars).

An Atlas environment either owns its network and MSK cluster, or shares both with another
Atlas environment (``msk_shared_from``, staging2 today): it then runs its own workload
plane (ALB, ECS services, databases, cache, secrets) in the shared VPC, reads the cluster
and the VPC from the sharing root's state, and must use topic names, consumer groups and a
Kafka UI label of its own (``cross_checks`` below).

The shared vocabulary (network, msk, databases, services, alerts, budget, logging, tags,
state, environment_class) is ``atlas.config.common``; this module adds what only Atlas has.
"""

from __future__ import annotations

import difflib
import ipaddress
import re
from dataclasses import dataclass
from typing import ClassVar, Iterable, Literal, Mapping

from atlas.config.common import (CACHE_VERSIONS, KAFKA_VERSIONS, POSTGRES_VERSIONS, AlertsSettings,
                                 AppServiceSettings, BudgetSettings, ConnectorPluginSettings, DatabaseSettings,
                                 FargateServiceSettings, MskSettings, NetworkSettings, PlatformSettings, VersionList,
                                 PasswordMode, check_cache_node_type, check_domain, check_no_repeats, check_workers)
from atlas.config.errors import Problem, SettingError
from atlas.config.schema import setting

_TOPIC = re.compile(r"^[A-Za-z0-9._-]{1,249}$")


@dataclass(frozen=True, kw_only=True)
class ServicesSettings:
    events_ingestion: AppServiceSettings = setting(doc="{ image, port, cpu, memory, desired_count, ... }")
    dashboard_backend: AppServiceSettings = setting(doc="{ image, port, cpu, memory, desired_count, ... }")
    # The documents fix scoring's Service Connect address at http://scoring:8083.
    scoring: AppServiceSettings = setting(doc="{ image, port = 8083, ... }")
    kafka_ui: AppServiceSettings = setting(doc="{ image, ... }")
    camunda: AppServiceSettings = setting(doc="{ image, ... }; Service Connect camunda:8080")


@dataclass(frozen=True, kw_only=True)
class KafkaNames:
    """Names a workload plane uses on the cluster; two planes on one cluster must differ."""

    events_topic: str = setting(doc='e.g. "atlas.events.raw"')
    events_dlq_topic: str = setting(doc='e.g. "atlas.events.dlq"')
    scoring_output_topic: str = setting(doc='e.g. "atlas.l3.user.score"')
    scoring_dlq_topic: str = setting(doc='e.g. "atlas.scoring.dlq"')
    dashboard_consumer_group: str = setting(doc='e.g. "atlas-dashboard-backend"')
    kafka_ui_cluster_label: str = setting(doc='the cluster name Kafka UI shows, e.g. "atlas-staging"')

    @property
    def topics(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in ("events_topic", "events_dlq_topic", "scoring_output_topic",
                                               "scoring_dlq_topic")}

    def checks(self) -> Iterable[SettingError]:
        found = [SettingError(k, f'"{v}" is not a valid Kafka topic name (letters, digits, ".", "_", "-")')
                 for k, v in {**self.topics, "dashboard_consumer_group": self.dashboard_consumer_group}.items()
                 if not _TOPIC.match(v)]
        if len(set(self.topics.values())) != len(self.topics):
            found.append(SettingError("", "two topic settings name the same topic"))
        return found


@dataclass(frozen=True, kw_only=True)
class KafkaAdminSettings:
    """How the ``atlas-<env>-kafka`` root reaches the brokers to create the topics: the
    mongey/kafka provider signs in with the runner's IAM credentials (``role_arn`` assumed
    from them when set), over the cluster's private IAM listener (9098: the runner runs in
    the VPC, e.g. a Spacelift private worker) or its public one (9198: the runner's egress
    address must be in ``msk.public_access_cidrs``)."""

    endpoint: Literal["private", "public"] = "private"
    role_arn: str | None = None
    partitions: int = 3

    def checks(self) -> Iterable[SettingError]:
        found = [] if 1 <= self.partitions <= 1000 else [SettingError("partitions", "must be 1-1000")]
        if self.role_arn is not None and not re.match(r"^arn:aws:iam::[0-9]{12}:role/.+$", self.role_arn):
            found.append(SettingError("role_arn", f'"{self.role_arn}" is not an IAM role ARN'))
        return found


@dataclass(frozen=True, kw_only=True)
class CacheSettings:
    engine: Literal["valkey", "redis"] = "valkey"
    engine_version: str = "8.0"
    node_type: str = "cache.t4g.micro"
    num_cache_clusters: int = 2

    def checks(self) -> Iterable[SettingError]:
        found = [check_cache_node_type("node_type", self.node_type)]
        if not 1 <= self.num_cache_clusters <= 6:
            found.append(SettingError("num_cache_clusters", "must be 1-6 (a primary and up to 5 replicas)"))
        return [p for p in found if p]


# The classes the Atlas S3 sink configuration names (atlas.constructs.cdc_connectors
# json_export_sink_config); the plugin archive must bundle them. Kafka's own converters
# (org.apache.kafka.*) come with the MSK Connect runtime.
S3_SINK_CLASSES = ("io.confluent.connect.s3.S3SinkConnector", "io.confluent.connect.s3.storage.S3Storage",
                   "io.confluent.connect.s3.format.json.JsonFormat",
                   "io.confluent.connect.storage.partitioner.FieldPartitioner")


@dataclass(frozen=True, kw_only=True)
class S3SinkSettings:
    """The MSK Connect S3 sink (Confluent S3 sink connector)."""

    renamed: ClassVar[dict[str, str]] = {
        "plugin_key": 's3_sink.plugin = { s3_uri = "s3://<bucket>/<key>.zip", sha256 = "<hex>", classes = [...] } '
                      "(a built archive the root copies into its plugin bucket) or { arn = ... }",
    }

    topics: tuple[str, ...] = setting(doc="the topics exported to S3")
    prefix: str = "kafka"
    partition_fields: tuple[str, ...] = setting(doc="record fields the object keys are partitioned by")
    plugin: ConnectorPluginSettings = setting(doc="{ s3_uri, sha256, classes } of the built Confluent S3 sink "
                                                  "archive, or { arn } of an existing custom plugin")
    flush_size: int = 1000
    mcu_count: int = 1
    min_workers: int = 1
    max_workers: int = 2

    def checks(self) -> Iterable[SettingError]:
        found = [SettingError("topics", "lists no topic")] if not self.topics else []
        if not self.partition_fields:
            found.append(SettingError("partition_fields", "lists no field"))
        found += [SettingError(f"partition_fields[{i}]", "is empty; name a record field")
                  for i, f in enumerate(self.partition_fields) if not f.strip()]
        found += check_workers(self.mcu_count, self.min_workers, self.max_workers)
        if not 1 <= self.flush_size <= 1_000_000:
            found.append(SettingError("flush_size", f"is {self.flush_size}; must be 1-1000000 records per object"))
        found += [check_no_repeats("topics", self.topics), check_no_repeats("partition_fields", self.partition_fields)]
        if not self.prefix or self.prefix.startswith("/") or self.prefix.endswith("/"):
            found.append(SettingError("prefix", f'"{self.prefix}" must be an S3 key prefix without a leading or '
                                                'trailing "/", e.g. "kafka"'))
        missing = [c for c in S3_SINK_CLASSES if c not in self.plugin.classes]
        if self.plugin.s3_uri is not None and self.plugin.classes and missing:
            found.append(SettingError("plugin.classes", f"lacks {', '.join(missing)}, which the sink configuration "
                                                        "uses; build the archive with them and list them"))
        return [p for p in found if p]


@dataclass(frozen=True, kw_only=True)
class ClickhouseAgentSettings(FargateServiceSettings):
    """The Prometheus agent that scrapes one ClickHouse Cloud service and writes to New Relic."""

    # The official image; the tag is pinned because flags differ between majors.
    image: str = "prom/prometheus:v2.53.4"
    organization_id: str = setting(doc="the ClickHouse Cloud organization id")
    service_id: str = setting(doc="the ClickHouse Cloud service id")
    remote_write_url: str = "https://metric-api.eu.newrelic.com/prometheus/v1/write"
    scrape_interval_seconds: int = 60

    def checks(self) -> Iterable[SettingError]:
        found = list(super().checks())
        for key in ("organization_id", "service_id"):
            if not re.match(r"^[0-9a-fA-F-]{8,64}$", getattr(self, key)):
                found.append(SettingError(key, "must be a ClickHouse Cloud id (a UUID)"))
        if not re.match(r"^https://[A-Za-z0-9.-]+(:\d+)?(/\S*)?$", self.remote_write_url):
            found.append(SettingError("remote_write_url", "must be an https:// URL"))
        if not 1 <= self.scrape_interval_seconds <= 3600:
            found.append(SettingError("scrape_interval_seconds", f"is {self.scrape_interval_seconds}; must be "
                                                                 "1-3600 seconds"))
        return found


@dataclass(frozen=True, kw_only=True)
class WafHostSettings:
    """Limits of one host of the public ALB that differ from the web ACL's defaults."""

    # Requests per 5 minutes from one client IP (WAF rate-based rule); null = waf.rate_limit.
    rate_limit: int | None = None
    # Accept request bodies over 8 KB (the common rule set blocks them: SizeRestrictions_BODY);
    # the application then enforces its own body limit.
    large_bodies: bool = False

    def checks(self) -> Iterable[SettingError]:
        if self.rate_limit is not None and not 10 <= self.rate_limit <= 2_000_000_000:
            return [SettingError("rate_limit", "must be 10-2000000000 requests per 5 minutes per IP")]
        if self.rate_limit is None and not self.large_bodies:
            return [SettingError("", "changes nothing: set rate_limit and/or large_bodies = true, or remove it")]
        return []


@dataclass(frozen=True, kw_only=True)
class WafSettings:
    """The public ALB's web ACL limits (AWS managed rule groups plus a per-IP rate limit)."""

    rate_limit: int = 2000  # requests per 5 minutes from one client IP, every host without its own
    hosts: dict[str, WafHostSettings] = setting(factory=dict, doc='{ "<host>" = { rate_limit, large_bodies } }')

    def checks(self) -> Iterable[SettingError]:
        found = [] if 10 <= self.rate_limit <= 2_000_000_000 else [
            SettingError("rate_limit", "must be 10-2000000000 requests per 5 minutes per IP")]
        if len(self.hosts) > 3:
            found.append(SettingError("hosts", "names more than the ALB's three hosts"))
        return found


@dataclass(frozen=True, kw_only=True)
class KafkaUiOauthSettings:
    """The Kafka UI's own OAuth 2.0 / OIDC login (kafbat ``auth.type = OAUTH2``): the client
    secret is a key of the Kafka UI runtime secret, set by operators, never in Terraform."""

    registration: str = "sso"  # the Spring client registration id; part of the callback path
    issuer_uri: str = setting(doc='the OIDC issuer, e.g. "https://login.example.com/realms/atlas"')
    client_id: str = setting(doc="the OAuth client id registered for the Kafka UI host")
    scope: tuple[str, ...] = ("openid", "profile", "email")
    user_name_attribute: str = "email"

    def checks(self) -> Iterable[SettingError]:
        found = [] if re.match(r"^[a-z][a-z0-9]{1,30}$", self.registration) else [
            SettingError("registration", "must be 2-31 lowercase letters or digits (it names environment variables)")]
        if not self.issuer_uri.startswith("https://"):
            found.append(SettingError("issuer_uri", "must be an https:// URL"))
        if not self.client_id.strip():
            found.append(SettingError("client_id", "is empty"))
        return found


@dataclass(frozen=True, kw_only=True)
class KafkaUiAccessSettings:
    """Who may open the Kafka UI on the internet-facing ALB: the UI's own OAuth login and/or
    an allow-list of client CIDRs (a listener rule condition; other sources get 403). The
    UI reads every topic, so it is never left open."""

    oauth2: KafkaUiOauthSettings | None = None
    allowed_cidrs: tuple[str, ...] = ()

    def checks(self) -> Iterable[SettingError]:
        found = []
        if self.oauth2 is None and not self.allowed_cidrs:
            found.append(SettingError("", "opens the Kafka UI to anyone: set oauth2 (the UI's own login) and/or "
                                          "allowed_cidrs (the operators' networks)"))
        if len(self.allowed_cidrs) > 4:
            # An ALB listener rule takes 5 match evaluations; the host header is one of them.
            found.append(SettingError("allowed_cidrs", "lists more than 4 CIDRs, which one ALB listener rule cannot "
                                                       "match together with the host; summarise them"))
        for i, cidr in enumerate(self.allowed_cidrs):
            try:
                net = ipaddress.ip_network(cidr, strict=True)
            except ValueError as err:
                found.append(SettingError(f"allowed_cidrs[{i}]", f'"{cidr}" is not a CIDR ({err})'))
                continue
            if net.prefixlen == 0:
                found.append(SettingError(f"allowed_cidrs[{i}]", f'"{cidr}" allows every address; list the '
                                                                 "operators' networks"))
        return found


@dataclass(frozen=True, kw_only=True)
class MultiVpcClientSettings:
    """An account whose Kafka clients reach the cluster over multi-VPC private connectivity."""

    account_id: str = setting(doc='the client account, e.g. "333333333333"')
    consume_topics: tuple[str, ...] = ()
    consumer_groups: tuple[str, ...] = ()
    produce_topics: tuple[str, ...] = ()

    def checks(self) -> Iterable[SettingError]:
        found = [] if re.match(r"^[0-9]{12}$", self.account_id) else [
            SettingError("account_id", f'"{self.account_id}" must be a 12-digit AWS account id (a string)')]
        for key in ("consume_topics", "consumer_groups", "produce_topics"):
            found += [SettingError(f"{key}[{i}]", f'"{v}" is not a Kafka topic or group name (a trailing * is a '
                                                  "prefix)") for i, v in enumerate(getattr(self, key))
                      if not _TOPIC.match(v.removesuffix("*"))]
        if not (self.consume_topics or self.produce_topics):
            found.append(SettingError("", "grants no topic: list consume_topics and/or produce_topics"))
        return found


@dataclass(frozen=True, kw_only=True)
class AtlasMskSettings(MskSettings):
    """The Atlas cluster: IAM + TLS only, with the document's two connectivity switches."""

    # SERVICE_PROVIDED_EIPS on the brokers: external IAM + TLS clients reach port 9198 from
    # public_access_cidrs only (the document's msk_enable_public_access).
    public_access: bool = False
    public_access_cidrs: tuple[str, ...] = ()
    # Where the brokers sit: a setting of its own, not a consequence of public_access,
    # because client_subnets forces a new cluster (topics and data lost, and MSK refuses to
    # create one with public access on): turning public access off later keeps the brokers
    # where they are. Public access needs "public" (brokers in public subnets: MSK developer
    # guide, "Turn on public access").
    broker_subnets: Literal["private", "public"] = "private"
    # Private connectivity for client accounts over AWS PrivateLink (production values).
    multi_vpc_connectivity: bool = False
    # Other accounts whose clients create managed VPC connections to the cluster (the
    # cluster policy MSK needs for them), with the topics and groups each may use.
    multi_vpc_clients: tuple[MultiVpcClientSettings, ...] = ()


@dataclass(frozen=True, kw_only=True)
class AtlasDatabaseSettings(DatabaseSettings):
    """An Atlas database: its service holds a copy of the password (the dashboard's
    ``DATABASE_URL``, Camunda's JDBC credentials), so the password must not rotate:
    ``generated`` by default, ``static`` / ``adopt_managed`` for an existing instance, and
    ``managed`` (RDS rotates every 7 days) refused (``AtlasSettings._check_passwords``)."""

    master_password_mode: PasswordMode = "generated"


# Who holds a copy of each Atlas database's password, and where (atlas.stacks.atlas.secrets).
PASSWORD_COPIES = {"dashboard_db": "the dashboard backend's DATABASE_URL (secret {prefix}/dashboard-backend)",
                   "camunda_db": "Camunda's DB_PASSWORD (secret {prefix}/camunda)"}


@dataclass(frozen=True, kw_only=True)
class AtlasSettings(PlatformSettings):
    renamed: ClassVar[dict[str, str]] = {
        "msk_kafka_version": "msk.kafka_version",
        "msk_broker_instance_type": "msk.broker_instance_type",
        "msk_broker_count": "msk.number_of_broker_nodes",
        "msk_volume_size_gb": "msk.volume_size_gb",
        "msk_enhanced_monitoring": "msk.enhanced_monitoring",
        "msk_enable_public_access": "msk.public_access",
        "msk_public_access_cidrs": "msk.public_access_cidrs",
        "msk_multi_vpc_connectivity": "msk.multi_vpc_connectivity",
        "msk_s3_sink_enabled": "s3_sink (an object turns the sink on, null or leaving it out turns it off)",
        "msk_s3_sink": "s3_sink",
        "clickhouse_prometheus_agent_enabled": "clickhouse_prometheus_agent (an object turns the agent on, "
                                               "null or leaving it out turns it off)",
        "operator_email": "alerts = { email = ... }",
        "monthly_budget_usd": "budget = { monthly_limit_usd = ... }",
    }

    # staging still deploys the `poc-atlas-dev` names its resources were created with;
    # renaming would replace them, so the prefix is a setting rather than derived.
    name_prefix: str = setting(doc='prefix of every resource name, e.g. "poc-atlas-dev"')
    # null: this environment owns its VPC and MSK cluster. Otherwise the Atlas environment
    # whose VPC and MSK cluster it shares (read from that root's state).
    msk_shared_from: str | None = None
    network: NetworkSettings | None = setting(None, doc="{ cidr, availability_zones, ... }; null when shared")
    msk: AtlasMskSettings | None = setting(None, doc="{ kafka_version, number_of_broker_nodes, ... }; "
                                                     "null when shared")

    certificate_arn: str = setting(doc="ACM certificate ARN for the HTTPS listener")
    events_ingestion_host: str = setting(doc='e.g. "events.staging.atlas.example.com"')
    dashboard_backend_host: str = setting(doc='e.g. "dashboard-api.staging.atlas.example.com"')
    kafka_ui_host: str = setting(doc='e.g. "kafka-ui.staging.atlas.example.com"')
    waf: WafSettings = setting(factory=WafSettings, doc="{ rate_limit, hosts = { <host> = { rate_limit, "
                                                         "large_bodies } } }")
    kafka_ui_access: KafkaUiAccessSettings | None = setting(
        None, doc="{ oauth2 = { issuer_uri, client_id, ... } } and/or { allowed_cidrs = [...] }")
    services: ServicesSettings = setting(doc="{ events_ingestion, dashboard_backend, scoring, kafka_ui, camunda }")
    kafka: KafkaNames = setting(doc="{ events_topic, ..., dashboard_consumer_group, kafka_ui_cluster_label }")
    # The atlas-<env>-kafka root, which creates the topics (auto-creation is off).
    kafka_admin: KafkaAdminSettings = setting(factory=KafkaAdminSettings, doc="{ endpoint, role_arn, partitions }")
    # Add SCORING_BASE_URL = "http://scoring:<port>" to the dashboard backend secret.
    dashboard_scoring_base_url_enabled: bool = False

    dashboard_db: AtlasDatabaseSettings = setting(doc="{ database_name, instance_class, master_password_mode, ... }")
    camunda_db: AtlasDatabaseSettings = setting(doc="{ database_name, instance_class, master_password_mode, ... }")
    cache: CacheSettings = setting(factory=CacheSettings, doc="{ engine, engine_version, node_type, num_cache_clusters }")

    # Optional paths: an object turns them on, null (or leaving the key out) turns them off.
    s3_sink: S3SinkSettings | None = None
    clickhouse_prometheus_agent: ClickhouseAgentSettings | None = None

    # lifecycle.prevent_destroy on the data a destroy or a replacement would lose (databases,
    # the MSK cluster, the export bucket). null: on in a production environment. false in
    # production only to decommission on purpose (README: "Decommissioning").
    prevent_destroy: bool | None = None

    alerts: AlertsSettings = setting(doc='{ email = "<operator address>" }, where alarms and budget alerts go')
    budget: BudgetSettings = setting(doc="{ monthly_limit_usd }")

    # Resources that exist already (the live staging, created before these roots) and are
    # adopted by the first plan instead of created: { "<resource address>" = "<import id>" },
    # e.g. "aws_vpc.network_vpc" = "vpc-0a1b2c3d4e5f67890". The roots emit an `import` block
    # per entry (kafka_topic addresses go to the atlas-<env>-kafka root, the others to
    # atlas-<env>); the rule imports_never_replace refuses an import the plan would replace.
    existing_resources: dict[str, str] = setting(factory=dict, doc='{ "<resource address>" = "<import id>" }')

    @property
    def protect_data(self) -> bool:
        """Whether stateful resources carry ``prevent_destroy`` (the class decides unless set)."""
        return self.production if self.prevent_destroy is None else self.prevent_destroy

    def existing_in(self, *, kafka_root: bool) -> dict[str, str]:
        """The ``existing_resources`` one root adopts: the ``kafka_*`` addresses (mongey/kafka
        topics) belong to ``atlas-<env>-kafka``, every other one to ``atlas-<env>``."""
        return {a: i for a, i in self.existing_resources.items() if a.startswith("kafka_") == kafka_root}

    @property
    def owns_cluster(self) -> bool:
        return self.msk_shared_from is None

    def versions(self) -> Iterable[tuple[str, str, VersionList]]:
        if self.msk is not None:
            yield "msk.kafka_version", self.msk.kafka_version, KAFKA_VERSIONS
        for key in ("dashboard_db", "camunda_db"):
            version = getattr(self, key).engine_version
            if version.isdigit():  # a pinned minor or another shape is reported by the database's own check
                yield f"{key}.engine_version", version, POSTGRES_VERSIONS
        yield "cache.engine_version", self.cache.engine_version, CACHE_VERSIONS[self.cache.engine]

    def checks(self) -> Iterable[SettingError]:
        found = list(super().checks())
        if self.network is not None:
            zone = self.network.check_zones_in(self.region, "network.availability_zones")
            found += [zone] if zone else []
        found += self._check_edge() + self._check_msk() + self._check_class() + self._check_passwords()
        found += self._check_existing()
        return found

    def _check_passwords(self) -> list[SettingError]:
        """No RDS-managed password where a service keeps a copy: RDS rotates a managed master
        password every 7 days by default (RDS user guide, "Password management with Amazon
        RDS and AWS Secrets Manager"), and a copy typed into a runtime secret does not follow,
        so the service's logins fail after the first rotation. And no new password for a live
        instance this file adopts (``existing_resources``): the adoption's first apply must
        change nothing its clients depend on."""
        found = []
        for key, holder in PASSWORD_COPIES.items():
            mode = getattr(self, key).master_password_mode
            if mode == "managed":
                found.append(SettingError(f"{key}.master_password_mode", f'"managed" makes RDS rotate the password every '
                                          f"7 days, but {holder.format(prefix=self.name_prefix)} holds a copy that does not follow, so its logins "
                                          'break within a week; use "generated" (a new instance: Terraform draws '
                                          'it once) or, for an instance that exists, "adopt_managed" / "static" '
                                          "(keeps the password it has; see README, Database passwords)"))
            elif mode == "generated" and f"aws_db_instance.{key}_instance" in self.existing_resources:
                found.append(SettingError(f"{key}.master_password_mode", '"generated" would give the live instance '
                                          f"that existing_resources imports (aws_db_instance.{key}_instance) a new "
                                          f"master password in the adoption's first apply, and {holder.format(prefix=self.name_prefix)} "
                                          'would stop working until updated; keep its password: "static" with '
                                          'password_secret (and password_key) naming the secret its clients read, or '
                                          '"adopt_managed" (see README, Adopting existing resources)'))
        return found

    def _check_existing(self) -> list[SettingError]:
        from atlas.rules.imports import check_import_ids

        return [SettingError(key, message) for key, message in
                check_import_ids(self.existing_resources, region=self.region, account_id=self.account_id)]

    def _check_edge(self) -> list[SettingError]:
        found = []
        certificate = self.check_certificate("certificate_arn", self.certificate_arn)
        found += [certificate] if certificate else []
        hosts = {k: getattr(self, k) for k in ("events_ingestion_host", "dashboard_backend_host", "kafka_ui_host")}
        found += [p for p in (check_domain(k, v, wildcard=True) for k, v in hosts.items()) if p]
        if len(set(hosts.values())) != len(hosts):
            found.append(SettingError("kafka_ui_host", "the three host names must differ (host-header routing)"))
        for host in sorted(set(self.waf.hosts) - set(hosts.values())):
            found.append(SettingError(f"waf.hosts.{host}", "is not one of this environment's hosts "
                                                           f"({', '.join(hosts.values())})"))
        if self.kafka_ui_access is None:
            found.append(SettingError("kafka_ui_access", "is required: the Kafka UI is on the internet-facing ALB "
                                                         "and reads every topic; set { oauth2 = { issuer_uri, "
                                                         "client_id } } and/or { allowed_cidrs = [...] }"))
        elif self.production and self.kafka_ui_access.oauth2 is None:
            found.append(SettingError("kafka_ui_access.oauth2", "is required in a production environment: an IP "
                                                                "allow-list alone leaves the UI unauthenticated on "
                                                                "the internet-facing ALB"))
        if self.alerts.email is None:
            found.append(SettingError("alerts.email", "is required: the operator address that receives alarms "
                                                      "and budget alerts"))
        if self.alerts.pagerduty is not None:
            found.append(SettingError("alerts.pagerduty", "is not offered by Atlas, whose alarms go to an SNS topic "
                                                          "with the operator's email; remove it"))
        return found

    def _check_msk(self) -> list[SettingError]:
        found = []
        if not self.owns_cluster:
            if self.network is not None:
                found.append(SettingError("network", f'must be null: the VPC is shared from "{self.msk_shared_from}" '
                                                     "together with its MSK cluster"))
            if self.msk is not None:
                found.append(SettingError("msk", f'belongs to the cluster owner "{self.msk_shared_from}"; '
                                                 "set it there and remove it here"))
            if self.s3_sink is not None:
                found.append(SettingError("s3_sink", f'belongs to the cluster owner "{self.msk_shared_from}"; '
                                                     "set it there"))
            return found
        if self.network is None:
            found.append(SettingError("network", "is required: this environment owns its VPC "
                                                 "(or set msk_shared_from to share another environment's)"))
        if self.msk is None:
            found.append(SettingError("msk", "is required: this environment owns its MSK cluster "
                                             "(or set msk_shared_from to share another environment's)"))
            return found
        msk = self.msk
        azs = len(self.network.availability_zones) if self.network else 1
        zones_ok = self.network is None or self.network.min_azs <= azs <= self.network.max_azs  # else reported there
        spread = msk.check_spread(azs) if zones_ok else None
        found += [spread] if spread else []
        if self.kafka_admin.endpoint == "public" and not msk.public_access:
            found.append(SettingError("kafka_admin.endpoint", '"public" needs msk.public_access = true; use "private" '
                                                              "(the runner inside the VPC)"))
        if msk.multi_vpc_clients and not msk.multi_vpc_connectivity:
            found.append(SettingError("msk.multi_vpc_clients", "needs msk.multi_vpc_connectivity = true: client "
                                                               "accounts connect over multi-VPC connectivity"))
        for i, client in enumerate(msk.multi_vpc_clients):
            if client.account_id == self.account_id:
                found.append(SettingError(f"msk.multi_vpc_clients[{i}].account_id",
                                          "is this environment's own account; its clients need no cluster policy"))
        if len({c.account_id for c in msk.multi_vpc_clients}) != len(msk.multi_vpc_clients):
            found.append(SettingError("msk.multi_vpc_clients", "lists an account twice; merge its entries"))
        if msk.public_access and msk.broker_subnets != "public":
            found.append(SettingError("msk.broker_subnets", '"private", but msk.public_access needs the brokers in '
                                                            'public subnets: set "public" (and keep it when public '
                                                            "access is turned off later: moving the brokers replaces "
                                                            "the cluster)"))
        if msk.public_access and not msk.public_access_cidrs:
            found.append(SettingError("msk.public_access_cidrs", "is empty while msk.public_access is true; "
                                                                 "list the client CIDRs allowed on port 9198"))
        if not msk.public_access and msk.public_access_cidrs:
            found.append(SettingError("msk.public_access_cidrs", "has no effect while msk.public_access is "
                                                                 "false; remove it or enable public access"))
        if msk.public_access and not self.rules.public_endpoints:
            found.append(SettingError("msk.public_access", f"must be false in a {self.environment_class} "
                                                           "environment; external clients use multi-VPC "
                                                           "connectivity (msk.multi_vpc_connectivity)"))
        twice = check_no_repeats("msk.public_access_cidrs", msk.public_access_cidrs)
        found += [twice] if twice else []  # two identical ingress rules: EC2 refuses the second
        for i, cidr in enumerate(msk.public_access_cidrs):
            try:
                net = ipaddress.ip_network(cidr, strict=True)
            except ValueError as err:
                found.append(SettingError(f"msk.public_access_cidrs[{i}]", f'"{cidr}" is not a CIDR ({err})'))
                continue
            if net.prefixlen == 0 and msk.public_access and self.rules.public_endpoints and \
                    self.environment_class != "development":
                found.append(SettingError(f"msk.public_access_cidrs[{i}]",
                                          f'"{cidr}" opens the public MSK endpoint to the internet, which a '
                                          f"{self.environment_class} environment must not do; list the client CIDRs"))
        return found

    def _check_class(self) -> list[SettingError]:
        found = []
        for key in ("dashboard_db", "camunda_db"):
            db: DatabaseSettings = getattr(self, key)
            found += [SettingError(f"{key}.{e.key}", e.message)
                      for e in db.check_class(self.rules, self.environment_class)]
        if self.rules.multi_az and self.cache.num_cache_clusters < 2:
            found.append(SettingError("cache.num_cache_clusters", f"must be at least 2 in a {self.environment_class} "
                                                                  "environment (a replica in another zone)"))
        return found


def cross_checks(settings: Mapping[str, AtlasSettings], sources: Mapping[str, str]) -> list[Problem]:
    """Rules between environments: a sharing environment names an owner that exists, and
    its Kafka names do not collide with the owner's (the review the documents ask for).
    Name prefixes shared by any two environments are checked for every platform at once
    (``atlas.app``); a sharing environment's prefix is reported here, with its context."""
    found: list[Problem] = []
    for env, s in sorted(settings.items()):
        owner_name = s.msk_shared_from
        if owner_name is None:
            continue
        source = sources[env]
        owner = settings.get(owner_name)
        if owner is None and owner_name in sources:
            continue  # the owner's file failed to load: its own problems say why
        if owner is None:
            owners = sorted(e for e, o in settings.items() if o.owns_cluster and e != env)
            close = difflib.get_close_matches(owner_name, owners, n=1)
            found.append(Problem(source, "msk_shared_from", f'"{owner_name}" is not an Atlas environment'
                                 + (f'; did you mean "{close[0]}"?' if close else "")
                                 + ((" The" if close else "; the") + " environments that own an MSK cluster: "
                                    + ", ".join(owners) if owners
                                    else "; no Atlas environment owns an MSK cluster to share")))
            continue
        if not owner.owns_cluster or owner_name == env:
            found.append(Problem(source, "msk_shared_from", f'"{owner_name}" does not own an MSK cluster'))
            continue
        if (owner.account_id, owner.region) != (s.account_id, s.region):
            found.append(Problem(source, "msk_shared_from", f'"{owner_name}" is in account {owner.account_id} '
                                 f"{owner.region}; a shared cluster must be in the same account and region"))
        owner_topics = set(owner.kafka.topics.values())
        for key, topic in s.kafka.topics.items():
            if topic in owner_topics:
                found.append(Problem(source, f"kafka.{key}", f'"{topic}" is also a topic of "{owner_name}", whose '
                                     "cluster this environment shares; use a name of its own "
                                     f'(e.g. "{topic.replace("atlas.", f"atlas.{env}.", 1)}")'))
        if s.kafka_admin.endpoint == "public" and owner.msk is not None and not owner.msk.public_access:
            found.append(Problem(source, "kafka_admin.endpoint", f'"public" needs public access on the cluster of '
                                 f'"{owner_name}", which has none; use "private"'))
        if s.kafka.dashboard_consumer_group == owner.kafka.dashboard_consumer_group:
            found.append(Problem(source, "kafka.dashboard_consumer_group",
                                 f'"{s.kafka.dashboard_consumer_group}" is also the consumer group of '
                                 f'"{owner_name}"; both planes would split one group\'s partitions'))
        if s.kafka.kafka_ui_cluster_label == owner.kafka.kafka_ui_cluster_label:
            found.append(Problem(source, "kafka.kafka_ui_cluster_label",
                                 f'"{s.kafka.kafka_ui_cluster_label}" is also the Kafka UI label of "{owner_name}"; '
                                 "operators could not tell the two planes apart"))
        if s.name_prefix == owner.name_prefix:
            found.append(Problem(source, "name_prefix", f'"{s.name_prefix}" is also the prefix of "{owner_name}" '
                                 "in the same account; resource names would collide"))
    return found
