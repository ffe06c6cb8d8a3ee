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


ALLOW_NO_TERRAFORM = "ATLAS_ALLOW_NO_TERRAFORM"


def require_terraform() -> str:
    """The ``terraform`` binary. Without one the plan and emulator gates cannot run, and a
    gate that skips itself is no gate: the test fails, so CI cannot pass without them. A
    developer may set ``ATLAS_ALLOW_NO_TERRAFORM=1`` to skip them instead (never in CI)."""
    import os

    import pytest

    from atlas.harness import terraform_binary

    binary = terraform_binary()
    if binary is not None:
        return binary
    message = (f"terraform is not on PATH (or $TERRAFORM): the offline plan and emulator gates need it "
               f"(install terraform 1.10+; to skip these gates on a developer machine set {ALLOW_NO_TERRAFORM}=1)")
    if os.environ.get(ALLOW_NO_TERRAFORM, "") not in ("", "0"):
        pytest.skip(message)
    pytest.fail(message, pytrace=False)
