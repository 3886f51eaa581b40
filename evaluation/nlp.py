"""Scores of the shipped language models on data they were not trained on.

- sentences: boundary precision/recall/F1 (see evaluation.sentences);
- POS: token accuracy on the held-out tenth of MASC, and on the Penn Treebank sample;
- NER: exact-span P/R/F1 per type on CoNLL-2003 eng.testa, the held-out tenth of the GMB
  extract (the rows of earlier rounds) and of the complete GMB file (which contains it),
  and the IEER sample (spot check).

Run: python -m evaluation.nlp
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Sequence

from briefing.nlp import compact
from briefing.nlp.entities import LABELS, bio_spans
from briefing.nlp.resources import NLTK_DATA as NLTK_DATA_DIR
from briefing.nlp.resources import ensure_data_path, pos_tagger
from briefing.nlp.text import _entities
from evaluation.sentences import main as sentence_scores
from evaluation.shared import corpus_reader, prf
from training import corpora


def pos_accuracy(sents: Iterable[Sequence[tuple[str, str]]]) -> float:
    tagger = pos_tagger()
    right = total = 0
    for sent in sents:
        words = [w for w, _ in sent]
        for (_, gold), (_, guess) in zip(sent, tagger.tag(words), strict=True):
            right += gold == guess
            total += 1
    return right / total


def ner_scores(
    sents: Iterable[Sequence[tuple[str, str, str]]],
) -> dict[str, tuple[float, float, float, int]]:
    """Exact-span P/R/F1 and gold count per type, plus "ALL" (CoNLL convention)."""
    tagger = pos_tagger()
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for sent in sents:
        words = [w for w, _, _ in sent]
        tags = [t for _, t in tagger.tag(words)]
        gold = set(bio_spans([label for _, _, label in sent]))
        guess = set(_entities(words, tags))
        for span in guess & gold:
            tp[span[2]] += 1
        for span in guess - gold:
            fp[span[2]] += 1
        for span in gold - guess:
            fn[span[2]] += 1
    out = {}
    for kind in [*LABELS.values(), "ALL"]:
        if kind == "ALL":
            counts = (sum(tp.values()), sum(fp.values()), sum(fn.values()))
        else:
            counts = (tp[kind], fp[kind], fn[kind])
        out[kind] = (*prf(*counts), counts[0] + counts[2])
    return out


def _ieer_sentences() -> list[list[tuple[str, str, str]]]:
    """IEER documents as one token sequence each, with BIO labels for PER/ORG/LOC."""
    from nltk import Tree

    kinds = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}
    out = []
    for doc in corpus_reader("ieer").parsed_docs():
        seq: list[tuple[str, str, str]] = []
        for node in doc.text:
            if isinstance(node, Tree):
                kind = kinds.get(node.label())
                for i, word in enumerate(node.leaves()):
                    seq.append((word, "", f"{'B' if i == 0 else 'I'}-{kind}" if kind else "O"))
            else:
                seq.append((node, "", "O"))
        out.append(seq)
    return out


def _table(title: str, rows: dict[str, tuple[float, float, float, int]]) -> None:
    print(f"\n{title}")
    print(f"  {'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    for kind, (p, r, f, n) in rows.items():
        print(f"  {kind:<14}{p:>7.3f}{r:>7.3f}{f:>7.3f}{n:>7}")


def main() -> int:
    if not corpora.SHARED.exists():
        print(f"the shared corpora are not at {corpora.SHARED}", file=sys.stderr)
        return 1
    ensure_data_path()
    sentence_scores()

    _, masc_test = corpora.masc_split()
    tb = corpus_reader("treebank")
    tb_sents = [[(w, t) for w, t in s if t != "-NONE-"] for s in tb.tagged_sents()]
    print("\nPOS token accuracy (trained on 90% of MASC)")
    print(f"  MASC held-out tenth           {pos_accuracy(masc_test):.4f}")
    print(f"  Penn Treebank sample (WSJ)    {pos_accuracy(tb_sents):.4f}")

    _table(
        "NER on CoNLL-2003 eng.testa (exact span)", ner_scores(corpora.conll2003("eng.testa.gz"))
    )
    gmb = [s for i, s in enumerate(corpora.gmb_sentences()) if corpora.held_out(i)]
    _table("NER on the GMB extract's held-out tenth (exact span)", ner_scores(gmb))
    _table("NER on GMB full file's held-out tenth (exact span)", ner_scores(corpora.gmb_split()[1]))
    _table("NER on IEER sample (spot check, exact span)", ner_scores(_ieer_sentences()))
    sizes = sum(p.stat().st_size for p in NLTK_DATA_DIR.rglob("*") if p.is_file())
    fast = sum(p.stat().st_size for p in compact.path("").iterdir() if p.is_file())
    print(f"\nAll model files: {(sizes + fast) / 1e6:.1f} MB", end=" ")
    print(f"({sizes / 1e6:.1f} MB in NLTK's formats, {fast / 1e6:.1f} MB compact)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
