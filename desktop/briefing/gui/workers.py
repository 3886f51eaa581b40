"""Slow work off the UI thread. Workers never touch widgets: they report through signals.

Cancelling is cooperative: the job checks its flag between stages, and the window ignores
any result of a job it has cancelled or replaced.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefing.errors import BriefingError
from briefing.model import Article, Options

log = logging.getLogger(__name__)


class Cancelled(Exception):
    pass


class JobSignals(QObject):
    progress = Signal(int, str, int)  # job id, stage, percent
    finished = Signal(int, object)  # job id, result
    failed = Signal(int, str)  # job id, message for the user


class Job(QRunnable):
    """Runs `work(check)` on the thread pool; `check()` raises Cancelled once cancelled."""

    def __init__(self, job_id: int, work: Callable[[Callable[[str, int], None]], Any]) -> None:
        super().__init__()
        self.job_id = job_id
        self.signals = JobSignals()
        self._work = work
        self._cancelled = threading.Event()
        self.setAutoDelete(True)

    def cancel(self) -> None:
        self._cancelled.set()

    def _step(self, stage: str, percent: int) -> None:
        if self._cancelled.is_set():
            raise Cancelled
        self.signals.progress.emit(self.job_id, stage, percent)

    def run(self) -> None:
        try:
            result = self._work(self._step)
        except Cancelled:
            return
        except BriefingError as err:
            self.signals.failed.emit(self.job_id, str(err))
        except Exception as err:  # a bug: keep the traceback in the log, tell the user plainly
            log.exception("background job failed")
            self.signals.failed.emit(self.job_id, f"Something went wrong: {err}")
        else:
            if not self._cancelled.is_set():
                self.signals.finished.emit(self.job_id, result)


def analysis(source: Path | Article, options: Options) -> Callable[..., Any]:
    """Work that loads (if given a path) and analyses an article."""

    def work(step: Callable[[str, int], None]) -> Any:
        from briefing.pipeline import analyze
        from briefing.sources import load

        step("Reading", 10)
        article = load(source) if isinstance(source, Path) else source
        step("Analysing", 40)
        briefing = analyze(article, options)
        step("Done", 100)
        return briefing

    return work


def export(write: Callable[[], Path]) -> Callable[..., Any]:
    """Work that writes one export file."""

    def work(step: Callable[[str, int], None]) -> Any:
        step("Writing", 30)
        path = write()
        step("Done", 100)
        return path

    return work


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job


def warm_up() -> None:
    """Load the language models and gazetteer in the background, so the first article is fast."""

    def work(step: Callable[[str, int], None]) -> None:
        from briefing.facts.gazetteer import warm
        from briefing.nlp import analyse

        analyse("Warm up the models in Paris on Monday.")
        warm()

    start(Job(0, work))
