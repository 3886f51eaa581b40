"""Train the quote-speaker model (resources/models/quote_speaker.json) on PolNeAR train and
our CNN, Daily Mail and IEER development annotations.

Examples are the quotes our rules attribute weakly (a pronoun, a continuation, nobody) that
match a gold quote; each candidate person near the quote is one example, positive when it
names the gold speaker. In PolNeAR a pronoun Source ("he") stands for the nearest named Source
annotated before it, so its labels only approximate the speaker; our annotations name the
speaker (a description or nobody makes every candidate negative). A logistic regression (L2,
gradient descent in numpy, a training-time dependency only) is scored out of source: each
newsroom of our sets by a model fitted without it (PolNeAR dev's sets are never trained on,
since `python -m evaluation.quotes` scores PolNeAR dev). The thresholds for switching to a
candidate and for keeping a rule's weak guess are chosen on those out-of-source scores, a
wrong speaker costing WRONG_COST right ones; then the model is fitted on all of it.
Held-out articles are never read.

Run: python -m training.quote_speakers
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import rule_quotes_with_candidates
from briefing.facts.quotes.learned import feature_names
from briefing.model import Quote
from briefing.nlp import analyse
from evaluation.multi_quotes import load_gold, paragraph_pieces, same_source
from evaluation.multisource import articles as multi_articles
from training.polnear import Attribution, articles, attribution_of

OUT = Path(__file__).resolve().parent.parent / "resources" / "models" / "quote_speaker.json"
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "him", "them"}
# A wrong speaker costs this many right ones when the thresholds are chosen.
WRONG_COST = 5.0
L2 = 1.0


def _named(source: str) -> bool:
    words = source.split()
    return bool(words) and words[-1][:1].isupper() and words[-1].lower() not in _PRONOUNS


def _gold_speaker(text: str, a: Attribution, attributions: list[Attribution]) -> str | None:
    """The name that said `a`: its Source, or for a pronoun the nearest named one before."""
    if a.source is None:
        return None
    source = text[a.source[0] : a.source[1]]
    if _named(source):
        return source
    if source.strip().lower() not in _PRONOUNS:
        return None  # a description
    earlier = [
        b.source
        for b in attributions
        if b.source is not None
        and b.source[0] < a.source[0]
        and _named(text[b.source[0] : b.source[1]])
    ]
    if not earlier:
        return None
    start, end = max(earlier)
    return text[start:end]


def _same(candidate: str, gold: str) -> bool:
    words = set(re.findall(r"[\w’'-]+", gold))
    return candidate.split()[-1] in words


def examples() -> tuple[list[np.ndarray], list[np.ndarray], list[int]]:
    """Per quote: the candidates' features, their labels, and the article number."""
    xs, ys, groups = [], [], []
    for n, (_, text, attributions) in enumerate(articles("train")):
        direct = [a for a in attributions if a.direct]
        if not direct:
            continue
        doc = analyse(text)
        for quote, cands in rule_quotes_with_candidates(doc, extract_actors(doc)):
            if not cands:
                continue
            gold = attribution_of(quote.start, quote.end, direct)
            if gold is None:
                continue
            speaker = _gold_speaker(text, gold, attributions)
            xs.append(np.array([f for _, f in cands], dtype=float))
            said = speaker or ""
            ys.append(np.array([float(bool(said) and _same(c, said)) for c, _ in cands]))
            groups.append(n)
    return xs, ys, groups


# Our annotated multi-source development sets by newsroom (held-out articles never read).
# PolNeAR's sets are PolNeAR dev articles, which `evaluation.quotes` scores: they are never
# trained on, only scored out of source.
MULTI = {
    "cnn": ("cnn", "cnn2", "cnn3"),
    "dm": ("dm", "dm2", "dm3"),
    "ieer": ("ieer", "ieer2", "ieer3"),
    "polnear": ("polnear", "polnear2", "polnear3"),
}
TRAINED = ("cnn", "dm", "ieer")


def multi_examples() -> dict[str, tuple[list[np.ndarray], list[np.ndarray]]]:
    """Per newsroom: the weakly attributed quotes' candidates and labels from our gold
    (a gold description or nobody makes every candidate negative)."""
    out: dict[str, tuple[list[np.ndarray], list[np.ndarray]]] = {}
    for family, sets in MULTI.items():
        xs: list[np.ndarray] = []
        ys: list[np.ndarray] = []
        for source in sets:
            gold = load_gold(source)
            for article in multi_articles(source):
                if article.heldout or article.id not in gold:
                    continue
                g_art = gold[article.id]
                forms = {
                    e["name"]: {e["name"], *e.get("aliases", [])}
                    for kind in ("persons", "organisations")
                    for e in g_art.get(kind, [])
                }
                doc = analyse(article.text)
                for quote, cands in rule_quotes_with_candidates(doc, extract_actors(doc)):
                    if not cands:
                        continue
                    piece = paragraph_pieces(article.text, (quote,))[:1]
                    g = next((g for g in g_art["quotes"] if piece and _covers(piece[0], g)), None)
                    if g is None:
                        continue
                    said = g["speaker"]
                    xs.append(np.array([f for _, f in cands], dtype=float))
                    ys.append(
                        np.array(
                            [
                                float(bool(said) and same_source(c, said, forms.get(said, set())))
                                for c, _ in cands
                            ]
                        )
                    )
        out[family] = (xs, ys)
    return out


def _covers(q: Quote, g: dict[str, int]) -> bool:
    """The scorer's match: the overlap covers 0.8 of the gold and half of ours."""
    overlap = min(q.end, g["end"]) - max(q.start, g["start"])
    return overlap >= 0.8 * (g["end"] - g["start"]) and overlap >= 0.5 * (q.end - q.start)


def fit(x: np.ndarray, y: np.ndarray, steps: int = 3000, rate: float = 0.5) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + L2 * w / len(y)
        w -= rate * grad
    return w


def _outcome(ps: np.ndarray, y: np.ndarray, rule: np.ndarray, pick: float, keep: float) -> int:
    """+1 right speaker, -WRONG_COST wrong one, 0 none (mirrors learned.decide)."""
    best = int(np.argmax(ps))
    rule_k = int(np.argmax(rule)) if rule.any() else -1
    rule_p = ps[rule_k] if rule_k >= 0 else 0.0
    if (rule_k >= 0 and best == rule_k and rule_p >= keep) or ps[best] >= pick:
        choice = best
    elif rule_k >= 0 and rule_p >= keep:
        choice = rule_k
    else:
        return 0
    return 1 if y[choice] else -int(WRONG_COST)


def _tally(
    oof: list[np.ndarray], xs: list[np.ndarray], ys: list[np.ndarray], pick: float, keep: float
) -> tuple[int, int]:
    """(right, wrong) speakers the model gives at these thresholds."""
    rule_col = feature_names().index("rule")
    outcomes = [_outcome(oof[i], ys[i], xs[i][:, rule_col], pick, keep) for i in range(len(xs))]
    return sum(o == 1 for o in outcomes), sum(o < 0 for o in outcomes)


def _predict(w: np.ndarray, xs: list[np.ndarray]) -> list[np.ndarray]:
    return [1 / (1 + np.exp(-(x @ w))) for x in xs]


def main() -> int:
    xs, ys, groups = examples()
    multi = multi_examples()
    print(
        f"PolNeAR train: {len(xs)} weakly attributed quotes, {sum(len(y) for y in ys)} candidates"
    )
    for family, (mx, _) in multi.items():
        print(f"{family} dev sets: {len(mx)} weakly attributed quotes")
    ours_x = [x for f in TRAINED for x in multi[f][0]]
    ours_y = [y for f in TRAINED for y in multi[f][1]]
    # Out of source: each newsroom scored by a model fitted without it.
    oof: dict[str, list[np.ndarray]] = {}
    for family, (mx, _) in multi.items():
        tx = xs + [x for f in TRAINED if f != family for x in multi[f][0]]
        ty = ys + [y for f in TRAINED if f != family for y in multi[f][1]]
        oof[family] = _predict(fit(np.vstack(tx), np.concatenate(ty)), mx)
    all_x = [x for f in MULTI for x in multi[f][0]]
    all_y = [y for f in MULTI for y in multi[f][1]]
    all_oof = [p for f in MULTI for p in oof[f]]
    # Thresholds: the most right speakers out of source, a wrong one costing WRONG_COST.
    grid = [round(float(t), 2) for t in np.arange(0.3, 0.96, 0.05)]
    score, pick, keep = max(
        (
            (lambda rw: rw[0] - WRONG_COST * rw[1])(_tally(all_oof, all_x, all_y, p, k)),
            p,
            k,
        )
        for p in grid
        for k in grid
        if p >= k
    )
    for family, (mx, my) in multi.items():
        right, wrong = _tally(oof[family], mx, my, pick, keep)
        rule_right, rule_wrong = _tally([x[:, 1] for x in mx], mx, my, 0.5, 0.5)
        print(
            f"{family}, out of source (pick {pick}, keep {keep}): {right} right, {wrong} wrong "
            f"(rules alone {rule_right} right, {rule_wrong} wrong)"
        )
    # PolNeAR train out of fold (5 folds by article), with all our sets in training.
    folds = np.array(groups) % 5
    p_oof: list[np.ndarray] = [np.zeros(0)] * len(xs)
    for k in range(5):
        train = [i for i in range(len(xs)) if folds[i] != k]
        w = fit(
            np.vstack([xs[i] for i in train] + ours_x),
            np.concatenate([ys[i] for i in train] + ours_y),
        )
        for i in range(len(xs)):
            if folds[i] == k:
                p_oof[i] = _predict(w, [xs[i]])[0]
    right, wrong = _tally(p_oof, xs, ys, pick, keep)
    print(f"PolNeAR train, out of fold: {right} right, {wrong} wrong (approximate gold)")
    w = fit(np.vstack(xs + ours_x), np.concatenate(ys + ours_y))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(
            {
                "about": "Quote speaker model: logistic regression trained on PolNeAR train "
                "(networkdynamics/PolNeAR) and our CNN, Daily Mail and IEER development "
                "annotations by training/quote_speakers.py",
                "features": feature_names(),
                "weights": [round(float(v), 5) for v in w],
                "pick": pick,
                "keep": keep,
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print("weights:", dict(zip(feature_names(), np.round(w, 2), strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
