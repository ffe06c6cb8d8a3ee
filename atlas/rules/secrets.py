"""Rules about the runtime secrets a root writes and the task definitions that read them."""

from __future__ import annotations

import json
import re
from typing import Iterator

from atlas.rules.base import Finding, container_definitions, nodes, references, resources, rule

_KEY_OF = re.compile(r"^\$\{(aws_secretsmanager_secret\.[A-Za-z0-9_-]+)\.(?:arn|id)\}:([^:]+):[^:]*:[^:]*$")


def _seeded_keys(doc: dict) -> dict[str, set[str] | None]:
    """``{secret address: the JSON keys its version writes}``; None when the value is not
    readable from the JSON (write-only ``secret_string_wo``, an expression)."""
    graph = nodes(doc)
    found: dict[str, set[str] | None] = {}
    for _, version in resources(doc, "aws_secretsmanager_secret_version"):
        for secret in references(version.get("secret_id", ""), graph):
            try:
                value = json.loads(version.get("secret_string", ""))
            except (TypeError, ValueError):
                value = None
            keys = set(value) if isinstance(value, dict) else None
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
    key its tasks read (empty when operators own the value).
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
