"""The word lists, tables and patterns of resources/lexicons/, one loader for every module:
one item a line, fields of a table row separated by a tab; '#' lines open each file with
where it comes from. Each file is read once."""

from __future__ import annotations

import re
from functools import cache

from briefing import shipped


@cache
def lines(name: str) -> tuple[str, ...]:
    """The items of NAME.txt in file order, comment and blank lines left out."""
    text = shipped.path("lexicons", f"{name}.txt").read_text(encoding="utf-8")
    return tuple(x.rstrip("\r") for x in text.split("\n") if x.strip() and not x.startswith("#"))


def words(name: str) -> frozenset[str]:
    """A word list: "striker"."""
    return frozenset(x.strip() for x in lines(name))


def alternatives(name: str) -> str:
    """A word list as a regular expression's alternatives, longest first, the spaces inside
    an item matching any white space: "according to|told" for "told", "according to"."""
    items = sorted(words(name), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in items)


def pattern(name: str, flags: int = 0) -> re.Pattern[str]:
    """A regular expression written over several lines of NAME.txt, joined as they stand
    (nothing between them), so that a long pattern reads in pieces; a word list's name in
    braces ("{firm_nouns}") stands for its `alternatives`."""
    text = re.sub(r"\{([a-z_]+)\}", lambda m: alternatives(m[1]), "".join(lines(name)))
    return re.compile(text, flags)


def table(name: str) -> dict[str, str]:
    """A two-column table: "Afghan<TAB>Afghanistan"."""
    return dict(_fields(x, 2) for x in lines(name))  # type: ignore[misc]


def forms(name: str) -> dict[str, tuple[str, ...]]:
    """A name and the forms that write it: "Conservative Party<TAB>Tories|Tory"."""
    rows = (_fields(x, 2) for x in lines(name))
    return {key: tuple(value.split("|")) for key, value in rows}


def groups(name: str) -> dict[str, frozenset[str]]:
    """Word lists that one rule reads together, by key: "law<TAB>Bill|Act"; a key's
    rows add up."""
    out: dict[str, frozenset[str]] = {}
    for key, items in (_fields(x, 2) for x in lines(name)):
        out[key] = out.get(key, frozenset()) | {w.strip() for w in items.split("|")}
    return out


def rows(name: str) -> list[tuple[str, ...]]:
    """Every row of a table, its fields as written."""
    return [tuple(x.split("\t")) for x in lines(name)]


def _fields(line: str, n: int) -> tuple[str, ...]:
    fields = tuple(line.split("\t"))
    if len(fields) != n:
        raise ValueError(f"lexicon row {line!r} has {len(fields)} fields, not {n}")
    return fields
