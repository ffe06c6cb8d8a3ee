"""Run ``terraform init / validate / plan`` on synthesized roots with no cloud access.

Each root is copied into a work folder and given one override file
(``zz_offline_override.tf.json``, Terraform's standard override mechanism), which:

* swaps the S3 backend for a local state file, since the state bucket is unreachable;
* sets the provider's ``skip_*`` flags (credentials are fake) and clears
  ``allowed_account_ids``, which cannot be checked without an account lookup;
* for a root declaring ephemeral resources (a password drawn by
  ``aws_secretsmanager_random_password`` or read by ``aws_secretsmanager_secret_version``,
  opened at plan time too), points the provider's ``secretsmanager`` endpoint at a local
  stand-in (``atlas.harness.ephemeral``);
* points every ``terraform_remote_state`` read at a stub state holding the upstream
  root's published outputs. The stub is made by applying an outputs-only configuration
  whose values are the examples each output declares (``roots.json``); that needs no
  provider, so dependent roots are planned offline instead of being skipped.

A root that needs a provider the mirror does not hold (``mongey/kafka`` for the Kraken
kafka roots) cannot even be initialised without the registry, so it is reported as
UNAVAILABLE with the reason, not as FAILED, and not attempted; set
``ATLAS_HARNESS_USE_REGISTRY=1`` on a machine with registry access to plan it anyway. Such
a root is checked against the committed schema of each provider it lacks instead
(``schemas/<name>@<version>.json``, with ``atlas.schema_check``): it is reported as
``UNAVAILABLE (schema OK)`` when it passes, and FAILED (stage ``schema``) when it does not
or when no schema is committed for that provider.

The synthesized files themselves are never modified.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from atlas.harness.ephemeral import EphemeralApi, secret_keys_read
from atlas.harness.mirror import find_mirror, has_provider, write_cli_config
from atlas.schema_check import check_resources

OVERRIDE = "zz_offline_override.tf.json"
SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
STUB_DIR = "_upstream_stubs"
USE_REGISTRY_ENV = "ATLAS_HARNESS_USE_REGISTRY"


@dataclass
class PlanResult:
    root: str
    status: str = "OK"  # OK | FAILED | UNAVAILABLE (a provider that cannot be installed here)
    stage: str = ""
    planned: int = 0
    seconds: float = 0.0
    error: str = ""
    actions: dict[str, int] = field(default_factory=dict)
    schema: str = ""  # UNAVAILABLE: "OK" once checked against the committed provider schemas
    schema_files: list[str] = field(default_factory=list)  # the schemas checked (file names)
    # Rollout steps (atlas.rollout): step number -> the planned values of every resource the
    # first apply at that step creates, by address. Planned from the same empty state.
    steps: dict[int, dict[str, dict]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "OK" or (self.status == "UNAVAILABLE" and self.schema == "OK")

    @property
    def label(self) -> str:
        """The status as reported: ``UNAVAILABLE (schema OK)`` for a root checked by schema."""
        return f"{self.status} (schema {self.schema})" if self.status == "UNAVAILABLE" and self.schema else self.status


def terraform_binary() -> str | None:
    return shutil.which(os.environ.get("TERRAFORM", "terraform"))


def terraform_env(cli_config: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update({
        "TF_CLI_CONFIG_FILE": str(cli_config), "TF_IN_AUTOMATION": "1", "TF_INPUT": "0",
        "CHECKPOINT_DISABLE": "1",
        # Fake, obviously-not-real credentials: the provider needs some, and nothing calls AWS.
        "AWS_ACCESS_KEY_ID": "AKIAOFFLINEPLAN00000", "AWS_SECRET_ACCESS_KEY": "offline-plan-not-a-secret",
        "AWS_EC2_METADATA_DISABLED": "true",
    })
    return env


def _run(args: Sequence[str], cwd: Path, env: dict[str, str], timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run([terraform_binary() or "terraform", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


def _error_text(proc: subprocess.CompletedProcess) -> str:
    text = (proc.stderr or "") + (proc.stdout or "")
    lines = [line for line in text.splitlines() if line.strip()]
    start = next((i for i, line in enumerate(lines) if "Error" in line), max(len(lines) - 20, 0))
    return "\n".join(lines[start:start + 30])


def make_stub_state(upstream: dict, stub_root: Path, env: dict[str, str]) -> Path:
    """Applies an outputs-only configuration holding ``upstream``'s example outputs."""
    folder = stub_root / upstream["name"]
    folder.mkdir(parents=True, exist_ok=True)
    outputs = {name: {"value": spec["example"], "sensitive": bool(spec.get("sensitive"))}
               for name, spec in sorted(upstream["outputs"].items())}
    (folder / "main.tf.json").write_text(json.dumps({"output": outputs}, indent=2, sort_keys=True))
    for args in (["init", "-input=false", "-no-color"], ["apply", "-auto-approve", "-input=false", "-no-color"]):
        proc = _run(args, folder, env)
        if proc.returncode != 0:
            raise RuntimeError(f"stub state for {upstream['name']} failed: {_error_text(proc)}")
    return folder / "terraform.tfstate"


def write_override(doc: dict, folder: Path, stubs: dict[str, Path], key_to_root: dict[str, str],
                   ephemeral_api: str | None = None) -> None:
    override: dict = {
        "terraform": {"backend": {"local": {"path": "terraform.tfstate"}}},
        "provider": {"aws": {"allowed_account_ids": [], "skip_credentials_validation": True,
                             "skip_requesting_account_id": True, "skip_metadata_api_check": True,
                             "skip_region_validation": True}},
    }
    if ephemeral_api and doc.get("ephemeral"):
        override["provider"]["aws"]["endpoints"] = [{"secretsmanager": ephemeral_api}]
    reads = doc.get("data", {}).get("terraform_remote_state", {})
    for name, block in sorted(reads.items()):
        config = block.get("config", {})
        upstream = key_to_root.get(config.get("key", "")) or Path(config.get("path", "")).parent.name
        if upstream not in stubs:
            raise RuntimeError(f"remote state {name} reads {upstream or config}, which is not a synthesized root")
        override.setdefault("data", {}).setdefault("terraform_remote_state", {})[name] = {
            "backend": "local", "config": {"path": str(stubs[upstream])}}
    if "aws" not in doc.get("provider", {}):
        del override["provider"]
    (folder / OVERRIDE).write_text(json.dumps(override, indent=2, sort_keys=True))


def provider_address(source: str) -> str:
    """``aws`` -> ``registry.terraform.io/hashicorp/aws``; ``mongey/kafka`` -> ``registry.terraform.io/mongey/kafka``."""
    parts = source.lower().split("/")
    if len(parts) == 1:
        parts = ["hashicorp"] + parts
    if len(parts) == 2:
        parts = ["registry.terraform.io"] + parts
    return "/".join(parts)


def required_providers(doc: dict) -> list[tuple[str, str]]:
    """``(address, version)`` of every provider in the root's ``required_providers``."""
    found = []
    for spec in sorted((doc.get("terraform", {}).get("required_providers") or {}).values(), key=str):
        source = spec.get("source", "") if isinstance(spec, dict) else str(spec)
        version = spec.get("version", "") if isinstance(spec, dict) else ""
        found.append((provider_address(source), version))
    return found


def _not_in_mirror(doc: dict, mirror: Path | None) -> list[tuple[str, str]]:
    return [(address, version) for address, version in required_providers(doc)
            if mirror is None or not has_provider(mirror, address, version)]


def providers_not_in_mirror(doc: dict, mirror: Path | None) -> list[str]:
    """``"<address> <version>"`` of every required provider the offline mirror cannot supply."""
    return [f"{address} {version}".strip() for address, version in _not_in_mirror(doc, mirror)]


def schema_file(address: str, version: str, schemas: Path = SCHEMAS) -> Path:
    """``schemas/<name>@<version>.json``: the name ``make gen`` gives a provider's schema
    (the cache key of ``cdktf get``, each part URI-encoded)."""
    name = address.rsplit("/", 1)[-1]
    return schemas / f"{urllib.parse.quote(name, safe='')}@{urllib.parse.quote(version, safe='')}.json"


def check_schemas(result: PlanResult, doc: dict, providers: Sequence[tuple[str, str]],
                  schemas: Path = SCHEMAS) -> PlanResult:
    """Checks an UNAVAILABLE root against the committed schema of each provider it lacks:
    ``result.schema`` becomes "OK", or the result FAILED at stage ``schema`` listing the
    problems (a provider without a committed schema is one)."""
    problems = []
    for address, version in providers:
        path = schema_file(address, version, schemas)
        if not path.exists():
            problems.append(f"no committed schema {path} for provider {address} {version}: the root "
                            "cannot be checked without it (see `make gen`)")
            continue
        result.schema_files.append(path.name)
        problems += check_resources(doc, json.loads(path.read_text()), address)
    if problems:
        result.status, result.stage, result.schema = "FAILED", "schema", "FAILED"
        result.error += "\nIt fails the committed provider schema:\n" + "\n".join(problems)
    else:
        result.schema = "OK"
    return result


def _unavailable(name: str, missing: Sequence[str], mirror: Path | None) -> PlanResult:
    where = f"the offline provider mirror ({mirror})" if mirror else "any offline provider mirror"
    return PlanResult(name, status="UNAVAILABLE", stage="init", error=(
        f"needs provider {', '.join(missing)}, which is not in {where}; terraform init cannot install it "
        f"without the Terraform registry, so this root was not planned (set {USE_REGISTRY_ENV}=1 where the "
        "registry is reachable). Its resources are checked against the committed provider schema instead."))


def _plan_one(name: str, folder: Path, env: dict[str, str], rollout: Sequence[dict] = ()) -> PlanResult:
    result = PlanResult(name)
    started = time.perf_counter()
    steps = [("init", ["init", "-input=false", "-no-color"]), ("validate", ["validate", "-no-color"]),
             ("plan", ["plan", "-input=false", "-no-color", "-lock=false", "-out=plan.bin"])]
    for stage, args in steps:
        proc = _run(args, folder, env)
        if proc.returncode != 0:
            result.stage, result.error = stage, _error_text(proc)
            unreachable = "Failed to query available provider packages" in proc.stderr or \
                          "could not connect to registry" in proc.stderr
            result.status = "UNAVAILABLE" if stage == "init" and unreachable else "FAILED"
            result.seconds = time.perf_counter() - started
            return result
    shown = _run(["show", "-json", "plan.bin"], folder, env)
    plan = json.loads(shown.stdout)
    for change in plan.get("resource_changes", []):
        if change.get("mode") != "managed":
            continue
        action = "-".join(change["change"]["actions"])
        result.actions[action] = result.actions.get(action, 0) + 1
    result.planned = sum(n for a, n in result.actions.items() if a != "no-op")
    for step in rollout:  # the first apply of a new environment runs these before the steady one
        number = step["step"]
        args = ["plan", "-input=false", "-no-color", "-lock=false", f"-var=rollout_step={number}",
                f"-out=step{number}.bin"]
        proc = _run(args, folder, env)
        if proc.returncode != 0:
            result.stage, result.error, result.status = f"plan step {number}", _error_text(proc), "FAILED"
            break
        shown = json.loads(_run(["show", "-json", f"step{number}.bin"], folder, env).stdout)
        result.steps[number] = {c["address"]: c["change"].get("after") or {}
                                for c in shown.get("resource_changes", []) if c.get("mode") == "managed"}
    result.seconds = time.perf_counter() - started
    return result


def plan_roots(outdir: Path, names: Sequence[str] = (), *, workdir: Path | None = None,
               jobs: int | None = None, schemas: Path = SCHEMAS) -> list[PlanResult]:
    """Plans the roots of a synthesized ``outdir`` (all, or ``names``) offline; a root needing
    a provider the mirror lacks is checked against ``schemas`` instead; see module doc."""
    if terraform_binary() is None:
        raise FileNotFoundError("terraform is not on PATH")
    manifest = json.loads((outdir / "roots.json").read_text())["roots"]
    by_name = {r["name"]: r for r in manifest}
    selected = list(names) or sorted(by_name)
    unknown = [n for n in selected if n not in by_name]
    if unknown:
        raise KeyError(f"not synthesized in {outdir}: {', '.join(unknown)}")
    workdir = (workdir or outdir.parent / ".build" / "harness").resolve()
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    mirror = find_mirror()
    env = terraform_env(write_cli_config(workdir / "terraformrc", mirror))
    use_registry = os.environ.get(USE_REGISTRY_ENV, "") not in ("", "0")

    upstreams = sorted({u for n in selected for u in by_name[n]["reads"]})
    stubs = {u: make_stub_state(by_name[u], workdir / STUB_DIR, env) for u in upstreams if u in by_name}
    key_to_root = {r["state_key"]: r["name"] for r in manifest}
    docs = [json.loads((outdir / "stacks" / n / "cdk.tf.json").read_text()) for n in selected]
    with EphemeralApi(secret_keys_read(docs)) as ephemeral_api:
        return _plan_selected(outdir, selected, by_name, workdir, mirror, env, use_registry, stubs, key_to_root,
                              schemas, jobs, ephemeral_api)


def _plan_selected(outdir: Path, selected: list[str], by_name: dict, workdir: Path, mirror: Path | None,
                   env: dict[str, str], use_registry: bool, stubs: dict[str, Path], key_to_root: dict[str, str],
                   schemas: Path, jobs: int | None, ephemeral_api: str) -> list[PlanResult]:
    folders = {}
    unavailable: dict[str, PlanResult] = {}
    for name in selected:
        doc = json.loads((outdir / "stacks" / name / "cdk.tf.json").read_text())
        missing = [] if use_registry else _not_in_mirror(doc, mirror)
        if missing and mirror is not None:
            result = _unavailable(name, [f"{a} {v}".strip() for a, v in missing], mirror)
            unavailable[name] = check_schemas(result, doc, missing, schemas)
            continue
        folder = workdir / name
        shutil.copytree(outdir / "stacks" / name, folder)
        write_override(doc, folder, stubs, key_to_root, ephemeral_api)
        folders[name] = folder
    # The provider binary is ~600 MB of resident memory per plan; two at a time per core pair.
    workers = jobs or max(1, min(len(folders) or 1, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        planned = dict(zip(folders, pool.map(lambda n: _plan_one(n, folders[n], env, by_name[n].get("rollout", ())),
                                             list(folders))))
    return [unavailable.get(n) or planned[n] for n in selected]


def format_report(results: Sequence[PlanResult]) -> str:
    width = max([len(r.root) for r in results] + [4])
    status = max([len(r.label) for r in results] + [11])
    lines = [f"{'root':{width}}  {'status':{status}}  {'planned':>7}  {'seconds':>7}"]
    for r in results:
        lines.append(f"{r.root:{width}}  {r.label:{status}}  {r.planned:>7}  {r.seconds:>7.1f}")
        if not r.ok:
            lines += [f"    {r.stage}: {line}" for line in r.error.splitlines()]
        elif r.schema_files:
            lines.append(f"    not planned (a provider is not in the offline mirror); passes {', '.join(r.schema_files)}")
    return "\n".join(lines)
