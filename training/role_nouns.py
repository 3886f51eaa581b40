"""Derive the role nouns the fact sheet reads before and after names, from the NER corpora.

A role noun is a lower-case common noun (Penn tag NN) that stands right before a person's
name ("striker Jo Smith") or heads an apposition right after one ("Jo Park, chief economist
at Norbank,") at least `MIN_COUNT` times over CoNLL-2003 eng.train and the GMB file (tagged
names), MASC and the PolNeAR train texts (no entity tags: a person's name there is a first
name of NLTK's names corpus and capitalised words after it; PolNeAR's words take the tag
they most often have in the three tagged corpora), minus the words of
`resources/lexicons/not_role_nouns.txt` (relations, times, bodies) and the words that end
tagged persons' names more often than they are written in lower case ("Baker"). Writes
`resources/lexicons/role_nouns.txt` with a header naming this provenance, and the nouns
found fewer than `MIN_COUNT` times, but for those of `not_person_nouns.txt` (things and
events: "call", "moment"), to `resources/lexicons/rare_role_nouns.txt`.

Run: python -m training.role_nouns
"""

from __future__ import annotations

import csv
import gzip
import re
import tarfile
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from training.corpora import NLTK_CORPORA, SHARED
from training.word_lists import write_word_list

ROOT = Path(__file__).resolve().parent.parent
CORPORA = SHARED / "corpora"
OUT = ROOT / "resources" / "lexicons" / "role_nouns.txt"
EXCLUDED = ROOT / "resources" / "lexicons" / "not_role_nouns.txt"
THINGS = ROOT / "resources" / "lexicons" / "not_person_nouns.txt"  # left out of the rare list
RARE = ROOT / "resources" / "lexicons" / "rare_role_nouns.txt"
MIN_COUNT = 3
_DETERMINERS = frozenset(["the", "a", "an"])
_APPOSITION_TAGS = frozenset(["JJ", "NN", "NNP", "VBG", "POS"])
_APPOSITION_ENDS = frozenset([",", ".", "of", "at", "for", "in", "with"])

Sentence = list[tuple[str, str, str]]  # (word, POS, IOB tag ending in PER/ORG/LOC...)


def conll_sentences() -> Iterator[Sentence]:
    sentence: Sentence = []
    with gzip.open(CORPORA / "conll2003" / "eng.train.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                if sentence:
                    yield sentence
                sentence = []
                continue
            sentence.append((parts[0], parts[1], parts[3]))
    if sentence:
        yield sentence


def gmb_sentences() -> Iterator[Sentence]:
    sentence: Sentence = []
    with gzip.open(CORPORA / "gmb_ner" / "ner_dataset.csv.gz", "rt", encoding="cp1252") as fh:
        rows = csv.reader(fh)
        next(rows)
        for number, word, pos, tag in rows:
            if number and sentence:
                yield sentence
                sentence = []
            sentence.append((word, pos, tag))
    if sentence:
        yield sentence


def masc_tagged() -> Iterator[list[tuple[str, str]]]:
    """MASC's POS-tagged sentences (NLTK's masc_tagged), which have no entity tags."""
    import nltk

    nltk.data.path.insert(0, str(NLTK_CORPORA.parent))
    from nltk.corpus import masc_tagged as masc

    for sentence in masc.tagged_sents():
        yield [(w, t or "") for w, t in sentence]


def polnear_texts() -> Iterator[str]:
    """The PolNeAR train articles' texts, in name order."""
    with tarfile.open(CORPORA / "polnear_quotes.tar.gz") as tar:
        members = [m for m in tar.getmembers() if m.isfile() and "/train/text/" in m.name]
        for member in sorted(members, key=lambda m: m.name):
            yield tar.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]


def first_names() -> frozenset[str]:
    """NLTK's names corpus (male and female), capitalised."""
    with zipfile.ZipFile(NLTK_CORPORA / "names.zip") as z:
        names = (z.read(f"names/{f}.txt").decode("latin-1").split() for f in ("male", "female"))
        return frozenset(n for part in names for n in part if not n.startswith("#"))


def _guess_persons(words: list[tuple[str, str]], names: frozenset[str]) -> Sentence:
    """Entity tags for an untagged sentence: a first name and one or two capitalised words
    (or initials) after it are a person's name."""
    out, i = [], 0
    while i < len(words):
        j = i + 1
        if words[i][0] in names:
            while j < len(words) and j - i < 4 and re.fullmatch(r"[A-Z][\w'’.-]*", words[j][0]):
                j += 1
        tags = ["B-PER", *["I-PER"] * (j - i - 1)] if j - i > 1 else ["O"]
        out += [(w, pos, tag) for (w, pos), tag in zip(words[i:j], tags, strict=True)]
        i = j
    return out


_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]")


def _tokens(text: str) -> list[str]:
    """Words and marks; a full stop stays on a word before a lower-case one ("Sen. Lee")."""
    words = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word.endswith(".") and len(word) > 2 and not re.match(r"\s*[a-z]", text[m.end() :]):
            words += [word[:-1], "."]
        else:
            words.append(word)
    return words


def _sentences(text: str) -> Iterator[list[str]]:
    for line in text.splitlines():
        for part in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", line):
            if part.strip():
                yield _tokens(part)


def _is_person(tag: str) -> bool:
    return tag.upper().endswith("PER")


def person_spans(sentence: Sentence) -> Iterator[tuple[int, int]]:
    """[first, end) of each person name (IOB1 or IOB2)."""
    i = 0
    while i < len(sentence):
        if _is_person(sentence[i][2]):
            j = i + 1
            while j < len(sentence) and _is_person(sentence[j][2]) and sentence[j][2][0] == "I":
                j += 1
            yield i, j
            i = j
        else:
            i += 1


def role_nouns(sentences: Iterator[Sentence]) -> Counter[str]:
    """How often each lower-case noun stands before a name or heads an apposition after one."""
    counts: Counter[str] = Counter()
    for s in sentences:
        for first, end in person_spans(s):
            if first > 0:
                word, pos, tag = s[first - 1]
                if pos == "NN" and word.isalpha() and word.islower() and tag == "O":
                    counts[word] += 1
            if end < len(s) and s[end][0] == ",":
                k = end + 1
                if k < len(s) and s[k][0].lower() in _DETERMINERS:
                    k += 1
                head = None
                while k < len(s) and s[k][1] in _APPOSITION_TAGS and not _is_person(s[k][2]):
                    if s[k][1] == "NN" and s[k][0].isalpha() and s[k][0].islower():
                        head = s[k][0]
                    k += 1
                if head and k < len(s) and s[k][0] in _APPOSITION_ENDS:
                    counts[head] += 1
    return counts


def _word_list(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def main() -> int:
    excluded, things = _word_list(EXCLUDED), _word_list(THINGS)
    conll, gmb, masc = list(conll_sentences()), list(gmb_sentences()), list(masc_tagged())
    tags: dict[str, Counter[str]] = {}  # each lower-case word's tags in the tagged corpora
    named: Counter[str] = Counter()  # last words of tagged persons' names (surnames)
    for s in conll + gmb:
        for _, end in person_spans(s):
            named[s[end - 1][0]] += 1  # a surname, not a title the GMB puts in the name
        for word, pos, _ in s:
            tags.setdefault(word, Counter())[pos] += word.islower()
    for word, pos in (x for s in masc for x in s):
        tags.setdefault(word, Counter())[pos] += word.islower()
    names = first_names()

    def tagged(word: str) -> str:
        """The word's commonest tag; capitalised words are proper nouns."""
        seen = tags.get(word)
        return seen.most_common(1)[0][0] if seen and seen.total() else "NNP"

    polnear = ([(w, tagged(w)) for w in s] for text in polnear_texts() for s in _sentences(text))
    counts = role_nouns(iter(conll)) + role_nouns(iter(gmb))
    counts += role_nouns(_guess_persons(s, names) for s in [*masc, *polnear])
    lower = Counter({w: c.total() for w, c in tags.items()})
    found = [
        w for w in counts if w.isascii() and w not in excluded and named[w.capitalize()] <= lower[w]
    ]
    kept = sorted(w for w in found if counts[w] >= MIN_COUNT)
    header = [
        "# Role nouns: lower-case common nouns that stand right before a person's name",
        "# ('striker Jo Smith') or head an apposition after one ('Jo Park, chief economist')",
        f"# at least {MIN_COUNT} times in CoNLL-2003 eng.train, the GMB NER corpus, MASC and",
        "# the PolNeAR train texts (persons there: a first name and a capitalised surname),",
        "# minus not_role_nouns.txt and words that end a tagged person's name more often",
        "# than they are written in lower case. Generated by `python -m training.role_nouns`;",
        "# do not edit by hand. One word a line.",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    write_word_list(OUT, header, kept)
    print(f"{len(kept)} role nouns -> {OUT.relative_to(ROOT)}")
    rare = sorted(w for w in found if counts[w] < MIN_COUNT and w not in things)
    header = [
        "# Rare role nouns: the nouns found as role_nouns.txt's are, but fewer than",
        f"# {MIN_COUNT} times; too rare to read as roles alone, they let a role set off by",
        "# commas before a name stand ('the defendant, Jo Park,'), where a noun never seen",
        "# so ('the object of her admiration, Jo Park,') does not. Nouns of things and",
        "# events (not_person_nouns.txt: 'call', 'moment') are left out. Generated by",
        "# `python -m training.role_nouns`; do not edit by hand. One word a line.",
    ]
    write_word_list(RARE, header, rare)
    print(f"{len(rare)} rare role nouns -> {RARE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
