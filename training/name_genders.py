"""Derive resources/lexicons/given_name_genders.txt from NLTK's `names` corpus.

A given name listed only among the female names is `f`, only among the male names `m`;
names on both lists (Jean, Kim, Leslie) are left out, so a pronoun never rests on them.
The corpus is free to use with credit (Kantrowitz and Ross, CMU; see the README credits).

Run: python -m training.name_genders
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from training.corpora import NLTK_CORPORA

OUT = Path(__file__).resolve().parent.parent / "resources" / "lexicons" / "given_name_genders.txt"
HEADER = """\
# Given names and their gender (m/f), one a line, tab-separated. Derived by
# training/name_genders.py from NLTK's `names` corpus (Names Corpus 1.3, Mark Kantrowitz,
# additions by Bill Ross; free to use with credit and to redistribute with its README).
# Names on both the female and the male list are left out.
"""


def genders() -> dict[str, str]:
    lists: dict[str, set[str]] = {}
    with zipfile.ZipFile(NLTK_CORPORA / "names.zip") as zf:
        for gender, member in (("f", "names/female.txt"), ("m", "names/male.txt")):
            lists[gender] = {w.strip().lower() for w in zf.read(member).decode().split()}
    both = lists["f"] & lists["m"]
    return {n: g for g, names in lists.items() for n in names - both}


def main() -> int:
    table = genders()
    lines = [f"{name}\t{gender}" for name, gender in sorted(table.items())]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} given names written to {OUT.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
