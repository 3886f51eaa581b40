"""Median wall time and peak memory of a callable, and generated articles of any length."""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable

from briefing.sources.limits import Limits

# The generated 100,000-word articles run a few words past the default word limit.
LIMITS = Limits(max_words=1_000_000)

_NAMES = ["Maria Lopez", "Ahmed Karimi", "Olga Petrova", "John Whitfield", "Chen Wei"]
_ORGS = ["the Harbour Authority", "the Ministry of Transport", "the Northern Alliance", "Reuters"]
_PLACES = ["Lisbon", "Ankara", "the Black Sea", "Kenya", "Ottawa", "Damascus", "Sochi"]
_VERBS = ["said", "told reporters", "warned", "added", "announced"]
_DATES = ["on Monday", "last week", "in March 2019", "this weekend", "two years ago"]


def make_article(words: int, seed: int = 7) -> str:
    """A deterministic news-like article of about `words` words, with paragraphs and quotes."""
    rng = random.Random(seed)
    paragraphs: list[str] = ["Ministers meet to settle the harbour dispute"]
    count = 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(1, 3)):
            who, org, place = rng.choice(_NAMES), rng.choice(_ORGS), rng.choice(_PLACES)
            if rng.random() < 0.3:
                s = (
                    f'"We will not accept any delay in {place}," {who} of {org} '
                    f"{rng.choice(_VERBS)} {rng.choice(_DATES)}."
                )
            else:
                s = (
                    f"{who} met officials from {org} in {place} {rng.choice(_DATES)} to discuss "
                    f"the {rng.randint(2, 90)} proposals on trade, shipping and security."
                )
            sentences.append(s)
            count += len(s.split())
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs) + "\n"


def measure(fn: Callable[[], object], repeat: int = 5) -> tuple[float, float]:
    """(median wall ms over `repeat` runs, peak MB traced during one run)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(times), peak / 1e6


def run_briefing(args: list[str]) -> tuple[float, float, int, str]:
    """(wall ms, peak RSS MB, exit code, last stderr line) of `briefing ARGS` in its own
    process, so each case's memory is its own."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
    _, status, usage = os.wait4(proc.pid, 0)
    ms = (time.perf_counter() - t0) * 1000
    return ms, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), err[-1] if err else ""
