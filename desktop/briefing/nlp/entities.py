"""Named-entity tagger: a CRF (python-crfsuite, trained through NLTK's CRFTagger) with news
features; tagging calls python-crfsuite directly, so the app never imports NLTK for it.

Tokens are tagged BIO with PER, ORG and LOC; spans come back as
(first token, end token exclusive, PERSON | ORGANIZATION | LOCATION).
Features: the word, its shape and affixes, POS, neighbours within two tokens, and
membership in gazetteers shipped beside the model (first names, place names). A model
trained with a dictionary-word list beside it (`python -m training.train ner` with
NER_WIDE=1) also reads a wider context (EntityTagger._wide); the shipped model has none.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from briefing import lexicons

LABELS = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}
MODEL_FILE = "ner.crfsuite"
FIRST_NAMES_FILE = "first_names.txt"
PLACES_FILE = "places.txt"
STATES_FILE = "states.txt"
# Present beside a model trained with the wider features: capitalised words that are
# dictionary words news writes mostly in lower case ("Police", "Storm"), one a line.
DICTIONARY_FILE = "dictionary_words.txt"

_SHAPE_RUNS = re.compile(r"(.)\1+")
# Punctuation that never begins or ends a name ("_" is the dash of AP copy; "―" and "‒" the
# bar and figure dash some sites print for a dash).
_EDGE_MARKS = frozenset(
    ["-", "--", "‒", "–", "—", "―", "_", ",", ";", ":", '"', "''", "``", "“", "”"]
)


@cache
def _words(name: str) -> frozenset[str]:
    """A word list of resources/lexicons/, read on first use (importing reads no file):
    "demonyms", nationalities that open no person's name; "common_words", words news writes
    in lower case and rarely inside a name ("interview")."""
    return frozenset(lexicons.table(name)) if name == "demonyms" else lexicons.words(name)


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """Compressed word shape: "Erdogan" -> "Xx", "U.S." -> "X.X.", "2018" -> "d"."""
    s = "".join(
        "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word
    )
    return _SHAPE_RUNS.sub(r"\1", s)


class Gazetteers:
    """Lower-cased first names and place-name words, read from files beside the model."""

    def __init__(
        self,
        first_names: frozenset[str],
        places: frozenset[str],
        states: frozenset[str],
        dictionary: frozenset[str] | None = None,
    ) -> None:
        self.first_names = first_names
        self.places = places
        self.states = states
        self.dictionary = dictionary

    @classmethod
    def load(cls, folder: Path) -> Gazetteers:
        def read(name: str) -> frozenset[str]:
            return frozenset((folder / name).read_text(encoding="utf-8").split("\n")) - {""}

        words = read(DICTIONARY_FILE) if (folder / DICTIONARY_FILE).exists() else None
        return cls(read(FIRST_NAMES_FILE), read(PLACES_FILE), read(STATES_FILE), words)


def _word_features(word: str, tag: str, gaz: Gazetteers) -> list[str]:
    low = word.lower()
    feats = [
        "w=" + low,
        "sh=" + shape(word),
        "p2=" + low[:2],
        "p3=" + low[:3],
        "s2=" + low[-2:],
        "s3=" + low[-3:],
        "s4=" + low[-4:],
        "t=" + tag,
        "t2=" + tag[:2],
    ]
    if word[:1].isupper():
        feats.append("cap")
    if word.isupper() and len(word) > 1:
        feats.append("allcap")
    if low in gaz.first_names:
        feats.append("gz:first")
    if low in gaz.places:
        feats.append("gz:place")
    if gaz.dictionary is not None and word[:1].isupper() and low in gaz.dictionary:
        feats.append("dict")
    return feats


class EntityTagger:
    """A CRF tagger whose tokens are (word, POS) pairs and whose features know news."""

    def __init__(self, gazetteers: Gazetteers, training_opt: dict[str, Any] | None = None) -> None:
        import pycrfsuite

        self.gazetteers = gazetteers
        self.training_opt = training_opt or {}
        self._tagger = pycrfsuite.Tagger()
        self._word_cache: dict[tuple[str, str], list[str]] = {}

    @classmethod
    def load(cls, folder: Path) -> EntityTagger:
        tagger = cls(Gazetteers.load(folder))
        tagger._tagger.open(str(folder / MODEL_FILE))
        return tagger

    def train(self, data: list[list[tuple[tuple[str, str], str]]], model_file: str) -> None:
        """Train with NLTK's CRFTagger (`make models` only) and open the new model."""
        from nltk.tag import CRFTagger

        CRFTagger(feature_func=self.features, training_opt=self.training_opt).train(
            data, model_file
        )
        self._tagger.open(model_file)

    def _cached(self, word: str, tag: str) -> list[str]:
        key = (word, tag)
        feats = self._word_cache.get(key)
        if feats is None:
            feats = _word_features(word, tag, self.gazetteers)
            if len(self._word_cache) < 200_000:
                self._word_cache[key] = feats
        return feats

    def features(self, tokens: list[tuple[str, str]], i: int) -> list[str]:
        """Features of token i of a sentence of (word, POS) pairs."""
        word, tag = tokens[i]
        feats = list(self._cached(word, tag))
        if i == 0:
            feats.append("first")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(tokens):
                w, t = tokens[j]
                low = w.lower()
                feats += [f"{offset}w={low}", f"{offset}t={t}"]
                if offset in (-1, 1):
                    feats += [f"{offset}sh={shape(w)}", f"{offset}s3={low[-3:]}"]
                    if low in self.gazetteers.places:
                        feats.append(f"{offset}gz:place")
                    if low in self.gazetteers.first_names:
                        feats.append(f"{offset}gz:first")
            else:
                feats.append(f"{offset}w=<edge>")
        feats.append(f"-1w|w={tokens[i - 1][0].lower() if i else '<s>'}|{word.lower()}")
        if self.gazetteers.dictionary is not None:
            feats += self._wide(tokens, i)
        return feats

    def _wide(self, tokens: list[tuple[str, str]], i: int) -> list[str]:
        """The wider context of a model trained with a dictionary list: the shapes and the
        tags of this token and its neighbours together, the next word with this one, the
        words three away."""
        n = len(tokens)
        around = [j for j in (i - 1, i, i + 1) if 0 <= j < n]
        edge_before, edge_after = ["<e>"] * (i == 0), ["<e>"] * (i + 1 == n)
        shapes = [shape(tokens[j][0]) for j in around]
        tags = [tokens[j][1] for j in around]
        nxt = tokens[i + 1][0].lower() if i + 1 < n else "</s>"
        feats = [
            "sh3=" + "|".join(edge_before + shapes + edge_after),
            "t3=" + "|".join(edge_before + tags + edge_after),
            f"w|+1w={tokens[i][0].lower()}|{nxt}",
        ]
        for offset in (-3, 3):
            if 0 <= i + offset < n:
                feats.append(f"{offset}w={tokens[i + offset][0].lower()}")
        return feats

    def spans(self, words: list[str], tags: list[str]) -> list[tuple[int, int, str]]:
        """Entity spans of a tagged sentence."""
        if not words:
            return []
        pairs = list(zip(words, tags, strict=True))
        labels = self._tagger.tag([self.features(pairs, i) for i in range(len(words))])
        out = []
        for first, last, label in bio_spans(labels):
            start, end = trimmed(words, first, last)
            if start == end:
                continue
            if label == "ORGANIZATION" and self._is_state(words[start:end]):
                label = "LOCATION"
            if label == "PERSON":
                start = person_start(words, start, end)
            out.append((start, end, label))
        return out

    def _is_state(self, words: list[str]) -> bool:
        """A country or capital tagged as an organisation speaks for its state ("Ankara
        would oppose"): we keep it a LOCATION and let the fact sheet add the state actor."""
        return " ".join(words).lower() in self.gazetteers.states


def trimmed(words: list[str], start: int, end: int) -> tuple[int, int]:
    """The span without a dash, comma or quote the tagger ran into at either edge ("led out
    by John Prescott - were"); empty when nothing else is left."""
    while start < end and words[start] in _EDGE_MARKS:
        start += 1
    while end > start and words[end - 1] in _EDGE_MARKS:
        end -= 1
    return start, end


def common(word: str) -> bool:
    """A common word of four letters or more, as written in lower case ("Goes": goes)."""
    return len(word) > 3 and word.lower() in _words("common_words")


def person_start(words: list[str], start: int, end: int) -> int:
    """Where a person's name begins in a span a tagger ran too far back: after a common
    lower-case word of four letters or more ("an interview Jo Park"; not "arap", "dal"),
    after a nationality before a full name ("Danish Jo Park", not "Danish Park")."""
    for i in range(end - 1, start, -1):
        if words[i].islower() and common(words[i]):
            return i + 1 if i + 1 < end else start
    if end - start > 2 and words[start] in _words("demonyms"):
        return start + 1
    return start


def bio_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, PERSON|ORGANIZATION|LOCATION) from BIO labels; a stray I- starts a span."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, label in enumerate([*labels, "O"]):
        prefix, _, typ = label.partition("-")
        if start >= 0 and (prefix != "I" or typ != kind):
            spans.append((start, i, LABELS[kind]))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, kind = i, typ
    return spans
