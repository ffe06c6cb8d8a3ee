"""``python -m tests.gates.emulator [ROOT...]``: the emulator gate by hand on ``cdktf.out``."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Sequence

from tests.gates.emulator.run import JOBS, run_gate


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m tests.gates.emulator [ROOT...]``: the gate by hand on a synthesized
    ``cdktf.out`` (roots named are run with nothing else; their upstreams must be named too)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("roots", nargs="*")
    parser.add_argument("--outdir", type=Path, default=Path("cdktf.out"))
    parser.add_argument("--jobs", type=int, default=JOBS)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="atlas-emulator-"))
    runs, report = run_gate(args.outdir, work, args.roots, jobs=args.jobs,
                            log=lambda text: print(text, file=sys.stderr, flush=True))
    print(report)
    failures = {n: r.failure() for n, r in runs.items() if r.failure()}
    for name, failure in failures.items():
        print(f"\n{name}: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
