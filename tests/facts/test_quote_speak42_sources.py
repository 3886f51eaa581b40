"""Round 42 speaker rules on wire and regional copy: a source named with the body they speak
for before the verb (`Jo Brannick from TGB says`) is a person a later "he" stands for."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


_GRAIN = (
    "Velmar grain sales resume\n"
    "Grain growers in Velmar say exports to Tollan have resumed after a long freeze.\n"
    "Tollan Grain Board (TGB) says prices from Velmar hold and does not think traders will cut.\n"
)


def test_he_said_stands_for_a_source_named_with_their_body_before_says() -> None:
    text = (
        _GRAIN + "Jo Brannick from TGB says quality and safety are the issues, not the price.\n"
        '"The buyers are being very careful about coming back to our grain," he said.\n'
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Jo Brannick"


def test_a_body_phrase_with_small_words_before_the_verb_still_counts() -> None:
    text = (
        _GRAIN + "Jo Brannick of the Tollan Grain Board says the mills are fairly nervous.\n"
        '"They will not rush back to our grain before the spring," he said.\n'
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Jo Brannick"


def test_a_name_only_placed_somewhere_is_no_evidence_of_a_speaker() -> None:
    # `from Velmar` and no reporting verb after it: nothing says the person ever spoke.
    text = (
        _GRAIN + "Jo Brannick from Velmar lost a harvest to the floods last year.\n"
        '"The buyers are being very careful about coming back to our grain," he said.\n'
    )
    (quote,) = _quotes(text)
    assert quote.speaker is None
