"""The frozen app (`make package`): folder size and cold start of a fresh process, beside the
same commands from the installed package; `python -m benchmarks.bench_frozen` prints them.

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

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "dist" / "article-briefing"
FROZEN = FOLDER / ("article-briefing.exe" if sys.platform == "win32" else "article-briefing")
SAMPLE = ROOT / "resources" / "samples" / "harbour-talks.txt"
RUNS = 5


def _median_ms(command: list[str], runs: int = RUNS) -> float:
    times = []
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env, cwd=home)
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


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


def run() -> list[tuple[str, float, float]]:
    if not FROZEN.exists():
        print("no frozen build in dist/ (make package): skipped", file=sys.stderr)
        return []
    brief = ["brief", str(SAMPLE), "--json", "-"]
    rows = [
        ("frozen --version", _median_ms([str(FROZEN), "--version"]), 0.0),
        ("frozen brief sample --json", _median_ms([str(FROZEN), *brief]), 0.0),
    ]
    installed = shutil.which("briefing", path=str(Path(sys.executable).parent))
    if installed:
        rows.append(("installed brief sample --json", _median_ms([installed, *brief]), 0.0))
    return rows


def main() -> int:
    if not FROZEN.exists():
        print("no frozen build: run `make package` first", file=sys.stderr)
        return 1
    print(f"frozen folder: {folder_mb():.0f} MB in {FOLDER.relative_to(ROOT)}/")
    for case, ms, _ in run():
        print(f"{case:<40} {ms:>8.0f} ms (median of {RUNS} fresh processes)")
    print(f"self-test: {json.dumps(self_test())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
