"""Summaries against references: CNN/Daily Mail editors' highlights first, BBC second.

CNN/DM (../shared/corpora/cnndm_dev, 142 articles, highlights written by people) is the
primary benchmark: ROUGE-1/2/Lsum F1 of 3-sentence summaries, per outlet and re-weighted to
the full test split's mix (CNN 1,093 : Daily Mail 10,397). Lead-3 is the first three
sentences of the same cleaned text. `auto`'s lede model is trained on these articles, so
its figures here are out of fold: 5 folds by article, each scored with a model trained (and
its settings chosen by an inner cross-validation) on the other four. The reader's checks
follow: summaries with page furniture, with a dangling opener, with a near-duplicate, with
half a quotation (opened and not closed, or closed and not opened, in a run of consecutive
sentences as shown; "by the article" counts a quotation of several sentences of the article
shown in part, marks or not), and word budgets exceeded.

BBC News Summary is the secondary check. Its reference summaries were picked by a program
(sentences sharing the most words with the rest of the article), which rewards graph
methods and long central sentences rather than what an editor would write.

Run: python -m evaluation.summary [--fast] [--bbc-all] [--no-bbc | --bbc-only]
(--fast: only `auto` and Lead-3 on CNN/DM)
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from collections.abc import Callable
from statistics import mean

from briefing.model import Length, Summary
from briefing.nlp import analyse
from briefing.sources import from_text
from briefing.summarize import ALGORITHMS, summarize
from briefing.summarize.lede import LedeModel
from briefing.summarize.news import content_stems
from briefing.summarize.quotations import cut_quotations, half_quoted, quotation_units
from briefing.summarize.readability import dangling, redundant
from evaluation.shared import CORPORA
from training import summary_lede

BBC = CORPORA / "bbc_news_summary" / "dev.jsonl.gz"
MIX = {"cnn": 1093, "dm": 10397}
# Page furniture a summary must never show (the kinds the in-line clutter rules remove).
FURNITURE = re.compile(
    r"Scroll down for|READ MORE|Follow @|PUBLISHED:|UPDATED:|\((?:CNN|Reuters|AP|AFP)\)"
    r"|contributed to this report|Click here|CLICK HERE|not currently accepting comments",
)
BUDGETS = (40, 60, 80, 120)
# References sometimes run sentences together: "in 2004.The firm" -> "in 2004. The firm".
_RUN_TOGETHER = re.compile(r"([.!?][\"']?)(?=[A-Z])")
FAST = ("auto", "lead", "lexrank")


def _scores(rouge, reference: str, summary: Summary) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    s = rouge.score(reference, "\n".join(x.text for x in summary.sentences))
    return (100 * s["rouge1"].fmeasure, 100 * s["rouge2"].fmeasure, 100 * s["rougeLsum"].fmeasure)


def half(summary: Summary) -> bool:
    """Half a quotation in some run of consecutive sentences of `summary`, as a reader sees it."""
    runs: list[list[str]] = []
    last = -2
    for s in summary.sentences:
        if s.index != last + 1:
            runs.append([])
        runs[-1].append(s.text)
        last = s.index
    return any(half_quoted(run) for run in runs)


def _row(name: str, per: dict[str, list[tuple[float, float, float]]]) -> str:
    means = {o: [mean(x[k] for x in v) for k in range(3)] for o, v in per.items()}
    total = sum(MIX.values())
    mix = [sum(MIX[o] * means[o][k] for o in MIX) / total for k in range(3)]
    cells = [f"{v:6.2f}" for o in ("cnn", "dm") for v in means[o]] + [f"{v:6.2f}" for v in mix]
    return (
        f"{name:<11}"
        + " ".join(cells[:3])
        + "  |"
        + " ".join(cells[3:6])
        + "  |"
        + " ".join(cells[6:])
    )


def cnndm() -> int:
    rouge = summary_lede.scorer()
    data = summary_lede.examples(summary_lede.load_rows())
    folds = summary_lede.folds(data)
    model_of: dict[str, LedeModel] = {}
    for k, fold in enumerate(folds):
        rest = [e for j, f in enumerate(folds) if j != k for e in f]
        model = summary_lede.train(rest)
        for e in fold:
            model_of[e.id] = model
    print(f"CNN/Daily Mail development set: {len(data)} articles, editors' highlights")
    print(f"{'':11}{'CNN':^21}  |{'Daily Mail':^20}  |{'test mix':^20}")
    print(f"{'algorithm':<11}" + "   R-1    R-2 R-Lsum  |" * 2 + "   R-1    R-2 R-Lsum")
    three = Length("sentences", 3)
    names = ("auto", "lead") if "--fast" in sys.argv else ALGORITHMS
    for name in names:
        per: dict[str, list[tuple[float, float, float]]] = {"cnn": [], "dm": []}
        shown: list[Summary] = []
        t0 = time.perf_counter()
        for e in data:
            lede = model_of[e.id] if name == "auto" else None
            summary = summarize(e.doc, e.article, three, name, lede=lede)
            per[e.outlet].append(_scores(rouge, e.highlights, summary))
            shown.append(summary)
        ms = 1000 * (time.perf_counter() - t0) / len(data)
        halves = sum(map(half, shown))
        label = "auto (oof)" if name == "auto" else ("lead-3" if name == "lead" else name)
        print(_row(label, per) + f"   {ms:5.1f} ms  {halves:3d} half-quoted", flush=True)
    _checks(data, model_of)
    return 0


def _checks(data: list[summary_lede.Example], model_of: dict[str, LedeModel]) -> None:
    """What a reader checks, on `auto`'s 3-sentence summaries and word budgets."""
    furniture = dangles = duplicates = over = halves = cut = 0
    budget_halves = {"auto": 0, "lead": 0}
    budget_cut = {"auto": 0, "lead": 0}
    methods: dict[str, int] = {}
    fill = {"auto": [], "lead": []}  # type: dict[str, list[float]]
    for e in data:
        texts = [s.text for s in e.doc.sentences]
        stems = [frozenset(content_stems([t.text for t in s.tokens])) for s in e.doc.sentences]
        summary = summarize(e.doc, e.article, Length("sentences", 3), lede=model_of[e.id])
        methods[summary.method] = methods.get(summary.method, 0) + 1
        chosen = [s.index for s in summary.sentences]
        units = quotation_units(e.doc)
        halves += half(summary)
        cut += bool(cut_quotations(chosen, units))
        furniture += any(FURNITURE.search(s.text) for s in summary.sentences)
        dangles += bool(dangling(chosen, texts))
        duplicates += any(redundant(stems[a], stems[b]) for a in chosen for b in chosen if a < b)
        for budget in BUDGETS:
            for name in fill:
                s = summarize(e.doc, e.article, Length("words", budget), name, lede=model_of[e.id])
                words = sum(len(x.text.split()) for x in s.sentences)
                over += words > budget
                budget_halves[name] += half(s)
                budget_cut[name] += bool(cut_quotations([x.index for x in s.sentences], units))
                fill[name].append(words / budget)
    n = len(data)
    print(
        f"auto: {furniture}/{n} summaries with page furniture, {dangles}/{n} with a dangling "
        f"opener, {duplicates}/{n} with a near-duplicate, {halves}/{n} with half a quotation "
        f"({cut}/{n} by the article); method "
        + ", ".join(f"{k} {v}" for k, v in sorted(methods.items()))
    )
    print(
        f"word budgets {', '.join(map(str, BUDGETS))}: {over} of {len(fill['auto']) * 2} "
        f"summaries over budget; budget filled on average: auto {100 * mean(fill['auto']):.0f}%, "
        f"lead {100 * mean(fill['lead']):.0f}%; half a quotation: "
        + ", ".join(f"{k} {budget_halves[k]} ({budget_cut[k]} by the article)" for k in fill)
    )


def reference_sentences(summary: str) -> list[str]:
    """A BBC reference summary's sentences (one a line for ROUGE-Lsum)."""
    from briefing.nlp import sentences

    text = _RUN_TOGETHER.sub(r"\1 ", summary)
    return [text[s:e] for s, e in sentences(text)]


def bbc(sample: int) -> int:
    from rouge_score import rouge_scorer

    if not BBC.exists():
        print(f"the BBC development set is not at {BBC}", file=sys.stderr)
        return 1
    with gzip.open(BBC, "rt", encoding="utf-8") as fh:
        rows = sorted((json.loads(line) for line in fh), key=lambda r: r["id"])[1::2]
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    prepared = []
    for row in rows:
        article = from_text(row["text"], row["id"])
        prepared.append((article, analyse(article.text), reference_sentences(row["summary"])))
    print(f"\nBBC News Summary (secondary; references picked by a program), {len(rows)} articles")
    print(f"{'algorithm':<11}{'articles':>9}{'R-1':>7}{'R-2':>7}{'R-Lsum':>8}")
    for name in ALGORITHMS:
        step = 1 if name in FAST else sample
        scores, halves, cut = [], 0, 0
        for article, doc, ref in prepared[::step]:
            summary = summarize(doc, article, Length("sentences", max(1, len(ref))), name)
            scores.append(_scores(scorer, "\n".join(ref), summary))
            halves += half(summary)
            chosen = [s.index for s in summary.sentences]
            cut += bool(cut_quotations(chosen, quotation_units(doc)))
        r1, r2, rl = (mean(x[k] for x in scores) for k in range(3))
        label = "lead-N" if name == "lead" else name
        print(
            f"{label:<11}{len(scores):>9}{r1:>7.2f}{r2:>7.2f}{rl:>8.2f}"
            f"   {halves} half-quoted ({cut} by the article)",
            flush=True,
        )
    return 0


def main() -> int:
    runs: list[Callable[[], int]] = [] if "--bbc-only" in sys.argv else [cnndm]
    if "--no-bbc" not in sys.argv:
        runs.append(lambda: bbc(1 if "--bbc-all" in sys.argv else 4))
    return max(run() for run in runs)


if __name__ == "__main__":
    raise SystemExit(main())
