"""The places of the briefing on a world map: an equirectangular outline we ship (Natural
Earth 1:110m coastlines, public domain) or, failing that, a graticule; markers sized by
mentions; clicking a marker reveals the place's mentions in the article."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from briefing.gui import palette as colours
from briefing.gui.world import coastlines
from briefing.model import Briefing, Evidence, Place

# The smallest view: zoomed to one city, the map still shows this much of the world.
MIN_SPAN_DEGREES = 12.0
MARGIN_DEGREES = 4.0


@dataclass(frozen=True)
class Marker:
    name: str
    longitude: float
    latitude: float
    mentions: int
    evidence: tuple[Evidence, ...]


def markers(places: tuple[Place, ...]) -> list[Marker]:
    return [
        Marker(p.name, p.longitude, p.latitude, max(1, p.mentions), p.evidence)
        for p in places
        if p.latitude is not None and p.longitude is not None
    ]


def view_box(points: list[Marker], aspect: float) -> QRectF:
    """The lon/lat box to show: around the markers with a margin, at the widget's aspect
    (width / height), never smaller than MIN_SPAN_DEGREES, within the world."""
    if not points:
        return QRectF(-180, -90, 360, 180)
    west = min(m.longitude for m in points) - MARGIN_DEGREES
    east = max(m.longitude for m in points) + MARGIN_DEGREES
    south = min(m.latitude for m in points) - MARGIN_DEGREES
    north = max(m.latitude for m in points) + MARGIN_DEGREES
    width, height = max(east - west, MIN_SPAN_DEGREES), max(north - south, MIN_SPAN_DEGREES)
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    width, height = min(width, 360.0), min(height, 180.0)
    cx, cy = (west + east) / 2, (south + north) / 2
    cx = max(-180 + width / 2, min(180 - width / 2, cx))
    cy = max(-90 + height / 2, min(90 - height / 2, cy))
    return QRectF(cx - width / 2, cy - height / 2, width, height)


class PlacesMap(QWidget):
    """Draws the outline, a graticule, and one marker a located place."""

    evidence_chosen = Signal(object)  # tuple[Evidence, ...]
    place_chosen = Signal(str)  # the marker's place name

    def __init__(self) -> None:
        super().__init__()
        self.points: list[Marker] = []
        self.chosen: str | None = None
        self.setMinimumSize(200, 120)
        self.setAccessibleName("Map of the places")
        self.setAccessibleDescription("The article's places on a world map; click a marker")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)
        self._lines: tuple[tuple[tuple[float, float], ...], ...] | None = None  # read when drawn

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(400, 260)

    def show_briefing(self, briefing: Briefing) -> None:
        self.show_markers(markers(briefing.facts.locations))

    def show_markers(self, points: list[Marker], what: str = "this article") -> None:
        """Draw `points` (a briefing's places, or a dossier's across its articles)."""
        self.points = points
        self.chosen = None
        self.setToolTip("" if self.points else f"No place in {what} has coordinates")
        self.update()

    # --- geometry -----------------------------------------------------------------------

    def _box(self) -> QRectF:
        return view_box(self.points, max(0.2, self.width() / max(1, self.height())))

    def to_screen(self, longitude: float, latitude: float, box: QRectF | None = None) -> QPointF:
        box = box or self._box()
        x = (longitude - box.left()) / box.width() * self.width()
        y = (box.bottom() - latitude) / box.height() * self.height()
        return QPointF(x, y)

    def radius(self, marker: Marker) -> float:
        return 4 + 3 * math.sqrt(marker.mentions)

    def marker_at(self, point: QPointF) -> Marker | None:
        box = self._box()
        best = None
        for m in self.points:
            centre = self.to_screen(m.longitude, m.latitude, box)
            distance = math.hypot(centre.x() - point.x(), centre.y() - point.y())
            if distance <= self.radius(m) + 3 and (best is None or distance < best[0]):
                best = (distance, m)
        return best[1] if best else None

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        dark = colours.is_dark(palette)
        painter.fillRect(self.rect(), QColor("#16202b") if dark else QColor("#eef4f8"))
        box = self._box()
        self._paint_graticule(painter, box, palette)
        self._paint_coast(painter, box, QColor("#8fa3b5") if dark else QColor("#7d8c99"))
        self._paint_markers(painter, box, palette)
        if not self.points:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No place with coordinates")
        painter.end()

    def _paint_graticule(self, painter: QPainter, box: QRectF, palette: QPalette) -> None:
        step = 30 if box.width() > 120 else 10 if box.width() > 30 else 5
        pen = QPen(
            colours.blend(
                palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.85
            )
        )
        pen.setWidthF(0.6)
        painter.setPen(pen)
        lon = math.floor(box.left() / step) * step
        while lon <= box.right():
            x = self.to_screen(lon, 0, box).x()
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            lon += step
        lat = math.floor(box.top() / step) * step
        while lat <= box.bottom():
            y = self.to_screen(0, lat, box).y()
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
            lat += step

    def _paint_coast(self, painter: QPainter, box: QRectF, colour: QColor) -> None:
        pen = QPen(colour)
        pen.setWidthF(1.0)
        painter.setPen(pen)
        if self._lines is None:
            self._lines = coastlines()
        for line in self._lines:
            path = QPainterPath()
            for n, (lon, lat) in enumerate(line):
                point = self.to_screen(lon, lat, box)
                if n == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            painter.drawPath(path)

    def _paint_markers(self, painter: QPainter, box: QRectF, palette: QPalette) -> None:
        fill = QColor("#e4572e")
        chosen_fill = QColor("#ffb400")
        font = QFont(painter.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        text = QColor("#f0f0f0") if colours.is_dark(palette) else QColor("#1a1a1a")
        halo = QColor("#16202b") if colours.is_dark(palette) else QColor("#eef4f8")
        for m in sorted(self.points, key=lambda m: -m.mentions):
            centre = self.to_screen(m.longitude, m.latitude, box)
            r = self.radius(m)
            painter.setPen(QPen(QColor("#ffffff"), 1.2))
            painter.setBrush(chosen_fill if m.name == self.chosen else fill)
            painter.drawEllipse(centre, r, r)
            label = QPointF(centre.x() + r + 3, centre.y() + 4)
            painter.setPen(halo)
            for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                painter.drawText(label + QPointF(dx, dy), m.name)
            painter.setPen(text)
            painter.drawText(label, m.name)

    # --- choosing -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        marker = self.marker_at(event.position())
        if marker is not None:
            self.choose(marker.name)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        marker = self.marker_at(event.position())
        if marker is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            plural = "s" if marker.mentions != 1 else ""
            self.setToolTip(f"{marker.name}: {marker.mentions} mention{plural}")
        else:
            self.unsetCursor()

    def choose(self, name: str) -> None:
        """Mark a place's marker and reveal its mentions in the article."""
        marker = next((m for m in self.points if m.name == name), None)
        if marker is not None:
            self.chosen = name
            self.update()
            self.place_chosen.emit(name)
            self.evidence_chosen.emit(marker.evidence)
