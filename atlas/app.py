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
import stat
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Mapping, Sequence

from atlas.config import ConfigError, Problem, load_settings
from atlas.config.errors import UnbuildableSettings
from atlas.config.loader import file_kind
from atlas.naming import KINDS, SCOPES, check as check_names
from atlas.stacks.registry import Platform, RootSpec

ENV_SUFFIX = ".tfvars"
MANIFEST = "roots.json"


def platforms() -> dict[str, Platform]:
    from atlas.stacks import atlas as atlas_platform
    from atlas.stacks import edp as edp_platform
    from atlas.stacks import kraken as kraken_platform
    from atlas.stacks import platform_events
    from atlas.stacks import spacelift as spacelift_settings

    found = [atlas_platform.PLATFORM, kraken_platform.PLATFORM, platform_events.PLATFORM, edp_platform.PLATFORM,
             spacelift_settings.PLATFORM]
    return {p.name: p for p in found}


@dataclass(frozen=True)
class Environment:
    platform: Platform
    name: str
    source: str
    settings: Any
    path: Path | None = None  # the file it was loaded from


def load_environments(env_dir: Path) -> list[Environment]:
    """Loads every ``<platform>/<env>.tfvars``; raises one ConfigError listing all problems.

    Nothing in the folder is dropped silently: besides hidden entries (a leading ``.``, e.g.
    an editor's swap file), every entry must be a platform folder, and every entry of a
    platform folder an environment file (``<env>.tfvars``, a regular file). A near miss
    (``prod.tfvar``, ``prod.TFVARS``, ``prod.tfvars.bak``) is refused, not skipped.
    """
    known = platforms()
    problems: list[Problem] = []
    loaded: list[Environment] = []
    unloaded: dict[str, dict[str, str]] = {}  # platform -> {env: source} of files that failed
    mode = _mode(env_dir)
    if mode is None or not stat.S_ISDIR(mode):
        raise ConfigError([Problem("command line", "--environments", f"{env_dir} is not a folder of "
                                   "environment files" + ("" if mode is None else f" (it is {file_kind(mode)})"))])
    entries = _listing(env_dir, problems)
    if not any(p.name in known for p in entries) and any(_is_env_name(p.name) for p in entries):
        # --environments names a platform folder: one level too deep.
        raise ConfigError([Problem("command line", "--environments", f"{env_dir} holds environment files itself; "
                                   f"name the folder above it, which holds one folder per platform "
                                   f"({', '.join(sorted(known))})")])
    for platform_dir in entries:
        shown_dir = _display(platform_dir)
        mode = _mode(platform_dir)
        platform = known.get(platform_dir.name)
        if mode is None or not stat.S_ISDIR(mode):
            what = "a broken or looping symbolic link" if mode is None else file_kind(mode)
            problems.append(Problem(shown_dir, "", f"is {what}, not a platform folder; the environments folder "
                                    f"holds one folder per platform ({', '.join(sorted(known))})"))
            continue
        if platform is None:
            problems.append(Problem(shown_dir, "", "is not a known platform folder; expected one of "
                                    + ", ".join(sorted(known))))
            continue
        for path in _listing(platform_dir, problems):
            shown = _display(path)
            if not path.name.endswith(ENV_SUFFIX):
                problems.append(Problem(shown, "", _not_an_env_file(path.name)))
                continue
            env = path.name[: -len(ENV_SUFFIX)]
            try:
                settings = load_settings(path, platform.settings, shown)
            except ConfigError as err:
                problems.extend(err.problems)
                unloaded.setdefault(platform.name, {})[env] = shown
                continue
            # Names AWS would refuse once the constructs add their prefixes and suffixes.
            named = [Problem(shown, p.key, p.message) for p in check_names(platform.names(settings))]
            if named:
                problems.extend(named)
                unloaded.setdefault(platform.name, {})[env] = shown
                continue
            loaded.append(Environment(platform, env, shown, settings, path))
    for platform in known.values():
        envs = [e for e in loaded if e.platform is platform]
        sources = {**unloaded.get(platform.name, {}), **{e.name: e.source for e in envs}}
        problems.extend(platform.cross_checks({e.name: e.settings for e in envs}, sources))
    problems.extend(prefix_collisions(loaded, already=problems))
    problems.extend(name_collisions(loaded, already=problems))
    if problems:
        raise ConfigError(problems)
    if not loaded:
        raise ConfigError([Problem("command line", "--environments", f"{env_dir} holds no environment files "
                                   f"(<platform>/<env>{ENV_SUFFIX}); nothing to synthesize")])
    return loaded


def _mode(path: Path) -> int | None:
    """The mode of what ``path`` names (symbolic links followed); None for a broken or looping link."""
    try:
        return os.stat(path).st_mode
    except OSError:
        return None


def _listing(folder: Path, problems: list[Problem]) -> list[Path]:
    """The entries of ``folder`` that are not hidden, sorted."""
    try:
        return sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    except OSError as err:
        problems.append(Problem(_display(folder), "", f"cannot be read ({err.strerror or err})"))
        return []


def _is_env_name(name: str) -> bool:
    return name.endswith(ENV_SUFFIX) or _not_an_env_file(name).startswith("looks like")


def _not_an_env_file(name: str) -> str:
    lowered = name.lower()
    stem = name.split(".", 1)[0]
    if lowered.endswith(ENV_SUFFIX) or ENV_SUFFIX in lowered or lowered.endswith(ENV_SUFFIX[:-1]):
        return (f"looks like an environment file but is not named <env>{ENV_SUFFIX}, so it would be "
                f"skipped; rename it to {stem}{ENV_SUFFIX}, or move it out of the environments folder")
    return (f"is not an environment file (<env>{ENV_SUFFIX}); a platform folder holds only "
            "environment files: move it out of the environments folder")


def prefix_collisions(environments: Sequence[Environment], already: Sequence[Problem] = ()) -> list[Problem]:
    """Two (or more) environments in one account with one ``name_prefix``, on any platforms:
    their IAM roles, KMS aliases, log groups and buckets would have the same names.

    Nothing says which file is at fault: the sort order does not, and the deployed one is
    often the one that sorts later (a copy ``alpha.tfvars`` of ``staging.tfvars``), whose
    prefix must not change (renaming it replaces its resources). So the collision is one
    problem naming every file involved, and the message says which to change: the one not
    deployed yet. A platform's own check that already spoke about one of those files'
    prefix (a sharing Atlas environment, whose direction is known) takes precedence.
    """
    reported = {(p.source, p.key) for p in already}
    groups: dict[tuple[str, str], list[Environment]] = {}
    for env in sorted(environments, key=lambda e: (e.platform.name, e.name)):
        groups.setdefault((env.settings.account_id, env.settings.name_prefix), []).append(env)
    found = []
    for (account, prefix), envs in groups.items():
        if len(envs) < 2 or any((e.source, "name_prefix") in reported for e in envs):
            continue
        found.append(Problem(", ".join(e.source for e in envs), "name_prefix",
                             f'"{prefix}" is the prefix of {len(envs)} environments in account {account}, so '
                             "their resource names would collide; give the one not deployed yet a prefix of its own "
                             "(changing a deployed environment's prefix replaces its resources)"))
    return found


def name_collisions(environments: Sequence[Environment], already: Sequence[Problem] = ()) -> list[Problem]:
    """Two environments whose registered names meet in one namespace (an account and region,
    or S3's global one) although their prefixes differ: a Kraken root's load balancer is
    ``<prefix>-svc``, so an Atlas environment whose prefix is that in the same account would
    create a second load balancer of that name, which AWS refuses at apply. One problem per
    pair of files, naming both (like ``prefix_collisions``, whose pairs are not repeated)."""
    reported = {p.source for p in already}
    owners: dict[tuple, tuple[Environment, object]] = {}
    clashes: dict[tuple[str, str], list] = {}
    for env in sorted(environments, key=lambda e: (e.platform.name, e.name)):
        s = env.settings
        for d in env.platform.names(s):
            scope = SCOPES.get(d.name.kind)
            if scope is None:
                continue
            where = {"global": (), "account": (s.account_id,), "region": (s.account_id, s.region)}[scope]
            key = (d.name.kind, d.name.value, *where)
            owner = owners.setdefault(key, (env, d))
            if owner[0] is not env:
                clashes.setdefault((owner[0].source, env.source), []).append((owner, (env, d)))
    found = []
    for (first, second), pairs in clashes.items():
        if first in reported or second in reported or any(first in p.source and second in p.source for p in already):
            continue
        (a, da), (b, db) = pairs[0]
        keys = da.keys[0] if da.keys[0] == db.keys[0] else f"{da.keys[0]} / {db.keys[0]}"
        others = len(pairs) - 1
        more = f" (and {others} other name{'s' if others > 1 else ''})" if others else ""
        found.append(Problem(f"{a.source}, {b.source}", keys,
                             f'both environments would create the {KINDS[da.name.kind].label} "{da.name.value}"{more} '
                             f"in account {b.settings.account_id}, which AWS refuses for the second; give the one not "
                             "deployed yet a prefix of its own"))
    return found


def _display(path: Path) -> str:
    """``path`` relative to the working folder when it is inside it. The last part is not
    resolved: a symbolic link is shown by its own name (it may loop or dangle)."""
    try:
        return str((path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


def plan_roots(environments: Sequence[Environment], patterns: Sequence[str] = ()) -> list[RootSpec]:
    """Every root of every environment, then the roots derived from all of them (one account
    bootstrap root per account, ``atlas.stacks.bootstrap``), filtered by names or shell globs."""
    from atlas.stacks.bootstrap import bootstrap_specs
    from atlas.stacks.spacelift import admin_specs

    specs: list[RootSpec] = []
    env_specs = []
    for env in environments:
        try:
            built = env.platform.roots(env.name, env.settings)
            env_specs.append((env, [_reported_on(env.source, spec) for spec in built]))
        except ValueError as err:  # e.g. an environment file name that is no valid root name
            raise ConfigError([Problem(env.source, "", str(err))]) from None
        specs.extend(env_specs[-1][1])
    problems: list[Problem] = []
    if specs:
        # The Spacelift admin root (it declares every other root's stack), then one account
        # bootstrap root per account (its deploy roles deploy every root of that account).
        for env, admin in admin_specs(environments, env_specs):
            env_specs.append((env, admin))
            specs.extend(admin)
        specs.extend(bootstrap_specs(environments, env_specs, problems))
    if problems:
        raise ConfigError(problems)
    if not specs:
        raise ConfigError([Problem("command line", "--environments", "the environment files define no roots; "
                                   "nothing to synthesize")])
    if not patterns:
        return specs
    unmatched = [p for p in patterns if not any(fnmatch.fnmatchcase(s.root.name, p) for s in specs)]
    if unmatched:
        raise ConfigError([Problem("command line", p, "matches no root; see --list") for p in unmatched])
    return [s for s in specs if any(fnmatch.fnmatchcase(s.root.name, p) for p in patterns)]


def _reported_on(source: str, spec: RootSpec) -> RootSpec:
    """``spec``, whose settings a build cannot honour (``UnbuildableSettings``) reported on
    the environment file like a load problem: ``<file>: <key>: <what is wrong>``, exit 2."""
    build = spec.build

    def reporting(app, local_backend):
        try:
            return build(app, local_backend)
        except UnbuildableSettings as err:
            raise ConfigError([Problem(source, e.key, e.message) for e in err.errors]) from None

    return replace(spec, build=reporting)


@dataclass(frozen=True)
class RootEntry:
    """One root of the graph: its spec, the roots whose state it reads, and the rollout
    steps its first apply needs before the steady one (``atlas.rollout``)."""

    spec: RootSpec
    depends_on: tuple[str, ...]
    rollout: tuple[dict, ...] = ()


def root_graph(specs: Sequence[RootSpec]) -> list[RootEntry]:
    """The roots in dependency order (upstream first, then by name), with their edges.

    The edges are the remote-state reads each root's composition makes, so the roots are
    built (not synthesized) to find them: nothing lists a dependency by hand.
    """
    from atlas.cdk import App

    app = App(outdir=tempfile.mkdtemp(prefix="atlas-graph-"))
    try:
        stacks = {spec.root.name: spec.build(app, False) for spec in specs}
        edges = {name: tuple(stack.depends_on) for name, stack in stacks.items()}
        steps = {name: tuple(stack.rollout_steps()) for name, stack in stacks.items()}
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
            ordered.append(RootEntry(by_name[name], edges[name], steps[name]))
            done.add(name)
        pending = [n for n in pending if n not in done]
    return ordered


@dataclass(frozen=True)
class RootResult:
    name: str
    resources: int
    folder: str
    seconds: float  # building the root's constructs; writing JSON is one shared step


def output_folder_problems(outdir: Path, inputs: Sequence[Path] = ()) -> list[Problem]:
    """Why ``outdir`` may not be replaced by a new synthesis (the data-safety rules; README,
    "Synthesizing"). The swap replaces the whole folder, so it may only ever replace:

    * nothing (the folder does not exist yet), or an empty folder;
    * a folder this tool wrote: it holds the manifest ``roots.json`` (a JSON object with a
      ``roots`` list), the marker every synthesis writes.

    It refuses a file, a non-empty folder without the marker, and a folder that is, contains
    or lies inside an input (the environments folder or an environment file).
    """
    found: list[Problem] = []

    def refuse(message: str) -> list[Problem]:
        return found + [Problem("command line", "--out", f"{outdir} {message}")]

    try:
        target = outdir.resolve()
    except (OSError, RuntimeError) as err:  # a symbolic link loop
        return refuse(f"cannot be resolved ({getattr(err, 'strerror', None) or err})")
    resolved = []
    for given in inputs:
        try:
            resolved.append((given, given.resolve()))
        except (OSError, RuntimeError):
            continue
    # The most telling relation first: the output is an input, is inside one, or holds one.
    for given, source in resolved:
        if target == source:
            return refuse(f"is the input {given}; the output would replace it: "
                          "name a folder outside the environment files")
    for given, source in resolved:
        if source in target.parents:
            return refuse(f"is inside the input {given}; the output would replace it: "
                          "name a folder outside the environment files")
    for given, source in reversed(resolved):  # (main passes the environments folder last)
        if target in source.parents:
            return refuse(f"contains the input {given}; the output would replace it: "
                          "name a folder outside the environment files")
    for ancestor in reversed(target.parents):
        mode = _mode(ancestor)
        if mode is not None and not stat.S_ISDIR(mode):
            return refuse(f"cannot be created: {ancestor} is {file_kind(mode)}, not a folder")
    mode = _mode(target)
    if mode is None:
        if os.path.lexists(target):
            return refuse("is a broken or looping symbolic link; name a folder")
        return found
    if not stat.S_ISDIR(mode):
        return refuse(f"is {file_kind(mode)}, not an output folder; the output would replace it: "
                      "name a folder")
    try:
        entries = os.listdir(target)
    except OSError as err:
        return refuse(f"cannot be read ({err.strerror or err})")
    if entries and not _is_manifest(target / MANIFEST):
        return refuse(f"is a folder this tool did not write (it holds files but no {MANIFEST}); the output "
                      "would replace all of it: name a new or empty folder, or remove this one first")
    return found


def _is_manifest(path: Path) -> bool:
    """Is ``path`` a manifest this tool wrote (the marker of an output folder)?"""
    mode = _mode(path)
    if mode is None or not stat.S_ISREG(mode) or os.path.getsize(path) > 64 << 20:
        return False
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(doc, dict) and isinstance(doc.get("roots"), list)


def synthesize(specs: Sequence[RootSpec], outdir: Path, *, local_backend: bool = False,
               inputs: Sequence[Path] = ()) -> list[RootResult]:
    """Builds and synthesizes ``specs`` in one App, then swaps the result into ``outdir``.

    ``outdir`` must pass ``output_folder_problems`` (with the ``inputs`` it must stay out
    of); otherwise ConfigError is raised before anything is built or written. An empty
    ``specs`` is refused too: an empty output never replaces a previous one.
    """
    from atlas.cdk import App

    refused = output_folder_problems(outdir, inputs)
    if not specs:
        refused.append(Problem("command line", "ROOT", "selects no root; nothing to synthesize"))
    if refused:
        raise ConfigError(refused)
    outdir = outdir.resolve()
    try:
        outdir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", dir=outdir.parent))
    except OSError as err:
        raise ConfigError([Problem("command line", "--out", f"{outdir} cannot be created "
                                   f"({err.strerror or err})")]) from None
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
        docs: dict[str, dict] = {}
        for spec, stack, seconds in built:
            name = spec.root.name
            docs[name] = doc = json.loads((staging / "stacks" / name / "cdk.tf.json").read_text())
            count = sum(len(v) for v in doc.get("resource", {}).values())
            results.append(RootResult(name, count, str(outdir / "stacks" / name), seconds))
            manifest.append({
                "name": name, "platform": spec.root.platform, "environment": spec.root.env,
                "layer": spec.root.layer, "environment_class": stack.settings.environment_class,
                "state_key": spec.root.state_key,
                "depends_on": stack.depends_on, "resources": count,
                "rollout": stack.rollout_steps(),
                "outputs": stack.contract_entry(),
                "reads": {k: sorted(v) for k, v in sorted(stack.reads.items())},
            })
        (staging / MANIFEST).write_text(json.dumps({"roots": manifest}, indent=2, sort_keys=True) + "\n")
        refusals = output_problems(docs)
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


def output_problems(docs: Mapping[str, dict]) -> list[str]:
    """What the staged output (``{root: cdk.tf.json}``) may not contain, found before it
    replaces the previous output: the secrets scan (no credential literal in any root), then
    the rules of ``atlas.rules`` (``<root>: <address>: <rule>: <fix>``)."""
    from atlas import rules, secrets_scan

    problems = [f"{name}: {finding}" for name, doc in docs.items() for finding in secrets_scan.scan(doc)]
    return problems + [str(violation) for violation in rules.run(docs)]


def _swap_in(new: Path, outdir: Path) -> None:
    refused = output_folder_problems(outdir)  # checked again: the folder may have changed meanwhile
    if refused:
        raise ConfigError(refused)
    old = None
    if os.path.lexists(outdir):
        old = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.old.", dir=outdir.parent))
        os.replace(outdir, old / "previous")
    os.replace(new, outdir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
