"""The platform-events contract files: what the shipped catalog holds, and what is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from atlas.config.contracts import _avro_problems, load_catalog, read_catalog

SHIPPED = load_catalog("contracts/platform-events")


def test_the_shipped_contracts_are_valid_and_realistic():
    catalog, problems = SHIPPED
    assert problems == ()
    assert sorted(catalog.channels) == ["customers.customer-profile.v1", "gateway.rejected-events.v1",
                                        "orders.order-placed.v1", "payments.payment-captured.v1"]
    formats = {name: c.data_format for name, c in catalog.channels.items()}
    assert formats["customers.customer-profile.v1"] == "AVRO" and list(formats.values()).count("JSON") == 3
    assert catalog.channels["customers.customer-profile.v1"].config["cleanup.policy"] == "compact"
    assert catalog.groups_of("schema-service") == ["schema-service.conformance", "schema-service.rejected-triage"]
    for channel in catalog.channels.values():  # Glue stores compact JSON of the file, unchanged in meaning
        source = Path(channel.schema_file)
        assert json.loads(channel.definition) == json.loads(source.read_text())


def _write(base: Path, channels: dict, files: dict[str, object]) -> None:
    folder = base / "c"
    (folder / "schemas").mkdir(parents=True, exist_ok=True)
    (folder / "asyncapi.json").write_text(json.dumps({"asyncapi": "2.6.0", "info": {"title": "t", "version": "1"},
                                                      "channels": channels}))
    for name, content in files.items():
        (folder / name).write_text(content if isinstance(content, str) else json.dumps(content))


GOOD = {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
        "properties": {"id": {"type": "string"}}, "required": ["id"]}


def _channel(ref: str = "schemas/a.json", **extra) -> dict:
    return {"publish": {"message": {"payload": {"$ref": ref}}}, **extra}


def _problems(tmp_path, channels, files) -> list[str]:
    _write(tmp_path, channels, files)
    catalog, problems = read_catalog(tmp_path, "c")
    assert (catalog is None) == bool(problems)
    return [str(p) for p in problems]


def test_a_valid_folder_reads_with_defaults(tmp_path):
    assert _problems(tmp_path, {"a.v1": _channel()}, {"schemas/a.json": GOOD}) == []
    catalog, _ = read_catalog(tmp_path, "c")
    channel = catalog.channels["a.v1"]
    assert (channel.partitions, channel.replicas, channel.config, channel.producers) == (None, None, {}, ())


@pytest.mark.parametrize("channels, files, expected", [
    ({"a.v1": _channel()}, {"schemas/a.json": '{"type": "object",}'},
     "c/schemas/a.json: is not valid JSON: Illegal trailing comma before end of object (line 1, column 18)"),
    ({"a.v1": _channel()}, {"schemas/a.json": {**GOOD, "required": "id"}},
     "c/schemas/a.json: required: is not valid JSON Schema (draft-07): 'id' is not of type 'array'"),
    ({"a.v1": _channel()}, {"schemas/a.json": {**GOOD, "properties": {"id": {"type": "uuid"}}}},
     "c/schemas/a.json: properties.id.type: is not valid JSON Schema (draft-07)"),
    ({"a.v1": _channel()}, {"schemas/a.json": {**GOOD, "minProperties": -1}},
     "c/schemas/a.json: minProperties: is not valid JSON Schema"),
    ({"a.v1": _channel()}, {"schemas/a.json": {k: v for k, v in GOOD.items() if k != "$schema"}},
     "c/schemas/a.json: $schema: is null; Glue validates JSON Schema draft-04, -06 and -07"),
    ({"a.v1": _channel()}, {"schemas/a.json": {**GOOD, "type": "array"}}, 'c/schemas/a.json: type: must be "object"'),
    ({"a.v1": _channel()}, {"schemas/a.json": '{"type": "object", "type": "array"}'},
     'c/schemas/a.json: is not valid JSON: the key "type" is given twice in one object'),
    ({"a.v1": {"description": "no message"}}, {}, "c/asyncapi.json: channels.a.v1: has no message schema"),
    ({"a.v1": {"publish": {"message": {"payload": {"type": "object"}}}}}, {},
     "c/asyncapi.json: channels.a.v1.publish.message: has no schema"),
    ({"a.v1": _channel("schemas/missing.json")}, {}, "c/schemas/missing.json: does not exist"),
    ({"a.v1": _channel("/etc/passwd")}, {}, 'payload.$ref: "/etc/passwd" must name a schema file inside c'),
    ({"a.v1": _channel("#/components/schemas/A")}, {}, "must name a schema file inside c"),
    ({"a v1": _channel()}, {"schemas/a.json": GOOD}, "c/asyncapi.json: channels.a v1: is not a legal Kafka topic name"),
    ({"a.v1": _channel(**{"x-producers": ["billing"]})}, {"schemas/a.json": GOOD},
     'channels.a.v1.x-producers[0]: "billing" is not a platform-events service'),
    ({"a.v1": _channel(**{"x-consumers": [{"service": "schema-service"}]})}, {"schemas/a.json": GOOD},
     "channels.a.v1.x-consumers[0]: must be"),
    ({"a.v1": _channel(bindings={"kafka": {"partitions": 0}})}, {"schemas/a.json": GOOD},
     "channels.a.v1.bindings.kafka.partitions: is 0; a whole number, at least 1"),
    ({"a.v1": _channel(bindings={"kafka": {"topicConfiguration": {"segment.ms": 1}}})}, {"schemas/a.json": GOOD},
     "topicConfiguration.segment.ms: is not a topic setting the contracts may set"),
    ({"a.v1": _channel(bindings={"kafka": {"topicConfiguration": {"cleanup.policy": "compact"}}})},
     {"schemas/a.json": GOOD}, 'cleanup.policy: is "compact"; a list of "delete" and/or "compact"'),
    ({"a.v1": _channel("schemas/a.avsc")}, {"schemas/a.avsc": {"type": "record", "name": "A", "fields": "x"}},
     "c/schemas/a.avsc: fields: must be a list of { name, type } fields"),
    ({"a.v1": _channel("schemas/a.json", publish={"message": {
        "schemaFormat": "application/vnd.apache.avro+json;version=1.9.0", "payload": {"$ref": "schemas/a.json"}}})},
     {"schemas/a.json": GOOD}, 'must end in .avsc for Avro and .json for JSON Schema'),
])
def test_broken_contracts_are_refused_naming_the_file(tmp_path, channels, files, expected):
    problems = _problems(tmp_path, channels, files)
    assert any(expected in p for p in problems), problems


def test_the_asyncapi_document_itself_is_checked(tmp_path):
    (tmp_path / "c").mkdir()
    assert [str(p) for p in read_catalog(tmp_path, "c")[1]] == [
        "c/asyncapi.json: does not exist; every contracts folder holds an AsyncAPI document named asyncapi.json"]
    (tmp_path / "c" / "asyncapi.json").write_text(json.dumps({"asyncapi": "3.0.0", "channels": {}}))
    assert [str(p) for p in read_catalog(tmp_path, "c")[1]] == [
        'c/asyncapi.json: asyncapi: is "3.0.0"; an AsyncAPI 2.x version is required (e.g. "2.6.0": channels '
        'keyed by topic name)', "c/asyncapi.json: channels: must list at least one channel (one per topic)"]


@pytest.mark.parametrize("schema, problem", [
    ("strin", '"strin" is neither an Avro primitive type nor a named type'),
    ({"type": "record", "name": "9A", "fields": []}, "is not an Avro name"),
    ({"type": "enum", "name": "E", "symbols": ["A", "A"]}, "non-empty list of distinct Avro names"),
    ({"type": "fixed", "name": "F", "size": 0}, "must be a whole number of bytes"),
    ({"type": "array"}, 'an array needs "items"'),
    (["null", ["string"]], "a union may not directly contain another union"),
    (["null", "null"], "a union lists the same type twice"),
    ({"type": "record", "name": "R", "fields": [{"name": "a", "type": "int"}, {"name": "a", "type": "int"}]},
     "is used twice"),
])
def test_avro_rules(schema, problem):
    found = _avro_problems(schema, "", set())
    assert any(problem in p for _, p in found), found


def test_avro_named_types_can_be_referred_to_after_their_definition():
    schema = {"type": "record", "name": "R", "namespace": "n", "fields": [
        {"name": "a", "type": {"type": "enum", "name": "E", "symbols": ["X"]}},
        {"name": "b", "type": "E"}, {"name": "c", "type": ["null", "n.E"]}]}
    assert _avro_problems(schema, "", set()) == []


@pytest.mark.parametrize("text, expected", [
    ('{"a": 1,\n  }', "Illegal trailing comma before end of object (line 1, column 8)"),
    ("[1, 2 , ]", "Illegal trailing comma before end of array (line 1, column 7)"),
    ('{"a" 1}', "Expecting ':' delimiter (line 1, column 6)"),
    ('{"a":}', "Expecting value (line 1, column 6)"),
])
def test_json_errors_read_the_same_under_every_python(text, expected):
    """CI runs this under 3.11, 3.12 and 3.13: 3.13 reworded the trailing-comma error, and
    the message is part of the exit-2 contract."""
    from atlas.config.contracts import _json_error
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(text)
    assert _json_error(caught.value) == expected
