"""Treebank-style word spans: NLTK's `NLTKWordTokenizer.span_tokenize` (the tokenisation our
taggers were trained on), without importing NLTK.

The rules are NLTK's (nltk/tokenize/destructive.py: quotes, punctuation, brackets,
contractions), applied in its order; the spans come from aligning the tokens with the
text as `nltk.tokenize.util.align_tokens` does. tests/nlp/test_treebank.py checks both
give the same spans.
"""

from __future__ import annotations

import re

_STARTING_QUOTES = [
    (re.compile("([«“‘„]|[`]+)", re.U), r" \1 "),
    (re.compile(r"^\""), r"``"),
    (re.compile(r"(``)"), r" \1 "),
    (re.compile(r"([ \(\[{<])(\"|\'{2})"), r"\1 `` "),
    (re.compile(r"(?i)(?<!\w)(\')(?!(?:re|ve|ll|m|t|s|d|n)\b)(?=\w)", re.U), r"\1 "),
]
_ENDING_QUOTES = [
    (re.compile("([»”’])", re.U), r" \1 "),
    (re.compile(r"''"), " '' "),
    (re.compile(r'"'), " '' "),
    (re.compile(r"\s+"), " "),
    (re.compile(r"([^' ])('[sS]|'[mM]|'[dD]|') "), r"\1 \2 "),
    (re.compile(r"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) "), r"\1 \2 "),
]
_PUNCTUATION = [
    (re.compile(r'([^\.])(\.)([\]\)}>"\'' "»”’ " r"]*+)\s*$", re.U), r"\1 \2 \3 "),
    (re.compile(r"([:,])([^\d])"), r" \1 \2"),
    (re.compile(r"([:,])$"), r" \1 "),
    (re.compile(r"\.{2,}", re.U), r" \g<0> "),
    (re.compile(r"[;@#$%&]"), r" \g<0> "),
    (re.compile(r"[\u2012-\u2015]", re.U), r" \g<0> "),  # figure, en and em dashes, bar
    (re.compile(r'([^\.])(\.)([\]\)}>"\']*)\s*$'), r"\1 \2\3 "),  # the final period
    (re.compile(r"[?!]"), r" \g<0> "),
    (re.compile(r"([^'])' "), r"\1 ' "),
    (re.compile(r"[*]", re.U), r" \g<0> "),
]
_PARENS_BRACKETS = (re.compile(r"[\]\[\(\)\{\}\<\>]"), r" \g<0> ")
_DOUBLE_DASHES = (re.compile(r"--"), r" -- ")
# Robert MacIntyre's contractions ("cannot" -> "can not", "gonna" -> "gon na").
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
_QUOTE_MARKS = re.compile(r"``|'{2}|\"")


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
