"""A story quoting another writer's narrative: the straight marks around the passage run over
its paragraphs past the typographic quotes nested in it, a nested quote is the voice its own
pronoun clause names when the passage named that person last (not counting names its own
speakers say; nobody when another who fits shares that paragraph), and a straight quote left
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


# A passage naming a person of unknown sex in an earlier paragraph (`Lindqvist`), the woman
# its pronoun stands for in the paragraph before the nested quote.
_EARLIER = (
    "The ferry from Kallberg was late again, and the crew blamed Lindqvist for the delay.\n\n"
)
_WAITED = "Anna Berg had waited on the pier since dawn. She was cold, and tired of it."


def _nested(text: str) -> list[tuple[str | None, bool]]:
    return [(q.speaker, q.partial) for q in _quotes(text) if q.text.startswith("I will wait")]


def test_a_nested_quote_is_the_person_named_last_in_a_straight_passage() -> None:
    text = (
        f'Piet Kaljus wrote in the harbour bulletin:\n\n"{_EARLIER}"{_WAITED}\n\n'
        '\u201cI will wait for as long as it takes,\u201d she said, and the crew waved."'
    )
    assert _nested(text) == [("Anna Berg", True)]


def test_a_nested_single_quote_in_a_block_of_paragraphs_each_opening_with_a_mark() -> None:
    text = (
        f"The Valby Post described the scene on Monday.\n\n\u201c{_EARLIER}\u201c{_WAITED} "
        "\u2018I will wait for as long as it takes,\u2019 she said, as the crew waved.\u201d"
    )
    assert _nested(text) == [("Anna Berg", True)]


def test_a_nested_quote_in_a_passage_credited_after_it_to_a_paper() -> None:
    text = (
        f"The ferry was late again on Monday.\n\n\u201c{_WAITED} \u2018I will wait for as long "
        "as it takes,\u2019 she said as the crew waved,\u201d according to the Valby Post."
    )
    assert _nested(text) == [("Anna Berg", True)]


def test_a_nested_he_is_the_man_named_last_not_the_woman_before() -> None:
    text = (
        'Piet Kaljus wrote in the harbour bulletin:\n\n"Anna Berg had waited since dawn.\n\n'
        '"Then Tomas Lind came to the pier.\n\n'
        '\u201cI will wait for as long as it takes,\u201d he said, and the crew waved."'
    )
    assert _nested(text) == [("Tomas Lind", True)]


def test_names_quoted_inside_the_passage_are_no_antecedents() -> None:
    text = (
        'Piet Kaljus wrote in the harbour bulletin:\n\n"Tomas Lind had waited since dawn.\n\n'
        "\u201cIngrid Holm is on the next boat,\u201d he said. \u201cI will wait for as long "
        'as it takes,\u201d she said, and the crew waved."'
    )
    assert _nested(text) == [(None, True)]


def test_a_nested_quote_after_the_wording_it_names_has_that_wording_as_source() -> None:
    text = (
        'Ana Lund, who ran the Valby poll, explained the figures: "We asked every household '
        "the same thing, and I will read you the question: \u201cDo you trust the harbour "
        'board to keep the fees down next year?\u201d Most of them said no."'
    )
    nested = [q for q in _quotes(text) if q.text.startswith("Do you trust")]
    assert [(q.speaker, q.description) for q in nested] == [(None, "the question")]
