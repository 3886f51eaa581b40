"""The dossier as a whole: articles in date order, timeline, quotes by speaker, places and
the story's summary."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.dossier import build_dossier
from tests.dossier.briefings import briefing, city, person

PLAN = briefing(
    "Plan",
    date(2024, 3, 4),
    [
        "Transport minister Ana Berg announced a new harbour bridge for Bergen on Monday.",
        '"The old crossing is tired," Ana Berg said.',
        "Work could start in 2025.",
    ],
    actors=[person("Ana Berg", "Transport minister", mentions=2)],
    places=[city("Bergen"), city("Oslo")],
    quotes=[(1, "The old crossing is tired,", "Ana Berg")],
    dates=[(0, "Monday", "2024-03-04"), (2, "2025", "2025")],
    summary=[0, 2],
)
DOUBT = briefing(
    "Doubt",
    date(2024, 3, 11),
    [
        "Opposition leader Piet Berg said on Friday the harbour bridge for Bergen costs too much.",
        '"Nobody has shown us a budget," Piet Berg said.',
        '"We will see," a passer-by said.',
    ],
    actors=[person("Piet Berg", "opposition leader")],
    places=[city("Bergen")],
    quotes=[(1, "Nobody has shown us a budget,", "Piet Berg"), (2, "We will see,", None)],
    dates=[(0, "Friday", "2024-03-08")],
)
VOTE = briefing(
    "Vote",
    date(2024, 4, 2),
    [
        "Parliament approved the new harbour bridge for Bergen on Tuesday.",
        '"This is the day," Minister Berg said.',
        "Building begins in January 2025.",
    ],
    actors=[person("Berg", "Minister")],
    places=[city("Bergen")],
    quotes=[(1, "This is the day,", "Berg")],
    dates=[(0, "Tuesday", "2024-04-02"), (2, "January 2025", "2025-01")],
)


@pytest.fixture
def dossier():
    return build_dossier([VOTE, PLAN, DOUBT])


def test_articles_come_in_date_order_with_their_summary(dossier) -> None:
    assert [a.title for a in dossier.articles] == ["Plan", "Doubt", "Vote"]
    assert dossier.articles[0].summary.endswith("Work could start in 2025.")


def test_the_same_article_twice_counts_once() -> None:
    assert len(build_dossier([PLAN, PLAN, VOTE]).articles) == 2


def test_timeline_orders_every_dated_event_and_cites_its_sentence(dossier) -> None:
    values = [e.value for e in dossier.timeline]
    assert values == ["2024-03-04", "2024-03-08", "2024-04-02", "2025-01", "2025"]
    friday = dossier.timeline[1]
    assert dossier.article(friday.article).title == "Doubt"
    assert friday.context.startswith("Opposition leader Piet Berg said on Friday")
    assert DOUBT.article.text[friday.start : friday.end] == "Friday"


def test_quotes_are_grouped_by_speaker_across_articles(dossier) -> None:
    groups = {g.speaker: [q.text for q in g.quotes] for g in dossier.quotes}
    assert groups["Ana Berg"] == ["The old crossing is tired,", "This is the day,"]
    assert groups["Piet Berg"] == ["Nobody has shown us a budget,"]
    assert groups[None] == ["We will see,"]
    assert dossier.quotes[-1].speaker is None  # the unattributed come last


def test_actor_lists_articles_roles_and_quotes(dossier) -> None:
    ana = next(a for a in dossier.actors if a.name == "Ana Berg")
    assert [dossier.article(x).title for x in ana.articles] == ["Plan", "Vote"]
    assert ana.role_names == ("Transport minister", "Minister")
    assert len(ana.quotes) == 2


def test_places_count_mentions_and_articles(dossier) -> None:
    bergen = dossier.places[0]
    assert (bergen.name, bergen.mentions, len(bergen.articles)) == ("Bergen", 3, 3)
    assert [p.name for p in dossier.places] == ["Bergen", "Oslo"]


def test_story_takes_central_sentences_without_repeating(dossier) -> None:
    texts = [s.text for s in dossier.story]
    assert 1 <= len(texts) <= 5
    assert len(set(texts)) == len(texts)
    assert any("harbour bridge" in t for t in texts)
    # in date order, each cited to its article
    order = [a.id for a in dossier.articles]
    assert [order.index(s.article) for s in dossier.story] == sorted(
        order.index(s.article) for s in dossier.story
    )


def test_empty_input_gives_an_empty_dossier() -> None:
    empty = build_dossier([])
    assert (empty.articles, empty.actors, empty.story, empty.overview) == ((), (), (), "")
