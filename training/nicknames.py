"""Rebuild resources/lexicons/nicknames.txt from the `nicknames` package's names.csv.

The package (PyPI, Apache-2.0) is a hand-curated table of English given names and their
familiar forms; it is a build-time input only (`pip install nicknames==1.0.1`), never a
dependency of the app. Rows "NAME,has_nickname,NICK" are grouped by NAME in file order.

Run: python -m training.nicknames
"""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "lexicons" / "nicknames.txt"
HEADER = """\
# Given names and their familiar forms, read to merge two names of one person in a story
# ("Joseph R. Lind" and later "Joe Lind"): a formal name, a tab, its nicknames joined by "|".
# Derived from the `nicknames` package (PyPI, version 1.0.1, Apache-2.0: a hand-curated
# dataset of English names and nicknames), its names.csv rows "NAME,has_nickname,NICK",
# grouped by NAME in file order; lower case. Rebuilt by `python -m training.nicknames`.
"""


def main() -> None:
    table = resources.files("nicknames").joinpath("names.csv").read_text(encoding="utf-8")
    groups: dict[str, list[str]] = {}
    for row in csv.reader(table.splitlines()):
        if len(row) == 3 and row[1] == "has_nickname":
            nicks = groups.setdefault(row[0].strip().lower(), [])
            if (nick := row[2].strip().lower()) not in nicks:
                nicks.append(nick)
    body = "".join(f"{name}\t{'|'.join(nicks)}\n" for name, nicks in groups.items())
    OUT.write_text(HEADER + body, encoding="utf-8")
    print(f"{OUT.name}: {len(groups)} names")


if __name__ == "__main__":
    main()
