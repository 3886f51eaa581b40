"""The places of the briefing on a world map: an equirectangular outline we ship (Natural
Earth 1:110m coastlines, public domain) or, failing that, a graticule; markers sized by
mentions; clicking a marker reveals the place's mentions in the article."""

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
from briefing.gui import palette as colours
from briefing.model import Briefing
from briefing.world_map import Marker, markers

__all__ = ["Marker", "PlacesMap", "markers", "view_box"]


def view_box(points: list[Marker], aspect: float) -> QRectF:
    """The lon/lat box world_map.view_box shows, as a QRectF (top is the south edge)."""
    box = world_map.view_box(points, aspect)
    return QRectF(box.west, box.south, box.width, box.height)


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

    def _frame(self) -> world_map.Frame:
        return world_map.frame_for(self.points, self.width(), self.height())

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

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        dark = colours.is_dark(palette)
        painter.fillRect(self.rect(), QColor("#16202b") if dark else QColor(world_map.SEA))
        frame = self._frame()
        self._paint_graticule(painter, frame, palette)
        self._paint_coast(
            painter,
            frame,
            QColor("#8fa3b5") if dark else QColor(world_map.COAST),
            QColor("#2b3948") if dark else QColor(world_map.LAND),
        )
        self._paint_markers(painter, frame, palette)
        if not self.points:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No place with coordinates")
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
        self, painter: QPainter, frame: world_map.Frame, colour: QColor, land: QColor
    ) -> None:
        """Countries filled with the land colour, their borders drawn, so land and sea differ."""
        pen = QPen(colour)
        pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.setBrush(land)
        for ring in world_map.rings_in(frame.box):
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
        text = QColor("#f0f0f0") if colours.is_dark(palette) else QColor(world_map.LABEL_INK)
        halo = QColor("#16202b") if colours.is_dark(palette) else QColor(world_map.SEA)
        for m in sorted(self.points, key=lambda m: -m.mentions):
            centre = self.to_screen(m.longitude, m.latitude, frame)
            r = self.radius(m)
            painter.setPen(QPen(QColor("#ffffff"), 1.2))
            painter.setBrush(chosen_fill if m.name == self.chosen else fill)
            painter.drawEllipse(centre, r, r)
        size = metrics.ascent() + metrics.descent()
        for label in world_map.place_labels(frame, self.points, metrics.horizontalAdvance, size):
            width = metrics.horizontalAdvance(label.marker.name)
            left = {"start": 0.0, "end": -width, "middle": -width / 2}[label.anchor]
            at = QPointF(label.x + left, label.y)
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
