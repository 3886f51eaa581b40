"""`briefing-desktop --self-test`: prove an installed or frozen app works, as a user would use it.

Opens the window (offscreen unless QT_QPA_PLATFORM says otherwise), analyses the bundled
sample, exports a PDF into a temporary folder and reads it back, cancels a long analysis
and checks the window is idle again. Prints one JSON line of timings and exits 0, or names
the step that failed on stderr and exits 1. Nothing the user owns is read or written: the
settings are a temporary file too.
"""

from __future__ import annotations

import gc
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
from PySide6.QtWidgets import QApplication

from briefing import shipped
from briefing.gui import workers
from briefing.gui.settings import Settings
from briefing.gui.window import MainWindow

TIMEOUT_S = 120.0  # the first analysis loads every model; a slow disk and a busy machine
# The long job: the sample many times over, long enough that Cancel comes mid-analysis.
LONG_COPIES = 12


class SelfTestFailed(Exception):
    """A step of the self-test did not do what it should; the message names it."""


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 1)


def wait_until(condition: Callable[[], bool], what: str, timeout_s: float = TIMEOUT_S) -> None:
    """Run the event loop until `condition()` holds; fail naming `what` after the timeout."""
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise SelfTestFailed(f"{what}: nothing after {timeout_s:.0f} s")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)


def _fail_on_error(window: MainWindow, step: str) -> Callable[[], bool]:
    """A condition that is true once the window is idle, and raises if it shows an error."""

    def idle() -> bool:
        if window.last_error:
            raise SelfTestFailed(f"{step}: the window says {window.last_error!r}")
        return not window.busy()

    return idle


def _paint(window: MainWindow, started: float) -> float:
    window.show()
    wait_until(window.isVisible, "window")
    image = window.grab().toImage()  # renders every widget, as the first paint does
    if image.isNull() or image.width() < 100:
        raise SelfTestFailed("window: it painted nothing")
    if window.windowIcon().isNull():
        raise SelfTestFailed("window: it has no icon")
    return _ms(started)


def _analyse_sample(window: MainWindow) -> float:
    sample = shipped.path(shipped.SAMPLE)
    if not sample.is_file():
        raise SelfTestFailed(f"analysis: the bundled sample is missing ({sample})")
    started = time.perf_counter()
    window.open_path(sample)
    idle = _fail_on_error(window, "analysis")
    wait_until(lambda: idle() and window.briefing is not None, "analysis")
    assert window.briefing is not None
    if not window.briefing.summary.sentences:
        raise SelfTestFailed("analysis: the summary is empty")
    if not window.briefing.facts.actors:
        raise SelfTestFailed("analysis: the fact sheet names nobody")
    return _ms(started)


def _export_pdf(window: MainWindow, folder: Path) -> int:
    from pypdf import PdfReader

    assert window.briefing is not None
    target = folder / "self-test briefing.pdf"
    window.export_to(target, "pdf")
    wait_until(_fail_on_error(window, "PDF export"), "PDF export")
    if not target.is_file():
        raise SelfTestFailed("PDF export: no file was written")
    try:
        reader = PdfReader(target)
        text = " ".join(page.extract_text() or "" for page in reader.pages)
    except Exception as err:  # any reading error means the PDF is broken
        raise SelfTestFailed(f"PDF export: the file does not read back ({err})") from err
    first_word = window.briefing.article.title.split()[0]
    if first_word not in text:
        raise SelfTestFailed(f"PDF export: the title ({first_word!r}…) is not in the PDF")
    return len(reader.pages)


def _cancel_long_job(window: MainWindow) -> float:
    assert window.briefing is not None
    shown = window.briefing
    long_text = "\n\n".join([shown.article.text] * LONG_COPIES)
    window.open_text(long_text)
    if not window.busy():
        raise SelfTestFailed("cancel: the long job did not start")
    # Cancel once the job is analysing, not before it has begun.
    wait_until(lambda: window.stage_label.text().startswith("Analysing"), "cancel", 30)
    started = time.perf_counter()
    window.cancel()
    wait_until(lambda: not window.busy() and not window.cancel_button.isVisible(), "cancel", 10)
    cancel_ms = _ms(started)
    if window.briefing is not shown:
        raise SelfTestFailed("cancel: the briefing on show changed")
    workers.wait_for_all(int(TIMEOUT_S * 1000))  # let the cancelled thread wind down
    QCoreApplication.processEvents()
    if window.busy() or window.briefing is not shown or window.last_error:
        raise SelfTestFailed("cancel: the cancelled job still reached the window")
    return cancel_ms


def run(app: QApplication) -> int:
    """The self-test on `app`; returns the exit code."""
    with tempfile.TemporaryDirectory(prefix="briefing-self-test-") as tmp:
        folder = Path(tmp)
        settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        started = time.perf_counter()
        window = MainWindow(settings)
        try:
            figures = {
                "painted_ms": _paint(window, started),  # built, shown and painted
                "analysed_ms": _analyse_sample(window),
                "pdf_pages": _export_pdf(window, folder),
                "cancel_ms": _cancel_long_job(window),
            }
        except SelfTestFailed as failure:
            print(f"self-test failed: {failure}", file=sys.stderr)
            return 1
        finally:
            workers.wait_for_all(int(TIMEOUT_S * 1000))
            window.close()
            window.deleteLater()
            QCoreApplication.processEvents()
            gc.collect()  # here, on the UI thread, not while the interpreter shuts down
    print(json.dumps(figures), flush=True)
    return 0
