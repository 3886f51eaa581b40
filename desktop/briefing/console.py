"""What a command-line run prints besides its own lines: our log records, not the libraries'."""

from __future__ import annotations

import logging


class _LibraryMessagesToDebug(logging.Filter):
    """Warnings and log records of the libraries we call (pypdf's "EOF marker not found",
    trafilatura's "discarding data") become debug records: the user sees our one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name != "briefing" and not record.name.startswith("briefing."):
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return record.levelno >= logging.getLogger().getEffectiveLevel()


def show_only_our_messages() -> None:
    """Log to stderr at warning level; Python warnings go to the log (logger "py.warnings"),
    and there, like every library's own records, at debug level."""
    logging.basicConfig(format="%(levelname)s: %(message)s", level=logging.WARNING)
    logging.captureWarnings(True)
    for handler in logging.getLogger().handlers:
        if type(handler) is logging.StreamHandler and not any(
            isinstance(f, _LibraryMessagesToDebug) for f in handler.filters
        ):
            handler.addFilter(_LibraryMessagesToDebug())
