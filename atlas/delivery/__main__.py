"""``python -m atlas.delivery [--out cdktf.out] [--check]``: write or check the generated files."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from atlas.delivery.generate import PROJECT, from_outdir, stale, write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="write .spacelift/, docs/ and root-facts.json from the app's roots")
    parser.add_argument("--out", type=Path, help="a synthesized output folder (default: synthesize every root now)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a committed file is stale; write nothing")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(PROJECT / ".gen"))
    from atlas.app import load_environments, plan_roots, synthesize
    from atlas.config import ConfigError

    try:
        environments = load_environments(PROJECT / "environments")
        outdir = args.out
        if outdir is None:
            outdir = Path(tempfile.mkdtemp(prefix="atlas-delivery-")) / "cdktf.out"
            synthesize(plan_roots(environments), outdir)
    except ConfigError as err:
        print("\n".join(f"error: {p}" for p in err.problems), file=sys.stderr)
        return 2
    files = from_outdir(outdir, environments)
    if args.check:
        found = stale(files)
        for path in found:
            print(f"stale: {path} (run `python -m atlas.delivery`)", file=sys.stderr)
        return 1 if found else 0
    write(files)
    print(f"wrote {len(files)} files (.spacelift/, docs/, root-facts.json)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
