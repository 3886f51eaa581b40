"""Length policies: N sentences, a share of the article's words, or a word budget."""

from __future__ import annotations

from briefing.model import Length
from briefing.summarize.length import sentence_cap, word_budget


def test_sentence_count_is_capped_at_the_article() -> None:
    assert sentence_cap(Length("sentences", 5), 3) == 3


def test_ratio_is_a_share_of_the_words_not_of_the_sentences() -> None:
    assert sentence_cap(Length("ratio", 0.25), 10) == 10
    assert word_budget(Length("ratio", 0.25), 800) == 200
    assert word_budget(Length("ratio", 0.01), 20) == 1


def test_word_budget_limits_words_not_sentences() -> None:
    assert sentence_cap(Length("words", 50), 12) == 12
    assert word_budget(Length("words", 50), 1000) == 50
    assert word_budget(Length("sentences", 3), 1000) is None


def test_an_empty_article_has_no_summary_sentences() -> None:
    assert sentence_cap(Length(), 0) == 0
