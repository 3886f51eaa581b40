"""A body's name the tagger cut short runs as far as the acronym written after it spells."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _organisations(text: str) -> list[str]:
    return sorted(a.name for a in extract_actors(analyse(text)) if a.type == "organization")


def _spelt(text: str, name: str) -> bool:
    """Whether some organisation row of `text` is `name` or has it as a form."""
    actors = extract_actors(analyse(text))
    return any(name in (a.name, *a.aliases) for a in actors if a.type == "organization")


def test_a_bracketed_acronym_spells_the_whole_name() -> None:
    text = (
        "Ten members of the elite Special Harbour Guard (SHG) unit were hurt in the storm. "
        "Later the Special Harbour Guard thanked the fishermen who helped them."
    )
    organisations = _organisations(text)
    assert "Special Harbour Guard" in organisations
    assert "Harbour Guard" not in organisations


def test_an_acronym_after_or_spells_the_whole_name() -> None:
    text = (
        "The charity that runs the scheme, United Fund for Orchard Growers, or UFOG, "
        "objects to the new rules for the valley."
    )
    assert _spelt(text, "United Fund for Orchard Growers")


def test_a_longer_name_than_its_acronym_is_kept() -> None:
    text = "The Northern Tarsk Council of Weavers (CW) met on Friday to plan the fair."
    assert not _spelt(text, "Council of Weavers")
