"""The emulator gate's report: one line per root, then what each root left out or changed."""

from __future__ import annotations

from tests.gates.emulator.run import RootRun


def format_report(runs: dict[str, RootRun]) -> str:
    """Per root: status, applied and excluded resource counts, seconds per step; then the
    excluded resources by type, the outputs publishing examples, and unavailable roots."""
    lines = [f"{'root':24} {'status':11} {'applied':>7} {'excluded':>8} {'seconds':>7}  steps (exit code, seconds)"]
    for name, run in runs.items():
        excluded = run.root.excluded_resources if run.root else []
        lines.append(f"{name:24} {run.status:11} {run.applied:>7} {len(excluded):>8} {run.seconds:>7.0f}  "
                     + ", ".join(f"{k} {s.returncode} ({s.seconds:.0f})" for k, s in run.steps.items()))
    for name, run in runs.items():
        if run.root is None:
            lines.append(f"  {name}: UNAVAILABLE: {run.reason}"
                         + (f"; readers get its example outputs ({', '.join(run.stub_outputs)})"
                            if run.stub_outputs else ""))
            continue
        types: dict[str, int] = {}
        for address in run.root.excluded_resources:
            types[address.split(".")[0]] = types.get(address.split(".")[0], 0) + 1
        others = [d for d in run.root.dropped if d.startswith(("data.", "local.", "output."))]
        if types:
            lines.append(f"  {name}: excluded " + ", ".join(f"{t} x{n}" for t, n in sorted(types.items()))
                         + (f"; also dropped {', '.join(others)}" if others else ""))
        if run.existing_network:
            lines.append(f"  {name}: existing network created first under the ids its settings name: "
                         + ", ".join(run.existing_network))
        if run.root.stand_ins:
            lines.append(f"  {name}: publishes the declared example for {', '.join(run.root.stand_ins)}")
        if run.unordered:
            lines += [f"  {name}: ordering missing: {gap}" for gap in run.unordered]
        if run.unprotected or run.emptied:
            lines.append(f"  {name}: before destroy: deletion protection lifted on {len(run.unprotected)} "
                         f"resource(s), {run.emptied} delivered object(s) emptied from its buckets")
        if run.drift:
            drifted: dict[str, int] = {}
            for line in run.drift:
                key = f"{line.split('.')[0]} ({line.split(': ')[1]})"
                drifted[key] = drifted.get(key, 0) + 1
            lines.append(f"  {name}: re-plan drift explained by KNOWN_DRIFT: "
                         + ", ".join(f"{k} x{n}" for k, n in sorted(drifted.items())))
        if run.reason:
            lines.append(f"  {name}: {run.reason}")
    return "\n".join(lines)
