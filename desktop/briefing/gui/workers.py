"""Slow work off the UI thread. Workers never touch widgets: they report through signals.

Analysis runs in a child process (`AnalysisWorker`, see worker_process.py): Cancel
terminates it, so cancelled work never competes with the next job, and a fresh process
takes over. Exports are short and run on the thread pool (`Job`); cancelling one is
cooperative, between stages, and the window ignores the result of a job it has cancelled
or replaced (it matches results by job id).
"""

from __future__ import annotations

import gc
import logging
import queue
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from briefing.errors import BriefingError
from briefing.gui import worker_process
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


class Slots:
    """At most one thread-pool job a slot ("export", "build"): a new job cancels the slot's
    last one, and only the slot's current job has its result or failure delivered (a
    cancelled or replaced job's is stale). `changed` runs when a job starts or ends."""

    def __init__(self, changed: Callable[[], None] = lambda: None) -> None:
        self._jobs: dict[str, Job] = {}
        self._changed = changed

    def start(
        self,
        slot: str,
        work: Work,
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
    ) -> None:
        self.cancel(slot)
        job = Job(next_job_id(), work)

        def finished(job_id: int, result: object) -> None:
            if self._end(slot, job_id):
                on_done(result)

        def failed(job_id: int, message: str) -> None:
            if self._end(slot, job_id):
                on_failed(message)

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        self._jobs[slot] = job
        self._changed()
        start(job)

    def _end(self, slot: str, job_id: int) -> bool:
        """Whether `job_id` is the slot's current job, which ends here."""
        job = self._jobs.get(slot)
        if job is None or job.job_id != job_id or job.cancelled:
            return False
        del self._jobs[slot]
        self._changed()
        return True

    def cancel(self, slot: str) -> None:
        job = self._jobs.pop(slot, None)
        if job is not None:
            job.cancel()

    def cancel_all(self) -> None:
        for slot in list(self._jobs):
            self.cancel(slot)

    def __bool__(self) -> bool:
        return bool(self._jobs)


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


# Set while a briefing is arriving: collecting then would walk its half-built objects again
# and again (tens of ms of the UI thread each time) just before they are frozen.
_hold_collection = threading.Event()


def collect_garbage() -> None:
    """Collect the generations over their thresholds (call on the UI thread only)."""
    if _hold_collection.is_set():
        return
    counts, thresholds = gc.get_count(), gc.get_threshold()
    generation = -1
    for n in range(3):
        if counts[n] <= thresholds[n]:
            break
        generation = n
    if generation >= 0:
        gc.collect(generation)


# How long a terminated worker may take to exit before it is killed outright.
TERMINATE_GRACE_S = 0.3
# How often the UI thread collects what the analysis process sent.
POLL_MS = 25


class AnalysisWorker(QObject):
    """A child process that analyses one article at a time; `cancel()` terminates it and
    starts a fresh one, `shutdown()` ends it for good. Messages arrive on the UI thread."""

    progress = Signal(int, str, int)  # job id, stage, percent
    finished = Signal(int, object)  # job id, Briefing
    fragment = Signal(int, object)  # job id, the Article that is too short to analyse
    failed = Signal(int, str)  # job id, message for the user
    algorithms_known = Signal(tuple)  # the summary algorithms the process offers

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.algorithms: tuple[str, ...] = ()
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._outbox: queue.SimpleQueue[tuple[Any, ...] | None] | None = None
        self._generation = 0
        self._job: int | None = None  # the job the process is on, if any
        # Messages cross from the reader thread in a plain queue that a UI-thread timer empties:
        # no Qt call is made from the reader (a cross-thread emit carrying a large result
        # crashed PySide 6.12 at exit).
        self._inbox: queue.SimpleQueue[tuple[int, tuple[Any, ...]]] = queue.SimpleQueue()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._dispatch)
        self._poll.start()
        self._start_process()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def processes(self) -> list[BaseProcess]:
        """The live worker process, if any (tests check that Cancel really ended one)."""
        return [self._process] if self._process is not None else []

    def submit(
        self, job_id: int, source: Path | str | Article, options: Options, force: bool = False
    ) -> None:
        """Queue a job for the process (a writer thread sends it: a long article would block
        on a full pipe while the process is still loading its models)."""
        if self._outbox is None:
            self._start_process()
        assert self._outbox is not None
        self._job = job_id
        self._outbox.put(("analyse", job_id, source, options, force))

    def cancel(self) -> None:
        """Stop whatever the process is doing, at once, and have a fresh one ready."""
        self._job = None
        self._stop_process()
        self._start_process()

    def shutdown(self) -> None:
        """End the process and start none (the next `submit` starts one)."""
        self._job = None
        self._stop_process()

    def busy(self) -> bool:
        return self._job is not None

    def _start_process(self) -> None:
        self._generation += 1
        process, parent_end = worker_process.take_early() or worker_process.start()
        self._process, self._conn = process, parent_end
        self._outbox = queue.SimpleQueue()
        generation = self._generation
        reader = threading.Thread(
            target=self._read, args=(parent_end, generation), name="briefing-reader", daemon=True
        )
        reader.start()
        writer = threading.Thread(
            target=self._write,
            args=(parent_end, self._outbox),
            name="briefing-writer",
            daemon=True,
        )
        writer.start()

    def _stop_process(self) -> None:
        process, conn, outbox = self._process, self._conn, self._outbox
        self._process = self._conn = self._outbox = None
        if outbox is not None:
            outbox.put(None)  # the writer's signal to stop
        self._generation += 1  # whatever the old process still sent is stale
        if process is not None:
            process.terminate()
            process.join(TERMINATE_GRACE_S)
            if process.is_alive():
                process.kill()
                process.join(TERMINATE_GRACE_S)
        if conn is not None:
            conn.close()

    @staticmethod
    def _write(conn: Connection, outbox: queue.SimpleQueue[tuple[Any, ...] | None]) -> None:
        """Writer thread: send queued jobs in order until told to stop or the pipe closes."""
        while (message := outbox.get()) is not None:
            try:
                conn.send(message)
            except (OSError, ValueError):  # the process is gone; the reader reports it
                return

    def _read(self, conn: Connection, generation: int) -> None:
        """Reader thread: unpickle messages here, off the UI thread, and pass them on; a
        briefing arrives in parts (worker_process.send_briefing) and is put together here."""
        # job id -> (the briefing's head, items each long field should have, items so far)
        parts: dict[int, tuple[Briefing, dict[str, int], dict[str, list[Any]]]] = {}
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError, ValueError):
                _hold_collection.clear()
                self._inbox.put((generation, ("ended",)))
                return
            except Exception:  # an unpicklable result: a bug, but never a silent hang
                log.exception("unreadable message from the analysis process")
                _hold_collection.clear()
                self._inbox.put((generation, ("ended",)))
                return
            if message[0] == "done":
                _, job_id, head, counts = message
                parts[job_id] = (head, counts, {name: [] for name in counts})
                _hold_collection.set()
            elif message[0] == "part":
                _, job_id, name, items = message
                if job_id not in parts:
                    continue
                parts[job_id][2][name].extend(items)
            else:
                self._inbox.put((generation, message))
                continue
            head, counts, got = parts[job_id]
            if all(len(got[name]) >= n for name, n in counts.items()):
                del parts[job_id]
                long = {name: tuple(items) for name, items in got.items()}
                briefing = worker_process.join_briefing(head, long)
                # The briefing's objects live as long as it is open: keep them out of every
                # later collection (a full one over a 100,000-word briefing took 140 ms of
                # the UI thread). Freed by reference counting once closed (no cycles).
                gc.freeze()
                if not parts:
                    _hold_collection.clear()
                self._inbox.put((generation, ("done", job_id, briefing)))

    def _dispatch(self) -> None:
        while True:
            try:
                generation, message = self._inbox.get_nowait()
            except queue.Empty:
                return
            if generation != self._generation:
                continue
            kind, *rest = message
            if kind == "algorithms":
                self.algorithms = tuple(rest[1])
                self.algorithms_known.emit(self.algorithms)
                continue
            if kind == "ended":  # the process died on its own (crash, out of memory)
                self._stop_process()
                self._start_process()
                if self._job is not None:
                    self.failed.emit(self._job, "The analysis stopped unexpectedly.")
                continue
            if kind in ("done", "fragment", "failed"):
                self._job = None
            signal = {
                "progress": self.progress,
                "done": self.finished,
                "fragment": self.fragment,
                "failed": self.failed,
            }.get(kind)
            if signal is not None:
                signal.emit(*rest)


_worker: AnalysisWorker | None = None
_job_ids = 0


def analysis_worker() -> AnalysisWorker:
    """The application's one analysis process (windows share it; it lives with the app)."""
    global _worker
    if _worker is None:
        from PySide6.QtCore import QCoreApplication

        _worker = AnalysisWorker(QCoreApplication.instance())
    return _worker


def shutdown_analysis() -> None:
    """End the analysis process (on exit)."""
    global _worker
    if _worker is not None:
        _worker.shutdown()
        _worker = None


def next_job_id() -> int:
    """Job ids unique across windows, so a result is never taken for another window's."""
    global _job_ids
    _job_ids += 1
    return _job_ids
