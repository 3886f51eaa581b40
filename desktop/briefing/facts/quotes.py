"""Direct quotations and who said them.

Quote marks are paired within a paragraph; a quote left open at the end of a paragraph
continues when the next paragraph opens with a mark (the news convention), and otherwise
stops at the paragraph end. Quotes of three words or fewer are phrases ("bloodbath"), not
quotations, unless they are part of a quotation interrupted by its attribution ("Yes," he
said. "…"); titles of works and fragments woven into indirect speech are not quotations.
The speaker comes from the reporting clause after or before the quote (`"…," X said`,
`said X`, `X said: "…"`, `according to X`, `X, who…, told`, `X: "…"`, a dash line), else
from the subject of the sentence that introduces it, else from the previous paragraph's
quote when this paragraph is an unattributed continuation; a pronoun ("he added") is the
previous quote's speaker or else the person named most recently outside quotes; titles are
stripped to the actor's canonical name. When nobody can be named the speaker is None.
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
    "charged",
    "boasted",
    "bragged",
    "scoffed",
    "lamented",
    "mused",
    "retorted",
    "interjected",
    "reiterated",
    "testified",
    "exclaimed",
    "recounted",
    "texted",
    "emailed",
    "tweets",
    "asks",
    "recalls",
    "warns",
    "read",
    "insists",
    "argues",
    "explains",
    "notes",
    "claims",
    "writes",
    "adds",
    "warned",
]
# A reporting verb right before the mark opens a quotation even without a comma
# (`He says "it's interesting"`); the -ing forms introduce one the same way.
_CUES = frozenset(REPORTING_VERBS) | {"saying", "adding", "writing", "asking", "telling"}
_VERB = r"(?P<verb>" + "|".join(sorted(set(REPORTING_VERBS), key=len, reverse=True)) + r")"
# A reporting verb right before the mark opens a quotation even without a comma
# (`He says "it's interesting"`); the -ing forms introduce one the same way.
_CUES = frozenset(REPORTING_VERBS) | {"saying", "adding", "writing", "asking", "telling"}
_ING = r"(?P<verb>saying|adding|writing|asking|telling|tweeting|declaring|insisting)"
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|al-\w+|bin|de|van|von|the|a|an|[a-z]+(?=\s+[A-Z]))"
_NAME_LINK = r"(?:[A-Z][\w'’.-]*|al-\w+|bin|de|van|von|of|the|[a-z]+(?=\s+[A-Z]))"
_WHO = r"(?P<who>" + _NAME_WORD + r"(?:\s+" + _NAME_LINK + r")*?)"
_WHO_GREEDY = r"(?P<who>" + _NAME_WORD + r"(?:\s+" + _NAME_LINK + r")*)"
_PRONOUN = r"(?P<pronoun>he|she|they)"
_ADVERB = r"(?:\w+ly\s+|also\s+|later\s+|then\s+|will\s+|would\s+|has\s+|had\s+)?"
# A speaker description of up to eight words, titles in lower case included ("Trump senior
# adviser Paul Manafort"), but no relative clause ("the man who met Trump").
_DESCRIPTION = (
    r"(?P<who>[^\s\"“”]+"
    r"(?:\s+(?!who\b|that\b|which\b|and\b|as\b|when\b)[^\s\"“”]+){0,7}?)"
)
# After the quote: `," Peskov told…` / `," he added` / `," said Peskov` / `," according to X`.
_AFTER = [
    re.compile(r"^[\s,]*" + _PRONOUN + r"\s+(?:\w+\s+)?" + _VERB + r"\b", re.I),
    re.compile(r"^[\s,]*" + _VERB + r"\s+" + _WHO_GREEDY),
    re.compile(r"^[\s,]*according to\s+" + _WHO_GREEDY),
    # `"…" ― Karen Bobadilla` (a dash and the name, as under a pull quote)
    re.compile(r"^[\s,]*[—―–]\s*" + _WHO_GREEDY),
    re.compile(r"^[\s,]*" + _WHO + r"\s+" + _ADVERB + _VERB + r"\b"),
    # `," Trent Lott, who led the Senate, told…`: the name before the apposition
    re.compile(
        r"^[\s,]*(?P<who>[A-Z][^,\"“”]{0,40}),\s+(?:who|a|an|the)\b[^\"“”]{0,150}?,\s+"
        + _ADVERB
        + _VERB
        + r"\b"
    ),
    re.compile(r"^[\s,]*" + _DESCRIPTION + r"\s+" + _ADVERB + _VERB + r"\b"),
]
# Before the quote: `Erdogan said: "` / `Peskov told reporters, "` / `according to X, "`.
_BEFORE = [
    re.compile(_PRONOUN + r"\s+(?:\w+\s+)?" + _VERB + r"(?:\s+\w+){0,3}\s*[:,]?\s*$", re.I),
    re.compile(_WHO + r"\s+" + _ADVERB + _VERB + r"(?:\s+[\w']+){0,3}\s*[:,]?\s*$"),
    re.compile(r"according to\s+" + _WHO + r"\s*,\s*$"),
    # `Clinton: "…"` (a name and a colon, as in a transcript)
    re.compile(r"^\s*(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*:\s*$"),
]
# A reporting verb further back in the sentence: `Weaver, unimpressed, told reporters, "`;
# the speaker is then the sentence's first person named.
_CUE_IN_SENTENCE = re.compile(
    r"\b(?:" + _VERB + r"|" + _ING.replace("?P<verb>", "") + r")\b(?:\s+[^\s]+){0,4}\s*[:,]\s*$"
)
# Full stops that end no clause: titles and initials ("said Rep. Xavier Becerra").
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sen",
        "gov",
        "rep",
        "gen",
        "lt",
        "col",
        "capt",
        "sgt",
        "maj",
        "adm",
        "prof",
        "rev",
        "jr",
        "sr",
        "hon",
        "pres",
        "atty",
        "supt",
        "sens",
        "reps",
        "messrs",
        "no",
        "vs",
        "u.s",
        "u.n",
        "u.k",
        "d.c",
    ]
)
_BREAK = re.compile(r"[.!?](?=\s)|[“\"«]")
_HEAD_BREAK = re.compile(r"[.!?”\"»](?=\s)")
_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", '"': '"'}
# The mark that reopens a quote continued into the next paragraph is not a quoted word.
_REOPENING_MARK = re.compile(r"(\n[ \t]*\n\s*)[\"“«„]")
# A straight mark also closes a typographic quote: pasted copy mixes them (`“Yes," he said`).
_CLOSE_ANY = {"“": '”"', "„": "“", '"': '"', "«": "»"}
MIN_WORDS = 4
# The word before an opening mark, on the same line: `he "supports…"`, `that "we…"`.
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]*$")
# Words a title leaves in lower case (English title-case convention).
_TITLE_SMALL = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "nor",
        "vs.",
        "v.",
    ]
)
_COURTESY = frozenset(
    ["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "gov.", "rep.", "gen.", "prof."]
)
# An anonymous source: `said a New Hampshire Republican`, `another adviser said`.
_INDEFINITE = frozenset(["a", "an", "another", "one", "some", "two", "three", "several"])
# A dash line under a wire quote: `- President Obama, tweeting after the speech.`
_DASH_LINE = re.compile(r"[-—―–]\s*(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})")
# An attribution anywhere in a stretch of text between two quotes.
_ANY_CUE = re.compile(r"\b(?:" + _VERB + r"|according to)\b")


@dataclass(frozen=True)
class _Span:
    start: int  # first character inside the marks
    end: int  # end of the content (exclusive)
    close: int  # position after the closing mark (or end of paragraph)
    open: int  # position of the opening mark


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
            j = _find_close(scan, c, i + 1, p_end)
            inner = i + 2 if scan[i + 1 : i + 2] == "\x01" else i + 1
            start = carry if carry is not None and i == p_start else inner
            if j < 0:  # left open: continues if the next paragraph opens with a mark
                nxt = paragraphs[p_index + 1][0] if p_index + 1 < len(paragraphs) else None
                if nxt is not None and scan[nxt : nxt + 1] in _OPEN_CLOSE:
                    carry = start
                else:
                    out.append(_Span(start, p_end, p_end, i))
                    carry = None
                break
            after = j + 2 if scan[j + 1 : j + 2] == "\x01" else j + 1
            out.append(_Span(start, j, after, i))
            carry = None
            i = after
    return out


def _find_close(scan: str, mark: str, start: int, end: int) -> int:
    """Position of the first mark that closes a quote opened by `mark`, or -1."""
    found = [p for p in (scan.find(c, start, end) for c in _CLOSE_ANY[mark]) if p >= 0]
    return min(found) if found else -1


def _content(text: str, span: _Span) -> tuple[int, int]:
    """Content span without trailing commas and blanks (kept as written otherwise)."""
    start, end = span.start, span.end
    while end > start and text[end - 1] in " ,\n":
        end -= 1
    while start < end and text[start] in " \n":
        start += 1
    return start, end


def _canonical(who: str, actors: tuple[Actor, ...], pos: int = 0) -> str | None:
    """The actor `who` names ("Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov"); a bare
    surname is the person of that surname named last before `pos` ("Read" -> "Ian Read")."""
    who = who.replace("’s", "").replace("'s", "")
    if who.split()[0].lower() in _INDEFINITE:
        return None  # an anonymous source, not a name
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
    surnames = {w.strip(",;:()—–-.") for w in who.split() if w[:1].isupper()}
    by_surname = [
        (max((e.start for e in a.evidence if e.start < pos), default=-1), a.mentions, a.name)
        for a in actors
        if a.type == "person" and " " in a.name and a.name.split()[-1] in surnames
    ]
    if by_surname:
        return max(by_surname)[2]
    # Not a known actor: the last run of capitalised words, where news puts the name after
    # any title ("Commissioner for Transport Ingrid Holm"), or a surname after a courtesy
    # title ("Mr. Burman").
    runs: list[list[str]] = [[]]
    titled = False
    for raw in who.split():
        w = (
            raw.strip(",;:()—–-").rstrip(".")
            if raw[-2:-1].islower() and len(raw) > 4
            else raw.strip(",;:()—–-")
        )
        if w.lower() in _COURTESY:
            titled = True
        elif w[:1].isupper() and w.lower() not in {"the", "a", "an"}:
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
        if raw[-1:] in ",;:)" and runs[-1]:
            runs.append([])
    run = next((r for r in reversed(runs) if r), [])
    if len(run) >= 3:
        run = run[-2:]
    return " ".join(run) if len(run) >= 2 or (titled and run) else None


def _is_break(text: str, m: re.Match[str]) -> bool:
    """A sentence end, not the full stop of a title or an initial ("Rep.", "W.")."""
    if m.group() != ".":
        return True
    word = text[: m.start()].rsplit(None, 1)[-1] if text[: m.start()].strip() else ""
    word = word.lstrip("(").lower()
    return not (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()))


def _tail_clause(tail: str) -> str:
    """The reporting clause after a quote: up to the sentence end or the next quote."""
    for m in _BREAK.finditer(tail):
        if _is_break(tail, m):
            return tail[: m.start()]
    return tail


def _head_clause(head: str) -> str:
    """The sentence before a quote, from its start to the opening mark."""
    cut = 0
    for m in _HEAD_BREAK.finditer(head):
        if _is_break(head, m):
            cut = m.end()
    return head[cut:]


class _People:
    """Where persons are named, outside quotes, for pronouns and sentence subjects."""

    def __init__(self, actors: tuple[Actor, ...], quoted: list[_Span]) -> None:
        opens = [q.open for q in quoted]
        mentions = []
        for a in actors:
            if a.type != "person":
                continue
            for e in a.evidence:
                k = bisect.bisect_right(opens, e.start) - 1
                if k < 0 or quoted[k].close <= e.start:
                    mentions.append((e.start, a.name))
        mentions.sort()
        self._starts = [m[0] for m in mentions]
        self._names = [m[1] for m in mentions]

    def last_before(self, pos: int) -> str | None:
        k = bisect.bisect_left(self._starts, pos)
        return self._names[k - 1] if k else None

    def first_in(self, start: int, end: int) -> str | None:
        k = bisect.bisect_left(self._starts, start)
        return self._names[k] if k < len(self._starts) and self._starts[k] < end else None


def _woven(text: str, span: _Span, start: int) -> bool:
    """A lower-case fragment running on from the reporter's words (`said that he "supports
    the plan fully"`): a partial quotation inside indirect speech, not a quotation."""
    if not text[start].islower():
        return False
    m = _WORD_BEFORE.search(text, max(0, span.open - 30), span.open)
    return m is not None and m.group(1).lower() not in _CUES


def _title_of_work(words: list[str]) -> bool:
    """Every word capitalised but for small words: a title ("Back to the Future", "Make
    America Great Again"), not speech."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w in _TITLE_SMALL for w in words)


def _interrupted(text: str, first: _Span, second: _Span) -> bool:
    """Two parts of one quotation split by its attribution (`"I was shocked," Nega told me.
    "I understand…"`): nothing but a short reporting clause between them."""
    gap = text[first.close : second.open]
    return len(gap) <= 120 and "\n\n" not in gap and _ANY_CUE.search(gap) is not None


def extract_quotes(doc: Doc, actors: tuple[Actor, ...] = ()) -> tuple[Quote, ...]:
    """Direct quotes in article order; speakers are canonical actor names or None."""
    text = doc.text
    starts = [s.start for s in doc.sentences]
    spans = find_quoted(text)
    people = _People(actors, spans)
    quotes: list[Quote] = []
    kept: list[_Span] = []
    previous_speaker: str | None = None
    for k, span in enumerate(spans):
        start, end = _content(text, span)
        words = text[start:end].split()
        if not words:
            continue
        if len(words) < MIN_WORDS and not _part_of_quotation(text, spans, k, kept):
            continue
        sentence = max(0, bisect.bisect_right(starts, start) - 1)
        speaker, cue = _attribute(text, span, actors, people, previous_speaker)
        same_paragraph = bool(kept) and "\n\n" not in text[kept[-1].close : span.open]
        if speaker is None and same_paragraph:
            # A second quote in the same paragraph, or its continuation, goes on in the
            # voice of the first: `"…," said X. "…"`.
            speaker, cue = quotes[-1].speaker, cue or quotes[-1].cue
        if speaker is None and text[start].islower():
            continue  # a fragment quoted inside a sentence, with nobody saying it
        if _woven(text, span, start) or (_title_of_work(words) and cue is None):
            continue
        if speaker is None and cue is None and kept and _continues(text, kept[-1], span):
            # News convention: a quote paragraph without attribution right after a
            # paragraph quoting X goes on in X's voice.
            speaker, cue = quotes[-1].speaker, quotes[-1].cue
        words_said = _REOPENING_MARK.sub(r"\1", text[start:end])
        quotes.append(Quote(words_said, speaker, sentence, start, end, cue))
        kept.append(span)
        previous_speaker = speaker or previous_speaker
    return tuple(quotes)


def _part_of_quotation(text: str, spans: list[_Span], k: int, kept: list[_Span]) -> bool:
    """A short quote joined to a longer one of the same paragraph by the attribution."""
    if kept and kept[-1] is spans[k - 1] and _interrupted(text, spans[k - 1], spans[k]):
        return True
    if k + 1 < len(spans) and _interrupted(text, spans[k], spans[k + 1]):
        nxt = spans[k + 1]
        return len(text[nxt.start : nxt.end].split()) >= MIN_WORDS
    return False


def _continues(text: str, previous: _Span, span: _Span) -> bool:
    """`span` opens the paragraph right after the one holding `previous`, and that
    paragraph names nobody else saying anything."""
    if text[previous.close : span.open].count("\n\n") != 1 or text[span.open - 1] != "\n":
        return False
    para_end = text.find("\n\n", span.close)
    rest = text[span.close : para_end if para_end >= 0 else len(text)]
    return _ANY_CUE.search(rest) is None


def _attribute(
    text: str, span: _Span, actors: tuple[Actor, ...], people: _People, previous: str | None
) -> tuple[str | None, str | None]:
    para_end = text.find("\n\n", span.close)
    tail = _tail_clause(text[span.close : para_end if para_end >= 0 else len(text)][:200])
    head_start = text.rfind("\n\n", 0, span.open)
    head_start = 0 if head_start < 0 else head_start + 2
    if head_start == span.open and text.rfind(":", 0, span.open) == span.open - 3:
        # `Dr. Ward stated:` closing the previous paragraph introduces this one.
        head_start = max(text.rfind("\n\n", 0, span.open - 2), 0)
        head_end = span.open - 2
    else:
        head_end = span.open
    raw_head = text[max(head_start, head_end - 250) : head_end]
    head = _head_clause(raw_head)
    for pattern, part in [(p, tail) for p in _AFTER] + [(p, head) for p in _BEFORE]:
        m = pattern.search(part)
        if not m:
            continue
        groups = m.groupdict()
        cue = groups.get("verb")
        if groups.get("pronoun"):
            if cue and cue.lower().startswith("add"):
                return previous or people.last_before(span.open), cue
            return people.last_before(span.open) or previous, cue
        who = groups.get("who") or ""
        if who.split()[0].lower() in {"he", "she", "they", "it", "this", "that", "i", "we"}:
            continue
        return _canonical(who, actors, span.open), cue or (
            "according to" if "according" in m.group() else None
        )
    m = _CUE_IN_SENTENCE.search(head)
    if m:
        head_abs = head_end - len(head)
        first = people.first_in(head_abs, head_abs + m.start())
        if first is None and re.match(r"\s*(?:he|she)\b", head, re.I):
            first = people.last_before(head_abs)
        if first is not None:
            return first, m.group("verb") or m.group().split()[0]
    dash = _dash_line(text, span)
    if dash is not None:
        return _canonical(dash, actors, span.open), None
    return None, None


def _dash_line(text: str, span: _Span) -> str | None:
    """The name on a dash line right under a paragraph that is only the quote."""
    para_end = text.find("\n\n", span.close)
    if (
        para_end < 0
        or text[span.close : para_end].strip(" .")
        or not (span.open == 0 or text[span.open - 1] == "\n")
    ):
        return None
    m = _DASH_LINE.match(text, para_end + 2)
    return m.group("who") if m else None
