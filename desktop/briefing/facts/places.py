"""Locations resolved against a gazetteer (filled by the fact-sheet issue)."""

from __future__ import annotations

from briefing.model import Doc, Place


def extract_places(doc: Doc) -> tuple[Place, ...]:
    """One row per place, with type, country and coordinates where known."""
    return ()
