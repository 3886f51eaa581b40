"""Whether loaded text reads as an article or a fragment: one rule for the window and the CLI."""

from __future__ import annotations

from briefing.counts import counted
from briefing.errors import NotAnArticleError
from briefing.model import Article

# Below this many words with a letter in them, a text is a fragment, not an article: numbers,
# punctuation and quotation marks alone ("1 2 3", "« … »") count for nothing.
ARTICLE_WORDS = 40


def letter_words(article: Article) -> int:
    """Words holding at least one letter ("2019" and "—" are not words here; "G7" is)."""
    return sum(1 for p in article.paragraphs for w in p.split() if _has_letter(w))


def _has_letter(word: str) -> bool:
    return any(c.isalpha() for c in word)


def is_fragment(article: Article) -> bool:
    return letter_words(article) < ARTICLE_WORDS


def check_article(article: Article) -> Article:
    """`article`, or `NotAnArticleError` when it is a fragment."""
    words = letter_words(article)
    if words < ARTICLE_WORDS:
        raise NotAnArticleError(
            f"{article.source}: this does not look like an article ({counted(words, 'word')})",
            words,
        )
    return article
