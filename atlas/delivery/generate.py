"""The generated files committed to the repository, from one synthesis.

``python -m atlas.delivery [--out cdktf.out] [--check]`` writes (or, with ``--check``,
compares) ``.spacelift/``, ``docs/`` and ``root-facts.json`` from a synthesized output folder; without
``--out`` it synthesizes every root into a temporary folder first. Tests compare the
committed files with ``generated(...)`` of the session's synthesis.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping, Sequence

from atlas.delivery import pictures, spacelift
from atlas.stacks import facts

PROJECT = Path(__file__).resolve().parents[2]


def generated(manifest: Mapping[str, Any], docs: Mapping[str, Mapping[str, Any]], settings: Any,
              inputs: Mapping[str, str] | None = None) -> dict[str, str]:
    """``{path relative to the project: text}`` of every generated file; ``root-facts.json``
    only with ``inputs``, the hashes of the environment files synthesized (``atlas.stacks.facts``)."""
    out = dict(pictures.files(manifest, docs))
    if settings is not None:
        out.update(spacelift.files(manifest, settings))
    if inputs is not None:
        out[facts.FILE] = facts.render(manifest, docs, inputs)
    return out


def from_outdir(outdir: Path, environments: Sequence[Any]) -> dict[str, str]:
    """The generated files of ``outdir``, a synthesis of every root of ``environments``."""
    from atlas.stacks.spacelift import settings_of

    manifest = json.loads((outdir / "roots.json").read_text())
    docs = {r["name"]: json.loads((outdir / "stacks" / r["name"] / "cdk.tf.json").read_text())
            for r in manifest["roots"]}
    return generated(manifest, docs, settings_of(environments), facts.inputs_of(environments))


def stale(files: Mapping[str, str], project: Path = PROJECT) -> list[str]:
    """Generated paths whose committed copy differs or is missing, and committed pages under
    ``docs/roots/`` that no root generates any more."""
    found = [p for p, text in sorted(files.items())
             if not (project / p).is_file() or (project / p).read_text() != text]
    pages = project / "docs" / "roots"
    if pages.is_dir():
        found += [f"docs/roots/{p.name} (no such root)" for p in sorted(pages.glob("*.md"))
                  if f"docs/roots/{p.name}" not in files]
    return found


def write(files: Mapping[str, str], project: Path = PROJECT) -> None:
    pages = project / "docs" / "roots"
    if pages.is_dir():
        for old in pages.glob("*.md"):
            if f"docs/roots/{old.name}" not in files:
                old.unlink()
    for path, text in files.items():
        target = project / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
