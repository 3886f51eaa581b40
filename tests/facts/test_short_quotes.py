"""Short quotations the reader expects: a few words right after the verb of their own clause
(full, or woven in when the sentence runs on), and one word with a described source."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_short_quotation_right_after_its_verb_is_kept_with_its_speaker() -> None:
    (q,) = _quotes(
        'Jo Park has led the Norbank board since May. In June, Park tweeted "Happy harvest '
        'days," to the surprise of his staff.'
    )
    assert (q.text, q.speaker, q.partial) == ("Happy harvest days", "Jo Park", False)


def test_a_short_quotation_the_sentence_runs_on_after_is_partial() -> None:
    (q,) = _quotes(
        "Ana Berg spoke at the Valby docks on Monday. She did not give a cost, though she "
        'said "harbour fees" would pay for most of the work.'
    )
    assert (q.text, q.speaker, q.partial) == ("harbour fees", "Ana Berg", True)


def test_one_word_from_a_described_source_is_a_partial_quote() -> None:
    (q,) = _quotes(
        "Detectives questioned the staff of the Valby Courier on Friday over remarks "
        'describing the mayor as "reckless," the newspaper reported.'
    )
    assert (q.text, q.speaker, q.description, q.partial) == (
        "reckless",
        None,
        "the newspaper",
        True,
    )


def test_one_word_from_a_document_with_no_author_is_a_term() -> None:
    quotes = _quotes(
        'Jo Park bought wire and batteries in May. He kept them in a box marked "tools," '
        "the complaint said."
    )
    assert quotes == []


def test_two_words_in_the_sentence_of_a_partial_kept_before_are_the_same_quoting() -> None:
    quotes = _quotes(
        "The Valby council met on Tuesday. Members raised worries about "
        '"boats parked along the quay for weeks" and general "harbour noise" that could '
        "keep visitors away."
    )
    assert [q.text for q in quotes] == ["boats parked along the quay for weeks", "harbour noise"]
    assert all(q.partial for q in quotes)


def test_two_words_after_a_quote_that_ended_a_sentence_are_a_term() -> None:
    quotes = _quotes(
        'The plan was dismissed as "a bridge to nowhere." READ MORE: Valby votes on '
        "'harbour fees' next week."
    )
    assert [q.text for q in quotes] == ["a bridge to nowhere."]


def test_a_headline_opening_with_a_name_and_a_colon_quotes_that_person() -> None:
    quotes = _quotes(
        "Park: Harbour Fees Plan Is ‘Dead in the Water.’\n\n"
        "Valby mayor Jo Park said on Monday that the council would drop the plan. Park told "
        "reporters the vote had been close."
    )
    assert [(q.text, q.speaker, q.partial) for q in quotes] == [
        ("Dead in the Water.", "Jo Park", True)
    ]


def test_a_headline_ending_with_a_name_says_quotes_that_person() -> None:
    quotes = _quotes(
        "Harbour Plan ‘A Costly Mistake,’ Ana Berg Says.\n\n"
        "Norbank chief Ana Berg criticised the council on Monday. Berg said the plan would "
        "raise fees for every boat owner in Valby."
    )
    assert [(q.text, q.speaker) for q in quotes] == [("A Costly Mistake", "Ana Berg")]


def test_a_title_in_a_headline_with_nobody_saying_it_is_no_quote() -> None:
    quotes = _quotes(
        "Ana Berg’s ‘Harbour Nights’ Opens In Valby.\n\n"
        "The film by Ana Berg opened on Friday at the Valby Palace cinema."
    )
    assert quotes == []


def test_is_before_an_ing_weaving_verb_is_no_passive() -> None:
    (q,) = _quotes(
        "Valby mayor Jo Park spoke at the docks on Monday. Park is calling the harbour plan "
        '"a costly mistake for every boat owner" and wants a new vote.'
    )
    assert (q.speaker, q.partial) == ("Jo Park", True)


def test_a_short_slogan_after_chanted_is_a_full_quote() -> None:
    quotes = _quotes(
        "Some 3,000 dock workers marched through Valby on Saturday. They waved flags and "
        'chanted "Park Must Go," before the mayor came out to meet them.'
    )
    assert [(q.text, q.partial) for q in quotes] == [("Park Must Go", False)]


def test_words_a_speaker_refers_to_someone_as_are_a_partial_quote_of_theirs() -> None:
    (q,) = _quotes(
        "Bishop Ana Berg has spent years building ties with the fishermen of Valby, whom "
        'she refers to as "old friends," after a long feud.'
    )
    assert (q.text, q.speaker, q.partial) == ("old friends", "Ana Berg", True)


def test_a_word_a_named_person_uses_is_a_partial_quote_of_theirs() -> None:
    quotes = _quotes(
        "Jo Park has worked with the fishermen of Valby for ten years. Park uses words such "
        'as "brave" to describe them.'
    )
    assert [(q.text, q.speaker, q.partial) for q in quotes] == [("brave", "Jo Park", True)]


def test_every_word_in_a_list_of_quoted_words_is_kept() -> None:
    quotes = _quotes(
        'Ola Brenn runs the ferry school in Valby. She uses words such as "calm," "tide," '
        '"rope" and "patience" to describe it.'
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("calm", "Ola Brenn"),
        ("tide", "Ola Brenn"),
        ("rope", "Ola Brenn"),
        ("patience", "Ola Brenn"),
    ]


def test_a_capitalised_reply_before_a_quoted_word_is_no_list() -> None:
    quotes = _quotes('"Yes," "no" and "maybe" were the only answers on the form, the clerk said.')
    assert "no" not in [q.text for q in quotes]


def test_one_word_in_a_sentence_opening_on_its_source_is_that_source_s() -> None:
    (q,) = _quotes(
        "The Valby council hired outside auditors on Monday. According to harbour board chair "
        'Tomas Lindqvarn, the move smacks of "panic" and haste.'
    )
    assert (q.text, q.speaker, q.partial) == ("panic", "Tomas Lindqvarn", True)


def test_one_word_modifying_a_noun_after_an_opening_source_is_no_quote() -> None:
    quotes = _quotes(
        "The Valby council hired outside auditors on Monday. According to harbour board chair "
        'Tomas Lindqvarn, the new "rescue" plan would cost more than the old one.'
    )
    assert [q.text for q in quotes] == []
