"""One word quoted after a verb of calling, its object and an article (`called Park a
"champion"`) is the source's word, not a term."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in _quotes(text)]


def test_one_word_after_calling_someone_a_is_quoted() -> None:
    text = "At the pier in Valby, Ana Berg called Jo Park a 'champion' for the ferry crews."
    assert _said(text) == [("champion", "Ana Berg")]


def test_one_word_after_a_name_given_is_a_term() -> None:
    text = "The ferry, called the 'Norland', sails at noon. Ana Berg said it was late again."
    assert _said(text) == []


def test_a_word_after_what_someone_called_and_an_article_is_a_partial() -> None:
    (q,) = _quotes(
        "Ana Berg posted again on Monday. She was sent home after what she called a "
        '"meltdown", a run of posts.'
    )
    assert q.partial and q.text == "meltdown" and q.speaker == "Ana Berg"


def test_a_name_after_called_and_an_article_is_no_quote() -> None:
    assert _quotes('Ana Berg sailed on a boat called the "Sea Star" last May.') == []


def test_a_word_after_described_someone_as_an_article_is_a_partial() -> None:
    (q,) = _quotes(
        'Valby mayor Tom Lund described harbour chief Ana Berg as a "disgrace" after the vote.'
    )
    assert q.partial and q.text == "disgrace" and q.speaker == "Tom Lund"


def test_a_word_after_blasted_someone_as_an_article_is_a_partial() -> None:
    (q,) = _quotes('Tom Lund, who backs the ferry plan, blasted Ana Berg as a "fraud" on Monday.')
    assert q.partial and q.text == "fraud" and q.speaker == "Tom Lund"


def test_called_ending_the_clause_after_a_quote_is_its_cue() -> None:
    text = (
        "The Valby council sat late over the ferry budget.\n\n"
        '"Quiet! Quiet in the hall," the chair, Dame Ana Berg, called.'
    )
    assert _said(text) == [("Quiet! Quiet in the hall", "Ana Berg")]


def test_called_with_an_object_or_a_passive_after_a_quote_is_no_cue() -> None:
    for clause in ("Ana Berg called the plan", "it was called"):
        text = f'The Valby council sat late.\n\n"Quiet in the hall at once," {clause}.'
        assert [s for _, s in _said(text)] == [None]


def test_one_word_after_termed_or_dubbed_an_object_and_an_article_is_quoted() -> None:
    text = (
        "The Velmora council has dubbed the scheme a 'folly' and Ivo Lund termed the delay an "
        "'insult' on Friday."
    )
    assert _said(text) == [("folly", None), ("insult", "Ivo Lund")]
    assert _quotes(text)[0].description == "The Velmora council"


def test_one_word_after_dubbed_or_termed_and_no_object_is_a_name_given() -> None:
    text = (
        "The ferry, dubbed the 'Sea Queen', sails at noon. The new pier, termed a 'gateway' in "
        "the plans, opens in May."
    )
    assert _said(text) == []
