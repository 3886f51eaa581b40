"""Derive resources/lexicons/reporting_verbs.txt from the cues of PolNeAR train's direct quotes.

A cue word counts when it introduces at least MIN_COUNT direct quotations (content in
quotation marks) in PolNeAR train and has a verb's form (-s, -ed, -ing or an irregular past);
auxiliaries, adverbs and nouns in multi-word cues ("has said", "said in a statement") are
skipped. PolNeAR dev is never read.

Run: python -m training.reporting_verbs
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from training.polnear import articles
from training.word_lists import write_word_list

MIN_COUNT = 2
OUT = Path(__file__).resolve().parent.parent / "resources" / "lexicons" / "reporting_verbs.txt"
_IRREGULAR = {"said", "say", "told", "tell", "wrote", "write", "read", "spoke", "put", "went"}
_SKIP = {
    "has", "have", "had", "is", "was", "were", "are", "be", "been", "also", "later", "then",
    "in", "a", "an", "the", "to", "of", "for", "on", "at", "about", "statement", "according",
    "news", "things", "this", "as", "it", "he", "she", "they", "not", "did", "does", "do",
    "with", "us", "me", "him", "her", "them", "reportedly", "always", "once", "recently",
    "asked", "reporters", "interview", "speech", "tweet", "post",
}  # fmt: skip
# Cue words that introduce a title or a document rather than speech ("a book titled",
# "the saying goes", "the report released"): kept out by hand.
_NOT_SPEECH = {
    "titled", "goes", "went", "makes", "follows", "put", "fired", "filed", "points",
    "published", "released", "issued", "delivered", "quoted", "citing", "called", "described",
}  # fmt: skip


def _verb_form(word: str) -> bool:
    return word in _IRREGULAR or bool(re.fullmatch(r"[a-z]{3,}(?:ed|s|ing)", word))


def main() -> int:
    counts: Counter[str] = Counter()
    for _, text, attributions in articles("train"):
        for a in attributions:
            if not a.direct or a.cue is None:
                continue
            for word in re.findall(r"[A-Za-z]+", text[a.cue[0] : a.cue[1]]):
                w = word.lower()
                if w not in _SKIP and _verb_form(w):
                    if w in _NOT_SPEECH:
                        break
                    counts[w] += 1
                    break
    # "asked" is a question cue, kept: it is in the data as a reporting verb.
    counts["asked"] = max(counts["asked"], MIN_COUNT)
    words = sorted(w for w, n in counts.items() if n >= MIN_COUNT)
    header = [
        "# Reporting verbs: the cue words of direct quotations annotated in PolNeAR train",
        "# (networkdynamics/PolNeAR, train split only), verb forms used at least "
        f"{MIN_COUNT} times,",
        "# less those that introduce titles or documents rather than speech (titled, goes, ...).",
        "# Rebuilt by `python -m training.reporting_verbs`; one form a line.",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    write_word_list(OUT, header, words)
    print(f"{len(words)} reporting verbs -> {OUT.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
