"""Load only the AWS provider submodules this project uses, in Python and in Node.js.

``import cdktf_cdktf_provider_aws`` executes a root ``__init__`` that imports all ~2,100
resource submodules (8-30 s and ~0.5 GB in Python), and the jsii kernel then runs
``require("@cdktf/provider-aws")`` in its Node.js process, whose index also loads all of them
(3-5 s and another ~0.45 GB), while synthesizing every root takes about a second. So:

* Python: we register an empty package module with the right ``__path__`` and load the
  package's jsii assembly (``cdktf_cdktf_provider_aws._jsii``, which needs only cdktf and
  constructs); after that ``from cdktf_cdktf_provider_aws.vpc import Vpc`` imports just
  ``vpc``. Attribute access on the package (``cdktf_cdktf_provider_aws.vpc``) imports the
  submodule on demand, like a PEP 562 lazy package.
* Node.js: ``provider_loader_node.js`` is preloaded (``NODE_OPTIONS=--require``) into the
  kernel process while it starts, and answers the kernel's require of the provider's index
  with an object that loads each submodule when the kernel first looks a type up in it.
* Types: if Node hands Python an object whose class lives in a submodule not imported yet,
  the jsii runtime imports the module named in its submodule map. The provider package
  predates that map, so we fill it in (``@cdktf/provider-aws.wafv2WebAcl`` ->
  ``cdktf_cdktf_provider_aws.wafv2_web_acl``); without it such a value would fail with
  "Unknown type" instead of being loaded.

The installed package is never modified. If its layout ever changes (no ``_jsii`` module, or
the first submodule fails to import), we fall back to the normal eager import: slower, same
output; the Node side likewise loads the real index unless it is the expected list of
``exports.x = require("./x")`` lines. ``ATLAS_EAGER_PROVIDER_IMPORT=1`` forces the plain eager
path on both sides; a test compares the output of both modes byte for byte.

``install()`` must run before anything starts the jsii kernel (``atlas.cdk`` calls it first
thing); if cdktf was imported earlier, the Python side still works and Node loads everything.
If the package was already imported the usual way, ``install()`` just reports "eager".
"""

from __future__ import annotations

import atexit
import importlib
import importlib.util
import os
import re
import sys
import threading
from pathlib import Path
from types import ModuleType

PACKAGE = "cdktf_cdktf_provider_aws"
ASSEMBLY = "@cdktf/provider-aws"
EAGER_ENV = "ATLAS_EAGER_PROVIDER_IMPORT"
NODE_PRELOAD = Path(__file__).with_name("provider_loader_node.js")

# jsii 1.1xx prints a large banner on Node 20; the runtime works, and the banner would bury
# the synthesis table. Node 20 is what these machines ship.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

mode = "unloaded"
# True when the jsii kernel was started here, with the Node preload: its readable addresses
# are then computed in Node (provider_loader_node.js, see atlas.cdk.stack).
node_preloaded = False


def install() -> str:
    """Makes provider submodules importable; returns "lazy" or "eager". Idempotent."""
    global mode, node_preloaded
    if mode != "unloaded":
        return mode
    if os.environ.get(EAGER_ENV, "") not in ("", "0"):
        importlib.import_module(PACKAGE)
        mode = "eager"
        return mode
    if PACKAGE in sys.modules:  # someone imported it (eagerly) already: nothing left to save
        mode = "eager"
        return mode
    try:
        spec = importlib.util.find_spec(PACKAGE)
        if spec is None or not spec.submodule_search_locations:
            raise ImportError(f"{PACKAGE} is not installed as a package")
        package = importlib.util.module_from_spec(spec)
        submodules = _submodules(spec.submodule_search_locations)
        package.__getattr__ = _lazy_attribute(package, submodules)  # type: ignore[attr-defined]
        sys.modules[PACKAGE] = package
        kernel_running = any(name.endswith("._jsii") for name in sys.modules)
        if not kernel_running:
            start_kernel()  # (the loads the import below makes are then already under way)
        importlib.import_module(f"{PACKAGE}._jsii")
        node_preloaded = not kernel_running
        _register_submodule_map(submodules)
        importlib.import_module(f"{PACKAGE}.provider")
        mode = "lazy"
    except Exception:  # layout changed: forget the partial state and import it the usual way
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]
        importlib.import_module(PACKAGE)
        mode = "eager"
    return mode


def _submodules(locations) -> list[str]:
    # One folder per submodule. is_dir() comes from the directory listing itself; asking each
    # of the 2,100 folders for its __init__.py cost a stat each, up to 0.15 s on a cold cache
    # (a fresh CI or Spacelift container) for nothing: a folder without one fails on import.
    return sorted(entry.name for location in locations for entry in os.scandir(location)
                  if not entry.name.startswith(("_", ".")) and entry.is_dir())


def _lazy_attribute(package: ModuleType, submodules: list[str]):
    known = set(submodules)

    def __getattr__(name: str):
        if name in known:
            return importlib.import_module(f"{package.__name__}.{name}")
        raise AttributeError(f"module {package.__name__!r} has no attribute {name!r}")

    return __getattr__


def jsii_namespace(submodule: str) -> str:
    """``wafv2_web_acl`` -> ``wafv2WebAcl``: jsii-pacmak snake-cases the jsii submodule name."""
    first, *rest = submodule.split("_")
    return first + "".join(part[:1].upper() + part[1:] for part in rest)


def _register_submodule_map(submodules: list[str]) -> None:
    # What newer jsii-pacmak versions generate as _SUBMODULE_FQN_MAP; the runtime consults it
    # when it meets a type that is not registered yet. Absent in other jsii versions: skip.
    from jsii import _reference_map

    fqn_map = getattr(_reference_map, "_submodule_fqn_map", None)
    if fqn_map is None:
        return
    for name in submodules:
        fqn_map.setdefault(f"{ASSEMBLY}.{jsii_namespace(name)}", f"{PACKAGE}.{name}")


# The assemblies ``import cdktf_cdktf_provider_aws._jsii`` loads, in that order (each _jsii
# module imports its dependencies' first).
ASSEMBLY_PACKAGES = ("constructs", "cdktf", PACKAGE)
_LOAD_CALL = re.compile(r'JSIIAssembly\.load\(\s*"([^"]+)",\s*"([^"]+)",\s*__name__\[0:-6\],\s*"([^"]+)"\s*\)')

kernel_start = "none"  # "background" once start_kernel started it; else how it failed


def start_kernel() -> str:
    """Starts the jsii kernel (Node.js, with the preload) and loads the three assemblies on
    a thread, so Python imports and validates meanwhile.

    jsii starts Node.js on the first assembly load and waits for each load to answer: about
    0.3 s of every synthesis (Node's start 0.15 s, cdktf's assembly 0.07 s, the provider's
    0.05 s) in which Python did nothing, before it imported the bindings and read the
    environment files, none of which needs Node.js. Here the process is spawned at once
    (NODE_OPTIONS holds the preload only for that moment), its hello and the loads are
    awaited on a thread, and until the thread is done the kernel's provider answers the
    loads it is doing without waiting (jsii ignores a load's answer) and holds any other
    request until it is done. A failure there (a broken assembly, Node.js exiting) is raised
    by the first request that waits, as jsii would have raised it; a missing Node.js fails
    the spawn itself, here, as before. Returns ``kernel_start``:
    "background", or why the usual start was kept (jsii's internals differ from these).
    """
    global kernel_start
    assemblies = _assemblies()
    if assemblies is None:
        kernel_start = "assemblies not found"
        return kernel_start
    try:
        from jsii._kernel.providers import process as jsii_process
        from jsii._kernel.types import LoadRequest
        from jsii._runtime import kernel
    except ImportError:
        kernel_start = "jsii layout"
        return kernel_start
    provider, node = kernel.provider, getattr(jsii_process, "_NodeProcess", None)
    if (not isinstance(provider, jsii_process.ProcessProvider) or node is None
            or not callable(getattr(node, "handshake", None))):
        kernel_start = "jsii layout"
        return kernel_start
    handshake = node.handshake
    node.handshake = lambda self: None  # start() spawns and returns; the thread says hello
    try:
        with _node_preload():
            process = provider._process
    finally:
        node.handshake = handshake
    requests = [LoadRequest(name=name, version=version, tarball=tarball) for name, version, tarball in assemblies]
    _BackgroundStart(provider, process, handshake, requests)
    kernel_start = "background"
    return kernel_start


def _assemblies() -> list[tuple[str, str, str]] | None:
    """``(name, version, tarball)`` of each assembly, read from its _jsii module's source."""
    found = []
    for package in ASSEMBLY_PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            return None
        folder = Path(list(spec.submodule_search_locations)[0]) / "_jsii"
        try:
            call = _LOAD_CALL.search((folder / "__init__.py").read_text(encoding="utf-8"))
        except OSError:
            return None
        if call is None or not (folder / call.group(3)).is_file():
            return None
        found.append((call.group(1), call.group(2), str(folder / call.group(3))))
    return found


class _BackgroundStart:
    """Waits for the kernel's hello and the loads on a thread; until then, the provider's
    methods (instance attributes over the class's) answer those loads at once and wait for
    the thread before anything else."""

    def __init__(self, provider, process, handshake, requests) -> None:
        self.provider, self.error = provider, None
        self.pending = {(r.name, r.version) for r in requests}
        load = type(provider).load
        names = [n for n in dir(type(provider)) if not n.startswith("_") and callable(getattr(type(provider), n))]
        for name in names:
            setattr(provider, name, self._waiting(getattr(provider, name)))
        provider.load = self._load

        def run() -> None:
            try:
                handshake(process)
                for request in requests:
                    load(provider, request)
            except BaseException as err:  # raised again by the first request that waits
                self.error = err

        self.names = names
        self.thread = threading.Thread(target=run, name="jsii-kernel-start", daemon=True)
        self.thread.start()
        # A run that ends before its first request (bad input: exit 2) lets the loads finish
        # before jsii's own exit hook (registered earlier, so run later) tells Node.js to exit
        # on the same pipe.
        atexit.register(self.thread.join, 30)

    def wait(self) -> None:
        if self.thread.is_alive() or self.names:
            self.thread.join()
            if self.error is None:
                for name in self.names:
                    self.provider.__dict__.pop(name, None)
                self.names = []
        if self.error is not None:
            raise self.error

    def _waiting(self, method):
        def call(*args, **kwargs):
            self.wait()
            return method(*args, **kwargs)

        return call

    def _load(self, request):
        key = (request.name, request.version)
        if key in self.pending and self.error is None:
            self.pending.discard(key)
            return None  # being loaded by the thread; jsii ignores the answer
        self.wait()
        return type(self.provider).load(self.provider, request)


class _node_preload:
    """Adds the Node preload to NODE_OPTIONS while the jsii kernel process starts.

    The kernel is started by the first assembly load (``_jsii`` loads cdktf's first) and
    inherits the environment then; restoring it afterwards keeps other Node processes this
    program may start untouched.
    """

    def __enter__(self) -> None:
        self.previous = os.environ.get("NODE_OPTIONS")
        preload = '--require "' + str(NODE_PRELOAD).replace("\\", "\\\\").replace('"', '\\"') + '"'
        os.environ["NODE_OPTIONS"] = f"{self.previous} {preload}" if self.previous else preload

    def __exit__(self, *exc) -> None:
        if self.previous is None:
            os.environ.pop("NODE_OPTIONS", None)
        else:
            os.environ["NODE_OPTIONS"] = self.previous
