"""Punkt sentence boundaries: NLTK's `PunktSentenceTokenizer.span_tokenize` decisions with
our trained parameters, from the compact model and without importing NLTK.

Only inference is here, written after nltk/tokenize/punkt.py (NLTK, Apache License 2.0:
its English language variables, first and second annotation passes, orthographic heuristic
and boundary realignment, with the `regex` engine NLTK compiles them with); training stays
NLTK's (`make models`). tests/nlp/test_punkt.py checks that both split the same texts at the
same offsets.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from briefing.nlp import compact

# The compact files (training.export writes them from punkt_tab/english/).
ABBREVIATIONS, SENT_STARTERS = "punkt.abbreviations", "punkt.sent_starters"
COLLOCATIONS, ORTHO_TYPES, ORTHO_FLAGS = "punkt.collocations", "punkt.ortho", "punkt.ortho.u8"

# Orthographic contexts: where a word type was seen with which first-letter case.
_BEG_UC, _MID_UC, _UNK_UC = 1 << 1, 1 << 2, 1 << 3
_BEG_LC, _MID_LC, _UNK_LC = 1 << 4, 1 << 5, 1 << 6
_UC = _BEG_UC + _MID_UC + _UNK_UC
_LC = _BEG_LC + _MID_LC + _UNK_LC

_SENT_END_CHARS = (".", "?", "!")
_PUNCTUATION = tuple(";:,.!?")
_NON_WORD = r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb?!])"
_MULTI_CHAR = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"
_WORD_START = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,]"
_WORD_TOKENS = regex.compile(
    rf"""(
        {_MULTI_CHAR}
        |
        (?={_WORD_START})\S+?  # word characters until an end is found
        (?=                    # what ends a word
            \s|$|{_NON_WORD}|{_MULTI_CHAR}|,(?=$|\s|{_NON_WORD}|{_MULTI_CHAR})
        )
        |
        \S
    )""",
    regex.UNICODE | regex.VERBOSE,
)
_PERIOD_CONTEXT = regex.compile(
    rf"""
    [\.\?!]                   # a potential sentence ending
    (?=(?P<after_tok>
        {_NON_WORD}           # either other punctuation
        |
        \s+(?P<next_tok>\S+)  # or whitespace and some other token
    ))""",
    regex.UNICODE | regex.VERBOSE,
)
_BOUNDARY_REALIGNMENT = regex.compile(
    r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)', regex.MULTILINE
)
_NUMERIC = regex.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
_ELLIPSIS = regex.compile(r"\.\.+$")
_INITIAL = regex.compile(r"[^\W\d]\.$", regex.UNICODE)
_WHITESPACE = " \t\n\r\x0b\x0c"  # string.whitespace, as NLTK looks for the word before


@dataclass(frozen=True)
class PunktParameters:
    abbreviations: frozenset[str]
    collocations: frozenset[tuple[str, str]]
    sent_starters: frozenset[str]
    ortho_context: dict[str, int]

    @classmethod
    def load(cls, folder: Path | None = None) -> PunktParameters:
        pairs = (line.split("\t") for line in compact.strings(COLLOCATIONS, folder))
        flags = compact.numbers(ORTHO_FLAGS, folder).tolist()
        return cls(
            frozenset(compact.strings(ABBREVIATIONS, folder)),
            frozenset((a, b) for a, b in pairs),
            frozenset(compact.strings(SENT_STARTERS, folder)),
            dict(zip(compact.strings(ORTHO_TYPES, folder), flags, strict=True)),
        )


class _Token:
    __slots__ = ("tok", "type", "period_final", "sentbreak", "abbr", "ellipsis")

    def __init__(self, tok: str) -> None:
        self.tok = tok
        self.type: str = _NUMERIC.sub("##number##", tok.lower())
        self.period_final = tok.endswith(".")
        self.sentbreak = self.abbr = self.ellipsis = False

    @property
    def type_no_period(self) -> str:
        return self.type[:-1] if len(self.type) > 1 and self.type[-1] == "." else self.type

    @property
    def type_no_sentperiod(self) -> str:
        return self.type_no_period if self.sentbreak else self.type


class PunktSplitter:
    """Sentence spans of a text: `span_tokenize(text) -> iterator of (start, end)`."""

    def __init__(self, params: PunktParameters) -> None:
        self.params = params

    def span_tokenize(self, text: str) -> Iterator[tuple[int, int]]:
        for s in self._realign_boundaries(text, self._slices_from_text(text)):
            yield s.start, s.stop

    def _slices_from_text(self, text: str) -> Iterator[slice]:
        last_break = 0
        for match, context in _potential_end_contexts(text):
            if self._contains_sentbreak(context):
                yield slice(last_break, match.end())
                # the next sentence starts after the whitespace, or at the punctuation
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        yield slice(last_break, len(text.rstrip()))

    @staticmethod
    def _realign_boundaries(text: str, slices: Iterator[slice]) -> Iterator[slice]:
        """Closing punctuation after the period stays with its sentence: "(Sent1.) Sent2."."""
        realign = 0
        items = list(slices)
        for k, sentence1 in enumerate(items):
            sentence1 = slice(sentence1.start + realign, sentence1.stop)
            if k + 1 == len(items):
                if text[sentence1]:
                    yield sentence1
                continue
            sentence2 = items[k + 1]
            m = _BOUNDARY_REALIGNMENT.match(text[sentence2])
            if m:
                yield slice(sentence1.start, sentence2.start + len(m.group(0).rstrip()))
                realign = m.end()
            else:
                realign = 0
                if text[sentence1]:
                    yield sentence1

    def _contains_sentbreak(self, text: str) -> bool:
        """Whether a token other than the last one ends a sentence."""
        tokens = [_Token(tok) for line in text.split("\n") for tok in _WORD_TOKENS.findall(line)]
        for token in tokens:
            self._first_pass(token)
        for k in range(len(tokens) - 1):
            self._second_pass(tokens[k], tokens[k + 1])
            if tokens[k].sentbreak:
                return True
        return False

    def _first_pass(self, token: _Token) -> None:
        tok = token.tok
        if tok in _SENT_END_CHARS:
            token.sentbreak = True
        elif _ELLIPSIS.match(tok):
            token.ellipsis = True
        elif token.period_final and not tok.endswith(".."):
            abbreviations = self.params.abbreviations
            if (
                tok[:-1].lower() in abbreviations
                or tok[:-1].lower().split("-")[-1] in abbreviations
            ):
                token.abbr = True
            else:
                token.sentbreak = True

    def _second_pass(self, token1: _Token, token2: _Token) -> None:
        if not token1.period_final:
            return
        typ = token1.type_no_period
        next_typ = token2.type_no_sentperiod
        is_initial = bool(_INITIAL.match(token1.tok))
        # A known collocation ("S. Bach") is an abbreviation, not a sentence break.
        if (typ, next_typ) in self.params.collocations:
            token1.sentbreak = False
            token1.abbr = True
            return
        # An abbreviation or ellipsis may also end a sentence.
        if (token1.abbr or token1.ellipsis) and not is_initial:
            if self._ortho_heuristic(token2) is True:
                token1.sentbreak = True
                return
            if token2.tok[0].isupper() and next_typ in self.params.sent_starters:
                token1.sentbreak = True
                return
        # Initials and ordinals marked as sentence breaks may be abbreviations.
        if is_initial or typ == "##number##":
            starts = self._ortho_heuristic(token2)
            if starts is False:
                token1.sentbreak = False
                token1.abbr = True
                return
            if (
                starts == "unknown"
                and is_initial
                and token2.tok[0].isupper()
                and not (self.params.ortho_context.get(next_typ, 0) & _LC)
            ):
                token1.sentbreak = False
                token1.abbr = True

    def _ortho_heuristic(self, token: _Token) -> bool | str:
        """Whether `token` starts a sentence: True, False or "unknown"."""
        if token.tok in _PUNCTUATION:
            return False
        context = self.params.ortho_context.get(token.type_no_sentperiod, 0)
        if token.tok[0].isupper() and (context & _LC) and not (context & _MID_UC):
            return True
        if token.tok[0].islower() and ((context & _UC) or not (context & _BEG_LC)):
            return False
        return "unknown"


def _potential_end_contexts(text: str) -> Iterator[tuple[regex.Match[str], str]]:
    """Each possible sentence end with its context (the word before, the mark, what
    follows), overlapping matches dropped as NLTK drops them."""
    previous_slice = slice(0, 0)
    previous_match = None
    for match in _PERIOD_CONTEXT.finditer(text):
        before_text = text[previous_slice.stop : match.start()]
        index_after_last_space = _last_whitespace_index(before_text)
        if index_after_last_space:
            index_after_last_space += previous_slice.stop + 1
        else:
            index_after_last_space = previous_slice.start
        prev_word_slice = slice(index_after_last_space, match.start())
        if previous_match and previous_slice.stop <= prev_word_slice.start:
            yield (
                previous_match,
                text[previous_slice] + previous_match.group() + previous_match.group("after_tok"),
            )
        previous_match = match
        previous_slice = prev_word_slice
    if previous_match:
        yield (
            previous_match,
            text[previous_slice] + previous_match.group() + previous_match.group("after_tok"),
        )


def _last_whitespace_index(text: str) -> int:
    for i in range(len(text) - 1, -1, -1):
        if text[i] in _WHITESPACE:
            return i
    return 0
