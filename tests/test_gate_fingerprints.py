"""Resource arguments are committed as fingerprints (tests/fingerprints/<root>.txt); see tests.gates.fingerprints."""

from __future__ import annotations

from tests.gates import fingerprints as gate


def test_every_root_keeps_its_committed_resource_arguments(synthesized):
    assert gate.check(synthesized.outdir) == [], f"see tests/gates/fingerprints.py; regenerate with `{gate.UPDATE}`"


def _doc(vpc: str = "vpc", local: str = "cidr", data: str = "zones", cidr: str = "10.0.0.0/16") -> dict:
    return {
        "locals": {local: cidr},
        "data": {"aws_availability_zones": {data: {"state": "available"}}},
        "resource": {
            "aws_vpc": {vpc: {"cidr_block": f"${{local.{local}}}", "tags": {"a": "b"}, "//": {"path": vpc}}},
            "aws_subnet": {"s": {"vpc_id": f"${{aws_vpc.{vpc}.id}}",
                                 "availability_zone": f"${{data.aws_availability_zones.{data}.names[0]}}"}},
        },
    }


def test_renames_with_moved_blocks_locals_and_data_sources_keep_every_fingerprint():
    before = gate.fingerprints(_doc())
    renamed = _doc(vpc="network_vpc", local="vpc_cidr", data="azs")
    renamed["moved"] = [{"from": "aws_vpc.vpc", "to": "aws_vpc.network_vpc"}]
    assert gate.fingerprints(renamed, set(before)) == before
    assert gate.compare("r", before, renamed) == []


def test_a_changed_argument_or_an_unlisted_resource_fails():
    before = gate.fingerprints(_doc())
    problems = gate.compare("r", before, _doc(cidr="10.1.0.0/16"))
    assert problems == [f"r: aws_vpc.vpc has changed arguments; review the change and run `{gate.UPDATE}`"]
    renamed_without_move = gate.compare("r", before, _doc(vpc="other"))
    assert "r: aws_vpc.vpc is listed but not synthesized" in renamed_without_move
    assert any("aws_vpc.other is new" in p for p in renamed_without_move)


def test_tags_and_construct_paths_are_not_part_of_the_fingerprint():
    doc = _doc()
    changed = _doc()
    changed["resource"]["aws_vpc"]["vpc"]["tags"] = {"x": "y"}
    changed["resource"]["aws_vpc"]["vpc"]["//"] = {"path": "elsewhere"}
    assert gate.fingerprints(doc) == gate.fingerprints(changed)
