"""``kraken-<env>-infra``: the foundation every other Kraken root stands on.

Network (or an existing VPC), the data lake (buckets, keys, Glue databases, audit trail),
the PostgreSQL source database and the MSK cluster with its SCRAM users. Nothing here
reads another root; ``InfraOutputs`` is what the kafka and data-plane roots read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from atlas.cdk import Construct
from atlas.config.kraken import CLASSIFICATIONS, LAYERS, KrakenSettings
from atlas.constructs.data_lake import DataLake, DataLakeProps
from atlas.constructs.kafka_admin import ADMIN_PORT, KafkaAdminRole, KafkaAdminRoleProps
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.msk import KafkaCluster, KafkaClusterProps, kafka_arns
from atlas.constructs.msk_scram import ScramUsers, ScramUsersProps
from atlas.constructs.network import Network
from atlas.constructs.observability import AlertTopic, AlertTopicProps, alarms, replication_slot_alarms
from atlas.stacks import kit
from atlas.stacks.base import PlatformStack
from atlas.stacks.kraken.names import SCRAM_USERS, KrakenNames, mnpi_principals
from atlas.state import Contract, Output, RootId

_AREAS = [f"{layer}-{c}" for layer in LAYERS for c in CLASSIFICATIONS]
_BROKERS = [f"b-{i}.krakendev.a1b2c3.c2.kafka.eu-west-1.amazonaws.com" for i in (1, 2, 3)]
_ACCOUNT = "333333333333"

# Debezium reads the write-ahead log through a pgoutput replication slot.
LOGICAL_REPLICATION = {"rds.logical_replication": "1", "max_replication_slots": "10", "max_wal_senders": "10"}


def wal_cap_mb(allocated_storage_gb: int) -> int:
    """``max_slot_wal_keep_size`` (PostgreSQL 13+, MB): WAL a replication slot may hold back.

    A slot whose reader stops (a failed connector, idle captured tables with a busy rest of
    the database) keeps every WAL segment until the disk fills and the database stops. The
    cap trades that for an invalidated slot (Debezium then needs a new snapshot): a quarter
    of the allocated storage, so the disk never fills for the slot's sake."""
    return allocated_storage_gb * 1024 // 4


class InfraOutputs(Contract):
    vpc_id = Output("The VPC every Kraken workload runs in.", example="vpc-0a1b2c3d4e5f60718")
    private_subnet_ids = Output("Private subnets, one per availability zone.",
                                example=["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719",
                                         "subnet-0a1b2c3d4e5f6071a"])
    lake_bucket_names = Output("Data lake bucket names by <layer>-<classification>.",
                               example={k: f"kraken-dev-{k}-{_ACCOUNT}" for k in _AREAS})
    lake_bucket_arns = Output("Data lake bucket ARNs by <layer>-<classification>.",
                              example={k: f"arn:aws:s3:::kraken-dev-{k}-{_ACCOUNT}" for k in _AREAS})
    lake_kms_key_arns = Output("KMS key ARN per classification (mnpi, public).",
                               example={c: f"arn:aws:kms:eu-west-1:{_ACCOUNT}:key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f{i}"
                                        for i, c in enumerate(CLASSIFICATIONS)})
    lake_access_log_bucket_name = Output("Bucket that receives S3 server access logs (SSE-S3, log delivery may write).",
                                         example=f"kraken-dev-lake-access-logs-{_ACCOUNT}")
    glue_database_names = Output("Glue catalog database per <layer>-<classification>.",
                                 example={k: "kraken_dev_" + k.replace("-", "_") for k in _AREAS})
    msk_cluster_arn = Output("ARN of the MSK cluster.",
                             example=f"arn:aws:kafka:eu-west-1:{_ACCOUNT}:cluster/kraken-dev/"
                                     "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0-3")
    msk_cluster_name = Output("Name of the MSK cluster.", example="kraken-dev")
    msk_bootstrap_brokers_sasl_scram = Output("SASL/SCRAM bootstrap brokers (TLS, port 9096), comma-separated.",
                                              example=",".join(f"{b}:9096" for b in _BROKERS))
    msk_bootstrap_brokers_sasl_iam = Output("IAM bootstrap brokers (TLS, port 9098), comma-separated.",
                                            example=",".join(f"{b}:9098" for b in _BROKERS))
    msk_security_group_id = Output("Security group of the brokers; clients add ingress rules to it.",
                                   example="sg-0a1b2c3d4e5f60718")
    msk_scram_secret_names = Output("SCRAM secret name per Kafka user (AmazonMSK_<cluster>_<user>).",
                                    example={u: f"AmazonMSK_kraken-dev_{u}" for u in SCRAM_USERS})
    msk_scram_secret_arns = Output("SCRAM secret ARN per Kafka user.",
                                   example={u: f"arn:aws:secretsmanager:eu-west-1:{_ACCOUNT}:secret:"
                                               f"AmazonMSK_kraken-dev_{u}-Ab12Cd" for u in SCRAM_USERS})
    msk_admin_role_arn = Output("Role the kafka root's provider assumes to administer topics and ACLs through MSK IAM.",
                                example=f"arn:aws:iam::{_ACCOUNT}:role/kraken-dev-kafka-admin")
    msk_scram_kms_key_arn = Output("KMS key encrypting the SCRAM secrets (readers need kms:Decrypt).",
                                   example=f"arn:aws:kms:eu-west-1:{_ACCOUNT}:key/1b2c3d4e-5f60-7182-9394-a5b6c7d8e9f0")
    database_master_secret_arn = Output(
        "The RDS-managed master secret (JSON with username and password). Its name is generated by RDS "
        "(rds!db-...), so the ARN is the stable handle.",
        example=f"arn:aws:secretsmanager:eu-west-1:{_ACCOUNT}:secret:rds!db-0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9-Ab12Cd")
    database_kms_key_arn = Output("KMS key of the database and its master secret.",
                                  example=f"arn:aws:kms:eu-west-1:{_ACCOUNT}:key/2c3d4e5f-6071-8293-a4b5-c6d7e8f9a0b1")
    database_security_group_id = Output("Security group of the database; clients add ingress rules to it.",
                                        example="sg-0b1c2d3e4f5a60718")
    database_endpoint = Output("Database host name.", example="kraken-dev.c1a2b3c4d5e6.eu-west-1.rds.amazonaws.com")
    database_name = Output("Name of the database Debezium captures.", example="kraken")


@dataclass(frozen=True)
class _Placement:
    """Where workloads of the root run: a VPC and its private subnets (new or existing)."""

    vpc_id: str
    private_subnet_ids: Sequence[str]
    network: Network | None


class KrakenInfraStack(PlatformStack):
    def __init__(self, scope: Construct, root: RootId, settings: KrakenSettings, *, local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend, outputs=InfraOutputs)
        s, prefix = settings, settings.name_prefix
        logs_key = kit.logs_key(self, s, alias=f"{prefix}-logs", description=f"{prefix} CloudWatch Logs encryption")
        placement = self._placement(logs_key)
        mnpi = mnpi_principals(s)
        lake = DataLake(self, "lake", DataLakeProps(
            name=prefix, account_id=s.account_id, region=s.region, layers=LAYERS, classifications=CLASSIFICATIONS,
            mnpi_object_lock=s.lake.mnpi_object_lock, object_lock_mode=s.lake.object_lock_mode,
            object_lock_days=s.lake.object_lock_days, noncurrent_version_days=s.lake.noncurrent_version_days,
            transitions={layer: [(t.days, t.storage_class) for t in steps] for layer, steps in s.lake.transitions.items()},
            access_log_retention_days=s.lake.access_log_retention_days,
            audit_log_retention_days=s.lake.audit_log_retention_days,
            # MNPI in depth: the bucket and key policies admit only the contract's roles.
            principals={area: users for area, users in mnpi.items() if area.endswith("-mnpi")},
            key_users={"mnpi": [u for area, users in mnpi.items() if area.startswith("results-") for u in users]}))
        self._publish_lake(lake)
        self._msk(placement, logs_key)
        self._database(placement)

    def _placement(self, logs_key: EncryptionKey) -> _Placement:
        s = self.settings
        if s.network is not None:
            network = kit.network(self, s, logs_key)
            placement = _Placement(network.vpc_id, network.private_subnet_ids, network)
            if s.route53_private_zone_id:
                # The services' names (<service>.<private_domain>) resolve only in VPCs the
                # private zone is associated with, and a VPC this root creates is in none.
                network.associate_private_zone(self, "private_zone_association", s.route53_private_zone_id)
        else:
            existing = s.existing_network
            assert existing is not None  # KrakenSettings.checks guarantees exactly one
            placement = _Placement(existing.vpc_id, list(existing.private_subnet_ids), None)
        self.publish(InfraOutputs.vpc_id, placement.vpc_id)
        self.publish(InfraOutputs.private_subnet_ids, placement.private_subnet_ids)
        return placement

    def _publish_lake(self, lake: DataLake) -> None:
        areas = lake.areas
        self.publish(InfraOutputs.lake_bucket_names, {k: a.bucket_name for k, a in areas.items()})
        self.publish(InfraOutputs.lake_bucket_arns, {k: f"arn:aws:s3:::{a.bucket_name}" for k, a in areas.items()})
        self.publish(InfraOutputs.lake_kms_key_arns, {c: lake.key_arn(c) for c in CLASSIFICATIONS})
        self.publish(InfraOutputs.lake_access_log_bucket_name, lake.access_logs.name)
        self.publish(InfraOutputs.glue_database_names, {k: a.database_name for k, a in areas.items()})

    def _msk(self, placement: _Placement, logs_key: EncryptionKey) -> None:
        s, prefix, msk = self.settings, self.settings.name_prefix, self.settings.msk
        key = EncryptionKey(self, "msk_key", EncryptionKeyProps(
            alias=f"{prefix}-msk", description=f"{prefix} MSK data at rest", account_id=s.account_id, region=s.region))
        scram = ScramUsers(self, "scram", ScramUsersProps(
            name=prefix, users=SCRAM_USERS, account_id=s.account_id, region=s.region))
        cluster = KafkaCluster(self, "msk", KafkaClusterProps(
            name=prefix, kafka_version=msk.kafka_version, broker_instance_type=msk.broker_instance_type,
            number_of_broker_nodes=msk.number_of_broker_nodes, subnet_ids=placement.private_subnet_ids,
            # Brokers only answer; clients (data-plane) get ingress rules from their own root.
            vpc_id=placement.vpc_id, security_group_name=f"{prefix}-msk",
            security_group_description=f"{prefix} MSK brokers", security_group_label="msk_security_group",
            kms_key_arn=key.arn,
            log_kms_key_arn=logs_key.arn, log_retention_days=s.log_retention_days,
            volume_size_gb=msk.volume_size_gb, provisioned_throughput_mibps=msk.provisioned_throughput_mibps,
            # SCRAM for Kafka clients with ACLs; IAM as well, the only mode MSK Connect supports.
            iam_auth=True, scram_auth=True, enhanced_monitoring=msk.enhanced_monitoring, open_monitoring=True,
            server_properties={"default.replication.factor": str(s.topics.replication_factor),
                               "min.insync.replicas": str(s.topics.min_insync_replicas)},
            scram_secret_arns=list(scram.secret_arns.values()) if msk.associate_scram_secrets else (),
            scram_secret_versions=scram.versions if msk.associate_scram_secrets else ()))
        # The group was created beside the cluster: under "network" when the root builds it.
        old_group = "network_msk_security_group" if placement.network else "msk_security_group"
        runner = s.terraform_runner
        if runner is not None:
            # The kafka root's runner (a Spacelift private worker pool) on the IAM listener only.
            cluster.security_group.allow_from_cidrs("terraform_runner_cidr", runner.cidrs, ADMIN_PORT,
                                                    description="Terraform runner (kafka root, IAM) to MSK")
            rules = cluster.security_group.allow_from_group_ids(
                "terraform_runner", runner.security_group_ids, ADMIN_PORT,
                description="Terraform runner (kafka root, IAM) to MSK")
            # Until the one vocabulary of group rules, each was from_terraform_runner_group_<i>_9098
            # (under the group's own old address, below).
            for i, rule in enumerate(rules):
                self.moved_from(rule, f"{old_group}_from_terraform_runner_group_{i}_{ADMIN_PORT}")
        admin = KafkaAdminRole(self, "kafka_admin", KafkaAdminRoleProps(
            name=KrakenNames(prefix).kafka_admin_role, account_id=s.account_id, arns=kafka_arns(self, "msk_arns", cluster.arn),
            trusted_role_arns=runner.role_arns if runner else ()))
        self.moved_from(cluster.security_group, old_group)
        self.publish(InfraOutputs.msk_cluster_arn, cluster.arn)
        self.publish(InfraOutputs.msk_cluster_name, cluster.cluster_name)
        self.publish(InfraOutputs.msk_bootstrap_brokers_sasl_scram, cluster.bootstrap_brokers_scram)
        self.publish(InfraOutputs.msk_bootstrap_brokers_sasl_iam, cluster.bootstrap_brokers_iam)
        self.publish(InfraOutputs.msk_security_group_id, cluster.connections.security_group_id)
        self.publish(InfraOutputs.msk_scram_secret_names, scram.secret_names)
        self.publish(InfraOutputs.msk_scram_secret_arns, scram.secret_arns)
        self.publish(InfraOutputs.msk_scram_kms_key_arn, scram.key.arn)
        self.publish(InfraOutputs.msk_admin_role_arn, admin.arn)

    def _database(self, placement: _Placement) -> None:
        s, prefix, db = self.settings, self.settings.name_prefix, self.settings.database
        key = EncryptionKey(self, "database_key", EncryptionKeyProps(
            alias=f"{prefix}-database", description=f"{prefix} PostgreSQL storage and master secret",
            account_id=s.account_id, region=s.region))
        cap_mb = wal_cap_mb(db.allocated_storage_gb)
        database = kit.postgres(self, "database", db, name=prefix, account_id=s.account_id, vpc_id=placement.vpc_id,
                                subnet_ids=placement.private_subnet_ids, kms_key_arn=key.arn, clients=[],
                                required_parameters={**LOGICAL_REPLICATION, "max_slot_wal_keep_size": str(cap_mb)})
        # The WAL cap turns a stalled slot into a lost slot (a new snapshot) instead of a full
        # disk; these alarms say so while there is still time to restart the connector.
        alerts_key = EncryptionKey(self, "alerts_key", EncryptionKeyProps(
            alias=f"{prefix}-alerts", description=f"{prefix} CloudWatch alarm notifications", account_id=s.account_id,
            region=s.region, service_principals=("cloudwatch",)))
        topic = AlertTopic(self, "alerts", AlertTopicProps(name=f"{prefix}-alerts", email=s.alerts.email,
                                                           kms_key_arn=alerts_key.arn))
        alarms(topic, prefix, replication_slot_alarms(prefix, "cdc", database.identifier,
                                                      wal_cap_bytes=cap_mb * 1024 * 1024))
        self.publish(InfraOutputs.database_master_secret_arn, database.managed_secret_arn)
        self.publish(InfraOutputs.database_kms_key_arn, key.arn)
        self.publish(InfraOutputs.database_security_group_id, database.security_group.id)
        self.publish(InfraOutputs.database_endpoint, database.endpoint)
        self.publish(InfraOutputs.database_name, db.database_name)
