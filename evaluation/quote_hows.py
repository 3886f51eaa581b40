"""Named speakers by how they were found, on PolNeAR train: right, wrong or none per `how`.

PolNeAR train is never scored elsewhere for the multi-source sets, so rates measured here
are out of fold for them; abstain rules are chosen on these counts, never on held-out
articles. A gold Source that is a name is matched by surname; a pronoun Source stands for
the nearest named Source annotated before it (an approximation, counted apart as
"pronoun gold"); a Source that names nobody (a description) makes any named speaker wrong.

Run: python -m evaluation.quote_hows [train|dev] [--limit N]
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse
from training.polnear import Attribution, articles, attribution_of

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "him", "them"}


_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "one", "another", "some"}


def _named(source: str) -> bool:
    """A Source naming someone: its head (before any apposition) holds a capitalised word
    and does not open with a determiner ("Paul Maslin, a pollster" yes, "the moderator" no)."""
    head = re.split(r",|\(| who\b| of\b", source)[0].split()
    if not head or head[0].lower() in _DETERMINERS or head[-1].lower() in _PRONOUNS:
        return False
    return any(w[:1].isupper() for w in head)


def gold_source(text: str, a: Attribution, attributions: list[Attribution]) -> tuple[str, str]:
    """(kind, name): kind is "name", "pronoun" (name of the nearest named Source before),
    "description" or "none"."""
    if a.source is None:
        return "none", ""
    source = text[a.source[0] : a.source[1]]
    if _named(source):
        return "name", source
    if source.strip().lower() in _PRONOUNS:
        earlier = [
            b.source
            for b in attributions
            if b.source is not None
            and b.source[0] < a.source[0]
            and _named(text[b.source[0] : b.source[1]])
        ]
        if earlier:
            s, e = max(earlier)
            return "pronoun", text[s:e]
        return "none", ""
    return "description", source


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    limit = int(args[args.index("--limit") + 1]) if "--limit" in args else None
    split = next((a for a in args if a in ("train", "dev")), "train")
    tally: Counter[tuple[str, str, str]] = Counter()
    for n, (_, text, attributions) in enumerate(articles(split)):
        if limit is not None and n >= limit:
            break
        direct = [a for a in attributions if a.direct]
        if not direct:
            continue
        doc = analyse(text)
        for q in extract_quotes(doc, extract_actors(doc)):
            gold = attribution_of(q.start, q.end, direct)
            if gold is None:
                continue
            kind, name = gold_source(text, gold, attributions)
            how = f"{q.how or '-'}{' (partial)' if q.partial else ''}"
            if q.speaker is None:
                outcome = "none"
            elif kind in ("name", "pronoun"):
                words = set(re.findall(r"[\w’'-]+", name.replace("’s", "").replace("'s", "")))
                outcome = "right" if q.speaker.split()[-1] in words else "wrong"
            else:
                outcome = "wrong"
            tally[(how, kind, outcome)] += 1
    hows = sorted({h for h, _, _ in tally})
    print(f"PolNeAR {split}: named speakers by how they were found (gold kind: right/wrong/none)")
    for how in hows:
        parts = []
        for kind in ("name", "pronoun", "description", "none"):
            r, w, o = (tally[(how, kind, x)] for x in ("right", "wrong", "none"))
            if r + w + o:
                parts.append(f"{kind} {r}/{w}/{o}")
        right = sum(tally[(how, k, "right")] for k in ("name", "pronoun"))
        wrong = sum(tally[(how, k, "wrong")] for k in ("name", "pronoun", "description", "none"))
        share = wrong / (right + wrong) if right + wrong else 0.0
        print(f"  {how:32} wrong {share:6.1%} of named   " + "  ".join(parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
