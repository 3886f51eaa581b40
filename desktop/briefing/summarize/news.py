"""Sentence ratings for text that is not news (speeches, reports, essays) and for pruning
long documents before sumy's quadratic algorithms.

Each sentence is rated by its overlap with the headline and standfirst, its centrality
(TF-IDF cosine to the whole text, and its word-overlap degree with the other sentences), its
length and its named-entity density. Sentences that make poor summaries are held back:
questions, fragments, captions and a quotation standing alone with no one saying it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from briefing.model import Article, Doc, Sentence
from briefing.summarize.stemmer import stem, stop_words

# Weights from a grid search on the tuning half of the BBC News development set, whose
# reference summaries a program picked and which favour central sentences; the position
# weights are 0 here because this rating serves text whose opening is not its summary.
WEIGHTS = {
    "position": 0.0,
    "lead": 0.0,
    "headline": 1.2,
    "centrality": 1.0,
    "length": 0.8,
    "entities": 0.3,
    "degree": 4.0,
}
# Above this many candidates the pairwise degree is skipped (it is quadratic); ordinary
# articles have far fewer sentences.
MAX_DEGREE_SENTENCES = 300
_QUOTED = re.compile(r"[\"“”«»„]")
_CAPTION = re.compile(r"\[(?:AFP|AP|Reuters|Getty|EPA|File)[^\]]*\]\s*$")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return stop_words()


def content_stems(words: list[str]) -> list[str]:
    stops = _stop_words()
    out = []
    for w in words:
        if w[:1].isalnum():
            lower = w.lower()
            if lower not in stops:
                out.append(stem(lower))
    return out


@dataclass(frozen=True)
class Rated:
    index: int
    score: float
    stems: frozenset[str]


def _is_bare_quote(s: Sentence) -> bool:
    """A sentence that is only a quotation, with nobody saying it."""
    text = s.text.strip()
    return (
        bool(_QUOTED.match(text))
        and len(_QUOTED.findall(text)) >= 2
        and bool(re.search(r"[\"”»]\s*$", text))
    )


def penalty(s: Sentence) -> float:
    """Multiplier below 1 for sentences that make poor summary sentences."""
    words = [t for t in s.tokens if t.text[:1].isalnum()]
    if _CAPTION.search(s.text):
        return 0.0
    factor = 1.0
    if len(words) < 6:
        factor *= 0.2
    if s.text.rstrip("\"'”’ )").endswith("?"):
        factor *= 0.3
    if _is_bare_quote(s):
        factor *= 0.4
    return factor


def rate(doc: Doc, article: Article, candidates: list[int]) -> list[Rated]:
    """Ratings of the candidate sentences (higher is better)."""
    stems = {i: content_stems([t.text for t in doc.sentences[i].tokens]) for i in candidates}
    df: Counter[str] = Counter()
    for st in stems.values():
        df.update(set(st))
    n = max(1, len(candidates))
    idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
    centroid: Counter[str] = Counter()
    vectors = {}
    for i, st in stems.items():
        tf = Counter(st)
        vec = {w: c * idf[w] for w, c in tf.items()}
        vectors[i] = vec
        centroid.update(vec)
    c_norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    headline = set(content_stems((article.title + " " + (article.standfirst or "")).split()))
    degree = _degree(stems) if len(candidates) <= MAX_DEGREE_SENTENCES else {}
    top_degree = max(degree.values(), default=0.0) or 1.0
    entity_count = Counter(e.sentence for e in doc.entities)
    total = len(doc.sentences)
    rated = []
    for i in candidates:
        s = doc.sentences[i]
        vec = vectors[i]
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        centrality = sum(v * centroid[w] for w, v in vec.items()) / (norm * c_norm)
        words = len(stems[i]) or 1
        overlap = len(set(stems[i]) & headline) / (len(headline) or 1)
        length = min(len(s.tokens) / 20, 1.0) - max(0, len(s.tokens) - 50) / 50
        features = {
            "position": 1 - i / total,
            "lead": 1.0 if i < 2 else 0.0,
            "headline": overlap,
            "centrality": centrality,
            "length": length,
            "entities": min(entity_count[i] / words, 1.0),
            "degree": degree.get(i, 0.0) / top_degree,
        }
        score = sum(WEIGHTS[k] * v for k, v in features.items()) * penalty(s)
        rated.append(Rated(i, score, frozenset(stems[i])))
    return rated


def _degree(stems: dict[int, list[str]]) -> dict[int, float]:
    """Each sentence's summed word overlap with every other, as in sumy's Reduction: shared
    word pairs over log length + log length (the graph degree the BBC references favour)."""
    counts = {i: Counter(st) for i, st in stems.items()}
    postings: dict[str, list[int]] = {}
    for i, c in counts.items():
        for w in c:
            postings.setdefault(w, []).append(i)
    degree = dict.fromkeys(stems, 0.0)
    for i, c in counts.items():
        shared: Counter[int] = Counter()
        for w, n in c.items():
            for j in postings[w]:
                if j != i:
                    shared[j] += n * counts[j][w]
        for j, rank in shared.items():  # both sentences have words when they share one
            norm = math.log(len(stems[i])) + math.log(len(stems[j]))
            degree[i] += rank / norm if norm else 0.0
    return degree


class Fits:
    """Whether a set of sentence indices is within the requested length."""

    def __init__(self, doc: Doc, max_sentences: int, max_words: int | None) -> None:
        self.doc = doc
        self.max_sentences = max_sentences
        self.max_words = max_words

    def __call__(self, indices: list[int]) -> bool:
        if len(indices) > self.max_sentences:
            return False
        if self.max_words is None:
            return True
        words = sum(len(self.doc.sentences[i].text.split()) for i in indices)
        return words <= self.max_words
