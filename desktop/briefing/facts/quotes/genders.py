"""Which persons of an article are "he" and which "she", so a pronoun ("she said") is only
ever resolved to someone it can refer to.

Evidence, strongest first: a courtesy title before a mention (Mr, Mrs, Ms), the given name
(a data file derived from NLTK's names corpus; names given to both sexes are left out), the
pronoun the article itself uses right after naming the person (`Lund said she would…`, or
with none there a spouse, `Lund said her husband…`; twice as often as the other). A person
with no evidence, or titles of both sexes (two people merged into one name), has no gender.
A name given to both sexes that our training copy settles (Hillary) is weaker still: it
never takes a rival out of a pronoun's reach.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing import lexicons
from briefing.facts.gazetteer import first_name

MALE, FEMALE = "m", "f"
MERGED = "?"  # titles of both sexes: two people under one name
_TITLE_GENDER = lexicons.table("title_genders")  # "Mrs" -> FEMALE
GIVEN_NAMES = lexicons.table("given_name_genders")  # lower-case given name -> MALE or FEMALE
# Names on both lists that our training copy settles (Hillary); see shared_name_gender.
SHARED_NAMES = lexicons.table("shared_name_genders")
# The patterns of gender_patterns.txt by key.
_P = lexicons.keyed("gender_patterns", TITLES="|".join(map(re.escape, _TITLE_GENDER)))
# How far after a mention its pronoun is looked for (same sentence only).
REACH = 120

Mention = tuple[int, int, str]  # start, end, canonical name


def title_gender(word: str) -> str | None:
    """ "Mrs." -> "f", "Mr" -> "m", anything else None."""
    return _TITLE_GENDER.get(word.rstrip("."))


def name_gender(name: str) -> str | None:
    """The gender the names table files for the given name opening `name` ("Ana Berg" ->
    "f"), else None."""
    return GIVEN_NAMES.get(name.split()[0].lower())


def shared_name_gender(name: str) -> str | None:
    """The gender our training copy settles for a full name opening with a given name of
    both sexes ("Hillary Berg" -> "f"), else None: evidence a person can be "she", not
    that they cannot be "he"."""
    # A given name and a surname, maybe a middle name; a longer run (`Chris Berg Meets Ana
    # Lund`, a headline read as one name) is no one's name.
    first, _, rest = name.partition(" ")
    return SHARED_NAMES.get(first.lower()) if 1 <= len(rest.split()) <= 2 else None


def woman_titled_man(title: str | None, name: str) -> bool:
    """Whether `title` ("Mrs.", "Ms") is a woman's and `name` opens with a given name the table
    files as a man's: `Mrs. Berg` is not Tom Berg. Not the converse: the names table files men's
    names of other languages as women's."""
    return title_gender(title or "") == FEMALE and name_gender(name) == MALE


def pronoun_gender(word: str) -> str | None:
    """ "he" -> "m", "she" -> "f", anything else (they, it) None."""
    return {"he": MALE, "she": FEMALE}.get(word.lower())


def given_names_before(surname: str, text: str) -> list[str]:
    """The given names `text` writes right before `surname` (`Ann Clinton`): a one-word name
    so written is a surname."""
    found = re.findall(r"\b([A-Z][a-z]+)\s+" + re.escape(surname) + r"\b", text)
    return [g for g in found if first_name(g)]


def title_at(text: str, mention: Mention) -> str:
    """The courtesy title before a mention, or opening it when the name is read without it
    (`Prince Jo Lund`, the name "Jo Lund"), else ""."""
    start, end, name = mention
    opening = text[start:end].split(maxsplit=1)[:1]
    title = opening[0].rstrip(".") if opening and opening[0] != name.split()[0] else ""
    m = _P["title_before"].search(text, max(0, start - 10), start)  # "Princess "
    return m.group(1) if m else title


def pronoun_after(text: str, end: int, following: int) -> str | None:
    """The sex of the first pronoun after a mention ending at `end`, in its sentence and
    before `following` (where anyone else is named): `Lund said she would stay` (but not
    `Lund thanked Berg, who said he…`), else None."""
    limit = min(len(text), end + REACH, following)
    stop = _P["sentence_end"].search(text, end, limit)
    reach = stop.start() if stop else limit
    p = _P["pronoun"].search(text, end, reach) or _P["spouse"].search(text, end, reach)
    p = p or _P["who_possessive"].match(text, end, reach)
    p = p or _P["verb_possessive"].match(text, end, reach)  # "Lind watched from her yard"
    if p is None or text[end : end + 2] in ("'s", "’s"):  # Lund's son said he
        return None
    return MALE if p.group(1).lower() in ("he", "himself", "his") else FEMALE


def genders(text: str, mentions: Iterable[Mention], given: bool = True) -> dict[str, str]:
    """Canonical name -> gender ("m", "f", or "?" for two people merged under one name), for
    the persons the evidence settles; the given names left out unless `given`."""
    ordered = sorted(mentions)
    votes = {name: [0, 0] for *_, name in ordered}  # name -> [male, female] weighted votes
    titled: dict[str, set[str]] = {}
    for k, (start, end, name) in enumerate(ordered):
        if gender := _TITLE_GENDER.get(title_at(text, (start, end, name))):
            titled.setdefault(name, set()).add(gender)
        following = ordered[k + 1][0] if k + 1 < len(ordered) else len(text)
        if said := pronoun_after(text, end, following):
            votes[name][0 if said == MALE else 1] += 1
    out: dict[str, str] = {}
    for name, (male, female) in votes.items():
        # Mr and Mrs for one name: two people, no pronoun is theirs.
        titles = titled.get(name, set())
        by_title = MERGED if len(titles) > 1 else next(iter(titles), None)
        # A one-word name written after a given name (`Ann Clinton`) is a surname.
        surname = " " not in name and bool(given_names_before(name, text))
        given_name = GIVEN_NAMES.get(name.split()[0].lower().strip("."))
        by_name = None if surname or not given else given_name
        by_pronoun = MALE if male >= 2 * female + 1 else FEMALE if female >= 2 * male + 1 else None
        # `Hillary Berg… he said`: the article's pronouns against the sex our copy settles for
        # a given name of both sexes; likely two people under one name (`Clinton`, husband
        # and wife), as with titles of both sexes: no pronoun is theirs.
        if by_pronoun and shared_name_gender(name) not in (None, by_pronoun):
            by_pronoun = MERGED
        if gender := by_title or by_name or by_pronoun:
            out[name] = gender
    return out
