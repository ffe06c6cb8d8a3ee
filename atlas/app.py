"""Discover environment files, validate them all, then synthesize the chosen roots.

Everything that can be wrong with the input is found before anything is written; the app
synthesizes into a fresh folder beside the output folder and swaps it in only on success,
so a failed run leaves the previous output exactly as it was.
"""

from __future__ import annotations

import fnmatch
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from atlas.config import ConfigError, Problem, load_settings
from atlas.stacks.registry import Platform, RootSpec

ENV_SUFFIX = ".tfvars"
MANIFEST = "roots.json"


def platforms() -> dict[str, Platform]:
    from atlas.stacks import atlas as atlas_platform
    from atlas.stacks import kraken as kraken_platform

    found = [atlas_platform.PLATFORM, kraken_platform.PLATFORM]
    return {p.name: p for p in found}


@dataclass(frozen=True)
class Environment:
    platform: Platform
    name: str
    source: str
    settings: Any


def load_environments(env_dir: Path) -> list[Environment]:
    """Loads every ``<platform>/<env>.tfvars``; raises one ConfigError listing all problems."""
    known = platforms()
    problems: list[Problem] = []
    loaded: list[Environment] = []
    if not env_dir.is_dir():
        raise ConfigError([Problem(str(env_dir), "", "is not a folder of environment files")])
    for platform_dir in sorted(p for p in env_dir.iterdir() if p.is_dir()):
        platform = known.get(platform_dir.name)
        if platform is None:
            problems.append(Problem(_display(platform_dir), "", "is not a known platform folder; expected one of "
                                    + ", ".join(sorted(known))))
            continue
        for path in sorted(platform_dir.glob(f"*{ENV_SUFFIX}")):
            shown = _display(path)
            try:
                settings = load_settings(path, platform.settings, shown)
            except ConfigError as err:
                problems.extend(err.problems)
                continue
            loaded.append(Environment(platform, path.name[: -len(ENV_SUFFIX)], shown, settings))
    for platform in known.values():
        envs = [e for e in loaded if e.platform is platform]
        problems.extend(platform.cross_checks({e.name: e.settings for e in envs}, {e.name: e.source for e in envs}))
    if problems:
        raise ConfigError(problems)
    return loaded


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def plan_roots(environments: Sequence[Environment], patterns: Sequence[str] = ()) -> list[RootSpec]:
    """Every root of every environment, filtered by names or shell globs."""
    specs: list[RootSpec] = []
    for env in environments:
        try:
            specs.extend(env.platform.roots(env.name, env.settings))
        except ValueError as err:  # e.g. an environment file name that is no valid root name
            raise ConfigError([Problem(env.source, "", str(err))]) from None
    if not patterns:
        return specs
    unmatched = [p for p in patterns if not any(fnmatch.fnmatchcase(s.root.name, p) for s in specs)]
    if unmatched:
        raise ConfigError([Problem("command line", p, "matches no root; see --list") for p in unmatched])
    return [s for s in specs if any(fnmatch.fnmatchcase(s.root.name, p) for p in patterns)]


@dataclass(frozen=True)
class RootEntry:
    """One root of the graph: its spec and the roots whose state it reads."""

    spec: RootSpec
    depends_on: tuple[str, ...]


def root_graph(specs: Sequence[RootSpec]) -> list[RootEntry]:
    """The roots in dependency order (upstream first, then by name), with their edges.

    The edges are the remote-state reads each root's composition makes, so the roots are
    built (not synthesized) to find them: nothing lists a dependency by hand.
    """
    from atlas.cdk import App

    app = App(outdir=tempfile.mkdtemp(prefix="atlas-graph-"))
    try:
        edges = {spec.root.name: tuple(spec.build(app, False).depends_on) for spec in specs}
    finally:
        shutil.rmtree(app.outdir, ignore_errors=True)
    by_name = {spec.root.name: spec for spec in specs}
    ordered: list[RootEntry] = []
    done: set[str] = set()
    pending = sorted(by_name)
    while pending:
        ready = [n for n in pending if all(d in done or d not in by_name for d in edges[n])]
        if not ready:
            raise ValueError("the roots read each other in a cycle: " + ", ".join(pending))
        for name in ready:
            ordered.append(RootEntry(by_name[name], edges[name]))
            done.add(name)
        pending = [n for n in pending if n not in done]
    return ordered


@dataclass(frozen=True)
class RootResult:
    name: str
    resources: int
    folder: str
    seconds: float  # building the root's constructs; writing JSON is one shared step


def synthesize(specs: Sequence[RootSpec], outdir: Path, *, local_backend: bool = False) -> list[RootResult]:
    """Builds and synthesizes ``specs`` in one App, then swaps the result into ``outdir``."""
    from atlas.cdk import App

    outdir = outdir.resolve()
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", dir=outdir.parent))
    try:
        app = App(outdir=str(staging))
        built = []
        for spec in specs:
            started = time.perf_counter()
            stack = spec.build(app, local_backend)
            built.append((spec, stack, time.perf_counter() - started))
        app.synth()
        results = []
        manifest = []
        for spec, stack, seconds in built:
            name = spec.root.name
            doc = json.loads((staging / "stacks" / name / "cdk.tf.json").read_text())
            count = sum(len(v) for v in doc.get("resource", {}).values())
            results.append(RootResult(name, count, str(outdir / "stacks" / name), seconds))
            manifest.append({
                "name": name, "platform": spec.root.platform, "environment": spec.root.env,
                "layer": spec.root.layer, "environment_class": stack.settings.environment_class,
                "state_key": spec.root.state_key,
                "depends_on": stack.depends_on, "resources": count,
                "outputs": stack.contract_entry(),
                "reads": {k: sorted(v) for k, v in sorted(stack.reads.items())},
            })
        (staging / MANIFEST).write_text(json.dumps({"roots": manifest}, indent=2, sort_keys=True) + "\n")
        refusals = output_problems(staging, [spec.root.name for spec, _, _ in built])
        if refusals:
            raise OutputRefused(refusals)
        _swap_in(staging, outdir)
        return results
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


class OutputRefused(Exception):
    """The synthesized roots break a rule of the output (a secret literal, say); nothing was
    written. ``problems`` are ``<root>: <where>: <what>`` lines."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


def output_problems(staged: Path, names: Sequence[str]) -> list[str]:
    """What the staged output may not contain, found before it replaces the previous output:
    the secrets scan (no credential literal in any root), then the rules of ``atlas.rules``
    (``<root>: <address>: <rule>: <fix>``)."""
    from atlas import rules, secrets_scan

    problems = []
    docs = {}
    for name in names:
        docs[name] = doc = json.loads((staged / "stacks" / name / "cdk.tf.json").read_text())
        problems += [f"{name}: {finding}" for finding in secrets_scan.scan(doc)]
    return problems + [str(violation) for violation in rules.run(docs)]


def _swap_in(new: Path, outdir: Path) -> None:
    old = None
    if outdir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.old.", dir=outdir.parent))
        os.replace(outdir, old / "previous")
    os.replace(new, outdir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
