"""Cheap tests put first without changing what the rules find (round 45): a sentence or a
name the cheap test passes over holds nothing the rule would have found."""

from __future__ import annotations

from briefing.facts.actors import _inserted, _Row
from briefing.facts.kinds import _lower_case_spelt_acronyms
from briefing.facts.spans import _FORM_NEEDS
from briefing.nlp import analyse


def test_the_marks_a_sentence_is_scanned_for_have_no_case() -> None:
    """The nickname and team-sheet scans look for their marks in the sentence as written:
    right only while no needed string holds a letter (a folded text would be needed then)."""
    assert all(not any(c.isalpha() for c in "".join(words or ())) for words in _FORM_NEEDS.values())


def test_letters_in_brackets_after_lower_case_words_are_still_found() -> None:
    assert _lower_case_spelt_acronyms("Valby studies the growth factor (GF) in oats.") == {"GF"}
    assert _lower_case_spelt_acronyms("Valby studies the growth factor in oats.") == frozenset()


def test_a_subject_is_still_read_past_an_aside_in_commas() -> None:
    tokens = analyse("Norland, however, said it would act.").sentences[0].tokens
    assert tokens[_inserted(tokens, 1)].text == "said"


def test_a_subject_without_aside_ends_where_it_ends() -> None:
    tokens = analyse("Norland said it would act.").sentences[0].tokens
    assert _inserted(tokens, 1) == 1


def test_no_role_adds_no_role() -> None:
    row = _Row("Jo Lind", "person")
    row.add_role(None)
    row.add_role("")
    row.add_role("harbour master")
    assert row.roles == ["harbour master"]
