"""Dates in words, the prompt for a published date, and the places map."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF

from briefing.gui.dates import in_words, needs_published_date
from briefing.gui.views.factsheet import FACT_HEADERS
from briefing.gui.views.places_map import Marker, PlacesMap, view_box
from briefing.gui.window import MainWindow
from briefing.model import DateMention

from .conftest import WAIT_MS, load


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2018-W37-WE", "the weekend of 15–16 September 2018"),
        ("2018-W37", "the week of 10–16 September 2018"),
        ("2018-W39", "the week of 24–30 September 2018"),
        ("2018-W40", "the week of 1–7 October 2018"),
        ("2019-W01", "the week of 31 December 2018 – 6 January 2019"),
        ("2018-09-17", "17 September 2018"),
        ("2018-09", "September 2018"),
        ("2018", "2018"),
        ("199", "the 1990s"),
        ("2018-Q3", "the third quarter of 2018"),
        ("XXXX-09-17", "17 September (year not known)"),
        ("PRESENT_REF", "now"),
        ("2018-W60", "2018-W60"),
        (None, "not placed"),
    ],
)
def test_dates_in_words(value: str | None, words: str) -> None:
    assert in_words(value) == words


def test_a_weekday_without_a_published_date_needs_one() -> None:
    assert needs_published_date(DateMention("on Monday", None, 0, 0, 9))
    assert needs_published_date(DateMention("17 September", "XXXX-09-17", 0, 0, 12))
    assert not needs_published_date(DateMention("2018", "2018", 0, 0, 4))


def test_timeline_shows_dates_in_words_with_the_code_in_a_tooltip(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "talks.txt"
    path.write_text(_article("The talks began on 15 September 2018 in Valby."), encoding="utf-8")
    load(qtbot, window, path)
    timeline = window.tables["Timeline"]
    row = next(r for r in range(timeline.rowCount()) if "2018" in timeline.item(r, 0).text())
    assert timeline.item(row, 0).text() == "15 September 2018"
    assert timeline.item(row, 0).toolTip() == "2018-09-15"


def test_dates_that_need_a_published_date_prompt_for_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "monday.txt"
    path.write_text(_article("The ministers will meet again on Monday in Valby."), "utf-8")
    load(qtbot, window, path)
    timeline = window.facts_view.timeline
    assert not timeline.unplaced_row.isHidden()
    assert "“on Monday”" in timeline.notice.text() or "“Monday”" in timeline.notice.text()
    timeline.set_date_button.click()
    assert window.use_published.isChecked()
    qtbot.waitUntil(
        lambda: window.briefing.options.published is not None and not window.busy(),
        timeout=WAIT_MS,
    )
    assert timeline.unplaced_row.isHidden()


def _article(sentence: str) -> str:
    filler = (
        "Officials from both ministries said the harbour would stay open while the work "
        "went on, and that the ferry company had agreed to keep its timetable for now."
    )
    return f"Harbour talks resume\n\n{sentence} {filler}\n\n{filler}\n"


def test_the_view_is_zoomed_to_the_places() -> None:
    box = view_box([Marker("Valby", 10.0, 55.0, 1, ()), Marker("Oulu", 25.0, 65.0, 1, ())], 1.5)
    assert box.left() < 10 < 25 < box.right()
    assert box.top() < 55 < 65 < box.bottom()
    assert box.width() < 60


SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "harbour-talks.txt"


def test_map_draws_a_marker_for_each_located_place(qtbot, window: MainWindow) -> None:
    load(qtbot, window, SAMPLE)
    located = [p for p in window.briefing.facts.locations if p.latitude is not None]
    assert located
    assert sorted(m.name for m in window.places_map.points) == sorted(p.name for p in located)


def test_clicking_a_marker_reveals_its_mentions(qtbot) -> None:
    places_map = PlacesMap()
    qtbot.addWidget(places_map)
    places_map.resize(400, 260)
    places_map.points = [Marker("Valby", 12.0, 55.0, 3, ())]
    chosen = []
    places_map.evidence_chosen.connect(chosen.append)
    centre = places_map.to_screen(12.0, 55.0)
    assert places_map.marker_at(QPointF(centre.x() + 2, centre.y())) is not None
    places_map.choose("Valby")
    assert chosen == [()]
    assert places_map.chosen == "Valby"
    assert not places_map.grab().isNull()


def test_choosing_a_marker_selects_its_row_in_the_places_table(qtbot, window: MainWindow) -> None:
    load(qtbot, window, SAMPLE)
    window.facts_view.setCurrentIndex(list(FACT_HEADERS).index("Locations") + 1)
    table = window.facts_view.tables["Locations"]
    name = window.places_map.points[-1].name
    window.places_map.choose(name)
    assert table.item(table.currentRow(), 0).text() == name
