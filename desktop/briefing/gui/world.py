"""The world outline the map draws: Natural Earth 1:110m country rings shipped in
resources/map (built by packaging/world_outline.py), read once."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

OUTLINE = Path("map") / "countries-110m.txt"
Ring = tuple[tuple[float, float], ...]


def _resources() -> Path:
    from briefing.nlp.resources import RESOURCES

    return Path(RESOURCES)


def parse(text: str) -> tuple[Ring, ...]:
    """Rings from the file's lines: "lon lat lon lat ..." in tenths of a degree."""
    rings = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        numbers = [int(v) / 10 for v in line.split()]
        rings.append(tuple(zip(numbers[0::2], numbers[1::2], strict=True)))
    return tuple(rings)


@cache
def coastlines() -> tuple[Ring, ...]:
    """The outline's rings; none (the map then shows its graticule alone) if it is missing."""
    try:
        return parse((_resources() / OUTLINE).read_text(encoding="utf-8"))
    except (OSError, ValueError, ImportError):
        log.warning("world outline not found; the map shows a graticule only")
        return ()
