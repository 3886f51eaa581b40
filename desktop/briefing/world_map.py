"""The world map of a briefing's places, as the window and the PDF both draw it: Natural Earth
1:110m country outlines shipped in resources/map (built by packaging/world_outline.py, read
once), a longitude/latitude box zoomed to the places, an equirectangular projection, markers
sized by mentions and labels that keep clear of each other. No Qt here: the window paints
this with QPainter (gui/views/places_map.py), the PDF with reportlab (export/pdf/map.py)."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from briefing import shipped
from briefing.model import Evidence, Place

log = logging.getLogger(__name__)

Ring = tuple[tuple[float, float], ...]
OUTLINE = "map/countries-110m.txt"

# The smallest view: zoomed to one city, the map still shows this much of the world.
MIN_SPAN_DEGREES = 12.0
MARGIN_DEGREES = 4.0
# Colours of the light map, shared by the window (light palette) and the PDF.
SEA = "#eef4f8"
LAND = "#fbfaf6"
COAST = "#7d8c99"
MARKER = "#e4572e"
MARKER_CHOSEN = "#ffb400"
LABEL_INK = "#1a1a1a"


@dataclass(frozen=True)
class Marker:
    name: str
    longitude: float
    latitude: float
    mentions: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Box:
    """A longitude/latitude box: west and south edges, width and height in degrees."""

    west: float
    south: float
    width: float
    height: float

    @property
    def east(self) -> float:
        return self.west + self.width

    @property
    def north(self) -> float:
        return self.south + self.height

    def meets(self, west: float, south: float, east: float, north: float) -> bool:
        return (
            west <= self.east and east >= self.west and south <= self.north and north >= self.south
        )


WORLD = Box(-180.0, -90.0, 360.0, 180.0)


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
        return parse((shipped.ROOT / OUTLINE).read_text(encoding="utf-8"))
    except (OSError, ValueError, ImportError):
        log.warning("world outline not found; the map shows a graticule only")
        return ()


def rings_in(box: Box) -> list[Ring]:
    """The rings that reach into `box` (a zoomed map draws a few dozen, not all 280)."""
    return [ring for ring, bounds in _bounded() if box.meets(*bounds)]


@cache
def _bounded() -> tuple[tuple[Ring, tuple[float, float, float, float]], ...]:
    return tuple(
        (
            ring,
            (
                min(p[0] for p in ring),
                min(p[1] for p in ring),
                max(p[0] for p in ring),
                max(p[1] for p in ring),
            ),
        )
        for ring in coastlines()
        if ring
    )


def markers(places: Sequence[Place]) -> list[Marker]:
    """One marker a place with coordinates."""
    return [
        Marker(p.name, p.longitude, p.latitude, max(1, p.mentions), p.evidence)
        for p in places
        if p.latitude is not None and p.longitude is not None
    ]


def view_box(points: Sequence[Marker], aspect: float) -> Box:
    """The box to show: around the markers with a margin, at the frame's aspect (width /
    height) corrected for the latitude, never smaller than MIN_SPAN_DEGREES, within the
    world."""
    if not points:
        return WORLD
    west = min(m.longitude for m in points) - MARGIN_DEGREES
    east = max(m.longitude for m in points) + MARGIN_DEGREES
    south = min(m.latitude for m in points) - MARGIN_DEGREES
    north = max(m.latitude for m in points) + MARGIN_DEGREES
    width, height = max(east - west, MIN_SPAN_DEGREES), max(north - south, MIN_SPAN_DEGREES)
    # A degree of longitude is cos(latitude) of a degree of latitude on the ground: at the
    # box's middle latitude the frame shows that many more degrees across, so Finland is not
    # drawn twice as wide as it is (an equirectangular map with that standard parallel).
    squeeze = max(0.2, math.cos(math.radians(max(-80.0, min(80.0, (south + north) / 2)))))
    aspect = aspect / squeeze
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    width, height = min(width, 360.0), min(height, 180.0)
    cx, cy = (west + east) / 2, (south + north) / 2
    cx = max(-180 + width / 2, min(180 - width / 2, cx))
    cy = max(-90 + height / 2, min(90 - height / 2, cy))
    return Box(cx - width / 2, cy - height / 2, width, height)


@dataclass(frozen=True)
class Frame:
    """Where the map is drawn: `box` stretched over `width` x `height` units, y downwards
    (the PDF turns it upside up)."""

    box: Box
    width: float
    height: float

    def project(self, longitude: float, latitude: float) -> tuple[float, float]:
        box = self.box
        x = (longitude - box.west) / box.width * self.width
        y = (box.north - latitude) / box.height * self.height
        return x, y


def frame_for(points: Sequence[Marker], width: float, height: float) -> Frame:
    """The frame of a `width` x `height` map zoomed to `points`."""
    return Frame(view_box(points, max(0.2, width / max(1.0, height))), width, height)


def radius(mentions: int, scale: float = 1.0) -> float:
    """A marker's radius: it grows with the square root of the mentions."""
    return scale * (4 + 3 * math.sqrt(max(1, mentions)))


def graticule_step(box: Box) -> int:
    """Degrees between graticule lines, so a handful cross the view."""
    return 30 if box.width > 120 else 10 if box.width > 30 else 5


def graticule(box: Box) -> tuple[list[float], list[float]]:
    """The meridians and parallels (in degrees) that cross `box`."""
    step = graticule_step(box)
    meridians = list(range(math.ceil(box.west / step) * step, math.floor(box.east) + 1, step))
    parallels = list(range(math.ceil(box.south / step) * step, math.floor(box.north) + 1, step))
    return [float(m) for m in meridians], [float(p) for p in parallels]


@dataclass(frozen=True)
class Label:
    """A marker's name at baseline point (x, y) of the frame, aligned "start" (text to the
    right of x), "end" (to its left) or "middle"."""

    marker: Marker
    x: float
    y: float
    anchor: str


def place_labels(
    frame: Frame,
    points: Sequence[Marker],
    text_width: Callable[[str], float],
    size: float,
    scale: float = 1.0,
) -> list[Label]:
    """Labels for the markers, most mentioned first, each beside its marker (right, left,
    above or below, whichever is free) where it covers no other label or marker and stays in
    the frame; a name with no free place is left out (its marker stays)."""
    gap = 2.0 * scale
    spots = []
    for m in points:
        x, y = frame.project(m.longitude, m.latitude)
        spots.append((m, x, y, radius(m.mentions, scale)))
    taken: list[tuple[float, float, float, float]] = [
        (x - r, y - r, x + r, y + r) for _, x, y, r in spots
    ]
    ascent, descent = 0.75 * size, 0.25 * size
    labels = []
    for m, x, y, r in sorted(spots, key=lambda s: (-s[0].mentions, s[0].name)):
        w = text_width(m.name)
        own = (x - r, y - r, x + r, y + r)
        candidates = (
            (x + r + gap, y + ascent / 2, "start", x + r + gap),
            (x - r - gap, y + ascent / 2, "end", x - r - gap - w),
            (x, y - r - gap - descent, "middle", x - w / 2),
            (x, y + r + gap + ascent, "middle", x - w / 2),
        )
        for bx, by, anchor, left in candidates:
            rect = (left, by - ascent, left + w, by + descent)
            inside = rect[0] >= 0 and rect[1] >= 0 and rect[2] <= frame.width
            inside = inside and rect[3] <= frame.height
            if inside and not any(_overlap(rect, t) for t in taken if t != own):
                labels.append(Label(m, bx, by, anchor))
                taken.append(rect)
                break
    return labels


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
