"""Derive resources/lexicons/corpus_first_names.txt: first names of people in CoNLL-2003 train
and the complete GMB file (its held-out sentences left out), beside the
names corpus that `gazetteer.first_name` reads.

A word counts when it opens at least MIN_COUNT person spans of two or three words, stands in
an organisation's or a place's name less than a tenth as often, and is never written in lower
case in those corpora (so no common word: "General", "Will").

Run: python -m training.first_names
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from training.corpora import conll2003, gmb_split
from training.word_lists import write_word_list

MIN_COUNT = 2
OUT = Path(__file__).resolve().parent.parent / "resources" / "lexicons" / "corpus_first_names.txt"


def derive() -> list[str]:
    """The first names, most frequent first (ties in alphabetical order)."""
    sentences = conll2003("eng.train.gz")
    sentences += gmb_split()[0]
    first: Counter[str] = Counter()
    other: Counter[str] = Counter()
    lower: set[str] = set()
    for sent in sentences:
        labels = [label for _, _, label in sent] + ["O"]
        for k, (word, _, label) in enumerate(sent):
            if word.islower():
                lower.add(word)
            if label[2:] in ("ORG", "LOC"):
                other[word] += 1
            if label == "B-PER":
                end = k + 1
                while labels[end] == "I-PER":
                    end += 1
                if 2 <= end - k <= 3:
                    first[word] += 1
    return [
        w
        for w, n in sorted(first.items(), key=lambda x: (-x[1], x[0]))
        if n >= MIN_COUNT
        and w.isalpha()
        and w[:1].isupper()
        and w[1:].islower()
        and w.lower() not in lower
        and other[w] * 10 < n
    ]


def main() -> None:
    words = derive()
    header = [
        f"# First names: words that open at least {MIN_COUNT} person names of two or three words",
        "# in CoNLL-2003 train and the complete GMB file (held-out part left out), stand in an",
        "# organisation's or a place's name less than a tenth as often, and are never written in",
        "# lower case there. Rebuilt by `python -m training.first_names`; one word a line.",
    ]
    write_word_list(OUT, header, words)
    print(f"{len(words)} words -> {OUT.name}")


if __name__ == "__main__":
    main()
