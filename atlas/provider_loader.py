"""Load only the AWS provider submodules this project uses.

``import cdktf_cdktf_provider_aws`` executes a root ``__init__`` that imports all ~2,100
resource submodules: 8-15 s and over half a gigabyte per process, while synthesizing every
root takes about a second. Each submodule only needs the package's jsii assembly
(``cdktf_cdktf_provider_aws._jsii``), cdktf and constructs, so we register an empty package
module with the right ``__path__`` and load the assembly; after that
``from cdktf_cdktf_provider_aws.vpc import Vpc`` imports just ``vpc``. The installed package
is never modified.

If the package layout ever changes (no ``_jsii`` module, or the first submodule fails to
import), we fall back to the normal eager import: slower, same output. Setting
``ATLAS_EAGER_PROVIDER_IMPORT=1`` forces the eager path; a test compares both outputs byte
for byte.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys

PACKAGE = "cdktf_cdktf_provider_aws"
EAGER_ENV = "ATLAS_EAGER_PROVIDER_IMPORT"

# jsii 1.1xx prints a large banner on Node 20; the runtime works, and the banner would bury
# the synthesis table. Node 20 is what these machines ship.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

mode = "unloaded"


def install() -> str:
    """Makes provider submodules importable; returns "lazy" or "eager". Idempotent."""
    global mode
    if mode != "unloaded":
        return mode
    if os.environ.get(EAGER_ENV, "") not in ("", "0"):
        importlib.import_module(PACKAGE)
        mode = "eager"
        return mode
    if PACKAGE in sys.modules:  # someone imported it eagerly already
        mode = "eager"
        return mode
    try:
        spec = importlib.util.find_spec(PACKAGE)
        if spec is None or not spec.submodule_search_locations:
            raise ImportError(f"{PACKAGE} is not installed as a package")
        package = importlib.util.module_from_spec(spec)
        sys.modules[PACKAGE] = package
        importlib.import_module(f"{PACKAGE}._jsii")
        importlib.import_module(f"{PACKAGE}.provider")
        mode = "lazy"
    except Exception:  # layout changed: forget the partial state and import it the usual way
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]
        importlib.import_module(PACKAGE)
        mode = "eager"
    return mode
