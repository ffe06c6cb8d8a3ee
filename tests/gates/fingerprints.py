"""Resource attributes never change unnoticed: a fingerprint per resource, committed.

``tests/fingerprints/<root>.txt`` holds one line per managed resource, ``<address> <hash>``,
where the hash covers every argument of the resource except its tags (checked by the tag
tests) and cdktf's ``//`` metadata (the construct path, which a refactoring may move). A
change of any argument changes the hash; the committed files make each such change a
reviewed line of the diff.

References are compared by what they point at, not by how the target is spelled today:

* a resource that a ``moved`` block renamed is referenced under the name the list knows;
* ``local.<name>`` is replaced by the local's own (normalized) expression;
* ``data.<type>.<name>`` by the data source's type and the hash of its arguments.

So renaming constructs (with ``moved`` blocks), locals or data sources leaves every hash as
it was, while a changed value anywhere in a resource's arguments does not.

    python -m tests.gates.fingerprints                 # check cdktf.out against the lists
    python -m tests.gates.fingerprints --update        # rewrite the lists from cdktf.out
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any, Mapping

from tests.gates.addresses import moves, synthesized_docs

PROJECT = Path(__file__).resolve().parents[2]
LISTS = PROJECT / "tests" / "fingerprints"
UPDATE = "python -m tests.gates.fingerprints --update"
IGNORED = ("//", "tags")

_REF = re.compile(r"\b(local\.[A-Za-z0-9_-]+|data\.[A-Za-z0-9_]+\.[A-Za-z0-9_-]+|[a-z][a-z0-9]*_[a-z0-9_]+\.[A-Za-z0-9_-]+)")


class _Normalizer:
    """Rewrites references of one root into a spelling-independent form."""

    def __init__(self, doc: dict, known: set[str]) -> None:
        self.locals: Mapping[str, Any] = doc.get("locals", {})
        self.data = {f"data.{t}.{n}": (t, body) for t, items in doc.get("data", {}).items()
                     for n, body in items.items()}
        self.resources = {f"{t}.{n}" for t, items in doc.get("resource", {}).items() for n in items}
        # current address -> the address the committed list knows it by
        self.alias = {new: old for old, new in moves(doc).items() if old in known and new not in known}
        self._busy: set[str] = set()
        self._data_hashes: dict[str, str] = {}

    def _word(self, match: re.Match) -> str:
        word = match.group(1)
        if word.startswith("local."):
            name = word[len("local."):]
            if name in self.locals and word not in self._busy:
                self._busy.add(word)
                try:
                    return "(" + json.dumps(self.value(self.locals[name]), sort_keys=True) + ")"
                finally:
                    self._busy.discard(word)
            return word
        if word.startswith("data."):
            if word in self.data:
                if word not in self._data_hashes:
                    rtype, body = self.data[word]
                    self._data_hashes[word] = f"data.{rtype}.#{digest(self.value(strip(body)))}"
                return self._data_hashes[word]
            return word
        if word in self.resources:
            return self.alias.get(word, word)
        return word

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return _REF.sub(self._word, value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, dict):
            return {k: self.value(v) for k, v in value.items()}
        return value


def strip(body: dict) -> dict:
    return {k: v for k, v in body.items() if k not in IGNORED}


def digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, separators=(",", ":")).encode()).hexdigest()[:16]


def fingerprints(doc: dict, known: set[str] | None = None) -> dict[str, str]:
    """``{address: hash}`` of every managed resource; ``known`` are the listed addresses."""
    norm = _Normalizer(doc, known or set())
    out = {}
    for rtype, items in doc.get("resource", {}).items():
        for name, body in items.items():
            address = f"{rtype}.{name}"
            out[norm.alias.get(address, address)] = digest(norm.value(strip(body)))
    return out


def read_list(path: Path) -> dict[str, str]:
    pairs = (line.split() for line in path.read_text().splitlines() if line.strip() and not line.startswith("#"))
    return {p[0]: p[1] for p in pairs}


def compare(root: str, listed: dict[str, str] | None, doc: dict) -> list[str]:
    if listed is None:
        return [f"{root}: no committed fingerprints tests/fingerprints/{root}.txt; review and run `{UPDATE}`"]
    current = fingerprints(doc, set(listed))
    problems = []
    for address, expected in sorted(listed.items()):
        found = current.get(address)
        if found is None:
            problems.append(f"{root}: {address} is listed but not synthesized")
        elif found != expected:
            problems.append(f"{root}: {address} has changed arguments; review the change and run `{UPDATE}`")
    for address in sorted(set(current) - set(listed)):
        problems.append(f"{root}: {address} is new; review it and run `{UPDATE}`")
    return problems


def check(outdir: Path, lists: Path = LISTS) -> list[str]:
    problems = []
    docs = synthesized_docs(outdir)
    for name, doc in sorted(docs.items()):
        path = lists / f"{name}.txt"
        problems += compare(name, read_list(path) if path.exists() else None, doc)
    for stale in sorted(p.stem for p in lists.glob("*.txt") if p.stem not in docs):
        problems.append(f"{stale}: tests/fingerprints/{stale}.txt lists a root that is no longer synthesized")
    return problems


def update(outdir: Path, lists: Path = LISTS) -> None:
    lists.mkdir(parents=True, exist_ok=True)
    for name, doc in sorted(synthesized_docs(outdir).items()):
        lines = sorted(f"{a} {h}\n" for a, h in fingerprints(doc).items())
        (lists / f"{name}.txt").write_text("".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="check or update the committed resource fingerprints per root")
    parser.add_argument("--out", type=Path, default=Path("cdktf.out"), help="synthesized output (default: cdktf.out)")
    parser.add_argument("--update", action="store_true", help="rewrite tests/fingerprints/<root>.txt")
    args = parser.parse_args(argv)
    if not (args.out / "roots.json").exists():
        print(f"error: {args.out}/roots.json not found; run `python main.py` first", file=sys.stderr)
        return 2
    if args.update:
        update(args.out)
        print(f"updated {LISTS.relative_to(PROJECT)}/ from {args.out}")
        return 0
    problems = check(args.out)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
