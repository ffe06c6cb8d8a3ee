"""Adopting resources that exist: Terraform ``import`` blocks that import and replace nothing.

A root adopting a live environment (``existing_resources`` in the settings, e.g. the live
Atlas staging still running its ``poc-atlas-dev`` resources) declares one ``import`` block per
existing resource (Terraform 1.5+; every root requires 1.11). The first plan must only import:
an import whose resource the configuration would then *replace* destroys what it adopted
(a database, the MSK cluster with its topics). Two tables of AWS provider facts decide that
from the JSON:

* ``IMPORT_IDS``: per resource type, the shape of the id ``terraform import`` takes (the
  "Import" section of each resource's page in the AWS provider documentation, 5.100.0) and,
  for ids that carry the resource's name, where the name is, so a name the root computes
  can be compared with the name of what is imported;
* ``FORCE_NEW``: per resource type, the arguments whose change forces a new resource
  (``ForceNew: true`` in the provider's schema, ``internal/service/<service>/*.go``; the
  documentation says "Changing this forces a new resource"). Nested arguments are written
  ``block.argument``.

The settings check the id shapes (``check_import_ids``) when the file is loaded, the root
refuses an address it does not have when it is built, and the rule ``imports_never_replace``
checks the synthesized JSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Mapping

from atlas.rules.base import Finding, nodes, references, resources, rule

_R = r"[a-z]{2}(?:-gov)?-[a-z]+-\d"  # a region
_A = r"\d{12}"  # an account
_HEX = r"[0-9a-f]"
_UUID = rf"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"


def _ec2(prefix: str) -> str:
    return rf"{prefix}-(?:{_HEX}{{8}}|{_HEX}{{17}})"


def _arn(service: str, rest: str) -> str:
    return rf"arn:aws:{service}:(?P<region>{_R}):(?P<account>{_A}):{rest}"


_IAM_NAME = r"[\w+=,.@-]{1,64}"
_BUCKET = r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]"


@dataclass(frozen=True)
class ImportId:
    """What ``terraform import`` takes for one resource type: ``pattern`` (a full match;
    a group ``name`` is the resource's own name, ``region``/``account`` those of an ARN),
    an ``example`` for messages, and the argument the ``name`` group must equal."""

    pattern: str
    example: str
    name_argument: str | None = None

    def match(self, value: str) -> re.Match | None:
        return re.fullmatch(self.pattern, value)


IMPORT_IDS: dict[str, ImportId] = {
    # Network (EC2)
    "aws_vpc": ImportId(_ec2("vpc"), "vpc-0a1b2c3d4e5f67890"),
    "aws_subnet": ImportId(_ec2("subnet"), "subnet-0a1b2c3d4e5f67890"),
    "aws_internet_gateway": ImportId(_ec2("igw"), "igw-0a1b2c3d4e5f67890"),
    "aws_eip": ImportId(_ec2("eipalloc"), "eipalloc-0a1b2c3d4e5f67890"),
    "aws_nat_gateway": ImportId(_ec2("nat"), "nat-0a1b2c3d4e5f67890"),
    "aws_route_table": ImportId(_ec2("rtb"), "rtb-0a1b2c3d4e5f67890"),
    # <route table id>_<destination CIDR>
    "aws_route": ImportId(_ec2("rtb") + r"_[0-9a-f.:]+/\d{1,3}", "rtb-0a1b2c3d4e5f67890_0.0.0.0/0"),
    # <subnet id>/<route table id>
    "aws_route_table_association": ImportId(_ec2("subnet") + "/" + _ec2("rtb"),
                                            "subnet-0a1b2c3d4e5f67890/rtb-0a1b2c3d4e5f67890"),
    "aws_vpc_endpoint": ImportId(_ec2("vpce"), "vpce-0a1b2c3d4e5f67890"),
    "aws_flow_log": ImportId(_ec2("fl"), "fl-0a1b2c3d4e5f67890"),
    "aws_security_group": ImportId(_ec2("sg"), "sg-0a1b2c3d4e5f67890"),
    "aws_default_security_group": ImportId(_ec2("sg"), "sg-0a1b2c3d4e5f67890"),
    "aws_vpc_security_group_ingress_rule": ImportId(_ec2("sgr"), "sgr-0a1b2c3d4e5f67890"),
    "aws_vpc_security_group_egress_rule": ImportId(_ec2("sgr"), "sgr-0a1b2c3d4e5f67890"),
    # Load balancing and WAF
    "aws_lb": ImportId(_arn("elasticloadbalancing", rf"loadbalancer/(?:app|net)/(?P<name>[A-Za-z0-9-]{{1,32}})/{_HEX}{{16}}"),
                       "arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/app/<name>/0123456789abcdef",
                       "name"),
    "aws_lb_target_group": ImportId(_arn("elasticloadbalancing",
                                         rf"targetgroup/(?P<name>[A-Za-z0-9-]{{1,32}})/{_HEX}{{16}}"),
                                    "arn:aws:elasticloadbalancing:eu-west-1:111111111111:targetgroup/<name>/0123456789abcdef",
                                    "name"),
    "aws_lb_listener": ImportId(_arn("elasticloadbalancing", rf"listener/app/[A-Za-z0-9-]{{1,32}}/{_HEX}{{16}}/{_HEX}{{16}}"),
                                "arn:aws:elasticloadbalancing:eu-west-1:111111111111:listener/app/<lb>/<hex16>/<hex16>"),
    "aws_lb_listener_rule": ImportId(
        _arn("elasticloadbalancing", rf"listener-rule/app/[A-Za-z0-9-]{{1,32}}/{_HEX}{{16}}/{_HEX}{{16}}/{_HEX}{{16}}"),
        "arn:aws:elasticloadbalancing:eu-west-1:111111111111:listener-rule/app/<lb>/<hex16>/<hex16>/<hex16>"),
    # <id>/<name>/<scope>
    "aws_wafv2_web_acl": ImportId(rf"{_UUID}/(?P<name>[\w-]{{1,128}})/REGIONAL", "<uuid>/<name>/REGIONAL", "name"),
    # <web ACL ARN>,<resource ARN>
    "aws_wafv2_web_acl_association": ImportId(
        _arn("wafv2", r"regional/webacl/[\w-]+/[0-9a-f-]+") + r",arn:aws:elasticloadbalancing:\S+",
        "arn:aws:wafv2:eu-west-1:111111111111:regional/webacl/<name>/<uuid>,<load balancer ARN>"),
    "aws_wafv2_web_acl_logging_configuration": ImportId(_arn("wafv2", r"regional/webacl/[\w-]+/[0-9a-f-]+"),
                                                        "arn:aws:wafv2:eu-west-1:111111111111:regional/webacl/<name>/<uuid>"),
    # Compute
    "aws_ecs_cluster": ImportId(r"(?P<name>[A-Za-z0-9_-]{1,255})", "<cluster name>", "name"),
    # <cluster name>/<service name>
    "aws_ecs_service": ImportId(r"[A-Za-z0-9_-]{1,255}/(?P<name>[A-Za-z0-9_-]{1,255})", "<cluster>/<service>", "name"),
    "aws_ecs_task_definition": ImportId(_arn("ecs", r"task-definition/[A-Za-z0-9_-]{1,255}:\d+"),
                                        "arn:aws:ecs:eu-west-1:111111111111:task-definition/<family>:<revision>"),
    "aws_service_discovery_http_namespace": ImportId(r"ns-[a-z0-9]{16}", "ns-0a1b2c3d4e5f6789"),
    # Data
    "aws_msk_cluster": ImportId(_arn("kafka", rf"cluster/(?P<name>[A-Za-z0-9-]{{1,64}})/{_UUID}-\d+"),
                                "arn:aws:kafka:eu-west-1:111111111111:cluster/<name>/<uuid>-<n>", "cluster_name"),
    "aws_msk_configuration": ImportId(_arn("kafka", rf"configuration/(?P<name>[A-Za-z0-9-]{{1,64}})/{_UUID}-\d+"),
                                      "arn:aws:kafka:eu-west-1:111111111111:configuration/<name>/<uuid>-<n>", "name"),
    "aws_msk_cluster_policy": ImportId(_arn("kafka", rf"cluster/[A-Za-z0-9-]{{1,64}}/{_UUID}-\d+"),
                                       "<cluster ARN>"),
    "aws_mskconnect_connector": ImportId(_arn("kafkaconnect", rf"connector/[A-Za-z0-9-]+/{_UUID}-\d+"),
                                         "arn:aws:kafkaconnect:eu-west-1:111111111111:connector/<name>/<uuid>-<n>"),
    "aws_mskconnect_custom_plugin": ImportId(_arn("kafkaconnect", rf"custom-plugin/[A-Za-z0-9-]+/{_UUID}-\d+"),
                                             "arn:aws:kafkaconnect:eu-west-1:111111111111:custom-plugin/<name>/<uuid>-<n>"),
    "aws_db_instance": ImportId(r"(?P<name>[a-z][a-z0-9-]{0,62})", "<DB instance identifier>", "identifier"),
    "aws_db_subnet_group": ImportId(r"(?P<name>[a-z0-9 ._-]{1,255})", "<subnet group name>", "name"),
    "aws_db_parameter_group": ImportId(r"(?P<name>[a-z][a-z0-9-]{0,254})", "<parameter group name>", "name"),
    "aws_elasticache_replication_group": ImportId(r"(?P<name>[a-z][a-z0-9-]{0,39})", "<replication group id>",
                                                  "replication_group_id"),
    "aws_elasticache_subnet_group": ImportId(r"(?P<name>[a-z0-9-]{1,255})", "<subnet group name>", "name"),
    "aws_s3_bucket": ImportId(rf"(?P<name>{_BUCKET})", "<bucket name>", "bucket"),
    **{f"aws_s3_bucket_{part}": ImportId(rf"(?P<name>{_BUCKET})", "<bucket name>") for part in (
        "lifecycle_configuration", "logging", "ownership_controls", "policy", "public_access_block",
        "server_side_encryption_configuration", "versioning")},
    "aws_s3_object_copy": ImportId(rf"{_BUCKET}/\S+", "<bucket>/<key>"),
    # Keys and secrets
    "aws_kms_key": ImportId(_UUID, "<key id (a UUID)>"),
    "aws_kms_alias": ImportId(r"(?P<name>alias/[A-Za-z0-9/_-]{1,250})", "alias/<name>", "name"),
    "aws_secretsmanager_secret": ImportId(_arn("secretsmanager", r"secret:(?P<name>[A-Za-z0-9/_+=.@-]{1,512})-[A-Za-z0-9]{6}"),
                                          "arn:aws:secretsmanager:eu-west-1:111111111111:secret:<name>-AbCdEf", "name"),
    # <secret ARN>|<version id>
    "aws_secretsmanager_secret_version": ImportId(
        _arn("secretsmanager", r"secret:[A-Za-z0-9/_+=.@-]{1,512}-[A-Za-z0-9]{6}") + rf"\|{_UUID}",
        "<secret ARN>|<version id (a UUID)>"),
    # IAM
    "aws_iam_role": ImportId(rf"(?P<name>{_IAM_NAME})", "<role name>", "name"),
    # <role name>:<policy name>
    "aws_iam_role_policy": ImportId(rf"{_IAM_NAME}:(?P<name>[\w+=,.@-]{{1,128}})", "<role name>:<policy name>", "name"),
    # <role name>/<policy ARN>
    "aws_iam_role_policy_attachment": ImportId(rf"{_IAM_NAME}/arn:aws:iam::(?:aws|\d{{12}}):policy/\S+",
                                               "<role name>/<policy ARN>"),
    # Operations
    "aws_cloudwatch_log_group": ImportId(r"(?P<name>[\w./#-]{1,512})", "<log group name>", "name"),
    "aws_cloudwatch_metric_alarm": ImportId(r"(?P<name>[^\x00-\x1f]{1,255})", "<alarm name>", "alarm_name"),
    "aws_sns_topic": ImportId(_arn("sns", r"(?P<name>[A-Za-z0-9_-]{1,256})"),
                              "arn:aws:sns:eu-west-1:111111111111:<name>", "name"),
    "aws_sns_topic_subscription": ImportId(_arn("sns", rf"[A-Za-z0-9_-]{{1,256}}:{_UUID}"),
                                           "arn:aws:sns:eu-west-1:111111111111:<topic>:<uuid>"),
    # <account id>:<budget name>
    "aws_budgets_budget": ImportId(rf"(?P<account>{_A}):(?P<name>[^:\\]{{1,100}})", "111111111111:<budget name>",
                                   "name"),
    # mongey/kafka: the topic name
    "kafka_topic": ImportId(r"(?P<name>[A-Za-z0-9._-]{1,249})", "<topic name>", "name"),
}

# Arguments whose change forces a new resource (provider schema: ForceNew). ``name_prefix``
# and its kin are not here: they are refused on an imported resource outright (GENERATED).
FORCE_NEW: dict[str, tuple[str, ...]] = {
    "aws_vpc": ("cidr_block", "ipv4_ipam_pool_id"),
    "aws_subnet": ("vpc_id", "cidr_block", "availability_zone", "availability_zone_id", "outpost_arn"),
    "aws_internet_gateway": (),  # attaches to another VPC in place
    "aws_eip": ("domain", "network_border_group", "public_ipv4_pool"),
    "aws_nat_gateway": ("allocation_id", "subnet_id", "connectivity_type", "private_ip"),
    "aws_route_table": ("vpc_id",),
    "aws_route": ("route_table_id", "destination_cidr_block", "destination_ipv6_cidr_block",
                  "destination_prefix_list_id"),
    "aws_route_table_association": ("subnet_id", "gateway_id"),
    "aws_vpc_endpoint": ("vpc_id", "service_name", "vpc_endpoint_type"),
    "aws_flow_log": ("vpc_id", "subnet_id", "log_destination", "log_destination_type", "iam_role_arn",
                     "traffic_type", "log_format", "max_aggregation_interval", "destination_options"),
    "aws_security_group": ("name", "description", "vpc_id"),
    "aws_default_security_group": ("vpc_id",),
    "aws_vpc_security_group_ingress_rule": ("security_group_id",),
    "aws_vpc_security_group_egress_rule": ("security_group_id",),
    "aws_lb": ("name", "internal", "load_balancer_type", "customer_owned_ipv4_pool"),
    "aws_lb_target_group": ("name", "port", "protocol", "protocol_version", "vpc_id", "target_type",
                            "ip_address_type"),
    "aws_lb_listener": ("load_balancer_arn",),
    "aws_lb_listener_rule": ("listener_arn",),
    "aws_wafv2_web_acl": ("name", "scope"),
    "aws_wafv2_web_acl_association": ("resource_arn", "web_acl_arn"),
    "aws_wafv2_web_acl_logging_configuration": ("resource_arn",),
    "aws_ecs_cluster": ("name",),
    "aws_ecs_service": ("name", "cluster", "launch_type", "iam_role", "scheduling_strategy"),
    # Every argument of a task definition forces a new revision; a new revision is what a
    # deployment is, so importing one buys nothing (the root registers its own).
    "aws_ecs_task_definition": ("family", "container_definitions", "cpu", "memory", "execution_role_arn",
                                "task_role_arn", "network_mode", "requires_compatibilities", "volume",
                                "runtime_platform", "ephemeral_storage"),
    "aws_service_discovery_http_namespace": ("name",),
    "aws_msk_cluster": ("cluster_name", "broker_node_group_info.client_subnets",
                        "broker_node_group_info.security_groups", "broker_node_group_info.az_distribution",
                        "encryption_info.encryption_at_rest_kms_key_arn", "encryption_info.encryption_in_transit.in_cluster"),
    "aws_msk_configuration": ("name", "kafka_versions"),
    "aws_msk_cluster_policy": ("cluster_arn",),
    "aws_mskconnect_connector": ("name", "kafka_cluster", "kafkaconnect_version", "plugin", "service_execution_role_arn",
                                 "worker_configuration", "log_delivery", "kafka_cluster_client_authentication",
                                 "kafka_cluster_encryption_in_transit"),
    "aws_mskconnect_custom_plugin": ("name", "content_type", "location"),
    "aws_db_instance": ("identifier", "engine", "db_name", "username", "kms_key_id", "storage_encrypted",
                        "availability_zone", "character_set_name", "nchar_character_set_name", "timezone",
                        "snapshot_identifier"),
    "aws_db_subnet_group": ("name",),
    "aws_db_parameter_group": ("name", "family", "description"),
    "aws_elasticache_replication_group": ("replication_group_id", "at_rest_encryption_enabled", "kms_key_id",
                                          "subnet_group_name", "port", "snapshot_arns", "snapshot_name"),
    "aws_elasticache_subnet_group": ("name",),
    "aws_s3_bucket": ("bucket", "object_lock_enabled"),
    **{f"aws_s3_bucket_{part}": ("bucket", "expected_bucket_owner") for part in (
        "lifecycle_configuration", "logging", "ownership_controls", "policy", "public_access_block",
        "server_side_encryption_configuration", "versioning")},
    "aws_s3_object_copy": ("bucket", "key", "source"),
    "aws_kms_key": ("customer_master_key_spec", "key_usage", "multi_region", "custom_key_store_id", "xks_key_id"),
    "aws_kms_alias": ("name",),
    "aws_secretsmanager_secret": ("name",),
    "aws_secretsmanager_secret_version": ("secret_id", "secret_string", "secret_binary"),
    "aws_iam_role": ("name", "path"),
    "aws_iam_role_policy": ("name", "role"),
    "aws_iam_role_policy_attachment": ("role", "policy_arn"),
    "aws_cloudwatch_log_group": ("name", "log_group_class"),
    "aws_cloudwatch_metric_alarm": ("alarm_name",),
    "aws_sns_topic": ("name", "fifo_topic"),
    "aws_sns_topic_subscription": ("topic_arn", "protocol", "endpoint"),
    "aws_budgets_budget": ("name", "account_id"),
    "kafka_topic": ("name", "replication_factor"),
}

# Arguments that make the provider (or Terraform) choose the name: an imported resource has a
# name already, and a generated one differs from it, so the import would be replaced.
GENERATED = ("name_prefix", "bucket_prefix", "identifier_prefix", "alarm_name_prefix", "family_prefix")
_GENERATED_CALLS = re.compile(r"\b(uuid|uuidv5|timestamp|bcrypt)\(")
_GENERATED_TYPES = ("random_", "time_")


def check_import_ids(ids: Mapping[str, str], *, region: str, account_id: str,
                     key: str = "existing_resources") -> list[tuple[str, str]]:
    """(key, message) for every entry of ``{ "<type>.<name>" = "<import id>" }`` that cannot
    be imported: an address of no importable type, an id of the wrong shape, an ARN of
    another region or account. Whether the root has the address is known only once it is
    built (``PlatformStack.import_existing``)."""
    found = []
    seen: dict[tuple[str, str], str] = {}
    for address, value in sorted(ids.items()):
        where = f"{key}.{address}"
        rtype, _, name = address.partition(".")
        if not name or not re.fullmatch(r"[a-z0-9_]+", name):
            found.append((where, 'is not a resource address; write "<resource type>.<name>" as `terraform state '
                                 'list` and the plan print it, e.g. "aws_vpc.network_vpc"'))
            continue
        shape = IMPORT_IDS.get(rtype)
        if shape is None:
            found.append((where, f'"{rtype}" is not a resource type that can be imported here; the types: '
                                 + ", ".join(sorted(IMPORT_IDS))))
            continue
        match = shape.match(value)
        if match is None:
            found.append((where, f'"{value}" is not an import id of {rtype}; it looks like "{shape.example}"'))
            continue
        groups = match.groupdict()
        if groups.get("account") not in (None, account_id):
            found.append((where, f'"{value}" is in account {groups["account"]}; this environment is account '
                                 f"{account_id}"))
        if groups.get("region") not in (None, region):
            found.append((where, f'"{value}" is in region {groups["region"]}; this environment is in {region}'))
        # Two resources of one type managing one object would fight over it. (Types of
        # different kinds may share an id: the S3 bucket's settings are imported by its name.)
        twin = seen.setdefault((rtype, value), address)
        if twin != address:
            found.append((where, f'imports "{value}" like {twin}; one existing resource is adopted by one address'))
    return found


def imported_name(rtype: str, import_id: str) -> str | None:
    """The name an import id carries (the log group's name, a load balancer ARN's name), if any."""
    shape = IMPORT_IDS.get(rtype)
    match = shape.match(import_id) if shape else None
    return match.groupdict().get("name") if match else None


def _argument(body: dict, path: str) -> object:
    """``block.argument`` of a resource body (a block is a dict or a one-element list)."""
    value: object = body
    for part in path.split("."):
        if isinstance(value, list) and len(value) == 1:
            value = value[0]
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def import_blocks(doc: dict) -> list[dict]:
    blocks = doc.get("import") or []
    return blocks if isinstance(blocks, list) else [blocks]


def _resolved(graph: dict[str, dict], start: set[str]) -> set[str]:
    """The resources behind ``start``: locals are followed to what they reference."""
    seen, pending, found = set(), list(start), set()
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        if current.startswith("local."):
            pending.extend(references(graph.get(current, {}), graph))
        elif not current.startswith("data."):
            found.add(current)
    return found


def _drop_last(arn: str, kind: str, parent: str) -> str:
    head, _, _ = arn.rpartition("/")
    return head.replace(f":{kind}/", f":{parent}/", 1)


# Ids that name the object a resource belongs to (a route's route table, a bucket setting's
# bucket): per type, the argument referring to that parent and how the parent's own import
# id reads in the child's id. Both imported, the two ids must agree, or the plan moves the
# child to the configured parent, which for these arguments (all in FORCE_NEW) is a replacement.
PARENT_IN_ID: dict[str, tuple[tuple[str, Callable[[str], str]], ...]] = {
    "aws_route": (("route_table_id", lambda i: i.split("_", 1)[0]),),
    "aws_route_table_association": (("subnet_id", lambda i: i.split("/")[0]),
                                    ("route_table_id", lambda i: i.split("/")[-1])),
    **{f"aws_s3_bucket_{part}": (("bucket", lambda i: i),) for part in (
        "lifecycle_configuration", "logging", "ownership_controls", "policy", "public_access_block",
        "server_side_encryption_configuration", "versioning")},
    "aws_secretsmanager_secret_version": (("secret_id", lambda i: i.split("|")[0]),),
    "aws_sns_topic_subscription": (("topic_arn", lambda i: i.rsplit(":", 1)[0]),),
    "aws_lb_listener": (("load_balancer_arn", lambda i: _drop_last(i, "listener", "loadbalancer")),),
    "aws_lb_listener_rule": (("listener_arn", lambda i: _drop_last(i, "listener-rule", "listener")),),
    "aws_wafv2_web_acl_association": (("resource_arn", lambda i: i.split(",", 1)[-1]),),
    "aws_ecs_service": (("cluster", lambda i: i.split("/")[0]),),
    "aws_iam_role_policy": (("role", lambda i: i.split(":")[0]),),
    "aws_iam_role_policy_attachment": (("role", lambda i: i.split("/")[0]),),
}


def _parent_mismatches(to: str, import_id: str, body: dict, imported: Mapping[str, str],
                       graph: dict[str, dict]) -> Iterator[Finding]:
    for argument, parent_part in PARENT_IN_ID.get(to.split(".")[0], ()):
        value = body.get(argument)
        parents = sorted(references(value, graph)) if isinstance(value, str) else []
        if len(parents) != 1 or parents[0] not in imported:
            continue  # a literal, or a parent the plan creates (reported as such)
        expected = parent_part(import_id)
        if imported[parents[0]] != expected:
            yield (to, f'is imported as "{import_id}", which belongs to "{expected}", but its {argument} is '
                       f'{parents[0]}, imported as "{imported[parents[0]]}"; the plan would replace it: give both '
                       "ids of one existing pair")


@rule
def imports_never_replace(doc: dict) -> Iterator[Finding]:
    """Every ``import`` block of a root targets a resource the root declares, and nothing
    about that resource forces its replacement once imported: no generated name
    (``name_prefix`` and its kin, ``random_*``, ``uuid()``, ``timestamp()``), every argument
    that forces a new resource (``FORCE_NEW``) either a literal or computed only from
    resources that are imported too (a reference to a resource the same plan creates is
    unknown until apply, and the plan replaces) unless ``lifecycle.ignore_changes`` names it,
    an id naming its parent (a route's route table, ``PARENT_IN_ID``) naming the parent the
    root imports, and a name the import id carries equal to
    the name the root gives the resource.

    Source: Terraform documentation, "Import" (``import`` blocks, Terraform 1.5+: the plan
    imports, then compares the configuration with what was imported, and "if the resource
    configuration does not match, the plan proposes changes", a replacement for arguments
    that cannot be updated); the AWS provider schema (``ForceNew``) and the "Import" section
    of each resource's documentation (the id shapes of ``IMPORT_IDS``).
    """
    blocks = import_blocks(doc)
    if not blocks:
        return
    declared = dict(resources(doc))
    graph = nodes(doc)
    imported = {b.get("to"): b.get("id") for b in blocks if isinstance(b, dict)}
    for to, import_id in sorted(imported.items(), key=lambda item: str(item[0])):
        if to not in declared:
            yield (f"import.{to}", "is not a resource of this root (an import must name one of its addresses, as "
                                   "`terraform state list` prints them); remove it from existing_resources")
            continue
        body, rtype = declared[to], to.split(".")[0]
        for argument in GENERATED:
            if argument in body:
                yield (to, f"is imported but takes a generated name ({argument}), which differs from the existing "
                           "one and replaces it; give it the existing name")
        ignored = (body.get("lifecycle") or {}).get("ignore_changes") or []
        for argument in FORCE_NEW.get(rtype, ()):
            value = _argument(body, argument)
            if value is None or ignored == "all" or argument.split(".")[0] in ignored:
                continue  # Terraform does not compare an ignored argument, so it replaces nothing
            generated = [t for t in _strings(value) if _GENERATED_CALLS.search(t)]
            refs = _resolved(graph, references(value, graph))
            random = sorted(r for r in refs if r.startswith(_GENERATED_TYPES))
            created = sorted(r for r in refs if r not in imported and not r.startswith(_GENERATED_TYPES))
            if generated or random:
                yield (to, f"is imported but {argument} is generated ({', '.join(random) or generated[0]}), "
                           "which replaces it; give it the existing value")
            elif created:
                yield (to, f"is imported but {argument} comes from {', '.join(created)}, which this plan creates "
                           f"(unknown until apply, so the plan replaces {to}); import "
                           f"{'them' if len(created) > 1 else 'it'} too")
        shape = IMPORT_IDS.get(rtype)
        name = imported_name(rtype, import_id) if isinstance(import_id, str) else None
        given = body.get(shape.name_argument) if shape and shape.name_argument else None
        if name is not None and isinstance(given, str) and "${" not in given and given != name:
            yield (to, f'is named "{given}" here but the import id names "{name}"; {shape.name_argument} forces a '
                       "new resource, so the plan would replace what it imports; keep the existing name")
        if isinstance(import_id, str):
            yield from _parent_mismatches(to, import_id, body, imported, graph)


def _strings(node: object) -> Iterable[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
