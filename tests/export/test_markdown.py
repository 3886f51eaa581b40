"""The Markdown briefing: sections present, article text escaped."""

from __future__ import annotations

from briefing.export.markdown import to_markdown
from briefing.model import (
    Article,
    Briefing,
    DateMention,
    Doc,
    FactSheet,
    Options,
    Quote,
    Sentence,
    Summary,
)


def _briefing(title: str, quote: str) -> Briefing:
    article = Article(title=title, paragraphs=(f'"{quote}" she said.',), source="a.txt")
    sentence = Sentence(0, 0, len(article.text), article.text, 0)
    facts = FactSheet(quotes=(Quote(quote, None, 0, 1, 1 + len(quote), "said"),))
    summary = Summary("auto", Options().length)
    return Briefing(article, Doc(article.text, (sentence,)), summary, facts, Options())


def test_markdown_has_title_and_quotes_table() -> None:
    md = to_markdown(_briefing("Harbour talks", "We are ready"))
    assert md.startswith("# Harbour talks\n")
    assert "## Quotes" in md and "| We are ready | unattributed | said |" in md


def test_markup_in_article_is_escaped() -> None:
    md = to_markdown(_briefing("A <script> | *title*", "x|y"))
    assert "\\<script\\> \\| \\*title\\*" in md
    assert "x\\|y" in md


def test_dateline_date_is_on_the_timeline_marked_as_dateline() -> None:
    briefing = _briefing("Harbour talks", "We are ready")
    dateline = DateMention("12 March, 2024", "2024-03-12", None, None, None)
    facts = FactSheet(dates=(dateline,))
    md = to_markdown(Briefing(briefing.article, briefing.doc, briefing.summary, facts, Options()))
    assert "| Tuesday 12 March 2024 | 12 March, 2024 | (dateline) |" in md


def test_described_source_and_partial_quote_are_shown_as_such() -> None:
    article = Article(title="Harbour", paragraphs=('The mayor called it "a mistake".',))
    sentence = Sentence(0, 0, len(article.text), article.text, 0)
    quote = Quote("a mistake", None, 0, 20, 29, "called", True, "The mayor", "description")
    briefing = Briefing(
        article,
        Doc(article.text, (sentence,)),
        Summary("auto", Options().length),
        FactSheet(quotes=(quote,)),
        Options(),
    )
    md = to_markdown(briefing)
    assert "| …a mistake… | The mayor (unnamed) | called · partial |" in md


def test_timeline_reads_decades_in_words_as_the_pdf_does() -> None:
    briefing = _briefing("Harbour talks", "We are ready")
    decade = DateMention("the 1990s", "199", 0, 4, 13)
    facts = FactSheet(dates=(decade,))
    md = to_markdown(Briefing(briefing.article, briefing.doc, briefing.summary, facts, Options()))
    assert "| the 1990s | the 1990s |" in md


def _undated_wire_briefing() -> Briefing:
    """A wire story whose dateline gives a month and day but no year, and no publication
    date: nothing can place its dates on a calendar."""
    text = "VALBY, March 4 - The ferry strike ended on Tuesday. It began on February 23."
    article = Article(title="Ferry strike ends", paragraphs=(text,), source="w.txt")
    first_end = text.index(" It began")
    sentences = (
        Sentence(0, 0, first_end, text[:first_end], 0),
        Sentence(1, first_end + 1, len(text), text[first_end + 1 :], 0),
    )

    def mention(said: str, value: str | None) -> DateMention:
        start = text.index(said)
        return DateMention(said, value, 0 if start < first_end else 1, start, start + len(said))

    facts = FactSheet(
        dates=(
            mention("March 4", "XXXX-03-04"),
            mention("Tuesday", None),
            mention("February 23", "XXXX-02-23"),
        )
    )
    summary = Summary("auto", Options().length)
    return Briefing(article, Doc(text, sentences), summary, facts, Options())


def test_dates_without_a_year_are_listed_in_calendar_order_not_dropped() -> None:
    md = to_markdown(_undated_wire_briefing())
    assert "## Timeline" not in md
    section = md[md.index("## Dates without a year") :]
    assert section.index("23 February (year not known)") < section.index("4 March (year not known)")


def test_dates_no_publication_date_could_place_are_named_under_the_tables() -> None:
    md = to_markdown(_undated_wire_briefing())
    assert "Not placed, as the article gives no publication date: “Tuesday”." in md


def test_with_a_publication_date_the_unplaced_note_is_left_out() -> None:
    from dataclasses import replace
    from datetime import date

    briefing = _undated_wire_briefing()
    dated = replace(briefing, options=replace(briefing.options, published=date(2031, 3, 4)))
    assert "Not placed" not in to_markdown(dated)
