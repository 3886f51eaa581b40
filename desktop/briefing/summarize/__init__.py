"""Extractive summaries: sumy's algorithms by name, and `auto`, our news-aware default.

Every algorithm reads our own sentences, so the chosen ones come back with their index
and character span in the article.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.model import Article, Doc, Length, Summary, SummarySentence
from briefing.sources.clutter import place_dated
from briefing.sources.inline import WIRE_DATELINE
from briefing.summarize.algorithms import SUMY_ALGORITHMS, run_sumy
from briefing.summarize.genre import is_news
from briefing.summarize.lede import LedeModel, centralities, ranking, sentence_stems
from briefing.summarize.length import sentence_cap, word_budget
from briefing.summarize.news import Fits, rate
from briefing.summarize.quotations import (
    Units,
    cut_quotations,
    quotation_units,
    unit,
    unshowable,
    whole_quotations,
)
from briefing.summarize.readability import assemble

ALGORITHMS: tuple[str, ...] = ("auto", *SUMY_ALGORITHMS, "lead")
# Graph algorithms are quadratic in sentences: on longer documents they rank only the
# best candidates by `auto`'s cheap rating (never reached by ordinary articles).
MAX_GRAPH_SENTENCES = 300
NEWS_METHOD = "news lede"
CENTRAL_METHOD = "centrality"


def summarize(
    doc: Doc,
    article: Article,
    length: Length,
    algorithm: str = "auto",
    *,
    lede: LedeModel | None = None,
) -> Summary:
    """Choose sentences of `doc`, returned in article order. `lede` replaces the shipped
    lede model (evaluation scores models trained without the article)."""
    if algorithm not in ALGORITHMS:
        raise ValueError(f"unknown algorithm {algorithm!r}; choose one of {', '.join(ALGORITHMS)}")
    total = len(doc.sentences)
    cap = sentence_cap(length, total)
    budget = word_budget(length, sum(len(s.text.split()) for s in doc.sentences))
    fits = Fits(doc, cap, budget)
    method = ""
    chosen: list[int] = []
    if total and algorithm == "auto":
        news = is_news(doc)
        method = NEWS_METHOD if news else CENTRAL_METHOD
        chosen = _auto(doc, article, fits, news, lede)
    elif total:
        chosen = _choose(doc, article, algorithm, fits)
    shown: list[SummarySentence] = []
    seen: set[int] = set()  # a dateline's sentence and the lede after it show as one
    for i in sorted(chosen):
        s = _shown(doc, i)
        if s.index not in seen:
            seen.add(s.index)
            shown.append(s)
    return Summary(algorithm, length, tuple(shown), method, budget)


def _shown(doc: Doc, index: int) -> SummarySentence:
    """A chosen sentence as the summary shows it: the lede without the wire dateline the text
    keeps for the fact sheet's places ("TOKYO _ Borrowers…" reads "Borrowers…"). A dateline
    with a stop is a sentence of its own ("CAMBRIDGE, Mass.", then "_ In the…"): the lede
    after it stands for it. (A header line of place and date is never chosen: `_never_shown`.)"""
    s = doc.sentences[index]
    first = doc.sentences[0]
    dateline = WIRE_DATELINE.match(doc.text[first.start :]) if index <= 1 else None
    if dateline is None:
        return SummarySentence(s.index, s.start, s.end, s.text, s.paragraph)
    end = first.start + dateline.end()
    if index == 0 and end > first.end:
        s = doc.sentences[1]
    n = max(0, end - s.start)
    return SummarySentence(s.index, s.start + n, s.end, s.text[n:], s.paragraph)


def _auto(doc: Doc, article: Article, fits: Fits, news: bool, lede: LedeModel | None) -> list[int]:
    """News: the lede model's opening, then the rest in article order. Other text: the
        sentences by centrality. Either way every sentence reads alone, none repeats another and
    a quotation of several sentences is shown whole or not at all."""
    stems = sentence_stems(doc)
    if news:
        order = ranking(doc, fits.max_sentences, lede, centralities(doc, stems))
    else:
        rated = rate(doc, article, list(range(len(doc.sentences))))
        order = [r.index for r in sorted(rated, key=lambda r: (-r.score, r.index))]
    texts = [s.text for s in doc.sentences]
    units = quotation_units(doc)
    never = _never_shown(doc, units)
    return assemble(order, texts, [frozenset(st) for st in stems], fits, units, never)


def _never_shown(doc: Doc, units: Units) -> set[int]:
    """Sentences no summary shows: half quotations, and a header line of place and date
    alone ("Valby, May 4, 2026"), so the algorithm takes its next choice instead."""
    never = unshowable(doc, units)
    if len(doc.sentences) > 1 and place_dated(doc.sentences[0].text):
        never.add(0)
    return never


def _choose(doc: Doc, article: Article, algorithm: str, fits: Fits) -> list[int]:
    """The algorithm's sentences within the length; a quotation of several sentences it
    would cut is completed when that fits, else left out for the algorithm's next choice."""
    everything = list(range(len(doc.sentences)))
    candidates = everything
    if algorithm != "lead" and len(candidates) > MAX_GRAPH_SENTENCES:
        best = sorted(rate(doc, article, everything), key=lambda r: (-r.score, r.index))
        candidates = sorted(r.index for r in best[:MAX_GRAPH_SENTENCES])

    def pick(n: int) -> list[int]:
        if algorithm == "lead":
            return everything[:n]
        return run_sumy(algorithm, doc, article, candidates, n)

    chosen = _largest_fitting(fits, pick)
    units = quotation_units(doc)
    never = _never_shown(doc, units)
    if not cut_quotations(chosen, units) and not never & set(chosen):
        return chosen
    if fits.max_words is None:
        return _whole_units(fits, pick, units, never, len(candidates))
    return whole_quotations(chosen, units, fits, never)


def _whole_units(
    fits: Fits, pick: Callable[[int], list[int]], units: Units, never: set[int], most: int
) -> list[int]:
    """N sentences with every quotation whole: sentences in the order the algorithm first picks
    them as it is asked for more, each taken with the rest of its quotation when that fits
    (asking for more while a quotation left out leaves room)."""
    chosen: list[int] = []
    seen: set[int] = set()
    n = fits.max_sentences
    while True:
        picked = pick(n)
        for i in picked:
            if i in seen:
                continue
            seen.add(i)
            group = [j for j in unit(units, i) if j not in chosen]
            if group and not never & set(group) and fits([*chosen, *group]):
                chosen.extend(group)
        if len(chosen) >= fits.max_sentences or n >= most or len(picked) < n:
            return sorted(chosen)
        n += 1


def _largest_fitting(fits: Fits, pick: Callable[[int], list[int]]) -> list[int]:
    """The longest pick(n) within the length (empty when not even one sentence fits)."""
    if fits.max_words is None:
        return pick(fits.max_sentences)
    lo, hi, best = 1, fits.max_sentences, []
    while lo <= hi:  # sumy's summaries grow with n, so the word count is monotone enough
        mid = (lo + hi) // 2
        chosen = pick(mid)
        if fits(chosen):
            best, lo = chosen, mid + 1
        else:
            hi = mid - 1
    return best


def summarize_text(text: str, sentences: int, algorithm: str = "auto") -> list[str]:
    """The chosen sentences of `text` as strings, in article order (stable API)."""
    from briefing.nlp import analyse
    from briefing.sources import from_text

    article = from_text(text)
    doc = analyse(article.text)
    summary = summarize(doc, article, Length("sentences", sentences), algorithm)
    return [s.text for s in summary.sentences]
