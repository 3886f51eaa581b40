"""Which persons of an article are "he" and which "she", so a pronoun ("she said") is only
ever resolved to someone it can refer to.

Evidence, strongest first: a courtesy title before a mention (Mr, Mrs, Ms), the pronoun the
article itself uses right after naming the person (`Lund said she would…`), the given name
(a data file derived from NLTK's names corpus; names given to both sexes are left out).
A person with no evidence, or contradicting evidence, has no gender.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.facts import lexicons

MALE, FEMALE = "m", "f"
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+$")
_TITLE_GENDER = {
    "Mr": MALE,
    "Sir": MALE,
    "Lord": MALE,
    "Mrs": FEMALE,
    "Ms": FEMALE,
    "Miss": FEMALE,
    "Dame": FEMALE,
    "Lady": FEMALE,
}
# Subject pronouns only: an object (`Lund scolded him`) is most often somebody else.
_PRONOUN = re.compile(r"\b(he|himself|she|herself)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"‘'])|\n|[“\"”]")
# How far after a mention its pronoun is looked for (same sentence only).
REACH = 120

Mention = tuple[int, int, str]  # start, end, canonical name


def given_names() -> dict[str, str]:
    """Lower-case given name -> "m" or "f"."""
    return lexicons.table("given_name_genders")


def pronoun_gender(word: str) -> str | None:
    """ "he" -> "m", "she" -> "f", anything else (they, it) None."""
    return {"he": MALE, "she": FEMALE}.get(word.lower())


def genders(text: str, mentions: Iterable[Mention]) -> dict[str, str]:
    """Canonical name -> gender, for the persons the evidence settles."""
    ordered = sorted(mentions)
    votes: dict[str, list[int]] = {}  # name -> [male, female] weighted votes
    titled: dict[str, set[str]] = {}
    for k, (start, end, name) in enumerate(ordered):
        tally = votes.setdefault(name, [0, 0])
        m = _TITLE_BEFORE.search(text, max(0, start - 8), start)
        if m:
            titled.setdefault(name, set()).add(_TITLE_GENDER[m.group(1)])
        # The first pronoun after the mention, in its sentence and before anyone else is
        # named: `Lund said she would stay` (but not `Lund thanked Berg, who said he…`).
        limit = min(len(text), end + REACH)
        if k + 1 < len(ordered):
            limit = min(limit, ordered[k + 1][0])
        stop = _SENTENCE_END.search(text, end, limit)
        if stop is not None:
            limit = stop.start()
        p = _PRONOUN.search(text, end, limit)
        if p is not None and text[end : end + 2] not in ("'s", "’s"):  # Lund's son said he
            word = p.group(1).lower()
            tally[0 if word in ("he", "himself") else 1] += 1
    names = given_names()
    out: dict[str, str] = {}
    for name, (male, female) in votes.items():
        titles = titled.get(name, set())
        if len(titles) == 1:
            out[name] = next(iter(titles))
            continue
        if titles:
            continue  # Mr and Ms for one name: two people merged, no gender
        first = name.split()[0].lower().strip(".")
        by_name = names.get(first)
        if male > female and by_name != FEMALE:
            out[name] = MALE
        elif female > male and by_name != MALE:
            out[name] = FEMALE
        elif male == female and by_name:
            out[name] = by_name
    return out
