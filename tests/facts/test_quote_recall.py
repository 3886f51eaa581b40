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
