"""Gate 1: checkov over every synthesized root, with committed and reasoned suppressions.

    python -m tests.gates.checkov [--out cdktf.out]     # after `python main.py`

checkov runs once over ``<out>/stacks`` (``--framework terraform_json``), offline
(``BC_SKIP_MAPPING=TRUE``, no API key, ``--skip-download``). It runs without ``--quiet``,
which would drop the passed checks the report counts. Every check that fails is
either fixed in a construct or listed in ``.checkov.yaml`` at the project root::

    skip-check:
      - CKV_AWS_123  # why this is acceptable, in one line a security reviewer would accept

``.checkov.yaml`` holds only the checks that are acceptable in *every* root. A check whose
acceptability depends on the environment (Multi-AZ, deletion protection, public brokers,
log retention) or on one resource (the log-target buckets, the HTTP->HTTPS redirect rule)
goes to ``.checkov-scoped.yaml`` instead, limited to named roots and/or resource addresses::

    scoped:
      - check: CKV_AWS_157
        roots: [atlas-staging, kraken-dev-infra]        # omitted: any root
        resources: [aws_db_instance.camunda_db_instance]  # omitted: any resource of those roots
        reason: one line a security reviewer would accept

so the same check failing in a production root, or on another resource, still fails the
gate. checkov's own ``skip-check`` cannot be scoped by root (and inline ``checkov:skip``
comments are not read for JSON), which is why the scoping is done here: checkov is run
*without* any suppression and every failed check is classified afterwards, so the report
can count suppressions per root (a skipped check would vanish from checkov's output) and a
suppression, or a root or resource named by a scoped one, that no longer matches anything
is noticed as stale.

checkov lives in its own virtualenv (``.venv-checkov``, made by ``scripts/setup``): it
depends on ``bc-python-hcl2``, which installs a module named ``hcl2`` over the
``python-hcl2`` 8.x the config loader uses, and it pins ``packaging<24``, which pytest 9
cannot use. Running it as a separate program keeps both sides intact.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from atlas import rollout

PROJECT = Path(__file__).resolve().parents[2]
CONFIG = PROJECT / ".checkov.yaml"
SCOPED = PROJECT / ".checkov-scoped.yaml"
VENV_BINARY = PROJECT / ".venv-checkov" / "bin" / "checkov"

_ENTRY = re.compile(r"^\s*-\s*(?P<id>[A-Z][A-Z0-9_]+)\s*(?:#\s*(?P<reason>.*?))?\s*$")
_CHECK_ID = re.compile(r"^CKV2?_[A-Z0-9]+_[0-9]+$")
_ADDRESS = re.compile(r"^[a-z0-9_*]+\.[A-Za-z0-9_*-]+$")


@dataclass(frozen=True)
class Finding:
    check_id: str
    check_name: str
    root: str
    resource: str  # the resource address, type.name, as in the root's JSON


@dataclass(frozen=True)
class ScopedSuppression:
    """A check accepted only in ``roots`` (empty: any root) on ``resources`` (empty: any).

    Names may be shell patterns (``bootstrap-*``, ``aws_s3_bucket.*_access_logs_bucket``), for
    roots the app derives (one per account) whose addresses follow from their settings."""

    check_id: str
    reason: str
    roots: frozenset[str] = frozenset()
    resources: frozenset[str] = frozenset()

    def matches(self, finding: Finding) -> bool:
        return (finding.check_id == self.check_id
                and (not self.roots or _any_match(finding.root, self.roots))
                and (not self.resources or _any_match(finding.resource, self.resources)))


def _any_match(name: str, patterns: frozenset[str]) -> bool:
    return name in patterns or any(fnmatch.fnmatchcase(name, p) for p in patterns)


@dataclass(frozen=True)
class Suppressions:
    global_: dict[str, str] = field(default_factory=dict)  # {check_id: reason}
    scoped: tuple[ScopedSuppression, ...] = ()

    def match(self, finding: Finding) -> str | ScopedSuppression | None:
        """The suppression that accepts ``finding``: its check id if global, else the scoped entry."""
        if finding.check_id in self.global_:
            return finding.check_id
        return next((entry for entry in self.scoped if entry.matches(finding)), None)


@dataclass
class RootReport:
    root: str
    passed: int = 0
    failed: list[Finding] = field(default_factory=list)      # not suppressed: the gate fails
    suppressed: list[Finding] = field(default_factory=list)  # failed, but accepted by a suppression
    scoped: list[Finding] = field(default_factory=list)      # the part of `suppressed` a scoped entry accepted
    passed_checks: set[tuple[str, str]] = field(default_factory=set)  # (check_id, resource)


def is_production(entry: dict) -> bool:
    """Whether a ``roots.json`` entry is a production root."""
    return entry["environment_class"] == "production"


# The checks that enforce each requirement of an environment class (the fields of
# ``ClassRules`` in atlas/config/common.py), with the resource type each applies to. A root
# whose class turns a requirement on must pass these checks on every such resource, and no
# scoped suppression may accept them there: the settings checks and this gate read the
# same table.
CLASS_CHECKS: dict[str, tuple[tuple[str, str], ...]] = {
    "multi_az": (("CKV_AWS_157", "aws_db_instance"), ("CKV2_AWS_50", "aws_elasticache_replication_group")),
    "deletion_protection": (("CKV_AWS_293", "aws_db_instance"), ("CKV_AWS_150", "aws_lb")),
    # Required where the class does NOT allow public endpoints.
    "public_endpoints": (("CKV_AWS_291", "aws_msk_cluster"),),
}


def required_checks(entry: dict) -> dict[str, str]:
    """``{check_id: resource type}`` a root must pass because of its environment class."""
    from atlas.config.common import ENVIRONMENT_CLASSES

    rules = ENVIRONMENT_CLASSES[entry["environment_class"]]
    wanted = {"multi_az": rules.multi_az, "deletion_protection": rules.deletion_protection,
              "public_endpoints": not rules.public_endpoints}
    return {check: rtype for rule, on in wanted.items() if on for check, rtype in CLASS_CHECKS[rule]}


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


def load_scoped(path: Path = SCOPED, *, global_ids: frozenset[str] = frozenset()) -> tuple[ScopedSuppression, ...]:
    """The ``scoped:`` entries of ``path``; every malformed entry is an error naming the fix."""
    if not path.exists():
        return ()
    import yaml

    data = yaml.safe_load(path.read_text()) or {}
    if not isinstance(data, dict) or set(data) - {"scoped"}:
        raise ValueError(f"{path.name}: only a `scoped:` list is allowed, found {sorted(data)}")
    entries: list[ScopedSuppression] = []
    for i, raw in enumerate(data.get("scoped") or []):
        where = f"{path.name}: scoped[{i}]"
        if not isinstance(raw, dict) or set(raw) - {"check", "roots", "resources", "reason"}:
            raise ValueError(f"{where}: write `check`, `roots` and/or `resources`, and `reason` only")
        check_id, reason = str(raw.get("check", "")), raw.get("reason")
        if not _CHECK_ID.match(check_id):
            raise ValueError(f"{where}: `check` must be a checkov id such as CKV_AWS_157, got {check_id!r}")
        where = f"{path.name}: {check_id}"
        if not isinstance(reason, str) or "\n" in reason.strip() or len(reason.strip()) < 20:
            raise ValueError(f"{where} needs a one-line `reason` a security reviewer would accept")
        lists = {}
        for key in ("roots", "resources"):
            value = raw.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise ValueError(f"{where}: `{key}` must be a list of names")
            if len(set(value)) != len(value):
                raise ValueError(f"{where}: `{key}` lists a name twice")
            lists[key] = frozenset(value)
        if not lists["roots"] and not lists["resources"]:
            raise ValueError(f"{where}: name `roots` and/or `resources` (a check accepted everywhere "
                             "belongs in .checkov.yaml)")
        bad = sorted(r for r in lists["resources"] if not _ADDRESS.match(r))
        if bad:
            raise ValueError(f"{where}: resources are addresses `type.name`, got {bad}")
        if check_id in global_ids:
            raise ValueError(f"{where} is also suppressed globally in .checkov.yaml; keep one of the two")
        entries.append(ScopedSuppression(check_id, reason.strip(), lists["roots"], lists["resources"]))
    return tuple(entries)


def load_all(config: Path = CONFIG, scoped: Path = SCOPED) -> Suppressions:
    global_ = load_suppressions(config)
    return Suppressions(global_, load_scoped(scoped, global_ids=frozenset(global_)))


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
        scanned = _scannable_copy(stacks_dir, Path(tmp) / "stacks")
        proc = subprocess.run([binary, "--config-file", str(config), "--directory", str(scanned),
                               "--output", "json", "--compact", "--skip-download", "--soft-fail"],
                              capture_output=True, text=True, env=env, timeout=900, cwd=tmp)
    if proc.returncode != 0:
        raise RuntimeError(f"checkov failed ({proc.returncode}): {proc.stderr[-2000:]}")
    out = proc.stdout.strip()
    start = min([i for i in (out.find("["), out.find("{")) if i >= 0], default=-1)
    data = json.loads(out[start:]) if start >= 0 else []
    data = data if isinstance(data, list) else [data]
    unparsed = sorted({_root_of(f) for r in data if isinstance(r, dict)
                       for f in r.get("results", {}).get("parsing_errors", [])})
    if unparsed:
        # A root checkov cannot read is a root it did not scan: never a pass.
        raise RuntimeError(f"checkov could not parse {', '.join(unparsed)}")
    return data


def _scannable_copy(stacks_dir: Path, target: Path) -> Path:
    """The roots as checkov 3.3's ``terraform_json`` parser can read them: without the
    top-level ``moved`` and ``import`` blocks (lists, which its parser refuses) and without
    ``terraform.required_version`` (a root carrying it is reported as a parsing error); none
    carries a setting a check looks at. Values staged by a rollout step (atlas.rollout) are
    scanned as the steady state has them: checkov cannot evaluate the conditional, and would
    pass a public MSK endpoint it cannot read. Folder names, and so root names, stay as they are."""
    for doc_path in sorted(stacks_dir.resolve().glob("*/cdk.tf.json")):
        doc = json.loads(doc_path.read_text())
        steady = doc.get("variable", {}).get(rollout.VARIABLE, {}).get("default")
        if steady is not None:
            doc = _at_step(doc, steady)
        doc.pop("moved", None)
        doc.pop("import", None)  # an adopted environment's (existing_resources)
        doc.get("terraform", {}).pop("required_version", None)
        folder = target / doc_path.parent.name
        folder.mkdir(parents=True)
        (folder / "cdk.tf.json").write_text(json.dumps(doc))
    return target


def _at_step(node, step: int):
    if isinstance(node, dict):
        return {k: _at_step(v, step) for k, v in node.items()}
    if isinstance(node, list):
        return [_at_step(v, step) for v in node]
    return rollout.value_at(node, step)


def _root_of(file_path: str) -> str:
    parts = [p for p in Path(file_path).parts if p not in ("/", "\\")]
    return parts[-2] if len(parts) >= 2 else parts[0]


def resource_types(doc: dict) -> dict[str, list[str]]:
    """``{name: [type, ...]}`` of a root's JSON, to turn checkov's names back into addresses."""
    found: dict[str, list[str]] = {}
    for rtype, by_name in (doc.get("resource") or {}).items():
        for name in by_name:
            found.setdefault(name, []).append(rtype)
    return found


def _address(resource: str, types: dict[str, list[str]] | None) -> str:
    """checkov names a resource ``type.name`` in graph checks but ``resource.name`` in the
    per-resource checks of ``terraform_json``; the root's JSON gives the type back. A name
    two types share is left as checkov gave it, so no scoped entry can match it by accident."""
    kind, _, name = resource.partition(".")
    if kind == "resource" and types is not None and len(types.get(name, [])) == 1:
        return f"{types[name][0]}.{name}"
    return resource


def classify(raw: list[dict], roots: list[str], suppressions: Suppressions | dict[str, str],
             types: dict[str, dict[str, list[str]]] | None = None) -> dict[str, RootReport]:
    """Per-root counts; a failed check a suppression accepts counts as suppressed.

    ``types`` maps each root to :func:`resource_types` of its JSON (for resource addresses).
    """
    if not isinstance(suppressions, Suppressions):
        suppressions = Suppressions(dict(suppressions))
    types = types or {}
    reports = {name: RootReport(name) for name in roots}
    for report in raw:
        results = report.get("results", {}) if isinstance(report, dict) else {}
        for check in results.get("passed_checks", []):
            root = _root_of(check["file_path"])
            target = reports.setdefault(root, RootReport(root))
            target.passed += 1
            target.passed_checks.add((check["check_id"], _address(check.get("resource", ""), types.get(root))))
        for check in results.get("failed_checks", []):
            root = _root_of(check["file_path"])
            finding = Finding(check["check_id"], check.get("check_name", ""), root,
                              _address(check.get("resource", ""), types.get(root)))
            target = reports.setdefault(root, RootReport(root))
            accepted = suppressions.match(finding)
            (target.failed if accepted is None else target.suppressed).append(finding)
            if isinstance(accepted, ScopedSuppression):
                target.scoped.append(finding)
    return reports


def scan(outdir: Path, *, config: Path = CONFIG, scoped: Path = SCOPED,
         binary: str | None = None) -> dict[str, RootReport]:
    roots = [r["name"] for r in json.loads((outdir / "roots.json").read_text())["roots"]]
    types = {}
    for name in roots:
        doc_path = outdir / "stacks" / name / "cdk.tf.json"
        if doc_path.exists():
            types[name] = resource_types(json.loads(doc_path.read_text()))
    return classify(run_checkov(outdir / "stacks", binary=binary), roots, load_all(config, scoped), types)


def unused_suppressions(reports: dict[str, RootReport], suppressions: Suppressions | dict[str, str]) -> list[str]:
    """Suppressions that accept nothing any more: a global id, or a scoped entry, or a root or
    resource a scoped entry names that none of its findings come from (the scope is too wide)."""
    if not isinstance(suppressions, Suppressions):
        suppressions = Suppressions(dict(suppressions))
    findings = [f for r in reports.values() for f in r.suppressed]
    stale = sorted(set(suppressions.global_) - {f.check_id for f in findings})
    for entry in suppressions.scoped:
        hits = [f for f in findings if suppressions.match(f) is entry]
        if not hits:
            stale.append(f"{entry.check_id} (scoped: matches no failed check)")
            continue
        stale += [f"{entry.check_id} root {root} (passes there)"
                  for root in sorted(entry.roots) if not any(_any_match(f.root, frozenset([root])) for f in hits)]
        stale += [f"{entry.check_id} resource {res} (passes, or is gone)"
                  for res in sorted(entry.resources)
                  if not any(_any_match(f.resource, frozenset([res])) for f in hits)]
    return stale


def format_report(reports: dict[str, RootReport]) -> str:
    width = max([len(n) for n in reports] + [4])
    lines = [f"{'root':{width}}  {'passed':>6}  {'failed':>6}  {'suppressed':>10}  {'(scoped)':>8}"]
    for name in sorted(reports):
        r = reports[name]
        lines.append(f"{name:{width}}  {r.passed:>6}  {len(r.failed):>6}  {len(r.suppressed):>10}  {len(r.scoped):>8}")
        lines += [f"    FAILED {f.check_id} {f.resource}: {f.check_name}" for f in r.failed]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="checkov over every synthesized root, with .checkov.yaml "
                                                 "and .checkov-scoped.yaml")
    parser.add_argument("--out", type=Path, default=Path("cdktf.out"), help="synthesized output (default: cdktf.out)")
    args = parser.parse_args(argv)
    if not (args.out / "roots.json").exists():
        print(f"error: {args.out}/roots.json not found; run `python main.py` first", file=sys.stderr)
        return 2
    try:
        reports = scan(args.out)
    except FileNotFoundError as missing:  # no checkov: the gate fails, it does not skip
        print(f"error: {missing}", file=sys.stderr)
        return 2
    print(format_report(reports))
    stale = unused_suppressions(reports, load_all())
    for item in stale:
        print(f"STALE suppression: {item}")
    return 1 if stale or any(r.failed for r in reports.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
