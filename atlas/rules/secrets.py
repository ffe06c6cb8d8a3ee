"""Rules about secrets: credentials Terraform itself handles (never in the state, present
before use), and the runtime secrets a root writes for the task definitions that read them."""

from __future__ import annotations

import json
import re
from typing import Iterator

from atlas.rules.base import Finding, closure, container_definitions, nodes, references, resources, rule

_SECRET_ARN = re.compile(r"^\$\{aws_secretsmanager_secret\.([A-Za-z0-9_-]+)\.arn\}$")
_SECRET_ID = re.compile(r"^\$\{aws_secretsmanager_secret\.([A-Za-z0-9_-]+)\.(id|arn)\}$")


@rule
def secret_reads_stay_out_of_state(doc: dict) -> Iterator[Finding]:
    """No ``data "aws_secretsmanager_secret_version"``: a data source's attributes, the whole
    ``secret_string`` included, are stored in the root's state (and shown in plans as
    sensitive, but stored in clear in the state file).

    Source: Terraform documentation, "Ephemeral resources" and "Manage sensitive data in
    state" (data source results are persisted in state; ephemeral resources never are), and
    the AWS provider's ``aws_secretsmanager_secret_version`` ephemeral resource (5.83+),
    whose value may feed provider configuration and write-only arguments (``*_wo``,
    Terraform 1.11, see ``engine_guard``). A Kafka provider needs no password at all with
    MSK IAM (``atlas.constructs.kafka_admin``).
    """
    for kind, items in sorted(doc.get("data", {}).items()):
        if kind == "aws_secretsmanager_secret_version":
            for name in sorted(items):
                yield (f"data.{kind}.{name}",
                       "reads a secret into the state; use the ephemeral aws_secretsmanager_secret_version (for a "
                       "provider's configuration or a write-only argument), or authenticate without a password (IAM)")


@rule
def msk_scram_secrets_have_passwords(doc: dict) -> Iterator[Finding]:
    """An ``aws_msk_scram_secret_association`` associates only secrets of this root whose
    value is written by Terraform with a generated password (``secret_string_wo``), and it
    waits for that value (``depends_on`` or a reference).

    Source: Amazon MSK developer guide, "Sign-in credentials authentication with AWS Secrets
    Manager": the secret must hold ``{"username": ..., "password": ...}``, be encrypted with
    a customer managed key and named ``AmazonMSK_*``; ``BatchAssociateScramSecret`` reports
    a secret without a valid value as an unprocessed secret (the provider then fails the
    apply). A secret seeded with an empty password, or associated before its first version
    exists, fails the first apply; a password typed into ``secret_string`` would sit in the
    state. ``atlas.constructs.secrets.GeneratedSecret`` writes it with the ephemeral
    ``aws_secretsmanager_random_password``.
    """
    graph = nodes(doc)
    written: dict[str, tuple[str, bool]] = {}  # secret name -> (version address, write-only)
    for address, body in resources(doc, "aws_secretsmanager_secret_version"):
        match = _SECRET_ID.match(str(body.get("secret_id", "")))
        if match:
            written[match.group(1)] = (address, "secret_string_wo" in body and "secret_string" not in body)
    for address, body in resources(doc, "aws_msk_scram_secret_association"):
        waits = closure(doc, address, graph)
        for arn in body.get("secret_arn_list") or []:
            match = _SECRET_ARN.match(str(arn))
            if not match:
                continue  # a secret another root owns: that root's association rules apply there
            version = written.get(match.group(1))
            if version is None or not version[1]:
                yield (address, f"aws_secretsmanager_secret.{match.group(1)} gets no generated password (a "
                                "secret_string_wo from an ephemeral aws_secretsmanager_random_password); MSK refuses "
                                "a secret without one: use atlas.constructs.secrets.GeneratedSecret")
            elif version[0] not in waits:
                yield (address, f"does not wait for {version[0]}: MSK may see the secret before it has a value; "
                                "add it to depends_on (KafkaClusterProps.scram_secret_versions)")


VALUE_FROM_TAG = "value-from"  # atlas.constructs.secrets.HandedOffSecret


def secret_versions(doc: dict) -> dict[str, list[str]]:
    """``{secret address: [addresses of the versions of this root writing its value]}``."""
    graph = nodes(doc)
    found: dict[str, list[str]] = {}
    for version, body in resources(doc, "aws_secretsmanager_secret_version"):
        for secret in references(body.get("secret_id", ""), graph):
            if secret.startswith("aws_secretsmanager_secret."):
                found.setdefault(secret, []).append(version)
    return found


@rule
def secrets_have_values(doc: dict) -> Iterator[Finding]:
    """Every ``aws_secretsmanager_secret`` a root creates gets its value in that root (an
    ``aws_secretsmanager_secret_version``: ``GeneratedSecret`` for a credential the platform
    owns, ``SeededSecret`` for configuration), or is declared a hand-off: tagged
    ``value-from`` with the third party that provides the value (``HandedOffSecret``).

    Source: Secrets Manager API reference, CreateSecret ("If you don't specify a value, the
    secret has no versions") and GetSecretValue (ResourceNotFoundException "can't find the
    specified secret value for staging label: AWSCURRENT"): a secret created without a value
    authenticates nothing, and every reader fails until someone writes one. Left implicit,
    nobody knows whose job that is.
    """
    written = secret_versions(doc)
    for address, body in resources(doc, "aws_secretsmanager_secret"):
        if address in written or str((body.get("tags") or {}).get(VALUE_FROM_TAG, "")).strip():
            continue
        yield (address, "is created without a value and nothing in this root writes one: generate it here "
                        "(atlas.constructs.secrets.GeneratedSecret, never in the state) when the platform owns "
                        "the value, or declare the hand-off (HandedOffSecret: tag value-from = who provides it)")


_LOCAL_ONLY = re.compile(r"^\$\{local\.([A-Za-z0-9_-]+)\}$")
# What names the secret in a placeholder: a literal after "secretsmanager:", the argument of
# format("...secretsmanager:%s...", <expr>), or the part after "{secretsmanager:" in a join.
_LITERAL_PATH = re.compile(r"(?<!\$)\$\{secretsmanager:([^:}]*)")
_FORMATTED = re.compile(r'format\("[^"]*secretsmanager:%s[^"]*",\s*([^)]+)\)')
_JOINED = re.compile(r'"\{secretsmanager:",\s*([^,\]]+)')
_ARN_EXPRESSION = re.compile(r"(^arn:|[._]arn\s*$|\barn\b\s*$)")


def _placeholder_paths(value: str) -> list[str]:
    paths = [m.group(1) for m in _LITERAL_PATH.finditer(value.replace("$${", "${"))]
    paths += [m.group(1).strip() for m in _FORMATTED.finditer(value)]
    paths += [m.group(1).strip() for m in _JOINED.finditer(value)]
    return paths


@rule
def connect_secret_placeholders(doc: dict) -> Iterator[Finding]:
    """A Kafka Connect ``${secretsmanager:...}`` placeholder names its secret by name, never
    by ARN.

    Source: Apache Kafka ``ConfigTransformer`` (KIP-297): a variable is
    ``${provider:[path:]key}``, matched by ``\\$\\{([^}]*?):(([^}]*?):)?([^}]*?)\\}``, so the
    colons of ``arn:aws:secretsmanager:<region>:<account>:secret:<name>`` split it into the
    wrong path and key; the AWS MSK config providers (``aws-samples/msk-config-providers``,
    ``SecretsManagerConfigProvider``) look the secret up by the path they are given. The
    connector then fails at start with an unresolved credential.
    """
    local_values = {name: value for name, value in doc.get("locals", {}).items() if isinstance(value, str)}
    for address, body in resources(doc, "aws_mskconnect_connector"):
        for key, value in sorted((body.get("connector_configuration") or {}).items()):
            if not isinstance(value, str):
                continue
            for _ in range(3):  # a placeholder kept in a local (or a local of a local)
                match = _LOCAL_ONLY.match(value)
                if not match or match.group(1) not in local_values:
                    break
                value = local_values[match.group(1)]
            for path in _placeholder_paths(value):
                if _ARN_EXPRESSION.search(path):
                    yield (address, f"connector_configuration {key}: names its secret by ARN ({path}); Kafka splits "
                                    "${provider:path:key} on colons: give the secret's name "
                                    "(atlas.constructs.cdc_connectors.secret_reference / secret_name_from_arn)")


_KEY_OF = re.compile(r"^\$\{(aws_secretsmanager_secret\.[A-Za-z0-9_-]+)\.(?:arn|id)\}:([^:]+):[^:]*:[^:]*$")


# GeneratedSecret's write-only value: ${jsonencode({"k" = <literal or expression>, ...})}.
_ENCODED_OBJECT = re.compile(r'^\$\{jsonencode\(\{(.*)\}\)\}$', re.S)
_ENCODED_KEY = re.compile(r'(?:^|, )"((?:[^"\\]|\\.)*)" = ')


def _written_keys(version: dict) -> set[str] | None:
    """The JSON keys one version writes; None when they cannot be read from the JSON."""
    if "secret_string" in version:
        try:
            value = json.loads(version.get("secret_string", ""))
        except (TypeError, ValueError):
            return None
        return set(value) if isinstance(value, dict) else None
    match = _ENCODED_OBJECT.match(str(version.get("secret_string_wo", "")))
    return {json.loads(f'"{key}"') for key in _ENCODED_KEY.findall(match.group(1))} if match else None


def _seeded_keys(doc: dict) -> dict[str, set[str] | None]:
    """``{secret address: the JSON keys its version writes}`` (a seeded ``secret_string``,
    or a ``GeneratedSecret``'s write-only ``jsonencode``); None when the value is not
    readable from the JSON (another expression)."""
    graph = nodes(doc)
    found: dict[str, set[str] | None] = {}
    for _, version in resources(doc, "aws_secretsmanager_secret_version"):
        for secret in references(version.get("secret_id", ""), graph):
            keys = _written_keys(version)
            known = found.get(secret, set())
            found[secret] = None if keys is None or known is None else known | keys
    return found


@rule
def runtime_secret_keys(doc: dict) -> Iterator[Finding]:
    """Every JSON key a container reads from a secret of the same root (``valueFrom``
    ``<secret arn>:<key>::``) is a key of the value the root writes into that secret.

    Source: Amazon ECS Developer Guide, "Pass Secrets Manager secrets through Amazon ECS
    environment variables": ECS injects exactly the keys the task definition names, and a
    task naming a key the secret's JSON lacks fails to start (ResourceInitializationError:
    "unable to retrieve secret from asm ... json key"). A key operators add to the secret
    later reaches no container unless the task definition lists it, so the root seeds every
    key its tasks read (empty when operators own the value). A ``GeneratedSecret``'s value is
    write-only, but its keys are literals of the ``jsonencode`` it writes, so they are judged too.
    """
    seeded = _seeded_keys(doc)
    for address, task in resources(doc, "aws_ecs_task_definition"):
        for container in container_definitions(task):
            for entry in container.get("secrets", []) or []:
                match = _KEY_OF.match(str(entry.get("valueFrom", "")))
                if not match or match[1] not in seeded or seeded[match[1]] is None:
                    continue
                secret, key = match[1], match[2]
                if key not in seeded[secret]:
                    yield (f"{address}[{container.get('name', '?')}]",
                           f"{entry.get('name')} reads key {key} of {secret}, whose seeded value has no such key "
                           f"(it has {', '.join(sorted(seeded[secret])) or 'none'}); seed the key (empty when "
                           "operators own its value) or read one the secret has")
