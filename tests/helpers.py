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


# Terraform provider name (the type's prefix) -> Python package of its generated bindings.
BINDINGS = {"aws": "cdktf_cdktf_provider_aws", "kafka": "kafka", "spacelift": "spacelift"}


def binding_class(rtype: str) -> type:
    """The generated binding class of Terraform resource type ``rtype``.

    ``aws_s3_bucket_versioning`` lives in ``cdktf_cdktf_provider_aws.s3_bucket_versioning``
    as ``S3BucketVersioningA`` (suffixes vary), so the class is found by the resource type
    it declares rather than by its name.
    """
    import importlib
    import inspect

    provider, _, rest = rtype.partition("_")
    module = importlib.import_module(f"{BINDINGS[provider]}.{rest}")
    found = [c for c in vars(module).values()
             if inspect.isclass(c) and getattr(c, "TF_RESOURCE_TYPE", None) == rtype]
    if len(found) != 1:
        raise LookupError(f"{module.__name__}: expected one class for {rtype}, found {found}")
    return found[0]


def takes_tags(rtype: str) -> bool:
    """Whether the provider gives ``rtype`` a ``tags`` argument (asked of the binding class,
    as ``atlas.cdk.tags`` does, never of the synthesized JSON)."""
    return hasattr(binding_class(rtype), "tags_input")


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
