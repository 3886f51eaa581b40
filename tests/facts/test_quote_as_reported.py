"""`As the Valby Courier reported, "…"`: the idiom before a quotation with a reporting verb in
the past tense credits the words to the name it opens on, as `As Jo Park put it, "…"` does;
a comma with the writer's words after it before the quote leaves it to other rules."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_TEXT = (
    "Valby mayor wins a second term.\n\n"
    "The mayor of Valby, Jon Brask, won a second term on Sunday after a long count in the "
    "harbour wards, where turnout was high.\n\n"
    "After the count, a party was held at the town hall, where most guests cheered for Brask. "
    '{AS} "If the vote were held again tonight, Brask would win it, and easily."\n\n'
    "According to a poll of Valby voters, Brask took 52 percent of the vote, with his rival "
    "Mila Lind on 40 percent.\n"
)


def _quote(opening: str) -> Quote:
    doc = analyse(_TEXT.replace("{AS}", opening))
    (q,) = extract_quotes(doc, extract_actors(doc))
    return q


def test_as_a_paper_reported_credits_the_paper() -> None:
    assert _quote("As the Norland Courier reported,").speaker == "Norland Courier"


def test_as_a_person_wrote_credits_the_person() -> None:
    assert _quote("As Mila Lind wrote,").speaker == "Mila Lind"
