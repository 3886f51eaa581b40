"""One rule for what is too little to be an article, shared by the window and the CLI."""

from __future__ import annotations

import pytest

from briefing.errors import InputError, NotAnArticleError
from briefing.model import Article
from briefing.sources import from_text
from briefing.sources.fragments import ARTICLE_WORDS, check_article, is_fragment, letter_words

SENTENCE = "The ferry to Valby sails again on Monday after the harbour strike ended. "


def _article(text: str) -> Article:
    return from_text(f"Headline\n\n{text}")


def test_a_few_words_are_a_fragment() -> None:
    assert is_fragment(Article("Strike", ("ferry strike",)))


def test_an_article_is_not_a_fragment() -> None:
    assert not is_fragment(_article(SENTENCE * 5))


@pytest.mark.parametrize(
    "text",
    [
        "... !!! ??? --- ;;; " * 20,
        "1 2 3 4 5 6 7 2019 3.5 42 " * 20,
        '" " “ ” « » ‘ ’ " " ' * 20,
    ],
    ids=["punctuation", "numbers", "quotation-marks"],
)
def test_text_without_words_is_a_fragment_however_long(text: str) -> None:
    assert letter_words(_article(text)) == 0
    assert is_fragment(_article(text))


def test_words_with_a_letter_count() -> None:
    assert letter_words(Article("T", ("G7 leaders met in 2019 — again.",))) == 5


def test_check_article_raises_a_typed_error_with_the_count() -> None:
    with pytest.raises(NotAnArticleError, match=r"does not look like an article \(2 words\)") as e:
        check_article(Article("T", ("ferry strike",), source="note.txt"))
    assert isinstance(e.value, InputError)
    assert e.value.words == 2


def test_check_article_passes_an_article_through() -> None:
    article = _article(SENTENCE * 5)
    assert letter_words(article) >= ARTICLE_WORDS
    assert check_article(article) is article
