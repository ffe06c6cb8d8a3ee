"""Settings of one platform-events environment (environments/platform-events/<env>.tfvars).

One file feeds the two roots of the environment: the backbone (``platform-events-<env>``:
network, MSK, Glue registry, workload roles, observability, secrets) and the Kafka root
(``platform-events-<env>-kafka``: topics and Glue schemas from the contract files). The
contracts themselves are files in the repository (``contracts``, see
``atlas.config.contracts``); this file only says which folder and how it is deployed.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import ClassVar, Iterable, Literal, Mapping

from atlas.config.common import AlertsSettings, MskSettings, NetworkSettings, PlatformSettings, check_no_repeats
from atlas.config.errors import Problem, SettingError
from atlas.config.schema import setting

# Glue Schema Registry compatibility modes (CreateSchema ``Compatibility``); anything else
# is refused by the API at apply time.
Compatibility = Literal["NONE", "DISABLED", "BACKWARD", "BACKWARD_ALL", "FORWARD", "FORWARD_ALL", "FULL", "FULL_ALL"]
DEFAULT_COMPATIBILITY = "BACKWARD"

# The repository the settings' relative paths (``contracts``) are read from.
REPOSITORY = Path(__file__).resolve().parents[2]

_SG_ID = re.compile(r"^sg-[0-9a-f]{8,17}$")
_ROLE_ARN = re.compile(r"^arn:aws:iam::\d{12}:role/[\w+=,.@/-]{1,512}$")
_OIDC_ARN = re.compile(r"^arn:aws:iam::\d{12}:oidc-provider/(oidc\.eks\.[a-z0-9-]+\.amazonaws\.com/id/[0-9A-F]{32})$")
_K8S_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
_URL = re.compile(r"^https://[^\s/]+(/\S*)?$")
# An IAM Identity Center (identity store) group id: a UUID, optionally after "<10 hex>-"
# (Identity Store API reference, Group.GroupId pattern).
_IDC_GROUP = re.compile(r"^([0-9a-f]{10}-)?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$")


@dataclass(frozen=True, kw_only=True)
class EventsMskSettings(MskSettings):
    """The event backbone: the document's 3.7 line (MSK names it "3.7.x") and per-partition
    monitoring (consumer lag per partition is what the dashboards show)."""

    kafka_version: str = "3.7.x"
    broker_instance_type: str = "kafka.m7g.large"
    enhanced_monitoring: Literal["DEFAULT", "PER_BROKER", "PER_TOPIC_PER_BROKER",
                                 "PER_TOPIC_PER_PARTITION"] = "PER_TOPIC_PER_PARTITION"


@dataclass(frozen=True, kw_only=True)
class TopicDefaults:
    """What a channel of the contracts gets unless its Kafka binding says otherwise."""

    partitions: int = 6
    replication_factor: int = 3
    min_insync_replicas: int = 2
    retention_hours: int = 168

    def checks(self) -> Iterable[SettingError]:
        found = []
        if self.partitions < 1:
            found.append(SettingError("partitions", "must be at least 1"))
        if self.replication_factor < 1:
            found.append(SettingError("replication_factor", "must be at least 1"))
        highest = max(1, self.replication_factor - 1)
        if not 1 <= self.min_insync_replicas <= highest:
            found.append(SettingError("min_insync_replicas", f"is {self.min_insync_replicas}; with replication_factor "
                                                             f"{self.replication_factor} it must be 1 to {highest}, "
                                                             "or writes stop when a broker is down"))
        if self.retention_hours < 1:
            found.append(SettingError("retention_hours", "must be at least 1"))
        return found


@dataclass(frozen=True, kw_only=True)
class KafkaRunnerSettings:
    """Where the Kafka root runs (a Spacelift private worker, a CI runner): the mongey/kafka
    provider talks to the brokers at plan time, so the brokers' IAM listener (9098, and only
    it) admits these sources. ``role_arn``, when set, is the role the provider assumes to
    sign the IAM handshake; otherwise the runner's own credentials are used."""

    cidrs: tuple[str, ...] = ()
    security_group_ids: tuple[str, ...] = ()
    role_arn: str | None = None

    def checks(self) -> Iterable[SettingError]:
        found = []
        if not self.cidrs and not self.security_group_ids:
            found.append(SettingError("", "give cidrs and/or security_group_ids: the Kafka root cannot reach "
                                          "the brokers otherwise"))
        for i, cidr in enumerate(self.cidrs):
            try:
                net = ipaddress.ip_network(cidr, strict=True)
            except ValueError as err:
                found.append(SettingError(f"cidrs[{i}]", f'"{cidr}" is not a valid network CIDR ({err})'))
                continue
            if net.prefixlen < 8:
                found.append(SettingError(f"cidrs[{i}]", f'"{cidr}" opens the brokers to {net.num_addresses} '
                                                         "addresses; name the runner's own subnets"))
        for i, group in enumerate(self.security_group_ids):
            if not _SG_ID.match(group):
                found.append(SettingError(f"security_group_ids[{i}]", f'"{group}" is not a security group id '
                                                                      'like "sg-0a1b2c3d"'))
        # One ingress rule per source: AWS refuses a second identical rule (InvalidPermission.Duplicate).
        found += [e for e in (check_no_repeats("cidrs", self.cidrs),
                              check_no_repeats("security_group_ids", self.security_group_ids)) if e]
        if self.role_arn is not None and not _ROLE_ARN.match(self.role_arn):
            found.append(SettingError("role_arn", f'"{self.role_arn}" is not an IAM role ARN'))
        return found


@dataclass(frozen=True, kw_only=True)
class WorkloadSettings:
    """Where the event gateway, the schema service and the OTel collector run; their roles
    trust exactly that compute: ECS tasks of this account, or (``eks``) the Kubernetes
    service accounts of ``namespace`` through the cluster's OIDC provider (IRSA)."""

    compute: Literal["ecs", "eks"] = "ecs"
    eks_oidc_provider_arn: str | None = None
    namespace: str = "platform-events"

    def checks(self) -> Iterable[SettingError]:
        found = []
        if self.compute == "eks" and self.eks_oidc_provider_arn is None:
            found.append(SettingError("eks_oidc_provider_arn", 'is required with compute = "eks": the ARN of the '
                                                               "cluster's IAM OIDC provider"))
        if self.compute == "ecs" and self.eks_oidc_provider_arn is not None:
            found.append(SettingError("eks_oidc_provider_arn", 'is only used with compute = "eks"; remove it'))
        if self.eks_oidc_provider_arn is not None and not _OIDC_ARN.match(self.eks_oidc_provider_arn):
            found.append(SettingError("eks_oidc_provider_arn", f'"{self.eks_oidc_provider_arn}" is not an EKS OIDC '
                                                               "provider ARN (arn:aws:iam::<account>:oidc-provider/"
                                                               "oidc.eks.<region>.amazonaws.com/id/<ID>)"))
        if not _K8S_NAME.match(self.namespace):
            found.append(SettingError("namespace", f'"{self.namespace}" is not a Kubernetes namespace name'))
        return found

    @property
    def oidc_issuer(self) -> str | None:
        match = _OIDC_ARN.match(self.eks_oidc_provider_arn or "")
        return match.group(1) if match else None


@dataclass(frozen=True, kw_only=True)
class SamlSettings:
    """The SAML identity provider of the Grafana workspace."""

    idp_metadata_url: str = setting(doc="the IdP's SAML metadata URL (https)")
    admin_role_values: tuple[str, ...] = setting(doc='values of the role assertion that make a Grafana admin')
    editor_role_values: tuple[str, ...] = setting(doc="values of the role assertion that make a Grafana editor")
    role_assertion: str = "role"

    def checks(self) -> Iterable[SettingError]:
        found = []
        if not _URL.match(self.idp_metadata_url):
            found.append(SettingError("idp_metadata_url", f'"{self.idp_metadata_url}" must be an https URL'))
        if not self.admin_role_values:
            found.append(SettingError("admin_role_values", "lists no value; give at least one, or nobody can "
                                                           "administer the workspace"))
        return found


@dataclass(frozen=True, kw_only=True)
class GrafanaSettings:
    """An Amazon Managed Grafana workspace (billed per active user and hour: present = on).
    Grafana has no users of its own: IAM Identity Center (``AWS_SSO``, enabled in the
    organisation) or a SAML IdP (``saml``) is required."""

    authentication_providers: tuple[Literal["AWS_SSO", "SAML"], ...] = setting(
        doc='["AWS_SSO"] (IAM Identity Center) and/or ["SAML"] (with saml = { ... })')
    saml: SamlSettings | None = None
    grafana_version: Literal["9.4", "10.4"] = "10.4"
    # IAM Identity Center groups made Grafana admins / editors of the workspace (AWS_SSO):
    # a workspace signs users in through Identity Center but gives nobody a role until a
    # role association names them, so without admins nobody can administer it.
    admin_group_ids: tuple[str, ...] = ()
    editor_group_ids: tuple[str, ...] = ()

    def checks(self) -> Iterable[SettingError]:
        found = []
        if not self.authentication_providers:
            found.append(SettingError("authentication_providers", 'lists no provider; Grafana needs "AWS_SSO" '
                                                                  'and/or "SAML" to sign anyone in'))
        if len(set(self.authentication_providers)) != len(self.authentication_providers):
            found.append(SettingError("authentication_providers", "lists a provider twice"))
        if "SAML" in self.authentication_providers and self.saml is None:
            found.append(SettingError("saml", 'is required with "SAML" in authentication_providers: '
                                              "{ idp_metadata_url, admin_role_values, editor_role_values }"))
        if "SAML" not in self.authentication_providers and self.saml is not None:
            found.append(SettingError("saml", 'is only used with "SAML" in authentication_providers; remove it'))
        sso = "AWS_SSO" in self.authentication_providers
        if sso and not self.admin_group_ids:
            found.append(SettingError("admin_group_ids", 'is empty: with "AWS_SSO" the workspace gives Identity Center '
                                                         "users no role until a group is assigned, so nobody could "
                                                         "administer it; give the id of at least one Identity Center "
                                                         "group (IAM Identity Center console, Groups)"))
        for key in ("admin_group_ids", "editor_group_ids"):
            ids = getattr(self, key)
            if ids and not sso:
                found.append(SettingError(key, 'is only used with "AWS_SSO" in authentication_providers (SAML maps '
                                               "roles with saml.admin_role_values); remove it"))
            for i, group in enumerate(ids):
                if not _IDC_GROUP.match(group):
                    found.append(SettingError(f"{key}[{i}]", f'"{group}" is not an IAM Identity Center group id (a '
                                                             'UUID such as "9067a2d4f1-3b8e4c2a-9f1d-4c2a-8e5b-0e5b7c6a8d42")'))
            if len(set(ids)) != len(ids):
                found.append(SettingError(key, "lists a group twice"))
        return found


@dataclass(frozen=True, kw_only=True)
class PlatformEventsSettings(PlatformSettings):
    network: NetworkSettings = setting(doc="{ cidr, availability_zones, public_subnet_cidrs, private_subnet_cidrs, ... }")
    msk: EventsMskSettings = field(default_factory=EventsMskSettings)
    topics: TopicDefaults = field(default_factory=TopicDefaults)
    # The folder of contract files (an AsyncAPI document and its schemas), relative to the
    # repository; see atlas.config.contracts.
    contracts: str = "contracts/platform-events"
    # Glue compatibility per schema name (= topic); every other schema is BACKWARD.
    schema_compatibility: dict[str, Compatibility] = setting(factory=dict, doc='e.g. { "orders.order-placed.v1" = "FULL" }')
    kafka_runner: KafkaRunnerSettings = setting(doc="{ cidrs, security_group_ids, role_arn } of the Kafka root's runner")
    workloads: WorkloadSettings = field(default_factory=WorkloadSettings)
    # Managed Grafana is billed hourly: present = on, absent/null = off.
    grafana: GrafanaSettings | None = None
    alerts: AlertsSettings = setting(doc="{ email } that alarms notify")

    renamed: ClassVar[dict[str, str]] = {"grafana_enabled": "grafana = { authentication_providers = [...] } (absent = off)"}

    def checks(self) -> Iterable[SettingError]:
        found = list(super().checks())
        zone = self.network.check_zones_in(self.region, "network.availability_zones")
        found += [zone] if zone else []
        if len(self.network.availability_zones) != 3:
            found.append(SettingError("network.availability_zones", f"lists {len(self.network.availability_zones)} "
                                                                    "zone(s); the event backbone spans exactly three"))
        try:
            sixteen = ipaddress.ip_network(self.network.cidr, strict=True).prefixlen == 16
        except ValueError:
            sixteen = True  # (reported by the network's own check)
        if not sixteen:
            found.append(SettingError("network.cidr", f'"{self.network.cidr}" must be a /16: the blueprint gives every '
                                                      "environment a /16"))
        if len(self.network.availability_zones) == 3:  # (a wrong zone count is reported above)
            spread = self.msk.check_spread(3)
            found += [spread] if spread else []
        if self.msk.number_of_broker_nodes >= 1 and self.topics.replication_factor > self.msk.number_of_broker_nodes:
            found.append(SettingError("topics.replication_factor", f"is {self.topics.replication_factor} but the "
                                                                   f"cluster has {self.msk.number_of_broker_nodes} "
                                                                   "brokers; lower it or add brokers"))
        if self.alerts.email is None:
            found.append(SettingError("alerts.email", "is required: the broker alarms notify it"))
        if self.alerts.pagerduty is not None:
            found.append(SettingError("alerts.pagerduty", "is not offered by platform events; alarms go to "
                                                          "alerts.email"))
        found += [SettingError("contracts", message) for message in contracts_folder_problems(self.contracts)]
        return found


def contracts_folder_problems(value: str) -> list[str]:
    """Why ``value`` cannot name the contracts folder (a folder inside the repository)."""
    path = PurePosixPath(value)
    if not value or path.is_absolute() or ".." in path.parts or "\\" in value:
        return [f'"{value}" must be a folder inside the repository, given relative to it '
                '(e.g. "contracts/platform-events")']
    try:
        is_folder = (REPOSITORY / path).is_dir()
    except OSError:  # a name too long for the file system, say
        is_folder = False
    if not is_folder:
        return [f'"{value}" is not a folder of the repository; it holds the AsyncAPI document and schemas']
    return []


def cross_checks(settings: Mapping[str, PlatformEventsSettings], sources: Mapping[str, str]) -> list[Problem]:
    """The contract files each environment names are valid (problems name the contract file,
    once however many environments share it), fit the environment (replicas within its
    brokers) and its compatibility overrides name schemas that exist."""
    from atlas.config.contracts import load_catalog

    found: list[Problem] = []
    seen: set[Problem] = set()
    for env, s in sorted(settings.items()):
        catalog, problems = load_catalog(s.contracts)
        for problem in problems:
            if problem not in seen:
                seen.add(problem)
                found.append(problem)
        if catalog is None:
            continue
        for name in sorted(s.schema_compatibility):
            if name not in catalog.channels:
                found.append(Problem(sources[env], f"schema_compatibility.{name}",
                                     f"is not a schema of {s.contracts} (its schemas: "
                                     f"{', '.join(sorted(catalog.channels))})"))
        brokers = s.msk.number_of_broker_nodes
        for channel in catalog.channels.values():
            replicas = channel.replicas or s.topics.replication_factor
            if replicas > brokers:
                found.append(Problem(channel.source, f"channels.{channel.topic}.bindings.kafka.replicas",
                                     f"is {replicas} but environment {env} ({sources[env]}) has {brokers} brokers"))
    return found
