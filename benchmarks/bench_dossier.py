"""build_dossier() over 50 briefings of ~500-word generated articles, and its PDF.
Targets (issue 19): the dossier in <= 1 s after the briefings, its PDF in <= 3 s."""

from __future__ import annotations

import time
from datetime import date, timedelta

from benchmarks.measure import make_article, measure
from briefing.dossier import build_dossier
from briefing.export.dossier.pdf import build_dossier_pdf_bytes
from briefing.model import Options
from briefing.pipeline import analyze
from briefing.sources import from_text

ARTICLES = 50


def briefings(count: int = ARTICLES) -> list:
    start = date(2024, 1, 1)
    return [
        analyze(
            from_text(make_article(500, seed=n)),
            Options(published=start + timedelta(days=3 * n)),
        )
        for n in range(count)
    ]


def run() -> list[tuple[str, float, float]]:
    made = briefings()
    dossier = build_dossier(made)
    return [
        (f"dossier of {ARTICLES} articles", *measure(lambda: build_dossier(made), 3)),
        (
            f"dossier PDF of {ARTICLES} articles",
            *measure(lambda: build_dossier_pdf_bytes(dossier), 3),
        ),
    ]


def cpu_seconds() -> tuple[float, float]:
    """CPU seconds of the dossier and of its PDF: on a shared machine, what the wall time
    would be on a core of its own."""
    made = briefings()
    c0 = time.process_time()
    dossier = build_dossier(made)
    c1 = time.process_time()
    build_dossier_pdf_bytes(dossier)
    return c1 - c0, time.process_time() - c1


if __name__ == "__main__":
    for case, ms, mb in run():
        print(f"{case:<40} {ms:>10.1f} ms {mb:>8.1f} MB")
    build, pdf = cpu_seconds()
    print(f"CPU seconds: dossier {build:.2f}, PDF {pdf:.2f}")
