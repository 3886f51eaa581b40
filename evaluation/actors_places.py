"""Actor and location rows, after merging, against CoNLL-2003 eng.testa gold entities.

Per document, gold is the set of unique surface names of each type (PER, ORG, LOC). A
predicted row (person or organisation actor, or place) matches a gold name when the row's
name, an alias or the text of any of its mentions equals it. Precision is over rows,
recall over gold names, summed across the 216 documents.

Two kinds of row cannot be in CoNLL gold whatever their quality, because CoNLL tags only
names written in the text, as what they are in that sentence. They are printed apart, and
the second line of figures ("named in the text") leaves them out of both P and R:
- a place row whose every mention is a demonym ("Syrian" -> Syria) or the place before a
  hyphen of one word ("Boston" of "Boston-based", "Amman" of "Amman-bound"): CoNLL tags the
  whole word MISC ("Syrian", "Boston-based"), never the place alone;
- a "state" actor whose every mention is a country or capital the tagger read as a
  location ("Turkey has bolstered" -> Turkey, kind "state", a documented rule of the
  fact sheet): CoNLL tags that mention LOC, and it is scored as a location row too.
The first line ("all rows") counts every row.

Run: python -m evaluation.actors_places
"""

from __future__ import annotations

import sys
from collections import Counter

from briefing.facts import gazetteer
from briefing.facts.actors import extract_actors
from briefing.facts.kinds import classify
from briefing.facts.places import extract_places
from briefing.model import Doc, Evidence
from briefing.nlp import analyse
from briefing.nlp.entities import bio_spans
from evaluation.shared import detokenize
from training import corpora

TYPES = {"PERSON": "persons", "ORGANIZATION": "organisations", "LOCATION": "locations"}


def _forms(
    doc: Doc, name: str, aliases: tuple[str, ...], evidence: tuple[Evidence, ...]
) -> set[str]:
    return {name, *aliases, *(doc.text[e.start : e.end] for e in evidence)}


def _misc_only(doc: Doc, evidence: tuple[Evidence, ...]) -> bool:
    """Every mention a demonym or the place of a hyphened word, which CoNLL tags MISC."""
    return all(
        gazetteer.demonym_country(doc.text[e.start : e.end]) or doc.text[e.end : e.end + 1] == "-"
        for e in evidence
    )


def _state_only(doc: Doc, kind: str, evidence: tuple[Evidence, ...]) -> bool:
    def place(text: str) -> bool:
        return bool(gazetteer.country_name(text) or gazetteer.capital_country(text))

    return kind == "state" and all(place(doc.text[e.start : e.end]) for e in evidence)


def main() -> int:
    if not corpora.CONLL.exists():
        print(f"CoNLL-2003 is not at {corpora.CONLL}", file=sys.stderr)
        return 1
    # [all rows, rows named in the text]
    rows = [Counter[str](), Counter[str]()]
    rows_right = [Counter[str](), Counter[str]()]
    gold_found = [Counter[str](), Counter[str]()]
    gold_total: Counter[str] = Counter()
    unnamed: Counter[str] = Counter()
    documents = corpora.conll2003_documents("eng.testa.gz")
    for sentences in documents:
        gold: dict[str, set[str]] = {t: set() for t in TYPES}
        for sent in sentences:
            words = [w for w, _, _ in sent]
            for s, e, label in bio_spans([lab for _, _, lab in sent]):
                gold[label].add(" ".join(words[s:e]))
        text = "\n\n".join(detokenize([w for w, _, _ in sent]) for sent in sentences)
        doc = analyse(text)
        # (forms, named in the text) per row
        predicted: dict[str, list[tuple[set[str], bool]]] = {t: [] for t in TYPES}
        kinds = classify(doc)
        for a in extract_actors(doc, kinds):
            kind = "PERSON" if a.type == "person" else "ORGANIZATION"
            named = not _state_only(doc, a.type, a.evidence)
            predicted[kind].append((_forms(doc, a.name, a.aliases, a.evidence), named))
        for p in extract_places(doc, kinds):
            named = not _misc_only(doc, p.evidence)
            predicted["LOCATION"].append((_forms(doc, p.name, (), p.evidence), named))
        # Gold names are tokenised: compare without spaces before punctuation.
        norm = {
            t: {g.replace(" '", "'").replace(" .", ".") for g in names} for t, names in gold.items()
        }
        for kind in TYPES:
            gold_total[kind] += len(norm[kind])
            unnamed[kind] += sum(not named for _, named in predicted[kind])
            for view in (0, 1):
                found = [forms for forms, named in predicted[kind] if named or view == 0]
                rows[view][kind] += len(found)
                rows_right[view][kind] += sum(bool(forms & norm[kind]) for forms in found)
                gold_found[view][kind] += sum(any(g in f for f in found) for g in norm[kind])
    print(f"CoNLL-2003 eng.testa: {len(documents)} documents, rows after merging")
    print(f"  {'type':<15}{'rows':<9}{'P':>7}{'R':>7}{'rows':>7}{'gold':>7}")
    for kind, label in TYPES.items():
        for view, name in enumerate(("all", "named")):
            n = rows[view][kind]
            p = rows_right[view][kind] / max(1, n)
            r = gold_found[view][kind] / max(1, gold_total[kind])
            print(f"  {label:<15}{name:<9}{p:>7.3f}{r:>7.3f}{n:>7}{gold_total[kind]:>7}")
    print(
        "  not named in the text (left out of 'named'): "
        f"{unnamed['LOCATION']} places from demonyms or hyphened words only, "
        f"{unnamed['ORGANIZATION']} state actors from location mentions only"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
