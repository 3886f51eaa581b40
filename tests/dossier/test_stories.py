"""The dossier end to end over our four invented articles, through the real pipeline."""

from __future__ import annotations

import pytest

from briefing.dossier import build_dossier
from briefing.pipeline import analyze
from briefing.sources import from_text
from tests.dossier.stories import ALL


@pytest.fixture(scope="module")
def dossier():
    return build_dossier([analyze(from_text(text)) for text in reversed(ALL)])


def test_minister_is_one_actor_across_articles_and_apart_from_her_namesake(dossier) -> None:
    ana = next(a for a in dossier.actors if a.name == "Ana Berg")
    piet = next(a for a in dossier.actors if a.name == "Piet Berg")
    assert len(ana.articles) >= 2
    assert not set(ana.articles) & set(piet.articles)


def test_articles_in_date_order(dossier) -> None:
    assert [a.published.isoformat() for a in dossier.articles] == [
        "2024-03-04",
        "2024-03-11",
        "2024-04-02",
        "2025-01-15",
    ]


def test_bergen_is_in_every_article(dossier) -> None:
    assert dossier.places[0].name == "Bergen"
    assert len(dossier.places[0].articles) == 4


def test_timeline_is_in_calendar_order(dossier) -> None:
    from briefing.dossier.timeline import period

    starts = [period(e.value)[0] for e in dossier.timeline]
    assert starts == sorted(starts)
    assert len(dossier.timeline) >= 6
