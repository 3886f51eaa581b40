"""Word lists the fact extractors share: the words that mark a body, an office, a member of
a parliament or a courtesy title in news English (our own lists, wire and BBC style)."""

from __future__ import annotations

import re

from briefing import lexicons

# A name followed by one of these is an organisation ("Hayat Tahrir al-Sham group").
ORG_CUES = lexicons.words("org_cues")

# Words inside a name that make it an organisation ("National Front for Liberation",
# "China Daily", "All-England Club"); our own list from wire style.
ORG_WORDS = frozenset(w.capitalize() for w in ORG_CUES) | lexicons.words("org_words")

# Prepositions after which a city is where something happens, not a team ("in Leeds").
LOCATIVES = lexicons.words("locatives")

# Nouns after a name that make it a parliamentary seat ("the Sheffield Hallam seat").
SEAT_NOUNS = lexicons.words("seat_nouns")


def lower_case_words(text: str) -> set[str]:
    """The words `text` writes in lower case: a capitalised word among them is a common
    word written at the start of a sentence or in a title ("Company" beside "company")."""
    return set(re.findall(r"\b[a-z]+\b", text))


# A US legislator's party and state after the name ("R-S.C.", "D-Calif."): no place, no body.
PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,6}")


def clean_name(text: str) -> str:
    """ "the Black Sea's" -> "Black Sea" """
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip()


# Head words of organisation names that go on with "for", "of" or "on" and a name the
# tagger cuts off ("Commission for Africa", "Department for Education and Skills").
ORG_HEADS = lexicons.words("org_heads")

# Heads that end the name of a body, never a person's name or an office ("Simon
# Wiesenthal Center", not "Home Secretary").
BODY_HEADS = ORG_HEADS - {"Secretary", "Commissioner", "Duchy"}

# Capitalised job titles that end a name: "Lord Chancellor", "Home Secretary", "Foreign
# Minister" name an office, not a body or a place (our own list, wire style).
JOB_TITLES = lexicons.words("job_titles")

# Letters after a party that name a member, not a body ("Labour MP for Hornsey").
MEMBER_WORDS = lexicons.words("member_words")

# Courtesy and noble titles that start a person's name inside a longer span ("Tory Lord
# Campbell", "Liberal Democrat peer Lord Carlile").
PERSON_TITLES = lexicons.words("person_titles")


# Words of offices a title opens ("Lord Advocate", "Lord Chief Justice", "Lord Privy Seal").
OFFICE_WORDS = lexicons.words("office_words")
