"""A story quoting another writer's narrative: the straight marks around the passage run over
its paragraphs past the typographic quotes nested in it, a nested quote is the voice its own
pronoun clause names when the passage named one person who fits, and a straight quote left
open before a typographic paragraph ends with its own paragraph."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.facts.quotes.marks import find_quoted, scan_copy
from briefing.model import Quote
from briefing.nlp import analyse

_PASSAGE = (
    "Piet Kaljus wrote in the harbour bulletin:\n\n"
    '"Anna Berg had waited on the pier since dawn, holding what she called a \u201clucky '
    "coat,\u201d a gift from her aunt, though the ferry was late again.\n\n"
    '"She knew the crossing was rough in the spring and the crew would be tired.\n\n'
    "\u201cI will wait for as long as it takes,\u201d she said, and the crew waved from the "
    'deck as the boat came in."'
)


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def _spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quoted(scan_copy(text))]


def test_a_typographic_quote_nested_in_a_straight_one_does_not_close_it() -> None:
    first = _spans(_PASSAGE)[0]
    assert first.startswith("Anna Berg had waited") and first.endswith("boat came in.")


def test_the_quoted_passage_is_its_writers_over_every_paragraph() -> None:
    passage = _quotes(_PASSAGE)[0]
    assert passage.speaker == "Piet Kaljus"
    assert "crossing was rough" in passage.text and passage.text.endswith("boat came in.")


def test_a_nested_quote_is_the_one_person_its_pronoun_fits() -> None:
    nested = [q for q in _quotes(_PASSAGE) if q.text.startswith("I will wait")]
    assert [(q.speaker, q.partial) for q in nested] == [("Anna Berg", True)]


def test_a_nested_quote_stays_unattributed_when_two_could_be_its_pronoun() -> None:
    text = _PASSAGE.replace("a gift from her aunt", "a gift from Ingrid Holm")
    nested = [q for q in _quotes(text) if q.text.startswith("I will wait")]
    assert [q.speaker for q in nested] == [None]


def test_a_straight_quote_left_open_before_a_typographic_paragraph_ends_there() -> None:
    text = (
        "Piet Kaljus wrote about the crossing in the harbour bulletin:\n\n"
        '"The ferry left Valby an hour late and the sea was rough all the way.\n\n'
        "\u201cWe will be home by dark,\u201d Anna Berg said to the crew."
    )
    quotes = _quotes(text)
    assert [q.text for q in quotes] == [
        "The ferry left Valby an hour late and the sea was rough all the way.",
        "We will be home by dark",
    ]
    assert quotes[1].speaker == "Anna Berg"


def test_she_after_a_person_only_described_is_not_the_previous_source() -> None:
    text = (
        "Piet Kaljus wrote in the harbour bulletin:\n\n"
        '"The ferry left Valby an hour late and the sea was rough all the way home."\n\n'
        "The woman's joy at the pier is described at length:\n\n"
        "\u201cThere she is at last,\u201d she said, waving at the boat."
    )
    last = _quotes(text)[-1]
    assert last.text.startswith("There she is") and last.speaker is None
