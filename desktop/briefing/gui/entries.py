"""The articles open in the window, in the order the user keeps them, each with its state.

Plain Python (no Qt), owned by the window: the side list shows it, the window's scheduler
takes the next queued entry from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from briefing.counts import counted
from briefing.model import Article, Briefing

QUEUED, ANALYSING, DONE, FAILED, FRAGMENT, CANCELLED = (
    "queued",
    "analysing",
    "done",
    "failed",
    "fragment",
    "cancelled",
)
PENDING = (QUEUED, ANALYSING)


@dataclass
class Entry:
    """One article: what to read it from, where it is in its analysis, and its briefing."""

    id: int
    source: Path | str | Article  # a file, pasted text, or the article once loaded
    name: str
    path: Path | None = None  # the file it came from, if any
    status: str = QUEUED
    reason: str = ""  # why it failed, in plain words
    briefing: Briefing | None = None
    published: date | None = None  # the published date the user set for this article
    force: bool = False  # analyse even though it looks like a fragment
    stage: str = ""
    percent: int = 0
    stale: bool = False  # options changed while it was being analysed: run again

    def status_text(self) -> str:
        if self.status == ANALYSING:
            stage = f" — {self.stage}" if self.stage else ""
            percent = f" {self.percent} %" if self.percent else ""
            return f"Analysing{stage}{percent}"
        if self.status == DONE and self.briefing is not None:
            return f"Done · {counted(self.briefing.article.word_count, 'word', grouped=True)}"
        if self.status in (FAILED, FRAGMENT):
            return f"Failed: {self.reason}" if self.status == FAILED else self.reason
        return self.status.capitalize()


class ReadingList:
    """Entries in the user's order; ids stay valid while entries come and go."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self._ids = 0

    def add(self, source: Path | str | Article, name: str) -> Entry:
        self._ids += 1
        path = source if isinstance(source, Path) else None
        entry = Entry(self._ids, source, name, path)
        self.entries.append(entry)
        return entry

    def get(self, entry_id: int | None) -> Entry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def remove(self, entry_id: int) -> None:
        self.entries = [e for e in self.entries if e.id != entry_id]

    def move(self, entry_id: int, step: int) -> None:
        """Move an entry up (-1) or down (+1) the list."""
        entry = self.get(entry_id)
        if entry is None:
            return
        i = self.entries.index(entry)
        j = max(0, min(len(self.entries) - 1, i + step))
        self.entries.insert(j, self.entries.pop(i))

    def reorder(self, ids: Iterable[int]) -> None:
        """Take the order the user dragged the side list into."""
        rank = {entry_id: n for n, entry_id in enumerate(ids)}
        self.entries.sort(key=lambda e: rank.get(e.id, len(rank)))

    def next_queued(self, preferred: int | None = None) -> Entry | None:
        """The entry to analyse next: the one on show if it waits, else the first queued."""
        entry = self.get(preferred)
        if entry is not None and entry.status == QUEUED:
            return entry
        return next((e for e in self.entries if e.status == QUEUED), None)

    def pending(self) -> bool:
        return any(e.status in PENDING for e in self.entries)

    def paths(self) -> list[str]:
        """The files in the list, in order (what is remembered across restarts)."""
        return [str(e.path) for e in self.entries if e.path is not None]


def name_of(source: Path | str | Article) -> str:
    """The label of a new entry: a file's name, or the first line of pasted text."""
    if isinstance(source, Path):
        return source.name
    if isinstance(source, Article):
        return source.title
    first = next((line.strip() for line in source.splitlines() if line.strip()), "")
    return (first[:60] + "…" if len(first) > 60 else first) or "Pasted text"
