"""Our Treebank word spans are NLTK's NLTKWordTokenizer spans."""

from __future__ import annotations

import pytest
from nltk.tokenize import NLTKWordTokenizer

from briefing.nlp import treebank

SENTENCES = [
    "The harbour authority said on Tuesday it would reopen the northern quay.",
    'He said "we cannot wait" and left -- or so they\'d heard.',
    "\u201cIt's over,\u201d she said \u2014 and the crowd (about 2,000) cheered.",
    "Costs: $3.88 (roughly 3,36 euros); gonna pay 'em at 5 p.m. right?!",
    "''Quoted'' twice, `` back-quoted `` and 'single' quotes: Brandt's men.",
    "Ellipsis... stars * and #tags @people 50% & more <b>tags</b> [x] {y}.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_spans_match_nltks_word_tokenizer(sentence: str) -> None:
    assert treebank.span_tokenize(sentence) == list(NLTKWordTokenizer().span_tokenize(sentence))
