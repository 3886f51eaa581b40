"""Run every benchmarks/bench_*.py module's run() and print one table."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    folder = Path(__file__).parent
    rows: list[tuple[str, str, float, float]] = []
    only = set(sys.argv[1:])
    for info in sorted(pkgutil.iter_modules([str(folder)]), key=lambda m: m.name):
        if not info.name.startswith("bench_"):
            continue
        stage = info.name.removeprefix("bench_")
        if only and stage not in only:
            continue
        module = importlib.import_module(f"benchmarks.{info.name}")
        print(f"running {stage}…", file=sys.stderr, flush=True)
        rows += [(stage, case, ms, mb) for case, ms, mb in module.run()]
    print(f"{'stage':<10} {'case':<40} {'median ms':>10} {'peak MB':>9}")
    for stage, case, ms, mb in rows:
        print(f"{stage:<10} {case:<40} {ms:>10.1f} {mb:>9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
