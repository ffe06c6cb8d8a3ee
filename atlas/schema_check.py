"""Check synthesized Terraform JSON against a provider schema, without Terraform.

Why this exists: ``terraform validate`` is what normally catches an unknown argument, a
missing required one or a value of the wrong type, but it needs the provider plugin. The
roots that configure Kafka use ``mongey/kafka``, whose binary is not in the offline
provider mirror here, so ``terraform init`` (and therefore ``validate``) cannot run for
them. The provider's schema is committed instead (``schemas/kafka@0.13.1.json``, the same
file ``make gen`` feeds to ``cdktf get``), and this module applies the schema-level part
of validation to a ``cdk.tf.json``:

* every argument is known to the schema (Terraform meta-arguments and cdktf's ``//``
  metadata are skipped), and every resource / data source type exists;
* required arguments and blocks are present;
* computed-only (read-only) attributes are not set;
* values have the right type: string, number, bool, list, set, map, object, tuple. Like
  Terraform, the lossless conversions are accepted (``"6"`` for a number, ``6`` for a
  string, ``"true"`` for a bool), and a string holding a ``${...}`` expression is accepted
  for any type, since its value is only known at plan time;
* nested blocks are checked recursively, including ``min_items`` / ``max_items``.

It does not run the provider's own validators (e.g. allowed values of ``entity_type``),
nor evaluate expressions. Pure Python, standard library only; it never imports cdktf.

    problems = check_resources(json.load(open("cdk.tf.json")), json.load(open(schema)))
"""

from __future__ import annotations

import re
from typing import Any

DEFAULT_PROVIDER_KEY = "registry.terraform.io/mongey/kafka"

# Meta-arguments Terraform handles itself, never passed to the provider.
RESOURCE_META_ARGUMENTS = frozenset(
    {"depends_on", "count", "for_each", "provider", "lifecycle", "provisioner", "connection"}
)
DATA_META_ARGUMENTS = frozenset({"depends_on", "count", "for_each", "provider", "lifecycle"})
PROVIDER_META_ARGUMENTS = frozenset({"alias", "version"})
# Terraform's JSON syntax treats "//" as a comment in any block object; cdktf puts its
# construct metadata there.
COMMENT_KEY = "//"

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def check_resources(
    tf_json: dict, schema: dict, provider_key: str = DEFAULT_PROVIDER_KEY
) -> list[str]:
    """Returns human-readable problems in ``tf_json`` for ``provider_key``; empty if none.

    ``tf_json`` is a synthesized ``cdk.tf.json``; ``schema`` is in the format of
    ``terraform providers schema -json``. Checked: the provider's configuration blocks,
    and every resource and data source whose provider (its ``provider`` meta-argument, or
    else the prefix of its type) is a local name of ``provider_key``.
    """
    provider_schemas = schema.get("provider_schemas") or {}
    pschema = provider_schemas.get(provider_key)
    if pschema is None:
        return [f"schema has no provider {provider_key!r}"]

    local_names = _local_names(tf_json, provider_key)
    source = _short_source(provider_key)
    problems: list[str] = []

    provider_block = (pschema.get("provider") or {}).get("block") or {}
    for local in sorted(local_names):
        configs = (tf_json.get("provider") or {}).get(local)
        if configs is None:
            continue
        for i, config in enumerate(configs if isinstance(configs, list) else [configs]):
            many = isinstance(configs, list) and len(configs) > 1
            where = f"provider {local}" + (f"[{i}]" if many else "")
            _check_block(config, provider_block, where, PROVIDER_META_ARGUMENTS, problems)

    for section, schemas_key, meta, label in (
        ("resource", "resource_schemas", RESOURCE_META_ARGUMENTS, "resource"),
        ("data", "data_source_schemas", DATA_META_ARGUMENTS, "data source"),
    ):
        type_schemas = pschema.get(schemas_key) or {}
        for rtype, instances in sorted((tf_json.get(section) or {}).items()):
            if not isinstance(instances, dict):
                continue
            for name, body in sorted(instances.items()):
                prefix = "data." if section == "data" else ""
                for i, item in enumerate(body if isinstance(body, list) else [body]):
                    where = f"{prefix}{rtype}.{name}" + (f"[{i}]" if isinstance(body, list) else "")
                    if _owner(rtype, item) not in local_names:
                        continue
                    tschema = type_schemas.get(rtype)
                    if tschema is None:
                        problems.append(
                            f"{where}: {label} type {rtype!r} does not exist in {source}"
                        )
                        continue
                    _check_block(item, tschema.get("block") or {}, where, meta, problems)
    return problems


def _short_source(provider_key: str) -> str:
    """``registry.terraform.io/mongey/kafka`` and ``mongey/kafka`` both give ``mongey/kafka``."""
    parts = provider_key.lower().split("/")
    if len(parts) == 3 and parts[0] == "registry.terraform.io":
        return "/".join(parts[1:])
    return provider_key.lower()


def _local_names(tf_json: dict, provider_key: str) -> set[str]:
    """Local provider names bound to ``provider_key`` in ``terraform.required_providers``."""
    wanted = _short_source(provider_key)
    required = ((tf_json.get("terraform") or {}).get("required_providers")) or {}
    if isinstance(required, list):  # JSON syntax also allows a list of objects
        merged: dict = {}
        for item in required:
            merged.update(item if isinstance(item, dict) else {})
        required = merged
    names = {
        local
        for local, req in required.items()
        if isinstance(req, dict) and _short_source(str(req.get("source", ""))) == wanted
    }
    default = wanted.rsplit("/", 1)[-1]
    if not names and default not in required:
        # No required_providers entry at all (e.g. a hand-written fragment): assume the
        # provider's usual local name rather than check nothing.
        names.add(default)
    return names


def _owner(rtype: str, body: Any) -> str:
    """Local provider name that a resource or data source is configured with."""
    if isinstance(body, dict) and isinstance(body.get("provider"), str):
        ref = body["provider"]
        if ref.startswith("${") and ref.endswith("}"):
            ref = ref[2:-1]
        return ref.split(".", 1)[0]
    return rtype.split("_", 1)[0]


def _check_block(body: Any, block: dict, where: str, meta: frozenset, problems: list[str]) -> None:
    if not isinstance(body, dict):
        problems.append(f"{where}: expected an object, got {_describe(body)}")
        return
    attributes = block.get("attributes") or {}
    block_types = block.get("block_types") or {}

    for key in sorted(body):
        value = body[key]
        if key == COMMENT_KEY or key in meta:
            continue
        if key == "dynamic" and "dynamic" not in attributes and "dynamic" not in block_types:
            for dyn in sorted(value) if isinstance(value, dict) else []:
                if dyn not in block_types:
                    problems.append(f"{where}: unknown block type {dyn!r} in dynamic")
            continue
        if key in attributes:
            _check_attribute(value, attributes[key], f"{where}: argument {key!r}", problems)
        elif key in block_types:
            _check_nested(value, block_types[key], f"{where}.{key}", problems)
        else:
            problems.append(f"{where}: unknown argument {key!r}")

    for name, attr in sorted(attributes.items()):
        if attr.get("required") and body.get(name) is None:
            problems.append(f"{where}: missing required argument {name!r}")
    dynamic = body.get("dynamic") if isinstance(body.get("dynamic"), dict) else {}
    for name, nested in sorted(block_types.items()):
        if (nested.get("min_items") or 0) > 0 and body.get(name) is None and name not in dynamic:
            problems.append(f"{where}: missing required block {name!r}")


def _check_attribute(value: Any, attr: dict, where: str, problems: list[str]) -> None:
    if value is None:
        return  # null means "not set"
    if attr.get("computed") and not attr.get("optional") and not attr.get("required"):
        problems.append(f"{where} is computed-only (set by the provider) and cannot be configured")
        return
    if "type" in attr:
        error = _type_error(value, attr["type"])
        if error:
            problems.append(f"{where} {error}")
    elif "nested_type" in attr:  # protocol-6 nested attributes
        nested = attr["nested_type"]
        as_block = {
            "nesting_mode": nested.get("nesting_mode"),
            "block": {"attributes": nested.get("attributes") or {}},
            "min_items": nested.get("min_items"),
            "max_items": nested.get("max_items"),
        }
        _check_nested(value, as_block, where, problems)


def _check_nested(value: Any, nested: dict, where: str, problems: list[str]) -> None:
    mode = nested.get("nesting_mode", "list")
    block = nested.get("block") or {}
    if _is_expression(value):
        return
    if mode in ("single", "group"):
        items = value if isinstance(value, list) else [value]
        if len(items) > 1:
            problems.append(f"{where}: at most one block allowed, got {len(items)}")
        for i, item in enumerate(items):
            item_where = where if len(items) == 1 else f"{where}[{i}]"
            _check_block(item, block, item_where, frozenset(), problems)
        return
    if mode == "map":
        if not isinstance(value, dict):
            problems.append(f"{where}: expected labelled blocks, got {_describe(value)}")
            return
        for label in sorted(value):
            entries = value[label] if isinstance(value[label], list) else [value[label]]
            for item in entries:
                _check_block(item, block, f"{where}[{label!r}]", frozenset(), problems)
        return
    # list or set
    items = value if isinstance(value, list) else [value]
    for i, item in enumerate(items):
        _check_block(item, block, f"{where}[{i}]", frozenset(), problems)
    low, high = nested.get("min_items") or 0, nested.get("max_items") or 0
    if len(items) < low:
        problems.append(f"{where}: needs at least {low} block(s), got {len(items)}")
    if high and len(items) > high:
        problems.append(f"{where}: allows at most {high} block(s), got {len(items)}")


def _type_error(value: Any, ty: Any) -> str | None:
    """Why ``value`` does not convert to the Terraform type ``ty``; None if it does."""
    if value is None or _is_expression(value) or ty == "dynamic":
        return None
    if ty == "string":
        if isinstance(value, (str, bool, int, float)):
            return None
        return f"must be string, got {_describe(value)}"
    if ty == "number":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return None
        if isinstance(value, str) and _NUMBER.match(value.strip()):
            return None
        return f"must be number, got {_describe(value)}"
    if ty == "bool":
        if isinstance(value, bool) or value in ("true", "false"):
            return None
        return f"must be bool, got {_describe(value)}"
    if isinstance(ty, list) and len(ty) == 2 and ty[0] in ("list", "set"):
        if not isinstance(value, list):
            return f"must be {_type_name(ty)}, got {_describe(value)}"
        for i, item in enumerate(value):
            error = _type_error(item, ty[1])
            if error:
                return f"element {i} {error}"
        return None
    if isinstance(ty, list) and len(ty) == 2 and ty[0] == "map":
        if not isinstance(value, dict):
            return f"must be {_type_name(ty)}, got {_describe(value)}"
        for key in sorted(value):
            error = _type_error(value[key], ty[1])
            if error:
                return f"key {key!r} {error}"
        return None
    if isinstance(ty, list) and len(ty) >= 2 and ty[0] == "object":
        if not isinstance(value, dict):
            return f"must be an object, got {_describe(value)}"
        fields, optional = ty[1], set(ty[2]) if len(ty) > 2 else set()
        for key in sorted(value):
            if key not in fields:
                return f"has unknown attribute {key!r}"
            error = _type_error(value[key], fields[key])
            if error:
                return f"attribute {key!r} {error}"
        missing = sorted(set(fields) - set(value) - optional)
        return f"is missing attribute {missing[0]!r}" if missing else None
    if isinstance(ty, list) and len(ty) == 2 and ty[0] == "tuple":
        if not isinstance(value, list) or len(value) != len(ty[1]):
            return f"must be a tuple of {len(ty[1])} element(s), got {_describe(value)}"
        for i, (item, item_ty) in enumerate(zip(value, ty[1])):
            error = _type_error(item, item_ty)
            if error:
                return f"element {i} {error}"
        return None
    return None  # a type this checker does not know: do not guess


def _is_expression(value: Any) -> bool:
    """True for a string whose value comes from a Terraform template (``${...}``/``%{...}``)."""
    if not isinstance(value, str):
        return False
    unescaped = value.replace("$${", "").replace("%%{", "")
    return "${" in unescaped or "%{" in unescaped


def _type_name(ty: Any) -> str:
    if isinstance(ty, list) and len(ty) == 2 and isinstance(ty[1], (str, list)):
        return f"{ty[0]} of {_type_name(ty[1])}"
    return str(ty[0] if isinstance(ty, list) else ty)


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"bool ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"number ({value})"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"string ({shown!r})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
