"""Start-up: `import briefing` in a fresh interpreter (target <= 150 ms)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def _import_ms() -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import briefing"], check=True)
    total = time.perf_counter() - t0
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    bare = time.perf_counter() - t0
    return (total - bare) * 1000


def run() -> list[tuple[str, float, float]]:
    return [("import briefing", statistics.median(_import_ms() for _ in range(7)), 0.0)]


if __name__ == "__main__":
    for case, ms, _ in run():
        print(f"{case:<40} {ms:>10.1f} ms")
