"""The views: evidence lands on the right characters, clutter is found in the source."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from briefing.gui.dialogs import file_stem
from briefing.gui.views.article import ArticleText, clutter_spans
from briefing.gui.views.factsheet import Coded, fact_rows
from briefing.model import (
    Article,
    Briefing,
    Clutter,
    DateMention,
    Doc,
    Evidence,
    FactSheet,
    Length,
    Options,
    Summary,
    SummarySentence,
)


def _briefing(paragraphs: tuple[str, ...]) -> Briefing:
    article = Article(title="T", paragraphs=paragraphs)
    return Briefing(
        article, Doc(article.text, ()), Summary("auto", Length()), FactSheet(), Options()
    )


def test_evidence_after_an_emoji_selects_the_right_words(qtbot) -> None:
    view = ArticleText()
    qtbot.addWidget(view)
    text = "Fans 🎉 cheered. Anna Berg spoke."
    view.show_article(_briefing((text,)))
    start = text.index("Anna Berg")
    view.reveal((Evidence(0, start, start + len("Anna Berg")),))
    assert view.selected_text() == "Anna Berg"


def test_evidence_in_a_later_paragraph_selects_the_right_words(qtbot) -> None:
    view = ArticleText()
    qtbot.addWidget(view)
    briefing = _briefing(("First paragraph.", "Second one names Piet Kaljus."))
    view.show_article(briefing)
    start = briefing.article.text.index("Piet")
    view.reveal((Evidence(1, start, start + len("Piet Kaljus")),))
    assert view.selected_text() == "Piet Kaljus"


def _long_briefing() -> Briefing:
    paragraphs = tuple(f"Paragraph {n} names the ferry Nordlys." for n in range(2000))
    article = Article(title="T", paragraphs=paragraphs)
    chosen = (SummarySentence(1999, *_span(article.text, "Paragraph 1999"), "Paragraph 1999"),)
    summary = Summary("auto", Length(), chosen)
    return Briefing(article, Doc(article.text, ()), summary, FactSheet(), Options())


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_long_article_goes_in_a_part_at_a_time_until_all_of_it_is_shown(qtbot) -> None:
    view = ArticleText()
    qtbot.addWidget(view)
    briefing = _long_briefing()
    view.show_article(briefing)
    assert not view.complete()
    assert len(view.toPlainText()) < len(briefing.article.text)
    with qtbot.waitSignal(view.completed, timeout=5000):
        pass
    assert view.toPlainText().endswith(briefing.article.paragraphs[-1])


def test_find_in_a_long_article_searches_all_of_it_at_once(qtbot) -> None:
    view = ArticleText()
    qtbot.addWidget(view)
    view.show_article(_long_briefing())
    assert view.find_all("Paragraph 1999 ") == 1


def test_a_new_article_stops_the_parts_of_the_previous_one(qtbot) -> None:
    view = ArticleText()
    qtbot.addWidget(view)
    view.show_article(_long_briefing())
    view.show_article(_briefing(("Short and sweet.",)))
    qtbot.wait(50)
    assert view.toPlainText().endswith("Short and sweet.")


def test_repeated_headline_is_marked_where_it_repeats() -> None:
    raw = "Ports reopen\n\nPorts reopen\n2 min read\nThe story."
    article = Article(
        title="Ports reopen",
        paragraphs=("The story.",),
        clutter=(
            Clutter("repeated-headline", "Ports reopen"),
            Clutter("reading-time", "2 min read"),
        ),
        raw_text=raw,
    )
    assert clutter_spans(article, raw) == [(14, 26), (27, 37)]


def test_clutter_missing_from_the_source_is_reported_as_not_found() -> None:
    article = Article(title="T", paragraphs=("x",), clutter=(Clutter("credit", "[AFP]"),))
    assert clutter_spans(article, "x") == [(-1, -1)]


def test_export_file_name_comes_from_the_headline() -> None:
    assert file_stem("Turkey and Russia: leaders' talks") == "turkey-and-russia-leaders-talks"
    assert file_stem("¿¡!") == "article"


def test_a_new_briefing_highlights_only_its_own_summary(qtbot) -> None:
    view = ArticleText()
    qtbot.addWidget(view)
    first = _briefing(("One. Two.",))
    chosen = SummarySentence(0, 0, 4, "One.")
    view.show_article(replace(first, summary=Summary("auto", Length(), (chosen,))))
    view.show_article(first)  # nothing chosen this time
    cursor = view.textCursor()
    cursor.setPosition(2)
    assert cursor.charFormat().background().style() == Qt.BrushStyle.NoBrush


def test_dateline_row_on_the_timeline_has_no_evidence() -> None:
    dateline = DateMention("12 March, 2024", "2024-03-12", None, None, None)
    briefing = replace(_briefing(("Talks resumed.",)), facts=FactSheet(dates=(dateline,)))
    assert fact_rows(briefing)["Timeline"] == [
        ([Coded("12 March 2024", "2024-03-12"), "12 March, 2024", "(dateline)"], ())
    ]


def test_a_date_without_a_year_follows_the_placed_ones_on_the_timeline() -> None:
    text = "It opened on 2 May 2031 and closed on June 9."
    placed = DateMention("2 May 2031", "2031-05-02", 0, 13, 23)
    yearless = DateMention("June 9", "XXXX-06-09", 0, 38, 44)
    briefing = replace(_briefing((text,)), facts=FactSheet(dates=(yearless, placed)))
    rows = fact_rows(briefing)["Timeline"]
    assert [cells[0] for cells, _ in rows] == [
        Coded("2 May 2031", "2031-05-02"),
        Coded("9 June (year not known)", "XXXX-06-09"),
    ]


def test_the_timeline_tab_counts_the_dates_waiting_for_a_publication_date() -> None:
    from briefing.gui.views.factsheet import tab_label

    text = "The ferry strike ended on Tuesday after nine days."
    waiting = DateMention("Tuesday", None, 0, 26, 33)
    briefing = replace(_briefing((text,)), facts=FactSheet(dates=(waiting,)))
    assert tab_label(briefing, "Timeline") == "Timeline (0, 1 unplaced)"
    assert tab_label(briefing, "Actors") == "Actors (0)"


def test_a_state_actor_shows_its_kind_in_the_fact_sheet() -> None:
    from briefing.model import Actor

    briefing = _briefing(("Norway said it would help.",))
    state = Actor("Norway", "state", mentions=1, place="Norway")
    briefing = replace(briefing, facts=FactSheet(actors=(state,)))
    ((cells, _),) = fact_rows(briefing)["Actors"]
    assert cells[:2] == ["Norway", "state"]


def test_a_narrow_table_keeps_room_for_its_long_text_and_whole_short_words(qtbot) -> None:
    from briefing.gui.views.factsheet import FACT_HEADERS, STRETCH_COLUMN, FactTable

    table = FactTable(FACT_HEADERS["Timeline"], STRETCH_COLUMN["Timeline"], "Timeline")
    qtbot.addWidget(table)
    table.resize(460, 400)
    table.show()
    long_date = "Wednesday night, 14 January 2032 (the night of the harbour vote)"
    sentence = "The harbour board met on a Wednesday night to vote on the ferry port's repairs."
    table.fill([((long_date, "Wednesday night", sentence), ()), (("2031", "2031", "x"), ())])
    width = table.viewport().width()
    assert table.columnWidth(2) >= width * 0.4 - 1  # the sentence is read, not a word a line
    assert table.columnWidth(0) + table.columnWidth(1) <= width * 0.6 + 1
    assert table.item(0, 0).toolTip() == long_date  # a cut cell says all of itself
    table.resize(900, 400)
    qtbot.waitUntil(lambda: table.columnWidth(2) >= 900 * 0.35)


def test_short_words_keep_their_width_when_a_name_column_must_give(qtbot) -> None:
    from briefing.gui.views.factsheet import FACT_HEADERS, STRETCH_COLUMN, FactTable

    table = FactTable(FACT_HEADERS["Actors"], STRETCH_COLUMN["Actors"], "Actors")
    qtbot.addWidget(table)
    table.resize(470, 400)
    table.show()
    table.fill([(("Valby Harbour Fishermen's Association", "organization", "", 1), ())])
    metrics = table.fontMetrics()
    assert table.columnWidth(1) >= metrics.horizontalAdvance("organization")
