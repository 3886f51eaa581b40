"""analyze(): one pure function from an article to a briefing."""

from __future__ import annotations

from datetime import date

from briefing import analyze
from briefing.model import Briefing, Length, Options
from briefing.sources import from_text

TEXT = """Rail strike ends after three days

Train drivers in Norland returned to work on Friday after a three-day strike over pay.

The union said its members had accepted an offer of a six percent rise.

Services were expected to run normally by the weekend, the rail operator said.
"""


def test_analyze_returns_a_briefing_with_timings() -> None:
    briefing = analyze(from_text(TEXT))
    assert isinstance(briefing, Briefing)
    assert {"nlp", "summary", "actors", "places", "quotes", "dates", "total"} <= set(
        briefing.timings_ms
    )
    assert len(briefing.doc.sentences) >= 3


def test_summary_length_follows_options() -> None:
    briefing = analyze(from_text(TEXT), Options(length=Length("sentences", 1)))
    assert len(briefing.summary.sentences) == 1


def test_summary_sentences_point_into_the_article_text() -> None:
    briefing = analyze(from_text(TEXT))
    text = briefing.article.text
    for s in briefing.summary.sentences:
        assert text[s.start : s.end] == s.text


def test_published_option_wins_over_the_article() -> None:
    briefing = analyze(from_text(TEXT), Options(published=date(2022, 5, 6)))
    assert briefing.published == date(2022, 5, 6)


def test_same_input_same_result() -> None:
    a, b = analyze(from_text(TEXT)), analyze(from_text(TEXT))
    assert a.summary == b.summary and a.facts == b.facts
