"""Quotes and speakers on the multi-source sets (CNN, Daily Mail, PolNeAR, IEER), per source.

Gold: ``evaluation/annotations/multi_<source>.json`` (guideline in that folder's README), one
quote per paragraph, partial quotes included. Our quotes are cut at paragraph breaks the
same way (a quote continued over paragraphs is one quote per paragraph) before matching.

Matching, one to one in text order: a predicted quote matches a gold quote when their
overlap covers at least 0.8 of the gold span and at least 0.5 of the predicted span (so a
runaway span over several quotes matches none).

Speaker accuracy, on matched quotes: a gold speaker is matched by a predicted speaker naming
the same person or body (equal, or one's words contained in the other's, or an equal last
word, or one of the gold aliases); a gold description (no name) is matched by no named
speaker and a description given; no gold source is matched by no named speaker.
Wrong: matched quotes whose predicted speaker is a name that is not the gold speaker (a
gold description or nothing included); None is never wrong.

Held-out articles (`heldout` True) are scored apart and their errors are never printed.

Run: python -m evaluation.multi_quotes [--errors | --markdown] [source ...]
     (--markdown: the README's table, one row per set and split, then the totals)
     python -m evaluation.multi_quotes ARTICLE_ID ...   (errors of development articles only)
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse
from evaluation.multisource import SOURCES, Article, articles
from evaluation.shared import prf

ANNOTATIONS = Path(__file__).resolve().parent / "annotations"
_COURTESY = {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."}


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    right: int = 0
    wrong: int = 0
    partial_gold: int = 0
    partial_found: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("gold", "predicted", "matched", "right", "wrong"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.partial_gold += other.partial_gold
        self.partial_found += other.partial_found
        self.errors += other.errors

    def markdown(self, source: str, split: str) -> str:
        p, r, f = prf(self.matched, self.predicted - self.matched, self.gold - self.matched)
        acc = self.right / self.matched if self.matched else 0.0
        wrong = self.wrong / self.matched if self.matched else 0.0
        return (
            f"| {source} | {split} | {self.gold} | {p:.3f} | {r:.3f} | {f:.3f} | "
            f"{acc:.3f} ({self.right}/{self.matched}) | {wrong:.1%} ({self.wrong}) | "
            f"{self.partial_found}/{self.partial_gold} |"
        )

    def row(self, label: str) -> str:
        p, r, f = prf(self.matched, self.predicted - self.matched, self.gold - self.matched)
        acc = self.right / self.matched if self.matched else 0.0
        wrong = self.wrong / self.matched if self.matched else 0.0
        part = f"{self.partial_found}/{self.partial_gold}"
        return (
            f"  {label:9} gold {self.gold:4}  pred {self.predicted:4}  P {p:.3f}  R {r:.3f}  "
            f"F1 {f:.3f}  speaker {acc:.3f} ({self.right}/{self.matched})  "
            f"wrong {wrong:.1%} ({self.wrong})  partials found {part}"
        )


def gold_file(source: str) -> Path:
    return ANNOTATIONS / f"multi_{source}.json"


def load_gold(source: str) -> dict[str, dict[str, Any]]:
    """Annotated articles of one source by id ({} when the file is not there yet)."""
    path = gold_file(source)
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {a["id"]: a for a in data["articles"]}


# A paragraph break as a reader sees it: a blank line, or a line opening on a tab (the indent
# of wire copy's paragraphs, IEER's `\n\t   ``…`, with no blank line between).
_PARAGRAPH_CUT = re.compile(r"\n\n|\n(?=\t)")


def paragraph_pieces(text: str, quotes: tuple[Quote, ...]) -> list[Quote]:
    """Our quotes cut at paragraph breaks (blank lines, or an indented line opening a
    paragraph), as the guideline counts a continued quote."""
    out: list[Quote] = []
    for q in quotes:
        start = q.start
        while True:
            m = _PARAGRAPH_CUT.search(text, start, q.end)
            cut = m.start() if m else -1
            end = q.end if cut < 0 else cut
            s, e = start, end
            while s < e and text[s] in " \t\n\"“”'‘’«»`":
                s += 1
            while e > s and text[e - 1] in " \n\"“”'‘’«»,":
                e -= 1
            if e > s:
                out.append(Quote(text[s:e], q.speaker, q.sentence, s, e, q.cue, **_extra(q)))
            if m is None:
                break
            start = m.end()
    return out


def _extra(q: Quote) -> dict[str, Any]:
    names = ("partial", "description", "how")
    return {n: getattr(q, n) for n in names if hasattr(q, n)}


def _names(gold: dict[str, Any]) -> dict[str, set[str]]:
    """Gold speaker name -> every form it goes by (name and aliases)."""
    out: dict[str, set[str]] = {}
    for kind in ("persons", "organisations"):
        for entry in gold.get(kind, []):
            forms = {entry["name"], *entry.get("aliases", [])}
            out[entry["name"]] = {f for f in forms if f}
    return out


def _words(name: str) -> list[str]:
    return [
        w.strip(".,’'").lower()
        for w in name.replace("’s", "").replace("'s", "").split()
        if w.lower() not in _COURTESY
    ]


def same_source(predicted: str, gold: str, forms: set[str]) -> bool:
    """Whether `predicted` names the gold speaker (see the module docstring)."""
    p = _words(predicted)
    if not p:
        return False
    for form in forms | {gold}:
        g = _words(form)
        if not g:
            continue
        if p == g or p[-1] == g[-1] or set(p) <= set(g) or set(g) <= set(p):
            return True
    return False


def score_article(article: Article, gold: dict[str, Any]) -> Tally:
    text = article.text
    doc = analyse(text)
    predicted = paragraph_pieces(text, extract_quotes(doc, extract_actors(doc)))
    names = _names(gold)
    tally = Tally(gold=len(gold["quotes"]), predicted=len(predicted))
    used: set[int] = set()
    for g in sorted(gold["quotes"], key=lambda q: q["start"]):
        g_start, g_end = g["start"], g["end"]
        # A trailing comma or stop inside the marks is the guideline's convention, not words:
        # ours without it (`No` for `No,`) is the same quote.
        g_end = g_start + len(text[g_start:g_end].rstrip(",.;: "))
        tally.partial_gold += bool(g.get("partial"))
        hit = None
        for k, q in enumerate(predicted):
            if k in used:
                continue
            overlap = min(q.end, g_end) - max(q.start, g_start)
            if overlap >= 0.8 * (g_end - g_start) and overlap >= 0.5 * (q.end - q.start):
                hit = k
                break
        snippet = " ".join(text[g_start:g_end].split())[:70]
        if hit is None:
            tally.errors.append(f"    missed  [{g_start}] {snippet!r}  ({_gold_source(g)})")
            continue
        used.add(hit)
        q = predicted[hit]
        tally.matched += 1
        tally.partial_found += bool(g.get("partial"))
        if g["speaker"]:
            ok = q.speaker is not None and same_source(
                q.speaker, g["speaker"], names.get(g["speaker"], set())
            )
        elif g.get("description"):
            ok = q.speaker is None and getattr(q, "description", None) is not None
        else:
            ok = q.speaker is None
        wrong = q.speaker is not None and not ok
        tally.right += ok
        tally.wrong += wrong
        if not ok:
            said = q.speaker or f"description {getattr(q, 'description', None)!r}"
            how = getattr(q, "how", None)
            tally.errors.append(
                f"    {'WRONG' if wrong else 'speaker'} [{g_start}] {snippet!r}: "
                f"{said} ({how}) for {_gold_source(g)}"
            )
    for k, q in enumerate(predicted):
        if k not in used:
            snippet = " ".join(q.text.split())[:70]
            tally.errors.append(f"    extra   [{q.start}] {snippet!r}  ({q.speaker})")
    return tally


def _gold_source(g: dict[str, Any]) -> str:
    if g["speaker"]:
        return str(g["speaker"])
    return f"description {g['description']!r}" if g.get("description") else "nobody"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    show_errors = "--errors" in args
    markdown = "--markdown" in args
    table: list[str] = []
    totals = {"development": Tally(), "held out": Tally()}
    names = [a for a in args if not a.startswith("--")]
    wanted = [a for a in names if a in SOURCES]
    ids = [a for a in names if a not in SOURCES]
    if ids:
        return _article_errors(ids)
    for source in wanted or SOURCES:
        gold = load_gold(source)
        if not gold:
            print(f"{source}: no annotations yet ({gold_file(source).name})")
            continue
        dev, held = Tally(), Tally()
        arts = [a for a in articles(source) if a.id in gold]
        for article in arts:
            t = score_article(article, gold[article.id])
            if article.heldout:
                t.errors = []  # held-out errors are never read
                held.add(t)
            else:
                if show_errors and t.errors:
                    dev.errors.append(f"  {article.id}")
                    dev.errors += t.errors
                    t.errors = []
                dev.add(t)
        n_dev = sum(not a.heldout for a in arts)
        if markdown:
            for split, tally, n in (("dev", dev, n_dev), ("held out", held, len(arts) - n_dev)):
                if n:
                    table.append(tally.markdown(_set_name(source), f"{split} ({n})"))
            totals["development"].add(dev)
            totals["held out"].add(held)
            continue
        print(
            f"{source}: {len(arts)} annotated articles ({n_dev} dev, {len(arts) - n_dev} held out)"
        )
        if n_dev:
            print(dev.row("dev"))
        if len(arts) > n_dev:
            print(held.row("held-out"))
        if show_errors:
            print("\n".join(dev.errors))
    if markdown:
        print(
            "| source | set, split | gold quotes | P | R | F1 | speaker accuracy | wrong speaker "
            "| partials found |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
        print("\n".join(table))
        for split, tally in totals.items():
            print(tally.markdown("**all sets**", split))
    return 0


_OUTLETS = {"cnn": "CNN", "dm": "Daily Mail", "polnear": "PolNeAR", "ieer": "IEER (AP, NYT)"}
_OUTLETS |= {"bbcb": "BBC business", "bbcs": "BBC sport", "bbct": "BBC technology"}
_OUTLETS |= {"bbce": "BBC entertainment", "tb": "TimeBank (WSJ, wire)"}
_OUTLETS |= {"abcs": "ABC science", "abcr": "ABC rural", "wsj": "Wall Street Journal (1989)"}
_ORDINALS = {"": "first", "2": "second", "3": "third", "4": "fourth", "5": "fifth", "6": "sixth"}
_ORDINALS |= {"7": "seventh", "8": "eighth", "9": "ninth"}


def _set_name(source: str) -> str:
    """'dm3' -> 'Daily Mail, third set'."""
    base = source.rstrip("23456789")
    return f"{_OUTLETS.get(base, base)}, {_ORDINALS[source[len(base) :]]} set"


def _article_errors(ids: list[str]) -> int:
    """Errors of named development articles; a held-out article is refused."""
    by_id = {a.id: a for source in SOURCES for a in articles(source)}
    for article_id in ids:
        article = by_id.get(article_id)
        if article is None:
            print(f"no article {article_id!r} in the multi-source sets", file=sys.stderr)
            return 2
        if article.heldout:
            print(f"{article_id} is held out: its errors are never read", file=sys.stderr)
            return 2
    for article_id in ids:
        article = by_id[article_id]
        gold = load_gold(article.source).get(article_id)
        if gold is None:
            print(f"{article_id}: not annotated yet")
            continue
        tally = score_article(article, gold)
        print(tally.row(article_id[:9]))
        print("\n".join(tally.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
