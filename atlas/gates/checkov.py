"""Gate 1: checkov over every synthesized root, with committed and reasoned suppressions.

    python -m atlas.gates.checkov [--out cdktf.out]     # after `python main.py`

checkov runs once over ``<out>/stacks`` (``--framework terraform_json``), offline
(``BC_SKIP_MAPPING=TRUE``, no API key, ``--skip-download``). It runs without ``--quiet``,
which would drop the passed checks the report counts. Every check that fails is
either fixed in a construct or listed in ``.checkov.yaml`` at the project root::

    skip-check:
      - CKV_AWS_123  # why this is acceptable, in one line a security reviewer would accept

checkov is run *without* that file and the suppressions are applied here, so the report
can count them per root (a skipped check would vanish from checkov's own output), and so
a suppression that no longer matches anything is noticed. Inline ``checkov:skip`` comments
are not read for JSON, which is why the list is global and small.

checkov lives in its own virtualenv (``.venv-checkov``, made by ``scripts/setup``): it
depends on ``bc-python-hcl2``, which installs a module named ``hcl2`` over the
``python-hcl2`` 8.x the config loader uses, and it pins ``packaging<24``, which pytest 9
cannot use. Running it as a separate program keeps both sides intact.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
CONFIG = PROJECT / ".checkov.yaml"
VENV_BINARY = PROJECT / ".venv-checkov" / "bin" / "checkov"

_ENTRY = re.compile(r"^\s*-\s*(?P<id>[A-Z][A-Z0-9_]+)\s*(?:#\s*(?P<reason>.*?))?\s*$")


@dataclass(frozen=True)
class Finding:
    check_id: str
    check_name: str
    root: str
    resource: str  # type.name, as in the root's JSON


@dataclass
class RootReport:
    root: str
    passed: int = 0
    failed: list[Finding] = field(default_factory=list)      # not suppressed: the gate fails
    suppressed: list[Finding] = field(default_factory=list)  # failed, but listed in .checkov.yaml


def checkov_binary() -> str | None:
    """``$CHECKOV``, then the project's ``.venv-checkov``, then ``checkov`` on PATH."""
    for candidate in (os.environ.get("CHECKOV"), str(VENV_BINARY)):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("checkov")


def load_suppressions(path: Path = CONFIG) -> dict[str, str]:
    """``{check_id: reason}`` from ``path``; a missing reason or another key is an error.

    The reason is the comment on the entry's line (YAML drops comments, so the lines are
    read directly); the ids are cross-checked against a YAML parse of the same file.
    """
    if not path.exists():
        return {}
    import yaml

    text = path.read_text()
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict) or set(data) - {"skip-check"}:
        raise ValueError(f"{path.name}: only a `skip-check:` list is allowed, found {sorted(data)}")
    ids = data.get("skip-check") or []
    found: dict[str, str] = {}
    for line in text.splitlines():
        match = _ENTRY.match(line)
        if not match:
            continue
        check_id, reason = match["id"], (match["reason"] or "").strip()
        if len(reason) < 20:
            raise ValueError(f"{path.name}: {check_id} needs a one-line reason as a comment "
                             "(`- CKV_AWS_1  # why this is acceptable`)")
        if check_id in found:
            raise ValueError(f"{path.name}: {check_id} is listed twice")
        found[check_id] = reason
    if sorted(found) != sorted(map(str, ids)):
        raise ValueError(f"{path.name}: write one `- CHECK_ID  # reason` per line under skip-check")
    return found


def run_checkov(stacks_dir: Path, *, binary: str | None = None) -> list[dict]:
    """One checkov run over every root folder below ``stacks_dir``; returns its JSON reports."""
    binary = binary or checkov_binary()
    if binary is None:
        raise FileNotFoundError("checkov is not installed: run scripts/setup (it makes .venv-checkov)")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BC_", "PRISMA_"))}
    env.update({"BC_SKIP_MAPPING": "TRUE", "CHECKOV_RUN_SCA_PACKAGE_SCAN_V2": "false",
                "LOG_LEVEL": "ERROR", "PYTHONWARNINGS": "ignore"})
    # checkov reads ./.checkov.yaml by itself, which would hide the suppressed checks from
    # the counts: it gets a config file of its own and runs from the output folder.
    with tempfile.TemporaryDirectory(prefix="checkov-") as tmp:
        config = Path(tmp) / "config.yaml"
        config.write_text("framework:\n  - terraform_json\n")
        proc = subprocess.run([binary, "--config-file", str(config), "--directory", str(stacks_dir.resolve()),
                               "--output", "json", "--compact", "--skip-download", "--soft-fail"],
                              capture_output=True, text=True, env=env, timeout=900, cwd=tmp)
    if proc.returncode != 0:
        raise RuntimeError(f"checkov failed ({proc.returncode}): {proc.stderr[-2000:]}")
    out = proc.stdout.strip()
    start = min([i for i in (out.find("["), out.find("{")) if i >= 0], default=-1)
    data = json.loads(out[start:]) if start >= 0 else []
    return data if isinstance(data, list) else [data]


def _root_of(file_path: str) -> str:
    parts = [p for p in Path(file_path).parts if p not in ("/", "\\")]
    return parts[-2] if len(parts) >= 2 else parts[0]


def classify(raw: list[dict], roots: list[str], suppressions: dict[str, str]) -> dict[str, RootReport]:
    """Per-root counts; failed checks listed in ``suppressions`` count as suppressed."""
    reports = {name: RootReport(name) for name in roots}
    for report in raw:
        results = report.get("results", {}) if isinstance(report, dict) else {}
        for check in results.get("passed_checks", []):
            root = _root_of(check["file_path"])
            reports.setdefault(root, RootReport(root)).passed += 1
        for check in results.get("failed_checks", []):
            root = _root_of(check["file_path"])
            finding = Finding(check["check_id"], check.get("check_name", ""), root, check.get("resource", ""))
            target = reports.setdefault(root, RootReport(root))
            (target.suppressed if finding.check_id in suppressions else target.failed).append(finding)
    return reports


def scan(outdir: Path, *, config: Path = CONFIG, binary: str | None = None) -> dict[str, RootReport]:
    roots = [r["name"] for r in json.loads((outdir / "roots.json").read_text())["roots"]]
    return classify(run_checkov(outdir / "stacks", binary=binary), roots, load_suppressions(config))


def unused_suppressions(reports: dict[str, RootReport], suppressions: dict[str, str]) -> list[str]:
    used = {f.check_id for r in reports.values() for f in r.suppressed}
    return sorted(set(suppressions) - used)


def format_report(reports: dict[str, RootReport]) -> str:
    width = max([len(n) for n in reports] + [4])
    lines = [f"{'root':{width}}  {'passed':>6}  {'failed':>6}  {'suppressed':>10}"]
    for name in sorted(reports):
        r = reports[name]
        lines.append(f"{name:{width}}  {r.passed:>6}  {len(r.failed):>6}  {len(r.suppressed):>10}")
        lines += [f"    FAILED {f.check_id} {f.resource}: {f.check_name}" for f in r.failed]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="checkov over every synthesized root, with .checkov.yaml")
    parser.add_argument("--out", type=Path, default=Path("cdktf.out"), help="synthesized output (default: cdktf.out)")
    args = parser.parse_args(argv)
    if not (args.out / "roots.json").exists():
        print(f"error: {args.out}/roots.json not found; run `python main.py` first", file=sys.stderr)
        return 2
    reports = scan(args.out)
    print(format_report(reports))
    return 1 if any(r.failed for r in reports.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
