"""Finding the hashicorp/aws provider on disk and writing a Terraform CLI config for it.

Machines without registry access ship the provider as a filesystem mirror. We look for it
(``ATLAS_TF_PROVIDER_MIRROR`` first, then the places Terraform itself and machine images
use) and write our own CLI config pointing at it; everything else still comes from the
registry, so a user with internet needs nothing special. The config is passed to the
Terraform processes we start, never written to the user's home.
"""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path

MIRROR_ENV = "ATLAS_TF_PROVIDER_MIRROR"
AWS_PROVIDER = "registry.terraform.io/hashicorp/aws"
AWS_VERSION = "5.100.0"


def _platform() -> str:
    machine = platform.machine().lower()
    arch = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(machine, machine)
    return f"{platform.system().lower()}_{arch}"


def candidate_dirs() -> list[Path]:
    """Where a mirror may be, in the order we look."""
    found = []
    if os.environ.get(MIRROR_ENV):
        found.append(Path(os.environ[MIRROR_ENV]))
    home = Path.home()
    data_home = Path(os.environ.get("XDG_DATA_HOME", home / ".local" / "share"))
    found += [home / ".terraform.d" / "plugins", data_home / "terraform" / "plugins"]
    for base in os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share").split(":"):
        if base:
            found.append(Path(base) / "terraform" / "plugins")
    found += [Path("/opt/tf-plugins"), Path("/opt/terraform/plugins"), Path("/usr/local/lib/terraform/plugins")]
    return list(dict.fromkeys(found))


def has_provider(mirror: Path, source: str = AWS_PROVIDER, version: str = AWS_VERSION) -> bool:
    base = mirror / source / version
    name = source.rsplit("/", 1)[-1]
    packed = mirror / source / f"terraform-provider-{name}_{version}_{_platform()}.zip"
    return (base / _platform()).is_dir() or packed.is_file()


def find_mirror() -> Path | None:
    """The first folder holding hashicorp/aws 5.100.0 for this platform, or None."""
    explicit = os.environ.get(MIRROR_ENV)
    if explicit and not has_provider(Path(explicit)):
        raise FileNotFoundError(f"{MIRROR_ENV}={explicit} does not hold {AWS_PROVIDER} {AWS_VERSION} "
                                f"for {_platform()} (expected {AWS_PROVIDER}/{AWS_VERSION}/{_platform()}/)")
    return next((d for d in candidate_dirs() if has_provider(d)), None)


def write_cli_config(path: Path, mirror: Path | None) -> Path:
    """A CLI config that installs hashicorp/aws from ``mirror`` and the rest from the registry.

    Terraform takes HCL or JSON-compatible HCL; we write HCL with JSON-quoted strings.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if mirror is None:
        path.write_text("# No local provider mirror found: providers come from the registry.\n")
        return path
    include = json.dumps([AWS_PROVIDER])
    path.write_text(
        "provider_installation {\n"
        "  filesystem_mirror {\n"
        f"    path    = {json.dumps(str(mirror))}\n"
        f"    include = {include}\n"
        "  }\n"
        "  direct {\n"
        f"    exclude = {include}\n"
        "  }\n"
        "}\n")
    return path
