"""Derive resources/lexicons/org_names.txt: names that the NER training corpora (CoNLL-2003
train and the complete GMB file without its held-out tenth) tag as an organisation nearly
every time ("Reuters", "Hezbollah", "NBC"), for names the tagger leaves untagged or reads as
a person's.

A name counts when it is tagged as an organisation at least MIN_COUNT times, those are at
least MIN_SHARE of its tagged occurrences, and it is left untagged inside a sentence (after its
first word) at most twice as often (GMB leaves many bodies untagged). Lines of results tables,
which name clubs by their towns and counties ("Sussex"), are not counted. Left out: a single
word also written in lower case ("Council") or inside persons' names; names the gazetteer
knows as places ("Leeds"), or holding a first name, a title, or an event's or a place's last
word; and the names of `org_names_review.txt`, a review of the derived list (events,
diseases, peoples, persons and fragments the corpora's tags pass). The list only settles a
name the text gives with capitals.

Run: python -m training.org_names
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from training.corpora import conll2003, gmb_split
from training.word_lists import write_word_list

MIN_COUNT = 3
MIN_SHARE = 0.75
# Small words inside a name ("Bank of Japan", "Moody 's").
LINKS = frozenset(["of", "for", "and", "the", "'s", "&", "/", "de", "du", "la", "del"])
OUT = Path(__file__).resolve().parent.parent / "resources" / "lexicons" / "org_names.txt"
REVIEW = Path(__file__).resolve().with_name("org_names_review.txt")

SCORE = re.compile(r"\d+[-/]\d+")
Sentence = list[tuple[str, str, str]]


def _spans(sent: Sentence) -> list[tuple[int, int, str]]:
    """(first, end, type) of the sentence's tagged names."""
    out, k = [], 0
    while k < len(sent):
        label = sent[k][2]
        if label == "O":
            k += 1
            continue
        j = k + 1
        while j < len(sent) and sent[j][2] == "I-" + label[2:]:
            j += 1
        out.append((k, j, label[2:]))
        k = j
    return out


def _table(sent: Sentence) -> bool:
    """A line of a results table or a scorecard: a score ("3-1", "235/6") or many numbers."""
    numbers = [w for w, _, _ in sent if w[:1].isdigit()]
    return any(SCORE.fullmatch(w) for w in numbers) or len(numbers) * 4 > len(sent)


def derive() -> list[str]:
    """The names, most often tagged first."""
    from briefing import lexicons
    from briefing.facts import gazetteer
    from briefing.facts.words import JOB_TITLES, OFFICE_WORDS, PERSON_TITLES

    TITLES = PERSON_TITLES | JOB_TITLES | OFFICE_WORDS
    NOT_BODY_WORDS = lexicons.words("event_tails") | lexicons.words("place_tails")

    sentences = conll2003("eng.train.gz") + gmb_split()[0]
    tagged: defaultdict[str, Counter[str]] = defaultdict(Counter)
    in_person: Counter[str] = Counter()  # words of persons' names
    person_ends: Counter[str] = Counter()  # their first and last words ("General", "Mladic")
    for sent in sentences:
        if _table(sent):
            continue  # results tables name clubs by their counties and towns ("Sussex")
        for a, b, kind in _spans(sent):
            words = [w for w, _, _ in sent[a:b]]
            tagged[" ".join(words).replace(" 's", "'s").replace(" / ", "/")][kind] += 1
            if kind == "PER":
                in_person.update(words)
                person_ends.update({words[0], words[-1]})
    names = {n for n, c in tagged.items() if c["ORG"] >= MIN_COUNT}
    by_first: defaultdict[str, list[tuple[str, ...]]] = defaultdict(list)
    for n in names:  # as the corpora split them: "Moody 's"
        by_first[n.split()[0]].append(tuple(n.replace("'s", " 's").replace("/", " / ").split()))
    untagged: Counter[str] = Counter()
    for sent in sentences:
        words = [w for w, _, _ in sent]
        for k in range(1, len(sent)):
            for name in by_first.get(words[k], ()):
                span = sent[k : k + len(name)]
                if tuple(words[k : k + len(name)]) == name and all(x[2] == "O" for x in span):
                    untagged[" ".join(name).replace(" 's", "'s").replace(" / ", "/")] += 1

    def share(n: str) -> float:  # GMB leaves many bodies untagged: only twice as many
        ok = untagged[n] <= 2 * tagged[n]["ORG"]
        return tagged[n]["ORG"] / sum(tagged[n].values()) if ok else 0.0

    lower = Counter(w for sent in sentences for w, _, _ in sent if w.islower())

    def plain(n: str) -> bool:
        words = n.split()
        if any(gazetteer.candidates(p) for p in (n, n.title(), *n.split(" and "))):
            return False  # a place, or places joined ("India and Pakistan")
        org = tagged[n]["ORG"]
        if len(words) == 1 and (lower[n.lower()] * 5 >= org or in_person[n] * 10 > org):
            return False  # a common word too ("Council", "Continental"), or a surname
        if words[-1] in LINKS or words[0] == "The" or not words[0][:1].isupper():
            return False  # "The Times" is listed as "Times" where it is one
        return all(
            (w[:1].isupper() or w in LINKS)
            and w not in TITLES | NOT_BODY_WORDS
            and not (w.isupper() and len(w) > 5)  # a heading in capitals ("RUGBY UNION")
            and (len(words) == 1 or person_ends[w] < 3)  # "General Pinochet"
            and not gazetteer.first_name(w)  # a person's name inside ("State Colin Powell")
            for w in words
        )

    review = {n for n in REVIEW.read_text(encoding="utf-8").splitlines() if n and n[0] != "#"}
    kept = [n for n in names if share(n) >= MIN_SHARE and plain(n) and any(map(str.isalpha, n))]
    kept = [n for n in kept if n not in review]
    return sorted(kept, key=lambda n: (-tagged[n]["ORG"], n))


def main() -> None:
    names = derive()
    header = [
        f"# Organisations' names: names tagged as an organisation at least {MIN_COUNT} times in",
        "# CoNLL-2003 train and the complete GMB file (its held-out tenth left out; results",
        f"# tables not counted), in at least {MIN_SHARE} of their tagged occurrences, and left",
        "# untagged inside a sentence at most twice as often; no place the gazetteer knows, no",
        "# first name, title, event or place word inside, no single word also written in lower",
        "# case or in persons' names; not the names a review of the list found no body",
        "# (training/org_names_review.txt: events, diseases, peoples, persons, fragments).",
        "# Rebuilt by `python -m training.org_names`; one name a line, most often tagged first.",
    ]
    write_word_list(OUT, header, names)
    print(f"{len(names)} names -> {OUT.name}")


if __name__ == "__main__":
    main()
