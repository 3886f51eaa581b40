"""Derive the given-name gender tables from NLTK's `names` corpus and from our training copy.

resources/lexicons/given_name_genders.txt: a given name listed only among the female names
is `f`, only among the male names `m`; names on both lists (Jean, Kim, Leslie) are left out,
so a pronoun never rests on them. The corpus is free to use with credit (Kantrowitz and
Ross, CMU; see the README credits).

resources/lexicons/shared_name_genders.txt: names on both lists that our training copy
settles. A person named in full ("Ana Berg") in a document is counted when the document
gives them a gender: courtesy titles with the surname of one sex (`Mrs. Berg`), or, with no
title, the pronoun right after the full name and a reporting verb (`Ana Berg said she`), of
one sex at least three times as often as the other. A name is settled when at least
MIN_PERSONS of its counted persons are of one sex and at most 1 in 10 of the other.

Run: python -m training.name_genders
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from briefing import lexicons
from training.corpora import NLTK_CORPORA, conll2003_documents, gmb_split
from training.polnear import articles

LEXICONS = Path(__file__).resolve().parent.parent / "resources" / "lexicons"
OUT = LEXICONS / "given_name_genders.txt"
SHARED_OUT = LEXICONS / "shared_name_genders.txt"
MIN_PERSONS = 3
HEADER = """\
# Given names and their gender (m/f), one a line, tab-separated. Derived by
# training/name_genders.py from NLTK's `names` corpus (Names Corpus 1.3, Mark Kantrowitz,
# additions by Bill Ross; free to use with credit and to redistribute with its README).
# Names on both the female and the male list are left out.
"""
SHARED_HEADER = """\
# Given names on both the female and the male list of NLTK's `names` corpus that our training
# copy settles (m/f), one a line, tab-separated; weaker than a pronoun in the article itself.
# Derived by training/name_genders.py from PolNeAR train, CoNLL-2003 train, GMB (training
# sentences) and Brown: a person named in full counts when the document gives them one sex
# (Mrs./Mr. with the surname, or `<name> said she/he`, 3:1); a name is kept with at least
# 3 such documents and at least 90% of them of one sex. The same rule on names of one list
# agrees with the list for {agree} of {checked} names.
"""
Document = list[list[str]]  # sentences of tokens
_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_PRONOUNS = {"he": "m", "she": "f"}
_TOKEN = re.compile(r"M(?:rs?|s)\.|\b[A-Z]\.|\w+(?:['’]\w+)*|[.!?\n]")


def name_lists() -> dict[str, set[str]]:
    lists: dict[str, set[str]] = {}
    with zipfile.ZipFile(NLTK_CORPORA / "names.zip") as zf:
        for gender, member in (("f", "names/female.txt"), ("m", "names/male.txt")):
            lists[gender] = {w.strip().lower() for w in zf.read(member).decode().split()}
    return lists


def genders() -> dict[str, str]:
    lists = name_lists()
    both = lists["f"] & lists["m"]
    return {n: g for g, names in lists.items() for n in names - both}


def _sentences(text: str) -> Document:
    """Raw text as sentences of word tokens (a full stop, mark or line break ends one)."""
    sentences: Document = [[]]
    for token in _TOKEN.findall(text):
        if token in ".!?\n":
            sentences.append([])
        else:
            sentences[-1].append(token)
    return [s for s in sentences if s]


def documents() -> Iterator[Document]:
    """The training copy, a document at a time (a GMB sentence is its own document)."""
    for _, text, _ in articles("train"):
        yield _sentences(text)
    for doc in conll2003_documents("eng.train.gz"):
        yield [[w for w, _, _ in s] for s in doc]
    for sent in gmb_split()[0]:
        yield [[w for w, _, _ in sent]]
    with zipfile.ZipFile(NLTK_CORPORA / "brown.zip") as zf:
        for member in sorted(m for m in zf.namelist() if re.fullmatch(r"brown/c[a-r]\d\d", m)):
            lines = zf.read(member).decode().splitlines()
            yield [[t.rsplit("/", 1)[0] for t in line.split()] for line in lines if line.strip()]


def _capitalised(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()


def _without_initials(sent: list[str]) -> list[str]:
    """`Ana J. Berg` read as `Ana Berg`."""
    return [
        w
        for i, w in enumerate(sent)
        if not (
            len(w.rstrip(".")) == 1
            and w[0].isupper()
            and 0 < i < len(sent) - 1
            and _capitalised(sent[i - 1])
            and _capitalised(sent[i + 1])
        )
    ]


def persons(doc: Document, given: set[str], said: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(given name, sex) of each person named in full whom `doc` gives one sex; a surname
    borne by two given names in the document (Ana and Tom Berg) is passed over."""
    doc = [_without_initials(s) for s in doc]
    bearers: dict[str, set[str]] = defaultdict(set)
    for s in doc:
        for first, second in zip(s, s[1:], strict=False):
            if _capitalised(first) and first.lower() in given and _capitalised(second):
                bearers[second].add(first.lower())
    titles: dict[str, set[str]] = defaultdict(set)
    pronouns: dict[str, Counter[str]] = defaultdict(Counter)
    for s in doc:
        for i, word in enumerate(s[1:], 1):
            if word in bearers and (sex := _TITLES.get(s[i - 1].lower().rstrip("."))):
                titles[word].add(sex)
            if word in bearers and s[i - 1].lower() in bearers[word]:
                rest = s[i + 1 : i + 4]
                if rest[:1] and rest[0].lower() in said:
                    rest = rest[2:3] if rest[1:2] == ["that"] else rest[1:2]
                    if rest and (sex := _PRONOUNS.get(rest[0].lower())):
                        pronouns[word][sex] += 1
    for surname, names in bearers.items():
        if len(names) != 1:
            continue
        m, f = pronouns[surname]["m"], pronouns[surname]["f"]
        by_pronoun = "m" if m >= max(1, 3 * f) else "f" if f >= max(1, 3 * m) else None
        by_title = next(iter(titles[surname])) if len(titles[surname]) == 1 else None
        if sex := by_title if titles[surname] else by_pronoun:
            yield next(iter(names)), sex


def corpus_counts(given: set[str]) -> dict[str, Counter[str]]:
    """Given name -> documents whose person of that name is `m` and `f`."""
    said = lexicons.words("reporting_verbs")
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in documents():
        for name, sex in persons(doc, given, said):
            counts[name][sex] += 1
    return counts


def settled(votes: Counter[str]) -> str | None:
    """The sex of at least MIN_PERSONS documents and 90% of them, else None."""
    if not votes:
        return None
    sex, n = votes.most_common(1)[0]
    return sex if n >= MIN_PERSONS and n >= 0.9 * sum(votes.values()) else None


def main() -> int:
    table = genders()
    lines = [f"{name}\t{gender}" for name, gender in sorted(table.items())]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} given names written to {OUT.name}")
    lists = name_lists()
    counts = corpus_counts(lists["f"] | lists["m"])
    both = lists["f"] & lists["m"]
    shared = {n: s for n in sorted(both) if (s := settled(counts.get(n, Counter())))}
    checked = {n: s for n in table if (s := settled(counts.get(n, Counter())))}
    agree = sum(s == table[n] for n, s in checked.items())
    header = SHARED_HEADER.format(agree=agree, checked=len(checked))
    rows = "".join(f"{n}\t{s}\n" for n, s in shared.items())
    SHARED_OUT.write_text(header + rows, encoding="utf-8")
    print(f"{len(shared)} shared names written to {SHARED_OUT.name}; check {agree}/{len(checked)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
