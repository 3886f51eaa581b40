"""Actor and location rows, after merging, against CoNLL-2003 eng.testa gold entities.

Per document, gold is the set of unique surface names of each type (PER, ORG, LOC). A
predicted row (person or organisation actor, or place) matches a gold name when the row's
name, an alias or the text of any of its mentions equals it. Precision is over rows,
recall over gold names, summed across the 216 documents.

Run: python -m evaluation.actors_places
"""

from __future__ import annotations

import sys
from collections import Counter

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.model import Doc, Evidence
from briefing.nlp import analyse, corpora
from briefing.nlp.entities import bio_spans
from evaluation.shared import detokenize

TYPES = {"PERSON": "persons", "ORGANIZATION": "organisations", "LOCATION": "locations"}


def _forms(
    doc: Doc, name: str, aliases: tuple[str, ...], evidence: tuple[Evidence, ...]
) -> set[str]:
    return {name, *aliases, *(doc.text[e.start : e.end] for e in evidence)}


def main() -> int:
    if not corpora.CONLL.exists():
        print(f"CoNLL-2003 is not at {corpora.CONLL}", file=sys.stderr)
        return 1
    rows: Counter[str] = Counter()
    rows_right: Counter[str] = Counter()
    gold_total: Counter[str] = Counter()
    gold_found: Counter[str] = Counter()
    documents = corpora.conll2003_documents("eng.testa.gz")
    for sentences in documents:
        gold: dict[str, set[str]] = {t: set() for t in TYPES}
        for sent in sentences:
            words = [w for w, _, _ in sent]
            for s, e, label in bio_spans([lab for _, _, lab in sent]):
                gold[label].add(" ".join(words[s:e]))
        text = "\n\n".join(detokenize([w for w, _, _ in sent]) for sent in sentences)
        doc = analyse(text)
        predicted: dict[str, list[set[str]]] = {t: [] for t in TYPES}
        for a in extract_actors(doc):
            kind = "PERSON" if a.type == "person" else "ORGANIZATION"
            predicted[kind].append(_forms(doc, a.name, a.aliases, a.evidence))
        for p in extract_places(doc):
            predicted["LOCATION"].append(_forms(doc, p.name, (), p.evidence))
        # Gold names are tokenised: compare without spaces before punctuation.
        norm = {
            t: {g.replace(" '", "'").replace(" .", ".") for g in names} for t, names in gold.items()
        }
        for kind in TYPES:
            rows[kind] += len(predicted[kind])
            rows_right[kind] += sum(bool(forms & norm[kind]) for forms in predicted[kind])
            gold_total[kind] += len(norm[kind])
            gold_found[kind] += sum(
                any(g in forms for forms in predicted[kind]) for g in norm[kind]
            )
    print(f"CoNLL-2003 eng.testa: {len(documents)} documents, rows after merging")
    print(f"  {'type':<15}{'P':>7}{'R':>7}{'rows':>7}{'gold':>7}")
    for kind, label in TYPES.items():
        p = rows_right[kind] / max(1, rows[kind])
        r = gold_found[kind] / max(1, gold_total[kind])
        print(f"  {label:<15}{p:>7.3f}{r:>7.3f}{rows[kind]:>7}{gold_total[kind]:>7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
