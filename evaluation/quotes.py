"""Quote extraction and speaker attribution on PolNeAR (../shared), development articles.

Gold direct quotes are attributions whose Content sits inside quotation marks. A predicted
quote matches a gold one when it covers at least 80% of the gold content. Speaker accuracy
counts matched quotes whose gold Source is a name: right when our canonical speaker shares
the surname (last word) with it. One annotator's file per article (the first by name).
PolNeAR's content spans run across the attribution (`"A," she said. "B"` is one content),
so consecutive quotes of one speaker in one paragraph are scored as one quotation.
Partial quotes (words woven into the writer's sentence) are left out: PolNeAR's content
spans there run over the writer's words too, so they are never direct quotes in its gold
(the multi-source sets score them: `python -m evaluation.multi_quotes`).

Run: python -m evaluation.quotes [train|dev]
"""

from __future__ import annotations

import sys
from dataclasses import replace

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse
from evaluation.shared import f1
from training.polnear import POLNEAR

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her"}


def load(split: str) -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    """(name, text, gold direct quotes as (start, end, source text)) per article."""
    from training.polnear import articles

    return [
        (
            name,
            text,
            [
                (*a.content, text[slice(*a.source)] if a.source else "")
                for a in attributions
                if a.direct
            ],
        )
        for name, text, attributions in articles(split)
    ]


def _quotations(text: str, quotes: list[Quote]) -> list[Quote]:
    """Join consecutive quotes of one speaker within a paragraph into one quotation."""
    out: list[Quote] = []
    for q in quotes:
        last = out[-1] if out else None
        if last and last.speaker == q.speaker and "\n\n" not in text[last.end : q.start]:
            out[-1] = replace(last, end=q.end, text=text[last.start : q.end])
        else:
            out.append(q)
    return out


def main() -> int:
    split = sys.argv[1] if len(sys.argv) > 1 else "dev"
    if not POLNEAR.exists():
        print(f"PolNeAR is not at {POLNEAR}", file=sys.stderr)
        return 1
    articles = load(split)
    predicted = matched_pred = gold_total = matched_gold = 0
    named = right = 0
    for _, text, gold in articles:
        doc = analyse(text)
        found = extract_quotes(doc, extract_actors(doc))
        quotes = _quotations(text, [q for q in found if not q.partial])
        predicted += len(quotes)
        gold_total += len(gold)
        hit_pred = set()
        for g_start, g_end, who in gold:
            best = None
            for k, q in enumerate(quotes):
                overlap = min(q.end, g_end) - max(q.start, g_start)
                if overlap >= 0.8 * (g_end - g_start):
                    best = k
                    break
            if best is None:
                continue
            matched_gold += 1
            hit_pred.add(best)
            words = who.split()
            if words and words[-1][:1].isupper() and words[-1].lower() not in _PRONOUNS:
                named += 1
                speaker = quotes[best].speaker
                # one name however its apostrophe is printed: "O’Neill" is "O'Neill"
                surname = (speaker or "").replace("’", "'").split()[-1:]
                right += bool(surname) and surname[0] in who.replace("’", "'")
        matched_pred += len(hit_pred)
    p = matched_pred / predicted if predicted else 0.0
    r = matched_gold / gold_total if gold_total else 0.0
    f = f1(p, r)
    print(
        f"PolNeAR {split}: {len(articles)} articles, {gold_total} gold direct quotes, "
        f"{predicted} predicted"
    )
    print(f"  quote span (>= 0.8 of gold covered)  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"  speaker accuracy on named sources    {right / max(1, named):.3f}  ({right}/{named})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
