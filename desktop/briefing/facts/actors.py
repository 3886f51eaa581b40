"""People and organisations with roles and aliases (filled by the fact-sheet issue)."""

from __future__ import annotations

from briefing.model import Actor, Doc


def extract_actors(doc: Doc) -> tuple[Actor, ...]:
    """One row per real-world person or organisation, ranked by salience."""
    return ()
