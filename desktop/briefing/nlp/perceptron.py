"""Our averaged-perceptron POS tagger: NLTK's `PerceptronTagger` decisions, from the
compact model and without importing NLTK (whose import alone took half a second).

Features, normalisation and the tag dictionary are NLTK's (nltk/tag/perceptron.py). Each
feature's weights are one sparse row over the classes; the scores add them in NLTK's
feature order, one addition per class and feature, so the sums, and the tie-break (the
higher label wins), are NLTK's to the last bit (tests/nlp/test_perceptron.py checks).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from briefing.nlp import compact

# The compact files (training.export writes them from the NLTK model).
CLASSES, TAGDICT_WORDS, TAGDICT_TAGS = "tagger.classes", "tagger.tagdict", "tagger.tagdict.u8"
FEATURES, ROW_STARTS = "tagger.features", "tagger.rows.i32"
COLUMNS, WEIGHTS = "tagger.columns.u8", "tagger.weights.f64"

_START = ["-START-", "-START2-"]
_END = ["-END-", "-END2-"]


def normalize(word: str) -> str:
    """NLTK's: hyphenated words, four-digit years and numbers collapse to one symbol each."""
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word and word[0].isdigit():
        return "!DIGITS"
    return word.lower()


def features(i: int, word: str, context: list[str], prev: str, prev2: str) -> list[str]:
    """NLTK's feature names for word i (context holds the normalised words with two start
    and two end symbols); every feature has the value 1."""
    i += len(_START)
    return [
        "bias",
        "i suffix " + word[-3:],
        "i pref1 " + (word[0] if word else ""),
        "i-1 tag " + prev,
        "i-2 tag " + prev2,
        f"i tag+i-2 tag {prev} {prev2}",
        "i word " + context[i],
        f"i-1 tag+i word {prev} {context[i]}",
        "i-1 word " + context[i - 1],
        "i-1 suffix " + context[i - 1][-3:],
        "i-2 word " + context[i - 2],
        "i+1 word " + context[i + 1],
        "i+1 suffix " + context[i + 1][-3:],
        "i+2 word " + context[i + 2],
    ]


class PerceptronTagger:
    """Tags a tokenised sentence: `tag(words) -> [(word, tag)]`, as NLTK's tagger does."""

    def __init__(
        self,
        classes: list[str],
        tagdict: dict[str, str],
        features: dict[str, int],
        starts: Sequence[int],
        columns: Sequence[int],
        weights: Sequence[float],
    ) -> None:
        self.labels = sorted(classes)
        self.tagdict = tagdict
        self._features = features  # feature -> its row
        self._starts = starts  # row -> its first entry in columns and weights (one past: end)
        self._columns = columns
        self._weights = weights
        # feature -> its (column, weight) pairs, unpacked on first use
        self._rows: dict[str, tuple[tuple[int, float], ...]] = {}

    @classmethod
    def load(cls, folder: Path | None = None) -> PerceptronTagger:
        classes = compact.strings(CLASSES, folder)
        tags = compact.numbers(TAGDICT_TAGS, folder)
        words = compact.strings(TAGDICT_WORDS, folder)
        tagdict = dict(zip(words, [classes[t] for t in tags], strict=True))
        names = compact.strings(FEATURES, folder)
        features = dict(zip(names, range(len(names)), strict=True))
        starts = compact.numbers(ROW_STARTS, folder)
        columns = compact.numbers(COLUMNS, folder)
        weights = compact.numbers(WEIGHTS, folder)
        return cls(classes, tagdict, features, starts, columns, weights)

    def _row(self, index: int) -> tuple[tuple[int, float], ...]:
        first, end = self._starts[index], self._starts[index + 1]
        return tuple(zip(self._columns[first:end], self._weights[first:end], strict=True))

    def predict(self, names: list[str]) -> str:
        """The best class for these features."""
        scores = [0.0] * len(self.labels)
        rows, features = self._rows, self._features
        for name in names:
            row = rows.get(name)
            if row is None:
                index = features.get(name)
                if index is None:
                    continue
                row = self._row(index)
                rows[name] = row
            for column, weight in row:
                scores[column] += weight
        best = max(scores)
        return self.labels[max(i for i, s in enumerate(scores) if s == best)]

    def tag(self, words: list[str]) -> list[tuple[str, str]]:
        prev, prev2 = _START
        out = []
        context = _START + [normalize(w) for w in words] + _END
        for i, word in enumerate(words):
            tag = self.tagdict.get(word)
            if not tag:
                tag = self.predict(features(i, word, context, prev, prev2))
            out.append((word, tag))
            prev2, prev = prev, tag
        return out
