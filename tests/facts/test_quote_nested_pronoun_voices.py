"""A quotation nested in another after a pronoun's clause (`Berg recalled, "Then he said,
'…'"`): the one person of the pronoun's sex the story named before it, never the outer
quotation's own speaker, who would say "I" (round 46)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def _inner(text: str, opening: str) -> Quote:
    return next(q for q in _quotes(text) if q.text.startswith(opening))


def test_he_said_inside_a_recalled_quote_is_the_man_named_before() -> None:
    text = (
        "Harbour master Tomas Lindqvist called the council back from its summer break. "
        'Ana Berg, a councillor who sat through the meeting, recalled, "Out of the blue, he '
        "said, 'If we leave the pier as it is, the next storm will take it.'\""
    )
    assert _inner(text, "If we leave").speaker == "Tomas Lindqvist"


def test_he_said_inside_a_quote_looks_back_one_paragraph() -> None:
    text = (
        "Former envoy Piet Olsen said that Ana Berg had written to Tomas Lindqvist about the "
        "Valby ferry in her first year as minister.\n\n"
        "\"At our first meeting, he said, 'The old plan has failed; we want your help with a "
        "new one,'\" Olsen recalled."
    )
    assert _inner(text, "The old plan").speaker == "Tomas Lindqvist"


def test_two_men_named_before_leave_the_nested_voice_open() -> None:
    text = (
        "Harbour master Tomas Lindqvist met the ferry captain Jon Strand on the quay. "
        "Ana Berg, a councillor who watched them, recalled, \"Out of the blue, he said, 'If we "
        "leave the pier as it is, the next storm will take it.'\""
    )
    assert _inner(text, "If we leave").speaker is None


def test_a_first_name_inside_the_quote_leaves_the_nested_voice_open() -> None:
    # "he" is Ted, whom only the quotation names: not the man the paragraph before named
    text = (
        "Harbour master Tomas Lindqvist wants the pier closed before the winter.\n\n"
        'At a rally for Jo Park in Valby yesterday, Ana Berg said, "Ted and I were just driving '
        "in, and he is laughing on his phone. He said, 'Well, you made another front page.'\""
    )
    assert _inner(text, "Well, you made").speaker is None
