"""Batch throughput on generated ~500-word articles: `briefing brief FOLDER --json OUT` with
1 and 2 jobs and on a 2-worker local Dask cluster, each a fresh process as a user runs it.

The rate is marginal: the time for SMALL articles is taken from the time for LARGE, so
process start and model loading (paid once per worker) do not count. Peak memory is the
largest resident set of any process of the run (a worker's). Targets (issue 19): >= 20
articles/s with 2 jobs on 2 cores and >= 1.7x the 1-job rate, <= 250 MB a worker, the
cluster within 20% of the plain batch. `python -m benchmarks.bench_batch` also prints the
sizing for a million articles.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.measure import make_article

SMALL, LARGE = 40, 160
WORDS = 500


def _corpus(folder: Path, count: int) -> Path:
    root = folder / f"articles-{count}"
    root.mkdir()
    for n in range(count):
        (root / f"{n:05d}.txt").write_text(make_article(WORDS, seed=n), encoding="utf-8")
    return root


def _run(root: Path, out: Path, extra: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak resident MB) of the run and all its processes."""
    command = [sys.executable, "-m", "briefing", "brief", str(root), "--json", str(out), "-q"]
    t0 = time.perf_counter()
    child = subprocess.Popen([*command, *extra], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - t0
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command + extra)} exited {child.returncode}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # KB on Linux


def configurations() -> list[tuple[str, list[str]]]:
    found = [("1 job", []), ("2 jobs", ["--jobs", "2"])]
    if importlib.util.find_spec("distributed"):
        found.append(("dask local:2", ["--cluster", "local:2"]))
    return found


def measure_batch() -> list[tuple[str, float, float, float]]:
    """(configuration, articles per second, articles per CPU second, peak MB). On a shared
    machine the wall rate depends on the neighbours; the CPU rate is what a worker does."""
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        small, large = _corpus(Path(folder), SMALL), _corpus(Path(folder), LARGE)
        for n, (name, extra) in enumerate(configurations()):
            t_small, cpu_small, _ = _run(small, Path(folder) / f"out-s{n}", extra)
            t_large, cpu_large, peak = _run(large, Path(folder) / f"out-l{n}", extra)
            articles = LARGE - SMALL
            rows.append(
                (
                    name,
                    articles / max(t_large - t_small, 1e-9),
                    articles / max(cpu_large - cpu_small, 1e-9),
                    peak,
                )
            )
    return rows


def run() -> list[tuple[str, float, float]]:
    """For `make bench`: milliseconds per article (marginal) and peak MB of each run."""
    return [(f"{name}, ms per article", 1000 / rate, mb) for name, rate, _, mb in measure_batch()]


def main() -> None:
    rows = measure_batch()
    print(f"{WORDS}-word generated articles, {os.cpu_count()} cores, JSON output")
    print(f"{'configuration':<16} {'articles/s':>10} {'per CPU s':>10} {'peak MB':>8}")
    for name, rate, cpu_rate, mb in rows:
        print(f"{name:<16} {rate:>10.1f} {cpu_rate:>10.1f} {mb:>8.0f}")
    one = rows[0][1]
    for name, rate, _, _ in rows[1:]:
        print(f"{name}: {rate / one:.2f}x the 1-job rate (wall)")
    per_worker = rows[0][2]  # a worker on a core of its own
    million = 1_000_000
    hours = million / per_worker / 3600
    print(f"a million articles: {hours:.1f} worker-hours at {per_worker:.1f} articles/s a worker")
    for target in (24, 8, 1):
        workers = -(-million // int(per_worker * 3600 * target))
        print(f"  in {target:>2} h: {workers} workers (a core and ~{rows[0][3]:.0f} MB each)")


if __name__ == "__main__":
    main()
