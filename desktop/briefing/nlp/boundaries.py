"""News rules Punkt cannot learn from raw text, applied around its sentence boundaries.

Punkt decides each period on word statistics alone; news style adds a few certainties:
a title ("Mr.", "Sen.", "Sens.") is always followed by a name, a sentence never starts with a
lower-case word or a closing bracket, a list marker ("2.") belongs to its item, a spaced
ellipsis (". . .") is one mark, a person's dotted initials belong to the name after them
("the W.C. Handy award"), as does a country's short form to its court's or force's name
("the U.S. Circuit Court"), and a company suffix ("Corp.") before an opening quote or a
closing quote after a stop ends a sentence.
"""

from __future__ import annotations

import re
from functools import cache

from briefing import lexicons

_LIST_MARKER = re.compile(r"^\(?(?:\d{1,3}|[a-zA-Z])[.)]$")
_CLOSING = frozenset(")]};,:")
# "… Morgan Stanley & Co. "He appears …": a company suffix, then a quotation opening.
_SUFFIX_THEN_QUOTE = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Bros|Plc|PLC|LLC|Cos)\.(?=\s+[\"“‘'][A-Z])")
# "… the W.C." at a sentence's end, then "Handy award …": a run of dotted capitals.
_INITIALS_END = re.compile(r"(?:^|[\s(\"'])((?:[A-Z]\.){2,3})$")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+\b")
_SPACED_ELLIPSIS = re.compile(r"\.(?:[ \u00a0]\.){2,}")
# `…say no.' The bookies…`, `"…time ago..." Those words…`: a quotation closed after its
# sentence's stop ends that sentence when a capital follows (Punkt reads "no." as an
# abbreviation and an ellipsis as a pause), unless a short capitalised word owns the stop
# (`the Woodyard Bros.' Grocery`). Curly marks are straight here (text.py).
_STOP_THEN_CLOSE = re.compile(
    r"(?:(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})\b[.!?]|\.\.\.)"
    r"[\"'](?=\s+[\"'(]?[A-Z])"
)


@cache
def _title_end() -> re.Pattern[str]:
    """Titles that only ever precede a name ("Sen.", "Brig."): their stop ends no sentence
    (read when first needed, so importing stays light)."""
    titles = "|".join(lexicons.lines("name_titles"))
    return re.compile(r"(?:^|[\s(\"'“‘])(?:" + titles + r")\.$")


@cache
def _not_initials() -> frozenset[str]:
    """Dotted capitals that name a place, body, company form, degree or time ("U.S.", "N.J.",
    "S.A."), after which a sentence may end."""
    states = (k for k in lexicons.table("us_state_abbreviations") if _INITIALS_END.search(k))
    return lexicons.words("initials_not_names") | frozenset(states)


def mask_ellipses(text: str) -> str:
    """ ". . ." as "...  " (same length, offsets kept) so Punkt sees one ellipsis."""
    return _SPACED_ELLIPSIS.sub(lambda m: m.group().replace(" ", "").ljust(len(m.group())), text)


def refine(
    text: str, spans: list[tuple[int, int]], starters: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Join Punkt sentences that news style says are one, split those it says are two;
    `starters` are the words that open sentences (Punkt's, lower case)."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _continues(text[joined[-1][0] : joined[-1][1]], text[start:end], starters):
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


def _continues(previous: str, sentence: str, starters: frozenset[str] = frozenset()) -> bool:
    head = sentence.lstrip()
    if not head:
        return True
    first = head[0]
    return (
        first in _CLOSING
        or first.islower()
        or bool(_title_end().search(previous.rstrip()))
        or _state_shaped_title_before_name(previous.rstrip(), head, starters)
        or bool(_LIST_MARKER.match(previous.strip()))
        or _initials_before_name(previous.rstrip(), head, starters)
        or _short_form_before_body(previous.rstrip(), head, starters)
    )


@cache
def _state_shaped_title_end() -> re.Pattern[str]:
    """A title shaped like a state's short form ("Del."), after no comma: a comma before it
    marks the state of a town ("Dover, Del.")."""
    titles = "|".join(lexicons.lines("titles_shaped_like_state_forms"))
    return re.compile(r"(?:^|(?<=[^,\s])\s+|[(\"'“‘])(?:" + titles + r")\.$")


def _state_shaped_title_before_name(previous: str, head: str, starters: frozenset[str]) -> bool:
    """ "state Del. Jo Park said": the title's stop, then a capitalised word that opens no
    sentence, is one sentence, as after any title; after a comma it is a state's short form."""
    word = _CAPITALISED_WORD.match(head)
    titled = bool(_state_shaped_title_end().search(previous))
    return titled and bool(word) and word.group().lower() not in starters if word else False


def _initials_before_name(previous: str, head: str, starters: frozenset[str]) -> bool:
    """A person's dotted initials, then a capitalised word that opens no sentence, are one
    name ("the W.C. Handy award"); a place's or firm's ("the U.S.", "S.A.") may end one."""
    initials = _INITIALS_END.search(previous)
    word = _CAPITALISED_WORD.match(head)
    return bool(
        initials
        and word
        and initials.group(1) not in _not_initials()
        and word.group().lower() not in starters
    )


# "Circuit Court of …", "Air Force base": a body's opening word and the capital after it.
_BODY_OPENING = re.compile(r"([A-Z][a-z]+) [A-Z][a-z]+\b")


@cache
def _body_continuations() -> frozenset[str]:
    """Words that open a body's name after a country's ("Circuit", "Air", "Supreme")."""
    return lexicons.words("body_name_continuations")


def _short_form_before_body(previous: str, head: str, starters: frozenset[str]) -> bool:
    """A dotted short form, then a word that opens a court's or force's name of two or more
    words, is one name ("the 8th U.S. Circuit Court"), not a sentence's end."""
    name = _BODY_OPENING.match(head)
    opener = name.group(1) if name else ""
    known = opener in _body_continuations() and opener.lower() not in starters
    return known and bool(_INITIALS_END.search(previous))
