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


_SURVEY = (
    "The survey was published on Monday by the Velmar Institute. "
    '"Too few firms are ready for the storm season," said Dr Mara Quillet, head of the '
    "institute's coastal unit. Some 900 owners were asked about it.\n\n"
)


def test_an_as_revealed_by_aside_does_not_take_over_the_describing_verb() -> None:
    text = (
        _SURVEY + "Dr Quillet described the level of planning shown by owners as revealed by "
        'the survey as "too little, too late". Growers plan to raise it at the Tollan forum.'
    )
    quotes = _quotes(text)
    assert quotes[-1].text == "too little, too late"
    assert quotes[-1].speaker == "Mara Quillet"


_COUNCIL = "Grovenby council met on Tuesday to discuss the Velmar Institute harbour plan.\n\n"


def test_calls_the_claims_one_word_is_kept_for_the_subject() -> None:
    # `claims` after `the` is a noun, not the reporting verb right before the mark.
    text = _COUNCIL + 'Mayor Jo Lind calls the claims "absurd". She spoke after the meeting.'
    (quote,) = _quotes(text)
    assert (quote.text, quote.speaker) == ("absurd", "Jo Lind")


def test_called_the_reports_woven_words_are_the_subjects() -> None:
    text = _COUNCIL + 'Mayor Jo Lind called the reports "absurd and harmful". She left early.'
    (quote,) = _quotes(text)
    assert (quote.text, quote.speaker) == ("absurd and harmful", "Jo Lind")


def test_which_it_described_credits_the_body_opening_the_sentence() -> None:
    text = _COUNCIL + 'Norbank released figures on Monday which it described as "encouraging".'
    (quote,) = _quotes(text)
    assert (quote.text, quote.speaker) == ("encouraging", "Norbank")


def test_which_it_described_past_the_bodys_own_relative_clause() -> None:
    text = _COUNCIL + (
        "The Velmar Trust, which runs the quay, has begun a review which it described as "
        '"long overdue and badly needed". Work starts in May.'
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Velmar Trust"


def test_name_from_the_body_says_colon_credits_the_person() -> None:
    text = _GRAIN.replace("\n", "\n\n") + (
        'Jo Brannick from the Tollan Grain Board says: "The buyers are being careful about '
        'coming back."\n'
    )
    quotes = _quotes(text)
    assert quotes[-1].speaker == "Jo Brannick"


def test_said_name_from_the_body_after_the_quote_still_credits_the_person() -> None:
    text = _GRAIN.replace("\n", "\n\n") + (
        '"The mills will not rush back before the spring," said Ana Merrow from the Velmar '
        "Farmers Federation.\n"
    )
    quotes = _quotes(text)
    assert quotes[-1].speaker == "Ana Merrow"
