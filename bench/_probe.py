"""Runs one benchmark workload in this process, then reports the peak memory of its process tree.

    python bench/_probe.py import                 # bare eager `import cdktf_cdktf_provider_aws`
    python bench/_probe.py synth -- MAIN_ARGS...  # main.py, exactly as a user runs it

The jsii runtime starts Node.js child processes that hold most of the memory, and they exit
with us, so we read every process's own high-water mark (``VmHWM`` in /proc/<pid>/status)
while all of them are still alive, just before this interpreter exits. ``RUSAGE_CHILDREN``
would not do: it reports only the largest single child, and only after it has been reaped.
The last line printed is JSON: {"python_kb": .., "children": [[pid, comm, kb], ..]}.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def _status(pid: int) -> dict[str, str]:
    fields = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    except OSError:
        pass
    return fields


def _descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            # the command name may hold spaces and parentheses: the ppid follows the last ')'
            parents[int(entry)] = int(stat[stat.rindex(")") + 2:].split()[1])
    found, frontier = [], [root]
    while frontier:
        pid = frontier.pop()
        children = [p for p, parent in parents.items() if parent == pid]
        found += children
        frontier += children
    return sorted(found)


def _kb(fields: dict[str, str], key: str) -> int:
    return int(fields.get(key, "0 kB").split()[0])


def report() -> dict:
    me = _status(os.getpid())
    children = []
    for pid in _descendants(os.getpid()):
        fields = _status(pid)
        if fields:
            children.append([pid, fields.get("Name", "?"), _kb(fields, "VmHWM")])
    return {"python_kb": _kb(me, "VmHWM"), "children": children}


def main(argv: list[str]) -> int:
    mode, rest = argv[0], argv[1:]
    if rest[:1] == ["--"]:
        rest = rest[1:]
    status = 0
    if mode == "import":
        import cdktf_cdktf_provider_aws  # noqa: F401  (the thing being measured)
    elif mode == "synth":
        os.chdir(PROJECT)
        sys.path[0] = str(PROJECT)  # as `python main.py` has it (not this folder, not an installed copy)
        sys.argv = [str(PROJECT / "main.py"), *rest]
        script = runpy.run_path(str(PROJECT / "main.py"), run_name="main")  # defines run(), runs nothing

        def report_loader_and_memory() -> None:
            from atlas.cdk import provider_loader
            print(json.dumps({"loader": provider_loader.mode}))
            print(json.dumps(report()), flush=True)

        script["run"](before_exit=report_loader_and_memory)  # exits as main.py does (os._exit)
    else:
        raise SystemExit(f"unknown workload {mode!r}")
    print(json.dumps(report()), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
