"""One endless word (no space to part it) briefed with `--anyway`, each in its own process:
wall time and peak memory for 10,000, 50,000 and 200,000 characters of seven shapes (a
capitalised word, capitals, a run of short capitalised tokens parted by stops and commas,
hyphens and apostrophes, quotation marks among them, capitalised words parted by stops, a
quotation mark after every letter).
Target: every 200 KB word briefed in 30 s (the hostile cases' bound); the time should grow
linearly with the size, so the 50 KB case takes about a quarter of the 200 KB one."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks.measure import run_briefing

SHAPES = {
    "Harbourmaster": "Harbourmaster",
    "capitals": "HARBOUR",
    "short tokens": "Ab.Cd,Ef;",
    "hyphens": "Ab-cd'",
    "quote marks": "Ab.Cd,\"Ef'(G)_-",
    "capitalised words": "Harbour.Master.Valby,",
    "a mark every other letter": 'a"',
}
SIZES = (10_000, 50_000, 200_000)
TARGETS = {f"word of {shape}, 200k chars": ("<=", 30_000.0) for shape in SHAPES}


def _word(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def run() -> list[tuple[str, float, float]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        for shape, piece in SHAPES.items():
            for size in SIZES:
                path, out = tmp / "word.txt", tmp / "word.json"
                path.write_text(_word(piece, size) + "\n", encoding="utf-8")
                ms, mb, code, _ = run_briefing(
                    ["brief", str(path), "--anyway", "-q", "--json", str(out)]
                )
                out.unlink(missing_ok=True)
                case = f"word of {shape}, {size // 1000}k chars"
                print(f"  {case}: exit {code}", file=sys.stderr)
                rows.append((case, ms, mb))
    return rows


if __name__ == "__main__":
    for case, ms, mb in run():
        print(f"{case:<40} {ms:>10.1f} ms {mb:>8.1f} MB")
