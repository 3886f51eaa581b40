"""Direct quotations and who said them.

Quote marks are paired within a paragraph; a quote left open at the end of a paragraph
continues when the next paragraph opens with a mark (the news convention), and otherwise
stops at the paragraph end. Quotes of three words or fewer are phrases ("bloodbath"), not
quotations. The speaker comes from the reporting clause after or before the quote
(`"…," X said`, `said X`, `X said: "…"`, `according to X`); a pronoun ("he added") is the
previous quote's speaker or else the person named most recently; titles are stripped to
the actor's canonical name. When nobody can be named the speaker is None.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefing.model import Actor, Doc, Quote
from briefing.nlp.text import blocks

# Reporting verbs (our own list, from news attribution style).
REPORTING_VERBS = [
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "added",
    "adds",
    "warned",
    "warns",
    "stated",
    "declared",
    "insisted",
    "argued",
    "explained",
    "noted",
    "claimed",
    "asked",
    "replied",
    "responded",
    "wrote",
    "continued",
    "announced",
    "acknowledged",
    "admitted",
    "suggested",
    "urged",
    "recalled",
    "concluded",
    "stressed",
    "emphasised",
    "emphasized",
    "predicted",
    "remarked",
    "observed",
    "commented",
    "complained",
    "conceded",
    "confirmed",
    "denied",
    "maintained",
    "tweeted",
    "posted",
    "quipped",
    "joked",
    "vowed",
    "pledged",
    "promised",
    "cautioned",
    "alleged",
    "countered",
    "insists",
    "argues",
    "explains",
    "notes",
    "claims",
    "writes",
    "adds",
    "warned",
]
_VERB = r"(?P<verb>" + "|".join(sorted(set(REPORTING_VERBS), key=len, reverse=True)) + r")"
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|al-\w+|bin|de|van|von|the|a|an|[a-z]+(?=\s+[A-Z]))"
_NAME_LINK = r"(?:[A-Z][\w'’.-]*|al-\w+|bin|de|van|von|of|the|[a-z]+(?=\s+[A-Z]))"
_WHO = r"(?P<who>" + _NAME_WORD + r"(?:\s+" + _NAME_LINK + r")*?)"
_WHO_GREEDY = r"(?P<who>" + _NAME_WORD + r"(?:\s+" + _NAME_LINK + r")*)"
_PRONOUN = r"(?P<pronoun>he|she|they)"
# After the quote: `," Peskov told…` / `," he added` / `," said Peskov` / `," according to X`.
_AFTER = [
    re.compile(r"^[\s,]*" + _PRONOUN + r"\s+(?:\w+\s+)?" + _VERB + r"\b", re.I),
    re.compile(r"^[\s,]*" + _VERB + r"\s+" + _WHO_GREEDY),
    re.compile(r"^[\s,]*according to\s+" + _WHO_GREEDY),
    # `"…" ― Karen Bobadilla` (a dash and the name, as under a pull quote)
    re.compile(r"^[\s,]*[—―–]\s*" + _WHO_GREEDY),
    re.compile(r"^[\s,]*" + _WHO + r"\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?" + _VERB + r"\b"),
]
# Before the quote: `Erdogan said: "` / `Peskov told reporters, "` / `according to X, "`.
_BEFORE = [
    re.compile(_PRONOUN + r"\s+(?:\w+\s+)?" + _VERB + r"(?:\s+\w+){0,3}\s*[:,]?\s*$", re.I),
    re.compile(_WHO + r"\s+(?:\w+ly\s+|also\s+)?" + _VERB + r"(?:\s+[\w']+){0,3}\s*[:,]?\s*$"),
    re.compile(r"according to\s+" + _WHO + r"\s*,\s*$"),
]
# Where the reporting clause ends: a sentence end that is not a title ("Mr. Obama said").
_NOT_TITLE = r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\bSen\.)(?<!\bGov\.)"
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])" + _NOT_TITLE + r"\s|[“\"«]")
_HEAD_BREAK = re.compile(r"[!?”\"»]\s|(?<=\.)" + _NOT_TITLE + r"\s")
_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", '"': '"'}
MIN_WORDS = 4
_COURTESY = frozenset(
    ["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "gov.", "rep.", "gen.", "prof."]
)


@dataclass(frozen=True)
class _Span:
    start: int  # first character inside the marks
    end: int  # end of the content (exclusive)
    close: int  # position after the closing mark (or end of paragraph)


def find_quoted(text: str) -> list[_Span]:
    """Spans inside quote marks, continued across paragraphs by the news convention."""
    # Two apostrophes stand for a double mark in some wire copy (''No,'' he said): scan a
    # copy where they read as one mark plus a filler, so offsets stay those of `text`.
    scan = text.replace("''", '"\x01')
    out: list[_Span] = []
    paragraphs = blocks(text)
    carry: int | None = None  # start of a quote continuing from the previous paragraph
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        i = p_start
        if carry is not None and scan[p_start : p_start + 1] not in _OPEN_CLOSE:
            carry = None
        while i < p_end:
            c = scan[i]
            if c not in _OPEN_CLOSE:
                i += 1
                continue
            close = _OPEN_CLOSE[c]
            j = scan.find(close, i + 1, p_end)
            inner = i + 2 if scan[i + 1 : i + 2] == "\x01" else i + 1
            start = carry if carry is not None and i == p_start else inner
            if j < 0:  # left open: continues if the next paragraph opens with a mark
                nxt = paragraphs[p_index + 1][0] if p_index + 1 < len(paragraphs) else None
                if nxt is not None and scan[nxt : nxt + 1] in _OPEN_CLOSE:
                    carry = start
                else:
                    out.append(_Span(start, p_end, p_end))
                    carry = None
                break
            after = j + 2 if scan[j + 1 : j + 2] == "\x01" else j + 1
            out.append(_Span(start, j, after))
            carry = None
            i = after
    return out


def _content(text: str, span: _Span) -> tuple[int, int]:
    """Content span without trailing commas and blanks (kept as written otherwise)."""
    start, end = span.start, span.end
    while end > start and text[end - 1] in " ,\n":
        end -= 1
    while start < end and text[start] in " \n":
        start += 1
    return start, end


def _canonical(who: str, actors: tuple[Actor, ...]) -> str | None:
    """The actor `who` names ("Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov")."""
    who = who.replace("’s", "").replace("'s", "")
    best = None
    for a in actors:
        if a.type != "person" and not a.roles:
            continue
        for form in (a.name, *a.aliases):
            if re.search(r"\b" + re.escape(form) + r"\b", who) and (
                best is None or len(form) > best[1]
            ):
                best = (a.name, len(form))
    if best:
        return best[0]
    # Not a known actor: the last run of capitalised words, where news puts the name after
    # any title ("Commissioner for Transport Ingrid Holm"), or a surname after a courtesy
    # title ("Mr. Burman").
    runs: list[list[str]] = [[]]
    titled = False
    for w in who.split():
        if w.lower() in _COURTESY:
            titled = True
        elif w[:1].isupper() and w.lower() not in {"the", "a", "an"}:
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    run = next((r for r in reversed(runs) if r), [])
    if len(run) >= 3:
        run = run[-2:]
    return " ".join(run) if len(run) >= 2 or (titled and run) else None


def _last_person_before(pos: int, actors: tuple[Actor, ...]) -> str | None:
    best: tuple[int, str | None] = (-1, None)
    for a in actors:
        if a.type != "person":
            continue
        for e in a.evidence:
            if e.start < pos and e.start > best[0]:
                best = (e.start, a.name)
    return best[1]


def extract_quotes(doc: Doc, actors: tuple[Actor, ...] = ()) -> tuple[Quote, ...]:
    """Direct quotes in article order; speakers are canonical actor names or None."""
    text = doc.text
    starts = [s.start for s in doc.sentences]
    quotes: list[Quote] = []
    previous_speaker: str | None = None
    for span in find_quoted(text):
        start, end = _content(text, span)
        words = text[start:end].split()
        if len(words) < MIN_WORDS:
            continue
        sentence = max(0, bisect.bisect_right(starts, start) - 1)
        speaker, cue = _attribute(doc, span, actors, previous_speaker)
        if speaker is None and quotes and "\n\n" not in text[quotes[-1].end : start]:
            # A second quote in the same paragraph, or its continuation, goes on in the
            # voice of the first: `"…," said X. "…"`.
            speaker, cue = quotes[-1].speaker, cue or quotes[-1].cue
        if speaker is None and text[start].islower():
            continue  # a fragment quoted inside a sentence, with nobody saying it
        quotes.append(Quote(text[start:end], speaker, sentence, start, end, cue))
        previous_speaker = speaker or previous_speaker
    return tuple(quotes)


def _attribute(
    doc: Doc, span: _Span, actors: tuple[Actor, ...], previous: str | None
) -> tuple[str | None, str | None]:
    text = doc.text
    para_end = text.find("\n\n", span.close)
    tail = text[span.close : para_end if para_end >= 0 else len(text)][:120]
    tail = _SENTENCE_BREAK.split(tail)[0]
    head_start = max(text.rfind("\n\n", 0, span.start), 0)
    head = text[head_start : span.start - 1][-120:]
    head = _HEAD_BREAK.split(head)[-1]
    for pattern, part in [(p, tail) for p in _AFTER] + [(p, head) for p in _BEFORE]:
        m = pattern.search(part)
        if not m:
            continue
        groups = m.groupdict()
        cue = groups.get("verb")
        if groups.get("pronoun"):
            if cue and cue.lower().startswith("add"):
                return previous or _last_person_before(span.start, actors), cue
            return _last_person_before(span.start, actors) or previous, cue
        who = groups.get("who") or ""
        if who.split()[0].lower() in {"he", "she", "they", "it", "this", "that"}:
            continue
        return _canonical(who, actors), cue or "according to"
    return None, None
