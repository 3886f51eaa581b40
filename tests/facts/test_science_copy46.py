"""Science copy of the sixth ABC set's kind (round 46), in our own invented words: an expert
talking about a figure of the past, whose words about "her" are the expert's, not the figure's;
a quote paragraph whose opening mark was left out; "today" for nowadays and for the day a
journal publishes; the Moon, an era and a god, no places.
"""

from __future__ import annotations

from datetime import date

from briefing.facts.actors import extract_actors
from briefing.facts.dates import extract_dates
from briefing.facts.places import NOT_PLACES, extract_places
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def _spoken(quotes: list[Quote], word: str) -> Quote:
    return next(q for q in quotes if word in q.text)


def test_words_about_the_figure_a_sentence_names_are_the_experts() -> None:
    quotes = _quotes(
        "Norland's queen Marit used her crowns to show her power, says a professor of old "
        "history.\n"
        "Carvings and coins of the queen suggest Marit wore three crowns, Professor Ana Berg of "
        "Valby University says in a new book.\n"
        '"She wore the tall crown in winter and the plain band in summer," Berg says.\n'
        "Berg says when the queen sat in court, her aim was to look like the old kings.\n"
        "A set of carved heads from the harbour has lately been linked to Marit, though nothing "
        "written on them can prove it.\n"
        '"These show her with the tall crown and the heavy veil," she says.\n'
        '"This crown is the one we most often link with Marit today."\n'
    )
    assert _spoken(quotes, "heavy veil").speaker == "Ana Berg"
    assert _spoken(quotes, "most often").speaker == "Ana Berg"


def test_a_paragraph_whose_opening_mark_was_left_out_is_quoted_from_its_start() -> None:
    quotes = _quotes(
        "Professor Ana Berg of Valby University has written a book on the crowns of Norland.\n"
        "Old crowns\n"
        "From the reign of the first kings, the queens wore the 'tall crown' with its seven "
        'points," Berg says.\n'
        '"When the young queen came to the throne, she kept to the old ways.\n'
        '"She did not change a thing."\n'
    )
    first = _spoken(quotes, "first kings")
    assert first.text.startswith("From the reign") and first.speaker == "Ana Berg"
    assert _spoken(quotes, "old ways").speaker == "Ana Berg"


def test_a_longer_paragraph_before_a_lone_closing_mark_is_no_quote() -> None:
    # the opening mark and the words after it were lost: the narrative is not the quote
    quotes = _quotes(
        "Judge Ana Lund ordered the port to repay its tenants. She set the first payments for "
        'May and would hear no appeal. will not be held back by more appeals," Judge Lund said.\n'
    )
    assert not [q for q in quotes if "repay" in q.text]


def _today(text: str) -> str | None:
    found = {d.text: d.value for d in extract_dates(analyse(text), date(2019, 5, 6))}
    return found["today"]


def test_a_journal_publishing_today_is_the_days_news() -> None:
    assert _today("The finding is published today in the journal Valby Letters.") == "2019-05-06"


def test_today_after_a_gerund_in_a_present_clause_is_nowadays() -> None:
    text = "Dr Jo Park says there are better ways of testing the soil today."
    assert _today(text) == "PRESENT_REF"


def test_the_moon_and_an_era_are_no_places() -> None:
    assert {"Moon", "Middle Ages"} <= NOT_PLACES


def test_a_name_after_god_or_goddess_is_no_place() -> None:
    text = "Valby's carvings show the sun god Norr beside the goddess Vala."
    doc = every_occurrence(text, ("LOCATION", "Valby"), ("LOCATION", "Norr"), ("LOCATION", "Vala"))
    assert {p.name for p in extract_places(doc)} == {"Valby"}
