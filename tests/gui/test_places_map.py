"""The places map in the window: named countries filled, read back from the widget's pixels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from briefing import world_map
from briefing.gui import palette as colours
from briefing.gui.views.places_map import PlacesMap
from briefing.gui.window import MainWindow
from briefing.model import Evidence, Place

from .conftest import load

KESTREL = Evidence(0, 10, 19)
PLACES = (
    Place("Australia", "country", "Australia", None, None, 3, (KESTREL,)),
    Place("Perth", "city", "Australia", -31.95, 115.86, 1),
)
ARTICLE = """Grain growers agree on a shared port plan

Farmers in Austria and Hungary will ship grain through one river port from next year, the
growers' unions of both countries said on Monday, after talks in Vienna.

The port near Bratislava in Slovakia is to take most of the barges. "Austria has the
barges and Hungary has the grain," said Lena Korvath, who chairs the Austrian union.

Growers in Hungary said the plan would cut their costs by a tenth. Slovakia is to widen
the quay before the harvest, and Austria will pay a third of the work.
"""


def _map(qtbot, dark: bool = False) -> PlacesMap:
    widget = PlacesMap()
    qtbot.addWidget(widget)
    if dark:
        widget.setPalette(colours.dark_palette())
    widget.resize(400, 480)
    widget.show_markers(world_map.markers(PLACES), countries=world_map.shades(PLACES))
    return widget


def _pixel(widget: PlacesMap, longitude: float, latitude: float) -> QColor:
    at = widget.to_screen(longitude, latitude).toPoint()
    return widget.grab().toImage().pixelColor(at)


def _near(a: QColor, hex_colour: str) -> bool:
    b = QColor(hex_colour)
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 8


def test_a_named_country_is_filled_with_the_shade(qtbot) -> None:
    widget = _map(qtbot)
    # the Gibson Desert: inside Australia, clear of its name, its border and Perth
    assert _near(_pixel(widget, 124.0, -24.0), world_map.SHADE)
    assert _near(_pixel(widget, 144.0, -6.0), world_map.LAND)  # Papua New Guinea: not named
    assert _near(_pixel(widget, 128.0, -36.0), world_map.SEA)  # the Great Australian Bight


def test_the_dark_palette_fills_with_its_own_shade(qtbot) -> None:
    widget = _map(qtbot, dark=True)
    assert _near(_pixel(widget, 124.0, -24.0), world_map.DARK_SHADE)
    assert _near(_pixel(widget, 144.0, -6.0), world_map.DARK_LAND)


def test_clicking_a_filled_country_reveals_its_mentions(qtbot) -> None:
    widget = _map(qtbot)
    chosen: list[object] = []
    widget.evidence_chosen.connect(chosen.append)
    at = widget.to_screen(124.0, -24.0).toPoint()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(at.x(), at.y()))
    assert chosen == [(KESTREL,)]
    assert widget.chosen == "Australia"


def test_the_window_fills_the_countries_an_article_names(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "grain.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    load(qtbot, window, path)
    filled = [s.country for s in window.places_map.countries]
    assert {"Austria", "Hungary", "Slovakia"} <= set(filled)
    assert filled[0] == "Austria"  # the most mentioned, filled most strongly
    box = window.places_map._frame().box
    assert box.west < 9.5 and box.east > 22.9 and box.width < 60  # the three, not the world
