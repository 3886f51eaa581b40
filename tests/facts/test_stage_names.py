"""A stage name after "aka" joins the real name, even when the tagger found only its end."""

from __future__ import annotations

from briefing.facts.words import renames


def test_a_stage_name_with_an_untagged_first_word_joins_the_real_name() -> None:
    text = "Rapper Tomas Vell - aka Big Orrin - said the tour would go on."
    first, second = text.index("Tomas Vell"), text.index("Orrin")
    spans = [(first, first + len("Tomas Vell"), 0), (second, second + len("Orrin"), 1)]
    assert renames(text, spans) == {1: 0}


def test_lower_case_words_after_aka_keep_the_names_apart() -> None:
    text = "Tomas Vell, aka the man who sold the farm to Orrin, said the tour would go on."
    first, second = text.index("Tomas Vell"), text.index("Orrin")
    spans = [(first, first + len("Tomas Vell"), 0), (second, second + len("Orrin"), 1)]
    assert renames(text, spans) == {}
