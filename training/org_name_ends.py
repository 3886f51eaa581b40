"""Derive resources/lexicons/org_name_ends.txt: the last words of organisations' names in
CoNLL-2003 train and the GMB extract the NER model is trained on (its held-out tenth left out).

A word counts when it ends at least MIN_COUNT organisation spans of two words or more, ends
an organisation in at least MIN_SHARE of its capitalised occurrences after a sentence's first
word, and hardly ever stands in a person's or a place's name (less than a tenth as often).

Run: python -m training.org_name_ends
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from training.corpora import conll2003, gmb_sentences, held_out
from training.word_lists import write_word_list

MIN_COUNT = 20
MIN_SHARE = 0.6
OUT = Path(__file__).resolve().parent.parent / "resources" / "lexicons" / "org_name_ends.txt"


def derive() -> list[str]:
    """The name ends, most frequent first."""
    sentences = conll2003("eng.train.gz")
    sentences += [s for i, s in enumerate(gmb_sentences()) if not held_out(i)]
    ends: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for sent in sentences:
        for k, (word, _, label) in enumerate(sent):
            if k and word[:1].isupper():
                capitalised[word] += 1
            if label[2:] in ("PER", "LOC"):
                other[word] += 1
            after = sent[k + 1][2] if k + 1 < len(sent) else "O"
            if label == "I-ORG" and after != "I-ORG":
                ends[word] += 1
    return [
        w
        for w, n in ends.most_common()
        if n >= MIN_COUNT
        and w.isalpha()
        and not w.isupper()
        and n >= MIN_SHARE * capitalised[w]
        and other[w] * 10 < n
    ]


def main() -> None:
    words = derive()
    header = [
        f"# Last words of organisations' names: words that end at least {MIN_COUNT} organisation",
        "# spans in CoNLL-2003 train and the GMB extract (held-out tenth left out), at least",
        f"# {MIN_SHARE} of their capitalised occurrences, and hardly ever a person's or a place's",
        "# name. Rebuilt by `python -m training.org_name_ends`; one word a line.",
    ]
    write_word_list(OUT, header, words)
    print(f"{len(words)} words -> {OUT.name}")


if __name__ == "__main__":
    main()
