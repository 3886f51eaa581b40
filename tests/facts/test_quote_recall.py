"""Quotations a reader credits at once that the rules used to drop or leave open."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_the_statement_goes_on_in_the_voice_of_the_body_that_issued_it() -> None:
    quotes = _quotes(
        "In a statement on Friday, the Norbank Foundation said: \u201cWe will fund the Valby "
        "harbour school for ten more years.\u201d\n\nThe statement added: \u201cNo teacher will "
        "lose a post this year.\u201d"
    )
    assert [q.speaker for q in quotes] == ["Norbank Foundation", "Norbank Foundation"]


def test_the_statement_of_two_bodies_stays_a_description() -> None:
    quotes = _quotes(
        "In a statement, the Norbank Foundation said it would help. In a letter, the Valby "
        "Harbour Trust agreed.\n\nThe statement added: \u201cNo teacher will lose a post "
        "this year.\u201d"
    )
    assert quotes[-1].speaker is None


def test_lauded_weaves_a_partial_quote_into_its_subjects_words() -> None:
    (q,) = _quotes(
        "In March, Gov. Jo Park of Norland lauded Ana Berg in his budget speech for bringing "
        "\u201cfresh and careful ideas\u201d to the Valby harbour."
    )
    assert (q.speaker, q.partial) == ("Jo Park", True)


def test_a_condemning_verb_weaves_a_partial_quote_into_its_subjects_words() -> None:
    (q,) = _quotes(
        "At the Valby harbour rally on Monday, Ana Berg decried the \u201cquiet deals of the "
        "harbour board\u201d and left early."
    )
    assert (q.speaker, q.partial) == ("Ana Berg", True)


def test_bemoaned_weaves_a_partial_quote_into_its_subjects_words() -> None:
    (q,) = _quotes(
        "Jo Park also bemoaned a Valby council in which members \u201cno longer listen to "
        "each other\u201d at all."
    )
    assert (q.speaker, q.partial) == ("Jo Park", True)


def test_a_fragment_after_said_and_a_comma_is_the_named_speakers_partial_quote() -> None:
    (q,) = _quotes(
        "Ana Berg ran the Valby ferry for years. When Norbank bought it, Ms. Berg said, "
        '"we were stunned."'
    )
    assert q.text == "we were stunned." and q.speaker == "Ana Berg" and q.partial


def test_a_short_phrase_after_a_comma_and_no_reporting_verb_stays_dropped() -> None:
    assert _quotes('Ana Berg ran the Valby ferry, the "old tub," for years.') == []


def test_what_critics_called_describes_the_source_of_the_word() -> None:
    (q,) = _quotes('Ana Berg defended what many voters called "fraud" at Norbank in Valby.')
    assert q.text == "fraud" and q.speaker is None and q.description == "many voters"


def test_a_relative_clause_after_the_subject_leaves_the_subject_the_source() -> None:
    (q,) = _quotes(
        "In an interview with Norland Radio Jo Park, who left the harbour after a storm in "
        "May, said clerks got a 'standard' forty days of leave."
    )
    assert q.text == "standard" and q.speaker == "Jo Park"


def test_is_stressing_weaves_a_partial_quote_into_its_subjects_words() -> None:
    (q,) = _quotes(
        "Jo Park is stressing the need to guard the Valby harbour under "
        "\u201cconstant strain\u201d from the winter storms."
    )
    assert q.text == "constant strain" and q.speaker == "Jo Park"


def test_the_second_part_of_an_interrupted_quotation_is_no_fragment() -> None:
    quotes = _quotes(
        '"We counted the boats in the Valby harbour every morning," Jo Park said, "and we won."'
    )
    assert [q.partial for q in quotes] == [False, False]
