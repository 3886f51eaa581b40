"""The story in a few sentences: of the sentences each article's summary chose, those most
like what the other articles say (LexRank centrality over cross-article similarity),
never two that say the same thing."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from briefing.dossier.actors import Source
from briefing.dossier.model import StorySentence
from briefing.model import Sentence
from briefing.summarize.stemmer import stem, stop_words

STORY_SENTENCES = 5
# Centrality is quadratic in candidates: past this many (about 130 articles' summaries),
# the articles' higher-ranked summary sentences are kept first.
MAX_CANDIDATES = 400
REPEAT = 0.45  # cosine over which a sentence says again what a chosen one said
_DAMPING = 0.85


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return stop_words()


def _terms(sentence: Sentence) -> list[str]:
    stop = _stop_words()
    words = (
        (t.text.casefold() for t in sentence.tokens)
        if sentence.tokens
        else (sentence.text.casefold().split())
    )
    return [stem(w) for w in words if w.isalnum() and w not in stop]


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    return dot  # vectors are unit length


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {t: w / norm for t, w in vector.items()} if norm else vector


def story_sentences(
    sources: Sequence[Source], count: int = STORY_SENTENCES
) -> tuple[StorySentence, ...]:
    """Up to `count` sentences telling the story, in article (date) order."""
    candidates: list[tuple[int, int, Sentence]] = []  # (article order, rank, sentence)
    document_frequency: Counter[str] = Counter()
    total = 0
    for n, s in enumerate(sources):
        sentences = s.briefing.doc.sentences
        for sentence in sentences:
            document_frequency.update(set(_terms(sentence)))
        total += len(sentences)
        for rank, picked in enumerate(s.briefing.summary.sentences):
            if 0 <= picked.index < len(sentences):
                candidates.append((n, rank, sentences[picked.index]))
    if not candidates:
        return ()
    if len(candidates) > MAX_CANDIDATES:
        best = sorted(candidates, key=lambda c: (c[1], c[0]))[:MAX_CANDIDATES]
        candidates = sorted(best, key=lambda c: (c[0], c[1]))
    vectors = []
    for _, _, sentence in candidates:
        tf = Counter(_terms(sentence))
        vectors.append(
            {
                t: c * (math.log((1 + total) / (1 + document_frequency[t])) + 1)
                for t, c in tf.items()
            }
        )
    size = len(candidates)
    # similarity only between sentences of different articles: what the story shares
    weights = [
        [
            _cosine(vectors[i], vectors[j]) if candidates[i][0] != candidates[j][0] else 0.0
            for j in range(size)
        ]
        for i in range(size)
    ]
    scores = _lexrank(weights)
    ranked = sorted(range(size), key=lambda i: (-round(scores[i], 9), candidates[i][1], i))
    chosen: list[int] = []
    for i in ranked:
        if len(chosen) == count:
            break
        if all(_cosine(vectors[i], vectors[j]) < REPEAT for j in chosen):
            chosen.append(i)
    result = []
    for i in sorted(chosen, key=lambda i: (candidates[i][0], candidates[i][2].index)):
        n, _, sentence = candidates[i]
        result.append(
            StorySentence(
                " ".join(sentence.text.split()),
                sources[n].id,
                sentence.index,
                sentence.start,
                sentence.end,
            )
        )
    return tuple(result)


def _lexrank(weights: list[list[float]], iterations: int = 100) -> list[float]:
    """Stationary scores of the similarity graph (power iteration with damping)."""
    size = len(weights)
    edges: list[list[tuple[int, float]]] = [[] for _ in range(size)]  # into i: (j, share)
    dangling = []
    for j, row in enumerate(weights):
        total = sum(row)
        if not total:
            dangling.append(j)
        for i, w in enumerate(row):
            if w:
                edges[i].append((j, w / total))
    scores = [1.0 / size] * size
    for _ in range(iterations):
        spread = _DAMPING * sum(scores[j] for j in dangling) / size + (1 - _DAMPING) / size
        new = [spread + _DAMPING * sum(scores[j] * w for j, w in into) for into in edges]
        if max(abs(a - b) for a, b in zip(new, scores, strict=True)) < 1e-9:
            return new
        scores = new
    return scores
