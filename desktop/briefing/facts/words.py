"""Word lists the fact extractors share: the words that mark a body, an office, a member of
a parliament or a courtesy title in news English (our own lists, wire and BBC style)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from briefing import lexicons

# A name followed by one of these is an organisation ("Hayat Tahrir al-Sham group").
ORG_CUES = lexicons.words("org_cues")

# Words inside a name that make it an organisation ("National Front for Liberation",
# "China Daily", "All-England Club"); our own list from wire style.
ORG_WORDS = frozenset(w.capitalize() for w in ORG_CUES) | lexicons.words("org_words")

# Words written in lower case and rarely inside a name in the NER corpora ("interview",
# "goes"): a capital does not make them a name (resources/lexicons/common_words.txt).
COMMON = lexicons.words("common_words")

# Prepositions after which a city is where something happens, not a team ("in Leeds").
LOCATIVES = lexicons.words("locatives")

# Nouns after a name that make it a parliamentary seat ("the Sheffield Hallam seat").
SEAT_NOUNS = lexicons.words("seat_nouns")

# Generational suffixes that end a person's name ("Jr.", "III"): no surname, no place.
NAME_SUFFIXES = lexicons.words("name_suffixes")

# The last words of firms' names by their trade or goods ("Films", "Savings"): no person's
# name ends in one; read by kinds, untagged, spans, places and actors.
FIRM_TRADES = lexicons.words("firm_trade_ends")

# Small words inside names ("Department for Education and Skills", "Banque du Liban"): those of
# untagged's runs (body_runs.txt) and particles; read by kinds and the quote speakers.
BODY_NAME_LINKS = lexicons.words("body_name_links")

# Nouns after a place that make it a region, whatever else shares its name ("Idlib province").
REGION_NOUNS = lexicons.words("region_nouns")
# Nouns that head an apposition naming a place ("Varnia, the seceded province"), never a role.
PLACE_NOUNS = REGION_NOUNS | lexicons.words("place_apposition_nouns")

# A dateline opening a story: a place name in capitals, then a region, an agency or a date
# ("MILWAUKEE 1996-08-28", "ANKARA (Reuters) -", "VALBY, Norland (AP) _"). Compiled here
# once, for kinds (its words name no actor) and the quotes (a group opening the story).
STORY_DATELINE = lexicons.pattern("story_datelines")


@lru_cache(maxsize=4)
def lower_case_words(text: str) -> frozenset[str]:
    """The words `text` writes in lower case: a capitalised word among them is a common
    word written at the start of a sentence or in a title ("Company" beside "company").
    Cached for the last few texts: kinds, places, actors and untagged each read them."""
    return frozenset(re.findall(r"\b[a-z]+\b", text))


def verb_in(word: str, verbs: frozenset[str], ends: tuple[str, ...] = ("", "s", "d", "ed")) -> bool:
    """Whether `word` with one of the endings `ends` is one of `verbs`: a list holds one form
    of a verb ("claimed") that the text writes in another ("claim", "claims" less its "s")."""
    return any(word + end in verbs for end in ends)


_INITIAL = re.compile(r"[A-Z]\.")  # compiled once, not per word


def is_initial(word: str) -> bool:
    """A capital letter and its full stop ("K."): an initial inside a name, whatever the
    tagger calls it."""
    return bool(_INITIAL.fullmatch(word))


_NAME_MARKS = re.compile("[-'’]")  # a hyphen or an apostrophe, compiled once


def capitalised(words: list[str]) -> bool:
    """Every word capitalised and made of letters (a hyphen or an apostrophe allowed): "Ann
    Lind-Berg", "Ann O'Hara", as a person's name is written, not "Ann 2" or "the Lind"."""
    return all(w[:1].isupper() and _NAME_MARKS.sub("", w).isalpha() for w in words)


def name_word(word: str) -> bool:
    """A word written as a name's: "Lind", and the Gaelic "McCann" or "MacLeod", whose second
    capital is no acronym's."""
    return word.isalpha() and (word.istitle() or _GAELIC.fullmatch(word) is not None)


_GAELIC = re.compile(r"(?:Mc|Mac)[A-Z][a-z]+")


# A US legislator's party and state after the name ("R-S.C.", "D-Calif.", or in older wire
# style "D., Mass."): no place, no body, no person (resources/lexicons/party_state.txt).
PARTY_STATE = lexicons.keyed("party_state")["after_name"]


# The possessive endings a name may carry: "Jones'", "Black Sea's".
_POSSESSIVE_END = re.compile(r"’?'?(?:’s)?(?:'s)?\Z")


@lru_cache(maxsize=4096)  # asked of each name some twenty times a document
def clean_name(text: str) -> str:
    """ "the Black Sea's" -> "Black Sea" """
    # the ending is six characters at most, and ends in "'", "’" or "s" (most names have none)
    if text.endswith(("'", "’", "s")):
        text = text[:-6] + _POSSESSIVE_END.sub("", text[-6:])
    return (text[4:] if text.lower().startswith("the ") else text).strip()


# Head words of organisation names that go on with "for", "of" or "on" and a name the
# tagger cuts off ("Commission for Africa", "Department for Education and Skills").
ORG_HEADS = lexicons.words("org_heads")

# Heads that end the name of a body, never a person's name or an office ("Simon
# Wiesenthal Center", not "Home Secretary").
BODY_HEADS = ORG_HEADS - lexicons.words("office_heads")

# Words of a body's name, never of a person's: "Front", "Club", "Commission", "Department".
ORG_NAME_WORDS = ORG_WORDS | ORG_HEADS

# Capitalised words that make a name a body's beside those (body_words.txt: "Government",
# "Legislature", "Court"), read by spans, untagged and actors: loaded once.
BODY_WORDS = lexicons.words("body_words")

# Nouns of roles and offices, derived from appositions and premodifiers of names in the NER
# corpora ("secretary", "spokesman"; resources/lexicons/role_nouns.txt).
# The corpora spell "-izer" (American and Oxford style); British copy writes "organiser".
ROLE_NOUNS = lexicons.words("role_nouns")
ROLE_NOUNS |= {w.removesuffix("izer") + "iser" for w in ROLE_NOUNS if w.endswith("izer")}
# Those and the other words of roles ("former", "chief", "constable"): a role before a name.
ROLE_WORDS = lexicons.words("role_words") | ROLE_NOUNS

# Capitalised job titles that end a name: "Lord Chancellor", "Home Secretary", "Foreign
# Minister" name an office, not a body or a place (our own list, wire style).
JOB_TITLES = lexicons.words("job_titles")

# Portfolios that name an office, not its owner: "Energy Minister", "Home Affairs spokesman".
PORTFOLIOS = lexicons.words("portfolios")

# Letters after a party that name a member, not a body ("Labour MP for Hornsey").
MEMBER_WORDS = lexicons.words("member_words")

# Courtesy, noble and short titles that start a person's name inside a longer span ("Tory
# Lord Campbell", "Liberal Democrat peer Lord Carlile", "Sen. Lind").
PERSON_TITLES = lexicons.words("person_titles") | lexicons.words("name_titles")


# Words of offices a title opens ("Lord Advocate", "Lord Chief Justice", "Lord Privy Seal").
OFFICE_WORDS = lexicons.words("office_words")


# Words between two names of one person or place, a cue from resources/lexicons/alias_cues last,
# and the capitalised words of the second name the tagger left out ("aka Big Jo" of "Jo").
_CUES = "|".join(re.escape(w) for w in sorted(lexicons.words("alias_cues")))
_UNTAGGED_LEAD = r"(?-i:(?:[A-Z][\w'’-]*\s+){0,2})"
_RENAMED = re.compile(rf"[^.;!?]{{0,40}}\b(?:{_CUES})[\s\"“'‘]*{_UNTAGGED_LEAD}", re.IGNORECASE)


def renames(text: str, spans: list[tuple[int, int, int]]) -> dict[int, int]:
    """Names (start, end, row) in text order -> the rows that join the row of the name before
    them: "Ann Lind, 30, also known as Jo Vale", "Vestby, formerly Vestholm", "Jo Park - aka
    Big Jo -" with "Jo" tagged alone; not an owner ("Ann Lind, formerly Jo Vale's deputy")."""
    out: dict[int, int] = {}
    for (_, end, a), (start, stop, b) in zip(spans, spans[1:], strict=False):
        owner = text[stop : stop + 2] in ("'s", "’s")
        if a != b and not owner and _RENAMED.fullmatch(text, end, start):
            out[b] = out.get(a, a)
    return out


def word_before_offset(text: str, at: int, window: int) -> str:
    """The last word in the `window` characters before offset `at` ("" where none): the
    places' cue words ("at Valby") and a monarch's title ("Queen Ana II") read it."""
    return (text[max(0, at - window) : at].split() or [""])[-1]


def starts_of(text: str, part: str) -> Iterator[int]:
    """Every offset where `part` starts in `text`, in order, overlapping ones too: a scan by
    `str.find`, cheaper than a pattern compiled for each name."""
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


def sentence_index(starts: Sequence[int], pos: int) -> int:
    """The index of the sentence holding `pos`, given the sentences' start offsets in order
    (-1 before the first): the one lookup every rule that reads "this sentence" shares."""
    return bisect.bisect_right(starts, pos) - 1
