"""Direct quotations and their speakers (filled by the fact-sheet part 2 issue)."""

from __future__ import annotations

from briefing.model import Actor, Doc, Quote


def extract_quotes(doc: Doc, actors: tuple[Actor, ...] = ()) -> tuple[Quote, ...]:
    """Direct quotes in article order; speakers are canonical actor names or None."""
    return ()
