"""News rules Punkt cannot learn from raw text, applied around its sentence boundaries.

Punkt decides each period on word statistics alone; news style adds a few certainties:
a title ("Mr.", "Sen.", "Sens.") is always followed by a name, a sentence never starts with a
lower-case word or a closing bracket, a list marker ("2.") belongs to its item, a spaced
ellipsis (". . .") is one mark, and a company suffix ("Corp.") before an opening quote
or a closing quote after a stop ends a sentence.
"""

from __future__ import annotations

import re
from functools import cache

from briefing import lexicons

_LIST_MARKER = re.compile(r"^\(?(?:\d{1,3}|[a-zA-Z])[.)]$")
_CLOSING = frozenset(")]};,:")
# "… Morgan Stanley & Co. "He appears …": a company suffix, then a quotation opening.
_SUFFIX_THEN_QUOTE = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Bros|Plc|PLC|LLC|Cos)\.(?=\s+[\"“‘'][A-Z])")
_SPACED_ELLIPSIS = re.compile(r"\.(?:[ \u00a0]\.){2,}")
# `…say no.' The bookies…`, `"…time ago..." Those words…`: a quotation closed after its
# sentence's stop ends that sentence when a capital follows (Punkt reads "no." as an
# abbreviation and an ellipsis as a pause), unless a short capitalised word owns the stop
# (`the Woodyard Bros.' Grocery`). Curly marks are straight here (text.py).
_STOP_THEN_CLOSE = re.compile(
    r"(?:(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})\b[.!?]|\.\.\.)"
    r"[\"'](?=\s+[\"'(]?[A-Z])"
)


# "…the W.C.", "J.R.R.": dotted capitals ending a Punkt sentence, before the name they
# initial ("W.C. Handy", "J.R.R. Tolkien") unless they are a place's or a body's ("U.S.").
_INITIALS_END = re.compile(r"(?:^|[\s(\"'])((?:[A-Z]\.){2,3})$")


@cache
def _short_forms() -> frozenset[str]:
    """Dotted capitals that stand for a place or body and may end a sentence ("U.S.", "N.Y.")."""
    states = (k.lower().rstrip(".") for k in lexicons.table("us_state_abbreviations"))
    return lexicons.words("full_stop_abbreviations") | frozenset(states)


def _initials_before_name(previous: str, head: str) -> bool:
    """ "…the W.C." then "Handy festival…": initials, then a capitalised word that is not one
    of Punkt's sentence starters ("the U.S. The…", "…to L.A. He said" still end)."""
    m = _INITIALS_END.search(previous)
    if not m or m.group(1).lower().rstrip(".") in _short_forms():
        return False
    word = re.match(r"[A-Z][\w'-]*", head)
    return word is not None and word.group().lower() not in _sentence_starters()


@cache
def _sentence_starters() -> frozenset[str]:
    """The words Punkt learnt to open sentences ("the", "he", "however")."""
    from briefing.nlp.resources import sentence_splitter

    return sentence_splitter().params.sent_starters


@cache
def _title_end() -> re.Pattern[str]:
    """Titles that only ever precede a name ("Sen.", "Brig."): their stop ends no sentence
    (read when first needed, so importing stays light)."""
    titles = "|".join(lexicons.lines("name_titles"))
    return re.compile(r"(?:^|[\s(\"'“‘])(?:" + titles + r")\.$")


def mask_ellipses(text: str) -> str:
    """ ". . ." as "...  " (same length, offsets kept) so Punkt sees one ellipsis."""
    return _SPACED_ELLIPSIS.sub(lambda m: m.group().replace(" ", "").ljust(len(m.group())), text)


def refine(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join Punkt sentences that news style says are one, split those it says are two."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _continues(text[joined[-1][0] : joined[-1][1]], text[start:end]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    out: list[tuple[int, int]] = []
    for start, end in joined:
        cuts = [*_SUFFIX_THEN_QUOTE.finditer(text, start, end)]
        cuts += _STOP_THEN_CLOSE.finditer(text, start, end)
        for m in sorted(cuts, key=lambda m: m.end()):
            out.append((start, m.end()))
            start = m.end() + len(text[m.end() : end]) - len(text[m.end() : end].lstrip())
        out.append((start, end))
    return out


def _continues(previous: str, sentence: str) -> bool:
    head = sentence.lstrip()
    if not head:
        return True
    first = head[0]
    return (
        first in _CLOSING
        or first.islower()
        or bool(_title_end().search(previous.rstrip()))
        or bool(_LIST_MARKER.match(previous.strip()))
        or _initials_before_name(previous.rstrip(), head)
    )
