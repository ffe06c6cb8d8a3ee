"""Property: whatever is done to a real environment file, the run exits 0 or 2, never raises
(no traceback), and the output folder is either untouched or a complete new synthesis.

The real files of every platform in the registry (``atlas.app.platforms()``) are mutated by
type: a string, number, bool, list or map somewhere in the file gets a hostile value of
another type or shape, a key is removed or set twice, or the file's bytes are damaged (cut
short, a stray character, a byte-order mark, invalid UTF-8), or the file is replaced by an
odd file (a named pipe, a folder, a symbolic link loop, a near-miss name).

Most examples exercise the loader (``load_environments``: ConfigError or settings, nothing
else); a few run ``main.main`` on the mutated environment's roots, which synthesizes when
the mutation left the file valid (about a second per root). Derandomized, so CI runs the
same examples every time. ``ATLAS_FUZZ_EXAMPLES=<n>`` raises the number of loader examples
for a longer run by hand (the main.main examples scale with it, a tenth as many), e.g.

    ATLAS_FUZZ_EXAMPLES=2000 .venv/bin/python -m pytest tests/test_fuzz_inputs.py -p no:cacheprovider
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

hypothesis = pytest.importorskip("hypothesis")  # in the `test` extra
from hypothesis import HealthCheck, Phase, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.conftest import ENVIRONMENTS  # noqa: E402

LOADER_EXAMPLES = int(os.environ.get("ATLAS_FUZZ_EXAMPLES", "400"))
MAIN_EXAMPLES = max(4, LOADER_EXAMPLES // 10 if "ATLAS_FUZZ_EXAMPLES" in os.environ else 8)
# No shrinking: a failing example is already a readable file, and shrinking one full
# environment file can take many minutes (ATLAS_FUZZ_SHRINK=1 turns it on by hand).
PHASES = [Phase.explicit, Phase.reuse, Phase.generate] + ([Phase.shrink] if os.environ.get("ATLAS_FUZZ_SHRINK") else [])
SETTINGS = dict(derandomize=True, database=None, deadline=None, phases=PHASES,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _real_files() -> list[tuple[str, str]]:
    from atlas.app import platforms

    return [(name, path.name) for name in sorted(platforms())
            for path in sorted((ENVIRONMENTS / name).glob("*.tfvars"))]


REAL = _real_files()


# -- rendering a parsed file back to HCL ------------------------------------------------------

_BARE = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


class Twice:
    """A key rendered twice (Terraform refuses that); ``value`` first, then ``again``."""

    def __init__(self, value: Any, again: Any) -> None:
        self.value, self.again = value, again


def _string(text: str) -> str:
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ch == "\x7f":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _key(key: str) -> str:
    return key if _BARE.match(key) and key not in ("true", "false", "null") else _string(key)


def render(value: Any, indent: str = "") -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if not isinstance(value, float) or value == value and abs(value) != float("inf") else "0"
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(render(v, indent) for v in value) + "]"
    if isinstance(value, dict):
        inner = indent + "  "
        lines = []
        for k, v in value.items():
            for each in ((v.value, v.again) if isinstance(v, Twice) else (v,)):
                lines.append(f"{inner}{_key(k)} = {render(each, inner)}")
        return "{\n" + "\n".join(lines) + f"\n{indent}}}"
    raise TypeError(type(value))


def render_file(data: dict) -> str:
    lines = []
    for k, v in data.items():
        for each in ((v.value, v.again) if isinstance(v, Twice) else (v,)):
            lines.append(f"{_key(k)} = {render(each)}")
    return "\n".join(lines) + "\n"


# -- mutations by type --------------------------------------------------------------------------

def _paths(value: Any, path: tuple = ()) -> list[tuple]:
    """Every path to a value inside a parsed file (keys and list indexes)."""
    found = [path] if path else []
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, path + (i,))
    return found


def _get(data: Any, path: tuple) -> Any:
    for part in path:
        data = data[part]
    return data


hostile_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "${var.x}", "%{ if true }x%{ endif }", "a\nb", "\t", "0.0.0.0/0", "-1", "null",
                     "true", "eu-west-1 ", "arn:aws:", "x" * 300, "ünïcödé", "\ufeff", "::", "kafka.m5.large"]),
)
hostile_number = st.one_of(st.integers(min_value=-(2 ** 70), max_value=2 ** 70), st.floats(allow_nan=False),
                           st.sampled_from([0, -1, 1, 2 ** 31, 10 ** 30, 0.5]))
hostile_scalar = st.one_of(hostile_text, hostile_number, st.booleans(), st.none())
hostile_value = st.recursive(hostile_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.one_of(hostile_text, st.sampled_from(["cidr", "image", "x"])),
                                                 inner, max_size=3)), max_leaves=8)


@st.composite
def mutated_value(draw, old: Any) -> Any:
    """A replacement for ``old`` chosen by its type: near misses of the same type, or another type."""
    if isinstance(old, bool):
        return draw(st.one_of(st.sampled_from([not old, "true", 1, None, [old]]), hostile_value))
    if isinstance(old, (int, float)):
        return draw(st.one_of(hostile_number, st.sampled_from([str(old), None, [old], {"value": old}]), hostile_value))
    if isinstance(old, str):
        return draw(st.one_of(hostile_text, st.sampled_from([old + "x", old.upper(), old[:-1], old + "\n",
                                                             "${" + old + "}", 1, None, [old], {"value": old}])))
    if isinstance(old, list):
        return draw(st.one_of(st.just([]), st.just(old + old), st.just(old[:1]), st.just(old[::-1]),
                              st.lists(hostile_scalar, max_size=4), hostile_value))
    if isinstance(old, dict):
        return draw(st.one_of(st.just({}), st.just(list(old.values())), hostile_value,
                              st.just({**old, "not_a_setting": 1})))
    return draw(hostile_value)


# Values that become parts of AWS and Kafka names (a prefix, a table, a tier, a domain, a
# topic): name-shaped strings of every length around the limits of atlas.naming.KINDS, so
# a setting that is valid on its own but makes a derived name too long is tried often.
_NAMEISH = re.compile(r"^[a-z][a-z0-9._-]*$")
name_like = st.one_of(
    st.from_regex(r"[a-z][a-z0-9-]{0,70}[a-z0-9]", fullmatch=True),
    st.builds(lambda word, n: (word * 80)[:n], st.sampled_from(["kraken-dev-", "atlas.", "t", "ab_", "x-y."]),
              st.integers(min_value=1, max_value=260)),
    st.sampled_from(["a", "a-", "-a", "a--b", "xn--a", "sg-a", "internal-a", "a..b", "select", "user", "A-B",
                     "a" * 16, "a" * 17, "a" * 19, "a" * 20, "a" * 22, "a" * 23, "a" * 31, "a" * 32, "a" * 64]))


def _name_paths(data: Any) -> list[tuple]:
    """Paths to name-shaped strings (the values derived names are built from)."""
    return [p for p in _paths(data) if isinstance(_get(data, p), str) and _NAMEISH.match(_get(data, p))]


def _name_key_paths(data: Any, path: tuple = ()) -> list[tuple]:
    """Paths to maps whose keys are name-shaped (access tiers, tags): a key is a name too."""
    found = []
    if isinstance(data, dict):
        if path and data and all(_NAMEISH.match(str(k)) for k in data):
            found.append(path)
        for k, v in data.items():
            found += _name_key_paths(v, path + (k,))
    return found


@st.composite
def mutated_name(draw, data: dict) -> dict | None:
    """``data`` with one name-shaped value (or map key) replaced by another name; None when
    the file has none."""
    data = json.loads(json.dumps(data))
    values, keys = _name_paths(data), _name_key_paths(data)
    if not values and not keys:
        return None
    if keys and (not values or draw(st.booleans())):
        path = draw(st.sampled_from(keys))
        mapping = _get(data, path)
        old = draw(st.sampled_from(sorted(mapping)))
        mapping[draw(name_like)] = mapping.pop(old)
        return data
    path = draw(st.sampled_from(values))
    _get(data, path[:-1])[path[-1]] = draw(name_like)
    return data


@st.composite
def mutated_text(draw, text: str, data: dict) -> tuple[str, str | None]:
    """The file's new text (or a kind of odd file, as ``(kind, None)``)."""
    kind = draw(st.sampled_from(["value"] * 6 + ["name"] * 2 + ["remove", "twice", "bytes", "odd"]))
    if kind == "name":
        renamed = draw(mutated_name(data))
        if renamed is not None:
            return render_file(renamed), None
        kind = "value"
    data = json.loads(json.dumps(data))  # a deep copy
    paths = _paths(data)
    if kind in ("value", "remove", "twice") and paths:
        path = draw(st.sampled_from(paths))
        parent, last = _get(data, path[:-1]), path[-1]
        if kind == "value":
            parent[last] = draw(mutated_value(_get(data, path)))
        elif kind == "remove":
            parent.pop(last) if isinstance(parent, dict) else parent.pop(last)
        elif isinstance(parent, dict):
            parent[last] = Twice(parent[last], draw(st.one_of(st.just(parent[last]), mutated_value(parent[last]))))
        else:
            parent.append(parent[last])
        return render_file(data), None
    if kind == "bytes":
        how = draw(st.sampled_from(["cut", "insert", "bom", "latin1"]))
        at = draw(st.integers(min_value=0, max_value=len(text)))
        if how == "cut":
            return text[:at], None
        if how == "insert":
            return text[:at] + draw(st.sampled_from(list('{}[]"=\\#$%<>\x00\r\n,:') + ["<<EOT\n", "\ufeff"])) \
                + text[at:], None
        if how == "bom":
            return "\ufeff" + text, None
        return "latin1", None
    return draw(st.sampled_from(["pipe", "folder", "loop", "near-miss", "empty"])), None


def write_case(envs: Path, platform: str, name: str, text: str, odd: bool) -> None:
    target = envs / platform / name
    if not odd:
        target.write_text(text, encoding="utf-8")
        return
    if text == "latin1":
        target.write_bytes(target.read_bytes().replace(b'"', b'"\xe9', 1))
        return
    target.unlink()
    if text == "pipe":
        os.mkfifo(target)
    elif text == "folder":
        target.mkdir()
    elif text == "loop":
        target.symlink_to(target.name)
    elif text == "near-miss":
        (envs / platform / (name + ".bak")).write_text("x = 1\n")
    elif text == "empty":
        target.write_text("")


@st.composite
def cases(draw) -> tuple[str, str, str, bool]:
    from atlas.config import parse_tfvars

    platform, name = draw(st.sampled_from(REAL))
    path = ENVIRONMENTS / platform / name
    text, _ = draw(mutated_text(path.read_text(), parse_tfvars(path)))
    odd = text in ("pipe", "folder", "loop", "near-miss", "empty", "latin1")
    return platform, name, text, odd


def _workspace(platform: str, name: str, text: str, odd: bool) -> Path:
    work = Path(tempfile.mkdtemp(prefix="atlas-fuzz-"))
    shutil.copytree(ENVIRONMENTS, work / "environments")
    write_case(work / "environments", platform, name, text, odd)
    return work


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- the properties -----------------------------------------------------------------------------

@pytest.mark.slow
@settings(max_examples=LOADER_EXAMPLES, **SETTINGS)
@given(cases())
def test_the_loader_refuses_or_accepts_every_mutation(case):
    """load_environments returns settings or raises ConfigError, nothing else, and every
    problem reads `<where>: <what>` on one line."""
    from atlas.app import load_environments
    from atlas.config import ConfigError

    work = _workspace(*case)
    try:
        load_environments(work / "environments")
    except ConfigError as err:
        assert err.problems
        for problem in err.problems:
            line = str(problem)
            assert "\n" not in line and ": " in line and "Traceback" not in line, line
    finally:
        shutil.rmtree(work, ignore_errors=True)


@st.composite
def name_cases(draw) -> tuple[str, str, str, bool]:
    """A real file with one name-shaped value or map key replaced (see ``mutated_name``)."""
    from atlas.config import parse_tfvars

    platform, name = draw(st.sampled_from(REAL))
    renamed = draw(mutated_name(parse_tfvars(ENVIRONMENTS / platform / name)))
    return platform, name, render_file(renamed) if renamed is not None else (ENVIRONMENTS / platform / name).read_text(), False


BUILD_EXAMPLES = max(6, LOADER_EXAMPLES // 40)


def _replaced(platform: str, name: str, old: str, new: str) -> tuple[str, str, str, bool]:
    text = (ENVIRONMENTS / platform / name).read_text()
    assert old in text
    return platform, name, text.replace(old, new, 1), False


@pytest.mark.slow
@settings(max_examples=BUILD_EXAMPLES, **SETTINGS)
@given(name_cases())
# The examples, every run: a 22-character prefix made a target group name of 37
# characters, a long table a topic over Kafka's 249.
@example(_replaced("kraken", "dev.tfvars", 'name_prefix = "kraken-dev"', 'name_prefix = "kraken-dev-eu-west-one"'))
@example(_replaced("kraken", "dev.tfvars", "  partitions          = 3",
                   '  partitions = 3\n  mnpi_tables = ["' + "t" * 245 + '"]'))
def test_a_name_the_loader_accepts_builds_without_error(case):
    """Whatever name-shaped value a file gets, the loader refuses it (ConfigError) or every
    root of that environment builds: the derived-name checks (atlas.naming) know every name
    the constructs make, so no construct raises on a name (a target group over 32
    characters, a topic over 249, a duplicate topic...)."""
    from atlas.app import load_environments, plan_roots
    from atlas.cdk import App
    from atlas.config import ConfigError

    platform, name, _, _ = case
    work = _workspace(*case)
    try:
        try:
            specs = plan_roots(load_environments(work / "environments"), [f"{platform}-{name.removesuffix('.tfvars')}*"])
        except ConfigError:
            return
        app = App(outdir=str(work / "out"))
        for spec in specs:
            spec.build(app, False)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _with_bom(platform: str, name: str) -> tuple[str, str, str, bool]:
    return platform, name, "\ufeff" + (ENVIRONMENTS / platform / name).read_text(), False


@pytest.mark.slow
@settings(max_examples=MAIN_EXAMPLES, **SETTINGS)
@given(cases())
@example(_with_bom("atlas", "staging.tfvars"))  # valid: the complete-synthesis branch runs every time
@example(_with_bom("kraken", "dev.tfvars"))
def test_main_exits_0_or_2_and_the_output_is_untouched_or_complete(case):
    import main

    platform, name, text, odd = case
    work = _workspace(*case)
    out = work / "cdktf.out"
    (out / "stacks" / "earlier-root").mkdir(parents=True)
    (out / "stacks" / "earlier-root" / "cdk.tf.json").write_text('{"resource": {}}\n')
    (out / "roots.json").write_text('{"roots": [{"name": "earlier-root"}]}\n')
    before = _snapshot(out)
    stderr, stdout = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stdout):
            code = main.main(["--out", str(out), "--environments", str(work / "environments"), "--quiet",
                              f"{platform}-{name.removesuffix('.tfvars')}*"])
        assert code in (0, 2), stderr.getvalue()
        assert "Traceback" not in stderr.getvalue()
        if code == 2:
            assert _snapshot(out) == before
            assert stderr.getvalue().startswith("error: ")
        else:
            manifest = json.loads((out / "roots.json").read_text())
            names = sorted(r["name"] for r in manifest["roots"])
            assert names and sorted(p.name for p in (out / "stacks").iterdir()) == names
            for root in names:
                json.loads((out / "stacks" / root / "cdk.tf.json").read_text())
        assert sorted(p.name for p in work.iterdir()) == ["cdktf.out", "environments"]  # no staging left
    finally:
        shutil.rmtree(work, ignore_errors=True)
