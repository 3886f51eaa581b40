"""Train the lede model `auto` ships (resources/models/summary_lede.json).

Data: the CNN/Daily Mail development set in ../shared (editors' highlights, written by
people). Each article's first sentences (the lead plus LOOKAHEAD) are labelled 1 when they
belong to the best three of them against the highlights (ROUGE-1 + ROUGE-2 F1), else 0. A
logistic model is fitted by Newton's method with an L2 penalty; the penalty and the swap
margin are chosen by 5-fold cross-validation by article. Deterministic: same data, same file.

Run: python -m training.summary_lede
"""

from __future__ import annotations

import gzip
import itertools
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import mean
from typing import Any

import numpy as np

from briefing.model import Article, Doc
from briefing.summarize.lede import FEATURES, LOOKAHEAD, LedeModel, features, lede_choice
from evaluation.shared import CORPORA, ROOT

CNNDM = CORPORA / "cnndm_dev" / "dev.jsonl.gz"
OUT = ROOT / "resources" / "models" / "summary_lede.json"
SIZE = 3
PENALTIES = (1.0, 3.0, 10.0, 30.0)
MARGINS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5)
FOLDS = 5


@dataclass(frozen=True)
class Example:
    """One article: its analysed text, highlights, outlet and the opening sentences' rows."""

    id: str
    outlet: str
    article: Article
    doc: Doc
    highlights: str
    rows: tuple[tuple[float, ...], ...]
    labels: tuple[float, ...]


def load_rows() -> list[dict[str, str]]:
    with gzip.open(CNNDM, "rt", encoding="utf-8") as fh:
        return sorted((json.loads(line) for line in fh), key=lambda r: r["id"])


def scorer() -> Any:
    """rouge-score's scorer with stemming (ROUGE-1, -2, -Lsum), the CNN/DM protocol."""
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)


def examples(rows: list[dict[str, str]]) -> list[Example]:
    from briefing.nlp import analyse
    from briefing.sources import from_text

    rouge = scorer()
    out = []
    for row in rows:
        article = from_text(row["article"], row["id"])
        doc = analyse(article.text)
        window = min(len(doc.sentences), SIZE + LOOKAHEAD)
        texts = [s.text for s in doc.sentences[:window]]

        def gain(
            combo: Sequence[int], texts: list[str] = texts, ref: str = row["highlights"]
        ) -> float:
            s = rouge.score(ref, "\n".join(texts[i] for i in combo))
            return float(s["rouge1"].fmeasure + s["rouge2"].fmeasure)

        best = max(itertools.combinations(range(window), min(SIZE, window)), key=gain)
        rows_ = tuple(tuple(r) for r in features(doc, window))
        labels = tuple(1.0 if i in best else 0.0 for i in range(window))
        out.append(
            Example(row["id"], row["outlet"], article, doc, row["highlights"], rows_, labels)
        )
    return out


def fit(train: list[Example], penalty: float) -> tuple[float, ...]:
    """L2-penalised logistic regression by Newton's method (a few dozen features)."""
    x = np.array([r for e in train for r in e.rows])
    y = np.array([v for e in train for v in e.labels])
    w = np.zeros(x.shape[1])
    eye = np.eye(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + penalty * eye
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-10:
            break
    return tuple(round(float(v), 6) for v in w)


def rouge1(example: Example, chosen: list[int], rouge: Any = None) -> float:
    rouge = rouge or scorer()
    text = "\n".join(example.doc.sentences[i].text for i in chosen)
    return float(rouge.score(example.highlights, text)["rouge1"].fmeasure)


def test_mix(values: dict[str, list[float]]) -> float:
    """Mean re-weighted to the full CNN/DM test split (CNN 1,093 : Daily Mail 10,397)."""
    return (1093 * mean(values["cnn"]) + 10397 * mean(values["dm"])) / 11490


def choose_settings(train: list[Example]) -> tuple[float, float]:
    """The penalty and margin with the best cross-validated test-mix ROUGE-1 on `train`."""
    rouge = scorer()
    folds = [train[k::4] for k in range(4)]
    best: tuple[float, float, float] | None = None
    for penalty in PENALTIES:
        weights = [
            fit([e for j, f in enumerate(folds) if j != k for e in f], penalty) for k in range(4)
        ]
        for margin in MARGINS:
            values: dict[str, list[float]] = {"cnn": [], "dm": []}
            for k, fold in enumerate(folds):
                model = LedeModel(weights[k], margin)
                for e in fold:
                    values[e.outlet].append(rouge1(e, lede_choice(e.doc, SIZE, model), rouge))
            if not values["cnn"] or not values["dm"]:
                continue
            score = test_mix(values)
            if best is None or score > best[0] + 1e-12:
                best = (score, penalty, margin)
    assert best is not None
    return best[1], best[2]


def train(data: list[Example]) -> LedeModel:
    penalty, margin = choose_settings(data)
    return LedeModel(fit(data, penalty), margin)


def folds(data: list[Example]) -> list[list[Example]]:
    """Five folds by article position in id order."""
    return [data[k::FOLDS] for k in range(FOLDS)]


def main() -> int:
    if not CNNDM.exists():
        print(f"the CNN/DM development set is not at {CNNDM}", file=sys.stderr)
        return 1
    data = examples(load_rows())
    penalty, margin = choose_settings(data)
    model = LedeModel(fit(data, penalty), margin)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "about": "Lede model of the `auto` summary: logistic weights over the opening "
        "sentences' features, trained by training/summary_lede.py on the 142 CNN/Daily Mail "
        "development articles and their editors' highlights (research data; only the weights "
        "ship).",
        "features": list(FEATURES),
        "weights": list(model.weights),
        "margin": model.margin,
        "penalty": penalty,
    }
    OUT.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} (penalty {penalty}, margin {margin})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
