"""sumy's summarizers by name, each with sumy's English stemmer and stop words.

The sumy document is built from our own sentences, so indices match the `Doc`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing.model import Article, Doc

SUMY_ALGORITHMS = (
    "lexrank",
    "lsa",
    "luhn",
    "textrank",
    "edmundson",
    "kl",
    "sumbasic",
    "reduction",
)

# Edmundson's cue method for news: bonus words mark sentences that state what happened
# or what was decided, stigma words mark hedging, teasers and page furniture, null words
# are neutral. (Our own lists, from the conventions of wire-service news writing.)
EDMUNDSON_BONUS = [
    "agreed",
    "announced",
    "approved",
    "attack",
    "banned",
    "charged",
    "decided",
    "declared",
    "elected",
    "killed",
    "launched",
    "ordered",
    "passed",
    "rejected",
    "ruled",
    "signed",
    "warned",
    "won",
    "lost",
    "meet",
    "meeting",
    "talks",
    "deal",
    "offensive",
    "election",
    "vote",
    "government",
    "president",
    "minister",
    "court",
    "police",
    "official",
]
EDMUNDSON_STIGMA = [
    "read",
    "photo",
    "caption",
    "click",
    "subscribe",
    "newsletter",
    "advertisement",
    "copyright",
    "share",
    "follow",
    "perhaps",
    "maybe",
    "hardly",
    "somewhat",
    "arguably",
    "reportedly",
    "allegedly",
    "rumoured",
]
EDMUNDSON_NULL = [
    "also",
    "however",
    "meanwhile",
    "moreover",
    "furthermore",
    "said",
    "says",
    "told",
    "added",
    "according",
    "would",
    "could",
    "should",
    "might",
]


def _summarizer(name: str, stemmer: Any, stop_words: frozenset[str]) -> Any:
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    class SortedLsa(LsaSummarizer):  # type: ignore[misc]
        """sumy's LSA numbers the words in frozenset order, which changes with Python's string
        hashing, so equal-scoring sentences swapped from one run to the next; sorted words make
        the same article give the same summary every time."""

        def _create_dictionary(self, document: Any) -> dict[str, int]:
            words = map(self.normalize_word, document.words)
            unique = {self.stem_word(w) for w in words if w not in self._stop_words}
            return {w: i for i, w in enumerate(sorted(unique))}

    classes: dict[str, Callable[[Any], Any]] = {
        "lexrank": LexRankSummarizer,
        "lsa": SortedLsa,
        "luhn": LuhnSummarizer,
        "textrank": TextRankSummarizer,
        "kl": KLSummarizer,
        "sumbasic": SumBasicSummarizer,
        "reduction": ReductionSummarizer,
    }
    if name == "edmundson":
        summarizer = EdmundsonSummarizer(stemmer)
        summarizer.bonus_words = EDMUNDSON_BONUS
        summarizer.stigma_words = EDMUNDSON_STIGMA
        summarizer.null_words = EDMUNDSON_NULL
        return summarizer
    summarizer = classes[name](stemmer)
    summarizer.stop_words = stop_words
    return summarizer


def sumy_document(doc: Doc, article: Article, indices: list[int]) -> tuple[Any, dict[int, int]]:
    """A sumy document of the sentences `indices` (title as heading), and a map from the
    position of each sumy sentence in document order back to our sentence index."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.tokenizers import Tokenizer

    from briefing.nlp.resources import ensure_data_path

    ensure_data_path()
    tokenizer = Tokenizer("english")
    paragraphs: list[list[Any]] = []
    last_paragraph = -1
    heading = Sentence(article.title, tokenizer, is_heading=True)
    back: dict[int, int] = {}
    for position, index in enumerate(indices):
        s = doc.sentences[index]
        if s.paragraph != last_paragraph or not paragraphs:
            paragraphs.append([])
            last_paragraph = s.paragraph
        paragraphs[-1].append(Sentence(s.text, tokenizer))
        back[position] = index
    if paragraphs:
        paragraphs[0].insert(0, heading)
    return ObjectDocumentModel(tuple(Paragraph(p) for p in paragraphs)), back


def run_sumy(name: str, doc: Doc, article: Article, indices: list[int], count: int) -> list[int]:
    """Sentence indices sumy's `name` chooses among `indices`, in article order."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    document, back = sumy_document(doc, article, indices)
    summarizer = _summarizer(name, Stemmer("english"), frozenset(get_stop_words("english")))
    chosen = summarizer(document, count)
    # sumy sentences compare by text; walk both in document order to recover positions.
    order = list(document.sentences)
    out, start = [], 0
    for sentence in chosen:
        for position in range(start, len(order)):
            if order[position] is sentence or str(order[position]) == str(sentence):
                out.append(back[position])
                start = position + 1
                break
    return out
