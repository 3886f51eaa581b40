"""How far two hand annotations of the same articles agree: a check on the gold itself.

The held-out BBC politics set was annotated twice, independently, under one guideline
(`annotations/bbc_politics_heldout.json` and `annotations/bbc_politics_heldout_second.json`).
Per type, an entity of one file matches an entity of the other when they share a form
(compared as the scorer compares them); agreement is the F1 of the two files against each
other. Entities matched but with different forms are counted too, as the scorer reads
every form. Only gold is read: no article text, no extractor output.

Run: python -m evaluation.agreement [first.json second.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

from evaluation.bbc_facts import HELDOUT, TYPES, gold_articles, norm

SECOND_ANNOTATION = HELDOUT.with_name("bbc_politics_heldout_second.json")


def compare(first: Path, second: Path) -> dict[str, tuple[int, int, int, int]]:
    """Per type: (matched, only in first, only in second, matched with other forms)."""
    a, b = gold_articles(first), gold_articles(second)
    if set(a) != set(b):
        raise ValueError("the two files annotate different articles")
    out = {}
    for kind in TYPES:
        matched = only_first = only_second = other_forms = 0
        for article in sorted(a):
            left = [{norm(f) for f in forms} for forms in a[article][kind]]
            right = [{norm(f) for f in forms} for forms in b[article][kind]]
            used: set[int] = set()
            for forms in left:
                hits = [j for j, other in enumerate(right) if forms & other]
                if hits:
                    matched += 1
                    used.update(hits)
                    other_forms += forms != right[hits[0]]
                else:
                    only_first += 1
            only_second += len(right) - len(used)
        out[kind] = (matched, only_first, only_second, other_forms)
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    first, second = (
        (Path(args[0]), Path(args[1])) if len(args) == 2 else (HELDOUT, SECOND_ANNOTATION)
    )
    print(f"Agreement of {first.name} and {second.name}")
    print(f"  {'type':<15}{'matched':>8}{'first':>7}{'second':>8}{'F1':>7}{'forms':>7}")
    for kind, (m, x, y, forms) in compare(first, second).items():
        f1 = 2 * m / max(1, 2 * m + x + y)
        print(f"  {kind:<15}{m:>8}{x:>7}{y:>8}{f1:>7.3f}{forms:>7}")
    print("  (first / second: entities only in that file; forms: matched, other forms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
