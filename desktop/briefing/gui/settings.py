"""What the window remembers between runs (QSettings), with types and defaults in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

# The summary length the spin box starts from in each mode, before the user picks one.
DEFAULT_LENGTH = {"sentences": 3, "ratio": 20, "words": 120}
PAGE_SIZES = ("A4", "Letter")
MAX_RECENT = 8


# The PDF appendix choices: setting value -> (menu label, write_pdf's `appendix`).
PDF_APPENDIX: dict[str, tuple[str, bool | None]] = {
    "long": ("Only for articles over 1,500 words", None),
    "always": ("Always", True),
    "never": ("Never (one-page brief only)", False),
}


class Settings:
    """Typed view of a QSettings store (tests pass an ini file of their own)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def _str(self, key: str, default: str) -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def last_folder(self) -> str:
        return self._str("last_folder", str(Path.home()))

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self.store.setValue("last_folder", folder)

    @property
    def length_mode(self) -> str:
        mode = self._str("length/mode", "sentences")
        return mode if mode in DEFAULT_LENGTH else "sentences"

    @length_mode.setter
    def length_mode(self, mode: str) -> None:
        self.store.setValue("length/mode", mode)

    def length_value(self, mode: str) -> int:
        """The last value chosen in `mode` (a percentage for "ratio")."""
        default = DEFAULT_LENGTH[mode]
        value = self.store.value(f"length/{mode}", default)
        try:
            return int(value) if isinstance(value, int | str) else default
        except ValueError:
            return default

    def set_length_value(self, mode: str, value: int) -> None:
        self.store.setValue(f"length/{mode}", value)

    @property
    def algorithm(self) -> str:
        return self._str("algorithm", "auto")

    @algorithm.setter
    def algorithm(self, name: str) -> None:
        self.store.setValue("algorithm", name)

    @property
    def page_size(self) -> str:
        size = self._str("page_size", "A4")
        return size if size in PAGE_SIZES else "A4"

    @page_size.setter
    def page_size(self, size: str) -> None:
        self.store.setValue("page_size", size)

    @property
    def pdf_appendix(self) -> str:
        """When the PDF adds the full fact tables and annotated article after the one-page
        brief: "long" (articles over 1,500 words), "always" or "never"."""
        choice = self._str("pdf/appendix", "long")
        return choice if choice in PDF_APPENDIX else "long"

    @pdf_appendix.setter
    def pdf_appendix(self, choice: str) -> None:
        self.store.setValue("pdf/appendix", choice)

    @property
    def recent_files(self) -> list[str]:
        value = self.store.value("recent_files", [])
        if isinstance(value, str):  # QSettings returns a one-item list as a bare string
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(v) for v in value if v][:MAX_RECENT]

    def add_recent(self, path: str) -> None:
        """Remember `path` first, as an absolute path (a relative one breaks elsewhere)."""
        path = str(Path(path).absolute())
        files = [path, *(f for f in self.recent_files if f != path)]
        self.store.setValue("recent_files", files[:MAX_RECENT])

    def clear_recent(self) -> None:
        self.store.setValue("recent_files", [])

    @property
    def remember_articles(self) -> bool:
        """Reopen the articles of the list at the next start."""
        value = self.store.value("articles/remember", False)
        return value is True or value == "true"

    @remember_articles.setter
    def remember_articles(self, on: bool) -> None:
        self.store.setValue("articles/remember", on)
        if not on:
            self.store.setValue("articles/open", [])

    @property
    def open_articles(self) -> list[str]:
        value = self.store.value("articles/open", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value if v] if isinstance(value, list) else []

    @open_articles.setter
    def open_articles(self, paths: list[str]) -> None:
        self.store.setValue("articles/open", paths)

    def geometry(self, key: str) -> QByteArray | None:
        """Saved window geometry, window state or splitter state."""
        value = self.store.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, data: QByteArray) -> None:
        self.store.setValue(f"window/{key}", data)
