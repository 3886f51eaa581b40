"""Length policies: N sentences, a ratio of the article, or a word budget."""

from __future__ import annotations

from briefing.model import Length
from briefing.summarize.length import sentence_cap, word_budget


def test_sentence_count_is_capped_at_the_article() -> None:
    assert sentence_cap(Length("sentences", 5), 3) == 3


def test_ratio_rounds_to_at_least_one_sentence() -> None:
    assert sentence_cap(Length("ratio", 0.25), 10) == 2
    assert sentence_cap(Length("ratio", 0.01), 10) == 1


def test_word_budget_limits_words_not_sentences() -> None:
    assert sentence_cap(Length("words", 50), 12) == 12
    assert word_budget(Length("words", 50)) == 50
    assert word_budget(Length("sentences", 3)) is None


def test_an_empty_article_has_no_summary_sentences() -> None:
    assert sentence_cap(Length(), 0) == 0
