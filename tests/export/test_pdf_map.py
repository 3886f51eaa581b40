"""The places map in the PDF: drawn as the window draws it, read back from the PDF."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QImage
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Group, Polygon, String
from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str

from briefing import world_map
from briefing.export.pdf import build_pdf_bytes
from briefing.export.pdf.map import LAND, places_map
from briefing.model import FactSheet, Place
from tests.export.pdf_briefings import CREATED, harbour_briefing

NORDIC = (
    Place("Valby", "city", "Norland", 55.1, 12.2, 3),
    Place("Oulu", "city", "Finland", 65.0, 25.5, 1),
    Place("Kemi", "city", "Finland", 65.7, 24.6, 1),
    Place("Norland", "country", None, None, None, 2),
)


def _shapes(drawing: Drawing) -> list[object]:
    found: list[object] = []
    for node in drawing.contents:
        found += _shapes(node) if isinstance(node, Group) else [node]  # type: ignore[arg-type]
    return found


def test_no_place_with_coordinates_means_no_map() -> None:
    assert places_map((Place("Norland", "country", None, None, None, 2),), 200, 120) is None


def test_one_marker_a_located_place_bigger_for_more_mentions() -> None:
    drawing = places_map(NORDIC, 240, 150)
    assert drawing is not None
    dots = [s for s in _shapes(drawing) if isinstance(s, Circle)]
    assert len(dots) == 3
    assert max(d.r for d in dots) > min(d.r for d in dots)


def test_the_map_draws_country_outlines_and_names_its_markers() -> None:
    drawing = places_map(NORDIC, 240, 150)
    assert drawing is not None
    shapes = _shapes(drawing)
    assert sum(isinstance(s, Polygon) for s in shapes) > 5
    assert {s.text for s in shapes if isinstance(s, String)} <= {"Valby", "Oulu", "Kemi"}
    assert "Valby" in {s.text for s in shapes if isinstance(s, String)}


def _brief_with(places: tuple[Place, ...], **kwargs: object) -> pypdf.PdfReader:
    b = harbour_briefing()
    b = replace(b, facts=replace(b.facts, locations=places))
    return pypdf.PdfReader(io.BytesIO(build_pdf_bytes(b, created=CREATED, **kwargs)))  # type: ignore[arg-type]


def test_the_one_page_brief_carries_the_map_with_its_labels() -> None:
    reader = _brief_with(NORDIC)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    text = " ".join((page.extract_text() or "").split())
    assert text.count("Oulu") == 2  # in the list of places and on the map
    content = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
    assert "W* n" in content  # the map is clipped to its frame
    assert content.count("B*") > 5  # filled and outlined countries


def test_the_appendix_has_a_full_width_map() -> None:
    reader = _brief_with(NORDIC, appendix=True)
    text = " ".join((reader.pages[1].extract_text() or "").split())
    assert "Where" in text and "Kemi" in text


def test_a_brief_without_located_places_has_no_map() -> None:
    b = harbour_briefing()
    b = replace(b, facts=FactSheet(actors=b.facts.actors))
    page = pypdf.PdfReader(io.BytesIO(build_pdf_bytes(b, created=CREATED))).pages[0]
    assert "W* n" not in page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]


ALPINE = (
    Place("Austria", "country", "Austria", None, None, 3),
    Place("Italy", "country", "Italy", None, None, 2),
    Place("Vienna", "city", "Austria", 48.21, 16.37, 1),
)


def _fill_op(hex_colour: str) -> str:
    """The PDF operator that sets this fill colour, as reportlab writes it."""
    return fp_str(*colors.HexColor(hex_colour).rgb()) + " rg"


def test_named_countries_are_filled_more_strongly_the_more_they_are_mentioned() -> None:
    drawing = places_map(ALPINE, 240, 150)
    assert drawing is not None
    fills = {s.fillColor.hexval() for s in _shapes(drawing) if isinstance(s, Polygon)}
    austria, italy = world_map.shades(ALPINE)
    assert austria.strength > italy.strength
    assert colors.HexColor(world_map.shade_colour(austria.strength)).hexval() in fills
    assert colors.HexColor(world_map.shade_colour(italy.strength)).hexval() in fills
    assert LAND.hexval() in fills  # the neighbours keep the land colour
    labels = {s.text for s in _shapes(drawing) if isinstance(s, String)}
    assert {"Vienna", "Austria", "Italy"} <= labels


def test_a_brief_naming_only_countries_has_a_map_with_them_filled() -> None:
    countries = ALPINE[:2]
    page = _brief_with(countries).pages[0]
    content = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
    assert "W* n" in content  # the map, where there was none before
    assert _fill_op(world_map.shade_colour(1.0)) in content


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils' pdftoppm")
def test_the_printed_map_shows_the_fill_inside_the_country(tmp_path: Path) -> None:
    drawing = places_map(ALPINE, 300, 200)
    assert drawing is not None
    renderPDF.drawToFile(drawing, str(tmp_path / "map.pdf"))
    # at 72 dots an inch a pixel is a point; the frame's y runs down as the image's does
    subprocess.run(
        ["pdftoppm", "-png", "-r", "72", "-singlefile", "map.pdf", "map"], cwd=tmp_path, check=True
    )
    image = QImage(str(tmp_path / "map.png"))
    frame = world_map.frame_for(world_map.markers(ALPINE), 300, 200, world_map.shades(ALPINE))

    def colour_at(longitude: float, latitude: float) -> str:
        x, y = frame.project(longitude, latitude)
        return str(image.pixelColor(round(x), round(y)).name())

    def near(a: str, b: str) -> bool:
        return all(abs(int(a[i : i + 2], 16) - int(b[i : i + 2], 16)) < 8 for i in (1, 3, 5))

    assert near(colour_at(16.0, 40.6), world_map.shade_colour(world_map.shades(ALPINE)[1].strength))
    assert near(colour_at(10.0, 51.0), world_map.LAND)  # Germany, not named
