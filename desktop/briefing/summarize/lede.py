"""The lede model: which of a news article's opening sentences make its summary.

News puts the essentials first, so a summary starts as the article's first sentences (the
lead). A small logistic model, trained on editors' highlights (see training/summary_lede.py),
rates each opening sentence; a later opening sentence replaces the weakest lead sentence only
when the model prefers it by a clear margin (a lede that is a question, a quote or a teaser).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from briefing.model import Doc
from briefing.summarize.news import content_stems
from briefing.summarize.readability import opens_unresolved

FEATURES = (
    "bias",
    "first",
    "second",
    "third",
    "fourth",
    "length",
    "length_squared",
    "centrality",
    "centrality_gap",
    "quoted",
    "reported",
    "question",
    "unresolved",
    "number",
)
# How far past the lead the model may look: the lead plus this many sentences.
LOOKAHEAD = 2
_QUOTED = re.compile(r"[\"“”‘]|(?:^|\s)'\w")
_REPORTED = re.compile(r"\b(?:said|told|says|added)\b")


@dataclass(frozen=True)
class LedeModel:
    weights: tuple[float, ...]
    margin: float  # how much better a later sentence must rate to replace a lead sentence

    def rate(self, features: list[float]) -> float:
        return sum(w * x for w, x in zip(self.weights, features, strict=True))


@lru_cache(maxsize=1)
def lede_model() -> LedeModel:
    """The shipped model (resources/models/summary_lede.json)."""
    from briefing.nlp.resources import RESOURCES

    data = json.loads((RESOURCES / "models" / "summary_lede.json").read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError("summary_lede.json was trained on other features")
    return LedeModel(tuple(float(w) for w in data["weights"]), float(data["margin"]))


def sentence_stems(doc: Doc) -> list[list[str]]:
    """Each sentence's stemmed content words."""
    return [content_stems([t.text for t in s.tokens]) for s in doc.sentences]


def centralities(doc: Doc, stems: list[list[str]] | None = None) -> list[float]:
    """Each sentence's TF-IDF cosine to the whole article."""
    stems = stems if stems is not None else sentence_stems(doc)
    df: Counter[str] = Counter()
    for st in stems:
        df.update(set(st))
    n = len(stems)
    idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
    vectors = [{w: c * idf[w] for w, c in Counter(st).items()} for st in stems]
    centroid: Counter[str] = Counter()
    for v in vectors:
        centroid.update(v)
    c_norm = math.sqrt(sum(x * x for x in centroid.values())) or 1.0
    out = []
    for v in vectors:
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out.append(sum(x * centroid[w] for w, x in v.items()) / (norm * c_norm))
    return out


def features(doc: Doc, count: int, central: list[float] | None = None) -> list[list[float]]:
    """Feature rows of the first `count` sentences (names in FEATURES)."""
    central = central if central is not None else centralities(doc)
    top = max(central[:count], default=0.0)
    rows = []
    for i, s in enumerate(doc.sentences[:count]):
        text = s.text.strip()
        words = len(text.split()) / 30
        row = [
            1.0,
            i == 0,
            i == 1,
            i == 2,
            i == 3,
            words,
            words * words,
            central[i],
            central[i] - top,
            bool(_QUOTED.search(text)),
            bool(_REPORTED.search(text)),
            text.endswith("?"),
            opens_unresolved(text),
            any(ch.isdigit() for ch in text),
        ]
        rows.append([float(x) for x in row])
    return rows


def lede_choice(
    doc: Doc, size: int, model: LedeModel | None = None, central: list[float] | None = None
) -> list[int]:
    """The first `size` sentences, with the weakest swapped for a better opening sentence
    when the model prefers it by its margin."""
    model = model or lede_model()
    total = len(doc.sentences)
    lead = list(range(min(size, total)))
    window = min(total, size + LOOKAHEAD)
    if window <= len(lead) or not lead:
        return lead
    rated = [model.rate(row) for row in features(doc, window, central)]
    weakest = min(lead, key=lambda i: (rated[i], -i))
    best = max(range(len(lead), window), key=lambda i: (rated[i], -i))
    if rated[best] - rated[weakest] > model.margin:
        lead = sorted({*lead, best} - {weakest})
    return lead


def ranking(
    doc: Doc, size: int, model: LedeModel | None = None, central: list[float] | None = None
) -> list[int]:
    """Every sentence in the order `auto` would take them: the lede choice first, then the
    rest in article order (news keeps its most important material early)."""
    chosen = lede_choice(doc, size, model, central)
    return chosen + [i for i in range(len(doc.sentences)) if i not in set(chosen)]
