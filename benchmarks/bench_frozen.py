"""The frozen app (`make package`): folder size and cold start of a fresh process, beside the
same commands from the installed package, and the frozen `brief` on a 300-word article
against sumy's LexRank command line (as bench_startup does for the installed command);
`python -m benchmarks.bench_frozen` prints them.

Cold means a new process with nothing loaded (models, gazetteer, Qt); the disk cache is warm
(dropping it needs root and disturbs the machine). Skipped when dist/ holds no build.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_startup import TARGET, children_cpu_s, compare

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "dist" / "article-briefing"
FROZEN = FOLDER / ("article-briefing.exe" if sys.platform == "win32" else "article-briefing")
SAMPLE = ROOT / "resources" / "samples" / "harbour-talks.txt"
RUNS = 5
COMPARE_RUNS = 15  # the frozen brief against sumy: alternating runs, as in bench_startup


def _median_ms(command: list[str], runs: int = RUNS) -> tuple[float, float]:
    """Median wall and CPU milliseconds of `command` in fresh processes."""
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        for _ in range(runs):
            cpu0, t0 = children_cpu_s(), time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env, cwd=home)
            walls.append((time.perf_counter() - t0) * 1000)
            cpus.append((children_cpu_s() - cpu0) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def folder_mb(folder: Path = FOLDER) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def self_test() -> dict[str, float]:
    out = subprocess.run(
        [str(FROZEN), "--self-test"],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def cases() -> list[tuple[str, list[str]]]:
    brief = ["brief", str(SAMPLE), "--json", "-"]
    commands = [
        ("frozen --version", [str(FROZEN), "--version"]),
        ("frozen brief sample --json", [str(FROZEN), *brief]),
    ]
    installed = shutil.which("briefing", path=str(Path(sys.executable).parent))
    if installed:
        commands.append(("installed brief sample --json", [installed, *brief]))
    return commands


def run() -> list[tuple[str, float, float]]:
    if not FROZEN.exists():
        print("no frozen build in dist/ (make package): skipped", file=sys.stderr)
        return []
    return [(case, _median_ms(command)[0], 0.0) for case, command in cases()]


def main() -> int:
    if not FROZEN.exists():
        print("no frozen build: run `make package` first", file=sys.stderr)
        return 1
    print(f"frozen folder: {folder_mb():.0f} MB in {FOLDER.relative_to(ROOT)}/")
    title = f"cold start, median of {RUNS} fresh processes"
    print(f"{title:<40} {'wall ms':>8} {'CPU ms':>8}")
    for case, command in cases():
        wall, cpu = _median_ms(command)
        print(f"{case:<40} {wall:>8.0f} {cpu:>8.0f}")
    rows = compare(COMPARE_RUNS, ours=[str(FROZEN), "brief"])
    print(f"300-word article, frozen against sumy, median of {COMPARE_RUNS} alternating runs:")
    for case, wall, cpu in rows[:2]:
        print(f"{case:<40} {wall:>8.0f} {cpu:>8.0f}")
    case, wall_ratio, cpu_ratio = rows[2]
    verdict = "met" if wall_ratio <= TARGET else "NOT met"
    print(f"{case:<40} {wall_ratio:>8.0%} {cpu_ratio:>8.0%}   target <= {TARGET:.0%}: {verdict}")
    print(f"self-test: {json.dumps(self_test())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
