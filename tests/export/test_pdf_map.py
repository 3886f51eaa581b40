"""The places map in the PDF: drawn as the window draws it, read back from the PDF."""

from __future__ import annotations

import io
from dataclasses import replace

import pypdf
from reportlab.graphics.shapes import Circle, Drawing, Group, Polygon, String

from briefing.export.pdf import build_pdf_bytes
from briefing.export.pdf.map import places_map
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
