"""The places of the briefing on a world map: an equirectangular outline we ship (Natural
Earth 1:110m countries, public domain) or, failing that, a graticule; the countries the
article names filled, more strongly the more they are mentioned; markers sized by mentions;
clicking a marker or a filled country reveals its mentions in the article."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from briefing import world_map
from briefing.counts import counted
from briefing.gui import palette as colours
from briefing.model import Briefing
from briefing.world_map import Marker, Shade, markers, shades

__all__ = ["Marker", "PlacesMap", "markers", "view_box"]


def view_box(points: list[Marker], aspect: float) -> QRectF:
    """The lon/lat box world_map.view_box shows, as a QRectF (top is the south edge)."""
    box = world_map.view_box(points, aspect)
    return QRectF(box.west, box.south, box.width, box.height)


class PlacesMap(QWidget):
    """Draws the outline with the named countries filled, a graticule, and one marker a
    located place."""

    evidence_chosen = Signal(object)  # tuple[Evidence, ...]
    place_chosen = Signal(str)  # the marker's place name

    def __init__(self) -> None:
        super().__init__()
        self.points: list[Marker] = []
        self.countries: list[Shade] = []
        self.chosen: str | None = None
        self.setMinimumSize(200, 120)
        self.setAccessibleName("Map of the places")
        self.setAccessibleDescription(
            "The article's places on a world map, the countries it names filled; "
            "click a marker or a filled country"
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(400, 260)

    def show_briefing(self, briefing: Briefing) -> None:
        locations = briefing.facts.locations
        self.show_markers(markers(locations), countries=shades(locations))

    def show_markers(
        self, points: list[Marker], what: str = "this article", countries: list[Shade] | None = None
    ) -> None:
        """Draw `points` and fill `countries` (a briefing's places, or a dossier's across its
        articles)."""
        self.points = points
        self.countries = countries or []
        self.chosen = None
        empty = not self.points and not self.countries
        self.setToolTip(f"No place in {what} is on the map" if empty else "")
        self.update()

    # --- geometry -----------------------------------------------------------------------

    def _frame(self) -> world_map.Frame:
        return world_map.frame_for(self.points, self.width(), self.height(), self.countries)

    def to_screen(
        self, longitude: float, latitude: float, frame: world_map.Frame | None = None
    ) -> QPointF:
        x, y = (frame or self._frame()).project(longitude, latitude)
        return QPointF(x, y)

    def radius(self, marker: Marker) -> float:
        return world_map.radius(marker.mentions)

    def marker_at(self, point: QPointF) -> Marker | None:
        frame = self._frame()
        best = None
        for m in self.points:
            centre = self.to_screen(m.longitude, m.latitude, frame)
            distance = math.hypot(centre.x() - point.x(), centre.y() - point.y())
            if distance <= self.radius(m) + 3 and (best is None or distance < best[0]):
                best = (distance, m)
        return best[1] if best else None

    def country_at(self, point: QPointF) -> Shade | None:
        """The filled country under `point`, if any."""
        return world_map.country_at(self._frame(), point.x(), point.y(), self.countries)

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        dark = colours.is_dark(palette)
        painter.fillRect(self.rect(), QColor(world_map.DARK_SEA if dark else world_map.SEA))
        frame = self._frame()
        self._paint_graticule(painter, frame, palette)
        self._paint_coast(
            painter,
            frame,
            QColor(world_map.DARK_COAST if dark else world_map.COAST),
            QColor(world_map.DARK_LAND if dark else world_map.LAND),
            dark,
        )
        self._paint_markers(painter, frame, palette)
        if not self.points and not self.countries:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No place on the map")
        painter.end()

    def _paint_graticule(
        self, painter: QPainter, frame: world_map.Frame, palette: QPalette
    ) -> None:
        pen = QPen(
            colours.blend(
                palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.85
            )
        )
        pen.setWidthF(0.6)
        painter.setPen(pen)
        meridians, parallels = world_map.graticule(frame.box)
        for lon in meridians:
            x = frame.project(lon, 0)[0]
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        for lat in parallels:
            y = frame.project(0, lat)[1]
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))

    def _paint_coast(
        self, painter: QPainter, frame: world_map.Frame, colour: QColor, land: QColor, dark: bool
    ) -> None:
        """Countries filled with the land colour (a named one with its shade), their borders
        drawn, so land and sea differ."""
        pen = QPen(colour)
        pen.setWidthF(1.0)
        painter.setPen(pen)
        fills = {
            s.country: QColor(world_map.shade_colour(s.strength, dark)) for s in self.countries
        }
        chosen = QPen(QColor(world_map.MARKER_CHOSEN))
        chosen.setWidthF(2.0)
        for country, ring in world_map.rings_in(frame.box):
            painter.setBrush(fills.get(country, land))
            painter.setPen(chosen if country == self.chosen and country in fills else pen)
            path = QPainterPath()
            for n, (lon, lat) in enumerate(ring):
                point = QPointF(*frame.project(lon, lat))
                if n == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            path.closeSubpath()
            painter.drawPath(path)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_markers(self, painter: QPainter, frame: world_map.Frame, palette: QPalette) -> None:
        fill = QColor(world_map.MARKER)
        chosen_fill = QColor(world_map.MARKER_CHOSEN)
        font = QFont(painter.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        dark = colours.is_dark(palette)
        text = QColor("#f0f0f0") if dark else QColor(world_map.LABEL_INK)
        halo = QColor(world_map.DARK_SEA if dark else world_map.SEA)
        country_ink = QColor(world_map.DARK_COUNTRY_INK if dark else world_map.COUNTRY_INK)
        for m in sorted(self.points, key=lambda m: -m.mentions):
            centre = self.to_screen(m.longitude, m.latitude, frame)
            r = self.radius(m)
            colour = chosen_fill if m.name == self.chosen else fill
            if m.region:  # a ring: the point stands for an area, not a town
                painter.setPen(QPen(colour, 3.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, r - 1.5, r - 1.5)
                continue
            painter.setPen(QPen(QColor("#ffffff"), 1.2))
            painter.setBrush(colour)
            painter.drawEllipse(centre, r, r)
        size = metrics.ascent() + metrics.descent()
        labels = world_map.place_labels(
            frame, self.points, metrics.horizontalAdvance, size, countries=self.countries
        )
        for label in labels:
            width = metrics.horizontalAdvance(label.marker.name)
            left = {"start": 0.0, "end": -width, "middle": -width / 2}[label.anchor]
            at = QPointF(label.x + left, label.y)
            if label.country:  # across its own fill, which a halo would hide
                painter.setPen(country_ink)
                painter.drawText(at, label.marker.name)
                continue
            painter.setPen(halo)
            for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                painter.drawText(at + QPointF(dx, dy), label.marker.name)
            painter.setPen(text)
            painter.drawText(at, label.marker.name)

    # --- choosing -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        marker = self.marker_at(event.position())
        if marker is not None:
            self.choose(marker.name)
        elif (country := self.country_at(event.position())) is not None:
            self.choose(country.country)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        marker = self.marker_at(event.position())
        country = self.country_at(event.position()) if marker is None else None
        named = (marker.name, marker.mentions) if marker else None
        named = (country.country, country.mentions) if country else named
        if named is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(f"{named[0]}: {counted(named[1], 'mention')}")
        else:
            self.unsetCursor()

    def choose(self, name: str) -> None:
        """Mark a place's marker (or its filled country) and reveal its mentions in the
        article."""
        evidence = [m.evidence for m in self.points if m.name == name]
        evidence += [s.evidence for s in self.countries if s.country == name]
        if evidence:
            self.chosen = name
            self.update()
            self.place_chosen.emit(name)
            self.evidence_chosen.emit(evidence[0])
