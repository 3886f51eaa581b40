"""Actors, roles, places, state actors and dates against the multi-source gold sets, per
source.

Gold: `annotations/multi_<source>.json` for the sources of `evaluation.multisource` (CNN,
Daily Mail, PolNeAR, IEER), annotated blind under `annotations/README.md` (last section).
Each source's articles are split as the selection splits them: development (errors may be
read) and held out (every third article; its figures are printed apart and its errors are
never listed: `--errors` shows development articles only).

Names are matched as `evaluation.bbc_facts` matches them (case, a leading "the", a trailing
"'s", courtesy titles and letters after a name ignored, and here a final full stop; a row
is right when any of its forms equals any form of a gold entity of its type). What differs
from the BBC scorer:
- One row per gold entity: a second row matching only entities already matched ("Berg" beside
  "Anna Berg") is a duplicate, counted wrong, as a reader sees one thing listed twice.
- State actors (kind "state", or the older organisation rows with the role "state") are
  scored on their own line against gold locations marked `"state": true`, and are neither
  organisation rows nor place rows.
- Roles: a gold person with at least one role is found when a person row matches the person
  and one of its roles matches one of the gold roles. Two roles match when, compared without
  case, "the" or a possessive, their heads agree ("Norbank chief economist" = "chief
  economist", "Deputy Transport Minister" = "minister", "secretary of state" = "former
  secretary"; the head is the last word before "of", "in", "for", "at" or "to", else the
  last word, a plural read as its singular: a gold role may name several people, as in
  "Presidential candidates" = "candidate").
  Role P is over the roles of person rows that match a gold person.
- Dates: relaxed spans (a predicted expression overlapping a gold one) P/R, and value
  accuracy over matched pairs; the dateline's date is page furniture and is not scored.
  The article is analysed with the gold `published` date (what the text states, as a user
  would give it with --published), so values measure resolution, not date finding.
- A place row whose every mention is a demonym ("American" -> United States) names no place,
  and the guideline leaves demonyms out: set aside as the BBC scorer does, and counted.
- The guideline is split on a lower-case region word before a place: the BBC technology and
  ABC sets keep "far north Northland" as printed (beside a bare "Northland" row), the CNN, Daily
  Mail, IEER and PolNeAR sets annotate the bare name. A gold place is read without its
  lower-case lead words, and gold places that then name the same place are one entity; the
  map shows the place either way.
- A gold entity none of whose forms occurs in the analysed text or the dateline (a name only
  in a headline, byline or credit the loader sets aside) is set aside and counted.

Run: python -m evaluation.multi_facts [--source S] [--split dev|heldout] [--errors] [--gold-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from evaluation.bbc_facts import Tally, decoded
from evaluation.bbc_facts import norm as bbc_norm
from evaluation.multisource import SOURCES, Article, articles

ANNOTATIONS = Path(__file__).resolve().parent / "annotations"
TYPES = ("persons", "organisations", "locations", "states")


@dataclass
class Scores:
    """One split's counts, and (for development articles) its errors."""

    articles: int = 0
    tally: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in TYPES})
    roles: Tally = field(default_factory=Tally)
    dates: Tally = field(default_factory=Tally)
    values_right: int = 0
    set_aside: int = 0
    demonym_rows: int = 0
    errors: list[str] = field(default_factory=list)


def norm(form: str) -> str:
    """As the BBC scorer compares names, and a final full stop ignored: a sentence-final
    "U.S." is split into "U.S" and "."."""
    return bbc_norm(form).rstrip(".")


def role_words(role: str) -> list[str]:
    """ "the club's Head Coach" -> ["head", "coach"]; "Sen." -> ["sen"]."""
    text = re.sub(r"\b\w+['\u2019]s\b", " ", role.lower())
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text)
    return [w for w in words if w not in ("the", "a", "an")]


def roles_match(predicted: str, gold: str) -> bool:
    """Module docstring: the two roles' heads agree."""
    p, g = role_words(predicted), role_words(gold)
    if not p or not g:
        return False
    return _head(p) == _head(g)


def _head(words: list[str]) -> str:
    """ "secretary of state" -> "secretary", "chief economist" -> "economist"; a plural's
    singular, as a gold role may name several people ("Presidential candidates" -> "candidate")."""
    cut = next((i for i, w in enumerate(words) if w in ("of", "in", "for", "at", "to") and i), 0)
    head = (words[:cut] if cut else words)[-1]
    if head.endswith(("ches", "shes", "sses")):
        return head[:-2]  # "coaches", "bosses"
    plural = len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))
    return head[:-1] if plural else head


def score_article(briefing: Any, gold: dict[str, Any], scores: Scores, errors: bool) -> None:
    """Add one analysed article (`briefing`) against its gold entry to `scores`."""
    from briefing.facts import gazetteer

    text = briefing.doc.text
    # The app reads the dateline's places too (facts.places.with_dateline): gold places
    # named only there are in what was analysed (its outlet is not annotated).
    datelines = [c.text for c in briefing.article.clutter if c.kind == "dateline"]
    read = "\n".join([text, *datelines])
    rows: dict[str, list[tuple[str, set[str], tuple[str, ...]]]] = {t: [] for t in TYPES}
    for a in briefing.facts.actors:
        forms = {a.name, *a.aliases, *(text[e.start : e.end] for e in a.evidence)}
        if a.type == "person":
            kind = "persons"
        elif a.type == "state" or "state" in a.roles:
            kind = "states"
        else:
            kind = "organisations"
        rows[kind].append((a.name, forms, tuple(r for r in a.roles if r != "state")))
    for p in briefing.facts.locations:
        mentions = [text[e.start : e.end] for e in p.evidence]
        demonyms = all(m != p.name and gazetteer.demonym_country(m) for m in mentions)
        if mentions and demonyms and p.mentions == len(mentions):  # (not in a dateline)
            scores.demonym_rows += 1  # "American" -> United States: no place named
            continue
        rows["locations"].append((p.name, {p.name, *mentions}, ()))
    wanted = {
        "persons": gold["persons"],
        "organisations": gold["organisations"],
        "locations": gold["locations"],
        "states": [g for g in gold["locations"] if g.get("state")],
    }
    scores.articles += 1
    for kind in TYPES:
        kept: list[tuple[dict[str, Any], set[str]]] = []
        qualified: list[tuple[dict[str, Any], set[str]]] = []
        for g in wanted[kind]:
            forms = {decoded(f) for f in (g["name"], *g.get("aliases", []))}
            where = read if kind in ("locations", "states") else text
            bare = {_unqualified(f) for f in forms} if kind in ("locations", "states") else forms
            if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", where, re.I) for f in bare):
                (kept if bare == forms else qualified).append((g, {norm(f) for f in bare}))
            elif kind != "states":
                scores.set_aside += 1
        for g, normed in qualified:  # "far north Northland" beside "Northland": one place
            if not any(normed & k for _, k in kept):
                kept.append((g, normed))
        t = scores.tally[kind]
        judged = [(name, {norm(f) for f in forms}, roles) for name, forms, roles in rows[kind]]
        t.rows += len(judged)
        hits = [[k for k, (_, g) in enumerate(kept) if forms & g] for _, forms, _ in judged]
        matched = one_to_one(hits)  # one row per gold entity: a second row is a duplicate
        t.right += len(matched)
        for row, (name, _, _) in enumerate(judged):
            if row not in matched and errors:
                scores.errors.append(f"{kind}: {'duplicate' if hits[row] else 'false row'}  {name}")
        for g, forms in kept:
            t.gold += 1
            match = [r for r in judged if r[1] & forms]
            if match:
                t.found += 1
            elif errors:
                scores.errors.append(f"{kind}: missed     {g['name']}")
            if kind != "persons":
                continue
            gold_roles = g.get("roles") or []
            predicted = [r for _, _, roles in match for r in roles]
            right = [r for r in predicted if any(roles_match(r, x) for x in gold_roles)]
            scores.roles.rows += len(predicted) if gold_roles else 0
            scores.roles.right += len(right) if gold_roles else 0
            if gold_roles:
                scores.roles.gold += 1
                scores.roles.found += bool(right)
                if errors and not right:
                    got = "; ".join(predicted) or "none"
                    scores.errors.append(
                        f"roles:   {g['name']}: gold {'; '.join(gold_roles)} | found {got}"
                    )


def _unqualified(place: str) -> str:
    """ "far north Northland" -> "Northland", "south-east Valby" -> "Valby" (module docstring)."""
    return re.sub(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z])", "", place)


def one_to_one(candidates: list[list[int]]) -> set[int]:
    """The rows of a largest matching of rows to gold entities (each row's `candidates`), so
    "Clinton" beside "Hillary Clinton" takes Bill when the gold gives both the alias."""
    owner: dict[int, int] = {}

    def place(row: int, seen: set[int]) -> bool:
        for k in candidates[row]:
            if k not in seen:
                seen.add(k)
                if k not in owner or place(owner[k], seen):
                    owner[k] = row
                    return True
        return False

    for row in range(len(candidates)):
        place(row, set())
    return set(owner.values())


def score_dates(
    briefing: Any, raw: str, gold: dict[str, Any], scores: Scores, errors: bool
) -> None:
    """Date expressions: relaxed spans (overlap) in the article's text as annotated, value
    accuracy over matched pairs. The app's offsets point into the loaded text, so each
    predicted expression is found in the raw text in order, white space matching any."""
    predicted: list[tuple[int, int, str | None]] = []
    pos = 0
    for d in sorted(briefing.facts.dates, key=lambda d: -1 if d.start is None else d.start):
        if d.start is None:
            continue  # the dateline: page furniture outside the annotated sentences
        # the loaded text may join lines: any white space in the raw text matches a space
        m = re.compile(r"\s+".join(map(re.escape, d.text.split()))).search(raw, pos)
        if m is None:
            continue
        predicted.append((m.start(), m.end(), d.value))
        pos = m.end()  # the expressions do not overlap
    wanted = gold.get("dates") or []
    t = scores.dates
    t.rows += len(predicted)
    t.gold += len(wanted)
    hit: set[int] = set()
    for g in wanted:
        k = next(
            (k for k, p in enumerate(predicted) if p[0] < g["end"] and g["start"] < p[1]), None
        )
        if k is None:
            if errors:
                scores.errors.append(f"dates:   missed     {raw[g['start'] : g['end']]!r}")
            continue
        t.found += 1
        hit.add(k)
        value = predicted[k][2]
        scores.values_right += value == g["value"]
        if errors and value != g["value"]:
            scores.errors.append(
                f"dates:   value      {raw[g['start'] : g['end']]!r}: {value} (gold {g['value']})"
            )
    t.right += len(hit)
    if errors:
        for k, (a, b, _) in enumerate(predicted):
            if k not in hit:
                scores.errors.append(f"dates:   false      {raw[a:b]!r}")


def load_gold(source: str, folder: Path) -> dict[str, dict[str, Any]] | None:
    path = folder / f"multi_{source}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {a["id"]: a for a in data["articles"]}


def score_source(
    source: str, gold: dict[str, dict[str, Any]], errors: bool, split: str | None = None
) -> dict[str, Scores]:
    """The development and held-out scores of one source's annotated articles."""
    from briefing.model import Options
    from briefing.pipeline import analyze
    from briefing.sources import load_bytes

    out = {"development": Scores(), "held out": Scores()}
    for art in articles(source):
        if art.id not in gold or split == ("dev" if art.heldout else "heldout"):
            continue
        scores = out["held out" if art.heldout else "development"]
        published = gold[art.id].get("published")
        options = Options(published=date.fromisoformat(published) if published else None)
        briefing = analyze(load_bytes(art.text.encode("utf-8"), _file_name(art)), options)
        before = len(scores.errors)
        score_article(briefing, gold[art.id], scores, errors and not art.heldout)
        score_dates(briefing, art.text, gold[art.id], scores, errors and not art.heldout)
        if len(scores.errors) > before:
            scores.errors.insert(before, f"-- {art.id}")
    return out


def _file_name(art: Article) -> str:
    return re.sub(r"[^\w.-]+", "-", art.id) + ".txt"


def print_table(source: str, split: str, s: Scores) -> None:
    print(f"{source} {split}: {s.articles} articles")
    print(f"  {'':<15}{'P':>7}{'R':>7}{'rows':>7}{'gold':>7}")
    for kind in TYPES:
        t = s.tally[kind]
        p, r = t.pr()
        label = "state actors" if kind == "states" else kind
        print(f"  {label:<15}{p:>7.3f}{r:>7.3f}{t.rows:>7}{t.gold:>7}")
    p, r = s.roles.pr()
    print(f"  {'roles':<15}{p:>7.3f}{r:>7.3f}{s.roles.rows:>7}{s.roles.gold:>7}")
    print(f"  {'dates':<15}{date_line(s)}")
    loc = s.tally["locations"]
    strict = loc.right / max(1, loc.rows + s.demonym_rows)
    print(
        f"  set aside: {s.set_aside} gold entities not in the analysed text; "
        f"{s.demonym_rows} demonym-only place rows (locations P {strict:.3f} if counted wrong)"
    )


def pooled(into: Scores, s: Scores) -> None:
    """Add one set's counts to the pool of its split ("all sets"; errors are not pooled)."""
    pairs = [(into.tally[k], s.tally[k]) for k in TYPES]
    for mine, theirs in [*pairs, (into.roles, s.roles), (into.dates, s.dates)]:
        mine.rows += theirs.rows
        mine.right += theirs.right
        mine.gold += theirs.gold
        mine.found += theirs.found
    into.articles += s.articles
    into.values_right += s.values_right
    into.set_aside += s.set_aside
    into.demonym_rows += s.demonym_rows


def date_line(s: Scores) -> str:
    """The dates' figures of a set (also `evaluation.dates`' multi-source table)."""
    p, r = s.dates.pr()
    value = s.values_right / max(1, s.dates.found)
    return f"{p:>7.3f}{r:>7.3f}{s.dates.rows:>7}{s.dates.gold:>7}   value accuracy {value:.3f}"


MARKDOWN_HEAD = (
    "| set, split | persons P / R | organisations P / R | places P / R | role R "
    "| state actors P / R | dates P / R, value |\n|---|---|---|---|---|---|---|"
)


def markdown_row(source: str, split: str, s: Scores) -> str:
    """One README row: P / R per kind, role recall, dates with value accuracy."""

    def pr(t: Tally) -> str:
        p, r = t.pr()
        return f"{p:.3f} / {r:.3f}" if t.gold else ("– (none)" if not t.rows else f"{p:.3f} / –")

    cells = [pr(s.tally[k]) for k in TYPES[:3]]
    cells += [f"{s.roles.pr()[1]:.3f}", pr(s.tally["states"])]
    cells += [f"{pr(s.dates)}, {s.values_right / max(1, s.dates.found):.3f}"]
    return f"| {source} {split} ({s.articles}) | " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.multi_facts",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--source", choices=SOURCES, help="one source only (default: all)")
    parser.add_argument(
        "--split", choices=("dev", "heldout"), help="one split only (default: both, apart)"
    )
    parser.add_argument(
        "--errors", action="store_true", help="list the errors (development articles only)"
    )
    parser.add_argument("--gold-dir", type=Path, default=ANNOTATIONS, help="where the gold is")
    parser.add_argument(
        "--markdown", action="store_true", help="one table, a row per set and split (README)"
    )
    args = parser.parse_args(argv)
    if args.errors and args.split == "heldout":
        print(
            "--errors is refused for held-out articles: their errors are never read, so that "
            "their figures stay honest (use --split dev --errors)",
            file=sys.stderr,
        )
        return 2
    first = True
    pool = {"development": Scores(), "held out": Scores()}
    if args.markdown:
        print(MARKDOWN_HEAD)
    for source in [args.source] if args.source else SOURCES:
        gold = load_gold(source, args.gold_dir)
        if gold is None:
            print(f"{source}: no gold file multi_{source}.json yet", file=sys.stderr)
            continue
        for split, s in score_source(source, gold, args.errors, args.split).items():
            if not s.articles:
                continue
            pooled(pool[split], s)
            if args.markdown:
                print(markdown_row(source, split, s))
                continue
            if not first:
                print()
            first = False
            print_table(source, split, s)
            if s.errors:
                print("\n".join("    " + e for e in s.errors))
    if not args.source:  # every set's rows pooled per split (held-out rows: the honest ones)
        for split, s in pool.items():
            if s.articles:
                if args.markdown:
                    print(markdown_row("**all sets**", split, s))
                else:
                    print()
                    print_table("all sets", split, s)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
