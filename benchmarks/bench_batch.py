"""Batch throughput on generated ~500-word articles: `briefing brief FOLDER --json OUT` with
1 and 2 jobs and on a 2-worker local Dask cluster, each a fresh process as a user runs it.

The rate is marginal: the time for SMALL articles is taken from the time for LARGE, so
process start and model loading (paid once per worker) do not count. Peak memory is the
largest resident set of any process of the run (a worker's). Targets (issue 19): >= 20
articles/s with 2 jobs on 2 cores and >= 1.7x the 1-job rate, <= 250 MB a worker, the
cluster within 20% of the plain batch.

On a machine shared with other work one run says more about the neighbours than about the
batch, so the configurations run in rounds (each round runs every configuration once, so
they meet the same neighbours), the figures are medians over the rounds, and each round
also times a pure CPU loop in one and in two processes: the speed-up two processes can get
from the machine at that moment, which bounds the batch's. The load average is printed
beside them. `python -m benchmarks.bench_batch [ROUNDS]` (default 3) also prints the
sizing for a million articles.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.measure import make_article

SMALL, LARGE = 40, 160
WORDS = 500
ROUNDS = 3
# About half a second of pure Python on one core of the machine this was written on.
_LOOP = "s = 0\nfor i in range(12_000_000):\n    s += i\n"


@dataclass(frozen=True)
class Run:
    rate: float  # articles per wall second (marginal)
    cpu_rate: float  # articles per CPU second of all the run's processes (marginal)
    peak_mb: float
    whole_rate: float  # LARGE articles over the whole run's wall time, start-up included


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


def autogroup() -> bool:
    """Linux's scheduler autogroup: the CPU is shared fairly between sessions, not processes,
    so a second process of one session gets no more of the machine while others are busy."""
    try:
        return Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        return False


def machine_speedup() -> float:
    """How much faster two processes finish two equal CPU loops than one process one loop
    twice: 2.0 on two idle cores, less when neighbours take their share."""

    def wall(processes: int) -> float:
        t0 = time.perf_counter()
        children = [subprocess.Popen([sys.executable, "-c", _LOOP]) for _ in range(processes)]
        for child in children:
            child.wait()
        return time.perf_counter() - t0

    return 2 * wall(1) / wall(2)


def _measure(folder: Path, small: Path, large: Path, extra: list[str]) -> Run:
    t_small, cpu_small, _ = _run(small, folder / f"out-s-{time.monotonic_ns()}", extra)
    t_large, cpu_large, peak = _run(large, folder / f"out-l-{time.monotonic_ns()}", extra)
    articles = LARGE - SMALL
    return Run(
        articles / max(t_large - t_small, 1e-9),
        articles / max(cpu_large - cpu_small, 1e-9),
        peak,
        LARGE / t_large,
    )


@dataclass(frozen=True)
class Rounds:
    runs: dict[str, list[Run]]  # configuration -> one run a round
    speedups: list[float]  # the machine's two-process speed-up, a round each
    loads: list[float]  # 1-minute load average, sampled around every run

    def median(self, name: str, field: str) -> float:
        return float(statistics.median(getattr(r, field) for r in self.runs[name]))

    def span(self, name: str, field: str) -> tuple[float, float]:
        values = [getattr(r, field) for r in self.runs[name]]
        return min(values), max(values)

    def ratio(self, name: str, base: str) -> list[float]:
        """Per round, the rate of `name` over the rate of `base` (same neighbours)."""
        return [a.rate / b.rate for a, b in zip(self.runs[name], self.runs[base], strict=True)]


def measure_batch(rounds: int = ROUNDS) -> Rounds:
    configs = configurations()
    runs: dict[str, list[Run]] = {name: [] for name, _ in configs}
    speedups: list[float] = []
    loads: list[float] = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small, large = _corpus(folder, SMALL), _corpus(folder, LARGE)
        for n in range(rounds):
            print(f"round {n + 1} of {rounds}…", file=sys.stderr, flush=True)
            speedups.append(machine_speedup())
            for name, extra in configs:
                runs[name].append(_measure(folder, small, large, extra))
                loads.append(os.getloadavg()[0])
    return Rounds(runs, speedups, loads)


def run() -> list[tuple[str, float, float]]:
    """For `make bench`: milliseconds per article (marginal, median) and peak MB of each."""
    found = measure_batch(1)
    return [
        (f"{n}, ms per article", 1000 / found.median(n, "rate"), found.median(n, "peak_mb"))
        for n in found.runs
    ]


def _figures(values: Sequence[float], unit: str = "") -> str:
    low, high = min(values), max(values)
    return f"{statistics.median(values):.2f}{unit} (range {low:.2f} to {high:.2f})"


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS
    found = measure_batch(rounds)
    print(
        f"{WORDS}-word generated articles, {os.cpu_count()} cores, JSON output; "
        f"{rounds} round{'s' if rounds != 1 else ''}, medians (min to max)"
    )
    print(f"load average (1 min) around the runs: {_figures(found.loads)}")
    if autogroup():
        print("scheduler autogroup is on: this session shares one slice of the CPU")
    print(
        "the machine's own speed-up for 2 processes of pure CPU work at the time: "
        f"{_figures(found.speedups, 'x')}"
    )
    print(
        f"{'configuration':<14} {'articles/s':>24} {'per CPU s':>24} {'peak MB':>8}"
        f" {f'whole {LARGE}-article run, articles/s':>38}"
    )
    for name in found.runs:
        rate, cpu = found.span(name, "rate"), found.span(name, "cpu_rate")
        print(
            f"{name:<14} {found.median(name, 'rate'):>8.1f} ({rate[0]:5.1f} to {rate[1]:5.1f})"
            f" {found.median(name, 'cpu_rate'):>8.1f} ({cpu[0]:5.1f} to {cpu[1]:5.1f})"
            f" {max(r.peak_mb for r in found.runs[name]):>8.0f}"
            f" {found.median(name, 'whole_rate'):>38.1f}"
        )
    print(f"2 jobs over 1 job (wall, per round): {_figures(found.ratio('2 jobs', '1 job'), 'x')}")
    if "dask local:2" in found.runs:
        print(
            "dask local:2 over 2 jobs (wall, per round): "
            f"{_figures(found.ratio('dask local:2', '2 jobs'), 'x')}"
        )
    per_worker = found.median("1 job", "cpu_rate")  # a worker on a core of its own
    peak = max(r.peak_mb for r in found.runs["1 job"])
    million = 1_000_000
    hours = million / per_worker / 3600
    print(f"a million articles: {hours:.1f} worker-hours at {per_worker:.1f} articles/s a worker")
    for target in (24, 8, 1):
        workers = -(-million // int(per_worker * 3600 * target))
        print(f"  in {target:>2} h: {workers} workers (a core and ~{peak:.0f} MB each)")


if __name__ == "__main__":
    main()
