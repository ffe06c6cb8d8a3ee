"""The rule registry and the helpers rules share to read a synthesized root.

A rule is a function ``(doc) -> iterable of (address, fix)`` over one root's Terraform JSON,
registered with ``@rule``; its name is the function's name and its docstring cites the
source that makes it a rule (an AWS API reference, the provider's documentation, an image's
Dockerfile or entrypoint script). ``atlas.rules.run`` turns what rules yield into
``Violation`` lines: ``<root>: <address>: <rule>: <fix>``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

Finding = tuple[str, str]  # (address, fix)
RuleFunction = Callable[[dict], Iterable[Finding]]

RULES: dict[str, RuleFunction] = {}


@dataclass(frozen=True, order=True)
class Violation:
    root: str
    address: str
    rule: str
    fix: str

    def __str__(self) -> str:
        return f"{self.root}: {self.address}: {self.rule}: {self.fix}"


def rule(function: RuleFunction) -> RuleFunction:
    """Registers ``function`` under its own name; a rule without a docstring (its source) is refused."""
    if not (function.__doc__ or "").strip():
        raise ValueError(f"rule {function.__name__} needs a docstring citing its source")
    if function.__name__ in RULES:
        raise ValueError(f"rule {function.__name__} is registered twice")
    RULES[function.__name__] = function
    return function


# -- reading a root ---------------------------------------------------------------------------

def resources(doc: dict, rtype: str | None = None) -> Iterator[tuple[str, dict]]:
    """(address, body) of every managed resource, or of one type, in name order."""
    for kind, items in sorted(doc.get("resource", {}).items()):
        if rtype is None or kind == rtype:
            for name, body in sorted(items.items()):
                yield f"{kind}.{name}", body


_INTERPOLATION = re.compile(r"\$\{(.*?)\}(?!\})", re.DOTALL)
_TRAVERSAL = re.compile(r"(?<![\w.\"])((?:data\.)?[a-z][a-z0-9_]*|local)\.([A-Za-z_][A-Za-z0-9_-]*)")


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            if key != "//":
                yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def nodes(doc: dict) -> dict[str, dict]:
    """Every addressable block of the root: resources, ``data.<type>.<name>`` and ``local.<name>``."""
    found = {address: body for address, body in resources(doc)}
    for kind, items in doc.get("data", {}).items():
        for name, body in items.items():
            found[f"data.{kind}.{name}"] = body
    for name, value in doc.get("locals", {}).items():
        found[f"local.{name}"] = {"value": value}
    return found


def references(body: Any, known: dict[str, dict] | set[str]) -> set[str]:
    """Addresses of ``known`` blocks that ``body`` references in a ``${...}`` expression."""
    found = set()
    for text in _strings(body):
        for expression in _INTERPOLATION.findall(text):
            found.update(f"{head}.{name}" for head, name in _TRAVERSAL.findall(expression)
                         if f"{head}.{name}" in known)
    return found


def depends_on(body: dict) -> list[str]:
    """The addresses a block names in ``depends_on`` (attribute suffixes dropped)."""
    return [".".join(entry.split(".")[:3] if entry.startswith("data.") else entry.split(".")[:2])
            for entry in body.get("depends_on", []) or []]


def closure(doc: dict, start: str, graph: dict[str, dict] | None = None) -> set[str]:
    """Everything ``start`` waits for: its ``depends_on`` and references, transitively."""
    graph = graph if graph is not None else nodes(doc)
    seen: set[str] = set()
    pending = [start]
    while pending:
        current = pending.pop()
        body = graph.get(current)
        if body is None:
            continue
        for edge in references(body, graph) | set(depends_on(body)):
            if edge not in seen and edge != start:
                seen.add(edge)
                pending.append(edge)
    return seen


def container_definitions(body: dict) -> list[dict]:
    """The containers of an ``aws_ecs_task_definition`` (a JSON string in the root); [] if unreadable."""
    raw = body.get("container_definitions")
    if not isinstance(raw, str):
        return raw if isinstance(raw, list) else []
    try:
        containers = json.loads(raw)
    except ValueError:
        return []
    return containers if isinstance(containers, list) else []
