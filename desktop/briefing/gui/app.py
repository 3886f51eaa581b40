"""`briefing-desktop [FILE]`: the application entry point (`--self-test` checks an install)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from types import TracebackType

log = logging.getLogger("briefing.gui")


def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    from briefing import __version__

    parser = argparse.ArgumentParser(
        prog="briefing-desktop",
        description="Article Briefing: summary and fact sheet of a news article.",
    )
    parser.add_argument(
        "file", nargs="?", help="an article to open (text, Markdown, HTML, PDF, DOCX)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window offscreen, analyse the bundled sample, export a PDF, cancel a "
        "long job; print timings as one JSON line (exit 0) or what failed (exit 1)",
    )
    return parser.parse_known_args(argv)  # Qt's own options (-style …) pass through


def _report_unexpected(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """A bug on the UI thread: log the traceback, tell the user in one line, keep running."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    if isinstance(error, KeyboardInterrupt):  # Ctrl+C in the terminal: quit quietly
        QApplication.quit()
        return
    log.error("unexpected error", exc_info=(kind, error, tb))
    QMessageBox.critical(
        QApplication.activeWindow(), "Article Briefing", f"Something went wrong: {error}"
    )


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen app's analysis process starts here
    args, qt_args = _parse(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # runs headless, in CI too
    from briefing.gui import worker_process

    worker_process.start_early()  # the models load while Qt loads and the window paints

    from PySide6.QtWidgets import QApplication

    from briefing import __version__
    from briefing.gui import workers
    from briefing.gui.icon import app_icon
    from briefing.gui.window import APP_NAME, MainWindow

    QApplication.setOrganizationName("ArticleBriefing")
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("article-briefing")
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setWindowIcon(app_icon())
    sys.excepthook = _report_unexpected
    workers.collect_garbage_on_ui_thread(app)
    if args.self_test:
        from briefing.gui import selftest

        return selftest.run(app)
    window = MainWindow()
    window.show()
    if args.file:
        window.open_path(args.file)
    code = int(app.exec())
    workers.shutdown_analysis()
    workers.wait_for_all()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
