"""Web-paste clean-up: metadata recognised, furniture kept aside, story untouched."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.sources import from_text, load
from briefing.sources.clutter import is_caption, parse_dateline

PASTED = """Ministers agree harbour deal

Ministers agree harbour deal
Norland and Estria end a year of wrangling over the storm-wrecked port.
4 min read
Monday 11 March 2024 10:31 GMT
By Helen Marsh
Boats moored at the damaged pier in Valby [Reuters]
The transport ministers agreed on Monday to share the cost of rebuilding the harbour.

An AFP photographer saw the ministers shake hands at the harbour office.

Reporting by Helen Marsh; Editing by Tom Aalto
Share this article
"""


def test_pasted_article_metadata() -> None:
    article = from_text(PASTED)
    assert article.title == "Ministers agree harbour deal"
    assert article.standfirst == (
        "Norland and Estria end a year of wrangling over the storm-wrecked port."
    )
    assert article.byline == "Helen Marsh"
    assert article.published == date(2024, 3, 11)


def test_pasted_article_clutter_is_kept_aside_not_analysed() -> None:
    article = from_text(PASTED)
    kinds = [c.kind for c in article.clutter]
    assert kinds == [
        "repeated-headline",
        "standfirst",
        "reading-time",
        "dateline",
        "byline",
        "caption",
        "credit",
        "boilerplate",
    ]
    assert article.paragraphs == (
        "The transport ministers agreed on Monday to share the cost of rebuilding the harbour.",
        "An AFP photographer saw the ministers shake hands at the harbour office.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "17 September, 2018",
        "September 17, 2018",
        "Sept. 17, 2018",
        "2018-09-17",
        "Published 17 Sep 2018",
        "Monday 17 September 2018 10:31 BST",
    ],
)
def test_dateline_forms(line: str) -> None:
    assert parse_dateline(line) == date(2018, 9, 17)


def test_a_sentence_mentioning_a_date_is_not_a_dateline() -> None:
    assert parse_dateline("The talks ended on 17 September, 2018, without a deal.") is None


def test_captions_need_a_credit_at_the_end() -> None:
    assert is_caption("Turkey has bolstered its positions [AFP]")
    assert is_caption("Ministers at the signing (Reuters)")
    assert not is_caption("AFP reported that the talks ended late on Monday evening.")


def test_seed_article(seed_article_path: Path) -> None:
    article = load(seed_article_path)
    assert article.title == "Turkey and Russia leaders discuss Syria's Idlib"
    assert article.published == date(2018, 9, 17)
    assert article.standfirst and article.standfirst.startswith("A Syrian regime offensive")
    assert article.paragraphs[0].startswith("Turkey and Russia leaders will meet Monday")
    assert article.paragraphs[-1].startswith('"If you [Russia] are invited')
    text = article.text
    assert "min read" not in text and "[AFP]" not in text and "Agencies" not in text


def test_bundled_sample_loads_cleanly() -> None:
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "harbour-talks.txt"
    article = load(sample)
    assert article.byline == "Helen Marsh" and article.published == date(2024, 3, 12)
    assert not any("Reporting by" in p or "[Nordic Press]" in p for p in article.paragraphs)
