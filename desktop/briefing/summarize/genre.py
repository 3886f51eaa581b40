"""Is this text news? News puts its summary first; speeches, reports and essays do not.

News reports what people said and did, and when, in the third person: reporting verbs and
dates are frequent and the writer rarely says "I", "we" or "you" outside quotation marks. A
speech or an essay addresses its audience and argues in its own voice. `auto` opens news
with its lede and summarises other text by centrality.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from briefing.model import Doc

# Reporting verbs and attributions of news writing ("said", "told reporters", "according to").
_REPORTING = re.compile(
    r"\b(?:said|says|told|according to|announced|added|reported|confirmed|denied|claimed)\b"
)
_VOICE = re.compile(r"\b(?:i|we|our|us|my|me|you|your|ours)\b")
# Quoted stretches are the speakers' voice, not the writer's; an apostrophe inside ("I’m")
# is followed by a letter, a closing mark is not.
_QUOTED = re.compile(r"[\"“][^\"“”]{0,600}[\"”]|(?<!\w)[‘'].{0,600}?[’'](?!\w)", re.S)
# Thresholds chosen on news (BBC, CNN, Daily Mail, PolNeAR, IEER) against speeches (State of
# the Union) and non-news prose (Brown's learned, belles-lettres, religion and government
# files); `python -m evaluation.genre` prints the confusion table.
MIN_REPORTING = 0.05  # share of sentences with a reporting verb
MIN_TIMELY = 0.08  # share of sentences with a weekday, month or "yesterday"
MAX_VOICE = 0.05  # first- and second-person words per word, outside quotations


# News dates its events: weekdays, months, "yesterday", "last week", "ago".
_TIMELY = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|tonight|last (?:week|month|year)"
    r"|(?:jan|febr)uary|march|april|june|july|august|(?:sept|nov|dec)ember|october|ago)\b"
)


@dataclass(frozen=True)
class Signals:
    reporting: float
    voice: float
    timely: float


def signals(doc: Doc) -> Signals:
    """The measures `is_news` reads."""
    sentences = doc.sentences
    if not sentences:
        return Signals(0.0, 0.0, 0.0)
    lower = doc.text.lower()  # one pass per pattern over the text, no case folding in regex
    starts = [s.start for s in sentences]

    def share(pattern: re.Pattern[str]) -> float:
        hit = {bisect_right(starts, m.start()) for m in pattern.finditer(lower)}
        return len(hit) / len(sentences)

    own = _QUOTED.sub(" ", lower)
    words = max(1, len(own.split()))
    return Signals(share(_REPORTING), len(_VOICE.findall(own)) / words, share(_TIMELY))


def is_news(doc: Doc) -> bool:
    """News when the text keeps out of its own voice and reports what people said or dates
    what happened.

    A short text (under eight sentences) is read as news: it gives too little to tell, and
    its opening is the safest summary."""
    if len(doc.sentences) < 8:
        return True
    s = signals(doc)
    return s.voice < MAX_VOICE and (s.reporting >= MIN_REPORTING or s.timely >= MIN_TIMELY)
