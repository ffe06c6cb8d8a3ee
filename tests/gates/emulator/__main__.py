"""``python -m tests.gates.emulator [ROOT...]``: the emulator gate by hand on ``cdktf.out``."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Sequence

from tests.gates.emulator.report import format_report
from tests.gates.emulator.run import JOBS, buckets_to_create, run_roots
from tests.gates.emulator.server import MotoServer, create_bucket


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m tests.gates.emulator [ROOT...]``: the gate by hand on a synthesized
    ``cdktf.out`` (roots named are run with nothing else; their upstreams must be named too)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("roots", nargs="*")
    parser.add_argument("--outdir", type=Path, default=Path("cdktf.out"))
    parser.add_argument("--jobs", type=int, default=JOBS)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="atlas-emulator-"))
    server = MotoServer(log=work / "moto.log").start()
    try:
        manifest = json.loads((args.outdir / "roots.json").read_text())["roots"]
        docs = {r["name"]: json.loads((args.outdir / "stacks" / r["name"] / "cdk.tf.json").read_text())
                for r in manifest}
        for bucket, region in buckets_to_create(docs):
            create_bucket(server, bucket, region)
        started = time.perf_counter()
        runs = run_roots(args.outdir, server, work, args.roots, jobs=args.jobs,
                         log=lambda text: print(text, file=sys.stderr, flush=True))
        print(format_report(runs))
        print(f"{time.perf_counter() - started:.0f} s in all; work folder {work}")
        failures = {n: r.failure() for n, r in runs.items() if r.failure()}
        for name, failure in failures.items():
            print(f"\n{name}: {failure}")
        return 1 if failures else 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
