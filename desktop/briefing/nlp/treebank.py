"""Treebank-style word spans: NLTK's `NLTKWordTokenizer.span_tokenize` (the tokenisation our
taggers were trained on), without importing NLTK.

The rules are NLTK's (nltk/tokenize/destructive.py, Apache License 2.0: quotes,
punctuation, brackets, contractions), applied in its order with the same regular-expression
engines (`regex`, whose whitespace and word characters differ from `re`'s in places); the
spans come from aligning the tokens with the text as `nltk.tokenize.util.align_tokens` does.
tests/nlp/test_treebank.py checks both give the same spans.
"""

from __future__ import annotations

import re

import regex

_STARTING_QUOTES = [
    (regex.compile("([«“‘„]|[`]+)", regex.U), r" \1 "),
    (regex.compile(r"^\""), r"``"),
    (regex.compile(r"(``)"), r" \1 "),
    (regex.compile(r"([ \(\[{<])(\"|\'{2})"), r"\1 `` "),
    (regex.compile(r"(?i)(?<!\w)(\')(?!(?:re|ve|ll|m|t|s|d|n)\b)(?=\w)", regex.U), r"\1 "),
]
_ENDING_QUOTES = [
    (regex.compile("([»”’])", regex.U), r" \1 "),
    (regex.compile(r"''"), " '' "),
    (regex.compile(r'"'), " '' "),
    (regex.compile(r"\s+"), " "),
    (regex.compile(r"([^' ])('[sS]|'[mM]|'[dD]|') "), r"\1 \2 "),
    (regex.compile(r"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) "), r"\1 \2 "),
]
_PUNCTUATION = [
    (regex.compile(r'([^\.])(\.)([\]\)}>"\'' "»”’ " r"]*+)\s*$", regex.U), r"\1 \2 \3 "),
    (regex.compile(r"([:,])([^\d])"), r" \1 \2"),
    (regex.compile(r"([:,])$"), r" \1 "),
    (regex.compile(r"\.{2,}", regex.U), r" \g<0> "),
    (regex.compile(r"[;@#$%&]"), r" \g<0> "),
    (regex.compile(r"[\u2012-\u2015]", regex.U), r" \g<0> "),  # figure, en and em dashes, bar
    (regex.compile(r'([^\.])(\.)([\]\)}>"\']*)\s*$'), r"\1 \2\3 "),  # the final period
    (regex.compile(r"[?!]"), r" \g<0> "),
    (regex.compile(r"([^'])' "), r"\1 ' "),
    (regex.compile(r"[*]", regex.U), r" \g<0> "),
]
_PARENS_BRACKETS = (regex.compile(r"[\]\[\(\)\{\}\<\>]"), r" \g<0> ")
_DOUBLE_DASHES = (regex.compile(r"--"), r" -- ")
# Robert MacIntyre's contractions ("cannot" -> "can not", "gonna" -> "gon na"); NLTK
# compiles these with the standard `re`, the others with `regex`, and so do we.
_CONTRACTIONS = [
    re.compile(pattern)
    for pattern in (
        r"(?i)\b(can)(?#X)(not)\b",
        r"(?i)\b(d)(?#X)('ye)\b",
        r"(?i)\b(gim)(?#X)(me)\b",
        r"(?i)\b(gon)(?#X)(na)\b",
        r"(?i)\b(got)(?#X)(ta)\b",
        r"(?i)\b(lem)(?#X)(me)\b",
        r"(?i)\b(more)(?#X)('n)\b",
        r"(?i)\b(wan)(?#X)(na)(?=\s)",
        r"(?i) ('t)(?#X)(is)\b",
        r"(?i) ('t)(?#X)(was)\b",
    )
]
_QUOTE_MARKS = regex.compile(r"``|'{2}|\"")


def words(text: str) -> list[str]:
    """The tokens, with quotes rewritten as the Treebank writes them (`` and '')."""
    for regexp, substitution in _STARTING_QUOTES:
        text = regexp.sub(substitution, text)
    for regexp, substitution in _PUNCTUATION:
        text = regexp.sub(substitution, text)
    for regexp, substitution in (_PARENS_BRACKETS, _DOUBLE_DASHES):
        text = regexp.sub(substitution, text)
    text = " " + text + " "
    for regexp, substitution in _ENDING_QUOTES:
        text = regexp.sub(substitution, text)
    for regexp in _CONTRACTIONS:
        text = regexp.sub(r" \1 \2 ", text)
    return text.split()


def span_tokenize(text: str) -> list[tuple[int, int]]:
    """(start, end) of each token in `text`; ValueError when a token cannot be found in it."""
    tokens = words(text)
    if '"' in text or "''" in text:
        marks = [m.group() for m in _QUOTE_MARKS.finditer(text)]
        quotes = sum(tok in ('"', "``", "''") for tok in tokens)
        if quotes > len(marks):
            raise ValueError("more quote tokens than quotation marks")
        it = iter(marks)
        tokens = [next(it) if tok in ('"', "``", "''") else tok for tok in tokens]
    point = 0
    spans = []
    for token in tokens:
        start = text.index(token, point)
        point = start + len(token)
        spans.append((start, point))
    return spans
