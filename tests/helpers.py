"""Small helpers for asserting over synthesized Terraform JSON."""

from __future__ import annotations

import json
from typing import Callable, Iterator

from atlas.cdk import Construct, Testing
from atlas.cdk.stack import ReadableAddressStack


def resources(doc: dict, rtype: str) -> dict[str, dict]:
    return doc.get("resource", {}).get(rtype, {})


def all_resources(doc: dict) -> Iterator[tuple[str, str, dict]]:
    for rtype, items in sorted(doc.get("resource", {}).items()):
        for name, body in sorted(items.items()):
            yield rtype, name, body


def synth_construct(build: Callable[[Construct], object]) -> dict:
    """Synthesizes one throwaway stack holding what ``build`` adds; returns the JSON."""
    app = Testing.app()
    stack = ReadableAddressStack(app, "test")
    build(stack)
    return json.loads(Testing.synth(stack))


def policy(body: dict, key: str = "policy") -> dict:
    return json.loads(body[key])
