"""Synthesizing twice gives byte-identical files."""

from __future__ import annotations

from tests.conftest import synth_all


def _files(root):
    return {p.relative_to(root): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_synths_are_byte_identical(synthesized, tmp_path):
    again = synth_all(tmp_path / "again")
    first, second = _files(synthesized.outdir), _files(again.outdir)
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []
