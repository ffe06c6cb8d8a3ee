"""Gate 4: committed resource addresses per root (tests/addresses/<root>.txt); see tests.gates.addresses."""

from __future__ import annotations

import json

from tests.gates import addresses as gate
from tests.helpers import synth_construct


def test_every_root_keeps_its_committed_addresses(synthesized):
    assert gate.check(synthesized.outdir) == [], f"see tests/gates/addresses.py; regenerate with `{gate.UPDATE}`"


def _doc(*names: str, moved: list[dict] | None = None) -> dict:
    doc = {"resource": {"aws_vpc": {n: {} for n in names}}}
    if moved:
        doc["moved"] = moved
    return doc


def test_a_renamed_address_without_moved_block_fails():
    problems = gate.compare("r", ["aws_vpc.old"], _doc("new"))
    assert any("aws_vpc.old disappeared without a moved block" in p for p in problems)
    assert any("aws_vpc.new is not in tests/addresses/r.txt" in p and gate.UPDATE in p for p in problems)


def test_a_rename_with_a_moved_block_only_asks_for_the_list_update():
    problems = gate.compare("r", ["aws_vpc.old"], _doc("new", moved=[{"from": "aws_vpc.old", "to": "aws_vpc.new"}]))
    assert problems == ["r: aws_vpc.new is not in tests/addresses/r.txt; review it and run "
                        f"`{gate.UPDATE}`"]
    assert gate.compare("r", ["aws_vpc.new"], _doc("new", moved=[{"from": "aws_vpc.old", "to": "aws_vpc.new"}])) == []


def test_a_moved_block_to_nowhere_and_a_missing_list_fail():
    problems = gate.compare("r", ["aws_vpc.a"], _doc("a", moved=[{"from": "aws_vpc.b", "to": "aws_vpc.c"}]))
    assert problems == ["r: moved block aws_vpc.b -> aws_vpc.c points at no resource"]
    assert "no committed address list" in gate.compare("r", None, _doc("a"))[0]


def test_cdktf_move_from_id_produces_the_moved_block_the_gate_reads():
    from cdktf_cdktf_provider_aws.vpc import Vpc

    def build(stack):
        Vpc(stack, "new_vpc", cidr_block="10.0.0.0/16").move_from_id("aws_vpc.old_vpc")

    doc = synth_construct(build)
    assert gate.moves(doc) == {"aws_vpc.old_vpc": "aws_vpc.new_vpc"}
    assert gate.compare("r", ["aws_vpc.new_vpc"], doc) == []


def _outdir(tmp_path, doc: dict):
    out = tmp_path / "out"
    (out / "stacks" / "r").mkdir(parents=True)
    (out / "stacks" / "r" / "cdk.tf.json").write_text(json.dumps(doc))
    (out / "roots.json").write_text(json.dumps({"roots": [{"name": "r"}]}))
    return out


def test_update_refuses_to_drop_an_address_unless_removal_is_allowed(tmp_path):
    lists = tmp_path / "lists"
    lists.mkdir()
    (lists / "r.txt").write_text("aws_vpc.a\naws_vpc.b\n")
    (lists / "gone-root.txt").write_text("aws_vpc.z\n")
    out = _outdir(tmp_path, _doc("a", "c"))
    assert any("gone-root" in p and "no longer synthesized" in p for p in gate.check(out, lists))
    refused = gate.update(out, lists)
    assert refused == ["r: aws_vpc.b disappeared without a moved block; add one, or pass "
                       "--allow-removal aws_vpc.b if destroying it is intended"]
    assert (lists / "r.txt").read_text() == "aws_vpc.a\naws_vpc.b\n"
    assert gate.update(out, lists, allow_removal=["aws_vpc.b"]) == []
    assert (lists / "r.txt").read_text() == "aws_vpc.a\naws_vpc.c\n"
