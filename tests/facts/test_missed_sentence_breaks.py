"""Names the tagger ran on past a sentence's end that the splitter missed: a full stop, then a
quotation mark or a word that opens sentences and no name. The spans are built by hand as one
sentence, so each test pins the cut whatever the splitter makes of the text."""

from __future__ import annotations

from tests.facts.hand_entities import labels, one_span


def test_a_name_is_cut_before_a_quoted_title_after_a_full_stop() -> None:
    doc, _ = one_span(["Ana", "Berg.", "``", "Valby", "Hymns"], "PERSON")
    assert labels(doc) == {"Ana Berg.": {"PERSON"}}


def test_a_name_is_cut_before_a_connective_opening_the_next_sentence() -> None:
    doc, _ = one_span(["Ana", "Berg.", "Meanwhile", "farmers"], "PERSON")
    assert labels(doc) == {"Ana Berg.": {"PERSON"}}


def test_an_initial_alone_before_the_cut_names_no_one() -> None:
    assert labels(one_span(["B.", "Meanwhile", "farmers"], "PERSON")[0]) == {}


def test_a_middle_initial_stays_inside_a_name() -> None:
    doc, _ = one_span(["Ana", "B.", "Lind"], "PERSON")
    assert labels(doc) == {"Ana B. Lind": {"PERSON"}}


def test_a_surname_like_a_connective_after_an_initial_stays_a_name() -> None:
    doc, _ = one_span(["P.", "Such"], "PERSON")
    assert labels(doc) == {"P. Such": {"PERSON"}}
