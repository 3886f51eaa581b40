"""A reporting clause after a quote names its source in capitals even when the entity tagger
missed the name (a one-word outlet, a body's name with its small words): the name is shown as
written rather than nothing, or the previous speaker's voice carried over it."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_one_capitalised_word_before_the_verb_after_a_quote_is_the_source() -> None:
    text = (
        'The new film will show "rare footage from the early tours of the band," Lookout reported.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Lookout"


def test_a_body_name_with_small_words_after_said_is_the_source() -> None:
    text = (
        "Jo Park praised the crews on Monday. "
        '"Volunteers have come from every town along the coast to help those who lost homes," '
        "said Hands of the Harbour charity, which runs a shelter."
    )
    qs = _quotes(text)
    assert qs[-1].speaker == "Hands of the Harbour"


def test_a_pronoun_after_a_quote_is_no_name() -> None:
    text = 'Jo Park spoke on Monday. "The harbour is closed to every boat until May," He said.'
    qs = _quotes(text)
    assert qs[-1].speaker in (None, "Jo Park")
