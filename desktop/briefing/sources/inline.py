"""In-line clutter: page furniture inside a paragraph, not on a line of its own.

Text pasted from a news page often arrives as one long line, so the line rules in
`clutter` cannot see a "Scroll down for video" prompt, a "(CNN) --" dateline glued to the
first word, or a run of photo captions. These rules cut such pieces out of the paragraph
and keep them as `Clutter` for the source view.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from briefing import lexicons
from briefing.model import Clutter
from briefing.sources.clutter import AGENCIES, parse_dateline

# Outlets that sign a dateline: the agencies of `clutter` and broadcasters' own tags.
_OUTLETS = "|".join(
    re.escape(a) for a in sorted((*AGENCIES, "CNN", "UPI", "AAP", "PA"), key=len, reverse=True)
)
# "(CNN)", "(CNN) --", "LONDON, England (Reuters) --", "NAIROBI, Kenya (AP) _" at the start.
LEADING_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*)?"
    r"\((?:" + _OUTLETS + r")\)\s*(?:--|—|–|-|_|:)?\s*"
)
# "WASHINGTON — ", "BAGHDAD, Iraq -- ", and in title case with its region "Austin, Texas -- ":
# a dateline with no outlet, a spaced long dash after it.
_CAPS = r"[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3}"
_TITLED = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}"
LEADING_PLACE = re.compile(
    rf"^(?:{_CAPS}(?:,\s*{_TITLED})?\s+(?:--|—|–)|{_TITLED},\s*{_TITLED}\s+(?:--|—|–))\s+(?=[A-Z\"“‘'])"
)
# A wire dateline before a spaced underscore dash: "CAMBRIDGE, Mass. _ ", "TOKYO _ ", or signed
# by an outlet `LEADING_DATELINE` does not list: "MILLBROOK, Ore. (KVLY) — ", "VALBY, Dec 4
# (Nordwire) - ". Left in the text (the fact sheet reads its place there); only a summary's
# first sentence drops it.
WIRE_DATELINE = re.compile(
    rf"^{_CAPS}(?:,\s*{_TITLED})?(?:,?\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?"
    r"\s+(?:_|\([A-Z][\w&.-]*\)\s*(?:--|—|–|-))\s+(?=[A-Z\"“‘'])"
)
# "By . Staff Reporter . PUBLISHED: . 09:12 EST, 3 March 2014 . | . UPDATED: . 10:01 EST, ..."
_STAMP = r"\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?,\s*(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
_STAMP_LABEL = r"(?i:(PUBLISHED)|UPDATED|Last updated at)\s*:?\s*\.?\s*"
LEADING_STAMP = re.compile(
    r"^(?:By\s*\.?\s*(?:[^.|]{1,60}?\s+\.\s+)+)?"
    r"(?:" + _STAMP_LABEL + _STAMP + r"\s*\.?\s*\|?\s*\.?\s*)+"
)
_LABELLED_STAMP = re.compile(_STAMP_LABEL + _STAMP)
_LEADING_BY = re.compile(r"^By\s+\.\s+(?:[^.|]{1,60}?\s+\.\s+)+")
# A sentence end the paste lost: a lower-case word or a number, then a capitalised word
# that only opens sentences ("... to manoeuvre However, Chinese ...", "... for $20 He was").
_OPENERS = (
    "However|He|She|They|It|His|Her|Their|Its|We|Now|Meanwhile|Although|But|And|After|When|"
    "While|Earlier|Later|Last|These|Those|There|In|On|At"
)
_LOST_BOUNDARY = re.compile(
    r"(?<=[a-z0-9%)])\s+(?=(?:" + _OPENERS + r")\b[ ,])|(?<=[a-z0-9%)])\s+(?=The [a-z])"
)
# A caption whose line break became " . ": "... waved to the crowd . A Valby man ..."; not
# a spaced ellipsis (wire copy's "The fund . . . will not").
_SPACED_STOP = re.compile(r"(?<!\s\.)\s\.(?=\s|$)(?!\s\.)")
# A colon ends a piece too: it brings in the next paragraph (`…, to which the prosecutor
# replied:`), which no caption does.
_END = re.compile(r"[.!?…:][\"'’”)\]]*$|[\"'’”]$")
# The closing marks after a sentence end (group 1) stay with the sentence they close.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])([\"'’”)\]]*)\s+(?=[\"'‘“(<]?[A-Z0-9])")


@lru_cache(maxsize=1)
def furniture_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The furniture phrases of resources/lexicons/furniture.txt: (kind, pattern) pairs."""
    kinds: dict[str, list[str]] = {}
    for kind, pattern in lexicons.patterns("furniture"):
        kinds.setdefault(kind, []).append(pattern.pattern)
    return tuple((k, re.compile("|".join(f"(?:{p})" for p in v))) for k, v in kinds.items())


def strip_leading(
    paragraphs: list[str], leading: int = 3
) -> tuple[list[str], list[Clutter], date | None]:
    """The first `leading` paragraphs without a dateline or stamp glued to their start,
    what was cut, and the date a stamp gave."""
    out: list[str] = []
    clutter: list[Clutter] = []
    published: date | None = None
    for i, text in enumerate(paragraphs):
        if i < leading:
            text, cut, when = _leading(text)
            clutter += cut
            published = published or when
        if text.strip():
            out.append(text.strip())
    return out, clutter, published


def strip_inline(paragraphs: list[str]) -> tuple[list[str], list[Clutter]]:
    """Paragraphs without in-line furniture and caption runs, and what was cut."""
    out: list[str] = []
    clutter: list[Clutter] = []
    for text in paragraphs:
        text, cut = _furniture(text)
        clutter += cut
        text, cut = _captions(text)
        clutter += cut
        text = " ".join(text.split())
        if text:
            out.append(text)
    return out, clutter


def _leading(text: str) -> tuple[str, list[Clutter], date | None]:
    cut: list[Clutter] = []
    when = None
    if m := LEADING_STAMP.match(text):
        # The published date, not an update's (a repeated group keeps only its last).
        stamps = [(s.group(1) is None, s.group(2)) for s in _LABELLED_STAMP.finditer(m.group(0))]
        when = next(
            (d for _, g in sorted(stamps, key=lambda x: x[0]) if (d := parse_dateline(g))), None
        )
        kind = "byline" if m.group(0).startswith("By") else "dateline"  # a stamp alone
        cut.append(Clutter(kind, m.group(0).strip()))
        text = text[m.end() :]
    elif m := _LEADING_BY.match(text):
        cut.append(Clutter("byline", m.group(0).strip()))
        text = text[m.end() :]
    if (m := LEADING_DATELINE.match(text) or LEADING_PLACE.match(text)) and len(text) > m.end():
        cut.append(Clutter("dateline", m.group(0).strip()))
        text = text[m.end() :]
    return text, cut, when


def _furniture(text: str) -> tuple[str, list[Clutter]]:
    cut: list[Clutter] = []
    for kind, pattern in furniture_patterns():
        found = [Clutter(kind, m.group(0).strip()) for m in pattern.finditer(text)]
        if found:
            cut += found
            text = pattern.sub(" ", text)
    return text, cut


def _captions(text: str) -> tuple[str, list[Clutter]]:
    """Cut caption runs: pieces that end without punctuation where a sentence should have
    ended, and pieces closed by a spaced full stop."""
    pieces = _pieces(text)
    if len(pieces) < 2:
        return text, []
    kept: list[str] = []
    cut: list[Clutter] = []
    for piece, closed_by in pieces:
        if _is_list(piece):  # a team sheet or a list of names is the story's, not a caption
            kept.append(piece)
        elif closed_by in ("lost", "spaced") or (
            closed_by == "end" and kept and not _END.search(piece)
        ):
            cut.append(Clutter("caption", piece))
        else:
            kept.append(piece)
    if not kept or not cut:  # all captions (a list, a single headline) or none: as it was
        return text, []
    return " ".join(kept), cut


def _is_list(piece: str) -> bool:
    """Items in commas with bracketed notes: "Goalkeepers: Jo Berg (Valby), Ana Ruiz (Tarsk),
    Tom Lee (Norby)"."""
    return piece.count(",") >= 3 and piece.count("(") >= 3


def _pieces(text: str) -> list[tuple[str, str]]:
    """Sentence-like pieces with what closed each: "stop" (punctuation), "spaced" (" . "),
    "lost" (a sentence opener after a word without punctuation), "end" (the paragraph)."""
    out: list[tuple[str, str]] = []
    for chunk, spaced in _split(text, _SPACED_STOP):
        sentences = [s for s, _ in _split(chunk, _SENTENCE_BREAK)]
        for k, sentence in enumerate(sentences):
            parts = [p for p, _ in _split(sentence, _LOST_BOUNDARY, in_quotes=False)]
            for j, part in enumerate(parts):
                last_here = j == len(parts) - 1
                if not last_here:
                    out.append((part, "lost"))
                elif k < len(sentences) - 1:
                    out.append((part, "stop"))
                else:
                    out.append((part, "spaced" if spaced else "end"))
    return [(p.strip(), c) for p, c in out if p.strip()]


def _split(text: str, pattern: re.Pattern[str], in_quotes: bool = True) -> list[tuple[str, bool]]:
    """Pieces of `text` between matches, each flagged True when a match closed it; without
    `in_quotes`, not at a match inside an open quotation (`"…playing All Right Now, and…"`
    is someone's words, not a caption that lost its full stop)."""
    out: list[tuple[str, bool]] = []
    pos = 0
    quotes = _QuoteState(text)
    for m in pattern.finditer(text):
        if not in_quotes and quotes.open_at(m.start()):
            continue
        out.append((text[pos : m.end(1) if pattern.groups else m.start()], True))
        pos = m.end()
    out.append((text[pos:], False))
    return out


# A ’ before a letter is an apostrophe ("don’t"), not the close of a ‘quotation’.
_APOSTROPHE = re.compile(r"’(?=\w)")


class _QuoteState:
    """Whether a quotation is open at a point of `text`: one opened before it and not closed.
    Asked of points in increasing order, it counts each character once; counting the whole
    text before each of a long paragraph's boundaries again was quadratic (half a minute for
    a 600 KB paragraph without full stops)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0
        self._singles = 0  # ‘ opened less ’ closed (a ’ at the very end closes)
        self._apostrophes = 0  # ’ before a letter, both before the point
        self._curly = 0  # “ less ”
        self._straight = 0  # "

    def open_at(self, end: int) -> bool:
        text, pos = self._text, self._pos
        piece = text[pos:end]
        self._singles += piece.count("‘") - piece.count("’")
        # a ’ just before `pos` was judged at the end then; now the letter after it is seen
        self._apostrophes += len(_APOSTROPHE.findall(text, max(pos - 1, 0), end))
        self._curly += piece.count("“") - piece.count("”")
        self._straight += piece.count('"')
        self._pos = end
        singles = self._singles + self._apostrophes > 0
        return singles or self._curly > 0 or self._straight % 2 == 1
