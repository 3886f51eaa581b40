"""Start-up: `import briefing` in a fresh interpreter (target <= 150 ms), and the cold start
of `briefing brief` on a 300-word article against sumy's own command line making its
LexRank summary of the same file (target: ours within 60% of sumy's time).

`python -m benchmarks.bench_startup [--runs N]` prints the medians and the ratio.

Cold means a new process with nothing loaded (models, gazetteer, libraries); the disk cache
is warm (dropping it needs root and disturbs the machine) and both programs run from
compiled bytecode, as installed programs do (one discarded run first writes any missing
.pyc; PYTHONDONTWRITEBYTECODE is unset for the runs). The runs alternate between the two
programs, so a busy machine slows both alike; medians of many runs, wall and CPU time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.measure import make_article

ROOT = Path(__file__).resolve().parent.parent
NLTK_DATA = ROOT / "resources" / "nltk_data"  # sumy needs a Punkt model: it gets ours
TARGET = 0.60
RUNS = 15
# make_article's seed 16 at 290 words gives a 301-word article (headline included).
ARTICLE_WORDS, ARTICLE_SEED = 290, 16


def _import_ms() -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import briefing"], check=True)
    total = time.perf_counter() - t0
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    bare = time.perf_counter() - t0
    return (total - bare) * 1000


def children_cpu_s() -> float:
    """CPU seconds used by finished child processes (less sensitive than wall time to a busy
    machine); 0 where the platform does not say (Windows)."""
    try:
        import resource
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cold_runs(
    commands: dict[str, Sequence[str]], runs: int, env: dict[str, str] | None = None
) -> dict[str, tuple[float, float]]:
    """Median (wall ms, CPU ms) of each command in fresh processes, the commands taking
    turns, after one discarded run each."""
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as home:
        environ = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        environ |= {"HOME": home, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
        for run in range(runs + 1):
            for name, command in commands.items():
                cpu0, t0 = children_cpu_s(), time.perf_counter()
                subprocess.run(command, check=True, capture_output=True, env=environ, cwd=home)
                if run:  # the first round writes bytecode and fills the disk cache
                    walls[name].append((time.perf_counter() - t0) * 1000)
                    cpus[name].append((children_cpu_s() - cpu0) * 1000)
    median = statistics.median
    return {name: (median(walls[name]), median(cpus[name])) for name in commands}


def _script(name: str) -> list[str]:
    """The installed command `name` beside this Python (else `python -m`)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", name]


def article(folder: Path) -> Path:
    """A generated news-like article of 300 words (our own text)."""
    path = folder / "article.txt"
    path.write_text(make_article(ARTICLE_WORDS, ARTICLE_SEED), encoding="utf-8")
    return path


def comparison(path: Path, ours: Sequence[str] | None = None) -> dict[str, Sequence[str]]:
    """`briefing brief FILE` (or `ours` + FILE) against `sumy lex-rank --length=3 --file=FILE`."""
    return {
        "briefing brief (cold)": [*(ours or [*_script("briefing"), "brief"]), str(path)],
        "sumy lex-rank --length=3 (cold)": [
            *_script("sumy"),
            "lex-rank",
            "--length=3",
            f"--file={path}",
        ],
    }


def compare(runs: int = RUNS, ours: Sequence[str] | None = None) -> list[tuple[str, float, float]]:
    """(case, median wall ms, median CPU ms) of both programs and their ratio."""
    with tempfile.TemporaryDirectory() as folder:
        commands = comparison(article(Path(folder)), ours)
        medians = cold_runs(commands, runs, {"NLTK_DATA": str(NLTK_DATA)})
    (ours_name, (ours_wall, ours_cpu)), (_, (sumy_wall, sumy_cpu)) = medians.items()
    rows = [(name, wall, cpu) for name, (wall, cpu) in medians.items()]
    rows.append((f"{ours_name.split(' (')[0]} / sumy", ours_wall / sumy_wall, ours_cpu / sumy_cpu))
    return rows


def run() -> list[tuple[str, float, float]]:
    rows = [("import briefing", statistics.median(_import_ms() for _ in range(7)), 0.0)]
    rows += [(case, wall, 0.0) for case, wall, _ in compare()[:2]]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs of each (default {RUNS})")
    args = parser.parse_args(argv)
    import_ms = statistics.median(_import_ms() for _ in range(7))
    print(f"import briefing: {import_ms:.0f} ms (median of 7 fresh processes)")
    with tempfile.TemporaryDirectory() as folder:
        words = len(article(Path(folder)).read_text(encoding="utf-8").split())
    print(f"cold start on a {words}-word article, median of {args.runs} fresh processes each:")
    print(f"{'':<40} {'wall ms':>8} {'CPU ms':>8}")
    rows = compare(args.runs)
    for case, wall, cpu in rows[:2]:
        print(f"{case:<40} {wall:>8.0f} {cpu:>8.0f}")
    case, wall_ratio, cpu_ratio = rows[2]
    verdict = "met" if wall_ratio <= TARGET else "NOT met"
    print(f"{case:<40} {wall_ratio:>8.0%} {cpu_ratio:>8.0%}   target <= {TARGET:.0%}: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
