"""A name between "the" and a noun it modifies (`the Varga campaign`) is no rival for a
pronoun: the previous speaker goes on."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def _speaker_of(quotes: list[Quote], words: str) -> str | None:
    return next(q.speaker for q in quotes if words in q.text)


_LEAD = (
    "Hilda Varga will hold three rallies in Lorren County this week.\n\n"
    '"Her people are nervous about the county. Very nervous," said Greta Holm, who leads '
    "the Lorren Weavers Guild.\n\n"
)


def test_she_goes_on_past_the_candidate_named_in_the_campaign() -> None:
    text = (
        _LEAD + "Many weavers think the Varga campaign took them for granted and must now "
        "win them back before the vote.\n\n"
        '"They trusted the old slogans to carry the valley. That will not do," she said.'
    )
    assert _speaker_of(_quotes(text), "old slogans") == "Greta Holm"


def test_the_candidate_named_on_her_own_still_rivals_the_previous_speaker() -> None:
    text = (
        _LEAD + "Many weavers think Varga took them for granted and must now win them back "
        "before the vote.\n\n"
        '"They trusted the old slogans to carry the valley. That will not do," she said.'
    )
    assert _speaker_of(_quotes(text), "old slogans") != "Greta Holm"
