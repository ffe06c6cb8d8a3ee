"""``python -m atlas.harness``: plan every synthesized root offline and print a report.

A root whose provider is not in the offline mirror is checked against its committed provider
schema instead (``UNAVAILABLE (schema OK)``); the exit status is 1 when any root failed
(a plan, or that schema check)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from atlas.harness.terraform import format_report, plan_roots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="terraform init/validate/plan every synthesized root offline")
    parser.add_argument("roots", nargs="*", help="root names (default: every root in the output folder)")
    parser.add_argument("--out", type=Path, default=Path("cdktf.out"), help="synthesized output (default: cdktf.out)")
    parser.add_argument("--jobs", type=int, default=None, help="plans run at once (default: CPU count)")
    args = parser.parse_args(argv)
    if not (args.out / "roots.json").exists():
        print(f"error: {args.out}/roots.json not found; run `python main.py` first", file=sys.stderr)
        return 2
    results = plan_roots(args.out, args.roots, jobs=args.jobs)
    print(format_report(results))
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
