"""The platform-events contracts: an AsyncAPI document and the schemas it points at.

The contracts are files in the repository (``contracts/platform-events/``), reviewed like
code, and are the single source of both the Kafka topics and the Glue Schema Registry
schemas: the document's bootstrap scripts that imported topic definitions by hand have
nothing left to do. The folder holds:

* ``asyncapi.json``: an AsyncAPI 2.x document. Each channel is one topic (the channel key is
  the topic name, and the Glue schema name), with its message payload a ``$ref`` to a schema
  file of the folder, its Kafka binding (``partitions``, ``replicas``, ``topicConfiguration``:
  AsyncAPI Kafka bindings 0.4.0) and two extensions saying who may use it:
  ``x-producers`` (services that write it) and ``x-consumers`` (``{ service, group }``).
* ``schemas/*.json`` (JSON Schema draft-04, -06 or -07, the drafts Glue accepts) and
  ``schemas/*.avsc`` (Avro).

Everything Glue or Kafka would refuse at apply time is refused here, before anything is
written, as ``<contract file>: <where>: <what is wrong>``: a file that is not JSON, a schema
that does not pass its meta-schema, Avro that is not Avro, a channel without a schema, an
unknown service, a topic name Kafka or Glue would reject.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from atlas.config.errors import Problem

ASYNCAPI_FILE = "asyncapi.json"
# The services with a role in the backbone root; a contract naming another one is an error.
SERVICES = ("event-gateway", "schema-service")
# Kafka's topic name rule (legal characters, at most 249); Glue schema names allow these too.
_TOPIC = re.compile(r"^[a-zA-Z0-9._-]{1,249}$")
_GROUP = re.compile(r"^[a-zA-Z0-9._-]{1,249}$")
# Glue CreateSchema: SchemaDefinition is 1-170000 characters, Description at most 2048.
MAX_DEFINITION = 170000
MAX_DESCRIPTION = 2048
JSON_SCHEMA_DRAFTS = {
    "http://json-schema.org/draft-04/schema#": "draft-04",
    "http://json-schema.org/draft-06/schema#": "draft-06",
    "http://json-schema.org/draft-07/schema#": "draft-07",
}
SCHEMA_FORMATS = {
    "application/schema+json;version=draft-04": "JSON", "application/schema+json;version=draft-06": "JSON",
    "application/schema+json;version=draft-07": "JSON",
    "application/vnd.apache.avro;version=1.9.0": "AVRO", "application/vnd.apache.avro+json;version=1.9.0": "AVRO",
}
# Topic configuration the Kafka binding may set, and what each accepts.
TOPIC_CONFIG = {"cleanup.policy", "retention.ms", "retention.bytes", "delete.retention.ms", "max.message.bytes"}

DataFormat = Literal["JSON", "AVRO"]


@dataclass(frozen=True)
class Consumer:
    service: str
    group: str


@dataclass(frozen=True)
class Channel:
    """One channel: a Kafka topic and the Glue schema of its messages (same name)."""

    topic: str
    description: str
    source: str  # the AsyncAPI file, as shown in messages
    schema_file: str
    data_format: DataFormat
    definition: str  # the schema, compact JSON, as Glue stores it
    partitions: int | None = None
    replicas: int | None = None
    config: dict[str, str] = field(default_factory=dict)
    producers: tuple[str, ...] = ()
    consumers: tuple[Consumer, ...] = ()


@dataclass(frozen=True)
class Catalog:
    folder: str
    title: str
    version: str
    channels: dict[str, Channel]

    def produced_by(self, service: str) -> list[str]:
        return sorted(c.topic for c in self.channels.values() if service in c.producers)

    def consumed_by(self, service: str) -> list[str]:
        return sorted(c.topic for c in self.channels.values() if any(x.service == service for x in c.consumers))

    def groups_of(self, service: str) -> list[str]:
        return sorted({x.group for c in self.channels.values() for x in c.consumers if x.service == service})


@lru_cache(maxsize=None)
def load_catalog(folder: str) -> tuple[Catalog | None, tuple[Problem, ...]]:
    """The catalog of ``folder`` (relative to the repository), or None and every problem."""
    from atlas.config.platform_events import REPOSITORY

    return read_catalog(REPOSITORY, folder)


def read_catalog(base: Path, folder: str) -> tuple[Catalog | None, tuple[Problem, ...]]:
    """The catalog of ``base/folder`` (messages name files as ``folder/...``), uncached."""
    reader = _Reader(base, folder)
    catalog = reader.catalog()
    return (catalog if not reader.problems else None), tuple(reader.problems)


class _Reader:
    def __init__(self, repository, folder: str) -> None:
        self.repository = repository
        self.folder = folder.rstrip("/")
        self.problems: list[Problem] = []

    def shown(self, relative: str) -> str:
        return f"{self.folder}/{relative}"

    def problem(self, source: str, key: str, message: str) -> None:
        self.problems.append(Problem(source, key, message))

    def read_json(self, relative: str) -> Any:
        shown = self.shown(relative)
        path = self.repository / self.folder / relative
        if not path.is_file():
            self.problem(shown, "", "does not exist; " + ("every contracts folder holds an AsyncAPI document "
                                                          f"named {ASYNCAPI_FILE}" if relative == ASYNCAPI_FILE
                                                          else "the AsyncAPI document refers to it"))
            return None
        try:
            text = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as err:
            self.problem(shown, "", f"cannot be read as UTF-8 text ({err})")
            return None
        try:
            return json.loads(text, object_pairs_hook=_no_repeats)
        except json.JSONDecodeError as err:
            self.problem(shown, "", f"is not valid JSON: {_json_error(err)}")
            return None
        except ValueError as err:
            self.problem(shown, "", f"is not valid JSON: {err}")
            return None

    def catalog(self) -> Catalog | None:
        source = self.shown(ASYNCAPI_FILE)
        doc = self.read_json(ASYNCAPI_FILE)
        if doc is None:
            return None
        if not isinstance(doc, dict):
            self.problem(source, "", "must be a JSON object (an AsyncAPI document)")
            return None
        version = doc.get("asyncapi")
        if not isinstance(version, str) or not re.match(r"^2\.\d+\.\d+$", version):
            self.problem(source, "asyncapi", f"is {json.dumps(version)}; an AsyncAPI 2.x version is required "
                                             '(e.g. "2.6.0": channels keyed by topic name)')
        info = doc.get("info") if isinstance(doc.get("info"), dict) else {}
        channels = doc.get("channels")
        if not isinstance(channels, dict) or not channels:
            self.problem(source, "channels", "must list at least one channel (one per topic)")
            return None
        built = {}
        for topic, body in channels.items():
            channel = self.channel(source, topic, body)
            if channel is not None:
                built[topic] = channel
        return Catalog(self.folder, str(info.get("title", "")), str(info.get("version", "")), built)

    def channel(self, source: str, topic: str, body: Any) -> Channel | None:
        key = f"channels.{topic}"
        if not _TOPIC.match(topic) or topic in (".", ".."):
            self.problem(source, key, "is not a legal Kafka topic name (1-249 letters, digits, '.', '_', '-')")
            return None
        if not isinstance(body, dict):
            self.problem(source, key, "must be an object (description, publish/subscribe, bindings)")
            return None
        description = body.get("description", "")
        if not isinstance(description, str) or len(description) > MAX_DESCRIPTION:
            self.problem(source, f"{key}.description", f"must be a string of at most {MAX_DESCRIPTION} characters")
            description = ""
        message = self.message(source, key, body)
        if message is None:
            return None
        schema_file, data_format, definition = message
        partitions, replicas, config = self.kafka_binding(source, key, body.get("bindings", {}))
        producers = self.producers(source, key, body.get("x-producers", []))
        consumers = self.consumers(source, key, body.get("x-consumers", []))
        return Channel(topic=topic, description=description, source=source, schema_file=schema_file,
                       data_format=data_format, definition=definition, partitions=partitions, replicas=replicas,
                       config=config, producers=producers, consumers=consumers)

    def message(self, source: str, key: str, body: dict) -> tuple[str, DataFormat, str] | None:
        found = [(op, body[op]["message"]) for op in ("publish", "subscribe")
                 if isinstance(body.get(op), dict) and "message" in body[op]]
        if not found:
            self.problem(source, key, 'has no message schema; give publish.message.payload = {"$ref": "schemas/<file>"}: '
                                      "every channel is a topic and a Glue schema")
            return None
        if len(found) > 1:
            self.problem(source, key, "describes a message under both publish and subscribe; one schema per "
                                      "channel (its Glue schema)")
            return None
        op, message = found[0]
        where = f"{key}.{op}.message"
        payload = message.get("payload") if isinstance(message, dict) else None
        ref = payload.get("$ref") if isinstance(payload, dict) else None
        if not isinstance(ref, str):
            self.problem(source, where, 'has no schema: payload must be { "$ref": "schemas/<file>" }, a schema file '
                                        "of this folder (inline payloads cannot be reviewed as files)")
            return None
        relative = PurePosixPath(ref)
        if ref.startswith("#") or "#" in ref or relative.is_absolute() or ".." in relative.parts or "\\" in ref:
            self.problem(source, f"{where}.payload.$ref", f'"{ref}" must name a schema file inside {self.folder} '
                                                          '(e.g. "schemas/order-placed.v1.json")')
            return None
        fmt = message.get("schemaFormat")
        if fmt is None:
            data_format: DataFormat = "AVRO" if relative.suffix == ".avsc" else "JSON"
        elif fmt in SCHEMA_FORMATS:
            data_format = SCHEMA_FORMATS[fmt]  # type: ignore[assignment]
        else:
            self.problem(source, f"{where}.schemaFormat", f"{json.dumps(fmt)} is not a format Glue accepts; use one "
                                                          "of " + ", ".join(SCHEMA_FORMATS))
            return None
        if (data_format == "AVRO") != (relative.suffix == ".avsc"):
            self.problem(source, f"{where}.payload.$ref", f'"{ref}" must end in .avsc for Avro and .json for JSON '
                                                          f"Schema (the message says {data_format})")
            return None
        schema = self.read_json(ref)
        if schema is None:
            return None
        shown = self.shown(ref)
        before = len(self.problems)
        if data_format == "JSON":
            self.check_json_schema(shown, schema)
        else:
            for path, problem in _avro_problems(schema, "", set()):
                self.problem(shown, path, problem)
        if len(self.problems) > before:
            return None
        definition = json.dumps(schema, separators=(",", ":"), ensure_ascii=False)
        if len(definition) > MAX_DEFINITION:
            self.problem(shown, "", f"is {len(definition)} characters as compact JSON; Glue stores at most "
                                    f"{MAX_DEFINITION}")
            return None
        return shown, data_format, definition

    def check_json_schema(self, shown: str, schema: Any) -> None:
        if not isinstance(schema, dict):
            self.problem(shown, "", "must be a JSON Schema object")
            return
        draft = schema.get("$schema")
        if draft not in JSON_SCHEMA_DRAFTS:
            self.problem(shown, "$schema", f"is {json.dumps(draft)}; Glue validates JSON Schema draft-04, -06 and "
                                           "-07: use one of " + ", ".join(JSON_SCHEMA_DRAFTS))
            return
        from jsonschema import exceptions, validators

        validator = validators.validator_for(schema)
        try:
            validator.check_schema(schema)
        except exceptions.SchemaError as err:
            where = ".".join(str(p) for p in err.absolute_path)
            self.problem(shown, where, f"is not valid JSON Schema ({JSON_SCHEMA_DRAFTS[draft]}): {err.message}")
            return
        if schema.get("type") != "object":
            self.problem(shown, "type", 'must be "object": an event is a JSON object')

    def kafka_binding(self, source: str, key: str, bindings: Any) -> tuple[int | None, int | None, dict[str, str]]:
        kafka = bindings.get("kafka", {}) if isinstance(bindings, dict) else None
        if not isinstance(kafka, dict):
            self.problem(source, f"{key}.bindings", "must be an object with a kafka binding")
            return None, None, {}
        where = f"{key}.bindings.kafka"
        counts = []
        for name in ("partitions", "replicas"):
            value = kafka.get(name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                self.problem(source, f"{where}.{name}", f"is {json.dumps(value)}; a whole number, at least 1")
                value = None
            counts.append(value)
        config: dict[str, str] = {}
        topic_config = kafka.get("topicConfiguration", {})
        if not isinstance(topic_config, dict):
            self.problem(source, f"{where}.topicConfiguration", "must be an object")
            topic_config = {}
        for name, value in topic_config.items():
            at = f"{where}.topicConfiguration.{name}"
            if name not in TOPIC_CONFIG:
                self.problem(source, at, "is not a topic setting the contracts may set; use "
                                         + ", ".join(sorted(TOPIC_CONFIG)))
            elif name == "cleanup.policy":
                if not isinstance(value, list) or not value or not set(value) <= {"delete", "compact"} \
                        or len(set(value)) != len(value):
                    self.problem(source, at, f'is {json.dumps(value)}; a list of "delete" and/or "compact"')
                else:
                    config[name] = ",".join(value)
            elif isinstance(value, bool) or not isinstance(value, int) or value < (-1 if name.startswith("retention")
                                                                                    else 0):
                self.problem(source, at, f"is {json.dumps(value)}; a whole number"
                                         + (" (-1: unlimited)" if name.startswith("retention") else ", 0 or more"))
            else:
                config[name] = str(value)
        return counts[0], counts[1], config

    def producers(self, source: str, key: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(source, f"{key}.x-producers", "must be a list of service names")
            return ()
        for i, service in enumerate(value):
            if service not in SERVICES:
                self.problem(source, f"{key}.x-producers[{i}]", f'"{service}" is not a platform-events service; '
                                                                "use one of " + ", ".join(SERVICES))
        return tuple(sorted(set(value)))

    def consumers(self, source: str, key: str, value: Any) -> tuple[Consumer, ...]:
        if not isinstance(value, list):
            self.problem(source, f"{key}.x-consumers", 'must be a list of { "service": ..., "group": ... }')
            return ()
        found = []
        for i, item in enumerate(value):
            at = f"{key}.x-consumers[{i}]"
            if not isinstance(item, dict) or set(item) != {"service", "group"}:
                self.problem(source, at, 'must be { "service": ..., "group": ... } (the consumer group it reads with)')
                continue
            if item["service"] not in SERVICES:
                self.problem(source, f"{at}.service", f"{json.dumps(item['service'])} is not a platform-events "
                                                      "service; use one of " + ", ".join(SERVICES))
                continue
            if not isinstance(item["group"], str) or not _GROUP.match(item["group"]):
                self.problem(source, f"{at}.group", f"{json.dumps(item['group'])} is not a legal consumer group name")
                continue
            found.append(Consumer(item["service"], item["group"]))
        return tuple(sorted(set(found), key=lambda c: (c.service, c.group)))


def _json_error(err: json.JSONDecodeError) -> str:
    """The decoder's complaint, worded the same under every supported Python.

    Python 3.13 names a trailing comma ("Illegal trailing comma before end of object", at
    the comma); 3.11 and 3.12 report the same text as a missing name or value at the
    closing bracket. The message is part of the exit-2 contract (and of the bad-input
    corpus), so the older wording is rewritten to 3.13's.
    """
    msg, pos, doc = err.msg, err.pos, err.doc
    if msg in ("Expecting property name enclosed in double quotes", "Expecting value") \
            and pos < len(doc) and doc[pos] in "}]":
        comma = len(doc[:pos].rstrip()) - 1
        if comma >= 0 and doc[comma] == ",":
            kind = "object" if doc[pos] == "}" else "array"
            msg, pos = f"Illegal trailing comma before end of {kind}", comma
    line = doc.count("\n", 0, pos) + 1
    column = pos - doc.rfind("\n", 0, pos)
    return f"{msg} (line {line}, column {column})"


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object with a key given twice is refused (Python would keep the last silently)."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f'the key "{key}" is given twice in one object')
        seen[key] = value
    return seen


# -- Avro (the specification's rules for schemas, version 1.9+) ----------------------------

_AVRO_PRIMITIVES = {"null", "boolean", "int", "long", "float", "double", "bytes", "string"}
_AVRO_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _avro_problems(schema: Any, path: str, named: set[str], namespace: str = "") -> list[tuple[str, str]]:
    """What makes ``schema`` no Avro schema, as (path, problem); ``named`` collects the
    full names defined so far (a later reference may use them)."""
    if isinstance(schema, str):
        if schema in _AVRO_PRIMITIVES or schema in named or f"{namespace}.{schema}" in named:
            return []
        return [(path, f'"{schema}" is neither an Avro primitive type nor a named type defined before it')]
    if isinstance(schema, list):
        found = []
        kinds = []
        for i, branch in enumerate(schema):
            if isinstance(branch, list):
                found.append((f"{path}[{i}]", "a union may not directly contain another union"))
                continue
            found += _avro_problems(branch, f"{path}[{i}]", named, namespace)
            kinds.append(branch if isinstance(branch, str) else branch.get("name", branch.get("type"))
                         if isinstance(branch, dict) else None)
        if len(set(map(str, kinds))) != len(kinds):
            found.append((path, "a union lists the same type twice"))
        return found
    if not isinstance(schema, dict) or "type" not in schema:
        return [(path, 'must be a type name, a union (list) or an object with "type"')]
    kind = schema["type"]
    at = f"{path}.type" if path else "type"
    if kind in ("record", "error", "enum", "fixed"):
        name = schema.get("name")
        if not isinstance(name, str) or not all(_AVRO_NAME.match(p) for p in name.split(".")):
            return [(f"{path}.name" if path else "name", f"{json.dumps(name)} is not an Avro name "
                                                         "([A-Za-z_][A-Za-z0-9_]*, dotted for a namespace)")]
        space = schema.get("namespace", namespace) or ""
        full = name if "." in name or not space else f"{space}.{name}"
        if full in named:
            return [(f"{path}.name" if path else "name", f'"{full}" is defined twice')]
        named.add(full)
        if kind == "enum":
            symbols = schema.get("symbols")
            if not isinstance(symbols, list) or not symbols or len(set(map(str, symbols))) != len(symbols) \
                    or not all(isinstance(s, str) and _AVRO_NAME.match(s) for s in symbols):
                return [(f"{path}.symbols" if path else "symbols", "must be a non-empty list of distinct Avro names")]
            return []
        if kind == "fixed":
            size = schema.get("size")
            if isinstance(size, bool) or not isinstance(size, int) or size < 1:
                return [(f"{path}.size" if path else "size", "must be a whole number of bytes, at least 1")]
            return []
        fields = schema.get("fields")
        if not isinstance(fields, list):
            return [(f"{path}.fields" if path else "fields", "must be a list of { name, type } fields")]
        found, names = [], set()
        for i, item in enumerate(fields):
            here = f"{path}.fields[{i}]" if path else f"fields[{i}]"
            if not isinstance(item, dict) or not isinstance(item.get("name"), str) or "type" not in item:
                found.append((here, "must be an object with a name and a type"))
                continue
            if not _AVRO_NAME.match(item["name"]) or item["name"] in names:
                found.append((f"{here}.name", f'"{item["name"]}" is not an Avro name, or is used twice'))
            names.add(item["name"])
            found += _avro_problems(item["type"], f"{here}.type", named, space)
        return found
    if kind == "array":
        return _avro_problems(schema.get("items"), f"{path}.items" if path else "items", named, namespace) \
            if "items" in schema else [(at, 'an array needs "items"')]
    if kind == "map":
        return _avro_problems(schema.get("values"), f"{path}.values" if path else "values", named, namespace) \
            if "values" in schema else [(at, 'a map needs "values"')]
    if isinstance(kind, (str, list)) and not isinstance(kind, bool):
        return _avro_problems(kind, at, named, namespace)
    return [(at, f"{json.dumps(kind)} is not an Avro type")]
