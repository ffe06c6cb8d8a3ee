"""Gate 4: resource addresses never change without a ``moved`` block.

A resource's address (``type.name``) is its identity in the Terraform state: when a
refactoring renames it, Terraform destroys the old resource and creates a new one, which
for a VPC or a database is an outage. Every root's managed-resource addresses are
committed in ``tests/addresses/<root>.txt`` (sorted, one per line), and the check fails
when

* a listed address is gone and the root has no ``moved`` block taking it to an address
  that exists (rename it back, or add ``moved`` via cdktf's ``move_to``/``move_from_id``);
* an address exists that is not listed (new resources are fine, but must be reviewed and
  listed), or a root has no list at all;
* a list exists for a root that is no longer synthesized;
* a ``moved`` block points at an address that does not exist.

    python -m tests.gates.addresses                 # check cdktf.out against the lists
    python -m tests.gates.addresses --update        # rewrite the lists from cdktf.out
    python -m tests.gates.addresses --update --allow-removal aws_x.y   # a deliberate destroy

``--update`` refuses to drop an address that disappeared without a ``moved`` block unless
it is named with ``--allow-removal``, so regenerating the lists cannot hide a destroy.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterable

PROJECT = Path(__file__).resolve().parents[2]
LISTS = PROJECT / "tests" / "addresses"
UPDATE = "python -m tests.gates.addresses --update"


def addresses(doc: dict) -> list[str]:
    """Sorted ``type.name`` of every managed resource in a root's JSON."""
    return sorted(f"{rtype}.{name}" for rtype, items in doc.get("resource", {}).items() for name in items)


def moves(doc: dict) -> dict[str, str]:
    """``{from: to}`` of the root's ``moved`` blocks (a list, or a single object)."""
    blocks = doc.get("moved", [])
    blocks = [blocks] if isinstance(blocks, dict) else blocks
    return {b["from"]: b["to"] for b in blocks}


def read_list(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text().splitlines() if line.strip() and not line.startswith("#")]


def compare(root: str, listed: list[str] | None, doc: dict) -> list[str]:
    """Problems of one root; ``listed`` is None when the root has no committed list."""
    current = set(addresses(doc))
    moved = moves(doc)
    if listed is None:
        return [f"{root}: no committed address list tests/addresses/{root}.txt; review and run `{UPDATE}`"]
    problems = []
    for old in sorted(set(listed) - current):
        target = moved.get(old)
        if target is None:
            problems.append(f"{root}: {old} disappeared without a moved block: Terraform would destroy it "
                            "(restore the construct id, or add a moved block)")
        elif target not in current:
            problems.append(f"{root}: {old} is moved to {target}, which does not exist")
    for new in sorted(current - set(listed)):
        problems.append(f"{root}: {new} is not in tests/addresses/{root}.txt; review it and run `{UPDATE}`")
    for old, target in sorted(moved.items()):
        if target not in current:
            problems.append(f"{root}: moved block {old} -> {target} points at no resource")
    return problems


def synthesized_docs(outdir: Path) -> dict[str, dict]:
    """Every root of ``outdir`` (by ``roots.json``) and its parsed ``cdk.tf.json``."""
    names = [r["name"] for r in json.loads((outdir / "roots.json").read_text())["roots"]]
    return {n: json.loads((outdir / "stacks" / n / "cdk.tf.json").read_text()) for n in names}


def check(outdir: Path, lists: Path = LISTS) -> list[str]:
    docs = synthesized_docs(outdir)
    problems = []
    for name, doc in sorted(docs.items()):
        path = lists / f"{name}.txt"
        problems += compare(name, read_list(path) if path.exists() else None, doc)
    for stale in sorted(p.stem for p in lists.glob("*.txt") if p.stem not in docs):
        problems.append(f"{stale}: tests/addresses/{stale}.txt lists a root that is no longer synthesized; "
                        "delete the file only if destroying that whole root is intended")
    return problems


def update(outdir: Path, lists: Path = LISTS, allow_removal: Iterable[str] = ()) -> list[str]:
    """Rewrites the lists of every synthesized root; returns refusals (nothing is written then)."""
    docs = synthesized_docs(outdir)
    allowed = set(allow_removal)
    refusals = []
    for name, doc in sorted(docs.items()):
        path = lists / f"{name}.txt"
        if not path.exists():
            continue
        current, moved = set(addresses(doc)), moves(doc)
        for old in sorted(set(read_list(path)) - current):
            if moved.get(old) not in current and old not in allowed:
                refusals.append(f"{name}: {old} disappeared without a moved block; add one, or pass "
                                f"--allow-removal {old} if destroying it is intended")
    if refusals:
        return refusals
    lists.mkdir(parents=True, exist_ok=True)
    for name, doc in sorted(docs.items()):
        (lists / f"{name}.txt").write_text("".join(f"{a}\n" for a in addresses(doc)))
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="check or update the committed resource addresses per root")
    parser.add_argument("--out", type=Path, default=Path("cdktf.out"), help="synthesized output (default: cdktf.out)")
    parser.add_argument("--update", action="store_true", help="rewrite tests/addresses/<root>.txt")
    parser.add_argument("--allow-removal", nargs="*", default=[], metavar="ADDRESS",
                        help="with --update: addresses whose destruction is intended")
    args = parser.parse_args(argv)
    if not (args.out / "roots.json").exists():
        print(f"error: {args.out}/roots.json not found; run `python main.py` first", file=sys.stderr)
        return 2
    problems = update(args.out, allow_removal=args.allow_removal) if args.update else check(args.out)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems and args.update:
        print(f"updated {LISTS.relative_to(PROJECT)}/ from {args.out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
