"""Each stage of analyze() on generated articles (models warm), model load time, tagging speed.

Targets: summary <= 50 ms, fact sheet (actors + places) <= 100 ms and quotes + dates
<= 50 ms for 1,000 words; models load <= 0.5 s; tagging + NER >= 20,000 tokens/s; and, so a
rule that walks the whole document per name shows, the actors stage on 100,000 words within
5 s (2.1 s today; 8.0 s when two such walks slipped in).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from benchmarks.measure import LIMITS, make_article, measure
from briefing.pipeline import analyze
from briefing.sources import from_text

# Every model the analysis loads (compact Punkt, perceptron and place table, the CRF) in a
# fresh process, with the modules that read them; NLTK is not among them.
_LOAD = (
    "import time; t=time.perf_counter();"
    "from briefing.nlp import resources as r; from briefing.facts import gazetteer;"
    "r.sentence_splitter(); r.pos_tagger(); r.entity_tagger(); gazetteer.warm();"
    "import sys; assert 'nltk' not in sys.modules, 'NLTK imported';"
    "print((time.perf_counter()-t)*1000)"
)


TARGETS = {
    "models load (fresh process)": ("<=", 500.0),
    "tag + NER tokens per second": (">=", 20_000.0),
    "summary 1,000 words": ("<=", 50.0),
    "actors 1,000 words": ("<=", 100.0),
    "actors 100,000 words": ("<=", 5_000.0),
}


def _model_load_ms() -> float:
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", _LOAD], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    return statistics.median(runs)


def _tokens_per_second() -> float:
    from briefing.nlp import resources
    from briefing.nlp.text import _entities, tag

    article = from_text(make_article(5_000))
    from briefing.nlp import analyse

    doc = analyse(article.text)
    sentences = [[t.text for t in s.tokens] for s in doc.sentences]
    resources.entity_tagger()
    t0 = time.perf_counter()
    count = 0
    for words in sentences:
        _entities(words, tag(words))
        count += len(words)
    return count / (time.perf_counter() - t0)


def run() -> list[tuple[str, float, float]]:
    rows = [("models load (fresh process)", _model_load_ms(), 0.0)]
    rows.append(("tag + NER tokens per second", _tokens_per_second(), 0.0))
    analyze(from_text(make_article(300)))  # warm
    for words in (1_000, 100_000):
        article = from_text(make_article(words), limits=LIMITS)
        runs = [analyze(article).timings_ms for _ in range(5 if words < 100_000 else 1)]
        for stage in ("nlp", "summary", "actors", "places", "quotes", "dates"):
            ms = statistics.median(r[stage] for r in runs)
            rows.append((f"{stage} {words:,} words", ms, 0.0))
        _, peak = measure(lambda a=article: analyze(a), 1)
        rows.append((f"analyze {words:,} words (peak MB)", 0.0, peak))
    return rows


if __name__ == "__main__":
    for case, ms, mb in run():
        print(f"{case:<40} {ms:>10.1f} {mb:>8.1f}")
