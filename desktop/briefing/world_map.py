"""The world map of a briefing's places, as the window and the PDF both draw it: Natural Earth
1:110m country outlines shipped in resources/map (built by packaging/world_outline.py, read
once), the countries the article names filled more strongly the more they are mentioned, a
longitude/latitude box zoomed to the places and those countries, an equirectangular
projection, markers sized by mentions (a US state at a shipped point inside it) and labels
that keep clear of each other. No Qt here: the window paints this with QPainter
(gui/views/places_map.py), the PDF with reportlab (export/pdf/map.py)."""

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
OUTLINE, POINTS = "map/countries-110m.txt", "map/points.txt"

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
COUNTRY_INK = "#5b4a1e"
# A named country's fill, mixed into the land colour by its share of the mentions.
SHADE = "#e9b949"
# The window's dark palette.
DARK_SEA, DARK_LAND, DARK_COAST, DARK_SHADE = "#16202b", "#2b3948", "#8fa3b5", "#b98a2a"
DARK_COUNTRY_INK = "#f3dfae"


@dataclass(frozen=True)
class Marker:
    """A place at a point; `region` when the point only stands for a wider area (a US state
    at a shipped point inside it), drawn as a ring so it is not taken for a town."""

    name: str
    longitude: float
    latitude: float
    mentions: int
    evidence: tuple[Evidence, ...]
    region: bool = False


@dataclass(frozen=True)
class Shade:
    """A country the article names, filled on the map: `strength` (0 to 1) grows with its
    mentions against the most mentioned country's."""

    country: str
    mentions: int
    strength: float
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


def parse(text: str) -> tuple[tuple[str, Ring], ...]:
    """(country, ring) from the file's lines: the country, a tab, "lon lat lon lat ..." in
    tenths of a degree (a line without a country is a ring of no country)."""
    rings = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        country, _, pairs = line.rpartition("\t")
        numbers = [int(v) / 10 for v in pairs.split()]
        rings.append((country, tuple(zip(numbers[0::2], numbers[1::2], strict=True))))
    return tuple(rings)


@cache
def coastlines() -> tuple[tuple[str, Ring], ...]:
    """The outline's rings; none (the map then shows its graticule alone) if it is missing."""
    try:
        return parse((shipped.ROOT / OUTLINE).read_text(encoding="utf-8"))
    except (OSError, ValueError, ImportError):
        log.warning("world outline not found; the map shows a graticule only")
        return ()


@cache
def points_table() -> dict[tuple[str, str], tuple[float, float]]:
    """(kind, name) -> (longitude, latitude): where a country's name goes, or a marker for a
    place the gazetteer has no coordinates for (a US state, a country too small to outline);
    the kind tells Georgia the state ("region") from Georgia the country."""
    try:
        text = (shipped.ROOT / POINTS).read_text(encoding="utf-8")
    except (OSError, ImportError):
        log.warning("map points not found; regions without coordinates are not drawn")
        return {}
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {(kind, name): (float(lon), float(lat)) for name, kind, lat, lon in rows}


def rings_in(box: Box) -> list[tuple[str, Ring]]:
    """The (country, ring) pairs that reach into `box` (a zoomed map draws a few dozen, not
    all 286)."""
    return [(country, ring) for country, ring, bounds in _bounded() if box.meets(*bounds)]


def outlined() -> frozenset[str]:
    """The countries the outline has a shape for."""
    return frozenset(country for country, _ in coastlines())


@cache
def _bounded() -> tuple[tuple[str, Ring, tuple[float, float, float, float]], ...]:
    return tuple((country, ring, _bounds(ring)) for country, ring in coastlines() if ring)


def _bounds(ring: Ring) -> tuple[float, float, float, float]:
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    return min(lons), min(lats), max(lons), max(lats)


@cache
def mainland(country: str) -> tuple[float, float, float, float] | None:
    """West, south, east, north of the country's largest ring: what the view must show of it
    (France without French Guiana, the United States without Alaska)."""
    rings = [ring for key, ring in coastlines() if key == country and ring]
    if not rings:
        return None
    return _bounds(max(rings, key=_area))


def _area(ring: Ring) -> float:
    pairs = zip(ring, (*ring[1:], ring[0]), strict=True)
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairs)) / 2


def shades(places: Sequence[Place]) -> list[Shade]:
    """The countries the article names that the outline has, most mentioned first (a place
    with coordinates of its own, such as Scotland, is a marker instead)."""
    shapes = outlined()
    named = [p for p in places if p.type == "country" and p.latitude is None and p.name in shapes]
    most = max((max(1, p.mentions) for p in named), default=1)
    return [
        Shade(p.name, max(1, p.mentions), 0.35 + 0.65 * max(1, p.mentions) / most, p.evidence)
        for p in sorted(named, key=lambda p: -p.mentions)
    ]


def markers(places: Sequence[Place]) -> list[Marker]:
    """One marker a place with coordinates, or with a point in the shipped table and no
    outline to fill (a US state, Singapore)."""
    out: list[Marker] = []
    shapes, table = {("country", name) for name in outlined()}, points_table()
    for p in places:
        mentions = max(1, p.mentions)
        if p.latitude is not None and p.longitude is not None:
            out.append(Marker(p.name, p.longitude, p.latitude, mentions, p.evidence))
        elif (p.type, p.name) in table and (p.type, p.name) not in shapes:
            lon, lat = table[p.type, p.name]
            out.append(Marker(p.name, lon, lat, mentions, p.evidence, p.type == "region"))
    return out


def shade_colour(strength: float, dark: bool = False) -> str:
    """The fill of a named country: the shade mixed into the land by `strength`."""
    land, shade = (DARK_LAND, DARK_SHADE) if dark else (LAND, SHADE)
    mixed = (
        round(int(land[i : i + 2], 16) * (1 - strength) + int(shade[i : i + 2], 16) * strength)
        for i in (1, 3, 5)
    )
    return "#" + "".join(f"{channel:02x}" for channel in mixed)


def view_box(points: Sequence[Marker], aspect: float, countries: Sequence[Shade] = ()) -> Box:
    """The box to show: around the markers and the mainlands of the countries mentioned at
    least half as often as the most mentioned one (China named once in a story about the
    Mekong is shaded where the view reaches it, not all shown), with a margin, at the frame's
    aspect (width / height) corrected for the latitude, never smaller than MIN_SPAN_DEGREES,
    within the world."""
    most = max((s.mentions for s in countries), default=1)
    spans = [(m.longitude - MARGIN_DEGREES, m.latitude - MARGIN_DEGREES) for m in points] + [
        (m.longitude + MARGIN_DEGREES, m.latitude + MARGIN_DEGREES) for m in points
    ]
    for shade in countries:
        bounds = mainland(shade.country)
        if bounds and 2 * shade.mentions >= most:
            spans += [(bounds[0] - 1, bounds[1] - 1), (bounds[2] + 1, bounds[3] + 1)]
    if not spans:
        return WORLD
    west, east = min(x for x, _ in spans), max(x for x, _ in spans)
    south, north = min(y for _, y in spans), max(y for _, y in spans)
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


def frame_for(
    points: Sequence[Marker], width: float, height: float, countries: Sequence[Shade] = ()
) -> Frame:
    """The frame of a `width` x `height` map zoomed to `points` and `countries`."""
    aspect = max(0.2, width / max(1.0, height))
    return Frame(view_box(points, aspect, countries), width, height)


def country_at(frame: Frame, x: float, y: float, countries: Sequence[Shade]) -> Shade | None:
    """The named country drawn at (x, y) of the frame, if any (a click on its fill)."""
    box = frame.box
    lon = box.west + x / frame.width * box.width
    lat = box.north - y / frame.height * box.height
    named = {s.country: s for s in countries}
    for country, ring, (west, south, east, north) in _bounded():
        near = country in named and west <= lon <= east and south <= lat <= north
        if near and _inside(ring, lon, lat):
            return named[country]
    return None


def _inside(ring: Ring, x: float, y: float) -> bool:
    """A ray to the east from (x, y) crosses the ring's edges an odd number of times."""
    crossings = 0
    for (x0, y0), (x1, y1) in zip(ring, (*ring[1:], ring[0]), strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            crossings += 1
    return crossings % 2 == 1


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
    right of x), "end" (to its left) or "middle"; a named country's (`country`) is written
    across its fill, in the country ink."""

    marker: Marker
    x: float
    y: float
    anchor: str
    country: bool = False


def place_labels(
    frame: Frame,
    points: Sequence[Marker],
    text_width: Callable[[str], float],
    size: float,
    scale: float = 1.0,
    countries: Sequence[Shade] = (),
) -> list[Label]:
    """Labels for the markers, most mentioned first, each beside its marker (right, left,
    above or below, whichever is free) where it covers no other label or marker and stays in
    the frame; a name with no free place is left out (its marker stays). Then the named
    countries' names, each at its shipped point or just above or below it, where free and
    no wider than the country is drawn (Belgium's name is not spread over its neighbours)."""
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
    table = points_table()
    for shade in countries:
        at, bounds = table.get(("country", shade.country)), mainland(shade.country)
        if at is None or bounds is None:
            continue
        (x0, _), (x1, _) = frame.project(bounds[0], 0), frame.project(bounds[2], 0)
        x, y, w = *frame.project(*at), text_width(shade.country)
        for by in (y + ascent / 2, y - ascent, y + 1.5 * ascent + descent):
            rect = (x - w / 2, by - ascent, x + w / 2, by + descent)
            inside = rect[0] >= 0 and rect[1] >= 0 and rect[2] <= frame.width
            inside = inside and rect[3] <= frame.height and w <= x1 - x0
            if inside and not any(_overlap(rect, t) for t in taken):
                marker = Marker(shade.country, *at, shade.mentions, ())
                labels.append(Label(marker, x, by, "middle", country=True))
                taken.append(rect)
                break
    return labels


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
