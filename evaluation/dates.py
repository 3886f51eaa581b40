"""Date extraction and normalisation on TimeBank 1.2 (../shared), each document's creation
date (<DCT>) taken as the published date; then on the multi-source news sets, per source.

Gold: TIMEX3 of type DATE inside <TEXT>. A prediction matches a gold expression when their
character spans overlap (relaxed span); value accuracy is over matched pairs.

Run: python -m evaluation.dates [--errors]

`--errors` lists each TimeBank document's missed, false and wrongly valued expressions, but
never a document that a held-out multi-source set (`tb`) took: those stay unread.
"""

from __future__ import annotations

import re
import sys
import tarfile
from datetime import date

from briefing.facts.dates import extract_dates
from briefing.model import DateMention
from briefing.nlp import analyse
from evaluation.shared import CORPORA, f1

TIMEBANK = CORPORA / "timeml" / "timebank.tar.gz"
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse(tml: str) -> tuple[date | None, str, list[tuple[int, int, str]]]:
    """(creation date, plain text of <TEXT>, gold DATE spans with values)."""
    dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", tml, re.S)
    published = date.fromisoformat(dct.group(1)) if dct else None
    body = tml[tml.index("<TEXT>") + 6 : tml.index("</TEXT>")]
    gold: list[tuple[int, int, str]] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    out_text = ""
    last = 0
    for m in _TAG.finditer(body):
        out_text += _unescape(body[last : m.start()])
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name == "TIMEX3" and not closing:
            open_timex = (len(out_text), dict(_ATTR.findall(attrs)))
        elif name == "TIMEX3" and closing and open_timex:
            start, a = open_timex
            if a.get("type") == "DATE" and a.get("functionInDocument") != "CREATION_TIME":
                gold.append((start, len(out_text), a.get("value", "")))
            open_timex = None
        last = m.end()
    out_text += _unescape(body[last:])
    return published, out_text, gold


def _unescape(s: str) -> str:
    return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def held_out_documents() -> frozenset[str]:
    """The TimeBank documents (file names without ".tml") of held-out multi-source articles:
    their errors are never read, here as in `evaluation.multi_facts`."""
    from evaluation.multisource import SOURCES, articles

    tb = (s for s in SOURCES if s.rstrip("0123456789") == "tb")
    return frozenset(a.id for s in tb for a in articles(s) if a.heldout)


def document_errors(
    text: str, gold: list[tuple[int, int, str]], found: tuple[DateMention, ...]
) -> list[str]:
    """One document's error lines: gold expressions missed or given another value, and
    predictions overlapping no gold expression."""
    lines, hit = [], set()
    for g_start, g_end, value in gold:
        k = next(
            (k for k, d in enumerate(found) if (d.start or 0) < g_end and g_start < (d.end or 0)),
            None,
        )
        if k is None:
            lines.append(f"missed     {text[g_start:g_end]!r} ({value})")
            continue
        hit.add(k)
        if found[k].value != value:
            lines.append(f"value      {text[g_start:g_end]!r}: {found[k].value} (gold {value})")
    lines += [f"false      {d.text!r} ({d.value})" for k, d in enumerate(found) if k not in hit]
    return lines


def main(argv: list[str] | None = None) -> int:
    errors = "--errors" in (sys.argv[1:] if argv is None else argv)
    if not TIMEBANK.exists():
        print(f"TimeBank is not at {TIMEBANK}", file=sys.stderr)
        return 1
    unread = held_out_documents() if errors else frozenset()
    listed: list[str] = []
    tp_pred = predicted = tp_gold = total = values_right = 0
    with tarfile.open(TIMEBANK) as tar:
        members = sorted(
            (m for m in tar.getmembers() if m.name.endswith(".tml")), key=lambda m: m.name
        )
        for member in members:
            tml = tar.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
            published, text, gold = parse(tml)
            found = extract_dates(analyse(text), published)
            predicted += len(found)
            total += len(gold)
            hit = set()
            for g_start, g_end, value in gold:
                for k, d in enumerate(found):
                    if (d.start or 0) < g_end and g_start < (d.end or 0):
                        tp_gold += 1
                        hit.add(k)
                        values_right += d.value == value
                        break
            tp_pred += len(hit)
            name = member.name.rsplit("/", 1)[-1].removesuffix(".tml")
            if errors and name not in unread and (lines := document_errors(text, gold, found)):
                listed += [f"-- {name} (published {published})", *("    " + e for e in lines)]
    p, r = tp_pred / max(1, predicted), tp_gold / max(1, total)
    f = f1(p, r)
    print(
        f"TimeBank: {len(members)} documents, {total} gold DATE expressions, {predicted} predicted"
    )
    print(f"  relaxed span  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"  value accuracy on matched  {values_right / max(1, tp_gold):.3f}")
    if errors:
        print(f"\nErrors ({len(unread)} held-out documents left out):")
        print("\n".join(listed))
    multi_source()
    return 0


def multi_source() -> None:
    """The same measures on the hand-annotated news sets, per source and split (the articles
    analysed with the gold publication date), in `evaluation.multi_facts`' dates line."""
    from evaluation.multi_facts import ANNOTATIONS, date_line, load_gold, score_source
    from evaluation.multisource import SOURCES

    print("\nMulti-source news sets (evaluation/annotations/multi_*.json)")
    print(f"  {'set':<10}{'split':<13}{'P':>7}{'R':>7}{'rows':>7}{'gold':>7}")
    for source in SOURCES:
        gold = load_gold(source, ANNOTATIONS)
        if gold is None:
            continue
        for split, s in score_source(source, gold, errors=False).items():
            if s.articles:
                print(f"  {source:<10}{split:<13}{date_line(s)}")


if __name__ == "__main__":
    raise SystemExit(main())
