"""Quotation marks paired into quoted spans, for every convention newsrooms use.

Everything is read on a *scan copy* of the text with the same length (offsets stay those of
the article): wire `` '' become typographic double marks, single marks that open and close a
quotation (‘We will rebuild,’ she said / 'straight') become double ones, so do single
guillemets, a dash-introduced quote (– We are ready – said Ana.) gets marks, and an indented
line start (wire copy without blank lines) becomes a paragraph break. Apostrophes (the
port's, rock 'n' roll, '90s, players’) never open or close a quotation.

Pairing then runs per paragraph (blank lines part them, or every line break in copy laid out
one paragraph a line); a quote left open at a paragraph end continues when the next
paragraph opens with a mark (the continued-quote convention). Where the marks are
inconsistent (an opening mark inside an open typographic quote, a quote opened mid-paragraph
and never closed nor continued) the stretch is given up rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing import lexicons
from briefing.facts.quotes import cues

# The patterns of quotation_mark_patterns.txt by key.
_P = lexicons.keyed("quotation_mark_patterns")
# A straight mark also closes a typographic quote: pasted copy mixes them (`“Yes," he said`).
_CLOSE_ANY = {"“": '”"', "„": "“", '"': '"', "«": "»"}
_NESTED = {"“": "‘", "”": "’", '"': "'"}
_SINGLES_OPEN = "‘'‹"
# A transcript line inside quotes: `"PENCE: Well, look…` (the label in capitals).
TRANSCRIPT = _P["transcript"]


# No paragraph of news holds this many quotations (40 at most in every corpus we score:
# multi-source sets, PolNeAR, CNN/Daily Mail); more are marks strewn through junk, given up
# like any inconsistent stretch, since reading each as a quote costs a speaker search.
_MOST_A_PARAGRAPH = 200


@dataclass(frozen=True)
class Span:
    start: int  # first character inside the marks
    end: int  # end of the content (exclusive)
    close: int  # position after the closing mark (or end of paragraph)
    open: int  # position of the opening mark


def scan_copy(text: str, dash_cue: re.Pattern[str] | None = None) -> str:
    """`text` with every quotation convention rewritten to double marks (same length)."""
    # Two apostrophes stand for a double mark in wire copy (''No,'' he said, ``No,''): one
    # mark plus a filler, so offsets stay those of `text`.
    chars = list(text.replace("``", "“\x01").replace("''", '"\x01'))
    for m in _P["indent"].finditer(text):
        chars[m.start() + 1] = "\n"
    for m in _P["closer_opening"].finditer(text):
        chars[m.start(1)] = "“"  # `”Fear. I am afraid…` at a paragraph start: a typo'd opener
    for m in _P["opener_closing"].finditer(text):
        chars[m.start(1)] = "”"  # `“No,“ said Jo Park`: a typo'd closer before a reporting clause
    scan = "".join(chars)
    for start, end in paragraphs(scan):
        _singles(scan, chars, start, end)
        if dash_cue is not None:
            _dash(scan, chars, start, end, dash_cue)
    return "".join(chars)


def paragraphs(scan: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of the scan copy."""
    breaks = list(_breaks(scan).finditer(scan))
    starts, ends = [0, *(m.end() for m in breaks)], [*(m.start() for m in breaks), len(scan)]
    return list(zip(starts, ends, strict=True))


def paragraph_break(scan: str) -> str:
    """What ends a paragraph of the scan copy: a blank line, or a line break in copy laid out
    one paragraph a line."""
    return "\n" if _one_a_line(scan) else "\n\n"


def paragraph_before(text: str, pos: int) -> int:
    """Where the paragraph before the one at `pos` starts, by blank lines (0 when none): how
    far back a pronoun or a description looks for whom it stands for."""
    return max(text.rfind("\n\n", 0, max(text.rfind("\n\n", 0, pos), 0)), 0)


def char_before(text: str, pos: int) -> str:
    """The last character before `pos` that is not white space ("" when none): the stop or
    comma a quote or the writer's words end on. Read back from `pos`, not from a copy of all
    the text before it (asked for every quote of a long text)."""
    k = slice(pos).indices(len(text))[1]  # `pos` as `text[:pos]` reads it (past the end, negative)
    while k and text[k - 1].isspace():
        k -= 1
    return text[k - 1] if k else ""


def breaks_in(scan: str, start: int, end: int) -> int:
    """How many paragraph breaks [start, end) of the scan copy holds."""
    return len(_breaks(scan).findall(scan, start, end))


def _breaks(scan: str) -> re.Pattern[str]:
    """Blank lines end paragraphs; so does every line break of copy laid out one paragraph a
    line, where a quote left open at a line end is not read on into the lines after it."""
    return _P["line"] if _one_a_line(scan) else _P["paragraph"]


@lru_cache(maxsize=4)
def _one_a_line(scan: str) -> bool:
    """Copy laid out one paragraph a line: a line wider than hard-wrapped text. Asked for
    every quote of a text, so read once per text."""
    return _P["wide_line"].search(scan) is not None


def _singles(scan: str, chars: list[str], start: int, end: int) -> None:
    """Pair single marks outside double-quoted text; rewrite each pair to “ ”."""
    # `depth`: inside a double-quoted stretch, where singles are nested quotes.
    depth, straight_open, skip_to = 0, False, start
    for m in _P["any_mark"].finditer(scan, start, end):
        if (i := m.start()) < skip_to:
            continue
        if (c := scan[i]) in "“«„":
            depth += 1
        elif c in "”»" and depth:
            depth -= 1
        elif c == '"':
            straight_open = not straight_open
        elif c in _SINGLES_OPEN and not depth and not straight_open and opening_mark(scan, i):
            j = _single_close(scan, i + 1, end)
            o, cut = _sentence_reopening(scan, i + 1, j if j >= 0 else end)
            # A quotation opened mid-sentence inside this one (`chant: 'Go on' - it…`).
            mid = (m.end() - 1 for m in _P["mid_open"].finditer(scan, i + 1, j))
            if o < 0 and j >= 0 and any(opening_mark(scan, k) for k in mid):
                outer = _single_close(scan, j + 1, end)  # `j` closed the nested quotation
                o, cut = _sentence_reopening(scan, j, outer if outer >= 0 else end)
            if o >= 0:
                # Paragraphs run together (`…opportunity. ‘But I’ve said…`): the quote left
                # open at a sentence end is reopened by the next one, as across paragraphs.
                chars[i], chars[cut] = "“", "”"
                # Nested double marks become single ones here too (British copy: `'I thought:
                # "we must go." We left. 'Then…`), not closing the quote at the inner one;
                # only in a stretch as short as speech left open runs, its inner marks paired.
                doubles = sum(scan.count(c, i + 1, cut) for c in '"“”')
                if doubles > 0 and doubles % 2 == 0 and cut - (i + 1) <= LOST_CLOSE_REACH:
                    chars[i + 1 : cut] = [_NESTED.get(c, c) for c in chars[i + 1 : cut]]
                skip_to = o
            elif j >= 0:
                chars[i], chars[j] = "“", "”"
                # Nested double marks become single ones.
                chars[i + 1 : j] = [_NESTED.get(c, c) for c in chars[i + 1 : j]]
                skip_to = j + 1
            elif _continues_single(scan, i, end):
                chars[i] = "“"
                skip_to = end
            elif (cut := _lost_single_close(scan, i, end)) >= 0:
                chars[i], chars[cut] = "“", "”"
                skip_to = cut + 1


def opening_mark(scan: str, i: int) -> bool:
    """A single mark that can open a quotation: after a blank, bracket, dash or the start,
    before a word, and not an elision ('90s, 'n', 'em). Public for readers of quotations
    outside the fact sheet (a summary's check that none is cut in half)."""
    before = scan[i - 1] if i else " "
    after = scan[i + 1 : i + 2]
    fits = before in " \t\n([{—–-/:" and (after.isalnum() or after in "…‘“\"'([")
    return fits and _P["elision"].match(scan, i + 1) is None


def nested_in(scan: str, span: Span) -> list[Span]:
    """Single-marked quotations inside a double-marked one (`I thought, 'I'll sing'`)."""
    out: list[Span] = []
    # Typographic double marks nested in straight ones (`"…the question: “As you know…”…"`).
    opening = _SINGLES_OPEN + ("“" if scan[span.open] == '"' else "")
    for i in (k for k in range(span.start, span.end) if scan[k] in opening):
        double = scan[i] == "“"
        j = scan.find("”", i + 1, span.end) if double else _single_close(scan, i + 1, span.end)
        # `“…said, ‘We won, ‘ well I…”`: an opening mark typed for the nested quotation's close.
        typo = None if double else _P["nested_typo_close"].search(scan, i + 1, span.end)
        j = typo.start() if typo and (j < 0 or typo.start() < j) else j
        # A title in double marks (`“The Harbour Gazette”`) is no quotation.
        said = not double or not scan[i + 1 : j].istitle()
        # Left open to the end (`"I thought, 'we will get out," he said`): no closing mark.
        open_end = j < 0 and not double and not set(scan[i + 1 : span.end]) & set(_SINGLES_OPEN)
        j = span.end if open_end else j
        if (not out or i > out[-1].close) and opening_mark(scan, i) and j >= 0 and said:
            out.append(Span(i + 1, j, j + (not open_end), i))
    return out


def _single_close(scan: str, start: int, end: int) -> int:
    """The mark closing a single-quoted stretch: after a word or punctuation, before a blank
    or punctuation. A plural possessive (the players’ wages) closes only when punctuation
    follows it, or, for words quoted mid-sentence (the 'harbour dancers' hired…), when the
    next closing mark comes only after the sentence ends or another quotation opens."""
    plural, term = -1, scan[start : start + 1].islower()
    for m in _P["single_closers"].finditer(scan, start, end):
        j = m.start()
        before, after = scan[j - 1], scan[j + 1 : j + 2]
        if before.isspace() or (after and (after.isalnum() or after in "‘“")):
            continue  # an opening mark or an apostrophe inside a word (port’s, don’t)
        if scan[j - 2 : j].lower() in ("'n", "’n", "‘n"):
            continue  # rock 'n' roll
        if scan[j + 1 : j + 3] == " s" and scan[j + 3 : j + 4] in (" ", ",", "."):
            continue  # a stray space in a contraction (`That’ s right`)
        punctuated = before in ".,!?;:…—–-" or not after or after in ",.;:!?)]—–\n"
        # A caption run into the text after it (`made 'great advances' The robot…`).
        punctuated = punctuated or (after == " " and scan[j + 2 : j + 3].isupper())
        if punctuated or before.lower() != "s":
            return plural if plural >= 0 and _P["beyond"].search(scan, plural, j) else j
        plural = j if term and plural < 0 else plural
    return plural


def _sentence_reopening(scan: str, start: int, end: int) -> tuple[int, int]:
    """An opening single mark before `end` right after a sentence end (`. ‘But`), or after a
    photo caption run into the text, with no full stop (`…competition. Fans clash with police
    'They are…`, `…in May 2004 'We…`), and where the quote before it ends; (-1, -1) when none."""
    for m in _P["sentence_open"].finditer(scan, start, end):
        o = m.end() - 1
        caption = m.group()[0] not in ".!?…"
        stop = max(scan.rfind(". ", start, o - 1), scan.rfind("? ", start, o - 1))
        if opening_mark(scan, o) and (not caption or stop > start):
            return o, (stop + 1 if caption else o - 1)
    return -1, -1


# How far (characters) a single-quoted stretch whose closing mark is lost may run to the
# writer's sentence that ends it: two or three sentences of speech, not a story run together.
LOST_CLOSE_REACH = 250


def _lost_single_close(scan: str, i: int, end: int) -> int:
    """Where a single-quoted stretch that never closes ends: right after the stop before the
    writer's own sentence of a pronoun and a reporting verb (`'I kept quiet. I was scared. She
    says she…`), its closing mark lost; -1 when no such sentence follows in the paragraph."""
    m = _P["writer_resumes"].search(scan, i + 1, min(end, i + LOST_CLOSE_REACH))
    return m.start() + 1 if m is not None else -1


def _continues_single(scan: str, i: int, end: int) -> bool:
    """A single-quoted paragraph, or a quotation a colon introduces (`Jo Park said: 'Our…`),
    left open that the next paragraph reopens: the continued-quote convention."""
    if scan[i - 1 : i] not in ("", "\n") and scan[i - 2 : i] != ": ":
        return False
    nxt = _breaks(scan).match(scan, end)
    return nxt is not None and scan[nxt.end() : nxt.end() + 1] in _SINGLES_OPEN


def _dash(scan: str, chars: list[str], start: int, end: int, cue: re.Pattern[str]) -> None:
    """`– We are ready for talks – said Ana Ruiz.`: marks around the dash-introduced words."""
    m = _P["dash_quote"].match(scan, start)
    close = _P["dash_close"].search(scan, m.end(), end) if m else None
    if close is not None and cue.match(scan, close.end()):
        chars[start], chars[close.start() + 1] = "“", "”"
    elif m is not None and (comma := _dash_comma_close(scan, m.end(), end)) is not None:
        chars[start], chars[comma + 1] = "“", "”"  # `“ We waited,”Mr Lund told radio.`


def _dash_comma_close(scan: str, start: int, end: int) -> int | None:
    """The comma closing a dash-introduced quote in the first person whose reporting clause
    ends the paragraph (`– We waited, Mr Lund told radio.`), or None: a list item the writer
    dashes (`– Fees rose 4%, the board said.`) says no "I" or "we"."""
    commas = list(_P["dash_comma"].finditer(scan, start, end))
    for comma in reversed(commas):
        if any(c in scan[start : comma.start()] for c in '\n“"'):
            return None  # not across a line or another quotation
        said = cues.P["dash_comma_cue"].fullmatch(scan, comma.end(), end)
        if said is not None and _P["dash_first_person"].search(scan, start, comma.start()):
            return comma.start()
    return None


@lru_cache(maxsize=4)
def quoted_in(text: str) -> tuple[str, tuple[Span, ...]]:
    """The scan copy of an article's text and its quoted spans, paired once per text for the
    quote extractor, the actors' quoted stretches and the summary's quotation units."""
    scan = scan_copy(text, cues.P["dash_cue"])
    return scan, tuple(find_quoted(scan))


def find_quoted(scan: str) -> list[Span]:
    """Spans inside quote marks of the scan copy, continued across paragraphs by the news
    convention, with inconsistent stretches given up."""
    out: list[Span] = []
    paras = paragraphs(scan)
    carry: int | None = None  # start of a quote continuing from the previous paragraph
    carry_open = 0
    left_open = False  # the paragraph before was a quote left open at its end
    for p_index, (p_start, p_end) in enumerate(paras):
        i, found = p_start, len(out)
        if left_open and carry is None and (close := _unopened_close(scan, p_start, p_end)) > 0:
            out.append(Span(p_start, close, close + 1, p_start))
            i = close + 1
        left_open = False
        speaker_line = TRANSCRIPT.match(scan, p_start + 1) or scan[p_start + 1 : p_start + 2] == "("
        last = paras[p_index - 1][1]  # the previous paragraph's end, for a quote carried from it
        if carry is not None and scan[carry_open] == '"' != scan[p_start]:
            # A straight quote carried into a paragraph that opens with a typographic mark:
            # the quotation it runs on in (`"…` then `“…,” she said, … ."`), or, when no
            # straight mark closes it, one that ended with its own paragraph (`"Jo slept.`).
            close = _straight_close(scan, p_start, p_end)
            opened = carry_open if _introduced(scan, carry_open) else p_start
            if close >= 0:
                out.append(Span(carry, close, close + 1, opened))
            else:
                out.append(Span(carry, last, last, carry_open))
            carry, i = None, max(close + 1, p_start)
        if carry is not None and speaker_line:
            # A transcript's next speaker (`"PENCE: …`) starts a quote of its own.
            out.append(Span(carry, last, last, carry_open))
            carry = None
        while (mark := _P["opening"].search(scan, since := i, p_end)) is not None:
            i = mark.start()
            c = scan[i]
            lost = _P["lost_opening"].match(scan, since, i + 3) if carry is None else None
            if c == '"' and lost:
                # Its opening mark left out (`…a surprise. It's out of the blue," he said`):
                # the quote starts after the writer's sentence before it.
                out.append(Span(lost.start(1), i, i + 1, lost.start(1)))
                i += 1
                continue
            if c == '"' and carry is None and _unopened_paragraph(scan, p_start, i):
                del out[found:]  # the quotes nested in it (`…wore the “melon” style," she says`)
                out.append(Span(p_start, i, i + 1, p_start))
                i += 1
                continue
            if c == '"' and carry is None and _P["stray_close"].match(scan, i - 1, p_end):
                i += 1  # `a review of [his] systems" including…`, `6'3" tall`: no opening
                continue
            j = _find_close(scan, c, i + 1, p_end)
            if speaker_line and i == p_start and c == '"':
                j = scan.find(c, i + 1, p_end)  # `"PENCE: …of “Harbour Nights.” But…`
            inner = i + 2 if scan[i + 1 : i + 2] == "\x01" else i + 1
            start = carry if carry is not None and i == p_start else inner
            carried, carry = carry, None  # set again only when the quote goes on
            # A quote carried on from a paragraph that introduced it (`Jo Park said: "…`, or
            # `The Post reports:` closing the paragraph before), resumed it after its
            # attribution (`"…," she said, "…`) or reopened it after a sentence (`…it. "Then…`):
            # its voice is that paragraph's.
            opened = carry_open if carried is not None and _introduced(scan, carry_open) else i
            reopen = scan.find(c, inner, j) if j >= 0 and c in "“«" else -1
            run_on = _P["reopens"].match(scan, inner, p_end) if c == '"' else None
            if run_on and not 0 <= j < run_on.start(1):
                reopen = run_on.start(1)  # copy run into one paragraph: `"…away. "There…`
            if reopen >= 0:
                if scan[reopen - 1] == "\n" or scan[reopen - 2 : reopen] in (". ", "? ", "! "):
                    # Left open at a line end and reopened on the next line: a paragraph of
                    # copy that breaks lines, not blank lines (the continued-quote convention).
                    out.append(Span(start, reopen - 1, reopen - 1, opened))
                    i = reopen
                else:
                    i = j + 1  # two opening marks, one close: the pairing is unknown, give up
                continue
            if j < 0:  # left open: continues if the next paragraph opens with a mark
                nxt = paras[p_index + 1][0] if p_index + 1 < len(paras) else None
                if nxt is not None and scan[nxt : nxt + 1] in _CLOSE_ANY:
                    if scan.count("\n", p_end, nxt) == 1:  # one paragraph a line: one quote a line
                        out.append(Span(start, p_end, p_end, opened))
                        break
                    carry_open = i if carried is None else carry_open
                    carry = start
                elif i == p_start or carried is not None:
                    out.append(Span(start, p_end, p_end, opened))
                    left_open = True
                # else opened mid-paragraph and never closed: given up
                break
            after = j + 2 if scan[j + 1 : j + 2] == "\x01" else j + 1
            out.append(Span(start, j, after, opened))
            i = after
        if len(out) - found > _MOST_A_PARAGRAPH:  # marks strewn through a word, not quotes
            del out[found:]
            carry = None
    return out


def _unopened_close(scan: str, start: int, end: int) -> int:
    """The closing straight mark of a paragraph that opens with no mark after a quote left open
    (`"We sold it all.` then `Then the rain came."`): the writer dropped the continuing
    paragraph's opening mark, so the paragraph up to the mark is the quote's next paragraph;
    -1 when its first mark is not such a close (a sentence's end before it, a space or the
    paragraph's end after it)."""
    mark = _P["opening"].search(scan, start, end)
    if mark is None or mark.group() != '"' or mark.start() - start < 2:
        return -1
    i = mark.start()
    ends = scan[i - 1] in ".,!?" and (i + 1 == end or scan[i + 1] in " \n")
    return i if ends else -1


def _unopened_paragraph(scan: str, start: int, mark: int) -> bool:
    """Whether the straight mark at `mark` closes a quote whose opening mark the writer left
    out at the paragraph's start (`From the time of the kings, queens wore the “crown”," Berg
    says.`): the paragraph opens on a capital, no straight mark and no open typographic quote
    before `mark`, one sentence only, a comma or question or exclamation mark before it, a
    reporting clause after."""
    inner = scan[start:mark]
    if not inner[:1].isupper() or '"' in inner or inner.count("“") != inner.count("”"):
        return False
    if _P["sentence_inside"].search(inner):
        return False  # narrative whose quotation lost its opening mark in the paste
    return inner[-1:] in (",", "?", "!") and bool(_P["reported_after"].match(scan, mark + 1))


def _introduced(scan: str, mark: int) -> bool:
    """The quote opening at `mark` follows its introduction (`Jo Park said: "…`, `The Post
    reports:` closing the paragraph before)."""
    lead = scan[mark - 3 : mark]
    return lead[1:] in (": ", ". ", ", ") or lead == ":\n\n"


def _find_close(scan: str, mark: str, start: int, end: int) -> int:
    """Position of the first mark that closes a quote opened by `mark`, or -1. A straight
    mark is closed by a typographic one only when no straight mark follows, and not by a
    straight pair nested in it (`"…who stars in "Harbour Nights" -- but…"`)."""
    if mark == '"':
        p = scan.find('"', start, end)
        while p >= 0 and scan[p - 1] == " " and scan[p + 1 : p + 2].isalnum():
            nested = scan.find('"', p + 1, end)
            p = scan.find('"', nested + 1, end) if nested >= 0 else -1
        p = p if p >= 0 else scan.find('"', start, end)
        # Closed by a typo'd single mark at a sentence end when the next straight mark opens
        # another quote (`"…was swept away.' Two days later… "I thought…"`).
        typo = _P["typo_close"].search(scan, start, p) if p >= 0 and scan[p - 1] == " " else None
        p = typo.start(1) if typo and not _P["single_open"].search(scan, start, typo.start()) else p
        if p >= 0 and (reported := _reported_close(scan, start, p)) >= 0:
            return reported
        # Else the typographic mark closing it (pasted copy: `"Yes,” he said`), none when a
        # typographic quote opens first (`"…what he calls a “lucky coat,” a gift…`).
        q = scan.find("”", start, end)
        return p if p >= 0 else -1 if scan.find("“", start, q) >= 0 else q
    found = [p for p in (scan.find(c, start, end) for c in _CLOSE_ANY[mark]) if p >= 0]
    return min(found) if found else -1


def _reported_close(scan: str, start: int, end: int) -> int:
    """A typographic closing mark before `end` that ends a straight quote because a reporting
    clause follows it (`"No,” said Jo Park. "…`: pasted copy mixes marks), or -1; never one
    closing a typographic quote nested in it (`"…a “lucky coat,” he said…"`)."""
    p = scan.find("”", start, end)
    while p >= 0 and scan.find("“", start, p) < 0:
        if scan[p - 1] in ",?!" and _P["reported_after"].match(scan, p + 1):
            return p
        p = scan.find("”", p + 1, end)
    return -1


def _straight_close(scan: str, start: int, end: int) -> int:
    """The straight mark closing a straight quote carried into the paragraph [start, end),
    which opens with a typographic mark (`“…,” she said, … over."`): the last mark of the
    paragraph, every typographic quote before it closed; -1 when there is none."""
    p = scan.rfind('"', start, end)
    inner = scan[start:p]
    closed = inner.count("“") == inner.count("”")
    return p if p > start and closed and not scan[p + 1 : end].strip() else -1
