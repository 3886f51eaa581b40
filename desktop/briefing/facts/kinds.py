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
from dataclasses import dataclass

from briefing.facts import gazetteer
from briefing.model import Doc, Entity

# A name followed by one of these is an organisation ("Hayat Tahrir al-Sham group").
ORG_CUES = frozenset(
    [
        "group",
        "agency",
        "party",
        "movement",
        "front",
        "ministry",
        "army",
        "militia",
        "council",
        "committee",
        "company",
        "corporation",
        "inc.",
        "inc",
        "corp.",
        "ltd.",
        "organisation",
        "organization",
        "union",
        "alliance",
        "coalition",
        "federation",
        "association",
        "institute",
        "university",
        "bank",
        "network",
        "brigade",
        "brigades",
        "forces",
        "newspaper",
        "daily",
        "club",
    ]
)
# Words inside a name that make it an organisation ("National Front for Liberation",
# "China Daily", "All-England Club"); our own list from wire style.
ORG_WORDS = frozenset(w.capitalize() for w in ORG_CUES) | {
    "News",
    "Novosti",
    "Times",
    "Post",
    "Standard",
    "Telegraph",
    "Cross",
    "Corp",
    "Co",
    "Ltd",
    "Plc",
    "SA",
    "SpA",
    "AG",
    "Bros",
    "Bros.",
    "Airlines",
    "Airways",
}
# Prepositions after which a city is where something happens, not a team ("in Leeds").
LOCATIVES = frozenset(["in", "at", "to", "near", "outside", "around", "across", "within"])
# Words of sports reports (our own list); an article with several of them and with
# scores is a sports report.
SPORTS_WORDS = frozenset(
    [
        "match",
        "matches",
        "league",
        "season",
        "goal",
        "goals",
        "scored",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "innings",
        "inning",
        "wicket",
        "wickets",
        "homer",
        "homered",
        "pitcher",
        "tournament",
        "championship",
        "cup",
        "seeded",
        "coach",
        "standings",
        "semi-final",
        "quarter-final",
        "semifinal",
        "quarterfinal",
        "playoff",
        "draw",
        "drew",
        "beat",
        "defeated",
        "victory",
        "win",
        "won",
        "lost",
        "race",
        "lap",
        "title",
        "champion",
        "champions",
        "round",
        "points",
        "game",
        "games",
        "player",
        "players",
        "team",
        "club",
        "rugby",
        "soccer",
        "football",
        "cricket",
        "tennis",
        "golf",
        "baseball",
        "basketball",
        "hockey",
        "cycling",
        "athletics",
        "boxing",
    ]
)
# A score: "2-1", "6-4", "32-22" (not a date "1996-08-28", not "1-1/2").
_SCORE = re.compile(r"(?<![\d/-])\d{1,3}-\d{1,3}(?![\d/-])")
# A place name in capitals opening the story, then a region, an agency or a date:
# "MILWAUKEE 1996-08-28", "ARLINGTON, Texas 1996-08-31", "ANKARA (Reuters) -".
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})"
    r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?"
    r"(?P<tail>,? \d{4}-\d{2}-\d{2}\s*$|,? [A-Z][a-z]{2,8}\.? \d{1,2}|,? \([A-Za-z][\w .&-]*\)"
    r"|\s+[-–—]\s|\s*$)"
)


def lookup_name(name: str) -> str:
    """The form of `name` the gazetteer knows: "MILWAUKEE" -> "Milwaukee"."""
    if name.isupper() and len(name) > 3 and not gazetteer.candidates(name):
        titled = name.title()
        if gazetteer.candidates(titled):
            return titled
    return name


def is_sports_report(doc: Doc) -> bool:
    """Several sports words and at least two scores or result lines."""
    words = set(re.findall(r"[a-z-]+", doc.text.lower()))
    scores = len(_SCORE.findall(doc.text))
    return len(words & SPORTS_WORDS) >= 4 and scores >= 2


def datelines(doc: Doc) -> list[Entity]:
    """The place of a dateline among the first sentences, as a LOCATION entity."""
    out = []
    for s in doc.sentences[:4]:
        m = _DATELINE.match(s.text)
        if not m:
            continue
        place = m.group("place")
        trusted = m.group("tail").strip()[:1].isdigit() or "(" in m.group("tail")
        if not trusted and not gazetteer.candidates(lookup_name(place)):
            continue
        start, end = s.start + m.start("place"), s.start + m.end("place")
        first = next(i for i, t in enumerate(s.tokens) if t.end > start)
        last = max(i for i, t in enumerate(s.tokens) if t.start < end) + 1
        out.append(Entity("LOCATION", place, start, end, s.index, first, last))
        break
    return out


def _clean(text: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip()


def _is_org_name(doc: Doc, e: Entity, name: str, org_names: set[str]) -> bool:
    tokens = doc.sentences[e.sentence].tokens
    after = tokens[e.end_token].text.lower() if e.end_token < len(tokens) else ""
    acronym = name.isalpha() and name.isupper() and 2 <= len(name) <= 5
    return (
        acronym
        or after in ORG_CUES
        or name in org_names
        or any(w in ORG_WORDS for w in re.split(r"[\s-]+", name))
    )


def _is_person_name(name: str, person_words: set[str]) -> bool:
    words = name.split()
    if name in person_words:
        return True
    return 2 <= len(words) <= 3 and gazetteer.first_name(words[0])


def _is_town(doc: Doc, e: Entity, name: str) -> bool:
    """A sea or region the gazetteer knows, or a city after "in", "at", "near"... (not a
    country: the fact sheet reads a country that acts as a state actor)."""
    tokens = doc.sentences[e.sentence].tokens
    before = tokens[e.first_token - 1].text.lower() if e.first_token > 0 else ""
    known = gazetteer.candidates(name)
    if not known or any(k.type == "country" for k in known):
        return False
    after = tokens[e.end_token].text if e.end_token < len(tokens) else ""
    # A venue heading a scorecard: "Tunbridge Wells: Kent 108-3".
    return name in gazetteer.FEATURES or before in LOCATIVES or after == ":"


def _named_person(name: str, person_words: set[str], sports: bool) -> bool:
    """ "Marc Dutroux": a first name, then names that are not places. In a sports report,
    where teams bear such names ("Ross County"), only when the surname is a person's too."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and not name.isupper()
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and gazetteer.first_name(words[0])
        and not any(gazetteer.candidates(w) for w in words)
        and (not sports or name in person_words or words[-1] in person_words)
    )


@dataclass(frozen=True)
class Kinds:
    """A document's entities with corrected labels, and whether it is a sports report:
    computed once by `classify` and handed to every extractor that reads them."""

    entities: tuple[Entity, ...]
    sports: bool


def classify(doc: Doc) -> Kinds:
    """The document's entities with labels corrected as the module docstring says."""
    sports = is_sports_report(doc)
    return Kinds(tuple(_classify(doc, sports)), sports)


def classified(doc: Doc) -> list[Entity]:
    """`classify(doc).entities` as a list."""
    return list(classify(doc).entities)


def _classify(doc: Doc, sports: bool) -> list[Entity]:
    dated = datelines(doc)
    person_words: set[str] = set()
    org_names: set[str] = set()
    for e in doc.entities:
        if e.label == "PERSON":
            words = _clean(e.text).split()
            person_words.add(" ".join(words))
            if len(words) > 1:
                person_words.update(w for w in words if w[:1].isupper())
        elif e.label == "ORGANIZATION":
            org_names.add(_clean(e.text))
    out = list(dated)
    for e in doc.entities:
        if any(d.start < e.end and e.start < d.end for d in dated):
            continue
        name = _clean(e.text)
        if e.label == "ORGANIZATION":
            plain = not _is_org_name(doc, e, name, set())
            if plain and _named_person(name, person_words, sports):
                e = Entity("PERSON", *_fields(e))  # "Jesper Parnevik", tagged as a firm
            elif (plain or name in gazetteer.FEATURES) and _is_town(doc, e, lookup_name(name)):
                e = Entity("LOCATION", *_fields(e))  # "in Milan", "the West Bank"
        if e.label != "LOCATION":
            out.append(e)
            continue
        name = lookup_name(_clean(e.text))
        tokens = doc.sentences[e.sentence].tokens
        before = tokens[e.first_token - 1].text.lower() if e.first_token > 0 else ""
        after = tokens[e.end_token].text if e.end_token < len(tokens) else ""
        known = gazetteer.candidates(name)
        label = "LOCATION"
        if known or gazetteer.demonym_country(name):
            team = (
                sports
                and known
                and not any(k.type in ("country", "water", "other") for k in known)
                and name not in gazetteer.FEATURES
                and before not in LOCATIVES
                and after != ":"  # a venue heading a scorecard: "Hove: Sussex 363"
            )
            label = "ORGANIZATION" if team else "LOCATION"
        elif _is_person_name(name, person_words):
            label = "PERSON"
        elif (sports and before not in LOCATIVES) or _is_org_name(doc, e, name, org_names):
            label = "ORGANIZATION"
        out.append(e if label == e.label else Entity(label, *_fields(e)))
    return sorted(out, key=lambda e: e.start)


def _fields(e: Entity) -> tuple[str, int, int, int, int, int]:
    return (e.text, e.start, e.end, e.sentence, e.first_token, e.end_token)
