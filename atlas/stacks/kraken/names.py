"""Names two Kraken roots must agree on (topics, connectors, consumer groups, users)."""

from __future__ import annotations

from dataclasses import dataclass

from atlas.state import RootId

# SCRAM users of the cluster, one Secrets Manager secret each (see the infra root): only the
# clients that cannot use IAM (Schema Registry and Cruise Control); MSK Connect uses IAM.
SCRAM_USERS = ("admin",)


def roots_of(env: str) -> tuple[RootId, RootId, RootId]:
    """The three roots of one environment, in the order they apply."""
    return RootId("kraken", env, "infra"), RootId("kraken", env, "kafka"), RootId("kraken", env, "data-plane")


@dataclass(frozen=True)
class KrakenNames:
    prefix: str

    def cdc_topic(self, classification: str, table: str) -> str:
        return f"cdc.{classification}.{table}"

    def cdc_prefix(self, classification: str) -> str:
        return f"cdc.{classification}."

    def dlq_topic(self, classification: str) -> str:
        return f"dlq.{classification}.s3-sink"

    @property
    def server_name(self) -> str:
        """Debezium's ``topic.prefix``: the raw topics before routing, and the heartbeat topic."""
        return "kraken"

    @property
    def heartbeat_topic(self) -> str:
        from atlas.constructs.cdc_connectors import heartbeat_topic

        return heartbeat_topic(self.server_name)

    @property
    def debezium_connector(self) -> str:
        return f"{self.prefix}-debezium-postgres"

    def sink_connector(self, classification: str) -> str:
        return f"{self.prefix}-s3-sink-{classification}"

    def sink_group(self, classification: str) -> str:
        # Kafka Connect (and so MSK Connect) names a sink connector's consumer group
        # "connect-<connector name>"; the ACL must name exactly that group.
        return f"connect-{self.sink_connector(classification)}"

    @property
    def load_balancer(self) -> str:
        """The internal load balancer of the operator services (target groups add "-<key>")."""
        return f"{self.prefix}-svc"

    @property
    def connect_worker(self) -> str:
        return f"{self.prefix}-connect"

    @property
    def sink_worker(self) -> str:
        return f"{self.prefix}-connect-s3-sink"

    @property
    def kafka_admin_role(self) -> str:
        return f"{self.prefix}-kafka-admin"

    def raw_crawler(self, classification: str) -> str:
        return f"{self.prefix}-raw-{classification}"

    # -- IAM role names (the constructs derive the same; the MNPI contract below names them
    # -- before the data-plane root creates them)
    def sink_role(self, classification: str) -> str:
        return f"{self.sink_connector(classification)}-connector"  # msk_connect.connector_names

    @property
    def debezium_role(self) -> str:
        return f"{self.debezium_connector}-connector"

    def crawler_role(self, classification: str) -> str:
        return f"{self.raw_crawler(classification)}-crawler"  # lake_crawler.LakeCrawler

    def tier_role(self, tier: str) -> str:
        return f"{self.prefix}-{tier}"  # access_tiers.tier_names

    @property
    def cdc_user_secret(self) -> str:
        """Debezium's own login (``{username, password}``), written by the data-plane root."""
        return f"{self.prefix}/cdc-user"

    @property
    def cdc_setup_task(self) -> str:
        """The one-off task creating that user and the publication (its family and group)."""
        return f"{self.prefix}-cdc-setup"

    @property
    def replication_slot(self) -> str:
        # PostgreSQL slot names allow lowercase letters, digits and underscores only.
        return f"debezium_{self.prefix.replace('-', '_')}"

    def results_bucket(self, tier: str, account_id: str) -> str:
        """The Athena query results bucket of one access tier."""
        return f"{self.prefix}-athena-{tier}-{account_id}"


def deploy_role_arn(account_id: str) -> str:
    """The Kraken deploy role of the account (the bootstrap root's ``<platform>-terraform-deploy``)."""
    from atlas.stacks.bootstrap import PlatformDeploy

    return f"arn:aws:iam::{account_id}:role/{PlatformDeploy('kraken').role_name}"


def mnpi_principals(s) -> dict[str, tuple[str, ...]]:
    """The MNPI separation's contract: who may touch MNPI data, as ``aws:PrincipalArn``
    patterns, keyed by area (``<layer>-mnpi``, infra's lake buckets) and ``results-<tier>``
    (an MNPI tier's Athena results bucket, data-plane's).

    Infra writes them into the MNPI bucket policies and the MNPI key's policy before the
    data-plane root creates the roles (a policy may name a role that does not exist yet
    only through a condition); both roots derive them from the environment file, never
    from each other's outputs. Raw: the MNPI S3 sink's service role (writes) and the MNPI
    raw crawler (reads). Every layer: the roles of the MNPI tiers reading that layer. Every
    MNPI resource: the exempt roles of ``mnpi_access`` (the account's Kraken deploy role,
    break-glass roles). Debezium writes to Kafka only; nothing else is named."""
    from atlas.config.kraken import LAYERS

    names, access = KrakenNames(s.name_prefix), s.mnpi_access

    def role(name: str) -> str:
        return f"arn:aws:iam::{s.account_id}:role/{name}"

    exempt = ([deploy_role_arn(s.account_id)] if access.deploy_role_exempt else []) + list(access.break_glass_role_arns)
    mnpi_tiers = sorted(t for t, tier in s.access_tiers.items() if tier.mnpi)
    out: dict[str, tuple[str, ...]] = {}
    for layer in LAYERS:
        pipeline = [names.sink_role("mnpi"), names.crawler_role("mnpi")] if layer == "raw" else []
        readers = [names.tier_role(t) for t in mnpi_tiers if layer in s.access_tiers[t].layers]
        out[f"{layer}-mnpi"] = tuple(dict.fromkeys([role(n) for n in pipeline + readers] + exempt))
    for t in mnpi_tiers:
        out[f"results-{t}"] = tuple(dict.fromkeys([role(names.tier_role(t))] + exempt))
    return out


def derived_names(s) -> list:
    """Every AWS and Kafka name a Kraken environment file turns into (``Platform.names``):
    the constructs' own builders, called with the props the three compositions pass, each
    with the settings it is made of. ``tests/test_naming.py`` fails when a synthesized root
    holds a name this list lacks."""
    from atlas.config.kraken import CLASSIFICATIONS, LAYERS
    from atlas.constructs.access_tiers import tier_names
    from atlas.constructs.alb import load_balancer_names
    from atlas.constructs.data_lake import lake_names
    from atlas.constructs.ecs import cluster_names, service_names
    from atlas.constructs.kms import key_alias
    from atlas.constructs.msk import cluster_names as msk_cluster_names
    from atlas.constructs.msk_connect import connector_names
    from atlas.constructs.msk_scram import scram_names
    from atlas.constructs.network import network_names
    from atlas.constructs.observability import replication_slot_alarms
    from atlas.constructs.rds import postgres_names
    from atlas.constructs.streaming_services import OPERATOR_SERVICES
    from atlas.naming import Name, derived

    p, account, names = s.name_prefix, s.account_id, KrakenNames(s.name_prefix)
    out: list = []

    def add(built: object, *keys: str) -> None:
        out.extend(derived(built, *(keys or ("name_prefix",))))

    # infra
    add([key_alias(f"{p}-logs"), key_alias(f"{p}-msk"), key_alias(f"{p}-database")])
    if s.network is not None:
        add(network_names(p))
    lake = lake_names(p, account, LAYERS, CLASSIFICATIONS)
    add([lake, [key_alias(a) for a in lake["key_aliases"].values()], key_alias(lake["audit_key_alias"])])
    scram = scram_names(p, SCRAM_USERS)
    add([scram, key_alias(scram["key_alias"]), msk_cluster_names(p), Name("security_group", f"{p}-msk")])
    add(postgres_names(p))
    add([key_alias(f"{p}-alerts"), Name("sns_topic", f"{p}-alerts")]
        + [Name("alarm", spec.name) for spec in replication_slot_alarms(p, "cdc", "", wal_cap_bytes=0)])
    add(Name("postgres_database", s.database.database_name), "database.database_name")
    add(Name("postgres_user", s.database.master_username), "database.master_username")
    # kafka
    t = s.topics
    for group in ("mnpi_tables", "public_tables"):
        classification = group.split("_")[0]
        for i, table in enumerate(getattr(t, group)):
            add(Name("kafka_topic", names.cdc_topic(classification, table)), f"topics.{group}[{i}]")
    add([Name("kafka_topic", names.dlq_topic(c)) for c in CLASSIFICATIONS]
        + [Name("kafka_topic", names.heartbeat_topic)])
    add([Name("iam_role", names.kafka_admin_role), Name("iam_policy", "kafka-administration")])
    # data plane
    domain = s.private_domain
    behind = [o for o in OPERATOR_SERVICES if domain or o.target == "registry"]
    add([key_alias(f"{p}-service-state"), Name("security_group", f"{p}-service-state")])
    add([key_alias(f"{p}-data-plane-logs"), Name("security_group", f"{p}-alb"),
         load_balancer_names(names.load_balancer, [o.target for o in behind], account_id=account, waf=False)])
    if domain:
        add([Name("host_header", f"{o.name}.{domain}") for o in OPERATOR_SERVICES], "private_domain")
    add(cluster_names(p, f"{p}.svc"))
    for o in OPERATOR_SERVICES:
        add([service_names(f"{p}-{o.name}"), Name("security_group", f"{p}-{o.name}")])
    c = s.connectors
    add([Name("glue_crawler", names.raw_crawler(k)) for k in CLASSIFICATIONS]
        + [Name("iam_role", names.crawler_role(k)) for k in CLASSIFICATIONS]
        + [Name("iam_policy", "crawl-one-area")])
    add([service_names(names.cdc_setup_task), Name("security_group", names.cdc_setup_task),
         Name("secret", names.cdc_user_secret)])
    add(Name("postgres_user", s.cdc_user.username), "cdc_user.username")
    add([Name("msk_connect", names.connect_worker), Name("msk_connect", names.sink_worker),
         Name("replication_slot", names.replication_slot),
         connector_names(names.debezium_connector, own_plugin=c.debezium_plugin.arn is None),
         Name("security_group", f"{p}-debezium"), Name("security_group", f"{p}-s3-sink")]
        + [connector_names(names.sink_connector(k), own_plugin=c.s3_sink_plugin.arn is None) for k in CLASSIFICATIONS])
    for tier in s.access_tiers:
        add([Name("s3_bucket", names.results_bucket(tier, account)), tier_names(p, tier)],
            f"access_tiers.{tier}", "name_prefix")
    return out
