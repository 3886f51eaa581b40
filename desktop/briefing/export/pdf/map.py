"""The places on a world map, drawn with reportlab.graphics: the same outline, shaded
countries, zoom, markers and labels as the window's map (both come from briefing.world_map),
in print colours."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefing import world_map
from briefing.export.pdf.fonts import SANS, font_for
from briefing.export.pdf.styles import RULE
from briefing.model import Place

LABEL_SIZE = 6.8
# Markers at half the window's size: a point is larger than a screen pixel.
MARKER_SCALE = 0.5
SEA = colors.HexColor(world_map.SEA)
LAND = colors.HexColor(world_map.LAND)
COAST = colors.HexColor(world_map.COAST)
GRATICULE = colors.HexColor("#d5dfe7")
MARKER = colors.HexColor(world_map.MARKER)
LABEL_INK = colors.HexColor(world_map.LABEL_INK)
COUNTRY_INK = colors.HexColor(world_map.COUNTRY_INK)


def places_map(places: Sequence[Place], width: float, height: float) -> Drawing | None:
    """The located places and the named countries on a map zoomed to them; None when there
    is neither."""
    points, countries = world_map.markers(places), world_map.shades(places)
    if not points and not countries:
        return None
    frame = world_map.frame_for(points, width, height, countries)
    fills = {s.country: colors.HexColor(world_map.shade_colour(s.strength)) for s in countries}
    drawing = Drawing(width, height, initialFontName=SANS)
    drawing.add(Rect(0, 0, width, height, fillColor=SEA, strokeColor=None))
    inside = Group()
    clip = Path(isClipPath=1, strokeColor=None, fillColor=None)
    clip.moveTo(0, 0)
    clip.lineTo(width, 0)
    clip.lineTo(width, height)
    clip.lineTo(0, height)
    clip.closePath()
    inside.add(clip)
    meridians, parallels = world_map.graticule(frame.box)
    for lon in meridians:
        x = frame.project(lon, 0)[0]
        inside.add(Line(x, 0, x, height, strokeColor=GRATICULE, strokeWidth=0.3))
    for lat in parallels:
        y = height - frame.project(0, lat)[1]
        inside.add(Line(0, y, width, y, strokeColor=GRATICULE, strokeWidth=0.3))
    for country, ring in world_map.rings_in(frame.box):
        flat: list[float] = []
        for lon, lat in ring:
            x, y = frame.project(lon, lat)
            flat += [x, height - y]
        fill = fills.get(country, LAND)
        inside.add(Polygon(flat, fillColor=fill, strokeColor=COAST, strokeWidth=0.35))
    for m in sorted(points, key=lambda m: -m.mentions):
        x, y = frame.project(m.longitude, m.latitude)
        r = world_map.radius(m.mentions, MARKER_SCALE)
        if m.region:  # a ring: the point stands for an area, not a town
            inside.add(
                Circle(x, height - y, r - 0.75, fillColor=None, strokeColor=MARKER, strokeWidth=1.5)
            )
            continue
        inside.add(
            Circle(x, height - y, r, fillColor=MARKER, strokeColor=colors.white, strokeWidth=0.7)
        )

    def text_width(name: str) -> float:
        return float(stringWidth(name, font_for(name), LABEL_SIZE))

    labels = world_map.place_labels(frame, points, text_width, LABEL_SIZE, MARKER_SCALE, countries)
    for label in labels:
        name = label.marker.name
        x, y, w = label.x, height - label.y, text_width(name)
        if label.country:  # written across its own fill, which a plate would hide
            inside.add(_string(x, y, name, COUNTRY_INK, label.anchor))
            continue
        left = {"start": x, "end": x - w, "middle": x - w / 2}[label.anchor]
        # A pale plate under the name, so coast lines do not run through it.
        inside.add(
            Rect(
                left - 1,
                y - 0.3 * LABEL_SIZE,
                w + 2,
                1.15 * LABEL_SIZE,
                rx=1.5,
                fillColor=SEA,
                fillOpacity=0.8,
                strokeColor=None,
            )
        )
        inside.add(_string(x, y, name, LABEL_INK, label.anchor))
    drawing.add(inside)
    drawing.add(Rect(0, 0, width, height, fillColor=None, strokeColor=RULE, strokeWidth=0.6))
    return drawing


def _string(x: float, y: float, name: str, ink: colors.Color, anchor: str) -> String:
    return String(
        x, y, name, fontName=font_for(name), fontSize=LABEL_SIZE, fillColor=ink, textAnchor=anchor
    )
