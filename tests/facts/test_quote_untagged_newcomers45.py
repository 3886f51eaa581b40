"""A `he` or `she` after someone the story brings in by name and age whom the tagger missed
(`Tuva, 25, was sent to the docks. …," she said`) is that newcomer's."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_STORY = (
    "Two sisters, Ilse and Umm, have told of their years on the trawlers. In a talk with "
    "Valby Radio Ilse said the crews were 'harsh' to newcomers. {name}, 25, was sent to the "
    "docks at fifteen. {pronoun} said the boats left early.{between} 'Mostly I slept "
    "at an uncle's flat while the trawlers were at sea. They docked for a weekend "
    "and then sailed again,' {lower} said."
)


def _last(name: str, pronoun: str, between: str = "") -> Quote:
    text = _STORY.format(name=name, pronoun=pronoun, lower=pronoun.lower(), between=between)
    doc = analyse(text)
    return extract_quotes(doc, extract_actors(doc))[-1]


def test_pronoun_after_untagged_newcomer_is_the_newcomers() -> None:
    last = _last("Umma", "She")
    assert last.text.startswith("Mostly I slept") and last.speaker == "Umma"


def test_pronoun_past_someone_named_after_the_newcomer_is_not_the_newcomers() -> None:
    last = _last("Umma", "She", " Ana Lund met her at the quay.")
    assert last.text.startswith("Mostly I slept") and last.speaker != "Umma"
