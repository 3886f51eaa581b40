"""A sentence with no reporting verb that ends on a colon right before a quote (`Ana Berg seemed
irritated: "…"`) brings in the words of the person it opens with; never when the sentence names
a thing that holds words of its own or another person, nor for an owner or a group. A subject
pronoun there goes on in the voice of the quote just before, when nobody else is named since."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_named_subject_before_a_closing_colon_speaks() -> None:
    text = (
        "The harbour board met in Valby on Tuesday.\n\n"
        'Mayor Jo Park resisted: "Valby mayors do not have the power to close the port."'
    )
    assert _quotes(text)[-1].speaker == "Jo Park"


def test_a_group_named_for_a_person_is_not_that_person() -> None:
    text = (
        "The harbour board met in Valby on Tuesday.\n\n"
        'The Jo Park campaign, in a leaflet, worded it more carefully: "Harbour fees may rise '
        'again next spring."'
    )
    assert _quotes(text)[-1].speaker is None


def test_an_owner_before_the_colon_is_no_subject() -> None:
    text = (
        "The harbour board met in Valby on Tuesday.\n\n"
        'Jo Park\'s win did not surprise the old guard: "He had the numbers all along."'
    )
    assert _quotes(text)[-1].speaker is None


def test_a_thing_holding_words_of_its_own_keeps_the_holder_silent() -> None:
    text = (
        "The harbour board met in Valby on Tuesday.\n\n"
        'Jo Park held up a sign: "Save the north berth."'
    )
    assert _quotes(text)[-1].speaker is None


def test_another_person_in_the_sentence_leaves_the_quote_unattributed() -> None:
    text = (
        "The harbour board met in Valby on Tuesday.\n\n"
        'Jo Park turned to Ana Berg at the end of the meeting: "Then we close the berth."'
    )
    assert _quotes(text)[-1].speaker is None


def test_a_form_of_fields_is_no_sentence_with_a_subject() -> None:
    text = (
        "Faces of the strike.\n\n"
        'Name: Tuva Lind Age: 31 Why she is striking: "The fees went up twice this year."'
    )
    assert _quotes(text)[-1].speaker is None


def test_a_pronoun_before_a_colon_goes_on_in_the_voice_just_quoted() -> None:
    text = (
        '"We have earned every vote in this town," Ana Berg said.\n\n'
        'She then turned back to the dockers: "One thing still stings. The ferry board never '
        'came to the quay."'
    )
    assert _quotes(text)[-1].speaker == "Ana Berg"


def test_another_subject_pronoun_in_the_colon_sentence_stops_the_voice() -> None:
    text = (
        '"I do not believe in ghosts," Ana Berg said to her mother.\n\n'
        'She was so cross that I gave in at once: "Fine, the ghosts are real. Now eat your '
        'soup."'
    )
    assert _quotes(text)[-1].speaker is None


def test_a_person_named_since_the_last_quote_stops_the_voice() -> None:
    text = (
        '"It is a huge crowd," Tom Vale said, doing his best Jo Park impersonation.\n\n'
        'He also talked up the ferry plan: "Which crew sails first in spring? Mine does."'
    )
    assert _quotes(text)[-1].speaker is None
