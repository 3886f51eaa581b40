"""Named speakers by how they were found, on PolNeAR train: right, wrong or none per `how`.

PolNeAR train is never scored elsewhere for the multi-source sets, so rates measured here
are out of fold for them; abstain rules are chosen on these counts, never on held-out
articles. Two comparisons are printed, one table each, for the same quotes:

- the first (kept as it was, so its totals stay comparable with earlier rounds): a gold Source
  that is a name is matched by the speaker's last word; a pronoun Source stands for the nearest
  named Source annotated before it (an approximation, counted apart as "pronoun gold"); a
  Source that names nobody (a description) makes any named speaker wrong;
- the second, "by person" (`evaluation.speaker_match`), where a wrong row means a different
  person: names read without titles, suffixes and asides, an apposition's name ("her adviser,
  Jo Park,"), a pronoun resolved by sex and an "unsure" count where PolNeAR's annotation
  cannot tell whom a pronoun or a definite description ("the senator") means. Most of the
  first table's "wrong" rows were such artefacts ("Jo Park Jr." against "Mr. Park").

Run: python -m evaluation.quote_hows [train|dev] [--limit N] [--errors | --unsure | --none]
(--errors / --unsure / --none print the by-person wrong / unsure / unattributed rows with their
text, train only:
PolNeAR dev holds held-out articles.)
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse
from evaluation.speaker_match import gold_person, judge
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


def old_outcome(speaker: str | None, kind: str, name: str) -> str:
    """The first comparison: the speaker's last word among the gold Source's words."""
    if speaker is None:
        return "none"
    if kind in ("name", "pronoun"):
        words = set(re.findall(r"[\w’'-]+", name.replace("’s", "").replace("'s", "")))
        return "right" if speaker.split()[-1] in words else "wrong"
    return "wrong"


def context(text: str, start: int, end: int) -> str:
    """The quote with the stretch before it, on one line, for reading an error."""
    return text[max(0, start - 300) : end + 80].replace("\n", " / ")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    limit = int(args[args.index("--limit") + 1]) if "--limit" in args else None
    split = next((a for a in args if a in ("train", "dev")), "train")
    flags = {"--errors": "wrong", "--unsure": "unsure", "--none": "none"}
    show = next((o for f, o in flags.items() if f in args), None)
    if show and split != "train":
        print(
            "errors are printed for PolNeAR train only (dev holds held-out articles)",
            file=sys.stderr,
        )
        return 2
    tally: Counter[tuple[str, str, str]] = Counter()
    by_person: Counter[tuple[str, str, str]] = Counter()
    for n, (article, text, attributions) in enumerate(articles(split)):
        if limit is not None and n >= limit:
            break
        direct = [a for a in attributions if a.direct]
        if not direct:
            continue
        sources = [a.source for a in attributions if a.source is not None]
        doc = analyse(text)
        for q in extract_quotes(doc, extract_actors(doc)):
            gold = attribution_of(q.start, q.end, direct)
            if gold is None:
                continue
            kind, name = gold_source(text, gold, attributions)
            how = f"{q.how or '-'}{' (partial)' if q.partial else ''}"
            tally[(how, kind, old_outcome(q.speaker, kind, name))] += 1
            person = gold_person(text, gold.source, sources)
            outcome = judge(q.speaker, person, text, gold.source[0] if gold.source else -1)
            by_person[(how, person.kind, outcome)] += 1
            if outcome == show:
                print(f"{outcome}: {article} how={how} speaker={q.speaker!r} gold {person.kind}")
                print(f"  source {person.source!r} name {person.name!r}")
                print(f"  {context(text, q.start, q.end)}\n")
    print_old(split, tally)
    print_by_person(split, by_person)
    return 0


def print_old(split: str, tally: Counter[tuple[str, str, str]]) -> None:
    hows = sorted({h for h, _, _ in tally})
    print(f"PolNeAR {split}: named speakers by how they were found (gold kind: right/wrong/none)")
    for how in hows:
        _old_row(how, tally, [how])
    _old_row("all", tally, hows)  # the totals by gold kind the README cites


def _old_row(label: str, tally: Counter[tuple[str, str, str]], hows: list[str]) -> None:
    parts = []
    for kind in ("name", "pronoun", "description", "none"):
        r, w, o = (sum(tally[(h, kind, x)] for h in hows) for x in ("right", "wrong", "none"))
        if r + w + o:
            parts.append(f"{kind} {r}/{w}/{o}")
    right = sum(tally[(h, k, "right")] for h in hows for k in ("name", "pronoun"))
    wrong = sum(
        tally[(h, k, "wrong")] for h in hows for k in ("name", "pronoun", "description", "none")
    )
    share = wrong / (right + wrong) if right + wrong else 0.0
    print(f"  {label:32} wrong {share:6.1%} of named   " + "  ".join(parts))


_OUTCOMES = ("right", "wrong", "unsure", "none")
_KINDS = ("name", "pronoun", "description", "unreadable", "none")


def _counts(tally: Counter[tuple[str, str, str]], keep: int, value: str) -> str:
    n = {o: sum(c for k, c in tally.items() if k[keep] == value and k[2] == o) for o in _OUTCOMES}
    named = n["right"] + n["wrong"]
    share = n["wrong"] / named if named else 0.0
    return (
        f"right {n['right']:5}  wrong {n['wrong']:4} ({share:5.1%})  unsure {n['unsure']:4}  "
        f"none {n['none']:4}"
    )


def print_by_person(split: str, tally: Counter[tuple[str, str, str]]) -> None:
    """The second comparison's table: per how, per gold kind, and in all."""
    print(f"PolNeAR {split} by person (a wrong row is a different person; unsure: the")
    print("annotation cannot tell whom a pronoun or description means):")
    for how in sorted({h for h, _, _ in tally}):
        print(f"  {how:32} {_counts(tally, 0, how)}")
    for kind in _KINDS:
        if any(k[1] == kind for k in tally):
            print(f"  gold {kind:27} {_counts(tally, 1, kind)}")
    everything: Counter[tuple[str, str, str]] = Counter()
    for (_, kind, outcome), n in tally.items():
        everything[("all", kind, outcome)] += n
    print(f"  {'all':32} {_counts(everything, 0, 'all')}")


if __name__ == "__main__":
    raise SystemExit(main())
