"""Retake the window screenshots in docs/: `QT_QPA_PLATFORM=offscreen python docs/screenshots.py`.

Opens the main window with settings of its own (an ini file in a temporary folder, never the
user's), analyses the bundled sample and grabs the window in the light and dark palettes at
1280x800 and 900x600, plus the Locations tab (the map) at 1280x800. The PNGs are made small
with pngquant and optipng when they are on the PATH; without them Qt's PNG is kept.
"""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings  # noqa: E402
from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from briefing import shipped  # noqa: E402
from briefing.gui import palette as colours  # noqa: E402
from briefing.gui import worker_process, workers  # noqa: E402
from briefing.gui.selftest import SelfTestFailed, wait_until  # noqa: E402
from briefing.gui.settings import Settings  # noqa: E402
from briefing.gui.window import APP_NAME, MainWindow  # noqa: E402

DOCS = Path(__file__).resolve().parent
TIMEOUT_S = 120.0  # the first analysis loads every model
LARGE = (1280, 800)
SMALL = (900, 600)
# (file name, palette, size, facts tab shown)
SHOTS = (
    ("window-light.png", "light", LARGE, "Summary"),
    ("window-small-light.png", "light", SMALL, "Summary"),
    ("window-map.png", "light", LARGE, "Locations"),
    ("window-dark.png", "dark", LARGE, "Summary"),
    ("window-small-dark.png", "dark", SMALL, "Summary"),
)


def _wait(condition: Callable[[], bool], what: str, timeout_s: float = TIMEOUT_S) -> None:
    try:
        wait_until(condition, what, timeout_s)
    except SelfTestFailed:
        raise SystemExit(f"screenshots: {what} did not happen within {timeout_s:.0f} s") from None


def _settle(seconds: float = 0.3) -> None:
    """Let layouts, resizes and deferred fills run before a grab."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def _show_tab(window: MainWindow, name: str) -> None:
    facts = window.facts_view
    for i in range(facts.count()):
        if facts.tabText(i).split(" (")[0] == name:
            facts.setCurrentIndex(i)
            return
    raise SystemExit(f"screenshots: no {name!r} tab")


def _shrink(path: Path) -> None:
    """Fewer colours and a tighter deflate; the text stays sharp at 256 colours."""
    if shutil.which("pngquant"):
        subprocess.run(
            [
                "pngquant",
                "--force",
                "--skip-if-larger",
                "--quality=70-95",
                "--output",
                str(path),
                "--",
                str(path),
            ],
            check=False,
        )
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", str(path)], check=False)


def _take(
    app: QApplication, folder: Path, name: str, shots: list[tuple[str, tuple[int, int], str]]
) -> None:
    app.setPalette(colours.dark_palette() if name == "dark" else app.style().standardPalette())
    settings = Settings(QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    try:
        window.resize(*LARGE)
        window.show()
        _wait(window.isVisible, "showing the window")
        window.open_path(shipped.path(shipped.SAMPLE))

        def analysed() -> bool:
            if window.last_error:
                raise SystemExit(f"screenshots: the window says {window.last_error!r}")
            return window.briefing is not None and not window.busy()

        _wait(analysed, "analysing the sample")
        for file_name, size, tab in shots:
            window.resize(*size)
            _show_tab(window, tab)
            if tab == "Locations" and window.places_map.points:
                # Choosing the most-mentioned marker shows its mentions in the article.
                top = max(window.places_map.points, key=lambda m: m.mentions)
                window.places_map.choose(top.name)
            _settle()
            target = DOCS / file_name
            if not window.grab().save(str(target)):
                raise SystemExit(f"screenshots: could not write {target}")
            _shrink(target)
            print(f"{target.name}: {size[0]}x{size[1]}, {target.stat().st_size // 1024} KB")
    finally:
        workers.wait_for_all(int(TIMEOUT_S * 1000))
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
        gc.collect()  # on the UI thread, as the app does


def main() -> int:
    worker_process.start_early()
    QApplication.setOrganizationName("ArticleBriefing")
    QApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")  # the same look on every machine
    workers.collect_garbage_on_ui_thread(app)
    with tempfile.TemporaryDirectory(prefix="briefing-screenshots-") as tmp:
        for name in ("light", "dark"):
            _take(app, Path(tmp), name, [(f, s, t) for f, p, s, t in SHOTS if p == name])
    workers.shutdown_analysis()  # the analysis process ends with the script
    workers.wait_for_all()
    app.setPalette(QPalette())
    return 0


if __name__ == "__main__":
    sys.exit(main())
