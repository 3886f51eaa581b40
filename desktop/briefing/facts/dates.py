"""Date expressions resolved against the published date (filled by fact-sheet part 2)."""

from __future__ import annotations

from datetime import date

from briefing.model import DateMention, Doc


def extract_dates(doc: Doc, published: date | None) -> tuple[DateMention, ...]:
    """Date mentions in article order, with TIMEX3-style values where resolvable."""
    return ()
