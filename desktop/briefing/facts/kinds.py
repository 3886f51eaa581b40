"""What kind of thing a tagged name is, corrected by news conventions actors and places share.

The entity tagger reads one sentence at a time; the whole article tells more:
- a dateline ("MILWAUKEE 1996-08-28", "ANKARA (Reuters) -") names a place;
- in a sports report a city or state that is not where something happens is a team
  ("Leeds beat Chelsea 2-1", "Boston 5 Baltimore 3"), an organisation;
- a "location" no gazetteer knows is a person when the article names that person
  ("Tarango" after "Jeff Tarango") or it starts with a first name ("Tiger Woods"), and an
  organisation when it is an acronym, holds an organisation word or is tagged so elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise, takewhile

from briefing import lexicons
from briefing.facts import gazetteer, institutions, spans, untagged
from briefing.facts.literals import matches_in, may_match
from briefing.facts.quotes.marks import paragraphs
from briefing.facts.words import (
    BODY_HEADS,
    BODY_NAME_LINKS,
    COMMON,
    FIRM_TRADES,
    JOB_TITLES,
    LOCATIVES,
    MEMBER_WORDS,
    NAME_SUFFIXES,
    OFFICE_WORDS,
    ORG_CUES,
    ORG_HEADS,
    ORG_NAME_WORDS,
    ORG_WORDS,
    PERSON_TITLES,
    PLACE_NOUNS,
    PORTFOLIOS,
    ROLE_NOUNS,
    SEAT_NOUNS,
    STORY_DATELINE,
    capitalised,
    clean_name,
    is_initial,
    lower_case_words,
    name_word,
    starts_of,
)
from briefing.model import Doc, Entity, Sentence, Token
from briefing.nlp import resources
from briefing.nlp.text import POSSESSIVE_MARKS

_ARTICLES = lexicons.words("articles")  # "a", "an", "the"
# Words of sports reports (our own list; an article with several of them and with scores is
# a sports report), and the game words among them, which other reports hardly use.
SPORTS_WORDS = lexicons.groups("sports_words")
# A score: "2-1", "6-4", "32-22" (not a date "1996-08-28", not "1-1/2").
SCORE = re.compile(r"(?<![\d/-])\d{1,3}-\d{1,3}(?![\d/-])")
# A line of a results table or a fixture list: "Minnesota 6 MILWAUKEE 1", "June 14-16 v Kent".
_RESULT_LINE = lexicons.pattern("result_lines", re.M)


def lookup_name(name: str) -> str:
    """The form of `name` the gazetteer knows: "MILWAUKEE" -> "Milwaukee"."""
    shouted = name.isupper() and len(name) > 3 and not gazetteer.candidates(name)
    return name.title() if shouted and gazetteer.candidates(name.title()) else name


def state_form(doc: Doc, e: Entity) -> str | None:
    """A US state's abbreviation ("Kan."), its full stop perhaps read as the sentence's."""
    form = e.text + "." * (doc.text[e.end : e.end + 1] == ".")
    return form if form in gazetteer.US_STATE_ABBREVIATIONS else None


def datelines(doc: Doc) -> list[Entity]:
    """The place of a dateline among the first sentences, as a LOCATION entity."""
    for s, after in zip(doc.sentences[:4], [*doc.sentences[1:5], None], strict=False):
        line = s.text
        if (
            after is not None
            and doc.text[s.end : after.start].strip() == ""
            and after.text[:1] == "("
        ):
            line = doc.text[s.start : after.end]  # "VALBY, Okla. (KVAL) —": cut after the state
        m = STORY_DATELINE.match(line)
        trusted = m and (m.group("tail").strip()[:1].isdigit() or "(" in m.group("tail"))
        if m and (trusted or gazetteer.candidates(lookup_name(m.group("place")))):
            start, end = s.start + m.start("place"), s.start + m.end("place")
            return [Entity("LOCATION", m["place"], start, end, s.index, *s.token_span(start, end))]
    return []


_NAME_PARTS = re.compile(r"[\s-]+")  # the words of a name, hyphens split; compiled once


def _is_org_name(doc: Doc, e: Entity, name: str, org_names: set[str]) -> bool:
    """An acronym, a name before an organisation cue or holding an organisation word, or one
    the tagger reads as an organisation elsewhere."""
    cued = word_after(doc, e).lower() in ORG_CUES or name in org_names
    worded = any(w in ORG_WORDS for w in _NAME_PARTS.split(name))
    return _acronym(doc.sentences[e.sentence], e, name) or cued or worded


def _patient_in(doc: Doc, e: Entity, name: str) -> bool:
    """A hospital someone is in ("recovering in Valby's Harbour Hospital"): the place, as
    CoNLL-2003 tags it; one a patient is flown to, or someone works at or is of, is a body."""
    if not name.endswith("Hospital"):
        return False  # most names: no words before to copy
    words = [t.text for t in doc.sentences[e.sentence].tokens[: e.first_token]]
    owned = words[-1:] in (["'s"], ["’s"])  # "in Valby's Harbour Hospital"
    return words[-3 if owned else -1 :][:1] == ["in"]


def _acronym(s: Sentence, e: Entity, name: str) -> bool:
    """Two to five capitals, not in a line in capitals."""
    return name.isalpha() and name.isupper() and 2 <= len(name) <= 5 and not _shouted(s, e)


def _shouted(s: Sentence, e: Entity) -> bool:
    """A word in capitals beside another word in capitals ("IN ANY MEDIA", "THE MANY")."""
    near = [t.text for t in s.tokens[max(0, e.first_token - 1) : e.end_token + 1]]
    return sum(w.isalpha() and w.isupper() and len(w) > 1 for w in near) > 1 or s.text.isupper()


def _is_person_name(name: str, person_words: set[str]) -> bool:
    words = name.split()
    # "Bay County", "Kara Strait": a place's last word makes no person, but "Jo Park" may be;
    # nor does a place's first word ("Camp Valby")
    if words[-1] in _PLACE_TAILS or len(words) > 1 and words[0] in _PLACE_HEADS:
        return words[-1] in _TAILS["surname"] and name in person_words
    if len(words) > 1 and words[-1] in _TAILS["club_or_town"]:
        return False  # "Marlow Town": a club or a town, never a person
    named = 2 <= len(words) <= 3 and gazetteer.first_name(words[0]) and not words[0].isupper()
    named = named and not BODY_TAILS.intersection(words) and not _congregation(words)
    return name in person_words or named


_TEAM_NOUNS = lexicons.words("team_nouns")


def _is_town(doc: Doc, e: Entity, name: str, strict: bool = True) -> bool:
    """A sea or region the gazetteer knows, or a city after "in", "at", "near"... (not a
    country: the fact sheet reads a country that acts as a state actor). Outside sports
    reports, a city the tagger reads as a place elsewhere in the article (`strict` False:
    "Blackpool will get the spring conference" after "in Blackpool")."""
    name = lookup_name(name)  # as the gazetteer writes it: "MILWAUKEE" -> "Milwaukee"
    known = gazetteer.candidates(name)
    town = bool(known) and not any(k.type == "country" for k in known)
    # A venue heading a scorecard: "Tunbridge Wells: Kent 108-3".
    located = word_before(doc, e).lower() in _PLACED_AFTER or word_after(doc, e) == ":"
    located |= _modifier(doc, e, known)
    return town and (name in gazetteer.FEATURES or located or not strict)


def _modifier(doc: Doc, e: Entity, known: tuple[gazetteer.Known, ...], towns: bool = True) -> bool:
    """A region or a city of 100,000 as modifier ("a Valby court", "the Valby side" of a
    county; not a town's club, nor "the Paramount studios" of a small namesake; `towns` False:
    a region only, as in a sports report "a Valby goal" is the club's)."""
    after = doc.sentences[e.sentence].tokens[e.end_token : e.end_token + 1]
    noun = word_before(doc, e) in _ARTICLES and [t.tag for t in after] in (["NN"], ["NNS"])
    if not (noun and known):
        return False
    big = towns and known[0].population >= 100_000 and after[0].text not in _TEAM_NOUNS
    return known[0].type == "region" or big


def _ground(doc: Doc, e: Entity, name: str, name_parts: set[str]) -> bool:
    """In a report of games, a name right after "at" or "in the" is where a game is played
    ("drew at Turf Moor", "a win in the Valby Dome"), unless it is a body's name, holds a
    person's name, or is plural like a team's nickname ("a spell at Hearts")."""
    words = [
        t.text for t in doc.sentences[e.sentence].tokens[max(0, e.first_token - 2) : e.first_token]
    ]
    ground = words[-1:] == ["at"] or words == ["in", "the"] or words == ["at", "the"]
    return ground and _site_name(doc, e, name, name_parts)


def _site_name(doc: Doc, e: Entity, name: str, name_parts: set[str]) -> bool:
    """A name that may be a ground's or a town's: no body's name, no event's ("at the Valby
    Grand Prix"), no person's name in it, and not plural like a team's nickname ("Hearts")."""
    parts = name.split()
    body = _is_org_name(doc, e, name, set()) or parts[-1] in _BODY_LAST
    body |= len(parts) > 1 and parts[-1] in EVENT_TAILS
    named = name_parts.intersection(parts) or not capitalised(parts) or name.endswith("s")
    return not body and not named


def _played_in(doc: Doc, e: Entity, name: str, name_parts: set[str]) -> bool:
    """In a report of games, a name right after "in" is a town where a game is played ("beat
    them 2-1 in Valby"); a club only before its possessive or a noun ("in Valby's colours",
    "in Valby midfield")."""
    after = doc.sentences[e.sentence].tokens[e.end_token : e.end_token + 1]
    owned = bool(after) and (after[0].text in ("'s", "’s") or after[0].tag in ("NN", "NNS"))
    return word_before(doc, e) == "in" and not owned and _site_name(doc, e, name, name_parts)


def _grounds(doc: Doc, name_parts: set[str]) -> set[str]:
    """Names of a sports report's grounds, places at every mention ("visiting the Nou Camp"):
    tagged places named as a ground after "the" ("a win in the Nou Camp"), which a club's name
    does not take; not after "at" alone, as a town's club is away ("drew at Valby")."""
    places = (e for e in doc.entities if e.label == "LOCATION" and word_before(doc, e) == "the")
    return {name for e in places if _ground(doc, e, name := clean_name(e.text), name_parts)}


def _unknown_site(name: str) -> bool:
    """In copy about games, a name ending in a place's last word that no club's name ends in
    and the gazetteer does not know ("the West Coast", "Valby Stadium"): no town's or
    country's team ("Green Bay", "Ivory Coast"), nor a club's ("Queen's Park")."""
    teams = _TAILS["club_or_place"] | _TAILS["team_place"]
    return name.split()[-1] not in teams and not gazetteer.candidates(name)


_TRANSFER_VERBS = lexicons.words("transfer_verbs")  # "joined", "signed"


def _club_left_in_transfer(s: Sentence, first: int) -> bool:
    """A name at token `first` after "from" whose clause moves a player ("joined Valby from
    Loxa Palace", "signed from Loxa County"): the verb at most three words before "from"."""
    if first < 2 or s.tokens[first - 1].text != "from":
        return False
    return any(t.text.lower() in _TRANSFER_VERBS for t in s.tokens[max(0, first - 5) : first - 1])


def _compass_region(name: str) -> tuple[gazetteer.Known, ...]:
    """The region a compass word before a region's name lies in ("East Valshire" in
    Valshire), the gazetteer knowing the region only; not a place's common last word ("West
    Coast", though a region is named "Coast")."""
    first, _, rest = name.partition(" ")
    named = first in spans.COMPASS and rest and rest not in _PLACE_TAILS
    known = gazetteer.candidates(rest) if named else ()
    return known if known[:1] and known[0].type == "region" else ()


def _sided(doc: Doc, e: Entity, name: str) -> bool:
    """ "West Halden", "North Valby": a side of a place opens no person's name; but not a
    name the tagger cut before a capitalised word ("West Side" of "West Side Highway")."""
    sided = " " in name and name.split()[0] in spans.COMPASS
    return sided and not word_after(doc, e)[:1].isupper()


def _bracketed_home(s: Sentence, e: Entity) -> bool:
    """A compass word and a region in brackets after a name ("Jo Park (South Valshire)"): where
    the person comes from, as match previews give a referee's county; no team bears such a name
    in the copy we read (a county's club bears the county's own: "Valshire")."""
    words = [t.text for t in s.tokens]
    bracketed = e.first_token > 1 and words[e.first_token - 1] == "(" and e.end_token < len(words)
    bracketed = bracketed and words[e.end_token] == ")" and words[e.first_token - 2].istitle()
    return bracketed and bool(_compass_region(clean_name(e.text)))


def _venue_town(s: Sentence, e: Entity) -> bool:
    """The town after a venue named after "at" or "in": "(at Lord's Park, Dunmore)"."""
    j = k = e.first_token - 1
    while j > 0 and (s.tokens[j - 1].text[:1].isupper() or s.tokens[j - 1].text in ("'s", "’s")):
        j -= 1
    return 0 < j < k and s.tokens[k].text == "," and s.tokens[j - 1].text.lower() in LOCATIVES


def _listed_venue(s: Sentence, e: Entity) -> bool:
    """A town listed after another that follows "at" or "in" ("defeats in Valby and Holm",
    "in Valby, Arden or Holm"): a venue too, as the list shares its preposition."""
    k = e.first_token - 1
    while k > 0 and s.tokens[k].text in (",", "and", "or"):
        k -= 1
        if not s.tokens[k].text[:1].isupper():
            return False
        while k > 0 and s.tokens[k - 1].text[:1].isupper():
            k -= 1
        k -= 1
        if s.tokens[k].text.lower() in LOCATIVES:
            return True
    return False


def _state_named(name: str) -> bool:
    """A US state's name and "State": its college, or the state ("in Washington State"),
    never a person, though the state's name may be a first name."""
    return name.endswith(" State") and any(map(gazetteer.us_state, gazetteer.candidates(name[:-6])))


# Words beside a town that read it as the place in a sports report (see the file).
_PLACE_READINGS = lexicons.groups("town_place_readings")


# Grounds no club, firm or person is named after ("at Twickenham"): places at every mention.
_SPORTS_GROUNDS = lexicons.words("sports_grounds")


def _town_read_as_place(doc: Doc, e: Entity, name: str, clubs: set[str]) -> bool:
    """A town a sports report names as the place, not its team: before a state ("Valby,
    Kan."), before a place's word ("Valby city", "a Valby native"), after a place's noun and
    "of" ("the population of Norland"), or after "nearby" where the article never writes it
    as a club ("of nearby Valby"; but not beside "beat Valby")."""
    if _before_state(doc, e) or word_after(doc, e) in _PLACE_READINGS["after"]:
        return True
    if _after_town_state(doc, e):
        return True
    words = words_before(doc, e, 2)
    if words[-1:] == ["of"]:
        return words[0] in _PLACE_READINGS["of"]
    return words[-1:] != [] and words[-1].lower() in _PLACE_READINGS["before"] and name not in clubs


_FORCE_NOUNS = lexicons.words("town_force_nouns")  # "police" of "Dunford police said"


_PAPER_HEADS = lexicons.words("publication_heads")


def _force_named(name: str) -> bool:
    """ "West Mercia Police": a name of two words or more ending in a capitalised police noun
    (town_force_nouns.txt) is the force, never a place; so is one opening with a masthead's
    first word, the paper ("the Daily Harbour")."""
    words = name.split()
    force = words[-1].istitle() and words[-1].lower() in _FORCE_NOUNS
    return len(words) > 1 and (force or words[0] in _PAPER_HEADS)


def _town_before_force(doc: Doc, e: Entity, name: str) -> bool:
    """ "Dunford police said": a name right before a lower-case police noun is the town the
    force serves, a place; a body's name ("Valco security police"), an acronym or a person's
    name of two words ("told Jo Lind police were near") is left as tagged."""
    if word_after(doc, e) not in _FORCE_NOUNS or name.isupper() or e.label == "LOCATION":
        return False
    words = name.split()
    person = e.label == "PERSON" and len(words) > 1
    return not person and not any(w in ORG_WORDS or w in BODY_TAILS for w in words)


def _modifier_only_bodies(doc: Doc) -> set[str]:
    """Names the tagger reads as a body only before a common noun ("the Valby landfill",
    "the Valby meeting") and as a place after a locative elsewhere ("families living in
    Valby"): the place at every mention, as a place's name modifies a noun as a body's does.
    Not a name with a body's word, an acronym, nor one before a cue of bodies ("Valby
    officials")."""
    bodies: dict[str, bool] = {}
    placed: set[str] = set()
    for e in doc.entities:
        name = clean_name(e.text)
        if e.label == "LOCATION" and word_before(doc, e).lower() in LOCATIVES:
            placed.add(name)
        if e.label != "ORGANIZATION":
            continue
        after = doc.sentences[e.sentence].tokens[e.end_token : e.end_token + 1]
        noun = [t.tag for t in after] in (["NN"], ["NNS"]) and after[0].text.islower()
        noun = noun and after[0].text not in ORG_CUES
        bodies[name] = bodies.get(name, True) and noun
    worded = {n for n in bodies if any(w in ORG_WORDS for w in re.split(r"[\s-]+", n))}
    return {n for n, only in bodies.items() if only and n in placed and not n.isupper()} - worded


_COUNCIL_NOUNS = lexicons.words("local_council_nouns")
_TOWN_PREPOSITIONS = lexicons.words("town_prepositions")  # "in Valby", "near Valby"
# The possessive endings of a name ("in Lind's plan"), not a bare apostrophe that may close
# a quotation ("born in Valby'")
_POSSESSIVES = frozenset(m for m in POSSESSIVE_MARKS if m.endswith("s"))


_DWELLERS = lexicons.words("town_dweller_nouns")  # "a Valby resident", "residents of Valby"


def _dwelt_in(doc: Doc, e: Entity, after: str) -> bool:
    """A name its dwellers are named by: "a Valby resident", "residents of Valby"."""
    before = [w.lower() for w in words_before(doc, e, 2)]
    return after in _DWELLERS or len(before) == 2 and before[1] == "of" and before[0] in _DWELLERS


def _town_by_context(doc: Doc, e: Entity, after: str, places: dict[int, list[int]]) -> bool:
    """A name the words around make a town's: its dwellers, a person's hometown, a place noun
    or a tagged place in apposition ("Valby, a market town", "Valby, a town in Norland")."""
    s = doc.sentences[e.sentence]
    return (
        _dwelt_in(doc, e, after)
        or _hometown(s, e)
        or _place_apposition(s, e)
        or _placed_in(doc, e, places)
        or _region_apposed_town(doc, e, places)
    )


def _hometown(s: Sentence, e: Entity) -> bool:
    """A name after a person's age and "of", set off by commas: "Jo Lind, 44, of Valby,"."""
    t = [x.text for x in s.tokens[max(0, e.first_token - 4) : e.end_token + 1]]
    age = len(t) == 6 and t[0] == t[2] == "," and t[1].isdigit() and t[3] == "of"
    return age and t[5] in (",", ".")


TOWN_LINK = lexicons.pattern("town_apposition_links")  # ", a small town in "


def _region_apposed_town(doc: Doc, e: Entity, places: dict[int, list[int]]) -> bool:
    """A name set off by ", in" and a state or region the gazetteer knows, closed by a comma
    or a stop ("the site is Tarrow, in South Norland, which…"): a town there, as Australian
    copy places its towns by state. (A person's one-word name here is a full name's part,
    which `_unlisted_towns` keeps a person's.)"""
    later = [x for x in places.get(e.sentence, []) if x >= e.end]
    if not later or doc.text[e.end : later[0]] != ", in ":
        return False
    region = next(x for x in doc.entities if x.start == later[0] and x.label == "LOCATION")
    known = gazetteer.candidates(clean_name(region.text))
    closed = doc.text[region.end : region.end + 1] in (",", ".")
    return closed and bool(known) and known[0].type == "region"


def _placed_in(doc: Doc, e: Entity, places: dict[int, list[int]]) -> bool:
    """A name set in a tagged place after it by a place noun: "Valby, a town in Norland",
    "Valby, a village in the north of Norland" (`places`: each place name's start, by
    sentence)."""
    later = [x for x in places.get(e.sentence, []) if x >= e.end]
    link = doc.text[e.end : later[0]] if later else ""
    # a place noun in apposition: "Valco, in Norland, said" may be the firm's office, "Lind,
    # in Valby, said" where she spoke
    return link.startswith((", a ", ", an ", ", the ")) and bool(TOWN_LINK.match(link))


def _unlisted_towns(doc: Doc, name_parts: set[str], given: set[str]) -> set[str]:
    """One-word names no gazetteer lists that the article writes as a town: after "in" or
    "near" ("a fire in Valby", not "faith in Lind's plan"), before its council's noun ("the
    Valby council"), beside its dwellers ("Valby residents"), with a place noun in apposition
    ("Valby, a market town,") or as a hometown ("Jo Lind, 44, of Valby,"), never with a first
    name, a title or a saying verb (not "Lind said")."""
    towns: set[str] = set()
    persons: set[str] = set(name_parts | given)
    places: dict[int, list[int]] = {}
    for x in doc.entities:
        if x.label == "LOCATION":
            places.setdefault(x.sentence, []).append(x.start)
    for e in doc.entities:
        name = clean_name(e.text)
        if " " in name or not name.istitle() or e.label not in ("PERSON", "ORGANIZATION"):
            continue
        before, after = word_before(doc, e), word_after(doc, e)
        placed = e.label == "PERSON" and before.lower() in _TOWN_PREPOSITIONS
        council = after in _COUNCIL_NOUNS
        if _role_before(before) or after in untagged.REPORTING_VERBS:
            persons.add(name)
        elif placed and after not in _POSSESSIVES or before.lower() == "the" and council:
            towns.add(name)
        else:  # "Valby residents", "Valby, a market town"
            towns |= {name} if _town_by_context(doc, e, after, places) else set()
    unlisted = {n for n in towns if not gazetteer.candidates(n) and not gazetteer.first_name(n)}
    return unlisted - persons


# Firms named after people ("Goldman Sachs", "Fannie Mae"), which the tagger reads as persons.
EPONYMOUS_FIRMS = lexicons.words("eponymous_firms")


def _eponym_words(text: str) -> set[str]:
    """The proper words of the firms of `EPONYMOUS_FIRMS` the text names ("Warner" of "Warner
    Bros"): alone, the firm's short name, unless a person's full name holds the word."""
    named = (n for n in EPONYMOUS_FIRMS if n in text)
    return {w for n in named for w in n.split() if w.lower() not in COMMON}


def _eponymous_firm(s: Sentence, e: Entity, name: str) -> Entity | None:
    """The firm of `EPONYMOUS_FIRMS` a tagged name is, or ends with its word before ("Time"
    of "Time Warner", which the tagger leaves out): a body, whatever the tagger read."""
    if name.rstrip(".") in EPONYMOUS_FIRMS:
        return replace(e, label="ORGANIZATION")
    before = s.tokens[e.first_token - 1].text if e.first_token else ""
    if f"{before} {name}" in EPONYMOUS_FIRMS:
        return s.entity("ORGANIZATION", e.first_token - 1, e.end_token)
    return None


def _short_bodies(doc: Doc, bodies: set[str], person_words: set[str]) -> set[str]:
    """First words of bodies' names that the article never writes with a first name, a title,
    a role ("midfielder Valco") or a saying verb ("Valco said"): "Valco" alone is "Valco
    Foods", not a person; not of a run of names ("Valco Jo Lind"), a body named for a person
    ("Lind Foundation") nor a name also read as a place ("Valby police")."""
    heads = {w[0] for n in bodies if len(w := n.split()) > 1 and not gazetteer.first_name(w[1])}
    # not a body named for a person ("the Lind Foundation" beside "Lind"): a trade's name
    heads -= {w[0] for n in bodies if (w := n.split())[-1] in ORG_NAME_WORDS - COMPANY_ENDS}
    heads = {h for h in heads if h.istitle() and h.isalpha() and h.lower() not in COMMON}
    heads = {h for h in heads if not gazetteer.first_name(h)}
    titled = {clean_name(e.text) for e in doc.entities if _role_before(word_before(doc, e))}
    # "Lind said" may be a person's surname, but not the head of a firm's name by its trade or
    # form ("Valco Dynamics… Valco said in a statement"): a firm speaks as often as anyone.
    firm_heads = {w[0] for n in bodies if (w := n.split())[-1] in COMPANY_ENDS | FIRM_TRADES}
    # "Lind said"
    titled |= {clean_name(e.text) for e in doc.entities if _speaks(doc, e)} - firm_heads
    placed = {clean_name(e.text) for e in doc.entities if e.label == "LOCATION"}
    return heads - person_words - titled - placed


def _headed_club(name: str) -> bool:
    """A club's first word before a town the gazetteer knows: "Real Madrid", "Sporting
    Lisbon"."""
    head, _, town = name.partition(" ")
    return head in _TAILS["club_head"] and bool(town) and bool(gazetteer.candidates(town))


def _titled_judge(name: str) -> bool:
    """ "Mr Justice Okoro", "Mrs Justice Lind": a British judge's style, a courtesy title and
    "Justice" before the surname, which the tagger reads as a body for "Justice"."""
    words = name.split()
    return len(words) == 3 and words[0].lower() in spans.COURTESY and words[1] == "Justice"


def _club_lead_named(name: str) -> bool:
    """A club's name opening with a word no person's name opens ("FC Valby"), whether or not
    the gazetteer knows the town after it."""
    head, _, rest = name.partition(" ")
    return head in _TAILS["club_lead"] and rest[:1].isupper()


def _shouted_body(name: str, org_names: set[str]) -> bool:
    """ "Valby" beside "VALBY V NORTON", a fixture line in capitals read as a body: one word
    the article also writes in capitals is the same name, and the same body."""
    return " " not in name and name.istitle() and name.upper() in org_names


def _named(name: str) -> bool:
    """Two words or more opening with a first name: "Ann Lind", not "Valencia"."""
    return " " in name and gazetteer.first_name(name.split()[0])


# Words after which a name is where something is or comes from: "in", "to", "from".
_PLACED_AFTER = LOCATIVES | {"from"}


# Last words of bodies' names that no person's name holds ("Council", "School"): derived
# from the NER corpora and MASC.
BODY_TAILS = lexicons.words("body_tails")
_BODY_LAST = BODY_HEADS | BODY_TAILS


_ILLNESSES = lexicons.groups("eponym_conditions")
_ILLNESS = re.compile(r"['’]s\b(\s+(?:" + "|".join(_ILLNESSES["nouns"]) + r")\b)?")


def _common(doc: Doc, e: Entity, name: str, name_parts: set[str], openers: set[str]) -> bool:
    """A person, place or body of one common word ("Sell all you own", "Pictures show"): no
    name, unless a full name of the article holds it (or opens it: "Real" of "Real Madrid",
    "Gift" of "Gift of the Givers"), it follows a body noun ("the charity Shelter"), or the
    gazetteer knows the place or "the" makes it a region ("in the Southwest"); nor is a
    surname before a body's last word ("the Clinton Administration"), nor a person whose
    first and last words are common words and the first no first name ("Fancy Bear", "Way
    Everyone Thinks"; not "Guy Forget")."""
    words = name.split() or [""]
    # "has Alzheimer's", "Wilson's disease": an illness named after someone (not the
    # possessive of a person the article names in full)
    ill = _ILLNESS.match(doc.text, e.end) if len(words) == 1 and name not in name_parts else None
    if ill and (ill[1] or name in _ILLNESSES["names"]):
        return True
    phrase = {words[0].lower(), words[-1].lower()} <= COMMON and not gazetteer.first_name(words[0])
    phrase &= words[-1] not in ORG_HEADS  # "Drug Administration": a body's name the tagger cut
    if e.label == "PERSON" and (phrase if len(words) > 1 else word_after(doc, e) in BODY_TAILS):
        return True
    before = word_before(doc, e)
    opener = e.label == "ORGANIZATION" and (name in openers or word_after(doc, e) == "of")
    if e.text != name.capitalize() or name in name_parts or opener or before in untagged.BODY_NOUNS:
        return False
    place = before == "the" or before in _PLACED_AFTER or gazetteer.candidates(name)
    return name.lower() in COMMON and not (e.label == "LOCATION" and place)


CONNECTIVES = lexicons.words("sentence_connectives")  # "Meanwhile", "However"


def _trimmed(doc: Doc, e: Entity) -> Entity:
    """A person's name with the common word opening the sentence taken in ("Echoing Ann
    Lind's words, ..."): the name alone, when another mention names that person. A name run
    into the adverb or determiner opening the next caption ("Jo Lind Clearly") loses it, and a
    body's name the lower-case word before it ("the federal Office of Soils")."""
    s, words = doc.sentences[e.sentence], e.text.split()
    if (priced := _price_cut(s, e)) is not None:
        e, words = priced, priced.text.split()
    lead = words[0]
    lower = lead.isalpha() and lead.islower() and lead not in _PARTICLES | BODY_NAME_LINKS
    # or a quantifier opening the sentence before it ("Another Valco unit", "Each Norbank branch")
    lower = lower or lead.lower() in QUANTIFIERS or _members_counted(doc, e, words)
    # or a connective opening the sentence ("Meanwhile Valby Farmers said"): no body's word
    lower |= lead.lower() in CONNECTIVES and not word_before(doc, e).isalnum()
    if e.label == "ORGANIZATION" and lower and e.end_token - e.first_token > 1:
        e, words = s.entity(e.label, e.first_token + 1, e.end_token), words[1:]  # "federal"
    tag = _tag_of(words[-1].lower())  # "Clearly", "Another"; not "Alone" of a title
    # and a body's letters their title's adjective: "NFU National" of "NFU National President"
    titled = tag == "JJ" and words[0].isupper() and word_after(doc, e) in JOB_TITLES
    cut = tag == "DT" or tag == "RB" and words[-1][-2:] == "ly" or titled and e.label[0] == "O"
    if e.end_token - e.first_token > 1 and cut:
        e, words = s.entity(e.label, e.first_token, e.end_token - 1), words[:-1]
    person = e.label == "PERSON" and 1 < len(words) == e.end_token - e.first_token
    # the sentence opens, or a quotation, with a common word that is no title or first name
    opens = not word_before(doc, e).isalnum() and words[0].lower() in _COMMON_OPENERS
    common = opens and not (words[0] in PERSON_TITLES or gazetteer.first_name(words[0]))
    others = (x for x in doc.entities if x.start != e.start and x.label == "PERSON")
    if person and common and any(x.text.endswith(words[-1]) for x in others):
        return s.entity("PERSON", e.first_token + 1, e.end_token)
    if _descriptor_led(doc, e, words):
        return s.entity("PERSON", e.first_token + 1, e.end_token)  # "Neighbour Jo Lind"
    return e


def _prefixed_place(s: Sentence, e: Entity) -> Entity | None:
    """A name read as a person's right after a position word that opens places' names
    ("Lower Tana", "Upper Valby"): the place, that word included; None otherwise."""
    if e.label != "PERSON" or e.first_token == 0:
        return None
    if s.tokens[e.first_token - 1].text not in _PLACE_PREFIXES:
        return None
    return s.entity("LOCATION", e.first_token - 1, e.end_token)


_PLACE_PREFIXES = lexicons.words("place_prefixes")
_THE_BODY_PREFIXES = lexicons.words("the_body_prefixes")  # "Old" of "the Old Bailey"


def _the_old_named_body(s: Sentence, e: Entity) -> Entity | None:
    """ "The Old Bailey heard": a name read as a person's right after "the" and "Old" is a
    court's or a house's (which acts as a body), the word included; None otherwise."""
    k = e.first_token
    if e.label != "PERSON" or k < 2 or s.tokens[k - 1].text not in _THE_BODY_PREFIXES:
        return None
    the = s.tokens[k - 2].text.lower() == "the"
    return s.entity("ORGANIZATION", k - 1, e.end_token) if the else None


def _adjective_led_body(doc: Doc, e: Entity) -> Entity | None:
    """ "the Congressional Black Caucus", "the World Jewish Congress": a body's name the
    tagger cut after "the" and capitalised words of no other name, those words included; not
    a country's or a people's adjective ("the French Senate"). None otherwise."""
    s, k = doc.sentences[e.sentence], e.first_token
    if e.label == "LOCATION" or e.text.split()[-1] not in _BODY_ENDS:
        return None
    words, lead = s.tokens, k
    while lead > 0 and k - lead < 2 and words[lead - 1].text.istitle():
        if words[lead - 1].text == "The":
            break
        lead -= 1
    run = words[lead:k]
    if not run or not all(t.tag in ("JJ", "NNP") and t.text.isalpha() for t in run):
        return None
    if lead == 0 or words[lead - 1].text.lower() != "the":
        return None
    if run[0].text in gazetteer.DEMONYMS or gazetteer.group_word(run[0].text):
        return None  # "the Protestant Valby Party": a people's adjective, no part of the name
    tagged = (x for x in doc.entities if x.sentence == e.sentence and x.end_token > lead)
    if any(x.first_token < k for x in tagged):
        return None  # "the Valby Tenants Union" of a place and a body the tagger read apart
    return s.entity("ORGANIZATION", lead, e.end_token)


_PRODUCT_NAME_CUES = lexicons.words("product_name_cues")


def _called_product(s: Sentence, e: Entity, name: str, org_names: set[str]) -> bool:
    """ "The device, called the Corvane Leaf": a body's name after "called" (and "the") that
    opens with a firm's name the story tags alone ("Handset firm Corvane") is its product's,
    no body, unless a body's word or a trade ends it ("called Corvane Foods")."""
    words, k = name.split(), e.first_token
    if e.label != "ORGANIZATION" or len(words) < 2 or words[0] not in org_names:
        return False
    k -= k > 0 and s.tokens[k - 1].text.lower() == "the"
    called = k > 0 and s.tokens[k - 1].text.lower() in _PRODUCT_NAME_CUES
    return called and not _body_end(name) and words[-1] not in FIRM_TRADES


def _role_head(s: Sentence, e: Entity, name: str) -> bool:
    """One word that ends places' or streets' names, alone before a lower-case noun of people
    and a capitalised name ("Harbour master Lena Tarr said"): the first word of her role,
    no place or body."""
    k = e.end_token
    if name not in _PLACE_TAILS or " " in name or k + 1 >= len(s.tokens):
        return False
    role, after = s.tokens[k].text, s.tokens[k + 1].text
    return role in _PEOPLE_NOUNS and after[:1].isupper() and after.isalpha()


def _price_cut(s: Sentence, e: Entity) -> Entity | None:
    """A name run into the price of a deal ("signed winger Jo Lind for £38m"): "for" and a sum
    end no name, so the span stops before them; None when there is no such run."""
    tokens = s.tokens
    for k in range(e.first_token + 1, e.end_token - 1):
        if tokens[k].text == "for" and tokens[k + 1].text[:1] in _CURRENCY_MARKS:
            return s.entity(e.label, e.first_token, k)
    return None


_CURRENCY_MARKS = frozenset("£$€¥₦")
_COUNTS = lexicons.groups("not_a_name_words")["count"]


def _members_counted(doc: Doc, e: Entity, words: list[str]) -> bool:
    """A number word opening the sentence before a body's name of two words or more and a
    plural noun ("Two Valby Port Authority pilots were fired"): it counts the body's people,
    written with a capital only for the sentence's sake."""
    tokens = doc.sentences[e.sentence].tokens
    after = tokens[e.end_token] if e.end_token < len(tokens) else None
    counted = after is not None and after.tag == "NNS" and after.text.islower()
    opens = not word_before(doc, e).isalnum()
    return words[0].lower() in _COUNTS and len(words) > 2 and opens and counted


def _descriptor_led(doc: Doc, e: Entity, words: list[str]) -> bool:
    """A capitalised common word glued before a first name and a surname describes the
    person and is no part of the name: "Neighbour Jo Lind", "by good Samaritan Jo Lind";
    not a first name or title ("Will Jo Lind"), nor a body's or place's name ("Royal Albert
    Hall"). A noun of people ("Retiree Goh Siew Lan", "Advocate Zanele Mthethwa") describes
    the person before a name of two or three words, given name listed or not."""
    n = e.end_token - e.first_token
    if len(words) not in (3, 4) or n != len(words) or not all(map(str.isalpha, words)):
        return False
    lead, given, last = words[0], words[1], words[-1]
    if not all(map(str.istitle, words)) or lead in PERSON_TITLES or gazetteer.first_name(lead):
        return False
    # a noun of people only before a name read as a person's, of no common words
    people = e.label == "PERSON" and lead.lower() in _PEOPLE_NOUNS
    people &= not _TITLE_WORDS.intersection(words[1:]) and not COMMON.intersection(
        w.lower() for w in words[1:]
    )
    if not people and (n != 3 or not gazetteer.first_name(given)):
        return False
    named = last in _NAME_TAILS or gazetteer.candidates(lead)
    before = doc.sentences[e.sentence].tokens[e.first_token - 1] if e.first_token else None
    described = before is not None and before.tag == "JJ" and before.text.islower()
    return not named and (lead.lower() in _COMMON_OPENERS or described or people)


# Nouns of people by role, calling or stage of life ("retiree", "advocate", "striker").
_PEOPLE_NOUNS = ROLE_NOUNS | lexicons.words("person_nouns") | lexicons.words("rare_role_nouns")


@lru_cache(maxsize=8192)  # asked of the same words at each name: no lock taken again
def _tag_of(word: str, default: str = "") -> str:
    """The tagger's one tag of an unambiguous word; the model loads on first use, not when
    this module is imported."""
    return resources.pos_tagger().tagdict.get(word, default)


def national_body(words: list[str]) -> bool:
    """ "Tourism Norland": a name ending in a country's and opening with no first name is a
    national body, whatever the tagger read (no one's surname is a country's name alone)."""
    national = len(words) > 1 and gazetteer.country_name(words[-1])
    return bool(national) and not gazetteer.first_name(words[0])


def _titled_person(name: str) -> bool:
    """ "Lord Bingham", "Sen. Lind", "Lord Nicholls of Birkenhead": a courtesy, noble or
    short title and a surname (with its "of" seat) is a person, not a body."""
    words = name.split()
    rest = words[1:2] if words[2:3] == ["of"] else words[1:]  # a peer's seat: "of Birkenhead"
    titled = 0 < len(rest) <= 3 and words[0].rstrip(".") in PERSON_TITLES
    return titled and capitalised(rest) and not _OFFICE_OR_BODY.intersection(rest)


# Words of a body's name or an office, never of a person's.
_OFFICE_OR_BODY = ORG_NAME_WORDS | JOB_TITLES | OFFICE_WORDS


# First names of the lists that open bodies' names, not people's: "Red Cross".
_BODY_OPENING_GIVEN_NAMES = lexicons.words("body_opening_given_names")


def _named_person(name: str, person_words: set[str], sports: bool) -> bool:
    """ "Marc Dutroux", "Ann O'Hara": a first name, then names that are not places. In a sports
    report, where teams bear such names ("Ross County"), only when the surname is a person's too."""
    # "Tom de la Mare": lower-case particles inside a name are no name words of their own
    words = [w for k, w in enumerate(name.split()) if k == 0 or w not in spans.INNER_PARTICLES]
    # no body's last word ("Harvard Law School", "Park Lane Academy"), no abbreviation for a
    # first name ("LA Galaxy")
    named = 2 <= len(words) <= 3 and not words[0].isupper() and capitalised(words)
    named = named and not BODY_TAILS.intersection(words) and not _body_end(name)
    # "Christ Lutheran Church"; "Morgan Soup", "Marlow Healthcare"
    named = named and not _congregation(words) and not _trade_named(words)
    # a surname that is also a town's ("Ina Lombard", "Ed Wilson") after a first name that
    # names no place; not a region's, a state's or a country's ("Jackson Mississippi")
    named = named and gazetteer.first_name(words[0]) and not gazetteer.candidates(words[0])
    named = named and not any(map(gazetteer.candidates, words[1:-1])) and _town_surname(words[-1])
    named = named and words[0].lower() not in _BODY_OPENING_GIVEN_NAMES  # "Red Crescent"
    # a town's whole name opening with a first name: "Coral Gables", "Elmira Heights"
    named = named and not gazetteer.candidates(name)
    kept = name in person_words or words[-1] in person_words
    return named and (not sports or kept or _unclubbed_full_name(words))


def _town_surname(word: str) -> bool:
    """A surname no place bears, or one whose first reading is a town's ("Lombard")."""
    known = gazetteer.candidates(word)
    return not known or known[0].type == "city"


def _demonym_before_full_name(
    doc: Doc, e: Entity, name: str, person_words: set[str], sports: bool
) -> int:
    """The number of words of a demonym (one or two: "Dutch", "South African") that opens a
    tagged name before a person's full name ("South African Jo Lind", read as one body's or
    person's name): the nationality is no part of her name. 0 when none does. A given name
    the lists lack only in a list or opening a sentence, where a body's name would take "the"
    ("two pilots, South African Robi Byrd and ...")."""
    words = name.split()
    listed = e.first_token == 0 or word_before(doc, e) in _LIST_BREAKS
    for lead in (2, 1):
        if len(words) - lead < 2 or " ".join(words[:lead]) not in gazetteer.DEMONYMS:
            continue
        rest = words[lead:]
        named = _named_person(" ".join(rest), person_words, sports)
        return lead if named or (listed and _unknown_given_name(rest)) else 0
    return 0


_LIST_BREAKS = {",", ";", ":", "and"}


def _unknown_given_name(words: list[str]) -> bool:
    """ "Robi Byrd" after a demonym: two capitalised words, a given name the lists lack and a
    surname, neither a common word, a body's word nor a place ("Dutch Racing Team" stays)."""
    shaped = len(words) == 2 and all(w.isalpha() and w.istitle() for w in words)
    plain = shaped and not any(w.lower() in COMMON or w in BODY_TAILS for w in words)
    return plain and not _body_end(" ".join(words)) and not any(map(gazetteer.candidates, words))


_TEAM_OPENERS = lexicons.words("team_name_openers")


def _unclubbed_full_name(words: list[str]) -> bool:
    """ "Luka Varnek", named once in a sports report: a first name and a surname no team's
    name is built of, as no common word or landform ("Don Valley"), no plural ("Kaizer
    Chiefs"), no letters ("Roda JC") nor a numeral ("Willem II") ends it, and no compass
    word nor a team's opener opens it ("West Brom", "La Liga", "Red Bull")."""
    first, last = words[0], words[-1]
    if first in spans.COMPASS or first.lower() in _TEAM_OPENERS:
        return False
    shaped = last.replace("'", "").replace("-", "").isalpha() and not last.isupper()
    common = last.lower() in COMMON or last.lower() in LANDFORM_NOUNS
    return shaped and not common and not last.endswith("s")


# Two undotted capitals, as a player's or a singer's initials are written ("AP", "TJ").
_TWO_INITIALS = re.compile(r"[A-Z]{2}")
# Dotted capitals that name a place or a body, never a person ("L.A." of "LA Galaxy").
_NOT_INITIALS = lexicons.words("initials_not_names")


def _initialled_person(doc: Doc, name: str) -> bool:
    """ "TJ Varno", "AP Lindqvist": two initials and a surname are a person's name, where the
    letters never stand alone in the story (no firm "KP" of "KP Varno"), name no place ("LA
    Galaxy"), the name never modifies a noun ("KP Varno founder") and the surname is no
    place, no first name ("JP Morgan") and no body's word."""
    words = name.split()
    if len(words) != 2 or not _TWO_INITIALS.fullmatch(words[0]) or not capitalised(words[1:]):
        return False
    letters, surname = words
    if surname.isupper() or surname.lower() in COMMON or gazetteer.first_name(surname):
        return False
    if surname.endswith("s"):
        return False  # maybe a team's nickname, a plural: "AL Falcons"
    bodies = (ORG_NAME_WORDS, BODY_TAILS, FIRM_TRADES)
    if any(surname in words for words in bodies) or name in EPONYMOUS_FIRMS:
        return False
    dotted = "".join(c + "." for c in letters)  # "LA" -> "L.A."
    if dotted in _NOT_INITIALS or gazetteer.candidates(letters) or gazetteer.candidates(surname):
        return False
    followers = [
        s.tokens[k + 1 :]
        for s in doc.sentences
        for k, t in enumerate(s.tokens)
        if t.text == letters
    ]
    alone = any(not after or after[0].text != surname for after in followers)
    return not alone and not any(_modifies_noun(after[1:]) for after in followers)


def _body_not_person(doc: Doc, e: Entity, name: str) -> bool:
    """A span tagged as a person that names a body: it ends in a body head word ("Simon
    Wiesenthal Center"), a company's legal form or a country's name after a word that is no
    first name ("Cricket Norland"), it is an acronym ("MAB said"), or its initials follow it
    in brackets ("Christian Medical Fellowship (CMF)"); people have no acronyms."""
    words, s = name.split(), doc.sentences[e.sentence]
    # "Norbank Ltd"; "Biosecurity Norland", a country's name after no first name
    country = len(words) > 1 and gazetteer.country_name(words[-1]) and not _named(name)
    ended = _body_end(name) or bool(country) or _partners_named(words)
    ended |= len(words) > 1 and words[-1] in FIRM_TRADES  # "Valco Savings", "Tovar Controls"
    initials = ["(", "".join(w[0] for w in words if w[:1].isupper()), ")"]  # "Fellowship (F)"
    bracketed = len(words) > 1 and [t.text for t in s.tokens[e.end_token :][:3]] == initials
    # "Norpress/Valco": two firms or a joint venture, no person's name (but an imprint named
    # for its publisher, "Ana B. Lind/Norpress", may be two bodies or a person and a firm)
    slashed = _SLASHED.search(name) is not None and not any(map(_named, name.split("/")))
    congregation = _congregation(words) and not _speaks_as_person(doc, e)
    people = len(words) > 1 and words[0] in _PEOPLE_OPENERS  # "Ngāti Kahu": an iwi
    # "Western Power said", "Jo Park from Lind Holt Berg says"
    people |= _compass_opened_body(name) | _affiliation_after_person(doc, e, name)
    return ended or _acronym(s, e, name) or bracketed or slashed or congregation or people


def _affiliation_after_person(doc: Doc, e: Entity, name: str) -> bool:
    """A name of two words or more right after a person's name and "from" ("Jo Park from Lind
    Holt Berg says"): where the person works, a body (a law firm named for its founders), as
    no one comes from a person; not a known place ("from Lakes Entrance"), nor an owner's."""
    if word_before(doc, e) != "from" or len(name.split()) < 2 or gazetteer.candidates(name):
        return False
    if word_after(doc, e) in POSSESSIVE_MARKS:
        return False  # "Jo Park from Ana Lind's office"
    k = e.first_token - 1  # the token "from"
    return any(
        x.label == "PERSON" and x.sentence == e.sentence and x.end_token == k for x in doc.entities
    )


_COMPASS_ADJECTIVES = lexicons.words("compass_adjectives")


def _compass_opened_body(name: str) -> bool:
    """ "Western Power", "Northern Rail": a compass adjective is no given name, so two words
    it opens name a body, unless the gazetteer knows them as a place ("Western Cape")."""
    words = name.split()
    opened = len(words) == 2 and words[0] in _COMPASS_ADJECTIVES
    return opened and not gazetteer.candidates(name)


# The first words of names of peoples (resources/lexicons/people_name_openers.txt).
_PEOPLE_OPENERS = lexicons.words("people_name_openers")


def _trade_named(words: list[str]) -> bool:
    """A name ending in a firm's trade or goods ("Morgan Soup", "Valco Savings"): a firm's,
    even after a first name, and no person's."""
    return len(words) > 1 and words[-1] in FIRM_TRADES


# Quotation marks that open a quote or a name, as tokens ("a monkey called `` Rex").
_QUOTE_MARKS = frozenset({"``", "`", "'", '"', "“", "‘"})


def _speaks_as_person(doc: Doc, e: Entity) -> bool:
    """A name after a courtesy title (`Mr Jo Chapel`), or of two words as the subject of a
    reporting verb before a quotation in its sentence (`Jo Chapel told reporters: "…"`): a
    person, as a house of worship speaks in statements, not in words it says (a longer name,
    `Valby Lutheran Church said: "…"`, stays the church's)."""
    tokens = doc.sentences[e.sentence].tokens
    if word_before(doc, e).rstrip(".") in PERSON_TITLES:
        return True
    said = word_after(doc, e) in untagged.REPORTING_VERBS and len(e.text.split()) == 2
    return said and any(t.text in _QUOTE_MARKS for t in tokens[e.end_token :])


_SLASHED = re.compile(r"\w/[A-Z]")
# A book's price after its publisher in a review's note: "(Norpress, $24.95)", "Norpress. $23.50",
# "(Norpress, 240 pages, $19.95)"
_PRICED = re.compile(r"\s*[,.]\s*(?:\d+ pages[,.]\s*)?[$£€]\s?\d")
_NOTE_OPENS = re.compile(r"(?:\(|\bpages\.\s*)$")


def _publisher(doc: Doc, e: Entity) -> bool:
    """A name between a bracket (or a page count) and a price, as a review's publication note
    gives a book's publisher: "(Norpress, $24.95)", "291 pages. Norpress. $23.50"."""
    opens = _NOTE_OPENS.search(doc.text, max(0, e.start - 12), e.start) is not None
    return opens and _PRICED.match(doc.text, e.end) is not None


_CONGREGATIONS = lexicons.words("congregation_ends")


def _congregation(words: list[str]) -> bool:
    """A house of worship's name ("Valby Lutheran Church", "First Baptist Church"), not a
    person's full name with such a surname ("Ann Church", "Jo B. Temple")."""
    if len(words) < 2 or words[-1] not in _CONGREGATIONS:
        return False
    initials = all(len(w.rstrip(".")) == 1 for w in words[1:-1])
    return not (gazetteer.first_name(words[0]) and initials)


def _partners_named(words: list[str]) -> bool:
    """A firm named for its partners' surnames: "Lind & Holt", "Berg & Van Dam"; not two
    people ("Jo Lind & Ana Holt"), nor two first names ("Ana & Jo")."""
    k = words.index("&") if "&" in words else 0
    given = len(words) == 3 and all(map(gazetteer.first_name, words[::2]))
    return k == 1 and len(words) > 2 and not given


def _after_body_noun(doc: Doc, e: Entity, name: str) -> bool:
    """A name of one or two words right after a lower-case body noun (untagged's list: "civil
    rights group Liberty", "the charity Shelter"), and no country; or of three words that
    open with no given name ("residents' group Save Norby Moor": a campaign's slogan)."""
    words = name.split()
    three = len(words) == 3 and not gazetteer.first_name(words[0])
    short = (len(words) <= 2 or three) and not gazetteer.country_name(name)
    return word_before(doc, e) in untagged.BODY_NOUNS and short and not _titled_person(name)


# Nouns of bodies and firms before a name (body_nouns.txt, and the one-word singular nouns of
# firm_nouns_before.txt: "its commercial bank, Norbank,"), and their plurals ("companies
# like Norco, Valco and others"): an apposition or a list they open names bodies.
_FIRM_NOUNS = {w for w in lexicons.words("firm_nouns_before") if " " not in w and w[-1] != "s"}
_APPOSED_NOUNS = untagged.BODY_NOUNS | _FIRM_NOUNS
_BODY_PLURALS = {n[:-1] + "ies" if n.endswith("y") else n + "s" for n in _APPOSED_NOUNS}
# "photo sites such as Pixbay": the plurals of sites and online services open lists of bodies
_BODY_PLURALS |= lexicons.groups("technology_nouns")["listing"]
_LIST_OPENERS = {w.split()[-1] for w in lexicons.words("list_openers")}  # "as" of "such as"


_NOUN_PHRASE = ("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD")


def _body_apposition(tokens: tuple[Token, ...], k: int) -> bool:
    """ "Norco, a holding company,", "Valco, a Norland car maker being sold", "Lumo, the
    video-sharing app owned by Norco": an apposition after the name whose head noun (the last
    of its noun phrase, not a possessor: "a bank's economist", "the firm's chief") is a
    body's."""
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].text.lower() not in _ARTICLES:
        return False
    j, tags = k + 2, [t.tag for t in tokens] + [""]  # "": past the last token
    # a gerund before a noun is in the noun phrase too: "a holding company"
    while tags[j] in _NOUN_PHRASE or tags[j] == "VBG" and tags[j + 1].startswith("NN"):
        j += 1
    owned = tags[j] == "POS" and tokens[k + 1].text.lower() == "the"
    head = tokens[j - 1].tag == "NN" and tokens[j - 1].text in _APPOSED_NOUNS
    return j > k + 2 and head and not owned


def _the_body_apposed(s: Sentence, e: Entity) -> bool:
    """A name in apposition to "the" and a body noun that heads it alone ("Tarrow Marine, the
    firm that won the contract"): the body, not a place; not "Valby, the club's home town"."""
    t = [x.text for x in s.tokens[e.end_token : e.end_token + 4]] + [""] * 4
    head = t[:2] == [",", "the"] and t[2] in _APPOSED_NOUNS
    return head and t[3] in ("that", "which", ",", ".", ";")


def _unnamed_body(doc: Doc, e: Entity, name: str) -> bool:
    """A name read as a person's whose first word no list knows as a first name, in apposition
    to a body noun ("its parent company, Norco," but not "a spokesman for the company, Jo
    Park,") or listed after a plural one ("companies like Valco, Norco Holdings and others"):
    the body, as a person's name follows a role noun, not a body noun."""
    words = name.split()
    if e.label != "PERSON" or not 0 < len(words) <= 2 or gazetteer.first_name(words[0]):
        return False
    if gazetteer.candidates(name):
        return False  # "for the bank, Greece will pay": a place, as read elsewhere
    tokens, k = doc.sentences[e.sentence].tokens, e.first_token
    if _body_apposition(tokens, e.end_token):
        return True
    after = tokens[e.end_token].text if e.end_token < len(tokens) else "."
    noun = tokens[k - 2].text if k > 1 and tokens[k - 1].text == "," else ""
    roles = {t.text.lower() for t in tokens[max(0, k - 7) : k]} & _ROLE_OR_PERSON_CUES
    if noun in _APPOSED_NOUNS and after in (",", ".", ";", ")") and not roles:
        return True
    while k > 0 and (tokens[k - 1].text in (",", "and") or tokens[k - 1].tag == "NNP"):
        k -= 1  # back over the list's earlier names
    before = [t.text for t in tokens[max(0, k - 3) : k]]
    if before[-2:] == ["such", "as"]:
        before = [*before[:-2], "as"]  # "companies such as": the plural before "such"
    opener, plural = (before[-1], before[-2]) if len(before) > 1 else ("", "")
    # or right after the plural: "technology firms Norco, Valco, Zibbex and Quorba"
    return opener in _LIST_OPENERS and plural in _BODY_PLURALS or _plural_led_list(before)


def _plural_led_list(before: list[str]) -> bool:
    """A list of names right after a lower-case plural of bodies ("electronics firms Norco,
    Valco and Quorba"): the plural's members, bodies like it."""
    return bool(before) and before[-1] in _BODY_PLURALS


_SITE_PLURALS = lexicons.groups("technology_nouns")["listing"]


def _listed_site(doc: Doc, e: Entity) -> bool:
    """A name of one word the gazetteer does not know, listed after a plural of sites or
    services and "such as" or "like", a comma between or not ("photo sites, such as Pixbay
    and Norshot,"): a site, a body by the guideline, though the tagger read a place or a
    person."""
    name = clean_name(e.text)
    if " " in name or gazetteer.candidates(name) or gazetteer.first_name(name):
        return False
    tokens, k = doc.sentences[e.sentence].tokens, e.first_token
    while k > 0 and (tokens[k - 1].text in (",", "and", "or") or tokens[k - 1].tag == "NNP"):
        k -= 1  # back over the list's earlier names
    before = [t.text for t in tokens[max(0, k - 4) : k]]
    cue = 2 if before[-2:] == ["such", "as"] else 1 if before[-1:] == ["like"] else len(before)
    before = before[: len(before) - cue]
    before = before[:-1] if before[-1:] == [","] else before  # "sites, such as"
    return bool(before) and before[-1] in _SITE_PLURALS


def _which_follows(doc: Doc, e: Entity, name: str) -> bool:
    """A name set off before "which" ("Valco Auto, which is building a plant"): news English
    says "who" of a person, so no person's name, unless it opens with a given name (the
    clause may be about the whole sentence: "He blamed Jo Lind, which angered fans")."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    which = k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text == "which"
    words = name.split()
    return which and e.label == "PERSON" and len(words) > 1 and not gazetteer.first_name(words[0])


def _town_not_person(doc: Doc, e: Entity, name: str, name_parts: set[str], sports: bool) -> bool:
    """One word tagged as a person that is a town the gazetteer knows, after "in", "to",
    "from"... ("a visit to Sheffield"), or a region or a city of a million people anywhere
    ("Hawaii", "Ankara"), or of a hundred thousand in a sports report (a team: "beat
    Valby"); a region after a town and a comma, even one named like a person ("Great
    Torrington, Devon,"); after "the" and before no noun ("The Tarrow could"); and no part
    of a person's full name in the article. A region's name of two words or more after "in",
    "to", "from"... too ("built in Nova Scotia")."""
    known = gazetteer.candidates(name)
    if " " in name and known and any(k.type == "region" for k in known):
        return word_before(doc, e).lower() in _PLACED_AFTER
    if " " in name or name in name_parts or not known:
        return False
    # a region under any of its readings ("Quebec", a city and a province)
    region = any(k.type == "region" for k in known)
    big = region or known[0].population >= (100_000 if sports else 1_000_000)
    tokens, k = doc.sentences[e.sentence].tokens, e.first_token
    after_town = k > 1 and tokens[k - 1].text == "," and tokens[k - 2].text.istitle()
    after_town = after_town and word_after(doc, e) in (",", ".", ";") and known[0].type == "region"
    before = word_before(doc, e).lower()
    paired = region and _region_paired_with_place(doc, e)
    # "The Tarrow could be": no person takes an article (but "the Lind plan" is the person's)
    after = tokens[e.end_token].tag if e.end_token < len(tokens) else "."
    article = before == "the" and not after.startswith(("NN", "POS"))
    return (
        before in _PLACED_AFTER
        or article
        or after_town
        or paired
        or (big and not gazetteer.first_name(name))
    )


# Where a town's name stands, not a person's ("homes in Bishop Auckland"): not "to" nor
# "from", after which a person is named too ("a letter to Prince George").
_TOWN_ONLY_AFTER = _PLACED_AFTER - {"to", "from", "at"}


def _town_named_like_person(doc: Doc, e: Entity, name: str) -> bool:
    """A town's name of two words the tagger read as a person's, as the gazetteer writes it
    or with its first word possessive ("Bishop Auckland", "Bishop Stortford" for Bishop's
    Stortford, "Kings Lynn"): a town after "in" or "near", or listed beside a place the
    tagger found ("homes in Essex, Bishop Stortford and Spain")."""
    words = name.split()
    if len(words) != 2 or not all(w.isalpha() and w.istitle() for w in words):
        return False
    first, rest = words
    forms = (name, f"{first}s {rest}", f"{first}'s {rest}", f"{first.removesuffix('s')}'s {rest}")
    towns = [k for f in forms for k in gazetteer.candidates(f)]
    if not towns or any(k.type in ("country", "region") for k in towns):
        return False
    return word_before(doc, e).lower() in _TOWN_ONLY_AFTER or _listed_beside_place(doc, e)


def _listed_beside_place(doc: Doc, e: Entity) -> bool:
    """A name in a list beside a place the tagger found, joined by a comma or "and" (", and"):
    "Essex, Bishop Stortford, and Spain"."""
    tokens, k, n = doc.sentences[e.sentence].tokens, e.first_token, e.end_token
    links = {",", "and"}
    left = k - 1
    while left >= 0 and tokens[left].text in links and k - left <= 2:
        left -= 1
    right = n
    while right < len(tokens) and tokens[right].text in links and right - n < 2:
        right += 1
    ends_at = left + 1 if left < k - 1 else None
    return _place_beside(doc, e, ends_at, right if right > n else None)


def _place_beside(
    doc: Doc, e: Entity, ends_at: int | None, starts_at: int | None, cities: bool = False
) -> bool:
    """Whether a place the tagger found in `e`'s sentence ends at token `ends_at` or starts at
    `starts_at` (either None: not looked for on that side); with `cities`, also a name the
    gazetteer knows as a city, whatever the tagger read ("Swansea", a club's town)."""
    for x in doc.entities:
        placed = x.label == "LOCATION" or cities and known_city(clean_name(x.text))
        if x.sentence != e.sentence or not placed:
            continue
        if x.end_token == ends_at or x.first_token == starts_at:
            return True
    return False


_AREA_SHARES = lexicons.words("area_share_words")  # "much" of "much of Devon"


def _region_paired_with_place(doc: Doc, e: Entity) -> bool:
    """A region's one-word name joined by "and" to a place the tagger found, on either side
    ("homes in Norshire and Devon", "Devon and Norshire were hit", "Valby and much of Devon"):
    two places paired, though the region is named like a person."""
    k, n = e.first_token, e.end_token
    tokens = doc.sentences[e.sentence].tokens
    shared = k > 2 and tokens[k - 1].text == "of" and tokens[k - 2].text in _AREA_SHARES
    k -= 2 * shared  # "and much of Devon": the pair's "and" before the share
    before = k > 0 and tokens[k - 1].text == "and"
    after = n < len(tokens) and tokens[n].text == "and"
    # after a share, a town the tagger read as its club ("Swansea and much of Devon")
    return _place_beside(doc, e, k - 1 if before else None, n + 1 if after else None, shared)


def known_city(name: str) -> bool:
    """The gazetteer knows `name` as a city."""
    return any(k.type == "city" for k in gazetteer.candidates(name))


def _sited(doc: Doc, e: Entity) -> bool:
    """A name placed by the country or state after it ("of Upton Hill, Essex, was"), a town;
    or one word that starts a stretch ending in a place ("from Valby to the Snowy Mountains")."""
    ranged = word_after(doc, e) == "to" and word_before(doc, e).lower() == "from"
    if ranged and " " not in e.text:  # the entity walk only then: it is per name
        at = {(e.sentence, e.end_token + 1), (e.sentence, e.end_token + 2)}
        if any((x.sentence, x.first_token) in at and x.label[0] == "L" for x in doc.entities):
            return True
    after = doc.sentences[e.sentence].tokens[e.end_token : e.end_token + 5]
    w = [t.text for t in after] + [""] * 5
    if w[0] != ",":
        return False  # no comma after the name (most names): no place after it
    n = 1 + (w[2][:1].isupper() and w[2] != "," and w[3] in (",", ".", ")", ";", ""))
    known = gazetteer.candidates(" ".join(w[1 : 1 + n]))
    region = any(k.type in ("country", "region") for k in known) or _state_abbreviation(w[1:3])
    # not "Ann Lind, Texas"; but "born in Belle Plaine, Minn."
    placed = word_before(doc, e) in ("of", "on", "the") or not _named(e.text)
    placed |= word_before(doc, e).lower() in ("in", "near")
    placed |= w[n + 1] == "," and _modifies_noun(after[n + 2 :])  # "the Valby, Minn., bank"
    return w[0] == "," and region and w[n + 1] in (",", ".", ")", ";", "") and placed


def _seat_then_name(name: str) -> int:
    """The words of the member's name at the end of a name run on from a member's seat
    ("Member for Gregory Lachlan Moss": 2, "Lachlan Moss"), as Australian and British copy write
    the seat before the name without a comma; 0 when no first name and surname close it."""
    words = name.split()
    named = len(words) > 2 and gazetteer.first_name(words[-2]) and words[-1].istitle()
    return 2 if named else 0


def _street_town(s: Sentence, e: Entity) -> bool:
    """One name between commas right after "of" or "from" and a street's name is the
    street's town, as a resident's address is written ("of Mill Lane, Arden, admitted"); not
    a speaker's name ("on Mill Lane, Arden said")."""
    k, end = e.first_token, e.end_token
    if k < 2 or end - k != 1 or end >= len(s.tokens) or s.tokens[end].text not in (",", "."):
        return False
    if s.tokens[k - 1].text != "," or s.tokens[k - 2].text not in STREET_WORDS:
        return False
    j = k - 2  # back over the street's name to the word before it: "of", as an address
    while j > 0 and s.tokens[j - 1].text[:1].isupper():
        j -= 1
    return j > 0 and s.tokens[j - 1].text in ("of", "from") and e.text.istitle()


def _modifies_noun(after: tuple[Token, ...]) -> bool:
    """A common noun right after a town's state and its closing comma ("the Valby, Minn., bank
    said"): the town and state modify it, as no person's name does."""
    return bool(after) and after[0].tag in ("NN", "NNS") and after[0].text.islower()


def _state_after_town(doc: Doc, e: Entity, name: str, place_ends: set[tuple[int, int]]) -> bool:
    """A state or country after a place and a comma ("Mount Valby, Norland", "Valby county,
    Norland"), read as a person where the article gives someone its name as a first name
    ("Norland Berg"); not a name going on after it ("in Valby, Norland Berg said").
    `place_ends`: (sentence, end token) of each tagged place."""
    tokens, i = doc.sentences[e.sentence].tokens, e.first_token
    # the cheap token checks first: the gazetteer only after a comma
    if i < 2 or tokens[i - 1].text != "," or word_after(doc, e)[:1].isupper():
        return False
    # a place noun or a tagged place right before the comma
    placed = tokens[i - 2].text in PLACE_NOUNS or (e.sentence, i - 1) in place_ends
    return placed and any(k.type in ("region", "country") for k in gazetteer.candidates(name)[:2])


def _postal_code_after_place(doc: Doc, e: Entity, place_ends: set[tuple[int, int]]) -> bool:
    """A US state's two-letter postal code after a tagged place (`postal_state_after_place`):
    a place however the tagger or a later rule would read it (no body "DE"). `place_ends`:
    (sentence, end token) of each tagged place."""
    i = e.first_token
    placed = (e.sentence, i - 1) in place_ends
    one = e.end_token - i == 1
    return one and postal_state_after_place(doc.sentences[e.sentence], i, placed) is not None


def postal_state_after_place(s: Sentence, i: int, placed: bool) -> str | None:
    """The state of a two-letter postal code at token i, right after a comma and a place
    (`placed`: the caller's test that a place ends before the comma), not before a capitalised
    word ("Valby, DE, said"; not "VALBY, IN A"): the town's state, never a second town."""
    state = gazetteer.US_POSTAL_CODES.get(s.tokens[i].text)
    if not state or not placed or i < 2 or s.tokens[i - 1].text != ",":
        return None
    after = s.tokens[i + 1].text if i + 1 < len(s.tokens) else ""
    return None if after[:1].isupper() else state


def _address_region(doc: Doc, e: Entity, name: str) -> bool:
    """A county or state after "of" or "from", a capitalised town and a comma, closing the
    address ("Jo Lind, 58, of Penwick, Surrey, admitted"), read as a body or a person: the
    region (not in a sports report, where "Surrey" is a side)."""
    tokens, i = doc.sentences[e.sentence].tokens, e.first_token
    if (
        i < 3
        or e.end_token - i != 1
        or tokens[i - 1].text != ","
        or tokens[i - 3].text not in ("of", "from")
    ):
        return False
    closed = e.end_token == len(tokens) or tokens[e.end_token].text in (",", ".")
    town = tokens[i - 2].text.istitle() and tokens[i - 2].text.isalpha()  # "Dorking": a VBG
    return closed and town and any(k.type == "region" for k in gazetteer.candidates(name)[:2])


def _address_town(doc: Doc, e: Entity) -> list[Entity]:
    """The town before an address's region when the tagger left it out: a place."""
    k = e.first_token - 2
    tagged = any(x.sentence == e.sentence and x.first_token == k for x in doc.entities)
    return [] if tagged else [doc.sentences[e.sentence].entity("LOCATION", k, k + 1)]


def _before_state(doc: Doc, e: Entity) -> bool:
    """A name before a comma and a US state's abbreviation is a town, as the wire writes one
    ("Valby, Conn., said", "a Valby, Mich., teacher"), whatever the words after it; or
    before a state's full name closed by a mark ("a guard from Dayton, Ohio, scored")."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return False
    return _state_abbreviation([t.text for t in tokens[k + 1 : k + 3]]) or any(
        _closed_us_state(tokens, k + 1, n) for n in (1, 2)
    )


def _closed_us_state(tokens: tuple[Token, ...], i: int, n: int) -> bool:
    """Tokens i to i + n name a US state in full and a mark or the end follows ("Ohio,",
    "New Mexico."; not "Ohio State", a team)."""
    closed = i + n >= len(tokens) or not tokens[i + n].text[:1].isalnum()
    name = " ".join(t.text for t in tokens[i : i + n])
    return closed and any(map(gazetteer.us_state, gazetteer.candidates(name)))


def _after_town_state(doc: Doc, e: Entity) -> bool:
    """ "Dayton, Ohio,": a US state set off by commas after a capitalised town is where the
    town is, a place even in a sports report (not the state's team)."""
    tokens, i = doc.sentences[e.sentence].tokens, e.first_token
    town = i >= 2 and tokens[i - 1].text == "," and tokens[i - 2].text[:1].isupper()
    return town and _closed_us_state(tokens, i, e.end_token - i)


def _firm_seat(doc: Doc, e: Entity, name: str, org_ends: set[tuple[int, int]]) -> bool:
    """A city the gazetteer knows, set off by a comma after a body's name and closing the
    clause, is the body's seat as business copy gives it: "Norbank Inc., Valby." or "the Valby
    Clinic, Arden, said" (not a list: "Norbank, Valby and Arden")."""
    tokens, i, k = doc.sentences[e.sentence].tokens, e.first_token, e.end_token
    if i < 2 or tokens[i - 1].text != "," or k >= len(tokens):
        return False
    body = (e.sentence, i - 1) in org_ends or tokens[i - 2].text in COMPANY_ENDS
    after, then = tokens[k].text, tokens[k + 1].text if k + 1 < len(tokens) else ""
    closing = (after in (".", ";") or after == "," and then.islower()) and then not in ("and", "or")
    known = gazetteer.candidates(name)[:1]
    return body and closing and bool(known) and known[0].type == "city"


def _of_place_noun(doc: Doc, e: Entity) -> bool:
    """A name after a place noun and "of": "her town of Varnia", "the island of Tolvik"."""
    before = words_before(doc, e, 2)
    return len(before) == 2 and before[1] == "of" and before[0] in PLACE_NOUNS


def _town_and_state(name: str) -> bool:
    """A town the gazetteer knows and a US state's wire abbreviation without its comma, read
    as one person's name: "Staunton Va" under a reader's letter."""
    town, _, state = name.rpartition(" ")
    return bool(town) and _state_abbreviation([state, "."]) and bool(gazetteer.candidates(town))


def _state_abbreviation(words: list[str]) -> bool:
    """A US state in wire style, its full stop perhaps split off as the sentence's: "Minn.",
    "Nev" then "."."""
    form = words[0] + "." * (words[1:] == ["."])
    return words[0] in gazetteer.US_STATE_ABBREVIATIONS or form in gazetteer.US_STATE_ABBREVIATIONS


def _place_apposition(s: Sentence, e: Entity) -> bool:
    """A name in apposition to a place noun: "Varnia, the seceded province", "Tolvik, the
    island's capital"; not "Lind, the province's governor" nor "Lind, the city mayor"."""
    t = s.tokens[e.end_token : e.end_token + 8]
    if [x.text.lower() for x in t[:2]] not in ([",", "the"], [",", "a"], [",", "an"]):
        return False
    tags = ("JJ", "JJR", "JJS", "VBN", "VBG", "NN", "NNS", "POS")
    run = [x.text for x in takewhile(lambda x: x.tag in tags and x.text.islower(), t[2:])]
    # The place noun heads the apposition: no name goes on after it ("the city CD head").
    after = t[2 + len(run)].tag if len(t) > 2 + len(run) else ""
    return bool(run) and len(run) < 6 and run[-1] in PLACE_NOUNS and not after.startswith("NN")


# Lower-case words right before a person's name in wire style ("his counterpart Yitzhak
# Mordechai", "opposition leaders Zenon Poznyak"); our own list.
_PERSON_CUES = lexicons.words("person_cues")
_ROLE_OR_PERSON_CUES = ROLE_NOUNS | _PERSON_CUES  # joined once, not at each name


# What only a person takes right after its name (resources/lexicons/person_name_followers.txt):
# ", who", "'s wife", "lines up"; a curly apostrophe read as a straight one.
_FOLLOWER_WORDS = lexicons.alternatives("person_name_followers")
_PERSON_FOLLOWERS = re.compile(rf"\s*(?:{_FOLLOWER_WORDS})\b")


def _person_after_name(doc: Doc, e: Entity) -> bool:
    """ "Jo Lind, who", "Jo Lind's wife", "Jo Lind lines up": words only a person takes right
    after the name, whatever its first name (no first-name list holds every name). Not "who"
    after a noun's preposition: "Democrats on Capitol Hill, who" speaks of the Democrats."""
    found = _PERSON_FOLLOWERS.match(doc.text[e.end : e.end + 24].replace("\u2019", "'"))
    tokens = doc.sentences[e.sentence].tokens
    k = e.first_token
    # a noun, then a preposition, then the name: "who" may be the noun's
    governed = k > 1 and tokens[k - 1].tag in ("IN", "TO") and tokens[k - 2].tag.startswith("NN")
    return found is not None and not (governed and found.group().endswith("who"))


def _person_by_context(
    doc: Doc, e: Entity, name: str, person_words: set[str], scores: bool
) -> bool:
    """Two or three words tagged as an organisation that name a person: the article names
    that person elsewhere ("Muammar Gaddafi" beside "Gaddafi said"), an age follows them
    ("Ann Lind, 34,"), or a role word or a title comes right before them ("his counterpart
    Yitzhak Mordechai", "Judge Jo Park II"). Beside scores (a score reads like an age) only
    the role word or title, before no place's name ("referee Tevka Vask", not "leader Valby
    City"), or the surname named alone after no place's or club's word."""
    # "Anneke de Vries": lower-case particles inside a name are no name words of their own
    words = [w for k, w in enumerate(name.split()) if k == 0 or w not in spans.INNER_PARTICLES]
    suffixed = len(words) > 2 and words[-1] in NAME_SUFFIXES  # "Jo Park II": no team's name
    words = words[:-1] if suffixed else words
    if not 2 <= len(words) <= 3 or not all(map(name_word, words)):
        return False
    after = [t.text for t in doc.sentences[e.sentence].tokens[e.end_token : e.end_token + 3]]
    aged = re.fullmatch(r", \d{1,2} [,.)]", " ".join(after))
    if not scores and (words[-1] in person_words or aged):
        return True  # "Ann Lind, 34, said": an age after the name
    # beside scores, the surname alone read as a person, after no place's or club's word
    # ("Valby Lind", "Real Lind")
    clubbed = _TAILS["club_head"].intersection(words) or any(map(gazetteer.candidates, words[:-1]))
    if words[-1] in person_words and not clubbed:
        return True
    before = word_before(doc, e)
    if before == "," and e.first_token > 1:  # "opposition leaders, Zenon Poznyak"
        before = doc.sentences[e.sentence].tokens[e.first_token - 2].text
    cued = before in _PERSON_CUES or _title_before(before) or _person_after_name(doc, e)
    # a two-word cue ("identified as Jo Lind of Valby"), never before a body's last word
    cued |= " ".join(words_before(doc, e, 2)) in _PERSON_CUES and not _body_end(name)
    return cued and not (scores and not suffixed and any(map(gazetteer.candidates, words)))


def _place_run_into_name(words: list[str], lone: set[str]) -> bool:
    """ "against Valby Lind rolls around", "against Valby Also on Monday": a place's name run
    into a surname or a sentence's opener where a caption lost its full stop, each name also
    named alone in the story; no full name (a first name opens one, "Paris Lind"), so
    neither word is a person's name part."""
    if len(words) != 2 or gazetteer.first_name(words[0]) or not gazetteer.candidates(words[0]):
        return False
    return words[0] in lone and (words[1] in lone or words[1].lower() in _OPENERS)


def _common_word_surname(doc: Doc, e: Entity) -> bool:
    """A common word tagged alone as a person inside a sentence, capitalised after a
    lower-case word ("as Spade scored"): a surname spelt like a common word, which may make
    a full name beside it a person's ("Rico Spade") though it is no person's name alone."""
    tokens = doc.sentences[e.sentence].tokens
    k = e.first_token
    return k > 0 and tokens[k - 1].text.islower() and tokens[k].text.istitle()


def _listed_with_persons(
    doc: Doc,
    e: Entity,
    tagged: dict[int, list[Entity]],
    tagged_persons: bool = False,
    persons_known: frozenset[str] = frozenset(),
) -> bool:
    """A name listed with two persons or more and no place the gazetteer knows ("Marvek,
    Tito, Sukarno and Nasser", however the tagger read each): a person too, as a list holds
    things of one kind. `tagged`: the tagger's entities by sentence; `tagged_persons`: the
    names the tagger read as persons may be places' names too ("Walker"); `persons_known`:
    names read as persons already, whatever the tagger's label here."""
    tokens = doc.sentences[e.sentence].tokens
    if word_before(doc, e) not in _LIST_LINKS and word_after(doc, e) not in _LIST_LINKS:
        return False  # most names: no list link beside them, no mates to find
    starts = {x.first_token: x for x in tagged.get(e.sentence, [])}
    ends = {x.end_token: x for x in tagged.get(e.sentence, [])}
    mates: list[Entity] = []
    for step in (-1, 1):
        k = e.first_token - 1 if step < 0 else e.end_token
        while 0 <= k < len(tokens) and tokens[k].text in _LIST_LINKS:
            mate = ends.get(k) if step < 0 else starts.get(k + 1)
            if mate is None:
                break
            mates.append(mate)
            k = mate.first_token - 1 if step < 0 else mate.end_token
    persons = sum(m.label == "PERSON" or clean_name(m.text) in persons_known for m in mates)
    unsure = (m for m in mates if not (tagged_persons and m.label == "PERSON"))
    return persons >= 2 and not any(gazetteer.candidates(clean_name(m.text)) for m in unsure)


def _listed_surnames(doc: Doc, tagged: dict[int, list[Entity]]) -> set[str]:
    """One-word names listed with two persons somewhere in the article ("Lind, Berg and
    Tamm will have to pitch better"): persons at every mention, however the tagger read
    each, when no list knows them as a place, a body's word or an acronym."""
    out: set[str] = set()
    for _ in range(2):  # again with the names found: "Lind, Berg and Tamm", Berg read a body
        for e in doc.entities:
            name = clean_name(e.text)
            if " " in name or not name.isalpha() or name.isupper() or name in ORG_WORDS:
                continue
            listed = _listed_with_persons(doc, e, tagged, True, frozenset(out))
            if listed and not gazetteer.candidates(name):
                out.add(name)
        if not out:
            break  # none found (most articles): a second pass would read as the first
    return out


def _firm_name_end(s: Sentence, e: Entity, org_names: set[str]) -> int:
    """Where a body's name ends that opens with a place the tagger cut from it: "Georgia" +
    "Gulf" where the article names "Georgia Gulf Corp." as a body, else 0. The words after
    the place must be capitalised (or "&") and go on as the body's name does, one word at
    least."""
    tokens = s.tokens  # read from the name's end: most names have no capitalised word after
    k, best = e.end_token, 0
    while k < len(tokens) and (tokens[k].text[:1].isupper() or tokens[k].text == "&"):
        run = " ".join(t.text for t in tokens[e.first_token : k + 1])
        if not any(n == run or n.startswith(run + " ") for n in org_names):
            break
        k, best = k + 1, k + 1
    return best


def _title_before(word: str) -> bool:
    """A capitalised title or role noun right before a name: "Judge", "Coach", "Sen."."""
    title = word.rstrip(".")
    return title in _TITLE_WORDS or (title.istitle() and title.lower() in ROLE_NOUNS)


def _speaks(doc: Doc, e: Entity) -> bool:
    """A name right before a saying verb or after one that ends the clause: "Lind said",
    "..., said Lind." (not "He says Lind was never asked": the clause's subject)."""
    verbs, after = untagged.REPORTING_VERBS, word_after(doc, e)
    return after in verbs or word_before(doc, e) in verbs and after in (".", ",", ";", "")


def _role_before(word: str) -> bool:
    """A title or a role noun, capitalised or not, right before a name: "Sen.", "midfielder"."""
    return _title_before(word) or word.lower() in ROLE_NOUNS


# A run of capitalised words before a company's legal form: "Kellogg Co.", "Ola Berg & Co".
_LEGAL_FORM = lexicons.pattern("legal_forms")
# "Anheuser-Busch": "Anheuser", "Busch"; "Norpress/Valco-Berg": "Norpress", "Valco", "Berg"
_LEGAL_WORD = re.compile(r"[\s,/]+|-(?=[A-Z])")
# After a firm's name: a noun of firms ("Norbank CEO"), a share price ("Valco rose 2 to 40"),
# an outlet's verb ("Norpress reported"), "launched its" (see the file).
_FIRM_CUE = lexicons.pattern("firm_cues")
# A firm's or club's name after a noun of them ("car maker Valco", "retailer Norshop").
_FIRM_BEFORE = lexicons.pattern("firms_after_nouns")
# A club's name in sports copy: "Valby boss", "beat Valby", "Valby City" (see the file).
CLUB_NAMES = lexicons.pattern("club_names")


@lru_cache(maxsize=4)
def club_names(text: str) -> tuple[re.Match[str], ...]:
    """Where `text` writes a club's name (CLUB_NAMES): read once a document, by the kinds
    and again by the places."""
    return tuple(CLUB_NAMES.finditer(text))


SCHOOLS = lexicons.words("school_name_ends")
_TRADE_ENDS = lexicons.words("body_name_ends") | lexicons.words("company_ends")


def _trade_heads(names: list[tuple[str, str]]) -> set[str]:
    """A first name opening a body named by its trade or form ("Walter" of "Walter Energy",
    however the tagger read that), where a person's full name holds it nowhere ("Walter
    Lind"): alone, the firm's short form, as news names no one by a bare first name. A surname
    alone ("Lind" beside "Lind Energy") may be a person's, and stays as read."""
    firms = (n.split() for _, n in names if " " in n)
    trades = _TRADE_ENDS | FIRM_TRADES
    heads = {w[0] for w in firms if w[-1] in trades and gazetteer.first_name(w[0])}
    people = {n for label, n in names if label == "PERSON" and _named(n) and not _body_end(n)}
    people = {n for n in people if not _trade_named(n.split())}  # "Campbell Soup" read as one
    return {h for h in heads if not any(h in p.split() for p in people)}


def _firm_run(run: str) -> str:
    """The words of a firm's name before its legal form, less a person's full name set off
    by a comma before them ("said Jo Lind, Valco Inc. research director": Valco alone); a
    comma may join partners' names ("Goldman, Sachs & Co.")."""
    parts = run.split(",")
    person = [gazetteer.first_name(p.split()[0]) and len(p.split()) > 1 for p in parts[:-1]]
    return run if "&" in run or not any(person) else ",".join(parts[person.index(True) + 1 :])


def _firms(doc: Doc, names: list[tuple[str, str]]) -> set[str]:
    """Names the article gives firms, however the tagger read them: names all of whose words
    stand before a company's legal form ("Valco" beside "Valco Corp."), or before a cue of
    firms, and the first word of a firm's name alone ("Wells"); none holding a word of a
    person's full name ("Ann Dell" beside "Dell Inc.")."""
    runs = (_firm_run(m[1]) for m in matches_in(_LEGAL_FORM, doc.text))
    legal = {w for run in runs for w in _LEGAL_WORD.split(run)}
    others = {n for label, n in names if label != "ORGANIZATION" and n}
    cued = {n for n in others if _firm_cued(n, doc.text)}
    # "car maker Valco", not "film maker Ann Lind"
    cued |= others & {m[1] for m in matches_in(_FIRM_BEFORE, doc.text) if not _named(m[1])}
    cued -= _placed_towns(doc)  # "Valby officials" beside "in Valby": the town's
    cued = {n for n in cued if n.split()[-1] not in STREET_WORDS}  # "the Mill Road unit"
    firms = cued | {n for n in others if set(_LEGAL_WORD.split(n)) <= legal}
    firms |= others & {f.split()[0] for f in firms if " " in f}
    # "Emory" beside "Emory University": a school's short name
    schools = {n for label, n in names if label == "ORGANIZATION" and n.split()[-1] in SCHOOLS}
    firms |= others & {n.split()[0] for n in schools if " " in n}
    # "Norshop.com"; "Reuters" read as a person, "Weibo" as a place
    firms |= {n for n in others if re.fullmatch(r"[A-Z]\w+\.com", n)} | others & untagged.ORG_NAMES
    firms |= {n for n in others if _undotted(n) in untagged.ORG_NAMES}  # "N.A.S.A.", as "NASA"
    people = {n for label, n in names if label == "PERSON" and _named(n) and n not in firms}
    return {n for n in firms if not any(set(n.split()) & set(p.split()) for p in people)}


_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def _undotted(name: str) -> str:
    """An acronym written with full stops ("N.A.S.A.", as some US papers write them) without
    them, the form lists of bodies hold; any other name unchanged."""
    return name.replace(".", "") if _DOTTED.fullmatch(name) else name


_LIST_LINKS = frozenset({",", "and", "or", "&"})
_FIRM_ENDS = _TRADE_ENDS | ORG_WORDS


def _firm_spans(
    doc: Doc, ends: frozenset[str] | None = _FIRM_ENDS
) -> dict[int, set[tuple[int, int]]]:
    """Per sentence, the token spans of organisations named by their forms or trades ("Valco
    & Co."), or of all organisations (`ends` None): found once per document for
    `_listed_with_firms`."""
    out: dict[int, set[tuple[int, int]]] = {}
    for x in doc.entities:
        last = x.text.split()[-1]
        # "Valco Holdings" however the tagger read it: a firm by its form
        body = last in _FIRM_NAME_ENDS
        firm = x.label == "ORGANIZATION" or body and len(x.text.split()) > 1
        if firm and (ends is None or last in ends):
            out.setdefault(x.sentence, set()).add((x.first_token, x.end_token))
    return out


def _listed_with_firms(doc: Doc, e: Entity, firm_spans: dict[int, set[tuple[int, int]]]) -> bool:
    """A name listed beside two firms or more named by their forms or trades ("through Valco
    & Co., Norbank Ltd. and Ann Lind", however the tagger read it): a firm too, as a list
    holds things of one kind; beside one firm it may be a person ("Norbank Ltd. and Ann
    Lind")."""
    tokens = doc.sentences[e.sentence].tokens
    firms = firm_spans.get(e.sentence, set())
    listed = 0
    for step in (-1, 1):
        k = e.first_token - 1 if step < 0 else e.end_token
        while 0 <= k < len(tokens) and tokens[k].text in _LIST_LINKS:
            span = next((f for f in firms if f[step < 0] == k + (step > 0)), None)
            if span is None:
                break
            listed += 1
            k = span[0] - 1 if step < 0 else span[1]
    return listed >= 2


# Cues that open a list of bodies ("scandals such as", "rivals including"; actors.py reads them).
_FIRM_LIST_CUES = lexicons.words("paired_name_cues")


def _cue_led_firm_pair(doc: Doc, e: Entity, org_spans: dict[int, set[tuple[int, int]]]) -> bool:
    """A name the gazetteer lacks, paired by "and" or "or" with an organisation right after a
    list cue ("scandals such as Valco and Norbank", either one first): a firm too, as such a
    pair holds things of one kind (round 43, BBC business copy)."""
    tokens = doc.sentences[e.sentence].tokens
    firms = org_spans.get(e.sentence, set())

    def cued(k: int) -> bool:  # a cue of one or two words ends right before token k
        words = [t.text.lower() for t in tokens[max(0, k - 2) : k]]
        return bool(words) and (words[-1] in _FIRM_LIST_CUES or " ".join(words) in _FIRM_LIST_CUES)

    k = e.end_token
    if k < len(tokens) and tokens[k].text in ("and", "or") and cued(e.first_token):
        return any(a == k + 1 for a, _ in firms)
    k = e.first_token - 1
    if k > 0 and tokens[k].text in ("and", "or"):
        return any(b == k and cued(a) for a, b in firms)
    return False


# A firm's equity after its name ("Valco's stock", "Valco shareholders"); see the file.
_STOCK_AFTER = lexicons.pattern("stock_cues")


def _firm_not_place(
    doc: Doc,
    e: Entity,
    name: str,
    org_heads: set[str],
    stocked: set[str],
    org_spans: dict[int, set[tuple[int, int]]],
) -> bool:
    """A name read as a place that is a firm's: a name the gazetteer lacks that ends in a
    firm's trade or form ("Lund Associates") or is listed beside two organisations ("Valco,
    Norbank and Orra Air"), as a list holds things of one kind; or one word opening a body's
    full name given in the article, its short name ("Valco" beside "Valco Savings & Loan"),
    if the gazetteer lacks it or the article gives it stock or shareholders, which no town
    has ("Columbia's stock")."""
    known = bool(gazetteer.candidates(name))
    words = name.split()
    if not known and (
        (len(words) > 1 and words[-1] in COMPANY_ENDS | FIRM_TRADES)
        or _listed_with_firms(doc, e, org_spans)
        or _cue_led_firm_pair(doc, e, org_spans)
        or _place_led_firm(name, doc.text)
        or _employer_after_role(doc, e)
    ):
        return True
    return len(words) == 1 and name in org_heads and (not known or name in stocked)


def _employer_after_role(doc: Doc, e: Entity) -> bool:
    """A name right after a role noun and "with" ("a vice president with Norvel Paribas in
    Valby", "an analyst with Quade"): the employer, a body, as no one holds a post with a
    town."""
    tokens, k = doc.sentences[e.sentence].tokens, e.first_token
    return k > 1 and tokens[k - 1].text == "with" and tokens[k - 2].text in ROLE_NOUNS


# A takeover or a parent after a firm's name ("Valco received a bid"); see the file.
_DEAL_AFTER = lexicons.pattern("firm_deal_cues")


def _place_led_firm(name: str, text: str) -> bool:
    """ "Norby Air received a bid", "Norby Air's parent": a name read as a place that the
    gazetteer lacks, ending in a capitalised word that is no place's word (a landform's may
    be: "Valby Gulf" the gazetteer lacks is no water), that the article gives a takeover or a
    parent, as no town has, names a firm."""
    words = name.split()
    tail = words[-1] if len(words) > 1 else ""
    placed = tail in _PLACE_TAILS and tail.lower() not in LANDFORM_NOUNS or tail in spans.COMPASS
    if not tail.istitle() or placed or not words[0].istitle():
        return False
    n = len(name)  # the name right before a cue, and no word's end ("\bname")
    return any(
        text.startswith(name, p - n) and (p == n or not re.match(r"\w", text[p - n - 1]))
        for p in _deal_starts(text)
        if p >= n
    )


@lru_cache(maxsize=4)
def _deal_starts(text: str) -> tuple[int, ...]:
    """Where a takeover or parent cue starts, found once a document (not once a name)."""
    return tuple(m.start() for m in _DEAL_AFTER.finditer(text))


_TOWN_COUNCIL_HEADS = lexicons.words("council_heads")  # "Borough", "Council"


def _town_council_name(name: str) -> bool:
    """A council named after its town ("Wrexley Borough Council"): its first word alone is
    the town ("libraries in Wrexley"), not the council's short name."""
    return len(name.split()) > 1 and name.split()[-1] in _TOWN_COUNCIL_HEADS


def _body_name(name: str) -> bool:
    """A body's name, whose first word alone may be its short name: three words or more, or
    two ending in a body's or a firm's word ("Valco Savings"), and not ending as an event's
    or a law's does ("the Valby Freedom Act"); not two words that may be a person's name
    read as a body ("Ban Ki-moon")."""
    words = name.split()
    shaped = len(words) > 2 or (len(words) == 2 and words[-1] in _FIRM_ENDS | FIRM_TRADES)
    return shaped and words[-1] not in EVENT_TAILS


def _stock_cued(name: str, text: str) -> bool:
    """Whether `text` writes `name` (from a word's start) right before its stock or its
    shareholders: mentions found by `str.find`, not by a pattern compiled and run over the
    whole text for each name, and taken as such a pattern's scan takes them (none inside the
    mention before)."""
    end = 0
    for at in starts_of(text, name):
        if at < end or not _WORD_START.match(text, at):
            continue
        end = at + len(name)
        if _STOCK_AFTER.match(text, end):
            return True
    return False


def _firm_cued(name: str, text: str) -> bool:
    """Whether `text` writes `name` (from a word's start) right before a cue of firms; the cue's
    pattern is compiled once and matched where the name ends, not compiled into one per name."""
    named = (at for at in starts_of(text, name) if _WORD_START.match(text, at))
    return any(_FIRM_CUE.match(text, at + len(name)) for at in named)


_WORD_START = re.compile(r"\b")


_AGREEMENT = lexicons.groups("plural_agreement")


def _plural_subjects(doc: Doc, name_parts: set[str]) -> set[str]:
    """One-word names read as persons that the article makes a plural subject ("Valby have
    won", "Valby are top"), as British sports copy writes a team and no one writes a person
    (read in sports reports only: elsewhere it may be a breed or a product). Not a name
    ending in "s" (a plural noun needs no cue: "Merinos are"), nor a word of a person's full
    name ("Ann Valby"), nor a name after a word that gives the verb another subject or none
    ("Lind and Berg have", "does Lind have", "Mr Lind are"). Found once per document from
    the tagged names."""
    out: set[str] = set()
    for e in doc.entities:
        name = clean_name(e.text)
        if e.label != "PERSON" or not name or " " in name or name[-1] == "s" or name in name_parts:
            continue
        after, before = word_after(doc, e), word_before(doc, e)
        # a capitalised word before it is part of a longer name, or opens the sentence
        opener = e.first_token == 1 and before.rstrip(".") not in _TITLE_WORDS
        free = not before[:1].isupper() or opener
        if after in _AGREEMENT["verbs"] and free and before.lower() not in _AGREEMENT["not_after"]:
            out.add(name)
    return out


def _placed_towns(doc: Doc) -> set[str]:
    """Places the gazetteer knows that the article names after a locative ("a house in
    Valby"): a cue of firms after them ("Valby officials") is the town's own."""
    places = (e for e in doc.entities if e.label == "LOCATION")
    placed = (e for e in places if word_before(doc, e).lower() in LOCATIVES)
    return {name for e in placed if gazetteer.candidates(name := clean_name(e.text))}


@dataclass(frozen=True)
class Kinds:
    """A document's entities with corrected labels, and whether it is a sports report:
    computed once by `classify` and handed to every extractor that reads them."""

    entities: tuple[Entity, ...]
    sports: bool
    # a score or result line beside a sports word, outside an election's copy: teams may bear
    # the names of towns (a rugby report with one score is not `sports`)
    scored: bool = False


# Last words of places ("DeKalb County", "Harbour Ct.") and of clubs ("Leeds United"), never
# of a person; a street's joins the possessive name before it ("St Helen's Road").
STREET_WORDS = lexicons.words("street_words")
_PLACE_TAILS = lexicons.words("place_tails") | STREET_WORDS
_VENUE_TAILS = lexicons.alternatives("venue_tails_after_the")
# ... not as a modifier ("the Jerry Hall interview"): a mark or a small word after it
_VENUE_AFTER_THE = re.compile(
    rf"\bthe\s+((?:[A-Z][\w'’-]+\s+){{1,3}}(?:{_VENUE_TAILS}))"
    r"(?=[,.;:)]|\s+(?:in|on|at|and|to|for|was|is|has|had|will|where|which|near)\b)"
)
_PLACE_TAILS_BUT_STREET = _PLACE_TAILS - {"Street"}  # "Wall Street": a body's metonym
# Of those and of the facility words, the ones that end clubs' names too ("Ross County",
# "Crystal Palace"); the last words of clubs' names; place tails that people's names hold.
_TAILS = lexicons.groups("club_place_tails")
_PLACE_HEADS = lexicons.words("place_heads")  # "Camp", "Fort": a place's first word


def _place_headed(name: str) -> bool:
    """Two words or more opening with a place's first word: "Fort Valby", "Pulau Loxa"."""
    words = name.split()
    return len(words) > 1 and words[0] in _PLACE_HEADS


def _doubled_town_name(words: list[str]) -> bool:
    """One word written twice, "Walla Walla", "Wagga Wagga": a town's name (Australian and
    Pacific places name so), which the tagger reads as a person's, unless the word is a
    given name ("Paul Paul" in PolNeAR train)."""
    doubled = len(words) == 2 and words[0] == words[1] and words[0].isalpha()
    # but not "Paul Paul": a given name repeated is a person's
    return doubled and words[0].istitle() and not gazetteer.first_name(words[0])


def _capital_named(doc: Doc, name: str) -> bool:
    """A country's capital of two words or more ("Addis Ababa"), which the tagger may read as
    a person's name when its first word is also a given name, in a story that names its
    country: no person's (not "Diego Garcia" in a story of no Indian Ocean territory)."""
    country = gazetteer.capital_country(name) if " " in name else None
    return country is not None and country in doc.text


_PLACE_ONLY_TAILS = lexicons.words("place_only_tails")  # "Island": never a person's last word


_RELATIONS = lexicons.words("unnamed_people")


def _after_role_noun(doc: Doc, e: Entity, name: str) -> bool:
    """A first name and a surname right after a lower-case role noun name a person, however
    the tagger labelled them ("retired general Lloyd Newton", "critic Ann Lind", "actors Ann
    Lind and Jo Park"); so do name words no list knows as a place's or a body's after a
    relation or an office and a comma ("his sister, Tevka Vask-Tamm", "its general
    secretary, Mette Olsen,")."""
    words = name.split()
    cased = len(words) in (2, 3) and all(w[:1].isupper() and w[1:].islower() for w in words)
    # ... or a plural of people opening a list of them ("actors Ann Lind and Jo Park")
    before = word_before(doc, e)
    role = before in ROLE_NOUNS or before in _PAIRED_PEOPLE_PLURALS
    if role and cased and gazetteer.first_name(words[0]):
        return True
    if word_before(doc, e) in _PERSON_ROLE_NOUNS and _unlisted_pair(words):
        return True  # "basketball star DeShon Varr": a given name no list holds
    tokens = doc.sentences[e.sentence].tokens[max(0, e.first_token - 2) : e.first_token]
    # the relation looked up in its list, not the list walked at each name
    # or an office ("its general secretary, Mette Olsen,"; not "an executive, ERP Fuels,")
    related = len(tokens) == 2 and tokens[-1].text == ","
    office = related and tokens[0].text in ROLE_NOUNS and not any(map(str.isupper, words))
    related = related and (tokens[0].text in _RELATIONS or office)
    words = [w for w in words if w not in spans.INNER_PARTICLES]
    named = len(tokens) == 2 and 2 <= len(words) <= 3 and capitalised(words)
    named &= not _OFFICE_OR_BODY.intersection(words) and not _body_end(name)
    return related and named and not any(map(gazetteer.candidates, words))


def _full_name_listed(doc: Doc, e: Entity, name: str, tagged: dict[int, list[Entity]]) -> bool:
    """Two plain capitalised words, no body's nor place's, read as a body in a list of persons
    ("Ann Lind, Milo Berg and Jo Park"): a person's name, as a list holds one kind."""
    words = name.split()
    plain = len(words) == 2 and all(w[:1].isupper() and w[1:].islower() for w in words)
    plain = plain and not _body_end(name) and not any(w in ORG_WORDS for w in words)
    return plain and not gazetteer.candidates(name) and _listed_with_persons(doc, e, tagged)


BAND_MEMBER_ROLES = lexicons.words("band_member_roles")  # "frontman", "guitarist"


def _member_plural_body(e: Entity) -> Entity:
    """A name of two to four words ending in a plural of the people a body gathers ("Valby
    Farmers", "Victoria Farmers president Jo Lind") read as that association, whatever the
    tagger read: no person's name ends so, and no place's the gazetteer lacks."""
    words = clean_name(e.text).split()
    plural = 2 <= len(words) <= 4 and words[-1] in spans.ASSOCIATION_PLURALS
    if e.label == "ORGANIZATION" or not plural or gazetteer.candidates(" ".join(words)):
        return e
    return replace(e, label="ORGANIZATION")


def _bands_before_member_roles(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """`entities` with every mention of a name written right before a band member's role
    noun and a capitalised name ("Lady Marlowe singer Tessa Brandt", "The Tollers drummer
    Jo Lind") read as the band's, however the tagger read its other mentions ("Lady Marlowe
    is set to perform"): a band owns its singer so, as no person nor place is written; not a
    place's name ("Valby singer Jo Lind", a town's or a country's) nor a people's adjective."""
    bands: set[str] = set()
    for e in entities:
        after = [t.text for t in doc.sentences[e.sentence].tokens[e.end_token : e.end_token + 2]]
        if e.label == "LOCATION" or len(after) < 2 or after[0] not in BAND_MEMBER_ROLES:
            continue
        name = clean_name(e.text)
        placed = gazetteer.candidates(name) or gazetteer.demonym_country(name)
        if after[1][:1].isupper() and after[1].isalpha() and not placed:
            bands.add(name)
    if not bands:
        return entities
    return [
        replace(e, label="ORGANIZATION")
        if e.label == "PERSON" and clean_name(e.text) in bands
        else e
        for e in entities
    ]


def _band_member_named(doc: Doc, e: Entity, name: str) -> bool:
    """A person's name that is also a place's, right after a band member's role noun
    ("Orvane frontman Tolvik"), stays the member's: a band's role takes a person, and a
    performer known by one name may bear a town's; not a country's name."""
    return word_before(doc, e).lower() in BAND_MEMBER_ROLES and not gazetteer.country_name(name)


# Role nouns only a person fills: not "owner", "champion" (a firm's, a club's; see the file).
_PERSON_ROLE_NOUNS = ROLE_NOUNS - lexicons.words("body_role_nouns")


def _role_apposed_given_name(s: Sentence, e: Entity, name: str) -> bool:
    """ "Jo Lake, a Norco spokesman", "Ann Field, an analyst at Norbank": a given name and a
    surname that is also a place's last word, set off by a comma and an article before a
    role noun only a person fills, name that person (a town takes "a town", not "a
    spokesman")."""
    words = name.split()
    if len(words) != 2 or not gazetteer.first_name(words[0]) or words[0] in _HOLIDAYS:
        return False
    after = [t.text for t in s.tokens[e.end_token : e.end_token + 6]]
    if after[:1] != [","] or len(after) < 3 or after[1].lower() not in ("a", "an"):
        return False
    for word in after[2:]:
        if word in _PERSON_ROLE_NOUNS:
            return True
        if not word.isalpha():
            return False
    return False


def _unlisted_pair(words: list[str]) -> bool:
    """Two name words after a role noun, the second shaped as a surname (capitalised, then
    lower case) and neither a place's, a body's, an office's nor a common word's: a person
    whose given name no list holds ("star DeShon Varr"), as a role noun heads a person."""
    if len(words) != 2 or not all(w.isalpha() and w[:1].isupper() for w in words):
        return False
    surname = words[1][1:].islower() and words[1].lower() not in COMMON
    unlisted = not _OFFICE_OR_BODY.intersection(words) and not _body_end(" ".join(words))
    return surname and unlisted and not any(map(gazetteer.candidates, words))


def _visited_house(doc: Doc, e: Entity, name: str) -> str:
    """A body named by its building ("the White House") is the building after "to", "at",
    "visited" or "for" ("a bid for the White House"), or the seat after a verb or noun of
    holding it ("occupy the White House", "resident of the White House"): the word that says
    so, or ""."""
    if not name.endswith(" House"):
        return ""  # most names: no building's, no words before them to read
    words = [w.lower() for w in words_before(doc, e, 3)]
    verb = words[-2] if words[-1:] == ["the"] and len(words) > 1 else ""
    held = verb in _SEATS["verb"] or (verb == "of" and words[0] in _SEATS["noun"])
    placed = verb in _PLACED_AFTER or verb in ("for", "into") or verb.startswith("visit")
    return verb if placed or held else ""


# Verbs and nouns of holding a body's seat ("occupy the White House"): see the file.
_SEATS = lexicons.groups("house_seats")
# Buildings named for the body in them ("the Kremlin", "the Pentagon"): see the file.
_SEAT_BODIES = lexicons.words("seat_bodies")


def _seat_acts(doc: Doc, e: Entity, name: str) -> bool:
    """A building news names for its body ("the Kremlin warned", "Kremlin threats") is the
    body, except where the copy puts someone in or at it ("summoned them to the Kremlin"); its
    possessive owns a will or an act, whatever comes before ("fell victim to the Kremlin's
    wish")."""
    if name not in _SEAT_BODIES:
        return False
    tokens = doc.sentences[e.sentence].tokens
    if e.end_token < len(tokens) and tokens[e.end_token].text in ("'s", "’s"):
        return True
    before = [t.text.lower() for t in tokens[: e.first_token]]
    if before[-1:] == ["the"]:
        before.pop()
    verb = before[-1] if before else ""
    return not (verb in _PLACED_AFTER or verb in ("for", "into") or verb.startswith("visit"))


_OWNER_HEADS = BODY_HEADS | untagged.HEADS | ORG_WORDS  # words of a body that owns a name


_AREA_NOUNS = lexicons.words("area_nouns")


def _area_named(doc: Doc, e: Entity) -> bool:
    """ "the Valby Shoals area": a name between "the" and an area noun that no noun follows
    (not "the Norbank area manager"), and no body's name ("the Valby Council area")."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    area = k < len(tokens) and tokens[k].text in _AREA_NOUNS and word_before(doc, e) == "the"
    noun = k + 1 < len(tokens) and tokens[k + 1].tag.startswith("NN")
    return area and not noun and e.label != "PERSON" and not _body_end(clean_name(e.text))


_HOME_NOUNS = lexicons.words("home_nouns")


def _home_named(doc: Doc, e: Entity) -> bool:
    """ "their Surrey home", "the couple's Devon cottage": a name the gazetteer knows between
    an owner (a possessive) and a home noun is where the home stands."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    home = k < len(tokens) and tokens[k].text in _HOME_NOUNS
    owned = e.first_token > 0 and tokens[e.first_token - 1].tag in ("PRP$", "POS")
    short = e.end_token - e.first_token <= 2
    return home and owned and short and bool(gazetteer.candidates(clean_name(e.text)))


_GOVERNMENTS = lexicons.words("leader_government_nouns")
_SURNAMED_ONLY = frozenset({"government", "regime"})  # also after parties and places


def _leader_words(doc: Doc, e: Entity, name: str, given: set[str]) -> int:
    """How many opening words of a name are a leader's surname before his or her government:
    "the Lind administration", "the Lind White House" (the person, as the guideline reads
    "the Berg administration"); before "government" or "regime" only a surname of a person
    the article names (`given`: "the Lind government" beside "Ann Lind"). 0 for none: not a
    party, body, demonym or country ("the Labour government", "the Norland government")."""
    words = name.split()
    house = words[-2:] == ["White", "House"]  # "the Lind White House", one span
    leader = words[:-2] if house else words
    after = word_after(doc, e)
    tokens = doc.sentences[e.sentence].tokens[e.end_token : e.end_token + 2]
    house |= [t.text for t in tokens] == ["White", "House"]  # "Lind" tagged alone
    noun = after in _GOVERNMENTS and (after not in _SURNAMED_ONLY or name in given)
    whole = len(words) == e.end_token - e.first_token  # its words are its tokens
    if not whole or not leader or len(leader) > 2 or not (house or noun):
        return 0
    if not all(w.isalpha() and w.istitle() for w in leader):
        return 0
    surname = " ".join(leader)
    if institutions.canonical(surname) or gazetteer.demonym_country(surname):
        return 0
    if any(k.type != "city" or k.population >= 500_000 for k in gazetteer.candidates(surname)):
        return 0  # "the Moscow government", "the Texas administration"
    return 0 if ORG_NAME_WORDS.intersection(leader) else len(leader)


_PORTFOLIO_WORDS = PORTFOLIOS | lexicons.words("department_words") | {"and", "of"}


def _office_holder(doc: Doc, e: Entity, name: str) -> int:
    """Where the holder's name starts in a name read after "<title> of" ("Secretary of State
    Rusk", "Minister of Finance Ana Varga"): the portfolio's words complete the office, and the
    one to three words after them name the person; 0 when the name holds no office's holder."""
    before = [w for w in words_before(doc, e, 3) if w != "the"]
    words = name.split()
    if before[-2:-1] == [] or before[-1] != "of" or before[-2] not in JOB_TITLES:
        return 0
    k = next((k for k, w in enumerate(words) if w not in _PORTFOLIO_WORDS), len(words))
    holder = words[k:]
    if len(words) != e.end_token - e.first_token or k == 0 or not 0 < len(holder) <= 3:
        return 0
    person = all(w.istitle() and w.isalpha() for w in holder) and not _body_end(name)
    return k if person and not gazetteer.candidates(" ".join(holder)) else 0


def _courtesy_titled_holder(e: Entity, name: str) -> int:
    """Where a person's name starts after a courtesy title inside a name read as a body's
    ("Valby State Chief Minister Datuk Ali Hassan Omar"): the words before the title name
    the office, the two to four words after it, ending the name, the holder. A name that
    opens with the title ("Dr Pepper") or ends in a body's word is left as read; 0 if none."""
    words = name.split()
    if len(words) != e.end_token - e.first_token:
        return 0
    k = next((k for k, w in enumerate(words) if k and w.lower() in spans.COURTESY), 0)
    holder = words[k + 1 :]
    person = k and 2 <= len(holder) <= 4 and all(w.istitle() and w.isalpha() for w in holder)
    return k + 1 if person and not _body_end(name) and not gazetteer.candidates(name) else 0


_SUBJECT_BODIES = lexicons.words("subject_bodies")


def _subject_of_body(doc: Doc, e: Entity, name: str) -> bool:
    """A subject in capitals after a lower-case body noun and "on" ("the Senate subcommittee
    on Water Rights"): the body's subject, cut from its name, no organisation or person of
    its own; not an acronym or a body the tables know ("a panel on NATO")."""
    before = words_before(doc, e, 2)
    cut = len(before) == 2 and before[1] == "on" and before[0] in _SUBJECT_BODIES
    return cut and e.label != "LOCATION" and not name.isupper() and not institutions.canonical(name)


def _water_headed(doc: Doc, e: Entity, name: str) -> bool:
    """ "the River Tallow", "the Loch Marra": a water's first word after "the" opens a water's
    name (water_heads.txt), not a body named for one ("the River Tallow Trust")."""
    words = name.split()
    headed = len(words) == 2 and words[0] in _WATER_HEADS and word_before(doc, e).lower() == "the"
    return headed and not _body_end(name)


_WATER_HEADS = lexicons.words("water_heads")


def _landform_of(name: str) -> bool:
    """ "Sea of Valby", "Gulf of Norland": a landform or water noun and its "of" name is a
    place, whatever the tagger read; not a body named after one ("Bay of Valby Council")."""
    words = name.split()
    landform = len(words) > 2 and words[1] == "of" and words[0].lower() in LANDFORM_NOUNS
    return landform and not _body_end(name)


def _two_names(s: Sentence, e: Entity, person_words: set[str]) -> list[Entity]:
    """The two names of one organisation span: a body, then a person the article names ("the
    Washington Post Trump said"); a body a body or a known place owns ("Valby University's
    School of Law", "Valby's Union League")."""
    words, first, end = [t.text for t in s.tokens], e.first_token, e.end_token
    for k in range(first + 1, end):
        owner = s.entity(e.label, first, k)
        person = k - first > 1 and end - k < 3 and {*words[k:end]} <= person_words
        if person and words[k - 1] in _OWNER_HEADS:
            return [owner, s.entity("PERSON", k, end)]
        place = gazetteer.candidates(owner.text)
        owned = words[k] in ("'s", "’s", "’", "'") and bool(_OWNER_HEADS & {*words[k + 1 : end]})
        # not only a company's legal form after the possessive ("Lomax's Corp.", "Brisk &
        # Tolley's Inc."): the founder's possessive inside one firm's name owns no second body
        owned = owned and not all(w in COMPANY_ENDS for w in words[k + 1 : end])
        if owned and (_OWNER_HEADS & {*words[first:k]} or place):
            owned_by = replace(owner, label="LOCATION") if place else owner
            return [owned_by, s.entity(e.label, k + 1, end)]
    return []


def _sited_bodies(doc: Doc) -> set[str]:
    """Names tagged as bodies with no body's word after "in", "between"... that a country or
    state after a comma places ("a firm in Holm, Wales.", "between Arden and Holm, Northern
    Ireland, next"), or that name a place noun before them ("in the capital, Holm."): as
    towns are written, never a body's name."""
    out = set()
    for e in doc.entities:
        name = clean_name(e.text) if e.label == "ORGANIZATION" else ""
        plain = name and not (_is_org_name(doc, e, name, set()) or _body_end(name))
        # where something is ("in", "between"): not a firm and its seat ("Lind & Berg, Ohio")
        placed = word_before(doc, e).lower() in _PLACED_AFTER | {"between"} and _town_shaped(name)
        if plain and (placed and _sited(doc, e) or _named_place_noun(doc.sentences[e.sentence], e)):
            out.add(name)
    return out


def _town_shaped(name: str) -> bool:
    """One or two words, or two towns joined by "and" ("Holm", "Port Arden", "Arden and
    Holm"), as a town's name is written; not a firm's longer name ("Lind Management
    Associates of Holm") nor a partnership's ("Lind & Berg")."""
    words = name.split()
    return len(words) <= 2 and "&" not in words or len(words) == 3 and words[1] == "and"


def _named_place_noun(s: Sentence, e: Entity) -> bool:
    """One name closing a clause after "the" or "its", a place noun and a comma names that
    place ("in the capital, Holm.", "its second city, Arden;"); not a clause's subject ("in the
    city, Arden Trust said")."""
    k, end = e.first_token, e.end_token
    closing = end - k == 1 and (end == len(s.tokens) or s.tokens[end].text in (".", ";"))
    before = [t.text.lower() for t in s.tokens[max(0, k - 3) : k]]
    noun = len(before) == 3 and before[2] == "," and before[1] in PLACE_NOUNS
    return closing and noun and before[0] in ("the", "its", "their")


def _places_of(s: Sentence, e: Entity) -> list[Entity]:
    """A placed span as its places: "Arden and Holm" as two, one name as itself."""
    first, end = e.first_token, e.end_token
    if end - first == 3 and s.tokens[first + 1].text == "and":
        return [s.entity("LOCATION", first, first + 1), s.entity("LOCATION", first + 2, end)]
    return [replace(e, label="LOCATION")]


def _place_and_party(doc: Doc, e: Entity) -> list[Entity]:
    """A body's span of a known place and a party member's noun after an article ("a Cleveland
    Democrat", "the Texas Republican"): a member described by home and party, so the place
    and the party, as "an Akron" + "Republican" is read."""
    words = clean_name(e.text).split()
    if e.label != "ORGANIZATION" or len(words) < 2 or words[-1] not in _PARTY_MEMBERS:
        return []
    place = " ".join(words[:-1])  # "Akron" of "an Akron Republican"
    if word_before(doc, e).lower() not in _ARTICLES or not gazetteer.candidates(place):
        return []
    # the party word is left to the table of parties, which names it (`_with_institutions`)
    return [doc.sentences[e.sentence].entity("LOCATION", e.first_token, e.end_token - 1)]


_PARTY_MEMBERS = lexicons.words("party_members")
_BROADCAST = lexicons.groups("country_broadcast_words")
BROADCAST_MEDIA = _BROADCAST["medium"]  # "TV" of "US TV network"


def _country_medium(doc: Doc, e: Entity) -> list[Entity]:
    """A body's span of a country and a medium's word before an outlet noun ("US TV network
    Norcast"): the country, a place; the words describe the outlet named after them, or the
    country's medium, before another common noun or ending a clause ("UK TV pictures", "shown
    on US TV.")."""
    words = clean_name(e.text).split()
    if e.label != "ORGANIZATION" or len(words) < 2 or words[-1] not in BROADCAST_MEDIA:
        return []
    tokens = doc.sentences[e.sentence].tokens
    after = tokens[e.end_token] if e.end_token < len(tokens) else None
    if after is not None and after.tag not in ("NN", "NNS", ".", ",", ":"):
        return []
    if not gazetteer.country_name(" ".join(words[:-1])):
        return []
    return [doc.sentences[e.sentence].entity("LOCATION", e.first_token, e.end_token - 1)]


def _list_end_pair(doc: Doc, e: Entity) -> list[Entity]:
    """Two one-word names joined by "and" in one span that ends a comma list of places or
    people ("attacked Orra, Tolvik, Vesk and Sarn", the list's first name tagged a place):
    two of the list's kind, as a list holds things of one kind; a firm named for two people
    ("Lund and Berg") ends no such list."""
    s, first, end = doc.sentences[e.sentence], e.first_token, e.end_token
    if end - first != 3:
        return []  # most names: no "Name and Name" span, no words to copy
    words = [t.text for t in s.tokens]
    if words[first + 1] != "and" or first < 2 or words[first - 1] != ",":
        return []
    starts = {x.first_token: x.label for x in doc.entities if x.sentence == e.sentence}
    # back over one-word "Name ," items, two at least ("In Valby, Lund and Berg said": no list),
    # to a tagged one
    k, label = first - 2, ""
    while k >= 0 and words[k][:1].isupper() and (k == 0 or words[k - 1] in (",", "at", "in")):
        label = label or starts.get(k, "")
        if k < 2 or words[k - 1] != ",":
            break
        k -= 2
    if first - k < 4 or label not in ("LOCATION", "PERSON"):
        return []
    return [s.entity(label, first, first + 1), s.entity(label, first + 2, end)]


def classify(doc: Doc) -> Kinds:
    """The document's entities with labels corrected as the module docstring says."""
    words = set(re.findall(r"[a-z-]+", doc.text.lower()))
    scores = len(SCORE.findall(doc.text)) if may_match(SCORE, doc.text) else 0
    # A sports report: several sports words and two scores, or many and three game words.
    found = {key: len(words & group) for key, group in SPORTS_WORDS.items()}  # "sports", "game"
    sports = found["sports"] >= (4 if scores >= 2 else 8) and (scores >= 2 or found["game"] >= 3)
    # or a table of results or fixtures and two sports words (a standings or tour list)
    sports = sports or (len(_RESULT_LINE.findall(doc.text)) >= 3 and found["sports"] >= 2)
    # but not an election's copy, where tallies are votes and "won the race" is for a seat
    election = found["politics"] >= 2 and found["game"] == 0
    sports = sports and not election
    # Any score or result line: teams may bear the names of cities; but not a tally in copy
    # without a sports word ("passed 337-80"), nor in an election's, where a county is still
    # a place.
    scored = sports or (scores > 0 and found["sports"] > 0 and not election)
    # Nor is a town read as a place by its context in an article with sports words (a
    # cricket report may have no score).
    places = not (scored or found["game"] >= 2)
    doc = _persons_after_body_names(doc)
    named = _firm_short_names_read_as_places(doc, _classify(doc, sports, scored, places))
    return Kinds(tuple(named), sports, scored)


def _persons_after_body_names(doc: Doc) -> Doc:
    """`doc` with a person the tagger ran into the body's name before it cut out: "the
    Norland Pear Growers Council Jo Dell says" (rural copy names a member's body, then the
    member, with no comma), tagged "Growers Council Jo": the body up to its last body word,
    run back over the capitalised words after "the", and the person from a given name on."""
    if not any(e.label == "ORGANIZATION" for e in doc.entities):
        return doc
    out: list[Entity] = []
    for e in doc.entities:
        cut = _body_person_cut(doc, e) if e.label == "ORGANIZATION" else None
        if cut is None:
            if not (out and out[-1].sentence == e.sentence and out[-1].end > e.start):
                out.append(e)
            continue
        out.extend(cut)
    return replace(doc, entities=tuple(out))


def _firm_short_names_read_as_places(doc: Doc, found: list[Entity]) -> list[Entity]:
    """`found` with a firm's short name read as a place made the firm's again: "Norvik"
    beside "Norvik Teleservices" (a name and a trade word, no body's head), where the gazetteer
    knows no country or large town of the name and the copy never writes it as a place
    (`_set_as_place`)."""
    firsts = {
        words[0]
        for e in found
        if e.label == "ORGANIZATION"
        and len(words := e.text.split()) == 2
        and words[1][:1].isupper()
        and words[1] not in _BODY_LAST
    }
    short = {
        e.text
        for e in found
        if e.label == "LOCATION" and e.text in firsts and _minor_place_name(e.text)
    }
    short -= {e.text for e in found if e.label == "LOCATION" and _set_as_place(doc, e)}
    if not short:
        return found
    return [
        replace(e, label="ORGANIZATION") if e.label == "LOCATION" and e.text in short else e
        for e in found
    ]


def _minor_place_name(name: str) -> bool:
    """A capitalised name (no dateline's "OSLO") that no country and no town of 100,000
    people bears: a small town's name gives way to the firm of the copy; "Ontario" does not."""
    known = gazetteer.candidates(name)
    small = not any(k.type == "country" or k.population >= 100_000 for k in known)
    return small and name[:1].isupper() and not name.isupper()


def _set_as_place(doc: Doc, e: Entity) -> bool:
    """A mention written as a place: after "in" or "near", before a place noun ("the Norvik
    province") or another noun, or set off by a comma after a firm's name or before another
    place ("Norvik Truck Corp., Norvik, Valland")."""
    tokens = doc.sentences[e.sentence].tokens
    nxt = tokens[e.end_token] if e.end_token < len(tokens) else None
    after = nxt.text if nxt else ""
    # a modifier of a plain noun ("Norvik flags", "Norvik farmers"): a place's, as a firm
    # is written as a doer ("Norvik is", "Norvik's network")
    modifier = nxt is not None and nxt.tag.startswith("NN") and after.islower()
    return word_before(doc, e) in ("in", "near", ",") or after in (",", *PLACE_NOUNS) or modifier


def _body_person_cut(doc: Doc, e: Entity) -> tuple[Entity, Entity] | None:
    """The body and the person of `_persons_after_body_names`, or None: a body word before a
    given name, the name two or three capitalised words (running past the tagger's span)
    and then a lower-case word ("says") or a comma."""
    s = doc.sentences[e.sentence]
    words = [t.text for t in s.tokens]
    # a body word after the name's first word: not "International" of "International Red Cross"
    heads = [k for k in range(e.first_token + 1, e.end_token - 1) if words[k] in untagged.HEADS]
    if not heads or not gazetteer.first_name(words[heads[-1] + 1]):
        return None
    start = heads[-1] + 1
    end = start + 1
    while end < len(words) and end - start < 3 and _plain_name_word(words[end]):
        end += 1
    if end - start < 2 or end < e.end_token or end >= len(words):
        return None
    if not (words[end].islower() or words[end] == ","):
        return None
    if institutions.canonical(" ".join(words[start:end])):
        return None  # a body the tables know ("Red Cross"), no person
    first = e.first_token
    while first > 1 and words[first - 1].istitle() and words[first - 1].isalpha():
        first -= 1
    if first < e.first_token and words[first - 1].lower() != "the":
        first = e.first_token  # only a name the copy opens with "the" runs back
    return s.entity("ORGANIZATION", first, start), s.entity("PERSON", start, end)


def _plain_name_word(word: str) -> bool:
    """A capitalised word of letters that no body's name ends in: a surname."""
    return word.istitle() and word.isalpha() and word not in untagged.HEADS


# One-word holidays, which the first-name list also holds ("Easter"): no given name.
_HOLIDAYS = {h for h in lexicons.words("holidays") if " " not in h}
# Titles before a lone name that make it a person's ("President Lind", "Mr Lind").
_TITLE_WORDS = PERSON_TITLES | JOB_TITLES


def _after_inner_title(words: list[str]) -> list[str]:
    """The name after a job title inside one span read as a person ("Valby Mayor Ann Lind"):
    the words before the title name the office's place or body, no part of her name."""
    inner = [k for k, w in enumerate(words[1:-2], start=1) if w in JOB_TITLES]
    return words[inner[-1] + 1 :] if inner else words


def _classify(doc: Doc, sports: bool, scores: bool, places: bool) -> list[Entity]:
    dated = datelines(doc)
    person_words: set[str] = set()
    names = [(e.label, clean_name(e.text)) for e in doc.entities]
    # "the Valby landfill" beside "living in Valby": no body's name
    site_modifiers = _modifier_only_bodies(doc)
    org_names = {name for label, name in names if label == "ORGANIZATION"} - site_modifiers
    # "Arden and Holm, Wales,": read as a body, placed by its country; no body's name
    sited_bodies = _sited_bodies(doc)
    org_names -= sited_bodies
    place_names = {name for label, name in names if label not in ("PERSON", "ORGANIZATION")}
    name_parts: set[str] = set()  # words of full names: "Sheffield" of "Ann Sheffield"
    given: set[str] = set()  # their first names and surnames: "Nigel", "Farage"
    common_surnames: set[str] = set()  # common words read alone as persons inside a sentence
    # "her town of Varnia" once: Varnia is a place wherever named
    of_place = {clean_name(e.text) for e in doc.entities if _of_place_noun(doc, e)}
    # where each tagged place ends (sentence, end token): found once, not walked per name
    place_ends = {(x.sentence, x.end_token) for x in doc.entities if x.label == "LOCATION"}
    # where each body's name ends: tagged as one, or ending in a body's word ("Valby Clinic")
    org_ends = {
        (x.sentence, x.end_token)
        for x in doc.entities
        if x.label == "ORGANIZATION" or x.text.split()[-1] in ORG_NAME_WORDS
    }
    lone = {e.text for e in doc.entities if " " not in e.text.strip()}  # names of one word
    for e in (e for e in doc.entities if e.label == "PERSON"):
        words = _after_inner_title(clean_name(e.text).split())
        if " ".join(words) in of_place or _place_run_into_name(words, lone):
            continue
        given_first = bool(words) and gazetteer.first_name(words[0]) and words[0] not in _HOLIDAYS
        # "Ewood Park", not "Jo Park"; "Ellis Island" after a first name too
        tail = bool(words) and words[-1] in _PLACE_TAILS
        tail &= not given_first or words[-1] in _PLACE_ONLY_TAILS
        # "Valby Town", "Valby United": a club's last word, whose words name no one
        tail |= len(words) > 1 and (
            words[-1] in _TAILS["club_or_town"] or words[-1] in _TAILS["club"]
        )
        # "School": a common word the tagger read as a person names no one
        common = len(words) == 1 and words[0].lower() in COMMON
        # "Campbell Soup", not "Learning Materials": a proper name and its trade, a firm's
        firm = _trade_named(words) and words[0].lower() not in COMMON
        firm |= " ".join(words).rstrip(".") in EPONYMOUS_FIRMS  # "Goldman Sachs"
        if common and _common_word_surname(doc, e):
            common_surnames.add(words[0])  # "as Spade scored" beside "Rico Spade ran in"
        if tail or national_body(words) or common or firm:
            continue  # "Ewood Park", "Valby Arena", "Biosecurity Norland": no person's name
        person_words.add(" ".join(words))
        if len(words) > 1:
            person_words.update(w for w in words if w[:1].isupper() and w not in BODY_TAILS)
            name_parts.update(words)
            given.update(words[:: len(words) - 1] if gazetteer.first_name(words[0]) else words[-1:])
        elif word_before(doc, e).rstrip(".") in _TITLE_WORDS:
            given.update(words)  # "President Lind": "Lind" of "the Lind home" is the person

    surname_words = person_words | common_surnames  # joined once, read at bodies' names
    firms = _firms(doc, names)
    heads = _trade_heads(names)
    # a club, wherever named ("at Valby", "from Valby"), where written as a club's once ("Valby
    # manager", "beat Valby"; not the town of "the University of Valby", nor "Valby City"),
    # and never a place where something happens ("in Valby")
    clubs = {m["before"] or m["after"] for m in club_names(doc.text) if m[0][:4] != "Univ"}
    clubs -= {clean_name(e.text) for e in doc.entities if word_before(doc, e) == "in"}
    # and the names written as clubs' in full ("Valby Town", "Valby United"): no place after
    # "of" or "from" ("the visit of Valby Town")
    written = clubs | {m["tail"] for m in club_names(doc.text) if m["tail"]}
    openers = {n.split()[0] for n in org_names if " " in n}  # "Real" of "Real Madrid"
    club_heads = {n.split()[0] for _, n in names if _headed_club(n)}  # "Real" alone: the club
    landforms = {clean_name(e.text) for e in doc.entities if word_after(doc, e) in LANDFORM_NOUNS}
    landforms |= {clean_name(e.text) for e in doc.entities if _area_named(doc, e)}
    landforms |= {clean_name(e.text) for e in doc.entities if _home_named(doc, e)}
    landforms |= {n for e in doc.entities if _water_headed(doc, e, n := clean_name(e.text))}
    grounds = _grounds(doc, name_parts) if sports else set()
    # A building named for its body is a place only where the body never acts.
    acting = {n for e in doc.entities if not _visited_house(doc, e, n := clean_name(e.text))}
    firm_spans = _firm_spans(doc)
    # "Drexel" of "Drexel Burnham Lambert"; not "Valby" of a law, "the Valby Freedom Act"
    org_heads = {n.split()[0] for n in org_names if _body_name(n) and not _town_council_name(n)}
    org_heads |= {n.split()[0] for n in firms if " " in n}  # "Campbell" of "Campbell Soup"
    bodies_and_firms = org_names | firms  # joined once, read at every name below
    short_bodies = _short_bodies(doc, bodies_and_firms, name_parts | given)
    org_spans = _firm_spans(doc, ends=None)
    # "Columbia's stock" beside "Columbia Savings": the short names the text gives stock,
    # looked for once each, not at each mention
    stocked = {n for n in org_heads if _stock_cued(n, doc.text)}
    # "Holmvik's managing director": one word read as a person, of nobody's full name and no
    # first name, before officers or shares a firm has and no person does
    lone_persons = {n for label, n in names if label == "PERSON" and " " not in n}
    lone_persons -= name_parts | {n for n in lone_persons if gazetteer.first_name(n)}
    stocked |= {n for n in lone_persons if _stock_cued(n, doc.text)}
    # "Valby have won" in a sports report: a team, not a person
    plural = _plural_subjects(doc, name_parts) if scores else set()
    # "Valco, a car maker," once: Valco is the firm at every mention ("control of Valco")
    apposed = {n for e in doc.entities if _unnamed_body(doc, e, n := clean_name(e.text))}
    # "Vekra Auto, which…" once: no person's name wherever the article writes it
    which_named = {n for e in doc.entities if _which_follows(doc, e, n := clean_name(e.text))}
    which_named -= name_parts  # "Lind, which…" of Jo Lind: the clause may be about the sentence
    unlisted_towns = _unlisted_towns(doc, name_parts, given)  # "in Valby" of an unlisted town
    eponyms = _eponym_words(doc.text) - name_parts - given
    out = list(dated)
    tagged = untagged.by_sentence(doc.entities)
    listed = _listed_surnames(doc, tagged)  # "Lind, Berg and Tamm": Berg a person everywhere
    lone_clubs = clubs - name_parts  # not "beat Wang" of "Wang Fei": joined once, not per name
    for e in filter(None, map(lambda e: _before_handle(doc, e), doc.entities)):
        name = clean_name(e.text)
        in_dateline = any(d.start < e.end and e.start < d.end for d in dated)
        # "Belleville, Ill." ending a sentence: the state, its full stop read as the sentence's
        state = word_before(doc, e) == "," and state_form(doc, e) is not None
        if _postal_code_after_place(doc, e, place_ends):
            out.append(replace(e, label="LOCATION"))  # "Dover, DE, near": the town's state
            continue
        if in_dateline or (not state and _common(doc, e, name, name_parts, openers)):
            continue
        s = doc.sentences[e.sentence]
        untrimmed, e = e, _trimmed(doc, e)
        name = clean_name(e.text)
        if e.label != "LOCATION" and not scores and _address_region(doc, e, name):
            out += _address_town(doc, e)  # "Jo Lind, 58, of Penwick, Surrey, admitted"
            out.append(replace(e, label="LOCATION"))
            continue
        if _subject_of_body(doc, e, name) or _role_head(s, e, name):
            continue
        if _called_product(s, e, name, org_names):
            continue  # "The device, called the Corvane Leaf": the product of the firm Corvane
        prefixed = _prefixed_place(s, e) or _the_old_named_body(s, e) or _adjective_led_body(doc, e)
        if prefixed is not None:
            out.append(prefixed)  # "the provinces of Kessington, Lower Tana and Mbiru"
            continue
        if firm_name := _eponymous_firm(s, e, name):
            out.append(firm_name)  # "Goldman Sachs": a firm, no one
            continue
        if _town_before_force(doc, e, name):
            out.append(replace(e, label="LOCATION"))  # "Dunford police said": the town
            continue
        if name in unlisted_towns:
            out.append(replace(e, label="LOCATION"))
            continue
        # not a name cut on purpose ("NFU" of "NFU National President")
        firm_end = _firm_name_end(s, e, bodies_and_firms) if e == untrimmed else 0
        firm_end = firm_end if e.label != "PERSON" else 0
        if firm_end:
            out.append(s.entity("ORGANIZATION", e.first_token, firm_end))
            continue  # "Georgia" + "Gulf stock" beside "Georgia Gulf Corp.": the firm
        if e.label == "ORGANIZATION" and (titled := _courtesy_titled_holder(e, name)):
            out.append(s.entity("PERSON", e.first_token + titled, e.end_token))
            continue  # "Valby Chief Minister Datuk Ali Hassan Omar": the person after the title
        if holder := _office_holder(doc, e, name):  # "Secretary of State Rusk": Rusk
            out.append(s.entity("PERSON", e.first_token + holder, e.end_token))
            continue
        if leader := _leader_words(doc, e, name, given):
            out.append(s.entity("PERSON", e.first_token, e.first_token + leader))
            if leader == e.end_token - e.first_token:
                continue
            e = s.entity(e.label, e.first_token + leader, e.end_token)  # "White House"
            name = clean_name(e.text)
        if e.label == "PERSON" and _town_and_state(name):  # "Staunton Va" signing a letter
            out.append(s.entity("LOCATION", e.first_token, e.end_token - 1))
            continue
        if e.label == "PERSON" and (_doubled_town_name(name.split()) or _capital_named(doc, name)):
            out.append(replace(e, label="LOCATION"))  # "visited Walla Walla"
            continue
        if lead := _demonym_before_full_name(doc, e, name, person_words, sports):
            e = s.entity("PERSON", e.first_token + lead, e.end_token)  # "South African Jo Lind"
            name = clean_name(e.text)
        # "Welshman Ray Reardon": the demonym's noun opens no name
        if e.label == "PERSON" and gazetteer.demonym_noun(name.partition(" ")[0]):
            if e.end_token - e.first_token == 1:
                continue
            e = s.entity("PERSON", e.first_token + 1, e.end_token)
            name = clean_name(e.text)
        before = word_before(doc, e)
        if before in ("the", "The") and gazetteer.with_article(f"the {e.text}"):
            e = s.entity(e.label, e.first_token - 1, e.end_token)  # "the Hague": its article
        # a place: "The Hague", "Topeka, Kan."
        town = gazetteer.with_article(e.text) or name in gazetteer.US_STATE_ABBREVIATIONS or state
        last = name.split()[-1] if name else ""
        # a club: one word ("beat Valby"), not of a full name ("beat Wang" of "Wang Fei") or a
        # country; or a club's last word ("Leeds United")
        club = name in lone_clubs and not gazetteer.country_name(lookup_name(name))
        club |= len(name.split()) > 1 and last in _TAILS["club"]
        club |= _club_lead_named(name)  # "FC Valby", whatever the tagger read
        club |= _headed_club(name) or name in club_heads  # "Real Madrid", "Athletic Bilbao"
        # a US college by its state, "Washington State" (the name less " State"), read as a
        # person (or, in sports copy, as the place)
        college = last == "State" and (e.label == "PERSON" or sports)
        club |= college and _state_named(name)
        if town or club:
            out.append(replace(e, label="LOCATION" if town else "ORGANIZATION"))
            continue
        if e.label == "PERSON" and len(name.split()) > 1 and last in _TAILS["club_or_town"]:
            # "Dunmere host Valby Town": no person's name ends so; a club where written as one
            club = sports or name in written
            out.append(replace(e, label="ORGANIZATION" if club else "LOCATION"))
            continue
        if e.label == "ORGANIZATION" and _titled_judge(name):
            out.append(replace(e, label="PERSON"))  # "Mr Justice Okoro said", a judge
            continue
        if e.label == "PERSON" and name in which_named:
            out.append(replace(e, label="ORGANIZATION"))  # "Vekra Auto, which is building"
            continue
        # an airport is also its operator ("Kansai Airport said"), but not "at" one; a street
        # a body's metonym ("Wall Street", "Downing Street"): no place for that reason
        airport = last == "Airport" and word_before(doc, e).lower() not in _PLACED_AFTER
        place_tail = last in _PLACE_TAILS_BUT_STREET and not airport and "of" not in name.split()
        lake = last in _PLACE_TAILS and not _role_apposed_given_name(s, e, name)
        if e.label == "PERSON" and len(name.split()) > 1 and lake:
            club = last in _TAILS["club_or_place"] and (sports or not places)
            e = replace(e, label="ORGANIZATION" if club else "LOCATION")  # "LA County"
        elif e.label == "ORGANIZATION" and place_tail and (places or _unknown_site(name)):
            e = replace(e, label="LOCATION")  # "DeKalb County" (not a club: "Notts County")
        if e.label == "ORGANIZATION" and name in site_modifiers:
            e = replace(e, label="LOCATION")  # "the Valby landfill" beside "in Valby"
        # "Kremlin threats", "the Pentagon said"; "West Mercia Police" read as a place
        if e.label == "LOCATION" and (_seat_acts(doc, e, name) or _force_named(name)):
            e = replace(e, label="ORGANIZATION")
        house = _visited_house(doc, e, name) if e.label == "ORGANIZATION" else ""
        # "the Washington Post Trump said", "Valby's Union League": two names
        parts = _two_names(s, e, person_words) if e.label == "ORGANIZATION" else []
        # "at Orra, Tolvik, Vesk and Sarn": two places; "a Cleveland Democrat": the city, the party
        parts = parts or _list_end_pair(doc, e) or _place_and_party(doc, e)
        parts = parts or _country_medium(doc, e)  # "US TV network Norcast": the country
        # "visited", "at": the building, as the guideline has it, even where the body acts;
        # "to", "for" may be the office ("a bid for the White House"): only if it never acts
        if house and (house.startswith("visit") or house in ("at", "in") or name not in acting):
            parts = [replace(e, label="LOCATION")]  # "visited the White House"
        if parts:
            out += parts
            continue
        role = e.label == "ORGANIZATION" and _after_role_noun(doc, e, name)
        role = role or e.label == "ORGANIZATION" and _full_name_listed(doc, e, name, tagged)
        if role:
            e = replace(e, label="PERSON")  # "retired general Lloyd Newton"
        if e.label == "PERSON" and _publisher(doc, e):
            if "/" not in name:  # "Ana B. Lind/Norpress": an imprint and its house, abstain
                out.append(replace(e, label="ORGANIZATION"))
            continue
        body = e.label == "PERSON" and _body_not_person(doc, e, name)  # "Simon Wiesenthal Center"
        firm = name in firms and not gazetteer.candidates(name)  # "Kellogg" beside "Kellogg Co."
        firm |= e.label == "PERSON" and name in heads  # "Walter" beside "Walter Energy"
        firm |= e.label == "PERSON" and _listed_with_firms(doc, e, firm_spans)  # "Valco Co., …"
        firm |= e.label == "LOCATION" and _firm_not_place(
            doc, e, name, org_heads, stocked, org_spans
        )
        # "Campbell's stock" beside "Campbell Soup": no person has stock nor shareholders
        firm |= name in stocked
        firm |= e.label == "PERSON" and name in short_bodies  # "Valco" beside "Valco Foods"
        firm |= e.label == "LOCATION" and _the_body_apposed(s, e) and not gazetteer.candidates(name)
        firm |= e.label == "PERSON" and name in plural
        firm |= e.label == "PERSON" and _capital_the_plural_act(doc, e, name)
        firm |= e.label == "PERSON" and name in eponyms  # "Warner" beside "Warner Bros"
        firm |= name in apposed
        if body or (firm and e.label != "ORGANIZATION"):
            out.append(_adjective_led_body(doc, e) or replace(e, label="ORGANIZATION"))
            continue
        # one word the tagger also reads as a body ("Valencia"), or more and no first name; not
        # after a title ("President Lind", beside "the Lind plan" read as a body)
        also_body = (name in org_names or _shouted_body(name, org_names)) and name not in name_parts
        also_body &= before.rstrip(".") not in _TITLE_WORDS and not role and name not in listed
        if e.label == "PERSON" and also_body and not _named(name):
            e = replace(e, label="ORGANIZATION")
        seat = words_before(doc, e, 2)
        member_seat = seat[-1:] == ["for"] and seat[0] in MEMBER_WORDS and name.istitle()
        # "the Member for Valby, Ann Lind,"; "of Upton Hill, Essex,"
        # "Varnia, the seceded province"; "of Mill Lane, Arden, admitted"
        sited = _sited(doc, e) or _place_apposition(s, e) or _street_town(s, e)
        if member_seat and e.label != "LOCATION" and (cut := _seat_then_name(name)):
            # "Member for Gregory Lachlan Moss says": the seat, then the member
            out += [s.entity("LOCATION", e.first_token, e.end_token - cut)]
            out += [s.entity("PERSON", e.end_token - cut, e.end_token)]
            continue
        sited = sited or (e.label == "PERSON" and _town_named_like_person(doc, e, name))
        if (member_seat and not _named(name)) or (e.label == "PERSON" and sited):
            out.append(replace(e, label="LOCATION"))
            continue
        also_place = name in place_names and name not in name_parts and gazetteer.candidates(name)
        # "Laos" or "Kan." is never a person
        headed = _sided(doc, e, name) or _place_headed(name)
        located = headed or also_place or bool(gazetteer.country_name(name) or state_form(doc, e))
        located = located or name in of_place  # "Varnia" beside "her town of Varnia"
        # "Valby, Norland", "Norland Berg"
        located = located or _state_after_town(doc, e, name, place_ends)
        tagged_person = e.label == "PERSON" and not _band_member_named(doc, e, name)
        if tagged_person and (located or _town_not_person(doc, e, name, name_parts, sports)):
            e = replace(e, label="LOCATION")  # "a visit to Sheffield", "Dallas is paying"
        if _after_body_noun(doc, e, name) or _unnamed_body(doc, e, name) or _listed_site(doc, e):
            out.append(replace(e, label="ORGANIZATION"))  # "the campaign group Liberty"
            continue
        if e.label != "LOCATION" and (name in landforms or _landform_of(name)):
            e = replace(e, label="LOCATION")  # "the Tonle Sap lake", then "the Tonle Sap"
        if e.label != "LOCATION" and name in _SPORTS_GROUNDS and name not in name_parts:
            out.append(replace(e, label="LOCATION"))  # "the Tynecastle club": the ground
            continue
        site = e.label == "ORGANIZATION" and not places
        if site and (_ground(doc, e, name, name_parts) or _played_in(doc, e, name, name_parts)):
            out.append(replace(e, label="LOCATION"))  # "drew at Turf Moor"
            continue
        if e.label == "ORGANIZATION":
            # not "the mining giant Valco Energy": a body's last word names no person
            unworded = not _is_org_name(doc, e, name, firms)
            plain = unworded and not _body_end(name)
            known = gazetteer.candidates(name)
            region = any(k.type == "region" for k in known[:1])
            person = _named_person(name, person_words, sports) or _titled_person(name)
            person = person or _person_by_context(doc, e, name, surname_words, scores)
            person = person or name in listed or _initialled_person(doc, name)
            # a town's whole name, which the tagger reads as a place elsewhere ("El Paso")
            person = person and not (known and name in place_names)
            strict = scores or name.isupper() or name not in place_names
            # in a sports report, a region only as modifier: "the Ayrshire club"
            modifier = region and _modifier(doc, e, known)
            country = bool(gazetteer.country_name(name))
            # a country in sports copy too: a national side is listed under its place
            if country or (region and (not sports or modifier)):
                e = replace(e, label="LOCATION")  # "UK", "US", "Texas", "playing for Norway"
            elif plain and person and not sports and _sided(doc, e, name):
                # "West Groton": a side of a place opens no person's name, and no other rule
                # of places may make it the body the tagger read
                out.append(replace(e, label="LOCATION"))
                continue
            elif unworded and name.split()[-1] not in COMPANY_ENDS and _before_state(doc, e):
                e = replace(e, label="LOCATION")  # "the Valby, Conn., concern"
            elif unworded and _firm_seat(doc, e, name, org_ends):
                e = replace(e, label="LOCATION")  # "Norbank Inc., Valby."
            elif name in sited_bodies:
                # "between Arden and Holm, Wales, next": a country after the comma places it,
                # and no rule of bodies may make it the body the tagger read
                out += _places_of(s, e)
                continue
            elif plain and person and _place_headed(name):
                e = replace(e, label="LOCATION")  # "Pulau Ular", "Fort Valby": no person
            elif plain and person:
                e = replace(e, label="PERSON")  # "Jesper Parnevik", "Lord Bingham"
            elif (
                (plain or name in gazetteer.FEATURES)
                and _is_town(doc, e, name, strict)
                and name not in stocked  # "Columbia's stock"
            ):
                e = replace(e, label="LOCATION")  # "in Milan", "the West Bank"
        if e.label != "LOCATION":
            out.append(e)
            continue
        name = lookup_name(clean_name(e.text))
        # "in Washington State", read as a person by its first name: the state, as "Washington"
        if _state_named(name) and _is_person_name(name, person_words):
            out.append(s.entity("LOCATION", e.first_token, e.end_token - 1))
            continue
        before, after = word_before(doc, e).lower(), word_after(doc, e)
        known = gazetteer.candidates(name) or _compass_region(name)
        label = "LOCATION"
        # a side (a team) in a sports report: not after "in" nor at a ground
        side = sports and before not in LOCATIVES and not _ground(doc, e, name, name_parts)
        side &= name not in grounds and not _town_read_as_place(doc, e, name, written)
        # A lone first name or surname that a person of the article bears ("Nigel" or "Farage"
        # beside "Nigel Farage"), not after "in" or "from".
        called = name in given and before not in _PLACED_AFTER and not gazetteer.country_name(name)
        called = called and not _state_after_town(doc, e, name, place_ends)
        if _titled_person(name) or called:
            label = "PERSON"  # "Mr Brown"; "Don't tell lies Nigel" beside "Nigel Farage"
        elif known or gazetteer.demonym_country(name):
            # a venue heading a scorecard ("Hove: Sussex 363"), a line's end ("London)")
            venue = before in LOCATIVES or after == ":" or _venue_town(s, e) or _listed_venue(s, e)
            venue |= _modifier(doc, e, known, towns=False)  # "the Valby side" of a county
            venue |= len(s.tokens) <= e.end_token - e.first_token + 1
            venue |= _bracketed_home(s, e)  # "Jo Park (South Valshire)", a referee's county
            town = not any(k.type in ("country", "water", "other") for k in known)
            team = sports and bool(known) and town and name not in gazetteer.FEATURES
            team &= not venue and name not in grounds
            team = team and not _town_read_as_place(doc, e, name, written)
            label = "ORGANIZATION" if team else "LOCATION"
        elif _is_person_name(name, person_words) and not (_sited(doc, e) or _sided(doc, e, name)):
            # "Park View Academy": a first name opening a body's name
            label = "ORGANIZATION" if _body_end(name) and name not in person_words else "PERSON"
        elif not known and " " not in name and _listed_with_persons(doc, e, tagged):
            label = "PERSON"  # "Marvek, Tito and Sukarno"
        elif clean_name(e.text) in landforms or _venue(name.split()[-1], sports, _PLACE_TAILS):
            label = "LOCATION"  # "the Tonle Sap", "Bay County" (also tagged in a body's name)
        elif _landform_of(name):
            label = "LOCATION"  # "the Sea of Valby", also tagged as a body elsewhere
        elif side or _site_free_head(name):
            label = "ORGANIZATION"  # "the Valby Foundation in historic Valby"
        elif _place_headed(name) and name in person_words and not _body_end(name):
            label = "LOCATION"  # "Pulau Ular", tagged as a person and as a body
        elif _is_org_name(doc, e, name, org_names) and not _patient_in(doc, e, name):
            label = "ORGANIZATION"
        out.append(e if label == e.label else replace(e, label=label))
    out += _acronym_bodies(doc, out)
    out += _common_word_firms(doc, out)
    out = [replace(e, label="ORGANIZATION") if _film_industry_named(doc, e) else e for e in out]
    media = untagged.media(doc, out)  # "posted on Weibo": a website, there and everywhere
    sites = {m.text for m in media}
    out = [replace(e, label="ORGANIZATION") if e.text in sites else e for e in out]
    # "the MP for Holm and Lund,": the seat's second place read as a person's name
    out = [replace(e, label="LOCATION") if _seat_partner(doc, e, out) else e for e in out]
    # "between Valby and Holm", a letter's sign-off "Jo Park\nHolm": Holm wherever named
    towns = {e.text for e in out if _between_partner(doc, e, out) or _signoff_town(doc, e, out)}
    out = [replace(e, label="LOCATION") if e.text in towns else e for e in out]
    # an untagged run ending in a body word that names a landmark ("the World Trade Center")
    missed = [_as_feature(e) for e in untagged.missed_bodies(doc, out)]
    missed += _listed_untagged_bodies(doc, out + missed)  # "retailers like Quarvo and Lindt"
    out = _inside_missed_bodies(out, missed)
    out += missed + [m for m in media if m not in out]
    out += untagged.roads(doc, out)  # "Interstate 40"
    out += untagged.town_nickname_clubs(doc, out)  # "Harlow Hawks have sacked"
    untagged_people = untagged.missed_persons(doc, out)  # "singer Jo", "include Jo, Ann Lind and"
    # not a side a sports report names after a fixture verb ("The Loxa (14-3) host Valby")
    out += [
        replace(e, label="ORGANIZATION") if sports and e.text in clubs else e
        for e in untagged_people
    ]
    joined = _joined(doc, _fields(doc, _place_led(doc, sorted(out, key=lambda e: e.start))), sports)
    surnames = _full_surnames(doc)
    named = _with_institutions(doc, [e for e in joined if not _not_a_name(doc, e, surnames)])
    kept = set(named)
    repaired = spans.repair(doc, named, places=places)
    titles = _titles(doc)
    named_ok = [e for e in repaired if e in kept or not _not_a_name(doc, e, surnames)]
    # a kept animal's name, there and wherever else the article uses it ("his dog Rex")
    pets = {e.text for e in doc.entities if e.label == "PERSON" and _animal_named(doc, e)}
    pets |= {e.text for e in doc.entities if e.label == "PERSON" and _animal_described(doc, e)}
    named_ok = [e for e in named_ok if not (e.label == "PERSON" and _pet_named(e.text, pets))]
    # a character named after an actor's "as", wherever else the article names it
    roles = _character_names(doc)
    named_ok = [e for e in named_ok if not (e.label == "PERSON" and _is_character(e.text, roles))]
    # a storm's name, with its word ("Storm Ciara") or alone wherever the article uses it
    storms = _storm_names(doc)
    named_ok = [e for e in named_ok if not _names_storm(clean_name(e.text), storms)]
    # a minor planet's name after its catalogue number, there and wherever else it is used
    # The one-word names the text prints after a catalogue number ("the asteroid 31416 Norvik"):
    # minor planets, as science copy prints them, no persons; a year before a name is no such
    # number.
    planets = {m["name"] for m in _MINOR_PLANET_NUMBER.finditer(doc.text)}
    named_ok = [e for e in named_ok if not (e.label == "PERSON" and e.text in planets)]
    # "Moor Lane (BBC Two)": a programme's title, as listings write it
    named_ok = [e for e in named_ok if not (e.label == "PERSON" and _programme_by_channel(doc, e))]
    named_ok = _listed_as_places(doc, named_ok)
    named_ok = _listed_as_bodies(doc, named_ok)  # "companies like Valco and Rio Holm"
    named_ok = _firms_after_trade_plurals(doc, named_ok)  # "consultants Harrow Marsh"
    # "the Norland Fibre Agreement (NFA)": "NFA" names the pact wherever used, no body
    pacts = frozenset(m["letters"] for m in matches_in(_AGREEMENT_LETTERS, doc.text))
    # "the Valby Water Plan (VWP)": the scheme's letters
    pacts |= _lower_case_spelt_acronyms(doc.text) | _scheme_acronyms(doc.text)
    named_ok = [e for e in named_ok if not (e.label == "ORGANIZATION" and e.text in pacts)]
    named_ok = _national_trade_firms(doc, named_ok)  # "Norlandic Gas", the trade as a person
    named_ok = _bands_before_member_roles(doc, named_ok)  # "Lady Marlowe singer Jo Brandt"
    named_ok = [_member_plural_body(e) for e in named_ok]  # "Victoria Farmers president"
    # "who represented Calder Vale for Labour": the seat, wherever the article names it
    # "the Usher Hall": names of buildings after a lower-case "the" ("at the Royal Albert Hall"):
    # places, since a person's name takes no article, though "Hall" ends persons' names too.
    cued = _represented_seats(doc.text) | {m[1] for m in matches_in(_VENUE_AFTER_THE, doc.text)}
    named_ok = [replace(e, label="LOCATION") if e.text in cued else e for e in named_ok]
    named_ok = [_opening_word_of_body(doc, e, named_ok) for e in named_ok]
    named_ok = _campaign_named_bodies(doc, named_ok)  # "the Committee to Protect Bloggers"
    return [e for e in named_ok if not any(a < e.end and e.start < b for a, b in titles)]


# A body's head word and a verb of campaigning: "Committee" + "to" + "Protect Bloggers".
_CAMPAIGN = lexicons.groups("campaign_body_names")


def _campaign_named_bodies(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "the Committee to Protect Bloggers": a name opening with a verb of campaigning after
    "to" and a body's head word is one body's name with them, as campaigns are named; the
    head read alone ("Committee") goes into it."""
    grown: list[Entity] = []
    for e in entities:
        tokens, k = doc.sentences[e.sentence].tokens, e.first_token
        if k < 2 or tokens[k - 1].text != "to" or tokens[k].text not in _CAMPAIGN["verb"]:
            continue
        if tokens[k - 2].text in _CAMPAIGN["head"]:
            grown.append(doc.sentences[e.sentence].entity("ORGANIZATION", k - 2, e.end_token))
    if not grown:
        return entities
    inside = [e for e in entities if any(g.start <= e.start and e.end <= g.end for g in grown)]
    return sorted([e for e in entities if e not in inside] + grown, key=lambda e: e.start)


# Channels by the forms that end in their number ("BBC Two", "ITV1", "Radio 4", "Five Live"),
# not a broadcaster's or a newsroom's name ("BBC", "Sky News"), which a person's
# affiliation may be.
_CHANNEL_NUMBERS = re.compile(r".*(?:\d|\b(?:One|Two|Three|Four|Five|Live))")
_CHANNELS = frozenset(
    form
    for forms in lexicons.forms("broadcasters").values()
    for form in forms
    if _CHANNEL_NUMBERS.fullmatch(form) and "News" not in form
)
# A bracket right after a name: "(BBC Two)".
_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n]{1,40})\)")


def _programme_by_channel(doc: Doc, e: Entity) -> bool:
    """ "Moor Lane (BBC Two)": a name with only a channel in brackets after it is a
    programme's title, as listings and awards copy write it; a person is written with a
    programme beside the channel ("Jo Lind (Moor Lane, BBC Two)")."""
    m = _BRACKET_AFTER.match(doc.text, e.end)
    return m is not None and m.group(1).strip() in _CHANNELS


def _opening_word_of_body(doc: Doc, e: Entity, entities: list[Entity]) -> Entity:
    """A body's name with the proper noun that opens its sentence, which the tagger left out
    as any opening word is capitalised ("Wrexley Borough Council said", tagged "Borough
    Council"): a name ending in a body word runs back over a proper noun before it; not over
    a common word ("Former Valco Group chief", or "New" where the copy writes "new"), a title,
    a day or another name."""
    if e.label != "ORGANIZATION" or e.first_token != 1:
        return e  # most entities: no word before them to take in
    s = doc.sentences[e.sentence]
    word = s.tokens[0]
    if clean_name(e.text).split()[-1] not in untagged.HEADS or word.end + 1 != e.start:
        return e  # "Valco Foods" and "The Valco Group": no proper noun opening the name
    plain = word.tag == "NNP" and word.text.isalpha() and word.text.istitle()
    taken = any(x.sentence == e.sentence and x.first_token == 0 for x in entities)
    common = word.text.lower() in COMMON or word.text.lower() in lower_case_words(doc.text)
    if not plain or taken or common or word.text in untagged.NOT_OPENING:
        return e
    return s.entity("ORGANIZATION", 0, e.end_token)


_AGREEMENT_LETTERS = lexicons.pattern("agreement_acronyms")


def _scheme_acronyms(text: str) -> frozenset[str]:
    """The letters an article gives a government scheme in brackets after its name ("the
    Norland Water Initiative (NWI)"), whose name `_not_a_name` reads as no body's (a last word
    of `_NO_NAME["scheme"]`): they name the scheme too, not a body, at every mention; not an
    agency's programme ("World Food Programme (WFP)")."""
    if "(" not in text:
        return frozenset()
    found = matches_in(_SCHEME_LETTERS, text)
    return frozenset(m["letters"] for m in found if m["name"].split()[0] not in _AGENCY_OPENERS)


_LOWER_SPELT = lexicons.pattern("lower_case_spelt_acronyms")
_SPELT_SKIPS = lexicons.words("spelt_out_small_words")


def _lower_case_spelt_acronyms(text: str) -> frozenset[str]:
    """The letters an article gives, in brackets, to words written in lower case ("virtual
    reality (VR)", "a growth factor (GF)"): the initials of the words before them spell the
    letters, and a body's name is capitalised, so they name a thing, no body, at every mention."""
    found = set()
    # the letters in brackets first: a scan from every lower-case word is dear, and most
    # articles bracket no letters
    for m in _LOWER_SPELT.finditer(text) if re.search(r"\([A-Z]{2,6}\)", text) else ():
        letters = m["letters"]
        words = [w for w in m["words"].split() if w not in _SPELT_SKIPS]
        initials = "".join(w[0] for w in words[-len(letters) :]).upper()
        found.update([letters] if initials == letters else [])
    return frozenset(found)


_PLACE_LIST_NOUNS = lexicons.words("place_list_nouns")
_LIST_CUES = lexicons.words("list_openers")
_LIST_CUE_OPENERS = {cue.split()[0] for cue in _LIST_CUES}  # "such" of "such as"


# Places standing for their film industries ("Hollywood"): organisations.
_INDUSTRY_PLACES = lexicons.words("industry_places")


def _film_industry_named(doc: Doc, e: Entity) -> bool:
    """A place whose name stands for its film industry ("Hollywood stars", "Hollywood is
    preparing"): an organisation, as the guideline reads it; not one a locative places ("a
    party in Hollywood")."""
    named = clean_name(e.text) in _INDUSTRY_PLACES and e.label != "ORGANIZATION"
    return named and word_before(doc, e).lower() not in LOCATIVES


def _listed_as_places(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Names listed after a plural noun of places and "like", "such as" or "including"
    ("resorts like Valby Sands, Holm Bay and the new Lund Park") are places, whatever the
    tagger read: the list runs while only commas, "and", "or", "the", lower-case adjectives
    and untagged names stand between its names."""
    listed = {e for run in _cue_listed(doc, entities, _PLACE_LIST_NOUNS) for e in run}
    return [replace(e, label="LOCATION") if e in listed else e for e in entities]


def _cue_listed(doc: Doc, entities: list[Entity], nouns: frozenset[str]) -> Iterator[list[Entity]]:
    """The names of each list a plural noun of `nouns` opens with "like", "such as" or
    "including", in order, while only list links stand between them (`_list_link`)."""
    for s, at in _list_openings(doc, nouns):
        run = []  # from the first token after the cue
        for e in sorted((e for e in entities if e.sentence == s.index), key=lambda e: e.start):
            if e.first_token < at:
                continue
            if not all(_list_link(t) for t in s.tokens[at : e.first_token]):
                break
            run.append(e)
            at = e.end_token
        yield run


def _list_openings(doc: Doc, nouns: frozenset[str]) -> Iterator[tuple[Sentence, int]]:
    """Each sentence with a plural noun of `nouns` and "like", "such as" or "including", and
    the token after the cue, where the list begins."""
    for s in doc.sentences:
        w = [t.text for t in s.tokens]
        if _LIST_CUE_OPENERS.isdisjoint(w):
            continue  # most sentences: no cue ("like", "such as"), no list to read
        for i in range(1, len(w)):
            if w[i - 1].lower() not in nouns:
                continue  # most words: no plural noun of the kind before
            two = i + 1 < len(w) and f"{w[i]} {w[i + 1]}" in _LIST_CUES
            if w[i] in _LIST_CUES or two:
                yield s, i + 1 + two


# Plural nouns of bodies before a list of them ("companies", "banks", "retailers").
_BODY_LIST_NOUNS = lexicons.words("body_list_nouns")


def _listed_untagged_bodies(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Capitalised words the tagger left untagged, listed after a plural noun of bodies and
    "like", "such as" or "including" ("retailers like Quarvo and Lindmart"): bodies, one a
    list item, as `_listed_as_bodies` reads the tagged ones; not a first name, a known place
    or a common word."""
    tagged = untagged.tokens_of(entities)
    out = []
    for s, k in _list_openings(doc, _BODY_LIST_NOUNS):
        w = [t.text for t in s.tokens]
        while k < len(w) and (s.index, k) not in tagged and w[k][:1].isupper():
            end = k
            while end < len(w) and w[end][:1].isupper() and (s.index, end) not in tagged:
                end += 1
            plain = not (gazetteer.first_name(w[k]) or gazetteer.candidates(" ".join(w[k:end])))
            # A capitalised word that opens no body's name: a common word, a day's or an opener.
            if plain and not (w[k].lower() in COMMON or w[k] in untagged.NOT_OPENING):
                out.append(s.entity("ORGANIZATION", k, end))
            if end + 1 >= len(w) or w[end] not in (",", "and", "or"):
                break
            k = end + 1
    return out


def _listed_as_bodies(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Places listed after a body in a list that a plural noun of bodies opens with "like",
    "such as" or "including" ("mining companies like Valco and Rio Holm", a miner the gazetteer
    knows as a river) are bodies, as `_listed_as_places` reads the list; not a place listed
    alone ("firms like Amazon" may name the site) nor a person."""
    listed: set[Entity] = set()
    for run in _cue_listed(doc, entities, _BODY_LIST_NOUNS):
        body = False
        for e in run:
            if body and e.label == "LOCATION":
                listed.add(e)  # after a body the list names: "Valco and Rio Holm"
            body |= e.label == "ORGANIZATION"
    return [replace(e, label="ORGANIZATION") if e in listed else e for e in entities]


_TRADE_PLURALS = lexicons.words("firm_trade_plurals")  # "consultants", "auditors"
_TRADE_AFTER_AT = lexicons.words("firm_trade_after_at")  # "at analyst Quellix"


def _firms_after_trade_plurals(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """A name read as a person's right after a plural of a trade ("by consultants Harrow
    Marsh") or "at" and a singular one ("at analyst Quellix"): a firm, as one person is no
    "consultants"; with the capitalised word the tagger
    left out before it ("Harrow" of "Harrow Marsh"). Not where the name opens with a given
    name ("lawyers Ann Lind and Jo Berg": people)."""
    out = []
    for e in entities:
        s = doc.sentences[e.sentence]
        k = e.first_token
        if e.label != "PERSON" or k == 0:
            out.append(e)
            continue
        left = s.tokens[k - 1]
        # the tagger may read such a word as a verb ("Harrow"): its capital, mid-sentence, tells
        missed = left.text.istitle() and left.text.isalpha() and k >= 2
        first = k - 1 if missed else k
        if first == 0 or not _trade_before_firm(s.tokens, first):
            out.append(e)
            continue
        if gazetteer.first_name(s.tokens[first].text):
            out.append(e)
            continue
        out.append(s.entity("ORGANIZATION", first, e.end_token))
    return out


def _trade_before_firm(tokens: tuple[Token, ...], first: int) -> bool:
    """A plural of a trade right before token `first` ("consultants Harrow Marsh"), or a
    singular one after "at" ("a director at analyst Quellix": no one works at a person)."""
    word = tokens[first - 1].text
    at = first >= 2 and tokens[first - 2].text == "at" and word in _TRADE_AFTER_AT
    return word in _TRADE_PLURALS or at


def _list_link(t: Token) -> bool:
    """A token between two names of a list: a comma, "and", "or", "the", a lower-case
    adjective, or a word of a name the tagger left out ("The Lund, Valby Sands")."""
    untagged_name = t.tag.startswith("NNP") and t.text[:1].isupper()
    return (
        t.text.lower() in (",", "and", "or", "the")
        or t.tag == "JJ"
        and t.text.islower()
        or untagged_name
    )


def _storm_names(doc: Doc) -> frozenset[str]:
    """The names the article gives storms after their word ("Hurricane Ida", "Tropical Storm
    Bret", "Typhoon Lan", "the storm, named Astrid"); a capitalised "Storm" only where the
    article also writes of a storm in lower case or of wind and forecasts (not "Storm Reid", a
    person)."""
    if not (may_match(_WEATHER, doc.text) and _WEATHER.search(doc.text)):
        return frozenset()
    return frozenset(m.group(1) for m in _STORM_NAME.finditer(doc.text))


def _names_storm(name: str, storms: frozenset[str]) -> bool:
    """A name that is a storm's: its name alone, or its word and name ("Storm Ciara")."""
    words = name.split()
    worded = len(words) == 2 and words[0].lower() in _NO_NAME["storm"] and words[1] in storms
    return bool(storms) and (name in storms or worded)


_STORM_NAME = re.compile(
    r"\b(?:[Hh]urricane|[Tt]yphoon|[Cc]yclone|[Ss]torm)(?:,?\s+(?:named|called|dubbed))?"
    r"\s+([A-Z][a-z]+)\b"
)
_WEATHER = lexicons.pattern("weather_words")


def _inside_missed_bodies(entities: list[Entity], missed: list[Entity]) -> list[Entity]:
    """The entities less those a found body's name takes in ("security firm Saint Bernard
    Software": the tagger's "Bernard Software" is the end of the firm's name, no name of its
    own there)."""
    spans = {(m.sentence, m.first_token, m.end_token) for m in missed}
    return [
        e
        for e in entities
        if not any(i == e.sentence and a < e.first_token and e.end_token == b for i, a, b in spans)
    ]


def _as_feature(e: Entity) -> Entity:
    """A name of the gazetteer's features (a sea, region or landmark) as a place."""
    return replace(e, label="LOCATION") if clean_name(e.text) in gazetteer.FEATURES else e


def _before_handle(doc: Doc, e: Entity) -> Entity | None:
    """A name cut before a social-media handle ("Twitter @ana_berg" is Twitter); a handle
    ("@ana_berg") names no one."""
    s = doc.sentences[e.sentence]
    inside = range(e.first_token, e.end_token)  # the first "@" in the name, or its end
    at = next((k for k in inside if s.tokens[k].text == "@"), e.end_token)
    cut = min(at, _missed_break(s, e))
    handle = e.first_token and s.tokens[e.first_token - 1].text in ("@", "#", "$")  # "#Valby"
    if handle or cut == e.first_token:
        return None
    return e if cut == e.end_token else s.entity(e.label, e.first_token, cut)  # (most: uncut)


# After a full stop, a quotation mark or a word that opens sentences and no name (a
# connective or pronoun of unresolved_openers.txt, a fronted preposition: "Meanwhile", "But",
# "Amid"): the tagger ran a name on past a sentence's end.
_OPENING_MARKS = frozenset(["``", "\u201c"])
_UNRESOLVED = lexicons.words("unresolved_openers")
_OPENERS = lexicons.words("fronted_prepositions") | {w for w in _UNRESOLVED if " " not in w}


def _missed_break(s: Sentence, e: Entity) -> int:
    """Where a sentence's end that the splitter missed cuts a name ("under Pope Jo II.
    ``Valby Letters'' condemned ..."; "in Zone B. Meanwhile workers said"); the span's end
    when nothing cuts it."""
    tokens = s.tokens
    for k in range(e.first_token + 1, e.end_token):
        word, nxt = tokens[k].text, tokens[k + 1].text if k + 1 < len(tokens) else ""
        # a connective before a lower-case word ("Meanwhile workers"), not a surname ("P. Such 8")
        opener = word.istitle() and word.lower() in _OPENERS and nxt.isalpha() and nxt.islower()
        if (opener or word in _OPENING_MARKS) and tokens[k - 1].text.endswith("."):
            initial = k == e.first_token + 1 and is_initial(tokens[k - 1].text)
            return e.first_token if initial else k  # "B." alone names no one
    return e.end_token


def _acronym_bodies(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Acronyms the tagger missed ("join ISIS"; "the TUC said", after "the" from two
    letters): in news a word in capitals is a body, unless it is a country ("the US"), a member's
    letters ("the MP") or a common abbreviation ("the VAT", "the ID card")."""
    tagged = untagged.tokens_of(entities)
    # Capitals that are a common word ("a HUGE win": in the text or the tagger's
    # dictionary) or a person's name ("PENCE:").
    common = lower_case_words(doc.text)
    common |= {w.lower() for e in entities if e.label == "PERSON" for w in e.text.split()}
    found = []
    for s in doc.sentences:
        for k, t in enumerate(s.tokens[1:], start=1):
            word = t.text
            short = s.tokens[k - 1].text not in ("the", "The") and len(word) < 4
            if short or not word.isupper():
                continue  # most tokens: no capitals, no entity to build (`_acronym` needs them)
            entity = Entity("ORGANIZATION", word, t.start, t.end, s.index, k, k + 1)
            if not _acronym(s, entity, word) or (s.index, k) in tagged:  # not a headline
                continue
            lower = word.lower()
            listed = word in _NO_ACRONYMS or lower in common or _tag_of(lower, "NNP")[:3] != "NNP"
            if not (listed or gazetteer.candidates(word) or gazetteer.country_name(word)):
                found.append(entity)
    return found


_SAYS = frozenset({"said", "says"})
_FIRM_WORD_LEADS = lexicons.words("common_word_firm_leads")


# Trades a firm is named by after a people's adjective alone ("Norlandic Gas").
_NATIONAL_TRADES = lexicons.words("national_firm_trades")


def _national_trade_firms(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """`entities` with each "<people's adjective> <trade>" of two words ("Norlandic Gas
    shed 8 pence", "Valbian Steel fell") read as one firm, whatever the tagger made of it
    (the trade alone as a person or a body, or nothing): a national company is named so, and
    a person's name never ends in such a trade. Not inside a longer run of capitals
    ("Norlandic Gas Board", "the Old Norlandic Rail")."""
    spans_at: list[tuple[int, int, int]] = []
    for s in doc.sentences:
        w = s.tokens
        for k in range(len(w) - 1):
            if w[k + 1].text not in _NATIONAL_TRADES or not w[k].text.istitle():
                continue
            if gazetteer.demonym_country(w[k].text) is None or "-" in w[k].text:
                continue
            before = w[k - 1].text if k else ""
            after = w[k + 2].text if k + 2 < len(w) else ""
            if k and before[:1].isupper() or after[:1].isupper() or after in ("&", "'s", "’s"):
                continue
            spans_at.append((s.index, k, k + 2))
    if not spans_at:
        return entities
    inside = {(i, t) for i, k, end in spans_at for t in range(k, end)}
    kept = [
        e
        for e in entities
        if not any((e.sentence, t) in inside for t in range(e.first_token, e.end_token))
        or e.end_token - e.first_token > 2
    ]
    taken = untagged.tokens_of(kept)
    firms = [
        doc.sentences[i].entity("ORGANIZATION", k, end)
        for i, k, end in spans_at
        if (i, k) not in taken and (i, k + 1) not in taken
    ]
    return sorted(kept + firms, key=lambda e: e.start)


def _common_word_firms(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """A firm named by a common word ("Lantern", "Next"), which the tagger leaves untagged:
    capitalised inside a sentence right before "said" (", Lantern said."), after no article
    or title (not "the Chairman said") nor a word of a name (", Pound said" of Jo Pound), it
    names the firm; then so does every untagged mention
    of that word capitalised inside a sentence, or opening one before a possessive, a verb or
    a role noun ("Lantern's shares fell", "Lantern has said", "Lantern chief executive Jo
    Lind"; not "Lantern views"), with the capitalised words right after it ("Lantern
    Direct", a named arm)."""
    tagged = untagged.tokens_of(entities)
    named = {x for e in entities for x in e.text.split()}  # "Pound" of "Jo Pound": his
    firms: set[str] = set()
    for s in doc.sentences:
        w = s.tokens
        for k in range(1, len(w) - 1):
            word = w[k].text
            if w[k + 1].text not in _SAYS or not word.istitle() or word.lower() not in COMMON:
                continue
            lead = w[k - 1].text
            if lead.lower() in _FIRM_WORD_LEADS or _title_before(lead) or lead[:1].isupper():
                continue  # "the Chairman said", "Mr Speaker said", a run of capitals
            if (s.index, k) not in tagged and word not in _GENERIC_WORDS | _TITLE_WORDS | named:
                firms.add(word)
    found: list[Entity] = []
    for s in doc.sentences if firms else ():
        w = s.tokens
        for k, t in enumerate(w):
            if t.text not in firms or (s.index, k) in tagged:
                continue
            nxt = w[k + 1] if k + 1 < len(w) else None
            opening = k == 0 or w[k - 1].text in _QUOTE_MARKS
            cued = nxt is not None and (
                nxt.text in ("'s", "’s") or nxt.tag.startswith("VB") or nxt.tag == "MD"
            )
            cued = cued or nxt is not None and nxt.text.lower() in ROLE_NOUNS
            if opening and not cued:
                continue  # "Next year", "Next, the board…"
            end = k + 1
            while end < len(w) and w[end].text.istitle() and (s.index, end) not in tagged:
                end += 1
            found.append(s.entity("ORGANIZATION", k, end))
    return found


# Capitalised words of British political news that name no one and nowhere: holidays,
# laws and papers, common abbreviations and plural titles (our own list; the annotation
# guideline leaves laws, bills, reports and events out).
NOT_NAMES = lexicons.words("not_names")
# Fictional characters news alludes to ("a modern Fagin"): no person, no place.
FICTIONAL = lexicons.words("fictional_characters")
# Quantifiers that open a sentence before a body's name, no part of it ("Another Valco unit").
QUANTIFIERS = lexicons.groups("not_a_name_words")["quantifier"]
_NO_ACRONYMS = MEMBER_WORDS | NOT_NAMES  # "the MP", "the VAT"
# A wire typesetting code in SGML entity form ("&UR;"): its letters name nothing.
_MARKUP = lexicons.pattern("markup_codes")
# Words that make a capitalised span no name, by what each says (see the file): the ends and
# openers of laws and schemes, storms, group nicknames, titles of works, described
# governments, kinds of committee, ordinals of events.
_NO_NAME = lexicons.groups("not_a_name_words")
# A scheme's capitalised name, its last word one of `_NO_NAME["scheme"]`, and its letters.
_SCHEME_LETTERS = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,6})(?:"
    + "|".join(sorted(_NO_NAME["scheme"]))
    + r")\s+\((?P<letters>[A-Z]{2,6})\)"
)
_AGENCY_OPENERS = _NO_NAME["agency_opener"]
# What a greeting wishes ("Happy New Year", "Merry Christmas"): holidays and feasts.
_GREETED = lexicons.words("holidays") | lexicons.words("feasts") | NOT_NAMES


# Words that end the name of an event, a law, a report or a scheme, so that a name right
# before one is part of it ("Mental Capacity" Bill, "National Holocaust Memorial" Day,
# "Labour" Day); our own list, from the annotation guideline's exclusions and wire style.
EVENT_TAILS = lexicons.words("event_tails")
_EVENT_NOUNS = lexicons.words("event_nouns")  # lower case: "the Valby Cup final"


def _in_name(tokens: tuple[Token, ...], k: int) -> bool:
    """A name word, "of" or "of the" inside a name ("Player of the Year")."""
    word = tokens[k].text
    return _name_word(word) or word == "of" or word == "the" and tokens[k - 1].text == "of"


# Lower-case words after the name of a broadcast programme or a scheme ("the Today
# programme", "the Get On scheme"): the guideline annotates neither.
PROGRAMME_WORDS = lexicons.words("programme_words")
# Words that head the names of bodies, and letters after a member's name:
# alone they name none ("Committee chairman Alan Beith", "as an MP").
_GENERIC_WORDS = {w.capitalize() for w in ORG_CUES} | ORG_HEADS | MEMBER_WORDS | {"Government"}
# Lower-case particles that may start a name ("al-Aqsa", "de Villepin").
_PARTICLES = lexicons.words("name_start_particles")
# Common words that may open a sentence before a name, "de" and "van" aside (a name's own).
_COMMON_OPENERS = COMMON - _PARTICLES


def _not_a_name(doc: Doc, e: Entity, surnames: frozenset[str]) -> bool:
    """Capitalised words that name no one and nowhere:
    - a holiday, law or common abbreviation (NOT_NAMES, "Police Bill"), or the plural of an
      abbreviation ("MPs", "CSOs");
    - a span the tagger cut from a longer name of an event or law ("Mental Capacity" of
      "Mental Capacity Bill"), or one starting with a lower-case word ("committee of MPs");
    - a job title ("Lord Chancellor"), a nicknamed group ("Guildford Four"), the title of
      a work ("In The Name Of The Father"), a family ("the Conlon and Maguire families"),
      a programme ("the Newsnight programme"), a government described by its demonym
      or its level ("the Kenyan Government", "the State Government"), works named before
      "dam" or "plant", and a work named after its kind ("the game Manhunt"), a storm
      ("cyclone Glenda");
    - a firm's legal form in capitals with the next line's words ("NORCO, INC. PEOPLE");
    - a contest named by a count of nations, a sponsor's letters before it or not ("the
      Valco Six Nations");
    - the letters of a wire typesetting code ("&UR;")."""
    name = clean_name(e.text)
    words = name.split()
    if (
        (not words or name in NOT_NAMES or word_before(doc, e).lower() in _NO_NAME["storm"])
        # "comparing him to Rambo": a character, no actor
        or name in FICTIONAL
        # "Happy Passover": a wish quoted from a message, no one's name
        or (len(words) > 1 and words[0] in _NO_NAME["greeting"] and " ".join(words[1:]) in _GREETED)
        # "the USS Valby": a ship, no body
        or (len(words) > 1 and words[0] in _NO_NAME["vessel"])
    ):
        return True
    at = max(0, e.start - 1)  # (the "&" first: most names have none before them)
    if doc.text.startswith("&", at) and _MARKUP.fullmatch(doc.text, at, e.end + 1):
        return True  # "&UR;": a wire typesetting code
    plural_abbreviation = len(words) == 1 and name[-1] == "s" and name[:-1].isupper()
    # "Act of Union"; "Justice Plan", not "World Food Programme"
    law_of = len(words) > 2 and words[0] in _NO_NAME["law_opener"] and words[1] == "of"
    law = words[-1] in _NO_NAME["law"] or law_of
    # "Valby Prize for Poetry", "Summit of the Isles": an event word before its complement
    law = law or any(w in EVENT_TAILS and n in ("for", "of") for w, n in pairwise(words))
    law = law or any(w in _NO_NAME["test"] and n == "of" for w, n in pairwise(words))
    # "the Battle of Valby": an event
    law = law or len(words) > 2 and words[0] in _NO_NAME["event_opener"] and words[1] == "of"
    scheme = words[-1] in _NO_NAME["scheme"] and words[0] not in _NO_NAME["agency_opener"]
    scheme = scheme or words[-1] in _NO_NAME["standard"]  # "High-Definition Valco Interface"
    # but a department named for a strategy is a body: "Department for Industrial Strategy"
    scheme = scheme and not any(spans.department_for(words, i) for i in range(len(words[:2])))
    # a legal form in capitals run into the next line: "WORLDSOURCES, INC. PEOPLE from ..."
    legal = words[0].isupper() and words[0].title() in COMPANY_ENDS and word_before(doc, e) == ","
    contest = len(words) > 1 and words[-1] == "Nations" and words[-2] in _NO_NAME["nations_count"]
    study = _named_study(words)
    if plural_abbreviation or contest or (len(words) > 1 and (law or scheme or legal or study)):
        return True
    if e.label != "LOCATION" and (_family(name, surnames) or _couple(doc, e, words, surnames)):
        return True
    if e.label != "LOCATION" and words[0] in _NO_NAME["event_ordinal"] and words[-1] != "Circuit":
        return len(words) > 1  # "Second Vatican Council"; a court: "Ninth Circuit"
    if (
        (_spelled_out(doc, e, name) or _after_work_noun(doc, e) or _quoted_title(doc, e))
        # "backing singers Pippa and Sorrel": two persons, no body
        or (e.label == "ORGANIZATION" and _pair_after_people_plural(doc, e))
        # "Norbank's head of Trade Policy": the bank's unit, no body of its own
        or (e.label == "ORGANIZATION" and _unit_after_owned_role(doc, e))
        # "House prices fell", "the High Street retailer": no name
        or _trade_compound(doc, e, name)
        # "the Valby scale of hazards": a scale's name, no place
        or word_after(doc, e) in _NO_NAME["measure"]
        # "Other Oscar contenders": a prize, no person
        or (name in _NO_NAME["award"] and word_after(doc, e) in _NO_NAME["award_noun"])
        # "won the Oscar for", "the best actress Oscar": the prize
        or (name in _NO_NAME["award"] and _awarded(words_before(doc, e, 2)))
        # "the Valco pills": a brand on goods, no actor
        or (e.label == "ORGANIZATION" and word_after(doc, e) in _NO_NAME["product"])
        or (e.label == "PERSON" and _cast_character(doc, e))
        # "Ola Vik was superb as Lena": a character, however tagged
        or (e.label in ("PERSON", "LOCATION") and _cast_as(doc, e))
        or (e.label == "PERSON" and _breed(doc, e))
        # "Garvo the cat": an animal (a cartoon's), however tagged
        or (e.label != "ORGANIZATION" and _animal_epithet(doc, e))
        # "Norsat, the first satellite built in Valby,": a device
        or _spacecraft_described(doc, e)
        # "made an OBE in the honours list"
        or (e.label == "ORGANIZATION" and _indefinite_head(doc, e))
    ):
        return True
    s = doc.sentences[e.sentence]
    if name.isalpha() and name.isupper() and not s.text.isupper() and _shouted(s, e):
        return not gazetteer.candidates(lookup_name(name))  # "IN ANY MEDIA": shouted words
    first, last, of = words[0], words[-1], words[-2:-1] == ["of"]
    # "Committee", "Select Committee": a kind of body, no name
    generic = all(w in _GENERIC_WORDS or w in _NO_NAME["committee_kind"] for w in words)
    # "Guildford Four"; "Six Nations" (a tournament)
    nickname = last in _NO_NAME["group_number"] and not of or first in _NO_NAME["group_number"]
    plural = last[:-1] in JOB_TITLES and not of  # "US Presidents", not "Council of Ministers"
    title = last in JOB_TITLES or plural or last.rstrip(".") in PERSON_TITLES  # "First Lady"
    # "the Secretary of Labor": an office, no body (not "… for Transport Ingrid Holm")
    office = first in JOB_TITLES and len(words) > 2 and words[1] in ("of", "for")
    title = title or office and not any(map(gazetteer.first_name, words[2:]))
    # "Committee" alone is a kind of body, but "support act Brigade" a band
    generic = generic and not untagged.after_music_act_noun(s, e.first_token)
    kind = e.label != "PERSON" and (generic or (len(words) > 1 and (title or nickname)))
    lower = first[:1].islower() and first.split("-")[0] not in _PARTICLES  # "committee of MPs"
    lower = lower and name not in untagged.KNOWN_BODIES  # not "eBay"
    generic_demonym = len(words) == 2 and words[1] in _NO_NAME["after_demonym"]
    level = first in _NO_NAME["government_level"]  # "the Federal Government"
    demonym = generic_demonym and (level or gazetteer.demonym_country(first))  # "the Kenyan ..."
    # the title of a work: "In The Name Of The Father"
    work = len(words) > 2 and not name.isupper() and any(w in _NO_NAME["title"] for w in words[1:])
    return kind or lower or bool(demonym) or work or _before_tail(doc, e)


def _named_study(words: list[str]) -> bool:
    """A study's name ("the Valby Health Study", "the National Study of Norland Youth"): its
    head, the last word before any "of" or "for", is "Study"; a centre "for the Study of"
    something is a body."""
    lead = list(takewhile(lambda w: w not in ("of", "for"), words))
    return len(lead) > 1 and lead[-1] in _NO_NAME["study"]


def _family(name: str, surnames: frozenset[str]) -> bool:
    """A surname's plural names a family, no one person ("the Linds", "the Joneses"), where
    the article names one of them in full ("Ann Lind"; `surnames`: see `_full_surnames`)."""
    if " " in name or not name.endswith("s") or name.endswith("ss"):
        return False
    stems = {name[:-1], name[:-2]} if name.endswith("es") else {name[:-1]}
    return bool(stems & surnames)


def _couple(doc: Doc, e: Entity, words: list[str], surnames: frozenset[str]) -> bool:
    """ "the Ola Linds": "the", a given name and a plural surname name a married couple as
    society pages do, no one person, where the article names one of the family in full."""
    the = e.text.lower().startswith("the ") or word_before(doc, e).lower() == "the"
    given = len(words) > 1 and gazetteer.first_name(words[0])
    return the and given and _family(words[-1], surnames)


def _full_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the persons the tagger named in full, found once a document."""
    full = (e.text.split() for e in doc.entities if e.label == "PERSON" and " " in e.text)
    return frozenset(w[-1] for w in full if len(w) > 1)


def _cast_character(doc: Doc, e: Entity) -> bool:
    """A character in a cast list: "Ana Berg plays Jo Lind, a detective who ...", the name
    after an actor's full name and a cast verb, described with "a" after a comma, in a
    paragraph about a work (a series, a role): not a rival in a final or a friend named."""
    tokens, k = doc.sentences[e.sentence].tokens, e.first_token
    after = [t.text for t in tokens[e.end_token : e.end_token + 2]]
    described = len(after) == 2 and after[0] == "," and after[1] in _NO_NAME["cast_article"]
    if not described or k < 3 or tokens[k - 1].text not in _NO_NAME["cast_verb"]:
        return False
    actor = tokens[k - 2].end
    found = [x for x in doc.entities if x.label == "PERSON" and x.end == actor and " " in x.text]
    # "is" names a character only with the actor opening the clause: "Tor Dahl is Ola Vik, a
    # ...", not "The closest ally of Ana Berg is Jo Lind, a lawyer"
    opening = any(x.first_token == 0 or not tokens[x.first_token - 1].text.isalpha() for x in found)
    if not found or (tokens[k - 1].text == "is" and not opening):
        return False
    return _about_a_work(doc, e)


_ANIMALS = lexicons.groups("animal_names")


# Seat nouns in the singular and plural ("seats", "constituencies"), for `seat_list_item`.
_SEAT_PLURALS = SEAT_NOUNS | {n + "s" for n in SEAT_NOUNS}
_SEAT_PLURALS |= {n[:-1] + "ies" for n in SEAT_NOUNS if n.endswith("y")}


def seat_list_item(tokens: tuple[Token, ...], i: int) -> bool:
    """Token i opens an item of a list of seats after a colon ("The seats they target are:
    Valby West, Holm and Upton, Lund."): after the colon or a comma, with a seat noun before
    the colon; election copy lists constituencies so, two places joined naming one seat."""
    if i == 0 or tokens[i - 1].text not in (",", ":"):
        return False
    colons = [c for c, t in enumerate(tokens[:i]) if t.text == ":"]
    return bool(colons) and any(t.text.lower() in _SEAT_PLURALS for t in tokens[: colons[0]])


def _between_partner(doc: Doc, e: Entity, found: list[Entity]) -> bool:
    """ "the road between Valby and Holm": one word read as a person's name, after "between",
    a place and "and", is the pair's second place."""
    tokens, k = doc.sentences[e.sentence].tokens, e.first_token
    if e.label != "PERSON" or " " in e.text or k < 3 or tokens[k - 1].text != "and":
        return False
    pair = [x for x in found if x.sentence == e.sentence and x.end_token == k - 1]
    x = pair[0].first_token if pair and pair[0].label == "LOCATION" else 0
    return x > 0 and tokens[x - 1].text.lower() == "between"


def _signoff_town(doc: Doc, e: Entity, found: list[Entity]) -> bool:
    """A letter's sign-off: the writer's name on a line and the town alone on the next
    ("Jo Park\nHolm", "Jo Park\n\nHolm"), or a name read as a person's after the writer's
    and a comma ending the line ("Jo Park, Holm"): the writer's town, a place; not a listed
    body ("Jo Park\nReuters")."""
    text, line = doc.text, doc.text.rfind("\n", 0, e.start) + 1
    end = text.find("\n", e.end)
    if text[e.end : end if end >= 0 else None].strip(" ."):
        return False
    lead = text[line : e.start]
    if lead.strip():  # "Jo Park, Holm"
        writer = (line, line + len(lead) - 2) if e.label == "PERSON" and lead[-2:] == ", " else ()
    else:  # the line before (a blank line between or not): the writer's name alone
        last = len(text[:line].rstrip())
        writer = (text.rfind("\n", 0, last) + 1, last)
    # the writer named in full ("Jo Park"), not a list's last two ("Lind, Berg.")
    named = any(x.label == "PERSON" and (x.start, x.end) == writer and " " in x.text for x in found)
    return named and e.text not in untagged.ORG_NAMES


def _seat_partner(doc: Doc, e: Entity, found: list[Entity]) -> bool:
    """A person's name after "and" and a member's seat ("the MP for Holm and Lund,", "seats
    are: Holm and Lund, ..."), closing the clause: the seat's second place, as constituencies
    are named by two places joined; not a person named in full ("the MP for Holm and Jo Park")."""
    tokens, k = doc.sentences[e.sentence].tokens, e.first_token
    if e.label != "PERSON" or k < 2 or tokens[k - 1].text != "and":
        return False
    if not any(x.sentence == e.sentence and x.end_token == k - 1 for x in found):
        return False
    i = k - 1  # the seat's first word: "Holm" of "Holm and", or "Lund" of "MP for Lund and"
    while i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].text not in MEMBER_WORDS:
        i -= 1
    seat = [t.text for t in tokens[max(0, i - 2) : i]]
    member = seat[1:] == ["for"] and bool({seat[0], seat[0].title()} & MEMBER_WORDS)
    closed = e.end_token == len(tokens) or tokens[e.end_token].text in (",", ".", ";", ")")
    words = clean_name(e.text).split()
    full = len(words) > 1 and gazetteer.first_name(words[0]) and not gazetteer.candidates(e.text)
    return (member or seat_list_item(tokens, i)) and closed and not full


def _pet_named(name: str, pets: set[str]) -> bool:
    """An animal's name, alone or with a caption's last words run into it ("... in the
    National Rexy Boy is now 10" beside "his horse Rexy Boy"): no person."""
    return name in pets or any(name.endswith(f" {pet}") and " " in pet for pet in pets)


def _character_names(doc: Doc) -> frozenset[str]:
    """The names the article gives characters of a work (`_cast_as`, `_played_by`), and the
    full names of their family in the work (`_character_kin`)."""
    found = [e for e in doc.entities if e.label == "PERSON"]
    cast = {e.text for e in found if _cast_as(doc, e) or _played_by(doc, e)}
    return frozenset(cast | _character_kin(found, cast))


def _played_by(doc: Doc, e: Entity) -> bool:
    """A character named before a comma, a passive cast verb, "by" and an actor's full name
    ("Lena, played by Ana Berg,"), in a paragraph about a work (as `_cast_as` reads it); by
    a given name alone, as a recap names a character: a full name there may be a real person
    a film portrays ("Lena Lind, played by Ana Berg,")."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    if " " in e.text:
        return False
    cue = [t.text for t in tokens[k : k + 3]]
    if len(cue) < 3 or cue[0] != "," or cue[1] not in _NO_NAME["cast_passive"] or cue[2] != "by":
        return False
    actor = tokens[k + 3].start if k + 3 < len(tokens) else -1
    if not [x for x in doc.entities if x.label == "PERSON" and x.start == actor and " " in x.text]:
        return False
    return _about_a_work(doc, e)


def _character_kin(found: list[Entity], cast: set[str]) -> set[str]:
    """A cast character's family in the work: "Lena Vik" where "Lena" is a character makes
    Vik the family's name, and "Tor Vik" and "Vik" characters too (a drama's household)."""
    families = {n[-1] for e in found if len(n := e.text.split()) == 2 and n[0] in cast}
    families -= cast
    kin = {e.text for e in found if len(n := e.text.split()) == 2 and n[-1] in families}
    return kin | families if kin else set()


def _is_character(name: str, characters: frozenset[str]) -> bool:
    """A character's name as given, its full form opened by it or its first name ("Lena" and
    "Lena Vik", either way), or its last words without a rank ("Captain Vik" and "Vik")."""
    parts = any(c.endswith(f" {name}") or c.startswith(f"{name} ") for c in characters)
    return name in characters or name.split()[0] in characters or parts


def _cast_as(doc: Doc, e: Entity) -> bool:
    """A character named after "as" and an actor's full name close before it ("starring Ana
    Berg as Captain Lind", "Ola Vik was superb as Jo"), or after the actor's "was a" and an
    adjective ("Ola Vik was a stentorian Lind"), in a paragraph about a work: not "Ana Berg, as
    Jo Lind said," (a comma between) nor the start of an owner's phrase ("as Jo's deputy")."""
    tokens, k = doc.sentences[e.sentence].tokens, e.first_token
    if k < 3 or word_after(doc, e) in ("'s", "’s"):
        return False
    if tokens[k - 1].text == "as":
        window = tokens[max(0, k - 4) : k - 1]
    elif _described_as_one(tokens, k) and not word_after(doc, e).islower():
        window = tokens[max(0, k - 4) : k - 3]  # "Ola Vik was a stentorian Lind", not "Lind fan"
    else:
        return False
    ends = {t.end for t in window}
    actor = [x for x in doc.entities if x.label == "PERSON" and x.end in ends and " " in x.text]
    if not actor or any(t.start >= actor[0].end and not t.text.isalpha() for t in window):
        return False
    return _about_a_work(doc, e)


def _about_a_work(doc: Doc, e: Entity) -> bool:
    """The paragraph holding `e` speaks of a work (a film, a series, a play: `cast_context`),
    where a name cast to an actor is a character's."""
    paragraph = next(doc.text[a:b] for a, b in paragraphs(doc.text) if e.start < b).lower()
    return not _NO_NAME["cast_context"].isdisjoint(re.findall(r"[a-z]+", paragraph))


def _awarded(before: list[str]) -> bool:
    """Words before a prize's one-word name that a person's bare given name never takes: a
    determiner ("the Oscar"), or "best" and the category ("best actress Oscar")."""
    return bool(before) and (before[-1] in _NO_NAME["award_lead"] or before[0] == "best")


def _described_as_one(tokens: tuple[Token, ...], k: int) -> bool:
    """ "was a stentorian Lind": "was", "a" or "an" and one adjective before the name at k, as a
    review says how an actor played a part (the actor's name is read before "was")."""
    words = [t.text for t in tokens[max(0, k - 3) : k]]
    described = len(words) == 3 and words[0] == "was" and words[1] in ("a", "an")
    return described and tokens[k - 1].tag == "JJ"


def _breed(doc: Doc, e: Entity) -> bool:
    """A breed or species, no person: a name ending in a dog breed's noun ("a King Jo
    Spaniel") or right before one or a wild animal's noun in lower case ("Lind gazelles", "the
    Park booby", "Lind's finches"); not a name ending in an animal word that is a surname too
    (Swan, Lamb)."""
    last = clean_name(e.text).split()[-1:]
    after = word_after(doc, e)
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token + 1
    if after in ("'s", "’s") and k < len(tokens):
        after = tokens[k].text  # "Abbott's booby": a species named with a possessive
    nouns = {after, after[:-1] if after.endswith("s") else after}
    nouns.discard("")
    breed = bool(last) and last[0].lower() in _ANIMALS["breed"]
    # (each list read apart: their union is no set built at each name)
    return breed or (
        after.islower() and bool(nouns & _ANIMALS["wild"] or nouns & _ANIMALS["breed"])
    )


_MINOR_PLANET_NUMBER = lexicons.pattern("minor_planet_numbers")


def _animal_described(doc: Doc, e: Entity) -> bool:
    """A name described as an animal in the apposition after it ("Rex, a black spaniel
    cross,", "Bella, an old horse."): the apposition, opened by "a" or "an", ends in an
    animal's noun (a breed's "cross" or "mix" after it), not a person's ("a dog trainer")."""
    after = [t.text for t in doc.sentences[e.sentence].tokens[e.end_token : e.end_token + 9]]
    if after[:1] != [","] or after[1:2] not in (["a"], ["an"]):
        return False
    words = list(takewhile(lambda w: w not in (",", ".", ";", "and"), after[2:]))
    if len(words) == len(after) - 2:
        return False  # no end of the apposition within reach
    if words[-1:] in (["cross"], ["mix"]):
        words.pop()
    kinds = _ANIMALS["animal"] | _ANIMALS["breed"] | _ANIMALS["wild"]
    return bool(words) and words[-1].lower() in kinds


_SPACECRAFT = lexicons.words("spacecraft_nouns")


def _spacecraft_described(doc: Doc, e: Entity) -> bool:
    """A name described as a craft in space in the apposition after it ("Norsat, the
    Valby designed and built satellite."): the apposition, opened by "the", "a" or "an",
    ends in a spacecraft's noun; a device, no body."""
    after = [t.text for t in doc.sentences[e.sentence].tokens[e.end_token : e.end_token + 10]]
    if after[:1] != [","] or after[1:2] not in (["the"], ["a"], ["an"]):
        return False
    words = list(takewhile(lambda w: w not in (",", ".", ";"), after[2:]))
    if len(words) == len(after) - 2:
        return False  # no end of the apposition within reach
    return bool(words) and words[-1].lower() in _SPACECRAFT


def _animal_epithet(doc: Doc, e: Entity) -> bool:
    """A name with "the" and an animal's noun after it as its epithet ("Garvo the cat won",
    "Rex the dog"): an animal, a cartoon's or a pet's, not "Jo Park the dog trainer" (a noun
    after the animal's makes it a modifier)."""
    after = doc.sentences[e.sentence].tokens[e.end_token : e.end_token + 3]
    if len(after) < 2 or after[0].text != "the" or after[1].text not in _ANIMALS["animal"]:
        return False
    return len(after) == 2 or not after[2].tag.startswith("NN")


def _animal_named(doc: Doc, e: Entity) -> bool:
    """A kept animal's name: after its noun and an owner word ("his horse Jo Boy", "the family
    dog Rex"), perhaps with "called" and quotation marks ("a monkey called "Rex""); not a
    figure of speech about a person ("fat cat Jo Park": a modifier before the noun); a comma
    may open the naming word's aside ("the cockerel, called Reggie, crowed")."""
    before = words_before(doc, e, 5)
    while before and before[-1] in _QUOTE_MARKS:
        before.pop()
    if before and before[-1] in _ANIMALS["naming"]:
        before.pop()
        if before[-1:] == [","]:
            before.pop()  # "the cockerel, called Reggie,"
    animal = len(before) > 1 and before[-1] in _ANIMALS["animal"]
    return animal and before[-2].lower() in _ANIMALS["owner"]


# Words of works' titles (see the file): work nouns, genres, pronouns, links, "such as".
_TITLES = lexicons.groups("work_titles")
_WORK_NOUNS = _TITLES["work_noun"]
# A stretch in quotation marks: "…", “…”, ``…'', ‘…’ and '…' (a capital after the mark).
_QUOTED = lexicons.pattern("quoted_stretches")
_TITLE_SMALL = lexicons.words("title_small_words") | {"v", "vs"}
_NICKNAMED = re.compile(rf"\b(?:{lexicons.alternatives('naming_cues')})\s*\W?$", re.I)


def _quoted_title(doc: Doc, e: Entity) -> bool:
    """A name inside a title in quotation marks: the quoted words all capitalised, and more
    than the name alone or a work noun beside it ("the "Storm Over Valby" series", "his book
    "How Ports Grow""); a person's name is a title beside a work noun (not in a slogan: "Ann
    Lind Must Go"), or alone in marks ("sang "Jo Boy""), unless a nickname ("known as "Big
    Jo"") or words said; so is a body's name of several words alone in marks (a film, a
    slogan: "the mantra "Valby Strong""), unless a known body's ("as "The Norland Times"
    wrote"); a place's name alone in marks is a song's or film's beside a work noun, a
    creator's possessive or other quoted titles ("the song "Shenandoah"", Jo Mercer's "Moon
    River"), unless said or a nickname."""
    spans = _quoted(doc.text)
    k = bisect_left(spans, (e.start, 0))  # the stretch opening last before the name
    start, end = spans[k - 1] if k else (0, 0)
    if e.end >= end:
        return False  # not inside the stretch (most names): every test below needs it
    inside = doc.text[start:end].strip(" ,.`'\"“”‘’")
    words = re.findall(r"[^\s:,]+", inside)
    titled = all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL for w in words)
    alone = inside == e.text  # the name is all the quoted words
    if e.label == "PERSON" and alone and _noun_after(doc, e, end):
        return True  # a title as a modifier: "the "Lind" reruns", "``Orra'' hairdos"
    near = re.findall(r"[a-z]+", doc.text[max(0, start - 30) : end + 30].lower())
    work = any(w in _WORK_NOUNS for w in near)
    if e.label == "LOCATION" and alone:
        # "the song "Shenandoah"", Jo Mercer's "Moon River", "Danny Boy" or "Shenandoah"
        titled_by = work or _owned_or_listed(doc.text, spans, k - 1)
        return titled_by and not _said_or_nicknamed(doc, start)
    if len(words) < 2 or not titled:  # no title
        return False
    kept = _said_or_nicknamed(doc, start)
    # a body's name of several words alone in marks is a title or slogan ("the mantra "Valby
    # Strong""), unless a known body's ("as "The Norland Times" wrote")
    body = e.label == "ORGANIZATION" and not institutions.canonical(clean_name(e.text))
    if inside == e.text and body and not kept:
        return True
    return work or (inside != e.text) != (e.label == "PERSON" and not kept)


def _noun_after(doc: Doc, e: Entity, end: int) -> bool:
    """The word right after the closing mark at `end` is a lower-case common noun."""
    after = [t for t in doc.sentences[e.sentence].tokens if t.start >= end][:1]
    return bool(after) and after[0].text.islower() and after[0].tag in ("NN", "NNS")


_LISTED = re.compile(r"[,\s]*(?:or|and)?\s*")  # between two items of a list


def _owned_or_listed(text: str, spans: tuple[tuple[int, int], ...], i: int) -> bool:
    """The quoted stretch `spans[i]` follows a creator's possessive (Jo Mercer's "Moon
    River") or stands in a list of quoted stretches ("Danny Boy" or "Shenandoah"): a title."""
    start, end = spans[i]
    owned = re.search(r"['’]s\s*$", text[max(0, start - 4) : start]) is not None
    before = i > 0 and _LISTED.fullmatch(text[spans[i - 1][1] : start])
    after = i + 1 < len(spans) and _LISTED.fullmatch(text[end : spans[i + 1][0]])
    return owned or bool(before) or bool(after)


def _said_or_nicknamed(doc: Doc, start: int) -> bool:
    """The quotation opening at `start` follows a nickname's cue ("known as "Big Jo"") or a
    reporting verb ("shouting "Jo Boy""): words said or a name given, not a title."""
    before = re.split(r"[.!?]", doc.text[max(0, start - 40) : start])[-1]
    verbs = untagged.REPORTING_VERBS.intersection(before.split()[-5:])
    return bool(_NICKNAMED.search(before) or verbs)


@lru_cache(maxsize=4)
def _quoted(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _QUOTED.finditer(text))


_TITLE_KINDS = _WORK_NOUNS | _TITLES["kind"]
_SUCH_AS = _TITLES["such_as"]
_TITLE_CUES = _TITLE_KINDS | _SUCH_AS  # a sentence with none of them names no work


def _titles(doc: Doc) -> list[tuple[int, int]]:
    """Where the article names works: the capitalised run after a work noun or genre, or
    after one and "such as" ("shows such as Harbour Nights and Valby Days", "festive comedy
    The Long Night"), and every other mention of the names tagged in it."""
    names: set[str] = set()
    ranges: set[tuple[int, int]] = set()
    starred: set[str] = set()
    in_sentence = untagged.by_sentence(doc.entities)
    bodies = {e.text for e in doc.entities if e.label == "ORGANIZATION"}  # once, not a sentence
    for s in doc.sentences:
        tokens, tagged = s.tokens, in_sentence.get(s.index, [])
        # a work noun or "such as" first: most sentences have none, and no run to read
        cued = not _TITLE_CUES.isdisjoint(t.text for t in tokens)
        for k, t in enumerate(tokens[:-1] if cued else ()):
            # a noun ("fable" may be tagged an adjective), not a verb ("The film shows")
            kind = t.text in _TITLE_KINDS and (
                t.tag[:2] in ("NN", "JJ") or _noun_by_modifier(tokens, k)
            )
            kind &= k == 0 or tokens[k - 1].text not in _TITLES["verb_lead"]  # "polls that show"
            such = t.text != "as" or (k > 0 and tokens[k - 1].text == "such")
            kind |= t.text in _SUCH_AS and such and _kind_before(tokens, k - (t.text == "as"))
            # not a name opening the next clause ("on the Today programme Mr Lind said")
            apposed = kind and _apposed_title(tokens, k)  # "her new single, Paper Hearts,"
            first = k + 1 + apposed
            opener = tokens[first].text
            if not kind or not opener[:1].isupper() or opener.rstrip(".") in PERSON_TITLES:
                continue
            end = _run_end(tokens, first, _TITLES["run_link"])
            # after one work noun, a name opening a clause: "before the game Valby won"; not
            # before a bare verb, which no such subject takes ("saw her novel Valby Days win")
            if t.text in _WORK_NOUNS and end < len(tokens) and _finite_verb(tokens[end]):
                continue
            # not a person by a first name ("Scroll down for video Jo Park (left)")
            inside = _within(tagged, tokens[first].start, tokens[end - 1].end)
            # (a lone given name inside the run is the title's: "shows Harbour and Grace")
            opens = tokens[first].start
            # but after a genre ("comedy Jo Park"), or run on past the name ("drama Jo Park of
            # Valby"), a given name opens the title: no genre heads a person's name
            titled = t.text in _TITLES["kind"] or _run_past(tokens, end, inside)
            inside = [
                e for e in inside if titled or not _first_named(e) or _inner_given_name(e, opens)
            ]
            ranges.update((e.start, e.end) for e in inside)
            # other mentions too, but not of a place ("Gangs of Valby", Valby elsewhere)
            names.update(e.text for e in inside if not gazetteer.candidates(clean_name(e.text)))
        ranges.update(_pronoun_titles(s, tagged))
        starred.update(_starred_titles(doc, s, bodies))
    # a work's title named before "star" is a work's wherever the tagger read it alone
    ranges.update((e.start, e.end) for e in doc.entities if clean_name(e.text) in starred)
    found = (re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", doc.text) for n in names)
    # not a biopic's subject by full name ("biopic Lind, with Jo Park as Ola Lind"): a person
    named = {m.span() for ms in found for m in ms if not _after_given_name(doc.text, m.start())}
    return sorted(ranges | named)


def _starred_titles(doc: Doc, s: Sentence, bodies: set[str]) -> set[str]:
    """Titles of films and shows before "star" and a name ("the Harbour Lights star Jo
    Park"): a run of capitalised words that no place, nationality or body the tagger read
    alone (`bodies`) bears ("Valby star", "Norlandic star" and "the Loud Owls star" stay)."""
    out, tokens = set(), s.tokens
    for k, t in enumerate(tokens[1:-1], 1):
        if t.text != "star" or not tokens[k + 1].text[:1].isupper():
            continue
        first = k
        while first > max(0, k - 3) and tokens[first - 1].text[:1].isupper():
            first -= 1
        title = doc.text[tokens[first].start : tokens[k - 1].end] if first < k else ""
        known = gazetteer.candidates(title) or gazetteer.demonym_country(title)
        if title and not known and title not in bodies and title.split()[0] != "The":
            out.add(title)
    return out


def _run_past(tokens: tuple[Token, ...], end: int, inside: list[Entity]) -> bool:
    """A title's run (ending at token `end`) that goes on past its one tagged name by a link
    other than a list's ("Jo Park of Valby", not "Jo Park and Ann Lind")."""
    if len(inside) != 1 or tokens[end - 1].end <= inside[0].end:
        return False
    return next(t for t in tokens if t.start >= inside[0].end).text not in (",", "and", "&")


def _after_given_name(text: str, start: int) -> bool:
    """A given name right before offset `start` ("Ola" before "Lind")."""
    before = text[max(0, start - 30) : start]
    return before.endswith(" ") and gazetteer.first_name(
        before.split()[-1] if before.split() else ""
    )


_NOUN_OPENERS = frozenset(("DT", "JJ", "POS", "PRP$"))  # tags before a noun: "her new", "the"


def _apposed_title(tokens: tuple[Token, ...], k: int) -> bool:
    """ "her new single, Paper Hearts, is out": a work noun (a noun, or an adjective's tag
    after a determiner or adjective: no adjective stands before a comma there) and, set off
    by commas, capitalised words with no reporting verb after them (not "the album, Moss
    said, ...")."""
    if k + 2 >= len(tokens) or tokens[k + 1].text != ",":
        return False
    noun = tokens[k].tag.startswith("NN")
    if not noun and not (k and tokens[k].tag == "JJ" and tokens[k - 1].tag in _NOUN_OPENERS):
        return False
    end = _run_end(tokens, k + 2, frozenset(_TITLES["run_link"] - {","}))
    closed = end > k + 2 and end + 1 < len(tokens) and tokens[end].text == ","
    return closed and tokens[end + 1].text not in untagged.REPORTING_VERBS


def _noun_by_modifier(tokens: tuple[Token, ...], k: int) -> bool:
    """ "long-running shows", "award-winning plays": a genre word the tagger read as a verb is
    the noun after a hyphened modifier (not "this shows", "the film shows": a subject before
    the verb)."""
    if not k:
        return False
    before = tokens[k - 1]
    end = before.text.rpartition("-")[2]
    return "-" in before.text and end.isalpha() and end.islower()


def _capital_the_plural_act(doc: Doc, e: Entity, name: str) -> bool:
    """ "with The Night Owls": a plural name after a capital "The" inside a sentence names an
    act or a team (the article is part of its name), never one person; not a place."""
    words = name.split()
    inside = e.first_token > 1 and word_before(doc, e) == "The"
    plural = len(words) > 1 and words[-1].endswith("s") and not words[-1].endswith("'s")
    return inside and plural and words[-1][:1].isupper() and not gazetteer.candidates(name)


def _finite_verb(t: Token) -> bool:
    """A verb or modal that can follow its subject ("won", "wins", "will"), not a bare verb
    ("win"), which follows a title as the object of "saw", "let" or "made"."""
    return t.tag[:2] in ("VB", "MD") and t.tag != "VB"


def _pronoun_titles(s: Sentence, tagged: list[Entity]) -> list[tuple[int, int]]:
    """Names inside a run of capitalised words holding a pronoun, after a lower-case word:
    "beating Curb Your Thirst", "a version of We Will Sail"; or opening the sentence, with a
    pronoun after its first word and a lower-case word after it ("We Will Sail You was sung
    by"), as a clause opening "We" goes on in lower case."""
    out, k, tokens = [], 1, s.tokens
    end = _run_end(tokens, 0, _TITLE_SMALL)
    inner = {t.text for t in tokens[1:end]} & _TITLES["pronoun"]
    if inner and 2 < end < len(tokens) and tokens[end].text.islower():
        out += [(e.start, e.end) for e in _within(tagged, tokens[0].start, tokens[end - 1].end)]
    while k < len(tokens):
        end = _run_end(tokens, k, _TITLE_SMALL)
        run = end > k + 1 and tokens[k - 1].text.islower()  # its words read only then
        if run and {t.text for t in tokens[k:end]} & _TITLES["pronoun"]:
            out += [(e.start, e.end) for e in _within(tagged, tokens[k].start, tokens[end - 1].end)]
            out += _owned_title(tokens, k, end, tagged)
        k = end + 1
    return out


def _owned_title(
    tokens: tuple[Token, ...], k: int, end: int, tagged: list[Entity]
) -> list[tuple[int, int]]:
    """A name read on from its owner's possessive into the title after it ("Norbank TV's
    Have You Met Us"): the title is the name's end, so the name is no body's."""
    if tokens[k - 1].text not in ("'s", "’s"):
        return []
    first, last = tokens[k].start, tokens[end - 1].end
    return [(e.start, e.end) for e in tagged if e.start < first < e.end <= last]


def _run_end(tokens: tuple[Token, ...], k: int, links: frozenset[str]) -> int:
    """Where a run of capitalised words and LINKS from token k ends."""
    while k < len(tokens) and (tokens[k].text[:1].isupper() or tokens[k].text in links):
        k += 1
    return k


def _first_named(e: Entity) -> bool:
    """A person named with a first name: "Jo Park", "Jo"."""
    return e.label == "PERSON" and gazetteer.first_name(e.text.split()[0])


def _inner_given_name(e: Entity, run_start: int) -> bool:
    """A one-word name inside a title's run, not opening it ("Grace" of "Harbour and Grace")."""
    return " " not in e.text.strip() and e.start > run_start


def _within(tagged: list[Entity], start: int, end: int) -> list[Entity]:
    """The entities of a sentence (`untagged.by_sentence`) inside [start, end)."""
    return [e for e in tagged if start <= e.start < e.end <= end]


def _kind_before(tokens: tuple[Token, ...], k: int) -> bool:
    """A work noun or genre shortly before "such as", "including": "games of the last ten
    years such as", not across a clause ("films, and stars such as")."""
    for t in reversed(tokens[max(0, k - 8) : k]):
        if t.text in _TITLE_KINDS or t.text in (",", "and", ";") or t.tag.startswith("VB"):
            return t.text in _TITLE_KINDS
    return False


def _after_work_noun(doc: Doc, e: Entity) -> bool:
    """An organisation named right after a work noun ("the game Manhunt"), or after a naming
    verb (`titled_by`) after a document noun ("a report called Harbour To Ruin") or set off
    by a comma after a work noun ("The ballad, titled Moss On The Quay, was"; `set_off_by`,
    not "called", which may open a clause there: "the film, called a triumph by Jo Park,"):
    a work's title, no body's name."""
    tokens, k = doc.sentences[e.sentence].tokens, e.first_token - 1
    if e.label != "ORGANIZATION" or k < 0:
        return False
    if tokens[k].text in _WORK_NOUNS:  # a noun: not "Rotor would play Lada Togliatti"
        return tokens[k].tag.startswith("NN")
    if k < 1 or tokens[k].text not in _TITLES["titled_by"]:
        return False
    # the naming verb's noun: right before it, or before a comma ("The ballad, titled")
    comma = k >= 2 and tokens[k - 1].text == "," and tokens[k].text in _TITLES["set_off_by"]
    noun = tokens[k - 1 - comma]
    nouns = _WORK_NOUNS_TITLED if comma else _TITLES["titled_noun"]
    return noun.text.lower() in nouns and (not comma or noun.tag.startswith("NN"))


_WORK_NOUNS_TITLED = _WORK_NOUNS | _TITLES["titled_noun"]
_TRADE_COMPOUNDS = lexicons.groups("trade_compound_names")


_PAIRED_PEOPLE_PLURALS = lexicons.words("paired_people_plurals")


def _pair_after_people_plural(doc: Doc, e: Entity) -> bool:
    """Two names joined by "and" right after a plural noun of people ("backing singers
    Pippa and Sorrel"; paired_people_plurals.txt): two persons named together, no body."""
    return " and " in e.text and word_before(doc, e).lower() in _PAIRED_PEOPLE_PLURALS


def _trade_compound(doc: Doc, e: Entity, name: str) -> bool:
    """Capitals opening a compound of business copy, by the noun after them ("House prices
    fell", "the High Street retailer"; trade_compound_names.txt): no body, no place."""
    nouns = _TRADE_COMPOUNDS.get(name)
    return nouns is not None and word_after(doc, e) in nouns


def _unit_after_owned_role(doc: Doc, e: Entity) -> bool:
    """Capitals after a body's possessive, a role noun and "of" ("Norbank's head of Trade
    Policy", "Valco's director of Research"): the field or unit the role heads inside that
    body, named as its role's complement, not another body."""
    tokens, k = doc.sentences[e.sentence].tokens, e.first_token
    if k < 3 or tokens[k - 1].text != "of" or tokens[k - 2].text not in ROLE_NOUNS:
        return False
    return tokens[k - 3].text in POSSESSIVE_MARKS


def _indefinite_head(doc: Doc, e: Entity) -> bool:
    """A name heading a phrase opened by "a" or "an", then a verb or "in" ("an MPL is", "made
    an OBE in"): a thing of a kind (an award, a licence), no body; a body after "a" modifies
    a noun ("a Norbank spokesman"), and the sentence's end is left alone ("join a Union.")."""
    tokens, k = doc.sentences[e.sentence].tokens, e.end_token
    after = tokens[k] if k < len(tokens) else None
    ends = after is not None and (after.text == "in" or after.tag in ("VBZ", "VBD", "VBP", "MD"))
    return word_before(doc, e).lower() in ("a", "an") and ends


def _spelled_out(doc: Doc, e: Entity, name: str) -> bool:
    """Capitals after the lower-case words they abbreviate: "qualified majority voting
    (QMV)" names a term, not a body."""
    tokens, k = doc.sentences[e.sentence].tokens, e.first_token
    capitals = name.isalpha() and name.isupper() and 2 <= len(name) <= 6
    if not capitals or k < len(name) + 1 or tokens[k - 1].text != "(":
        return False
    words = [t.text for t in tokens[k - 1 - len(name) : k - 1]]
    return all(w.islower() for w in words) and "".join(w[0] for w in words) == name.lower()


# Lower-case nouns after a name that make it a landform or water ("the Tonle Sap lake")
# or a built work ("the Don Sahong dam"), whatever the tagger called it.
LANDFORM_NOUNS, WORKS_NOUNS = lexicons.words("landform_nouns"), lexicons.words("works_nouns")


def word_after(doc: Doc, e: Entity) -> str:
    """The token right after a name ("lake" of "the Tonle Sap lake"), or ""."""
    tokens = doc.sentences[e.sentence].tokens
    return tokens[e.end_token].text if e.end_token < len(tokens) else ""


_REPRESENTED_SEAT = lexicons.pattern("represented_seats")


def _represented_seats(text: str) -> set[str]:
    """Seats named after "represented" and before their party or house ("who represented
    Calder Vale for Labour"): places; not a person's name ("represented Jo Park for the
    union"), a given name before no place's last word."""
    seats = {m["seat"] for m in matches_in(_REPRESENTED_SEAT, text)}
    return {n for n in seats if not gazetteer.first_name(n.split()[0]) or _place_tailed(n)}


def _place_tailed(name: str) -> bool:
    """A name ending in a place's last word ("Marsh Hill")."""
    return name.split()[-1] in _PLACE_TAILS


def word_before(doc: Doc, e: Entity) -> str:
    """The token right before a name ("in" of "in Oslo"), or ""."""
    return doc.sentences[e.sentence].tokens[e.first_token - 1].text if e.first_token else ""


def words_before(doc: Doc, e: Entity, n: int) -> list[str]:
    """The up to n tokens right before a name, in order ("the", "island", "of" of "the island
    of Tolvik" for n = 3)."""
    tokens = doc.sentences[e.sentence].tokens
    return [t.text for t in tokens[max(0, e.first_token - n) : e.first_token]]


def _before_tail(doc: Doc, e: Entity) -> bool:
    """A name right before an event or law word ("Mental Capacity Bill", "Health Service
    (Miscellaneous Provisions) Bill"), or before more name words and one ("Valby Harbour Kite
    Festival": the guideline annotates no name inside an event's); before "programme" or
    "scheme" ("the Today programme"; a broadcaster stays: "a BBC documentary"), a test's
    head ("the Valby Achievement Test"), a technical standard's ("Valby Domain Names"), or
    "family"."""
    tokens, k, name = doc.sentences[e.sentence].tokens, e.end_token, clean_name(e.text)
    k = bracket_end(tokens, k)  # a bracketed part of the title
    after = tokens[k].text if k < len(tokens) else ""  # "" is none of the words below
    if k == e.end_token and after in WORKS_NOUNS and e.label != "LOCATION":
        return True  # "the Xayaburi and Don Sahong plants": works, not a body
    if k == e.end_token and after in PROGRAMME_WORDS:  # not "BBC" of "a BBC documentary"
        return not e.text.isupper() and institutions.canonical(name) is None
    if after in _NO_NAME["standard"] and e.label == "ORGANIZATION":
        return True  # "the Valby Domain Names system": a technical standard's words
    if after in _NO_NAME["test"] and e.label != "LOCATION":  # "the Valby Achievement Test"
        return not gazetteer.candidates(name)  # not "the England Test side"
    while k + 1 < len(tokens) and after not in EVENT_TAILS and _in_name(tokens, k):
        k, after = k + 1, tokens[k + 1].text
    # "the Valby Singers contest", "the Norland Player of the Year awards"; not "NFTA awards"
    event = e.label != "LOCATION" and after in _EVENT_NOUNS and not e.text.isupper()
    return event or after in EVENT_TAILS or (k == e.end_token and after in ("family", "families"))


def bracket_end(tokens: tuple[Token, ...], k: int) -> int:
    """The token after a bracket opening at token k and closing within eight tokens ("Health
    Service (Miscellaneous Provisions) Bill", "Nils Lund (D-Ore.),"), else k."""
    if k >= len(tokens) or tokens[k].text != "(":
        return k
    return next((j + 1 for j in range(k + 1, min(len(tokens), k + 8)) if tokens[j].text == ")"), k)


def _place_led(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """A place right before an organisation, with no word between, opens its name: "Iraq"
    + "Survey Group" is the Iraq Survey Group. "Greater" before a name opens it too
    ("Greater Manchester Police"), and so does a demonym before a name of two words or more
    ("Iraqi National Congress": in CoNLL-2003 train, 9 in 10 such demonyms are the name's)."""
    led = []
    for e in entities:
        before = word_before(doc, e)
        multi = e.label == "ORGANIZATION" and e.end_token - e.first_token > 1
        if before == "Greater" or (multi and before in gazetteer.DEMONYMS):
            e = doc.sentences[e.sentence].entity(e.label, e.first_token - 1, e.end_token)
        led.append(e)
    return spans.join_cut(doc, led, _place_opens)


def _place_opens(doc: Doc, last: Entity, e: Entity) -> str | None:
    """A place and the organisation right after it are one body's name (`_place_led`), unless
    in a headline in capitals or before a body known world-wide by its name alone ("U.S.
    Facebook fans")."""
    apart = doc.sentences[e.sentence].text.isupper() or e.text in untagged.KNOWN_BODIES
    joined = spans.touching(last, e, ("LOCATION", "ORGANIZATION")) and not apart
    return "ORGANIZATION" if joined else None


def _fields(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """A body's name that joins two fields with "and" before its head, cut by the tagger:
    "Meat" + "and" + "Valby Growers Council", "Norland Citizenship" + "and the" + "Fishing
    Service"; more fields listed with commas ("Valby Heart" + ", Lung, and" + "Blood
    Institute"). The first part ends in a common word and is no person, place or known body."""
    out: list[Entity] = []
    texts: dict[int, list[str]] = {}  # each sentence's words, copied once, not once per name
    for e in entities:
        s = doc.sentences[e.sentence]
        if (w := texts.get(e.sentence)) is None:
            w = texts[e.sentence] = [t.text for t in s.tokens]
        k = e.first_token - 1 - (w[e.first_token - 1] == "the")  # the "and"
        c = j = k - (k > 1 and w[k - 1] == ",")  # a serial comma before "and"
        while j > 2 and _name_word(w[j - 1]) and w[j - 2] == ",":
            j -= 2  # a field between commas: ", Lung"
        x = out[-1] if out and (out[-1].sentence, out[-1].end_token) == (e.sentence, j) else None
        start = x.first_token if x else j
        while not x and start > 1 and _name_word(w[start - 1]):
            start -= 1  # an untagged run ("Meat"), not a sentence's first word
        last = w[c - 1].lower() if c > start else ""
        common = last in COMMON or _tag_of(last) in ("NN", "JJ")  # "Meat", "Central"
        field = " ".join(w[start:k])
        # "Valby Council and ...": each list read apart, no union of them built at each name
        named = c > start and (w[c - 1] in _BODY_ENDS or w[c - 1] in _BODY_WORDS)
        joins = k > 0 and w[k] == "and" and common and not named and not (x and x.label == "PERSON")
        # a head, or a country the body serves ("Meat and Wool Norland")
        head = w[e.end_token - 1] in _JOIN_HEADS or gazetteer.country_name(w[e.end_token - 1])
        joins &= e.label == "ORGANIZATION" and bool(head)
        if joins and not (gazetteer.candidates(field) or institutions.canonical(field)):
            out = out[:-1] if x else out
            e = s.entity("ORGANIZATION", start, e.end_token)
        out.append(e)
    return out


def _partners_trade_after(words: list[str], first: int, end: int) -> bool:
    """A firm named by its partners ("Valk & Orme") right before a trade word ("Research",
    "Securities"): the tagger cut the firm's whole name ("Valk & Orme Research")."""
    return "&" in words[first:end] and end < len(words) and words[end] in FIRM_TRADES


def _joined(doc: Doc, entities: list[Entity], sports: bool) -> list[Entity]:
    """Names the tagger cut in two: an organisation head and its "for"/"of" complement
    ("Commission" + "for Africa"), a name and the body word after it ("Making Decisions" +
    "Alliance", "Simon Wiesenthal" + "Center"), a building
    and its site word ("St James" + "'s Palace"), a possessive name and its street word
    ("St Helen" + "'s Road"); and named buildings as places (not in a sports report:
    "Crystal Palace")."""
    out: list[Entity] = []
    swallowed_to: tuple[int, int] = (-1, -1)  # (sentence, end token) of the last join
    in_sentence = untagged.by_sentence(entities)
    texts: dict[int, list[str]] = {}  # each sentence's words, copied once, not once per name
    for e in entities:
        if e.sentence == swallowed_to[0] and e.end_token <= swallowed_to[1]:
            continue
        if (words := texts.get(e.sentence)) is None:
            words = texts[e.sentence] = [t.text for t in doc.sentences[e.sentence].tokens]
        first, end, label = e.first_token, e.end_token, e.label
        if label == "ORGANIZATION":  # "People's" + "Daily Online"
            first = _owner_start(doc.sentences[e.sentence], e, in_sentence[e.sentence])
            first = _cut_lead_start(words, first)  # "the Program on" + "Trade Studies"
        # "Valby Magistrates" + "' Court"; a body owning one stays apart ("Valby Court of
        # Appeals' Board")
        owned = end + 1 < len(words) and _plural_owner(words, end) and words[end + 1] in _BODY_ENDS
        if owned and not _BODY_ENDS.intersection(words[first:end]):
            end, label = end + 2, "ORGANIZATION"
        while end < len(words) and words[end] in _BODY_WORDS:
            end, label = end + 1, "ORGANIZATION"  # not "UN Security Council"'s "UN"+...
        if end < len(words) and _legal_form(words[end]):
            end, label = end + 1, "ORGANIZATION"  # "Nordo" + "Co.": the firm's whole name
        if label == "ORGANIZATION" and _partners_trade_after(words, first, end):
            end += 1  # "Valk & Orme" + "Research": the partners' firm by its trade
        if end < len(words) and words[end] in _JOINS["lower_head"] and _describes(words[end - 1]):
            end, label = end + 1, "ORGANIZATION"  # "the Public and Commercial Services union"
        # not a company's legal form: "Norco Corp of Norland" is the firm and where it is
        if label == "ORGANIZATION" and words[end - 1] in _JOIN_HEADS:
            end = _complement_end(words, end, words[end - 1] in _JOINS["department"])
            # the complement reaches into the tagger's next name: all of it ("Council" +
            # "on Valby Drills" of "Valby Drills and Training")
            tail = (x for x in in_sentence[e.sentence] if x.end_token > end)
            end = max((x.end_token for x in tail if e.end_token < x.first_token < end), default=end)
        if label == "ORGANIZATION":  # "College for Teaching" + "and Leadership"
            end = _second_field_end(doc.sentences[e.sentence], first, end, in_sentence[e.sentence])
            end = _campus_end(words, first, end, in_sentence[e.sentence])
            end = _adjective_complement_noun_end(doc.sentences[e.sentence], first, end)
        k = end + 1 if end < len(words) and words[end] in ("'s", "’s") else end
        after = words[k] if k < len(words) else ""  # "" is no facility or street word
        if _venue(after, sports, _JOINS["facility"]) or (k > end and after in STREET_WORDS):
            end, label = k + 1, "LOCATION"  # "Belmarsh" + "Prison", "St Helen" + "'s Road"
        # "at Belmarsh Prison", "sell the Millennium Dome"; not a titled person ("Sen. Jo Tower")
        titled = label == "PERSON" and first > 0 and _title_before(words[first - 1])
        # nor a club a player left ("joined Valby from Loxa Palace")
        club = words[end - 1] in _TAILS["club_or_place"]
        club = club and _club_left_in_transfer(doc.sentences[e.sentence], first)
        if _venue(words[end - 1], sports, _JOINS["facility"]) and not (titled or club):
            label = "LOCATION"
        if (journal := _journal_name_start(words, first)) < first:
            # "the journal Soils and Valby Tides": one journal's name, its parts not apart
            out = [x for x in out if x.sentence != e.sentence or x.end_token <= journal]
            first, label = journal, "ORGANIZATION"
        if label == "ORGANIZATION" and _journal_of_the_body(words, first):
            first -= 3  # "the Proceedings of the" + "Valby Academy of Soils": the journal
        if label == "ORGANIZATION":  # "Department of Energy" + "Dust Measurement Program"
            end = _department_before_programme(words, first, end)
        if (first, end, label) != (e.first_token, e.end_token, e.label):
            swallowed_to = (e.sentence, end)
            e = doc.sentences[e.sentence].entity(label, first, end)
        out.append(e)
    return out


# Last words of a programme's name ("Programme", "Program"; agency_programme_heads.txt).
_PROGRAMME_HEADS = lexicons.words("agency_programme_heads")


def _department_before_programme(words: list[str], first: int, end: int) -> int:
    """The end of a department's name that a programme's name follows in one tagged span
    ("the Department of Energy Valby Dust Program"): the guideline annotates the department,
    not its programme; else `end`. The department's field is its portfolio words."""
    if end - first < 5 or words[end - 1] not in _PROGRAMME_HEADS:
        return end  # most spans: no programme's name
    head = next((i for i in range(first, end - 3) if words[i : i + 2] == ["Department", "of"]), -1)
    if head < 0:
        return end
    k = head + 2
    while k < end - 1 and (words[k] in PORTFOLIOS or words[k] in _FIELD_WORDS or words[k] == "and"):
        k += 1
    return k if head + 2 < k < end - 1 and words[k - 1] != "and" else end


# Words opening a journal's name before "of the" and a body (journal_name_heads.txt).
_JOURNAL_HEADS = lexicons.words("journal_name_heads")


def _journal_of_the_body(words: list[str], first: int) -> bool:
    """ "the Proceedings of the Valby Academy of Soils": a body's name right after a
    journal's head and "of the" is the journal's name, which the guideline annotates whole,
    not the body that publishes it."""
    linked = words[first - 2 : first] == ["of", "the"]
    return first >= 3 and linked and words[first - 3] in _JOURNAL_HEADS


def _journal_name_start(words: list[str], first: int) -> int:
    """The start of a journal's name the tagger cut at "and" after "the journal" ("the
    journal Soils and Valby Tides"), else `first`: capitalised words back to "journal"."""
    i = first
    while i >= 4 and words[i - 1] == "and" and words[i - 2][:1].isupper():
        i -= 2
        while i >= 3 and words[i - 1][:1].isupper():
            i -= 1
    journal = i < first and words[i - 1] == "journal" and words[i - 2] == "the"
    return i if journal else first


def _cut_lead_start(words: list[str], first: int) -> int:
    """The start of a body's name whose head and link the tagger left out after "the" ("the
    Program on" + "Valby Trade Studies") (joined_name_words.txt, "cut_lead"), else `first`."""
    if first < 3 or words[first - 1] not in ("on", "for") or words[first - 3].lower() != "the":
        return first
    return first - 2 if words[first - 2] in _JOINS["cut_lead"] else first


def _legal_form(word: str) -> bool:
    """A company's legal form that ends the name before it ("Nordo Co.", "Harlow Estate
    Ltd"), not two capitals that also abbreviate an office or a country ("Valby AG" may be
    its attorney general, "Cricket SA" its country)."""
    return word in COMPANY_ENDS and not (len(word) == 2 and word.isupper())


def _site_free_head(name: str) -> bool:
    """A town's name and a body's head that ends no site's name: "Valby Foundation" (the
    tagger read the town), not "Valby Centre"."""
    words = name.split()
    headed = len(words) > 1 and words[-1] in BODY_HEADS - _JOINS["site_head"]
    if not headed and " ".join(words[-2:]) in _COURT_NAMES:  # "Valby Superior Court"
        return len(words) > 2 and bool(gazetteer.candidates(" ".join(words[:-2])))
    return headed and bool(gazetteer.candidates(" ".join(words[:-1])))


_NAMESAKE_GROUPS = lexicons.groups("national_namesakes")
# Two-word names of courts and other bodies that places have alike ("Superior Court"): after
# a place's name, a body of that place.
_COURT_NAMES = _NAMESAKE_GROUPS["name"] | _NAMESAKE_GROUPS["regional"]


def _plural_owner(words: list[str], k: int) -> bool:
    """A capitalised plural and its possessive mark at token k, inside a body's name:
    "Magistrates" + "'" ("Magistrates' Court"), "People" + "'s" ("People's Daily"); or an
    office's ("Coroner's Court")."""
    owner = words[k - 1] if k > 0 else ""
    regular = words[k] in ("'", "’") and owner.endswith("s")
    irregular = words[k] in ("'s", "’s") and owner in _JOINS["irregular_plural"]
    irregular |= words[k] in ("'s", "’s") and owner in _JOINS["court_office"]  # "Coroner's Court"
    return owner[:1].isupper() and (regular or irregular)


def _owner_start(s: Sentence, e: Entity, tagged: list[Entity]) -> int:
    """Where a body's name starts that the tagger cut after a plural's possessive mark,
    with the untagged proper nouns before the plural ("Valby Nurses'" + "Union")."""
    words = [t.text for t in s.tokens]
    if e.first_token < 2 or not _plural_owner(words, e.first_token - 1):
        return e.first_token
    start = e.first_token - 2
    while start > 0 and s.tokens[start - 1].tag == "NNP" and _name_word(words[start - 1]):
        start -= 1
    taken = any(x.first_token < e.first_token and x.end_token > start for x in tagged)
    return e.first_token if taken else start


def _venue(word: str, sports: bool, tails: frozenset[str]) -> bool:
    """A last word of a place's name, and no club's in a sports report ("Crystal Palace")."""
    return word in tails and not (sports and word in _TAILS["club_or_place"])


# Lower-case heads that complete a name ending in an adjective or a plural noun ("the
# International Olympic committee": the name alone is no body), heads of departments (two
# fields joined with "and") and last words of named buildings ("Belmarsh Prison").
_JOINS = lexicons.groups("joined_name_words")


def _describes(word: str) -> bool:
    """An adjective or a plural noun by its ending: "Olympic", "National", "Services"."""
    return word.endswith(tuple(_JOINS["describing_end"]))


# Words that end the name of a body: a capitalised one right after a name belongs to it.
_BODY_WORDS = (ORG_NAME_WORDS | {"Government"}) - _JOINS["not_body_word"]
COMPANY_ENDS = lexicons.words("company_ends")
# A name's last word that makes it a firm however the tagger read it (`_firm_spans`).
_FIRM_NAME_ENDS = _FIRM_ENDS | COMPANY_ENDS | FIRM_TRADES | BODY_TAILS
# "Norvik Technologies"; "the Valby Law Review", a publication
_PUBLICATION_ENDS = lexicons.words("publication_ends")
_BODY_ENDS = BODY_HEADS | untagged.HEADS | BODY_TAILS | COMPANY_ENDS | _PUBLICATION_ENDS
# A glued descriptor's last word that makes the three words a body or a place ("Royal Albert
# Hall"), joined once for `_descriptor_led`.
_NAME_TAILS = _BODY_ENDS | ORG_NAME_WORDS | _PLACE_TAILS


def _body_end(name: str) -> bool:
    """A name of two words or more ending in a body's last word ("Valby Academy")."""
    words = name.split()
    return len(words) > 1 and words[-1] in _BODY_ENDS


# Heads whose "of"/"for" complement the tagger may have cut off; not a company's legal form.
_JOIN_HEADS = (ORG_HEADS | untagged.HEADS) - COMPANY_ENDS


def _complement_end(words: list[str], end: int, department: bool) -> int:
    """The end of "for Africa", "of Victims of Torture", "for Work and Pensions" after an
    organisation head ending at token `end`, or `end` when none follows."""
    best = k = end
    while k + 1 < len(words) and words[k] in ("for", "of", "on", "and"):
        if words[k] == "and" and not (department and k > end):
            break  # "and" joins two fields of a department only: "for Work and Pensions"
        k += 2 if words[k + 1] in _ARTICLES and words[k] != "and" else 1
        run = k
        while k < len(words) and _name_word(words[k]):
            k += 1
        if k == run:
            break
        best = k
    return best


def _second_field_end(s: Sentence, first: int, end: int, tagged: list[Entity]) -> int:
    """The end of a second field the tagger left out of a body's complement ("College for
    Teaching" + "and Leadership", "Council on Valby Drills" + "and Training"): one or two
    untagged capitalised words after "and", then no name word; `end` when there is none or
    they name something of their own (a place, a person's first name, a known body)."""
    words = [t.text for t in s.tokens]
    linked = _COMPLEMENT_LINKS.intersection(words[first + 1 : end - 1])
    if not linked or words[end : end + 1] != ["and"] or _family_complement(words[end - 1]):
        return end
    k = end + 1
    while k < len(words) and _name_word(words[k]):
        k += 1
    run = words[end + 1 : k]
    if not 0 < len(run) <= 2 or any(_crosses_field(x, end, k) for x in tagged):
        return end
    own = gazetteer.first_name(run[0]) or any(map(gazetteer.candidates, run))
    # a body's last word ends another body ("and Valby University"), not a field of a
    # department's ("and Public Affairs", "and Human Services")
    body = run[-1] in _BODY_ENDS and run[-1] not in _FIELD_WORDS
    return end if own or body or institutions.canonical(" ".join(run)) else k


def _adjective_complement_noun_end(s: Sentence, first: int, end: int) -> int:
    """The end of a body's complement the tagger cut after its adjective ("Museum of
    Natural" + "History", "Institute of Medical" + "Research"): a capitalised common word
    after "of" ends the span and the next word is a capitalised common noun; else `end`."""
    if end >= len(s.tokens) or end - first < 3 or s.tokens[end - 2].text != "of":
        return end  # most bodies: no one-word complement at their end
    adjective, noun = s.tokens[end - 1].text, s.tokens[end]
    if not (adjective.istitle() and adjective.lower() in COMMON):
        return end
    plain = noun.text.istitle() and noun.text.lower() in COMMON and noun.tag in ("NN", "NNS")
    person = noun.text in PERSON_TITLES or noun.text.lower() in ROLE_NOUNS
    return end + 1 if plain and not person and noun.text not in untagged.CALENDAR else end


# Last words of a department's fields ("Affairs", "Services"): a field, no body of its own.
_FIELD_WORDS = lexicons.words("department_words")


def _family_complement(word: str) -> bool:
    """A complement ending in a family's name ("House of Fraser", "House of Valmont"): a firm
    named for a family, whose "and" begins another name ("House of Fraser and Norco"), not
    a department's second field; a first name, and no common word, portfolio or field."""
    fielded = word.lower() in COMMON or word in PORTFOLIOS or word in _FIELD_WORDS
    return bool(gazetteer.first_name(word)) and not fielded


def _crosses_field(x: Entity, end: int, k: int) -> bool:
    """A tagged name over the second field's words [end + 1, k) that is more than the field
    read alone: one reaching outside it, or a place ("Center for Media" + "and Public
    Affairs" read as a person is the field; "and Valby" read as a place is not)."""
    overlaps = x.first_token < k and x.end_token > end
    inside = x.first_token > end and x.end_token <= k
    return overlaps and (not inside or x.label == "LOCATION")


def _campus_end(words: list[str], first: int, end: int, tagged: list[Entity]) -> int:
    """The end of a university's campus, a place the tagger cut off ("University of Valby"
    + "at Sudby"): the annotation guideline keeps a place inside a body's own name in it."""
    if words[end : end + 1] not in (["at"], [","]):
        return end  # most bodies: no campus after them
    if not _JOINS["campus_head"].intersection(words[first:end]):
        return end
    place = (x for x in tagged if x.first_token == end + 1 and x.label == "LOCATION")
    campus = next((x.end_token for x in place), end)
    if words[end] == "," and not state_university_campus(words, first, end, campus):
        return end
    return campus


def state_university_campus(words: list[str], first: int, end: int, campus: int) -> bool:
    """ "University of Norland, Sudby": a US state's university and, after a comma, a town
    (no state or country) is one campus's name, as "University of Valby at Sudby" is;
    "University of Valby, Norland" (a country or state after it) stays the university."""
    # the tagger may have read a person into the body's span ("Dr Jo Lind of University of
    # Norland"): the university's words are the span's last ones
    head = next((i for i in range(end - 3, first - 1, -1) if words[i] == "University"), -1)
    if campus == end or head < 0 or words[head + 1] != "of":
        return False
    state = gazetteer.candidates(" ".join(words[head + 2 : end]))
    if not state or not gazetteer.us_state(state[0]):
        return False
    town = gazetteer.candidates(" ".join(words[end + 1 : campus]))
    return bool(town) and town[0].type == "city"


# The words that open a body's complement ("Council on", "College for", "Bank of").
_COMPLEMENT_LINKS = lexicons.words("body_complement_links")


def _name_word(word: str) -> bool:
    """A capitalised word of a name's complement, not a day or month ("for Africa", not "on
    Friday")."""
    return word[:1].isupper() and word.replace("-", "").isalnum() and word not in untagged.CALENDAR


def _with_institutions(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Parties, institutions and channels of `institutions` as organisations: a tagged span
    that is one of them, or part of one, gives way to it; a span holding one with a person
    or another name beside it ("Tory Lord Campbell", "BBC News Labour") is cut in pieces;
    a longer name holding one stays whole ("Commons Public Accounts Committee")."""
    by_sentence = untagged.by_sentence(entities)
    out: list[Entity] = []
    congress = re.search(r"\b(?:Senate|Congress)\b", doc.text)  # then "the House" is its own
    for s in doc.sentences:
        words = [t.text for t in s.tokens] + [""]
        found = [k for k in institutions.find(s) if words[k.end] not in EVENT_TAILS]  # "Labour Day"
        found = [k for k in found if congress or k.canonical != "House"]

        tagged = by_sentence.get(s.index, [])  # not "the next Parliament"
        tagged = [e for e in tagged if not institutions.is_term(s, e.first_token, e.end_token)]

        kept_whole: set[int] = set()
        for e in tagged:
            inside = [k for k in found if k.first < e.end_token and e.first_token < k.end]
            if any(k.first <= e.first_token and e.end_token <= k.end for k in inside):
                continue  # "Lib Dem" read as a person, "BBC Radio" of "BBC Radio 4"
            if not inside or _keeps_whole(s, e, inside) and not _known_then_person(s, e, inside):
                kept_whole.update(id(k) for k in inside)
                out.append(e)
            else:
                out.extend(_leftovers(s, e, inside))
        out += [s.entity("ORGANIZATION", k.first, k.end) for k in found if id(k) not in kept_whole]
    return sorted(out, key=lambda e: e.start)


def _keeps_whole(s: Sentence, e: Entity, inside: list[institutions.Known]) -> bool:
    """One known name inside a longer organisation or place name whose other words are
    capitalised name words ("Labour Party Conference", "Parliament Square")."""
    k = inside[0]  # never empty here
    outside = k.first < e.first_token or k.end > e.end_token
    if e.label == "PERSON" or len(inside) != 1 or outside:
        return False
    pieces = ((e.first_token, k.first), (k.end, e.end_token))
    runs = [[t.text for t in s.tokens[a:b]] for a, b in pieces if a < b]
    # a lower-case word ("'s", "leader said"), a member's letters, a person ("BBC Michael Howard");
    # a plural's bare possessive mark stays ("Westminster Magistrates' Court")
    inner = BODY_NAME_LINKS | _COMPLEMENT_LINKS | {"'", "’"}  # "Senate Subcommittee on Ethics"
    lower = any(not w[:1].isupper() and w not in inner for words in runs for w in words)
    return not lower and not any(words[0] in MEMBER_WORDS or _person_run(words) for words in runs)


def _known_then_person(s: Sentence, e: Entity, inside: list[institutions.Known]) -> bool:
    """A known body opening a span, then one capitalised word that a `who` clause follows
    ("an interview with Sky News Jana, who fled…"): the body, then a person the tagger ran
    into it; `_leftovers` gives the person."""
    k = inside[0]
    after = [t.text.lower() for t in s.tokens[e.end_token : e.end_token + 2]]
    return k.first == e.first_token and e.end_token - k.end == 1 and after == [",", "who"]


def _person_run(words: list[str]) -> bool:
    """A title or a first name opening two or three words: "Lord Campbell", "Michael Howard"."""
    return words[0] in PERSON_TITLES or (len(words) in (2, 3) and gazetteer.first_name(words[0]))


def _leftovers(s: Sentence, e: Entity, inside: list[institutions.Known]) -> list[Entity]:
    """The names left in `e` beside the known ones: runs of capitalised words."""
    covered = {i for k in inside for i in range(k.first, k.end)}
    who = _known_then_person(s, e, inside)  # "Sky News Jana, who…": Jana a person
    out: list[Entity] = []
    run: list[int] = []
    for i in [*range(e.first_token, e.end_token), -1]:
        word = s.tokens[i].text if i >= 0 else ""
        named = word[:1].isupper() or (run and word in BODY_NAME_LINKS)
        if i >= 0 and i not in covered and named:
            run.append(i)
            continue
        while run and s.tokens[run[-1]].text in BODY_NAME_LINKS:
            run.pop()
        constituency = False
        if run and s.tokens[run[0]].text in MEMBER_WORDS:
            run.pop(0)  # "MP for Hornsey": the seat is a place
            constituency = bool(run) and s.tokens[run[0]].text == "for"
            while run and s.tokens[run[0]].text in BODY_NAME_LINKS:
                run.pop(0)
        if words := [s.tokens[j].text for j in run]:
            person = _person_run(words) or who and run[-1] == e.end_token - 1
            label = "LOCATION" if constituency else "PERSON" if person else e.label
            out.append(s.entity(label, run[0], run[-1] + 1))
        run = []
    return out
