"""A summary sentence must not lean on one the reader has not seen, nor repeat another."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence, Set
from functools import lru_cache

from briefing import lexicons
from briefing.summarize.quotations import unit


@lru_cache(maxsize=1)
def _openers() -> re.Pattern[str]:
    """resources/lexicons/unresolved_openers.txt as one pattern."""
    alternatives = lexicons.alternatives("unresolved_openers")
    return re.compile(r"^[\"“‘']?(?:" + alternatives + r")\b", re.I)


def opens_unresolved(text: str) -> bool:
    """True when `text` starts with a pronoun, connective or back-pointing description."""
    return bool(_openers().match(text.strip()))


_PRONOUN_SAID = lexicons.pattern("pronoun_attributions")


def leans_back(text: str) -> bool:
    """True when `text` opens unresolved or is a quotation a pronoun attributes ("'…,' she
    said."): either way it needs a sentence before it."""
    return opens_unresolved(text) or _PRONOUN_SAID.search(text) is not None


def dangling(chosen: Sequence[int], texts: Sequence[str]) -> list[int]:
    """Chosen sentences that lean back while the sentence before was not chosen (the
    article's first sentence is explained by the headline)."""
    have = set(chosen)
    return [i for i in sorted(have) if i > 0 and i - 1 not in have and leans_back(texts[i])]


def redundant(a: frozenset[str], b: frozenset[str]) -> bool:
    """Near-duplicates: most of the shorter sentence's content words are in the other
    ("Berg resigned on Monday." inside "Berg, who led the talks, resigned on Monday.")."""
    if not a or not b:
        return False
    shared = len(a & b)
    return shared / min(len(a), len(b)) >= 0.8 or shared / len(a | b) > 0.6


def assemble(
    ranking: Sequence[int],
    texts: Sequence[str],
    stems: Sequence[frozenset[str]],
    fits: Callable[[list[int]], bool],
    units: Mapping[int, tuple[int, ...]] | None = None,
    never: Set[int] = frozenset(),
) -> list[int]:
    """Sentences taken in `ranking` order while they fit, skipping near-duplicates, then
    repaired so that every one reads alone: a sentence whose antecedent was skipped brings
    the antecedent in (making room by dropping the lowest-ranked other sentence), or is
    replaced by the next sentence in the ranking that reads alone. A quotation of several
    sentences (`units`) is taken whole or not at all, so none is shown cut in half, and the
    sentences `never` are not shown."""
    rank = {i: r for r, i in enumerate(ranking)}
    units = units or {}

    def whole(i: int) -> list[int]:
        return list(unit(units, i))

    def repeats(group: list[int], chosen: list[int]) -> bool:
        return any(redundant(stems[j], stems[k]) for j in group for k in chosen)

    chosen: list[int] = []
    banned: set[int] = set(never)
    for i in ranking:
        group = whole(i)
        if i in chosen or banned & set(group) or repeats(group, chosen):
            continue
        if fits([*chosen, *group]):
            chosen.extend(group)
    for _ in range(2 * len(texts)):
        bad = dangling(chosen, texts)
        if not bad:
            break
        i = bad[0]
        before = whole(i - 1)
        clash = repeats(before, chosen)
        if not clash and not banned & set(before) and fits([*chosen, *before]):
            chosen.extend(before)
            continue
        others = [j for j in chosen if j not in whole(i) and rank[j] > rank[i]]
        if not clash and not banned & set(before) and others:
            drop = set(whole(max(others, key=lambda j: rank[j])))
            trial = [j for j in chosen if j not in drop] + before
            if fits(trial):
                chosen = trial
                continue
        gone = whole(i)
        chosen = [j for j in chosen if j not in gone]
        banned.update(gone)
        for j in ranking:
            group = whole(j)
            if banned & set(group) or j in chosen:
                continue
            trial = [*chosen, *group]
            if set(dangling(trial, texts)) & set(group) or repeats(group, chosen):
                continue
            if fits(trial):
                chosen = trial
                break
    return sorted(chosen)
