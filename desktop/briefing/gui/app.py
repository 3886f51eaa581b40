"""`briefing-desktop [FILE]`: the application entry point."""

from __future__ import annotations

import logging
import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from briefing import __version__
    from briefing.gui.window import MainWindow

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = sys.argv if argv is None else argv
    app = QApplication.instance() or QApplication(args)
    app.setApplicationName("Article Briefing")
    app.setApplicationVersion(__version__)
    window = MainWindow()
    window.show()
    if len(args) > 1:
        window.open_path(args[1])
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
