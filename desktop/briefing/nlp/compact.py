"""The compact form of our models: what the app loads at start-up instead of JSON and TSV.

`make models` trains the models in NLTK's formats (the record of what was trained) and then
exports them, and the place gazetteer, into `resources/models/compact/` as plain files a
fresh process reads in a few milliseconds and that cannot run code when loaded:

- `NAME.txt`: strings, one a line (UTF-8, no final newline);
- `NAME.f64`, `NAME.i64`, `NAME.i32`, `NAME.u16`, `NAME.u8`: little-endian numbers, one
  after another (Python's `array`; no pickle, no header).

The same inputs always give the same bytes, so a rebuild reproduces the committed files.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path

from briefing import shipped

FOLDER = ("models", "compact")

# File suffix -> (array typecode, item size in bytes).
_TYPES = {"f64": ("d", 8), "i64": ("q", 8), "i32": ("i", 4), "u16": ("H", 2), "u8": ("B", 1)}


def path(name: str) -> Path:
    """A file of the compact models: path("tagger.weights.f64")."""
    return shipped.path(*FOLDER, name)


def strings(name: str, folder: Path | None = None) -> list[str]:
    """The strings of NAME.txt, in order."""
    text = ((folder or path("")) / f"{name}.txt").read_text(encoding="utf-8")
    return text.split("\n") if text else []


def numbers(name: str, folder: Path | None = None) -> array:  # type: ignore[type-arg]
    """The numbers of NAME.<type> (for example "tagger.weights.f64") as an array."""
    typecode, size = _TYPES[name.rsplit(".", 1)[1]]
    values = array(typecode)
    if values.itemsize != size:  # never on the platforms we build for; better loud than wrong
        raise RuntimeError(f"array type {typecode!r} is not {size} bytes here")
    values.frombytes(((folder or path("")) / name).read_bytes())
    if sys.byteorder == "big":
        values.byteswap()
    return values


def write_strings(folder: Path, name: str, items: Iterable[str]) -> None:
    """Write NAME.txt; a string holding a line break cannot be stored and stops the export."""
    items = list(items)
    for item in items:
        if "\n" in item or "\r" in item:
            raise ValueError(f"{name}: a line break inside {item!r}")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_bytes("\n".join(items).encode("utf-8"))


def write_numbers(folder: Path, name: str, items: Sequence[float] | Sequence[int]) -> None:
    """Write NAME.<type> little-endian."""
    typecode, size = _TYPES[name.rsplit(".", 1)[1]]
    values = array(typecode, items)
    if values.itemsize != size:
        raise RuntimeError(f"array type {typecode!r} is not {size} bytes here")
    if sys.byteorder == "big":
        values.byteswap()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(values.tobytes())
