"""Every setting must do something.

For every real environment file and every scalar it sets (strings, numbers and bools,
including list items and map values), a copy of the file with that value changed to
ANOTHER VALID value (the settings loader and the platform's cross-file checks accept it,
next to the other real files) must synthesize to different Terraform JSON (every
``cdk.tf.json`` of that environment's roots, compared as parsed JSON). A setting whose
change changes nothing is dead: it is validated, documented and maintained, and still
nobody reads it.

Leaves that cannot be changed validly on their own, or whose change legitimately leaves
the JSON alone, are in ``ALLOWED`` with a one-line reason; "TODO(lead): dead setting"
marks settings nothing reads (reported, to be removed or wired up).

Cost: every variant is built into one cdktf App next to the unmutated environments and
synthesized once. A variant is the environment under the name ``<env>-m<k>``; its JSON
text gets ``<env>-m<k>`` replaced back by ``<env>`` before the comparison, and a control
variant (unchanged settings under a variant name) checks that this renaming is exact.
"""

from __future__ import annotations

import copy
import dataclasses
import fnmatch
import itertools
import json
import re
import types
import typing
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import pytest

from tests.conftest import ENVIRONMENTS

# "<platform>/<env>:<path>" (a shell pattern) -> why no other valid value exists on its own,
# or why a valid change legitimately leaves every cdk.tf.json alone. Every entry must match.
ALLOWED: dict[str, str] = {
    "*:region": "the availability zones and the certificate ARN name the region; no other region is valid alone",
    "*:account_id": "the certificate ARN names the account; no other account id is valid alone",
    "atlas/staging:environment_class": "staging/production require multi-AZ databases and cache; this file has neither",
    "atlas/staging2:environment_class": "staging/production require multi-AZ databases and cache; this file has neither",
    "kraken/dev:environment_class": "staging/production require a multi-AZ database with deletion protection",
    "*/prod:environment_class": "production -> staging differs only in public_endpoints (validation) and in "
                                "roots.json / the scan gate, not in cdk.tf.json",
    "*/prod:*.multi_az": "the production class requires true",
    "*/prod:*.deletion_protection": "the production class requires true",
    "atlas/staging:msk.broker_subnets": "private brokers cannot have public access, which staging has on",
    "atlas/*:msk.public_access": "true needs public_access_cidrs and false forbids them (staging); production "
                                 "forbids true (prod)",
    "atlas/staging:camunda_db.master_password_mode": "static and adopt_managed need a password_secret; managed is "
                                                     "refused (Camunda holds the password)",
    "atlas/staging2:msk_shared_from": "the only other cluster owner (prod) is in another account",
    "kraken/*:topics.replication_factor": "at most number_of_broker_nodes (3), above min_insync_replicas (2)",
    "platform-events/*:environment_class": "the class requires nothing these roots have (no database, cache, load "
                                           "balancer or public endpoint); it shows in roots.json and the scan gate",
    "platform-events/*:contracts": "the repository holds one contracts folder",
    "platform-events/*:workloads.compute": "ecs forbids eks_oidc_provider_arn and eks requires it",
    "platform-events/dev:topics.replication_factor": "at most number_of_broker_nodes (3), above min_insync_replicas (2)",
    "platform-events/staging:topics.replication_factor": "at most number_of_broker_nodes (3), above "
                                                         "min_insync_replicas (2)",
    # fnmatch reads [...] as a character set: "[[]" is a literal "[".
    "platform-events/prod:grafana.authentication_providers[[]0]": "SAML needs grafana.saml; AWS_SSO is the other one",
    "platform-events/*:network.cidr": "the subnet CIDRs lie inside it; another /16 holds none of them",
    "atlas/*:events_ingestion_host": "waf.hosts names this host (staging2: staging's listener rules); the two change "
                                     "together",
    "atlas/*:cache.engine": "engine_version 8.0 is a Valkey version; Redis OSS stops at 7.1",
    "atlas/prod:kafka_admin.endpoint": '"public" needs msk.public_access, which production forbids',
    "atlas/prod:msk.multi_vpc_connectivity": "multi_vpc_clients need it",
    "atlas/prod:s3_sink.plugin.classes[[]*]": "the classes the plugin archive bundles: the sink configuration uses "
                                            "each of them, so another name is refused",
    "kraken/*:connectors.*_plugin.bundles[[]*]": "what the plugin archive bundles for its worker configuration "
                                              "(config provider, converters): another name is refused",
    "spacelift/admin:name_prefix": "TODO(lead): dead setting: the shared vocabulary requires it, but the admin root "
                                   "names Spacelift stacks by root name",
    "spacelift/admin:environment_class": "the class requires nothing the admin and bootstrap roots have",
    "spacelift/admin:terraform_version": "the stacks' workflow tool version goes to .spacelift/config.yml "
                                         "(tests/test_delivery.py), not into a root",
    "spacelift/admin:private_worker_pool_id": "the Kafka stacks' worker pool goes to .spacelift/config.yml "
                                              "(tests/test_delivery.py), not into a root",
    "edp/dev:environment_class": "staging/production require a certificate_arn, which dev has none of",
    "edp/staging:environment_class": "staging -> production differs only in public_endpoints (validation: staging "
                                     "already lists its allowed_cidrs), not in cdk.tf.json",
    "edp/staging:dms_account_roles": "true collides with edp/dev, the owner of the account's DMS roles",
    "edp/staging:ingestion.database.multi_az": "the staging class requires true",
    "edp/staging:ingestion.database.deletion_protection": "the staging class requires true",
    "edp/*:analytics_agent.*.desired_count": "no image is given yet: the services run 0 tasks until a rollout "
                                             "step sets the image, then this count applies",
}

Path_ = tuple[Any, ...]


# -- the leaves of a parsed file -------------------------------------------------------------

def _leaves(value: Any, path: Path_ = ()) -> list[tuple[Path_, Any]]:
    if isinstance(value, dict):
        return [leaf for k, v in value.items() for leaf in _leaves(v, path + (k,))]
    if isinstance(value, list):
        return [leaf for i, v in enumerate(value) for leaf in _leaves(v, path + (i,))]
    return [(path, value)] if isinstance(value, (str, int, float, bool)) else []


def _show(path: Path_) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _replace(data: dict, path: Path_, value: Any) -> dict:
    out = copy.deepcopy(data)
    node = out
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return out


def _parent(data: dict, path: Path_) -> Any:
    node = data
    for part in path[:-1]:
        node = node[part]
    return node


# -- the settings type of a leaf ------------------------------------------------------------

def _strip_optional(hint: Any) -> Any:
    if get_origin(hint) in (typing.Union, types.UnionType):
        rest = [a for a in get_args(hint) if a is not type(None)]
        return rest[0] if len(rest) == 1 else hint
    return hint


def _hint_at(cls: type, path: Path_) -> Any:
    hint: Any = cls
    for part in path:
        hint = _strip_optional(hint)
        if dataclasses.is_dataclass(hint):
            hint = typing.get_type_hints(hint)[part]
        elif get_origin(hint) in (tuple, list):
            hint = get_args(hint)[0]
        elif get_origin(hint) is dict:
            hint = get_args(hint)[1]
        else:
            return None
    return _strip_optional(hint)


# -- candidate values -----------------------------------------------------------------------

def _near(options: typing.Sequence[Any], value: Any) -> list[Any]:
    """The other options, nearest first (by position if the value is one of them)."""
    options = list(dict.fromkeys(options))
    if value not in options:
        return options
    i = options.index(value)
    pairs = itertools.zip_longest(options[i + 1:], options[:i][::-1])
    return [o for pair in pairs for o in pair if o is not None]


def _candidates(path: Path_, value: Any, hint: Any, siblings: Any) -> list[Any]:
    from atlas.config.common import (CACHE_FAMILIES, FARGATE_MEMORY, LOG_RETENTION_DAYS, MSK_BROKER_TYPES,
                                     RDS_FAMILIES, SUPPORTED_KAFKA_VERSIONS)

    key = next((p for p in reversed(path) if isinstance(p, str)), "")
    if isinstance(value, bool):
        return [not value]
    if get_origin(hint) is Literal:
        return _near(get_args(hint), value)
    found: list[Any] = []
    if isinstance(value, int):
        if "retention_days" in key and value in LOG_RETENTION_DAYS:
            found += _near(LOG_RETENTION_DAYS, value)[:2]
        if key == "memory":
            cpu = siblings.get("cpu") if isinstance(siblings, dict) else None
            found += _near(sorted({m for c, ms in FARGATE_MEMORY.items() if cpu in (None, c) for m in ms}), value)[:2]
        if key == "cpu":
            memory = siblings.get("memory") if isinstance(siblings, dict) else None
            found += _near([c for c, ms in FARGATE_MEMORY.items() if memory is None or memory in ms], value)[:2]
        return found + [value + 1, value - 1, value * 2]
    if isinstance(value, float):
        return [value + 1, value / 2]
    for table in (MSK_BROKER_TYPES, SUPPORTED_KAFKA_VERSIONS):
        if value in table:
            found += _near(table, value)[:2]
    for prefix, families in (("db", RDS_FAMILIES), ("cache", CACHE_FAMILIES)):
        parts = value.split(".")
        if len(parts) == 3 and parts[0] == prefix and parts[2] in families.get(parts[1], ()):
            found += [f"{prefix}.{parts[1]}.{s}" for s in _near(families[parts[1]], parts[2])[:2]]
    digits = [m.start() for m in re.finditer(r"\d", value)]
    if digits:
        i = digits[-1]
        found += [value[:i] + str((int(value[i]) + d) % 10) + value[i + 1:] for d in (1, -1)]
    letters = [m.start() for m in re.finditer(r"[a-zA-Z]", value)]
    if letters:
        i = letters[-1]
        base = 97 if value[i].islower() else 65
        found += [value[:i] + chr((ord(value[i]) - base + d) % 26 + base) + value[i + 1:] for d in (1, 2, 3)]
    return found + [value + "x"]


# -- writing a tfvars file back -------------------------------------------------------------

def _hcl(value: Any, indent: int = 0) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_hcl(v, indent) for v in value) + "]"
    pad = "  " * (indent + 1)
    return "{\n" + "".join(f"{pad}{json.dumps(k)} = {_hcl(v, indent + 1)}\n" for k, v in value.items()) \
        + "  " * indent + "}"


def _tfvars(data: dict) -> str:
    return "".join(f"{k} = {_hcl(v)}\n" for k, v in data.items())


# -- the test -------------------------------------------------------------------------------

@dataclasses.dataclass
class _Variant:
    env: Any                     # atlas.app.Environment of the real file
    path: Path_
    value: Any
    settings: Any
    name: str                    # the variant's environment name


def _load(file: Path, data: dict, cls: type) -> Any:
    from atlas.config import ConfigError, load_settings

    file.write_text(_tfvars(data))
    try:
        return load_settings(file, cls)
    except ConfigError:
        return None


def _variants(envs: list, workdir: Path) -> tuple[list[_Variant], list[str]]:
    """One variant per leaf (its first valid candidate); the leaves without any."""
    from atlas.config import parse_tfvars

    variants: list[_Variant] = []
    stuck: list[str] = []
    for env in envs:
        file = ENVIRONMENTS / env.platform.name / f"{env.name}.tfvars"
        data = parse_tfvars(file)
        scratch = workdir / f"{env.platform.name}-{env.name}.tfvars"
        assert _load(scratch, data, env.platform.settings) == env.settings, "the tfvars writer must round-trip"
        others = {e.name: e.settings for e in envs if e.platform is env.platform and e.name != env.name}
        sources = {e.name: e.source for e in envs if e.platform is env.platform}
        for path, value in _leaves(data):
            hint = _hint_at(env.platform.settings, path)
            chosen = None
            for candidate in _candidates(path, value, hint, _parent(data, path)):
                if candidate == value or type(candidate) is not type(value):
                    continue
                settings = _load(scratch, _replace(data, path, candidate), env.platform.settings)
                if settings is None or settings == env.settings:
                    continue
                if list(env.platform.cross_checks({**others, env.name: settings}, sources)):
                    continue
                chosen = (candidate, settings)
                break
            label = f"{env.platform.name}/{env.name}:{_show(path)}"
            if chosen is None:
                stuck.append(label)
            else:
                variants.append(_Variant(env, path, chosen[0], chosen[1], f"{env.name}-m{len(variants)}"))
    return variants, stuck


def _outputs(outdir: Path, specs: list, rename: tuple[str, str] | None = None) -> dict[str, Any]:
    docs = {}
    for spec in specs:
        text = (outdir / "stacks" / spec.root.name / "cdk.tf.json").read_text()
        name = spec.root.name
        if rename:
            pattern = re.compile(re.escape(rename[0]) + r"(?![a-z0-9])")
            text, name = pattern.sub(rename[1], text), pattern.sub(rename[1], name)
        docs[name] = json.loads(text)
    return docs


def _synthesize(outdir: Path, jobs: list[tuple[str, str, Any, Any]]) -> dict[str, list]:
    """Builds every (key, environment name, platform, settings) into one App, synthesizes once."""
    from atlas.cdk import App

    app = App(outdir=str(outdir))
    built = {}
    for key, env_name, platform, settings in jobs:
        specs = platform.roots(env_name, settings)
        for spec in specs:
            spec.build(app, False)
        built[key] = specs
    app.synth()
    return built


def _derived_outputs(outdir: Path, envs: list) -> dict[str, Any]:
    """The roots derived from the environment files ``envs`` (the Spacelift admin root and the
    account bootstrap roots: ``atlas.app.plan_roots``), synthesized in an App of their own
    together with the roots they are derived from."""
    from atlas.app import plan_roots, synthesize

    own = {spec.root.name for env in envs for spec in env.platform.roots(env.name, env.settings)}
    synthesize(plan_roots(envs), outdir)
    return {stack.name: json.loads((stack / "cdk.tf.json").read_text())
            for stack in sorted((outdir / "stacks").iterdir()) if stack.name not in own}


def _derived_platform_unchanged(envs: list, mine: list, variants: list, controls: list, workdir: Path) -> list[str]:
    """For a platform whose files make no root of their own (Spacelift: its admin root and
    the bootstrap roots' trust are derived from every file), each variant is synthesized with
    the one environment of another platform that makes the fewest roots (all that the
    derived roots need to show a change), in its own App: the derived roots have fixed
    names, so variants cannot share one."""
    member = min((e for e in envs if e.platform.roots(e.name, e.settings)),
                 key=lambda e: (len(e.platform.roots(e.name, e.settings)), e.platform.name, e.name))
    real = _derived_outputs(workdir / "derived-real", [*mine, member])
    unchanged = []
    for i, v in enumerate(controls + variants):
        others = [e for e in mine if e is not v.env]
        docs = _derived_outputs(workdir / f"derived-{i}", [*others, dataclasses.replace(v.env, settings=v.settings),
                                                            member])
        if any(v is c for c in controls):
            assert docs == real, f"synthesizing {v.env.name} twice differs"
        elif docs == real:
            unchanged.append(f"{v.env.platform.name}/{v.env.name}:{_show(v.path)}")
    return unchanged


@pytest.mark.slow
def test_every_setting_changes_the_synthesized_json(tmp_path):
    """One App per platform (not one for all): ~600 stacks in one App need ~1 GB and are no faster."""
    from atlas.app import load_environments

    envs = load_environments(ENVIRONMENTS)
    variants, stuck = _variants(envs, tmp_path)
    unchanged = []
    for platform in sorted({e.platform.name for e in envs}):
        mine = [e for e in envs if e.platform.name == platform]
        controls = [_Variant(env, (), None, env.settings, f"{env.name}-control") for env in mine]
        if not any(e.platform.roots(e.name, e.settings) for e in mine):
            unchanged += _derived_platform_unchanged(envs, mine, [v for v in variants if v.env.platform.name == platform],
                                                     controls, tmp_path / f"out-{platform}")
            continue
        tried = controls + [v for v in variants if v.env.platform.name == platform]
        out = tmp_path / f"out-{platform}"
        built = _synthesize(out, [(f"real:{e.name}", e.name, e.platform, e.settings) for e in mine]
                            + [(v.name, v.name, v.env.platform, v.settings) for v in tried])
        real = {e.name: _outputs(out, built[f"real:{e.name}"]) for e in mine}
        for v in tried:
            renamed = _outputs(out, built[v.name], (v.name, v.env.name))
            if any(v is c for c in controls):
                assert renamed == real[v.env.name], f"renaming {v.name} back to {v.env.name} is not exact"
            elif renamed == real[v.env.name]:
                unchanged.append(f"{platform}/{v.env.name}:{_show(v.path)}")

    print(f"\n{len(variants)} variants, {len(stuck)} leaves without a valid other value, "
          f"{len(unchanged)} changes that change nothing")
    for label in stuck:
        print(f"  no valid other value: {label}")
    for label in unchanged:
        print(f"  changes nothing:      {label}")
    found = sorted(stuck + unchanged)
    assert [k for k in found if not any(fnmatch.fnmatchcase(k, p) for p in ALLOWED)] == [], \
        "settings without a valid other value, or whose valid change changes nothing (see above)"
    assert [p for p in ALLOWED if not any(fnmatch.fnmatchcase(k, p) for k in found)] == [], \
        "ALLOWED entries that match nothing any more: remove them"
