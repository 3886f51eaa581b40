"""Quotations that run over several sentences: one unit for a summary, shown whole or not at all.

A summary that shows the sentence opening a quotation but not the one closing it (or the
tail without its opening) leaves the reader half a quotation. The fact sheet's mark reader
(facts/quotes/marks.py: every convention of double and single marks, apostrophes told apart)
pairs the marks; here each quotation becomes the run of sentences it covers.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence, Set

from briefing.facts.quotes.marks import Span, opening_mark, quoted_in, scan_copy
from briefing.facts.words import sentence_index
from briefing.model import Doc

# A sentence index -> every sentence of the quotation it is part of, in order.
Units = Mapping[int, tuple[int, ...]]
_OPEN, _CLOSE = "“«„", "”»"
_SINGLE_CLOSE = "’'"
# A single mark right after these closes a quotation: an apostrophe follows a letter.
_BEFORE_CLOSE = ".,!?;:…—–-"
_BEFORE_OPEN = " \t\n([{—–-/:"


def quotation_units(doc: Doc) -> dict[int, tuple[int, ...]]:
    """Each sentence inside a quotation of two sentences or more, mapped to the sentences of
    that quotation (quotations sharing a sentence merged into one unit)."""
    starts = [s.start for s in doc.sentences]
    if len(starts) < 2:
        return {}
    scan, spans = quoted_in(doc.text)
    runs: list[tuple[int, int]] = []
    before: Span | None = None
    for span in spans:
        first = max(sentence_index(starts, min(span.open, span.start)), 0)
        last = max(sentence_index(starts, max(span.start, span.close - 1)), 0)
        if before is not None and _continued(doc.text, scan, before, span):
            first = runs[-1][0]
        runs.append((first, last))
        before = span
    merged: list[list[int]] = []
    for first, last in sorted(runs):
        if merged and first <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    return {i: tuple(range(a, b + 1)) for a, b in merged if b > a for i in range(a, b + 1)}


def _continued(text: str, scan: str, before: Span, span: Span) -> bool:
    """A quotation left open at its paragraph's end and reopened by the next mark (the
    continued-quote convention, given one span a paragraph by the mark reader, also where
    paragraphs run together: `…opportunity. ‘But I’ve…`): one quotation for the reader."""
    left_open = before.close == before.end or not text[before.end : before.close].strip()
    return left_open and not scan[before.close : span.open].strip()


def unshowable(doc: Doc, units: Units) -> set[int]:
    """Sentences that show half a quotation even with the rest of their quotation: marks the
    reader cannot pair (a closing mark lost, a caption run into the quotation)."""
    texts = [s.text for s in doc.sentences]
    out: set[int] = set()
    for i in range(len(texts)):
        group = unit(units, i)
        if i == group[0] and half_quoted([texts[j] for j in group]):
            out.update(group)
    return out


def unit(units: Units, index: int) -> tuple[int, ...]:
    """The sentences shown with sentence `index` (itself alone when it is in no quotation
    of several sentences)."""
    return units.get(index, (index,))


def cut_quotations(chosen: Sequence[int], units: Units) -> list[int]:
    """Chosen sentences whose quotation goes on in a sentence that was not chosen."""
    have = set(chosen)
    return [i for i in sorted(have) if not set(unit(units, i)) <= have]


def whole_quotations(
    chosen: Sequence[int],
    units: Units,
    fits: Callable[[list[int]], bool],
    never: Set[int] = frozenset(),
) -> list[int]:
    """`chosen` with every quotation it cuts completed when the whole still fits, else left
    out, and without the sentences `never` shown (for algorithms that pick sentences alone,
    sumy's and the lead)."""
    out = set(chosen) - never
    for i in cut_quotations(chosen, units):
        group = set(unit(units, i))
        if i in out and not group <= out:
            out = out | group if fits(sorted(out | group)) else out - group
    return sorted(out)


def half_quoted(texts: Sequence[str]) -> bool:
    """A reader's check of consecutive sentences as shown: a quotation opened and never
    closed, or closed and never opened. Marks are read as the fact sheet reads them (single
    marks paired into quotations, apostrophes left alone); a straight double mark opens
    where it stands before a word, else closes. A mark opening a sentence while a quotation
    is open reopens it (the continued-quote convention); elsewhere it opens one nested."""
    stripped = [t.strip() for t in texts]
    scan = scan_copy(" ".join(stripped))
    sentence_starts = set(itertools.accumulate((len(t) + 1 for t in stripped[:-1]), initial=0))
    depth = 0
    for i, c in enumerate(scan):
        if c in _OPEN or (c == '"' and _double_opens(scan, i)):
            depth = depth if depth and i in sentence_starts else depth + 1
        elif c in _CLOSE or c == '"':
            if not depth:
                return True
            depth -= 1
        elif not depth and c in "‘'" and opening_mark(scan, i):
            return True  # a single mark the mark reader could not close
        elif not depth and c in _SINGLE_CLOSE and _closes_single(scan, i):
            return True
    return depth > 0


def _double_opens(scan: str, i: int) -> bool:
    """A straight double mark that opens: after a blank, bracket, dash or the start, before
    no blank (`"60 Minutes"` too: elisions are a single mark's)."""
    before = scan[i - 1] if i else " "
    after = scan[i + 1 : i + 2]
    return before in _BEFORE_OPEN and bool(after) and not after.isspace()


def _closes_single(scan: str, i: int) -> bool:
    """A single mark after punctuation, before a blank or the end: the close of a quotation
    (`…the summer,’ she said`), never an apostrophe (port’s, players’ wages)."""
    after = scan[i + 1 : i + 2]
    return i > 0 and scan[i - 1] in _BEFORE_CLOSE and (not after or after.isspace())
