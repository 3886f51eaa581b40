"""The analysis worker: a child process the window can terminate, so Cancel really stops work.

This module runs inside that process and never imports Qt. It reads jobs from a pipe and
writes messages back, one tuple each:

    parent -> child  ("analyse", job_id, source, options, force)
    child -> parent  ("algorithms", 0, names)            # once, after warm-up
                     ("progress", job_id, stage, percent)
                     ("done", job_id, head, counts)       # the briefing without its long
                     ("part", job_id, field, items)       # tuples, then those in parts, so
                                                          # the window's reader never holds
                                                          # the GIL for long while unpickling
                     ("fragment", job_id, article)   # too short to be an article; not analysed
                     ("failed", job_id, message)
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
from collections.abc import Callable
from dataclasses import replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from briefing.errors import BriefingError
from briefing.model import Article, Briefing, Options

log = logging.getLogger(__name__)

# The pipeline's stages as (function name in briefing.pipeline, label, percent when it starts).
# Tagging runs sentence by sentence and takes most of the time on long documents, so it spans
# 5-70 % and reports within itself.
STAGES = (
    ("summarize", "Summarising", 70),
    ("classify", "Finding actors", 78),
    ("extract_places", "Finding places", 86),
    ("extract_quotes", "Finding quotes", 92),
    ("extract_dates", "Reading dates", 96),
)
TAGGING = ("Tagging sentences", 5, 70)
# The most objects one part of a finished briefing may carry (a sentence counts its tokens,
# an actor or place its evidence): about 5 ms to unpickle, where the whole briefing of a
# 100,000-word document took 1.7 s in one message and froze the window for as long.
PART_WEIGHT = 1200
# The long tuples of a briefing, sent apart: (name, where it sits).
LONG_FIELDS = (
    ("sentences", "doc"),
    ("entities", "doc"),
    ("actors", "facts"),
    ("locations", "facts"),
    ("quotes", "facts"),
    ("dates", "facts"),
)

Report = Callable[[str, int], None]


def _load(source: Path | str | Article) -> Article:
    from briefing.sources import from_text, load

    if isinstance(source, Path):
        return load(source)
    if isinstance(source, str):
        return from_text(source, "pasted")
    return source


def install_progress(report: Report) -> None:
    """`analyze()` takes no progress callback: in this process (and only here) wrap the stage
    functions it calls so each one reports when it starts, and count tagged sentences."""
    import briefing.nlp.text as text
    import briefing.pipeline as pipeline

    def stage(fn: Callable[..., Any], label: str, percent: int) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            report(label, percent)
            return fn(*args, **kwargs)

        return run

    for name, label, percent in STAGES:
        fn = getattr(pipeline, name, None)
        if callable(fn):
            setattr(pipeline, name, stage(fn, label, percent))

    label, low, high = TAGGING
    split, tokens = getattr(text, "sentences", None), getattr(text, "tokens", None)
    if not callable(split) or not callable(tokens):
        return
    counter = {"total": 1, "done": 0, "shown": -1}

    def sentences(document: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = split(document)
        counter.update(total=max(1, len(spans)), done=0, shown=-1)
        return spans

    def tokens_counted(sentence: str) -> list[tuple[int, int]]:
        counter["done"] += 1
        percent = low + (high - low) * counter["done"] // counter["total"]
        if percent != counter["shown"]:  # one message a percent, not one a sentence
            counter["shown"] = percent
            report(label, percent)
        result: list[tuple[int, int]] = tokens(sentence)
        return result

    text.sentences = sentences
    text.tokens = tokens_counted


def analyse_one(
    source: Path | str | Article, options: Options, force: bool, report: Report
) -> Briefing | Article:
    """The briefing of `source`, or the loaded article when it is a fragment and not forced."""
    from briefing.pipeline import analyze
    from briefing.sources.fragments import is_fragment

    report("Reading", 2)
    article = _load(source)
    if not force and is_fragment(article):
        return article
    report(TAGGING[0], TAGGING[1])
    return analyze(article, options)


WARM_UP_TEXT = (
    "Ministers meet in Paris\n\n"
    'The French minister Anne Roux met officials in Paris on Monday. "We agree," she said.'
)


def warm_up() -> None:
    """Load everything an analysis uses (models, gazetteer, summarisers) before the first
    job arrives, by analysing a few words of our own: the first job then runs warm."""
    from briefing.facts.gazetteer import warm
    from briefing.pipeline import analyze
    from briefing.sources import from_text

    analyze(from_text(WARM_UP_TEXT, "warm-up"), Options())
    warm()


def start() -> tuple[BaseProcess, Connection]:
    """Start an analysis process (spawned: no forked Qt state in it); returns it with the
    parent's end of its pipe."""
    context = multiprocessing.get_context("spawn")
    parent_end, child_end = context.Pipe()
    process = context.Process(
        target=serve, args=(child_end,), name="briefing-analysis", daemon=True
    )
    process.start()
    child_end.close()  # the child's end lives in the child: EOF here once it exits
    return process, parent_end


_early: tuple[BaseProcess, Connection] | None = None


def start_early() -> None:
    """Start the process first thing at launch, before Qt is even imported, so the models
    load while the window is built and painted; the window's worker takes it over."""
    global _early
    if _early is None:
        _early = start()


def take_early() -> tuple[BaseProcess, Connection] | None:
    """The process `start_early` started, once (None if there is none)."""
    global _early
    early, _early = _early, None
    return early


def serve(conn: Connection) -> None:
    """The child's main loop: one job at a time until the pipe closes."""
    # Ctrl+C in a terminal reaches the whole process group; the window decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    job_id = 0
    shown = {"job": 0, "percent": -1}

    def report(stage: str, percent: int) -> None:
        """Send a stage once it moves forward (stages nested in others do not go back)."""
        if shown["job"] != job_id:
            shown.update(job=job_id, percent=-1)
        if job_id and percent > shown["percent"]:
            shown["percent"] = percent
            conn.send(("progress", job_id, stage, percent))

    install_progress(report)
    try:
        warm_up()
        from briefing.summarize import ALGORITHMS

        conn.send(("algorithms", 0, tuple(ALGORITHMS)))
    except Exception:  # the first job will report the same problem in plain words
        log.exception("warm-up failed")
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message[0] != "analyse":
            return
        _, job_id, source, options, force = message
        try:
            result = analyse_one(source, options, force, report)
        except BriefingError as err:
            conn.send(("failed", job_id, str(err)))
        except Exception as err:  # a bug: keep the traceback in the log, tell the user plainly
            log.exception("analysis failed")
            conn.send(("failed", job_id, f"Something went wrong: {err}"))
        else:
            if isinstance(result, Briefing):
                send_briefing(conn, job_id, result)
            else:
                conn.send(("fragment", job_id, result))


def split_briefing(briefing: Briefing) -> tuple[Briefing, dict[str, tuple[Any, ...]]]:
    """The briefing without its long tuples, and those tuples by name."""
    long = {name: getattr(getattr(briefing, where), name) for name, where in LONG_FIELDS}
    doc = replace(briefing.doc, **{n: () for n, w in LONG_FIELDS if w == "doc"})
    facts = replace(briefing.facts, **{n: () for n, w in LONG_FIELDS if w == "facts"})
    return replace(briefing, doc=doc, facts=facts), long


def join_briefing(head: Briefing, long: dict[str, tuple[Any, ...]]) -> Briefing:
    """`split_briefing` undone."""
    doc = replace(head.doc, **{n: long[n] for n, w in LONG_FIELDS if w == "doc"})
    facts = replace(head.facts, **{n: long[n] for n, w in LONG_FIELDS if w == "facts"})
    return replace(head, doc=doc, facts=facts)


def _weight(item: object) -> int:
    return 1 + len(getattr(item, "tokens", ())) + len(getattr(item, "evidence", ()))


def parts(items: tuple[Any, ...], budget: int = PART_WEIGHT) -> list[tuple[Any, ...]]:
    """`items` in runs of at most `budget` objects (an item heavier than that goes alone)."""
    runs: list[tuple[Any, ...]] = []
    start, weight = 0, 0
    for n, item in enumerate(items):
        w = _weight(item)
        if n > start and weight + w > budget:
            runs.append(items[start:n])
            start, weight = n, 0
        weight += w
    if start < len(items):
        runs.append(items[start:])
    return runs


def send_briefing(conn: Connection, job_id: int, briefing: Briefing) -> None:
    head, long = split_briefing(briefing)
    conn.send(("done", job_id, head, {name: len(items) for name, items in long.items()}))
    for name, items in long.items():
        for run in parts(items):
            conn.send(("part", job_id, name, run))
