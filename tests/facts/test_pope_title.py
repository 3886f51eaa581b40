"""A "the pope" in a reporting clause is the one Pope the story names, as "the mayor" is the one
mayor; a story naming no Pope keeps the description."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse


def _quote(text: str) -> tuple[str | None, str | None]:
    doc = analyse(text)
    q = extract_quotes(doc, extract_actors(doc))[0]
    return q.speaker, q.description


def test_the_pope_is_the_pope_the_story_names() -> None:
    text = (
        "Pope Clement XX told pilgrims in Varnia on Sunday that the war had to end. "
        "Thousands filled the square to hear him. "
        '"Hatred is a poison for every nation," the pope said.'
    )
    assert _quote(text) == ("Clement XX", None)


def test_the_pope_unnamed_stays_a_description() -> None:
    text = (
        "Pilgrims filled the square in Varnia on Sunday. "
        '"Hatred is a poison for every nation," the pope said.'
    )
    assert _quote(text) == (None, "the pope")
