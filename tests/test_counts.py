"""Counts read as words: one thing in the singular, none or many in the plural."""

from __future__ import annotations

from briefing.counts import counted


def test_one_is_singular_and_none_or_many_plural() -> None:
    assert counted(1, "article") == "1 article"
    assert counted(0, "quote") == "0 quotes"
    assert counted(3, "place") == "3 places"


def test_a_noun_of_two_words_takes_its_plural_on_the_last() -> None:
    assert counted(1, "dated event") == "1 dated event"
    assert counted(2, "dated event") == "2 dated events"


def test_an_irregular_plural_is_given() -> None:
    assert counted(2, "library", "libraries") == "2 libraries"


def test_grouped_thousands() -> None:
    assert counted(1204, "word", grouped=True) == "1,204 words"
    assert counted(1204, "word") == "1204 words"
