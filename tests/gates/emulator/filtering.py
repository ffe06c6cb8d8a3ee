"""What moto cannot apply, and the filtered copy of a root that leaves it out.

Resource types moto cannot apply (``UNSUPPORTED``, each with its reason) are excluded by
applying a *filtered copy* of the root (``filter_root``): the resources of those types are
dropped, then the transitive closure of everything that references a dropped element:
resources, data sources, locals and outputs whose strings (``${...}`` expressions,
``depends_on`` entries) name a dropped ``type.name``, ``data.type.name`` or ``local.name``,
until nothing is added. The cdktf metadata (``//``) is ignored. An output other roots read
that would be dropped publishes the ``example`` it declares in ``roots.json`` instead, so a
downstream root still gets a value of the right shape (an MSK bootstrap broker string
cannot exist without the MSK cluster); the report lists those stand-ins.
"""

from __future__ import annotations

import json
import re
from typing import Sequence

from tests.gates.addresses import moves

# Resource types moto 5.2.5 cannot apply cleanly with hashicorp/aws 5.100.0, and why,
# found by `python tests/emulator_probe/run.py` (one resource per service, applied,
# re-planned and destroyed against moto) and by running the roots themselves. The probe
# found VPC networking, security group rules, KMS, S3 (versioning, SSE-KMS, public access
# block, lifecycle, logging, object lock), ALB and target groups, ECS, ECR, Secrets
# Manager, SNS, SQS, SSM, CloudWatch alarms, Glue catalog and registry, Managed
# Prometheus, CloudTrail, service discovery and RDS instances (with a managed master
# password) working; the roots also showed WAFv2 web ACLs with their ALB association and
# logging configuration, and the RDS monitoring role's attachment of the AWS-managed
# AmazonRDSEnhancedMonitoringRole policy (moto loads AWS-managed policies: see
# ``server.MotoServer.start``) applying, re-planning clean and destroying; EDP showed DMS
# source endpoints applying (the other DMS types are listed below). A root's filtered copy
# leaves these types and everything that references them out (``filter_root``); the
# report lists both.
UNSUPPORTED: dict[str, str] = {
    "aws_msk_cluster": "moto leaves the cluster CREATING; the provider waits for ACTIVE (up to 2 h)",
    "aws_msk_configuration": "moto's kafka backend does not implement CreateConfiguration (HTTP 404)",
    "aws_mskconnect_connector": "moto 5.2.5 has no MSK Connect (kafkaconnect) backend at all (HTTP 404)",
    "aws_mskconnect_custom_plugin": "moto 5.2.5 has no MSK Connect (kafkaconnect) backend at all (HTTP 404)",
    "aws_mskconnect_worker_configuration": "moto 5.2.5 has no MSK Connect (kafkaconnect) backend at all (HTTP 404)",
    "aws_s3_object_copy": "copies a provided build artifact (an MSK Connect plugin archive outside the root, "
                          "checked by its SHA-256); the emulator holds no such object, and only the plugin reads it",
    "aws_elasticache_replication_group": "moto creates no member cache clusters: DescribeCacheClusters "
                                         "returns 404 for <group>-001 when the provider reads the group back",
    "aws_sfn_state_machine": "moto does not implement ValidateStateMachineDefinition, which the provider calls "
                             "before creating (HTTP 500)",
    "aws_redshiftserverless_namespace": "moto does not implement Redshift Serverless CreateNamespace (HTTP 500)",
    "aws_grafana_workspace": "moto does not implement Managed Grafana CreateWorkspace (HTTP 500)",
    "aws_grafana_role_association": "names a Grafana workspace, which moto cannot create (aws_grafana_workspace)",
    "aws_athena_workgroup": "moto rejects ListTagsForResource on the workgroup ARN (HTTP 400), so the provider "
                            "cannot read the new workgroup back",
    "aws_budgets_budget": "moto does not implement Budgets ListTagsForResource (HTTP 500)",
    "aws_lb_listener": "the HTTPS listener needs the ACM certificate whose ARN the settings name (made outside "
                       "the roots); moto checks it exists (CertificateNotFound) and cannot hold a certificate "
                       "under a chosen ARN",
    "aws_elasticache_subnet_group": "moto answers DeleteCacheSubnetGroup with HTTP 500 (malformed XML), so the "
                                    "root cannot be destroyed (its replication group is excluded anyway)",
    "aws_route53_record": "the records go into an existing private hosted zone named by id in the settings; "
                          "the emulator holds no such zone and moto cannot create a zone with a chosen id",
    "aws_route53_zone_association": "associates an existing private hosted zone named by id in the settings; the "
                                    "emulator holds no such zone and moto cannot create a zone with a chosen id",
    "aws_mwaa_environment": "moto 5.2.5 has no MWAA (airflow) backend at all",
    "aws_dms_replication_instance": "moto 5.2.5 answers CreateReplicationInstance with timestamps as strings; the "
                                    "provider's client cannot decode them (expected TStamp to be a JSON Number)",
    "aws_dms_s3_endpoint": "moto 5.2.5 does not implement DMS ModifyEndpoint (HTTP 500), which the provider calls "
                           "after creating an S3 endpoint",
    "aws_dms_replication_subnet_group": "moto 5.2.5 answers DescribeReplicationSubnetGroups with a fixed "
                                        "subnet-12345 and no tags, so the re-plan shows a perpetual diff",
    "aws_launch_template": "moto 5.2.5 returns tag_specifications the template does not declare, so every re-plan "
                           "makes a new version (and the bastion instance naming it is replaced)",
    "aws_instance": "moto 5.2.5 reports associate_public_ip_address = true for an instance in a private subnet "
                    "(forces replacement on re-plan) and has no MonitorInstances; it also names its launch template",
    "aws_glue_connection": "moto 5.2.5's Glue backend has CreateConnection but no DeleteConnection, so the root "
                           "cannot be destroyed",
    "aws_efs_file_system_policy": "moto 5.2.5 answers DeleteFileSystemPolicy with HTTP 500 (not implemented), so "
                                  "the root cannot be destroyed",
    "aws_efs_backup_policy": "moto 5.2.5's EFS backend has DescribeBackupPolicy but no PutBackupPolicy (its "
                             "responses implement no PUT on /backup-policy), which the resource calls to create",
}


_TOKEN = re.compile(r"(?<![\w.-])[A-Za-z_][\w-]*(?:\.[\w-]+)+")


def _elements(doc: dict) -> dict[str, object]:
    """Every referable element of a root by the name an expression uses for it:
    ``type.name`` (resource), ``data.type.name``, ``local.name``, ``output.name``."""
    found: dict[str, object] = {}
    for rtype, items in doc.get("resource", {}).items():
        found.update({f"{rtype}.{name}": body for name, body in items.items()})
    for dtype, items in doc.get("data", {}).items():
        found.update({f"data.{dtype}.{name}": body for name, body in items.items()})
    found.update({f"local.{name}": body for name, body in doc.get("locals", {}).items()})
    found.update({f"output.{name}": body for name, body in doc.get("output", {}).items()})
    return found


def references(body: object, known: set[str] | frozenset[str]) -> set[str]:
    """The elements of ``known`` that ``body`` mentions anywhere in its strings (``${...}``
    expressions, ``depends_on`` entries, ``for_each``, ``provider``...), the cdktf metadata
    (``//``) aside. Conservative: a literal that spells an address counts as a reference."""
    text = json.dumps({k: v for k, v in body.items() if k != "//"} if isinstance(body, dict) else body)
    found = set()
    for token in _TOKEN.findall(text):
        parts = token.split(".")
        found.update(".".join(parts[:n]) for n in (2, 3) if len(parts) >= n)
    return found & known


def filter_root(doc: dict, excluded_types: Sequence[str],
                examples: dict[str, object] | None = None) -> tuple[dict, list[str], list[str]]:
    """A copy of ``doc`` without ``excluded_types`` and everything that depends on them.

    The dropped set is the transitive closure over the reference graph of resources, data
    sources, locals and outputs: the resources of the excluded types, then every element
    whose body mentions a dropped element (see ``references``), until nothing is added.
    So a ``local`` computed from a dropped MSK cluster goes, and so does each resource,
    data source, local or output reading that local, however indirect the chain.

    An output that would be dropped but is published to other roots with a declared
    ``example`` (``examples``, from ``roots.json``) is kept with the example as its value
    instead: a downstream root reading this filtered upstream's state then gets a value of
    the right shape where the real one cannot exist in the emulator (an MSK bootstrap
    broker string, say). Such outputs are returned as the third list, so a report can say
    which upstream values are stand-ins rather than real.

    Returns ``(filtered copy, dropped addresses, outputs set to their example)``; the input
    is not modified. Addresses are ``type.name``, ``data.type.name``, ``local.name`` and
    ``output.name``.
    """
    doc = json.loads(json.dumps(doc))
    examples = examples or {}
    elements = _elements(doc)
    known = frozenset(elements)
    used_by: dict[str, set[str]] = {}
    for name, body in elements.items():
        for ref in references(body, known - {name}):
            used_by.setdefault(ref, set()).add(name)
    gone = {f"{rtype}.{name}" for rtype in set(excluded_types) & set(doc.get("resource", {}))
            for name in doc["resource"][rtype]}
    queue = sorted(gone)
    while queue:
        for user in used_by.get(queue.pop(), ()):
            if user not in gone and not (user.startswith("output.") and user[7:] in examples):
                gone.add(user)
                queue.append(user)
    stand_ins = sorted(o for o in (f"output.{n}" for n in examples)
                       if o in known and o not in gone and references(elements[o], frozenset(gone)))
    for address in gone:
        parts = address.split(".")
        if parts[0] == "local":
            del doc["locals"][parts[1]]
        elif parts[0] == "output":
            del doc["output"][parts[1]]
        elif parts[0] == "data":
            del doc["data"][parts[1]][parts[2]]
        else:
            del doc["resource"][parts[0]][parts[1]]
    for output in stand_ins:
        doc["output"][output[7:]]["value"] = examples[output[7:]]
    # A moved block whose target was dropped would make Terraform refuse the configuration.
    moved = [{"from": old, "to": new} for old, new in moves(doc).items() if new not in gone]
    if "moved" in doc:
        if moved:
            doc["moved"] = moved
        else:
            del doc["moved"]
    for section in ("resource", "data"):
        for kind in [k for k, items in doc.get(section, {}).items() if not items]:
            del doc[section][kind]
        if section in doc and not doc[section]:
            del doc[section]
    for section in ("locals", "output"):
        if section in doc and not doc[section]:
            del doc[section]
    return doc, sorted(gone), stand_ins
