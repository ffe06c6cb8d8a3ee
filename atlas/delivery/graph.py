"""The root graph (remote-state reads) as text or Mermaid, from manifest entries.

An entry is what ``roots.json`` lists for a root (``name``, ``depends_on``, ``rollout``,
``environment_class``); ``python main.py --graph`` builds the same entries without
synthesizing (``atlas.app.root_graph``), so the graph printed and the graph committed under
``docs/`` come from one function.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

Entry = Mapping[str, Any]


def entry_of(root_entry: Any) -> dict[str, Any]:
    """A manifest-like entry of an ``atlas.app.RootEntry`` (what ``--graph`` has)."""
    spec = root_entry.spec
    return {"name": spec.root.name, "platform": spec.root.platform, "environment": spec.root.env,
            "layer": spec.root.layer, "depends_on": list(root_entry.depends_on),
            "rollout": list(root_entry.rollout)}


def ordered(entries: Iterable[Entry]) -> list[Entry]:
    """Upstream roots first, then by name; refuses a cycle (the roots read each other)."""
    pending = {e["name"]: e for e in entries}
    known = set(pending)
    done: list[Entry] = []
    names: set[str] = set()
    while pending:
        ready = [n for n in sorted(pending) if all(d in names or d not in known for d in pending[n]["depends_on"])]
        if not ready:
            raise ValueError("the roots read each other in a cycle: " + ", ".join(sorted(pending)))
        for name in ready:
            done.append(pending.pop(name))
            names.add(name)
    return done


def edges(entries: Iterable[Entry]) -> list[tuple[str, str]]:
    """``(upstream, downstream)`` pairs: one per remote-state read of another root."""
    return sorted((up, e["name"]) for e in entries for up in e["depends_on"])


def text(entries: Sequence[Entry]) -> str:
    """One line per root in run order, with what it reads and its rollout steps."""
    lines = []
    for e in ordered(entries):
        reads = ", ".join(e["depends_on"])
        lines.append(e["name"] + (f"  <- reads {reads}" if reads else ""))
        for step in e.get("rollout", ()):
            lines.append(f"    step {step['step']} ({step['name']}): while {step['until_in_state']} is not in "
                         "the state; then steady")
    return "\n".join(lines) + "\n"


def _node(name: str) -> str:
    return name.replace("-", "_")


def mermaid(entries: Sequence[Entry]) -> str:
    """A Mermaid flowchart: one node per root grouped by platform and environment, an arrow
    per remote-state read (upstream -> reader), rollout steps written in the node."""
    rows = ["flowchart LR"]
    groups: dict[str, list[Entry]] = {}
    for e in ordered(entries):
        groups.setdefault(f"{e.get('platform', '')} {e.get('environment', '')}".strip(), []).append(e)
    for group, members in sorted(groups.items()):
        rows.append(f"  subgraph {_node(group.replace(' ', '__'))}[\"{group}\"]")
        for e in members:
            label = e["name"]
            steps = e.get("rollout", ())
            if steps:
                label += "<br/>" + "<br/>".join(f"step {s['step']}: {s['name']}" for s in steps) + "<br/>then steady"
            shape = ("[[\"%s\"]]" if steps else "[\"%s\"]") % label
            rows.append(f"    {_node(e['name'])}{shape}")
        rows.append("  end")
    for up, down in edges(entries):
        rows.append(f"  {_node(up)} -->|remote state| {_node(down)}")
    return "\n".join(rows) + "\n"
