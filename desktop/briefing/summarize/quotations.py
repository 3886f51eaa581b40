"""Quotations that run over several sentences: one unit for a summary, shown whole or not at all.

A summary that shows the sentence opening a quotation but not the one closing it (or the
tail without its opening) leaves the reader half a quotation. The fact sheet's mark reader
(facts/quotes/marks.py: every convention of double and single marks, apostrophes told apart)
pairs the marks; here each quotation becomes the run of sentences it covers.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence

from briefing.facts.quotes import cues
from briefing.facts.quotes.marks import find_quoted, opening_mark, scan_copy
from briefing.model import Doc

# A sentence index -> every sentence of the quotation it is part of, in order.
Units = Mapping[int, tuple[int, ...]]
_OPEN, _CLOSE = "“«„", "”»"
_SINGLE_CLOSE = "’'"
# A single mark right after these closes a quotation: an apostrophe follows a letter.
_BEFORE_CLOSE = ".,!?;:…—–-"


def quotation_units(doc: Doc) -> dict[int, tuple[int, ...]]:
    """Each sentence inside a quotation of two sentences or more, mapped to the sentences of
    that quotation (quotations sharing a sentence merged into one unit)."""
    starts = [s.start for s in doc.sentences]
    if len(starts) < 2:
        return {}
    runs: list[tuple[int, int]] = []
    for span in find_quoted(scan_copy(doc.text, cues.P["dash_cue"])):
        first = bisect.bisect_right(starts, min(span.open, span.start)) - 1
        last = bisect.bisect_right(starts, max(span.start, span.close - 1)) - 1
        if last > max(first, -1):
            runs.append((max(first, 0), last))
    merged: list[list[int]] = []
    for first, last in sorted(runs):
        if merged and first <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    return {i: tuple(range(a, b + 1)) for a, b in merged for i in range(a, b + 1)}


def unit(units: Units, index: int) -> tuple[int, ...]:
    """The sentences shown with sentence `index` (itself alone when it is in no quotation
    of several sentences)."""
    return units.get(index, (index,))


def cut_quotations(chosen: Sequence[int], units: Units) -> list[int]:
    """Chosen sentences whose quotation goes on in a sentence that was not chosen."""
    have = set(chosen)
    return [i for i in sorted(have) if not set(unit(units, i)) <= have]


def whole_quotations(
    chosen: Sequence[int], units: Units, fits: Callable[[list[int]], bool]
) -> list[int]:
    """`chosen` with every quotation it cuts completed when the whole still fits, else left
    out (for algorithms that pick sentences alone, sumy's and the lead)."""
    out = set(chosen)
    for i in cut_quotations(chosen, units):
        group = set(unit(units, i))
        if i in out and not group <= out:
            out = out | group if fits(sorted(out | group)) else out - group
    return sorted(out)


def half_quoted(texts: Sequence[str]) -> bool:
    """A reader's check of consecutive sentences as shown: a quotation opened and never
    closed, or closed and never opened. Marks are read as the fact sheet reads them (single
    marks paired into quotations, apostrophes left alone); a straight double mark opens
    where it stands before a word, else closes."""
    scan = scan_copy(" ".join(t.strip() for t in texts))
    open_ = False
    for i, c in enumerate(scan):
        if c in _OPEN or (c == '"' and opening_mark(scan, i)):
            open_ = True  # a second opener is the continued-quote convention
        elif c in _CLOSE or c == '"':
            if not open_:
                return True
            open_ = False
        elif not open_ and c in "‘'" and opening_mark(scan, i):
            return True  # a single mark the mark reader could not close
        elif not open_ and c in _SINGLE_CLOSE and _closes_single(scan, i):
            return True
    return open_


def _closes_single(scan: str, i: int) -> bool:
    """A single mark after punctuation, before a blank or the end: the close of a quotation
    (`…the summer,’ she said`), never an apostrophe (port’s, players’ wages)."""
    after = scan[i + 1 : i + 2]
    return i > 0 and scan[i - 1] in _BEFORE_CLOSE and (not after or after.isspace())
