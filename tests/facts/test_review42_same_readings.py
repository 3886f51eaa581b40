"""Code-health changes of round 42's review that keep every reading: the stop before a
position read back from it, the tokens of a list of entities kept for the list asked again,
the spelt-out skips as a data file, one pattern for a relation and the name after it.
Our own words and names."""

from __future__ import annotations

import pytest

from briefing import lexicons
from briefing.facts import untagged
from briefing.facts.kinds import _lower_case_spelt_acronyms
from briefing.facts.quotes.marks import char_before
from briefing.facts.quotes.speakers import _P
from briefing.model import Entity


@pytest.mark.parametrize(
    ("text", "pos"),
    [
        ("Tavi left Orrin.  \n", 19),
        ("Tavi left Orrin.  \n", 99),
        ("Tavi left Orrin,\u00a0 next", 17),
        ("Tavi left Orrin?", -1),
        ("   ", 2),
        ("", 0),
        ("Orrin", -9),
    ],
)
def test_char_before_reads_as_the_text_before_it_stripped(text: str, pos: int) -> None:
    assert char_before(text, pos) == text[:pos].rstrip()[-1:]


def _person(sentence: int, first: int, end: int) -> Entity:
    return Entity("PERSON", "Tavi Orrin", 0, 10, sentence, first, end)


def test_tokens_of_the_same_entities_asked_again_are_a_fresh_set() -> None:
    entities = [_person(0, 1, 3), _person(2, 0, 1)]
    first = untagged.tokens_of(entities)
    first.add((9, 9))  # a caller's own set: changing it changes no later answer
    assert untagged.tokens_of(list(entities)) == {(0, 1), (0, 2), (2, 0)}


def test_tokens_of_equal_but_other_entities_are_read_anew() -> None:
    assert untagged.tokens_of([_person(0, 1, 3)]) == {(0, 1), (0, 2)}
    assert untagged.tokens_of([_person(1, 1, 2)]) == {(1, 1)}
    assert untagged.tokens_of(e for e in [_person(4, 0, 2)]) == {(4, 0), (4, 1)}


def test_spelt_out_skips_are_title_small_words() -> None:
    skips = lexicons.words("spelt_out_small_words")
    assert skips == {"of", "and", "for", "the", "in", "on", "to", "a"}
    assert skips <= lexicons.words("title_small_words")


def test_small_words_inside_lower_case_words_spell_no_letter() -> None:
    assert _lower_case_spelt_acronyms("a rate of growth (RG) in the kelp beds") == {"RG"}
    assert _lower_case_spelt_acronyms("a rate of growth (ROG) in the kelp beds") == set()


@pytest.mark.parametrize(
    ("who", "pronoun", "name"),
    [
        ("Orrin's son Tavi", None, "Tavi"),
        ("said Valby's top adviser Ana Lusk.", None, "Ana Lusk"),
        ("Her husband Craig", "Her", "Craig"),
        ("his lawyer Ana Lusk", "his", "Ana Lusk"),
    ],
)
def test_one_pattern_reads_a_relation_owned_by_a_name_or_a_pronoun(
    who: str, pronoun: str | None, name: str
) -> None:
    m = _P["relative_named"].search(who)
    assert m is not None and m["pronoun"] == pronoun and m["name"] == name


def test_a_relation_after_a_pronoun_needs_the_pronoun_first() -> None:
    assert _P["relative_named"].search("the town where her son Tavi") is None


def test_word_lists_moved_out_of_code_hold_the_words_the_code_held() -> None:
    assert lexicons.words("common_word_firm_leads") == lexicons.words("articles") | {
        "his",
        "her",
        "its",
        "their",
        "our",
        "your",
    }
    assert lexicons.words("role_place_links") == {"of", "in", "for", "at", "to"}


@pytest.mark.parametrize(
    ("name", "held"),
    [
        ("body_complement_links", {"for", "of", "on"}),
        ("bare_role_modifiers", {"former", "then", "new"}),
        ("town_place_prepositions", {"at", "in", "near"}),
    ],
)
def test_small_grammar_lists_moved_out_of_code_are_unchanged(name: str, held: set[str]) -> None:
    assert lexicons.words(name) == held
