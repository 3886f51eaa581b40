"""Faults a reader met in the forty-first round's invented stories."""

from __future__ import annotations

from briefing.pipeline import analyze
from briefing.sources import from_text


def test_a_headline_naming_a_relative_of_the_other_sex_does_not_rename_the_row() -> None:
    text = (
        "Tom Quarrie thanks rescuers after mother found safe\n\n"
        "Mrs Quarrie, 71, was found by a coastguard team in a cove on Sunday. Quarrie was "
        "taken to hospital as a precaution."
    )
    people = [a.name for a in analyze(from_text(text)).facts.actors if a.type == "person"]
    assert "Tom Quarrie" not in people
