"""The dossier window over the open articles: merged actors with article counts, the
timeline in calendar order, quotes by speaker, the map, opening an article at its
mentions, and the dossier PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from briefing.dossier import article_id, build_dossier
from briefing.gui.views.dossier import DossierView, Target
from briefing.gui.views.factsheet import SORT_ROLE
from briefing.gui.window import MainWindow
from briefing.pipeline import analyze
from briefing.sources import from_text
from tests.gui.conftest import WAIT_MS
from tests.gui.story import ALL


@pytest.fixture(scope="module")
def briefings():
    return [analyze(from_text(text)) for text in ALL]


@pytest.fixture
def view(qtbot, briefings) -> DossierView:
    v = DossierView()
    qtbot.addWidget(v)
    dossier = build_dossier(reversed(briefings))
    v.show_dossier(dossier, {article_id(b.article): b for b in briefings})
    v.fill_all()  # tables fill when their tab is first shown
    return v


def test_a_table_fills_when_its_tab_is_first_shown(qtbot, briefings) -> None:
    v = DossierView()
    qtbot.addWidget(v)
    dossier = build_dossier(briefings)
    v.show_dossier(dossier, {article_id(b.article): b for b in briefings})
    assert v.timeline.rowCount() == 0
    assert v.tabs.tabText(1) == f"Timeline ({len(dossier.timeline)})"  # counted already
    v.tabs.setCurrentIndex(1)
    assert v.timeline.rowCount() == len(dossier.timeline)


def _row(table, name: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)


def test_one_minister_named_three_ways_counts_three_articles(view) -> None:
    row = _row(view.actors, "Sofia Lind")
    assert view.actors.item(row, 3).text() == "3"
    assert view.tabs.tabText(0).startswith("People and organisations (")


def test_choosing_an_actor_lists_their_articles_in_date_order(view) -> None:
    view.actors.selectRow(_row(view.actors, "Sofia Lind"))
    titles = [view.appearances.item(r, 0).text() for r in range(view.appearances.rowCount())]
    assert titles == [
        "1. Norland plans a new ferry to Valby",
        "2. Dock workers doubt the ferry plan",
        "3. Norland orders the Valby ferry",
    ]
    assert "appears in 3 articles" in view.appearances_label.text()


def test_activating_an_article_of_an_actor_leads_to_her_mentions(qtbot, view, briefings) -> None:
    view.choose_actor("Sofia Lind")
    with qtbot.waitSignal(view.opened) as opened:
        view.appearances.open_row(2)
    target = opened.args[0]
    assert isinstance(target, Target)
    ordered = next(b for b in briefings if b.article.title == "Norland orders the Valby ferry")
    assert target.article == article_id(ordered.article)
    marked = {ordered.article.text[e.start : e.end] for e in target.evidence}
    assert marked and marked <= {"Lind", "Minister Lind"}


def test_timeline_is_in_calendar_order(view) -> None:
    codes = [view.timeline.item(r, 0).data(SORT_ROLE) for r in range(view.timeline.rowCount())]
    assert len(codes) >= 5
    assert codes[0] == "2024-05-06"
    assert codes == sorted(codes)


def test_quotes_are_grouped_by_speaker(view) -> None:
    groups = {}
    for i in range(view.quotes.topLevelItemCount()):
        top = view.quotes.topLevelItem(i)
        groups[top.text(0)] = [top.child(n).text(0) for n in range(top.childCount())]
    assert groups["Sofia Lind (2 quotes)"] == [
        "“The old boat has served the islands for forty years”",
        "“This boat will carry the islands into the next forty years”",
    ]
    assert any(name.startswith("Tomas Ek") for name in groups)


def test_activating_a_quote_leads_to_it(qtbot, view) -> None:
    quote = view.quotes.topLevelItem(0).child(0)
    with qtbot.waitSignal(view.opened) as opened:
        view.quotes.itemActivated.emit(quote, 0)
    assert opened.args[0].evidence


def test_places_are_on_the_map_and_a_marker_chooses_its_row(view) -> None:
    assert "Bergen" in [m.name for m in view.places_map.points]
    view.places_map.choose("Bergen")
    assert view.places.item(view.places.currentRow(), 0).text() == "Bergen"


def test_view_draws_offscreen(view) -> None:
    view.resize(1000, 700)
    assert not view.grab().isNull()


# --- in the main window ---------------------------------------------------------------


@pytest.fixture
def opened(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    paths = []
    for n, text in enumerate(ALL, 1):
        path = tmp_path / f"ferry-{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    window.open_paths(paths)
    qtbot.waitUntil(
        lambda: not window.busy() and all(e.briefing for e in window.articles.entries),
        timeout=WAIT_MS * 2,
    )
    window.dossier_action.trigger()
    qtbot.waitUntil(
        lambda: window.dossier_window is not None and window.dossier_window.dossier is not None,
        timeout=WAIT_MS,
    )
    return window


def test_dossier_window_opens_on_the_open_articles(opened: MainWindow) -> None:
    dossier = opened.dossier_window
    assert dossier is not None and dossier.isVisible()
    assert dossier.view.heading.text() == "Dossier: 3 articles, 6 May 2024 to 3 Jun 2024"
    assert dossier.dossier is not None and len(dossier.dossier.articles) == 3
    actors = dossier.view.actors
    assert actors.item(_row(actors, "Sofia Lind"), 3).text() == "3"
    assert opened.dossier_action.shortcut().toString() == "Ctrl+Shift+D"


def test_activating_an_actors_article_shows_it_with_the_mentions_marked(
    qtbot, opened: MainWindow
) -> None:
    view = opened.dossier_window.view
    view.choose_actor("Sofia Lind")
    view.appearances.open_row(1)  # the second article, where she is "Lind"
    assert opened.briefing is not None
    assert opened.briefing.article.title == "Dock workers doubt the ferry plan"
    assert opened.left_tabs.currentWidget() is opened.article_view
    assert opened.article_view.text.selected_text() == "Lind"


def test_closing_an_article_rebuilds_the_dossier(qtbot, opened: MainWindow) -> None:
    dossier_window = opened.dossier_window
    opened.close_entry(opened.articles.entries[-1].id)
    qtbot.waitUntil(
        lambda: dossier_window.dossier is not None and len(dossier_window.dossier.articles) == 2,
        timeout=WAIT_MS,
    )
    row = _row(dossier_window.view.actors, "Sofia Lind")
    assert dossier_window.view.actors.item(row, 3).text() == "2"


def test_a_queued_article_is_named_as_not_in_it_yet(qtbot, opened: MainWindow) -> None:
    from briefing.gui.views.dossier_window import left_out

    entries = opened.articles.entries
    entries[0].briefing, entries[0].status = None, "queued"
    assert left_out(entries) == "Not in it yet: 1 article still being analysed."


def test_export_dossier_pdf_reads_back(qtbot, opened: MainWindow, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    dossier_window = opened.dossier_window
    out = tmp_path / "dossier.pdf"
    dossier_window.export_to(out)
    qtbot.waitUntil(lambda: out.exists() and not dossier_window.busy(), timeout=WAIT_MS)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "Sofia Lind" in text
    assert "Quotes by speaker" in text
    assert not list(tmp_path.glob(".*.part"))  # written atomically: no temporary file left


def test_export_never_replaces_an_article(qtbot, opened: MainWindow, tmp_path: Path) -> None:
    dossier_window = opened.dossier_window
    article = tmp_path / "ferry-1.txt"
    dossier_window.export_to(article)
    qtbot.waitUntil(lambda: dossier_window.last_error != "", timeout=WAIT_MS)
    assert "source article" in dossier_window.last_error
    assert article.read_text(encoding="utf-8") == ALL[0]


def test_no_articles_shows_what_to_do(qtbot, window: MainWindow) -> None:
    window.show_dossier()
    dossier_window = window.dossier_window
    assert dossier_window.stack.currentWidget() is dossier_window.message
    assert "Open two or more articles" in dossier_window.message.text()
    assert not dossier_window.export_action.isEnabled()
    dossier_window.close()
    assert dossier_window.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose) is False
