"""Actor and location rows against hand-annotated gold lists of BBC politics articles.

Five gold files, one guideline (`evaluation/annotations/README.md`), per article the persons,
organisations and locations it names, each with its aliases:
- development, `annotations/bbc_politics.json`: the first 50 politics articles of the corpus,
  used for error analysis when improving the extractor (`--errors` lists its errors);
- second development set, `annotations/bbc_politics_dev2.json`: 40 later politics articles
  that copy no article of the other two sets, used the same way;
- third development set, `annotations/bbc_politics_dev3.json`: the next 40 politics articles
  that copy no earlier one; scored once before any of its errors were read (a second unseen
  estimate, in its header), then used like the other development sets;
- held out, `annotations/bbc_politics_heldout.json`: the 30 politics articles after the first
  50, never used to tune the extractor. Only its totals are printed: `--errors` refuses it,
  so that nobody reads its errors and its figures stay an honest estimate;
- second held-out set, `annotations/bbc_politics_heldout2.json`: the last 45 politics
  articles that copy no earlier one, held out the same way.

Each article is loaded as the app loads a .txt file (title line, blank line, paragraphs) and
analysed by `briefing.pipeline.analyze`. A predicted row (person or organisation actor, or
place) is right when its name, an alias or the text of any of its mentions equals any form
(name or alias) of a gold entity of its type; a gold entity is found when any row of its
type matches one of its forms. Forms are compared ignoring case, a leading "the", a
trailing "'s", a leading courtesy title ("Mr Balls" = "Balls") and letters after a name
("Margaret Moran MP"). Precision is over rows,
recall over gold entities, summed over the articles.

Rules for rows the guideline does not annotate:
- A "state" actor (a row of kind "state" for a country that acts, facts/actors.py) is right
  when its forms match a gold organisation or a gold location: the country is named.
- A place row whose every mention is a demonym ("British" -> United Kingdom) names no place
  in the text, and the guideline leaves demonyms out, so it is set aside: not scored, and
  counted on its own line with the locations P it would give if counted wrong.
- The app analyses the body, not the headline: a gold entity whose forms occur only in the
  title line cannot be found and is set aside (counted on its own line).

Run: python -m evaluation.bbc_facts [--set dev|dev2|dev3|heldout|heldout2] [--errors]
(no --set: every table, the development sets then held out; --errors: development sets only.)
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from evaluation.shared import CORPORA

BBC = CORPORA / "bbc_news_summary" / "dev.jsonl.gz"
GOLD = Path(__file__).resolve().parent / "annotations" / "bbc_politics.json"
HELDOUT = GOLD.with_name("bbc_politics_heldout.json")
SECOND = GOLD.with_name("bbc_politics_dev2.json")
THIRD = GOLD.with_name("bbc_politics_dev3.json")
HELDOUT2 = GOLD.with_name("bbc_politics_heldout2.json")
# Set name -> gold file and the label printed above its table ({n}: its article count).
SETS = {
    "dev": (GOLD, "development ({n}, used for error analysis)"),
    "dev2": (SECOND, "second development set ({n}, used for error analysis)"),
    "dev3": (THIRD, "third development set ({n}, used for error analysis)"),
    "heldout": (HELDOUT, "held out ({n}, never tuned on)"),
    "heldout2": (HELDOUT2, "second held-out set ({n}, never tuned on)"),
}
# Sets whose errors are never listed.
HELD_OUT = frozenset(["heldout", "heldout2"])
TYPES = ("persons", "organisations", "locations")
# Titles before a name that the guideline leaves out of gold forms (British usage).
_TITLE = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|baroness|rabbi|rt|rev)"
    r"\.?\s+)+"
)
# Letters after a name: "Margaret Moran MP", "Guy Mansfield QC".
_POST_NOMINAL = re.compile(r"\s+(?:mp|msp|mep|qc)$")


def norm(form: str) -> str:
    """ "the Tories" -> "tories", "Mr Blair's" -> "blair"."""
    text = " ".join(form.split()).lower()
    text = text.removeprefix("the ")
    text = re.sub(r"['\u2019]s?$", "", text)
    return _POST_NOMINAL.sub("", _TITLE.sub("", text)).strip()


@dataclass
class Tally:
    rows: int = 0
    right: int = 0
    gold: int = 0
    found: int = 0

    def pr(self) -> tuple[float, float]:
        """Precision over rows, recall over gold (0 where nothing was counted)."""
        return self.right / max(1, self.rows), self.found / max(1, self.gold)


def gold_articles(path: Path = GOLD) -> dict[str, dict[str, list[set[str]]]]:
    """Article id -> type -> the forms of each gold entity, from one gold file. Forms the
    annotators copied with an HTML reference ("Bryn F&#244;n") read as the app loads them."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        a["id"]: {
            t: [{decoded(f) for f in (e["name"], *e["aliases"])} for e in a[t]] for t in TYPES
        }
        for a in data["articles"]
    }


def decoded(form: str) -> str:
    """A gold form as the loader reads plain text: HTML references become characters."""
    from briefing.sources.detect import normalise

    return normalise(form, references=True)


def _in_body(forms: set[str], body: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", body, re.IGNORECASE) for f in forms)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.bbc_facts",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--set", choices=sorted(SETS), help="score one gold file only (default: all)"
    )
    parser.add_argument("--errors", action="store_true", help="list the development sets' errors")
    args = parser.parse_args(argv)
    if args.errors and args.set in HELD_OUT:
        print(
            "--errors is refused for the held-out set: its errors are never inspected, so "
            "that its figures stay honest (use --set dev --errors)",
            file=sys.stderr,
        )
        return 2
    development = [name for name in SETS if name not in HELD_OUT]
    names = [args.set] if args.set else development if args.errors else list(SETS)
    if not BBC.exists():
        print(f"the BBC News corpus is not at {BBC}", file=sys.stderr)
        return 1
    golds = {name: gold_articles(SETS[name][0]) for name in names}
    wanted = {i for gold in golds.values() for i in gold}
    with gzip.open(BBC, "rt", encoding="utf-8") as fh:
        texts = {r["id"]: r["text"] for r in map(json.loads, fh) if r["id"] in wanted}
    for k, name in enumerate(names):
        if k:
            print()
        gold = golds[name]
        print(SETS[name][1].format(n=len(gold)))
        _score(gold, texts, show_errors=args.errors and name not in HELD_OUT)
    return 0


def _score(
    gold: dict[str, dict[str, list[set[str]]]], texts: dict[str, str], show_errors: bool
) -> None:
    """Print one set's table (and, if asked, its errors)."""
    from briefing.facts import gazetteer
    from briefing.pipeline import analyze
    from briefing.sources import load_bytes

    tally = {t: Tally() for t in TYPES}
    false_pos: dict[str, dict[str, list[str]]] = {t: {} for t in TYPES}
    misses: dict[str, dict[str, list[str]]] = {t: {} for t in TYPES}
    demonym_rows = headline_only = 0
    for article_id, by_type in gold.items():
        article = load_bytes(
            texts[article_id].encode("utf-8"), article_id.replace("/", "-") + ".txt"
        )
        briefing = analyze(article)
        text = briefing.doc.text
        predicted: dict[str, list[tuple[str, set[str]]]] = {t: [] for t in TYPES}
        states: list[tuple[str, set[str]]] = []
        for a in briefing.facts.actors:
            forms = {a.name, *a.aliases, *(text[e.start : e.end] for e in a.evidence)}
            if a.type == "person":
                predicted["persons"].append((a.name, forms))
            elif a.type == "state":
                states.append((a.name, forms))
            else:
                predicted["organisations"].append((a.name, forms))
        for p in briefing.facts.locations:
            mentions = [text[e.start : e.end] for e in p.evidence]
            if mentions and all(m != p.name and gazetteer.demonym_country(m) for m in mentions):
                demonym_rows += 1
                continue
            predicted["locations"].append((p.name, {p.name, *mentions}))
        scored: dict[str, list[set[str]]] = {}
        for kind in TYPES:
            kept = [g for g in by_type[kind] if _in_body(g, text)]
            headline_only += len(by_type[kind]) - len(kept)
            scored[kind] = [{norm(f) for f in g} for g in kept]
        for kind in TYPES:
            gold_forms = set().union(*scored[kind]) if scored[kind] else set()
            rows = predicted[kind]
            if kind == "organisations":
                located = set().union(gold_forms, *scored["locations"])
                judged = [(n, f, bool({norm(x) for x in f} & gold_forms)) for n, f in rows]
                judged += [(n, f, bool({norm(x) for x in f} & located)) for n, f in states]
            else:
                judged = [(n, f, bool({norm(x) for x in f} & gold_forms)) for n, f in rows]
            t = tally[kind]
            t.rows += len(judged)
            t.right += sum(ok for _, _, ok in judged)
            for name, _, ok in judged:
                if not ok:
                    false_pos[kind].setdefault(name, []).append(article_id)
            row_forms = [{norm(x) for x in f} for _, f, _ in judged]
            for g in scored[kind]:
                t.gold += 1
                if any(g & forms for forms in row_forms):
                    t.found += 1
                else:
                    name = min(g, key=lambda f: (-len(f), f))
                    misses[kind].setdefault(name, []).append(article_id)
    print(f"BBC News politics, {len(gold)} hand-annotated articles, rows after merging")
    print(f"  {'type':<15}{'P':>7}{'R':>7}{'rows':>7}{'gold':>7}")
    for kind in TYPES:
        t = tally[kind]
        prec, rec = t.right / max(1, t.rows), t.found / max(1, t.gold)
        print(f"  {kind:<15}{prec:>7.3f}{rec:>7.3f}{t.rows:>7}{t.gold:>7}")
    loc = tally["locations"]
    strict = loc.right / max(1, loc.rows + demonym_rows)
    print(
        f"  set aside: {demonym_rows} demonym-only place rows (locations P {strict:.3f} if "
        f"counted wrong); {headline_only} gold entities named only in the headline"
    )
    if show_errors:
        for kind in TYPES:
            for title, errors in (("false positives (rows)", false_pos), ("misses", misses)):
                print(f"\n{kind}: {title}")
                ranked = sorted(errors[kind].items(), key=lambda kv: (-len(kv[1]), kv[0]))
                for name, ids in ranked[:30]:
                    where = ", ".join(i.removeprefix("politics/") for i in ids)
                    print(f"  {len(ids):>3}  {name}  ({where})")


if __name__ == "__main__":
    raise SystemExit(main())
