"""Whether a named speaker is the person a PolNeAR Source means: right, wrong, or unsure.

The first comparison (`evaluation.quote_hows`, kept for its old totals) matches the speaker's
last word against every word of the Source, so "Jo Park Jr." misses "Park", "Ana Berg, the
mayor" and "her adviser, Jo Park," are read as descriptions (any name wrong), a pronoun stands
for the nearest named Source before it of either sex ("she" for "Tom Lund"), and a word of a
Source's aside counts ("Jo Park, a Lund ally" makes "Tom Lund" right). Here a "wrong" row
means a different person:

- a Source's name is its head or an apposition that names someone ("the mayor, Ana Berg"),
  read without courtesy titles, generational suffixes (Jr., III), possessive phrases before it
  ("Lund's aide Jo Park") and asides after it ("of Valby", "who ...");
- a speaker is the Source's person when its surname is among the name's words, or the name's
  last word among the speaker's ("Ms. Acosta" for "Melba Acosta Febo");
- "he" or "she" stands for the nearest named Source before it whose sex does not contradict
  the pronoun's (courtesy title, given name, or the article's own "Mr. Lund"); another speaker
  is wrong when that Source's sex is known and the speaker is not named since it, or when the
  speaker's sex contradicts the pronoun; otherwise "unsure" (PolNeAR links no pronoun to a
  name, so the annotation cannot tell);
- a definite description ("the senator") whose head noun the article writes beside the
  speaker's name ("Sen. Tom Lund", "Lund, the senator") is "unsure"; any other description
  ("a protester", "his aide") makes a named speaker wrong, as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import lexicons
from briefing.facts.gazetteer import first_name
from briefing.facts.quotes.genders import name_gender, shared_name_gender, title_gender

_SUFFIXES = {s.rstrip(".").lower() for s in lexicons.words("name_suffixes")}
_TITLES = {t.lower() for t in lexicons.words("name_titles")}
_COURTESY = {t.rstrip(".").lower() for t in lexicons.words("courtesy_titles")}
_JOB_TITLES = {t.lower() for t in lexicons.words("job_titles")}
# Words opening a Source that describes rather than names ("the senator", "two aides").
_DESCRIBING = (
    lexicons.words("source_determiners")
    | lexicons.words("anonymous_source_words")
    | set(lexicons.table("number_words"))
)
_CONNECTIVES = {"of", "and", "the", "&"}  # inside a name: "Bank of Valby"
_RELATIVES = {"who", "which", "that"}
_GENDERED = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_PRONOUNS = set(_GENDERED) | {"they", "them", "it", "we", "i", "you"}
_VERBS = lexicons.words("reporting_verbs")
_DOCUMENTS = lexicons.words("source_document_nouns")
# A name written right before a relative pronoun: `Jo Park, who`, `Sen. Jo Park (D), who`.
_NAME_BEFORE = r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)\s*(?:\([^()]{0,20}\))?\s*,?\s*$"
# Where a name's aside begins: "Jo Park (D)", "Jo Park who", "Jo Park at Norbank".
_ASIDE = r"\(|\bwho\b|\bwhose\b|\b(?:at|in|for|from|with|on|to|by)\b(?=\s+[A-Z])"
_WORD = re.compile(r"[\w’'.-]+")


@dataclass(frozen=True)
class Gold:
    """A Source read for comparison: kind "name", "pronoun", "description" or "none"; `name`
    the name it gives (for a pronoun, the name it stands for, or "")."""

    kind: str
    source: str = ""
    name: str = ""
    sure: bool = False  # a pronoun's name: the Source's sex is known and matches
    start: int = -1  # where that name's Source is written
    nearer: tuple[str, ...] = ()  # a pronoun's named Sources of unknown sex before its name


def _clean(word: str) -> str:
    return re.sub(r"[’']s$", "", word.strip('.,;:"“”()')).strip(".")


def name_words(name: str) -> list[str]:
    """The words of a name without titles, suffixes, initials or a possessive:
    "Sen. Jo R. Park Jr.'s" -> ["Jo", "Park"]."""
    out = []
    for raw in _WORD.findall(name):
        w = _clean(raw)
        low = w.lower()
        if not w or low in _SUFFIXES or low in _TITLES or low in _COURTESY or len(w) == 1:
            continue
        out.append(w)
    return out


def surname(name: str) -> str:
    """The last word of a name, suffixes and titles left out: "Jo Park III" -> "Park"."""
    words = name_words(name)
    return words[-1] if words else ""


def _head(part: str) -> str:
    """A Source part without its aside: "Jo Park of Valby" -> "Jo Park", "Jo Park, who" -> ...;
    "Secretary of State Jo Park" keeps its "of" (a title before it)."""
    part = re.split(r"\(|\bwho\b|\bwhose\b|\b(?:at|in|for|from|with|on|to|by)\b(?=\s+[A-Z])", part)[
        0
    ]
    m = re.search(r"\s+of\s+", part)
    if (
        m
        and part[: m.start()].split()[-1:]
        and part[: m.start()].split()[-1].lower() not in (_JOB_TITLES)
    ):
        part = part[: m.start()]
    return part.strip(" ,")


def _as_name(part: str) -> str:
    """The name `part` gives, or "": it ends in a capitalised word; after a possessive only
    what follows counts ("Lund's aide Jo Park"), a possessive alone is its owner ("Lund's");
    a determiner and the lower-case words after it are no name ("the writer Jo Park", "the
    Valby Post"), and the rest must be capitalised words only ("the Valby senator" is none)."""
    part = _head(re.split(r"[\"“”]", part)[0])
    possessive = list(re.finditer(r"[’']s\b", part))
    if possessive:
        after = part[possessive[-1].end() :].strip(" ,.")
        part = after or part[: possessive[-1].start()]
    words = part.split()
    if words and words[0].lower() in _DESCRIBING:
        while words and not words[0][:1].isupper() or words and words[0].lower() in _DESCRIBING:
            words = words[1:]
        if not all(w[:1].isupper() or w.lower() in _CONNECTIVES for w in words):
            return ""
    if not words or len(words) > 8 or words[-1].lower().strip(".,") in _PRONOUNS:
        return ""
    part = " ".join(words)
    return part if name_words(part) and words[-1][:1].isupper() else ""


def name_of(source: str) -> str:
    """The name a Source gives: its head, else the first apposition that names someone
    ("her adviser, Jo Park," -> "Jo Park"); "" for a description."""
    parts = [p for p in source.split(",") if p.strip()]
    head = _as_name(parts[0]) if parts else ""
    if head:
        return head
    return next((n for p in parts[1:] if (n := _as_name(p))), "")


def same_person(speaker: str, name: str) -> bool:
    """Whether `speaker` is the person `name` names: the speaker's surname among the name's
    words, or the name's last word among the speaker's ("Ms. Acosta", "Melba Acosta Febo")."""
    gold = name_words(name)
    ours = name_words(speaker)
    if not gold or not ours:
        return False
    return ours[-1] in gold or gold[-1] in ours


def _trailing_run(words: list[str]) -> list[str]:
    """The capitalised words ending a name: "former Secretary of State Jo Park" -> "State Jo
    Park"."""
    run: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        run.insert(0, w)
    return run


def gender_of(name: str, text: str) -> str | None:
    """A person's sex where the name or the article settles it: a courtesy title in the name,
    the given name of a full name, or for a surname alone the article's "Mr. Park" / "Ana
    Park" (one sex only; a family of both leaves it open)."""
    for raw in _WORD.findall(name):
        if g := title_gender(raw):
            return g
    words = name_words(name)
    run = _trailing_run(words)
    if len(run) >= 2:  # the given name opening the name: "Norbank chief Jo Park" -> "Jo"
        given = next((w for w in run[:-1] if first_name(w)), None)
        return (name_gender(given) or shared_name_gender(f"{given} {run[-1]}")) if given else None
    if not words:
        return None
    found = set()
    for m in re.finditer(r"\b([A-Z][a-z]+)\.?\s+" + re.escape(words[-1]) + r"\b", text):
        if g := title_gender(m.group(1)) or name_gender(m.group(1)):
            found.add(g)
    return found.pop() if len(found) == 1 else None


def gold_person(text: str, source: tuple[int, int] | None, sources: list[tuple[int, int]]) -> Gold:
    """The Source at `source` read for comparison; `sources` are every Source span of the
    article (the chain a pronoun is resolved in)."""
    if source is None:
        return Gold("none")
    said = text[source[0] : source[1]]
    if name := name_of(said):
        return Gold("name", said, name, True, source[0])
    pronoun = said.strip().lower()
    if pronoun in _RELATIVES:  # `Jo Park, who said`: the name right before
        before = re.search(_NAME_BEFORE, text[max(0, source[0] - 120) : source[0]])
        return Gold("name", said, before.group(1), True) if before else Gold("unreadable", said)
    first = pronoun.split()[0] if pronoun else ""
    if pronoun not in _PRONOUNS:
        if len(pronoun) < 3 or first in _VERBS or first in ("according", "here", "there"):
            return Gold("unreadable", said)  # a Cue or an adverb marked as the Source
        return Gold("description", said)
    wanted = _GENDERED.get(pronoun)
    nearer: list[str] = []  # named Sources of unknown sex between the pronoun and its name
    for s, e in sorted((s for s in sources if s[0] < source[0]), reverse=True):
        name = name_of(text[s:e])
        sex = gender_of(name, text) if name else None
        if not name or wanted and sex not in (None, wanted):
            continue
        if wanted is None or sex == wanted:
            return Gold("pronoun", said, name, wanted is not None and not nearer, s, tuple(nearer))
        nearer.append(name)
    return Gold("pronoun", said, nearer=tuple(nearer))


def _last_mention(name: str, text: str, end: int) -> int:
    """Where the article last writes `name`'s surname before `end` (-1 if never)."""
    last = surname(name)
    found = [m.start() for m in re.finditer(r"\b" + re.escape(last) + r"\b", text[:end])]
    return found[-1] if last and found else -1


def same_role(description: str, speaker: str, text: str) -> bool:
    """Whether the article writes a definite description's head noun beside the speaker's
    name ("the senator" and "Sen. Jo Park" or "Park, the senator"): the description may be
    the speaker."""
    words = _head(description.split(",")[0]).split()
    last = surname(speaker)
    if len(words) < 2 or words[0].lower() != "the" or not last:
        return False
    head = words[-1].lower()
    if not head.isalpha():
        return False
    titles = [t for t in _TITLES if len(t) >= 3 and head.startswith(t)]
    role = "|".join([re.escape(head)] + [re.escape(t) + r"\.?" for t in titles])
    name = re.escape(last)
    before = rf"(?i:\b(?:{role}))\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}{name}\b"
    after = rf"\b{name},\s+(?:the|a|an)\s+(?:[\w.’'-]+\s+){{0,4}}(?i:{re.escape(head)})\b"
    return re.search(before, text) is not None or re.search(after, text) is not None


def judge(speaker: str | None, gold: Gold, text: str, at: int) -> str:
    """ "right", "wrong", "unsure" or "none" for a speaker against a gold Source read by
    `gold_person`; `at` is where that Source is written (-1 if none)."""
    if speaker is None:
        return "none"
    if gold.kind == "name":
        return "right" if same_person(speaker, gold.name) else "wrong"
    if gold.kind == "pronoun":
        wanted = _GENDERED.get(gold.source.strip().lower())
        theirs = gender_of(speaker, text)
        if wanted and theirs and theirs != wanted:
            return "wrong"
        chain = gold.nearer + ((gold.name,) if gold.name else ())
        if (
            chain
            and same_person(speaker, chain[0])
            or gold.name
            and same_person(speaker, gold.name)
        ):
            return "right"
        if any(same_person(speaker, n) for n in chain):
            return "unsure"
        # The pronoun's name is sure; the speaker is another, unless written more recently.
        if gold.sure and _last_mention(speaker, text, at) < _last_mention(gold.name, text, at):
            return "wrong"
        return "unsure"
    if gold.kind == "unreadable":
        return "unsure"
    if gold.kind == "description" and _document(gold.source):
        return "unsure"  # `the Norbank report said`: the words of whoever it records
    if gold.kind == "description" and _definite(gold.source):
        return "right" if same_role(gold.source, speaker, text) else "unsure"
    return "wrong"


def _definite(description: str) -> bool:
    """ "the senator", "The Valby group": a description that may be a person named before;
    not "a protester", "his aide", "the mayor's aide" (another person than the one named)."""
    words = description.split()
    return bool(words) and words[0].lower() == "the" and not re.search(r"[’']s\b", description)


def _document(description: str) -> bool:
    """ "a Valby council report", "the statement": a document, whose words may be a
    person's it records or the body's that wrote it."""
    head = _head(description.split(",")[0]).split()
    return bool(head) and head[-1].lower().rstrip("s") in _DOCUMENTS
