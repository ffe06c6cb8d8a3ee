"""The lazy provider loader (atlas.cdk.provider_loader): same output, far less loaded.

The test process itself runs in lazy mode (tests.helpers imports atlas.cdk), so the fast
tests look at this process; the fallback and the byte-for-byte comparison with the eager
import run in subprocesses (slow: the eager import alone takes 10-30 s on these machines).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from atlas.cdk import provider_loader
from tests.conftest import ROOT

PACKAGE = provider_loader.PACKAGE
lazy_only = pytest.mark.skipif(os.environ.get(provider_loader.EAGER_ENV, "") not in ("", "0"),
                               reason="the suite runs with the eager import forced")


def _python(code: str, *, env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


@lazy_only
def test_the_test_process_loads_the_provider_lazily():
    assert provider_loader.install() == "lazy"
    assert provider_loader.install() == "lazy"  # idempotent
    # the real root __init__ (never run here) lists every submodule in __all__
    assert "__all__" not in vars(sys.modules[PACKAGE])


@lazy_only
def test_building_every_root_imports_only_the_submodules_it_uses(synthesized):
    assert synthesized.names
    loaded = {n.split(".")[1] for n in sys.modules if n.startswith(PACKAGE + ".") and n.count(".") == 1}
    assert {"vpc", "subnet", "provider"} <= loaded
    # Modules nothing here uses stay unloaded, and so do most of the ~2,100.
    assert "gamelift_fleet" not in loaded
    assert len(loaded) < 200, sorted(loaded)


@lazy_only
def test_the_package_imports_a_submodule_on_attribute_access():
    import cdktf_cdktf_provider_aws as aws

    assert aws.glue_job.GlueJob.__name__ == "GlueJob"
    with pytest.raises(AttributeError):
        aws.no_such_submodule  # noqa: B018


@lazy_only
def test_a_value_of_a_type_from_a_submodule_not_imported_yet_is_resolved():
    # Node may hand back an object whose class lives in a submodule Python never imported;
    # the jsii runtime then imports the module its submodule map names. The provider package
    # ships no map, so without the loader's this raises "Unknown type".
    from jsii._kernel.types import ObjRef
    from jsii._reference_map import _refs

    assert f"{PACKAGE}.sagemaker_domain" not in sys.modules
    value = _refs.resolve(None, ObjRef(ref="@cdktf/provider-aws.sagemakerDomain.SagemakerDomain@99999999"))
    assert type(value).__name__ == "SagemakerDomain"
    assert f"{PACKAGE}.sagemaker_domain" in sys.modules


def test_submodule_names_map_to_their_jsii_namespaces():
    # The map above is derived from the folder names; check it against the jsii type names
    # each submodule declares (the first one in its source suffices).
    root = Path(importlib.util.find_spec(PACKAGE).submodule_search_locations[0])
    declared = re.compile(rb'jsii_type="@cdktf/provider-aws\.(\w+)\.')
    wrong = []
    names = provider_loader._submodules([str(root)])
    assert len(names) > 2000
    for name in names:
        with open(root / name / "__init__.py", "rb") as source:
            found = declared.search(source.read(400_000))
        if found is None or found.group(1).decode() != provider_loader.jsii_namespace(name):
            wrong.append((name, found and found.group(1)))
    assert not wrong


@lazy_only
def test_node_options_are_restored_after_the_kernel_started():
    assert provider_loader.install() == "lazy"
    assert "provider_loader_node.js" not in os.environ.get("NODE_OPTIONS", "")


def test_an_already_imported_package_is_left_alone():
    result = _python(f"""
        import sys, types
        sys.modules["{PACKAGE}"] = types.ModuleType("{PACKAGE}")
        # The module alone: importing the atlas.cdk package would import cdktf (and jsii) itself.
        import importlib.util
        spec = importlib.util.spec_from_file_location("loader", "{provider_loader.__file__}")
        provider_loader = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(provider_loader)
        print(provider_loader.install(), "jsii" in sys.modules)
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["eager", "False"]


@lazy_only
def test_the_kernel_was_started_in_the_background():
    # (this process: conftest imported atlas.cdk before anything else touched jsii)
    assert provider_loader.kernel_start == "background"
    assert [name for name, _, _ in provider_loader._assemblies()] == ["constructs", "cdktf", "@cdktf/provider-aws"]


@pytest.mark.slow
@lazy_only
def test_a_failed_background_load_is_raised_by_the_first_request_that_waits(tmp_path):
    """The provider's assembly cannot be loaded: the import of its bindings goes on (the
    load was the thread's), and the first request that needs the kernel raises jsii's error."""
    result = _python(f"""
        import importlib.util
        spec = importlib.util.spec_from_file_location("loader", "{provider_loader.__file__}")
        loader = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(loader)
        found = loader._assemblies
        def broken():
            assemblies = found()
            name, version, _ = assemblies[-1]
            return assemblies[:-1] + [(name, version, "{tmp_path / 'missing.jsii.tgz'}")]
        loader._assemblies = broken
        print(loader.install(), loader.kernel_start)
        from cdktf import App
        try:
            App(outdir="{tmp_path / 'out'}")
        except Exception as err:
            print("raised", "missing.jsii.tgz" in str(err))
        else:
            print("no error")
    """)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["lazy", "background", "raised", "True"]


# --- Node.js side -----------------------------------------------------------------------

def _fake_provider(tmp_path: Path, index_lines: list[str]) -> Path:
    package = tmp_path / "node_modules" / "@cdktf" / "provider-aws"
    for name in ("alpha", "beta-gamma"):
        (package / "lib" / name).mkdir(parents=True)
        (package / "lib" / name / "index.js").write_text(
            f'globalThis.loaded = (globalThis.loaded || []).concat(["{name}"]); exports.Thing = "{name}";\n')
    (package / "package.json").write_text(json.dumps({"name": "@cdktf/provider-aws", "main": "lib/index.js"}))
    (package / "lib" / "index.js").write_text("\n".join(index_lines) + "\n")
    return package


INDEX = ['"use strict";', "/**", " * Copyright", " */",
         'Object.defineProperty(exports, "__esModule", { value: true });',
         "exports.betaGamma = exports.alpha = void 0;", "// generated by cdktf get",
         'exports.alpha = require("./alpha");', 'exports.betaGamma = require("./beta-gamma");',
         "//# sourceMappingURL=data:application/json;base64,e30="]
PROBE = """
const index = require(require("path").resolve("node_modules/@cdktf/provider-aws"));
const before = (globalThis.loaded || []).slice();
const thing = index.betaGamma.Thing;
console.log(JSON.stringify({before, thing, after: globalThis.loaded, keys: Object.keys(index)}));
"""


def _node(package: Path, preload: bool) -> dict:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    env = {**os.environ, "NODE_OPTIONS": f'--require "{provider_loader.NODE_PRELOAD}"' if preload else ""}
    result = subprocess.run([node, "-e", PROBE], cwd=package.parent.parent.parent, capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_node_preload_loads_provider_submodules_on_first_use(tmp_path):
    seen = _node(_fake_provider(tmp_path, INDEX), preload=True)
    assert seen == {"before": [], "thing": "beta-gamma", "after": ["beta-gamma"], "keys": ["alpha", "betaGamma"]}


def test_node_preload_loads_an_unexpected_index_as_usual(tmp_path):
    seen = _node(_fake_provider(tmp_path, INDEX + ['console.error("something new");']), preload=True)
    assert seen["before"] == ["alpha", "beta-gamma"]
    assert _node(_fake_provider(tmp_path / "plain", INDEX), preload=False)["before"] == ["alpha", "beta-gamma"]


# --- Slow: fallback and byte-identical output ---------------------------------------------

@pytest.mark.slow
def test_falls_back_to_the_eager_import_when_the_assembly_module_is_missing():
    # The first lookup of <package>._jsii fails, as it would if the layout changed; the
    # loader must clean up and import the package the usual way (which then finds _jsii).
    result = _python(f"""
        import importlib.abc, sys
        class Hide(importlib.abc.MetaPathFinder):
            hidden = False
            def find_spec(self, name, path=None, target=None):
                if name == "{PACKAGE}._jsii" and not Hide.hidden:
                    Hide.hidden = True
                    raise ModuleNotFoundError(name)
                return None
        sys.meta_path.insert(0, Hide())
        from atlas.cdk import provider_loader
        mode = provider_loader.install()
        package = sys.modules["{PACKAGE}"]
        from cdktf_cdktf_provider_aws.vpc import Vpc
        print(mode, Hide.hidden, "wafv2_web_acl" in vars(package), Vpc.__name__)
    """, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["eager", "True", "True", "Vpc"]


@pytest.mark.slow
def test_every_root_is_byte_identical_with_the_eager_import_and_with_python_O(synthesized, tmp_path):
    """The test process synthesizes lazily with the bindings' type checks on; main.py here
    imports eagerly and runs with -O (no type checks, as the README runs it): one extra
    process proves that neither the loader nor -O changes a byte."""
    out = tmp_path / "eager.out"
    result = subprocess.run([sys.executable, "-O", "main.py", "--out", str(out), "--quiet"], cwd=ROOT,
                            capture_output=True, text=True, timeout=900,
                            env={**os.environ, provider_loader.EAGER_ENV: "1"})
    assert result.returncode == 0, result.stderr[-3000:]

    def files(folder: Path) -> dict[str, bytes]:
        return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}

    lazy, eager = files(synthesized.outdir), files(out)
    assert sorted(lazy) == sorted(eager)
    assert len([n for n in lazy if n.endswith("cdk.tf.json")]) == len(synthesized.names)
    different = [name for name in lazy if lazy[name] != eager[name]]
    assert not different
