"""Slow work off the UI thread. Workers never touch widgets: they report through signals.

Cancelling is cooperative: a job checks its flag between stages, and the window ignores
any result of a job it has cancelled or replaced (it matches results by job id).
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from briefing.errors import BriefingError
from briefing.model import Article, Briefing, Options

log = logging.getLogger(__name__)

# A stage report: the work calls it between stages with a label and a rough percentage.
Step = Callable[[str, int], None]
Work = Callable[[Step], Any]


class Cancelled(Exception):
    """Raised inside a job at its next stage once the job has been cancelled."""


class JobSignals(QObject):
    progress = Signal(int, str, int)  # job id, stage, percent
    finished = Signal(int, object)  # job id, result
    failed = Signal(int, str)  # job id, message for the user


class Job(QRunnable):
    """Runs `work(step)` on the thread pool; `step()` raises Cancelled once cancelled."""

    def __init__(self, job_id: int, work: Work) -> None:
        super().__init__()
        self.job_id = job_id
        self.signals = JobSignals()
        self._work = work
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def _step(self, stage: str, percent: int) -> None:
        if self._cancelled.is_set():
            raise Cancelled
        self._emit(self.signals.progress, self.job_id, stage, percent)

    def run(self) -> None:
        try:
            result = self._work(self._step)
        except Cancelled:
            return
        except BriefingError as err:
            self._emit(self.signals.failed, self.job_id, str(err))
        except Exception as err:  # a bug: keep the traceback in the log, tell the user plainly
            log.exception("background job failed")
            self._emit(self.signals.failed, self.job_id, f"Something went wrong: {err}")
        else:
            if not self._cancelled.is_set():
                self._emit(self.signals.finished, self.job_id, result)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the receiving window is gone (app closing): nobody listens
            log.debug("job result dropped: signal source deleted")


def analysis(source: Path | str | Article, options: Options) -> Work:
    """Work that loads `source` (a file path, pasted text, or an article already loaded)
    and analyses it; returns a Briefing."""

    def work(step: Step) -> Briefing:
        from briefing.pipeline import analyze
        from briefing.sources import from_text, load

        step("Reading", 5)
        if isinstance(source, Path):
            article = load(source)
        elif isinstance(source, str):
            article = from_text(source, "pasted")
        else:
            article = source
        step("Analysing", 25)
        briefing = analyze(article, options)
        step("Done", 100)
        return briefing

    return work


def export(write: Callable[[], Path]) -> Work:
    """Work that writes one export file; returns its path."""

    def work(step: Step) -> Path:
        step("Writing", 10)
        path = write()
        step("Done", 100)
        return path

    return work


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job


def warm_up() -> Job:
    """Load the language models and gazetteer in the background, so the first article is fast."""

    def work(step: Step) -> None:
        from briefing.facts.gazetteer import warm
        from briefing.nlp import analyse

        analyse("Warm up the models in Paris on Monday.")
        warm()

    return start(Job(0, work))


def wait_for_all(msecs: int = 5000) -> bool:
    """Let running jobs finish (on exit, so none is killed half-way through writing)."""
    return bool(QThreadPool.globalInstance().waitForDone(msecs))


def collect_garbage_on_ui_thread(parent: QObject, interval_ms: int = 500) -> QTimer:
    """Python's cycle collector runs on whichever thread happens to allocate; when it frees a
    Qt object on a worker thread, Qt crashes. Turn automatic collection off and collect on
    the UI thread instead, a generation at a time (the pattern of pyqtgraph's GarbageCollector).
    """
    gc.disable()
    timer = QTimer(parent)
    timer.timeout.connect(collect_garbage)
    timer.start(interval_ms)
    return timer


def collect_garbage() -> None:
    """Collect the generations over their thresholds (call on the UI thread only)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    generation = -1
    for n in range(3):
        if counts[n] <= thresholds[n]:
            break
        generation = n
    if generation >= 0:
        gc.collect(generation)
