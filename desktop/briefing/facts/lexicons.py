"""Word lists and tables the fact extractors read, from resources/lexicons/: one item a line,
fields of a table row separated by a tab; '#' lines open each file with where it comes from."""

from __future__ import annotations

from functools import cache

from briefing.nlp.resources import RESOURCES


@cache
def _lines(name: str) -> tuple[str, ...]:
    text = (RESOURCES / "lexicons" / f"{name}.txt").read_text(encoding="utf-8")
    return tuple(x.rstrip("\r") for x in text.split("\n") if x.strip() and not x.startswith("#"))


def words(name: str) -> frozenset[str]:
    """A word list: "striker"."""
    return frozenset(x.strip() for x in _lines(name))


def table(name: str) -> dict[str, str]:
    """A two-column table: "Afghan<TAB>Afghanistan"."""
    return dict(_fields(x, 2) for x in _lines(name))  # type: ignore[misc]


def forms(name: str) -> dict[str, tuple[str, ...]]:
    """A name and the forms that write it: "Conservative Party<TAB>Tories|Tory"."""
    rows = (_fields(x, 2) for x in _lines(name))
    return {key: tuple(value.split("|")) for key, value in rows}


def rows(name: str) -> list[tuple[str, ...]]:
    """Every row of a table, its fields as written."""
    return [tuple(x.split("\t")) for x in _lines(name)]


def _fields(line: str, n: int) -> tuple[str, ...]:
    fields = tuple(line.split("\t"))
    if len(fields) != n:
        raise ValueError(f"lexicon row {line!r} has {len(fields)} fields, not {n}")
    return fields
