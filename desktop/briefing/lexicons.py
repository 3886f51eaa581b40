"""The word lists, tables and patterns of resources/lexicons/, one loader for every module:
one item a line, fields of a table row separated by a tab; '#' lines open each file with
where it comes from. Each file is read once.

Patterns (Python regular expressions) are written one way in every file. A slot in braces
stands for text written elsewhere: `{firm_nouns}` (lower case) for the word list
firm_nouns.txt as alternatives, longest first; `{MONTH}` (upper case) for a fragment, given
by a row `{MONTH}<TAB>regex` above it in the same file, in a fragments file the caller
names, or by the caller by name. A slot nothing fills is an error; braces around anything
else (`{1,3}`) are the regular expression's own. A file holds one pattern written over
several lines (`pattern`) or a table of them, `key<TAB>regex` a row (`patterns`)."""

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
    """The one regular expression of NAME.txt, written over several lines joined as they
    stand (nothing between them), so that a long pattern reads in pieces."""
    return re.compile(_SLOT.sub(lambda m: _filled(m, {}), "".join(lines(name))), flags)


def patterns(
    name: str, *fragment_files: str, **fragments: str
) -> list[tuple[str, re.Pattern[str]]]:
    """(key, pattern) of each row of the table NAME.txt, in file order, its slots filled:
    a row keyed `{NAME}` is no pattern but the fragment {NAME} of the rows below it, as are
    the rows of each of `fragment_files`; `fragments` are the caller's, by name."""
    known = dict(fragments)
    for file in fragment_files:
        if _rows(file, known):
            raise ValueError(f"fragments file {file}.txt has rows that are no fragments")
    return _rows(name, known)


def keyed(name: str, *fragment_files: str, **fragments: str) -> dict[str, re.Pattern[str]]:
    """The patterns of NAME.txt by key; a key written twice is an error, since a dict would
    silently keep only the later row."""
    rows = patterns(name, *fragment_files, **fragments)
    out = dict(rows)
    if len(out) != len(rows):
        twice = sorted({k for k, _ in rows if sum(1 for j, _ in rows if j == k) > 1})
        raise ValueError(f"{name}.txt has keys written twice: {', '.join(twice)}")
    return out


def _rows(name: str, known: dict[str, str]) -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for key, written in (_fields(x, 2) for x in lines(name)):
        text = _SLOT.sub(lambda m: _filled(m, known), written)
        if fragment := re.fullmatch(r"\{([A-Z][A-Z_]*)\}", key):
            known[fragment[1]] = text
        else:
            out.append((key, re.compile(text)))
    return out


# A slot: a word list's name (lower case) or a fragment's (upper case), in braces.
_SLOT = re.compile(r"\{(?:([a-z][a-z_]*)|([A-Z][A-Z_]*))\}")


def _filled(slot: re.Match[str], known: dict[str, str]) -> str:
    return alternatives(slot[1]) if slot[1] else known[slot[2]]


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
