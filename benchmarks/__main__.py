"""Run every benchmarks/bench_*.py module's run() and print one table; a module's TARGETS
(case -> most milliseconds, or least for a rate) are checked, and a case over its target is
printed and makes the exit status 1, so a slower build shows."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    folder = Path(__file__).parent
    rows: list[tuple[str, str, float, float]] = []
    targets: dict[str, tuple[str, float]] = {}
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
        targets |= getattr(module, "TARGETS", {})
    print(f"{'stage':<10} {'case':<40} {'median ms':>10} {'peak MB':>9}")
    for stage, case, ms, mb in rows:
        print(f"{stage:<10} {case:<40} {ms:>10.1f} {mb:>9.1f}")
    missed = over_target(rows, targets)
    for line in missed:
        print(f"over target: {line}")
    return 1 if missed else 0


def over_target(
    rows: list[tuple[str, str, float, float]], targets: dict[str, tuple[str, float]]
) -> list[str]:
    """The cases whose figure misses its target: ("<=", 50.0) a most, (">=", 2e4) a least."""
    missed = []
    for _, case, ms, _ in rows:
        if case in targets:
            op, limit = targets[case]
            if (ms > limit) if op == "<=" else (ms < limit):
                missed.append(f"{case}: {ms:,.1f} (target {op} {limit:,.0f})")
    return missed


if __name__ == "__main__":
    raise SystemExit(main())
