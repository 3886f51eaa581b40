"""Summaries: every algorithm, every length mode, awkward articles, readable openings."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.model import Length
from briefing.nlp import analyse
from briefing.sources import from_text, load
from briefing.summarize import ALGORITHMS, summarize, summarize_text
from briefing.summarize.readability import opens_unresolved

STORY = """Ministers strike deal to reopen Valby harbour

The transport ministers of Norland and Estria agreed on Tuesday to reopen Valby harbour, \
which has been closed since a storm wrecked its piers in 2019.

The deal, signed in the Estrian capital Tarsk, commits both governments to share the cost \
of rebuilding the piers, estimated at 40 million euros.

"This is a good day for both our peoples," Norland's transport minister Anna Berg said.

She added that the first ferries could sail by next summer if the work goes to plan.

Fishermen in Valby, who have had to land their catch 60 kilometres away, welcomed the news.

Critics in the Estrian parliament said the cost estimate was far too optimistic.

Will the harbour really open next summer?

The harbour authority will publish a timetable for the works next month.
"""


def _run(text: str, length: Length, algorithm: str = "auto") -> list[str]:
    article = from_text(text)
    return [s.text for s in summarize(analyse(article.text), article, length, algorithm).sentences]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_algorithm_gives_the_requested_sentences_in_article_order(algorithm: str) -> None:
    article = from_text(STORY)
    doc = analyse(article.text)
    summary = summarize(doc, article, Length("sentences", 3), algorithm)
    indices = [s.index for s in summary.sentences]
    assert len(indices) == 3 and indices == sorted(indices)
    for s in summary.sentences:
        assert article.text[s.start : s.end] == s.text == doc.sentences[s.index].text


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_algorithm_summarises_our_sample_article(algorithm: str) -> None:
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "harbour-talks.txt"
    if not sample.exists():
        pytest.skip("resources/samples/harbour-talks.txt is missing")
    article = load(sample)
    summary = summarize(analyse(article.text), article, Length("sentences", 4), algorithm)
    assert len(summary.sentences) == 4


def test_ratio_length_is_a_share_of_the_articles_words() -> None:
    words = len(from_text(STORY).text.split())
    chosen = _run(STORY, Length("ratio", 0.5))
    assert 0.35 * words <= sum(len(s.split()) for s in chosen) <= 0.5 * words


def test_word_budget_is_never_exceeded_and_sentences_are_whole() -> None:
    chosen = _run(STORY, Length("words", 45))
    assert len(chosen) >= 1 and sum(len(s.split()) for s in chosen) <= 45
    assert all(s in STORY for s in chosen)


@pytest.mark.parametrize("algorithm", ["auto", "lexrank", "lead"])
def test_a_budget_no_sentence_fits_gives_no_sentence_rather_than_a_cut_one(algorithm: str) -> None:
    assert _run(STORY, Length("words", 3), algorithm) == []


def test_one_sentence_article() -> None:
    text = "Harbour reopens\n\nValby harbour reopened on Tuesday after two years of repairs."
    assert _run(text, Length("sentences", 3)) == [
        "Valby harbour reopened on Tuesday after two years of repairs."
    ]


def test_article_of_only_quotes() -> None:
    text = (
        'Voices\n\n"We waited two years," one fisherman said.\n\n"It is about time."\n\n"Finally."'
    )
    chosen = _run(text, Length("sentences", 2))
    assert len(chosen) == 2


def test_auto_skips_questions_and_prefers_the_lede() -> None:
    chosen = _run(STORY, Length("sentences", 3))
    assert chosen[0].startswith("The transport ministers of Norland and Estria agreed")
    assert not any(s.endswith("?") for s in chosen)


def test_unknown_algorithm_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown algorithm"):
        _run(STORY, Length(), "magic")


def test_openers_that_need_the_sentence_before() -> None:
    assert opens_unresolved("He also said the talks failed.")
    assert opens_unresolved("The company added that it would appeal.")
    assert opens_unresolved("‘But that was the plan,’ he said.")
    assert opens_unresolved("But the deal collapsed.")
    assert not opens_unresolved("Heavy rain fell.")


def test_summarize_text_is_a_stable_string_api() -> None:
    chosen = summarize_text(STORY, 2)
    assert len(chosen) == 2 and all(isinstance(s, str) for s in chosen)


def test_seed_article_lede_and_no_clutter(seed_article_path: Path, seed_lines: list[str]) -> None:
    article = load(seed_article_path)
    chosen = [s.text for s in summarize(analyse(article.text), article, Length()).sentences]
    lede = seed_lines[6]  # the first body line, after the furniture and the caption
    assert lede.startswith(chosen[0])
    joined = " ".join(chosen)
    assert "min read" not in joined and "[AFP]" not in joined and "Agencies" not in joined


def test_the_summary_opens_without_a_wire_dateline() -> None:
    text = (
        "Ferries return to Valby\n\nTARSK, Mass. _ In the harbour of Valby, the ferries sailed "
        "again on Monday after a winter in the yard. Jo Park, who runs them, said the town had "
        "waited long enough. Norbank paid for the repairs to the boats and the quay, which "
        "took longer than the town had hoped because of the storms in December."
    )
    first = summarize_text(text, 1)[0]
    assert first.startswith("In the harbour of Valby")


def test_the_summary_opens_without_a_one_word_wire_dateline() -> None:
    text = (
        "Ferries return to Valby\n\nVALBY _ The ferries of Valby sailed again on Monday after "
        "a winter in the yard at Tarsk. Jo Park, who runs them, said the town had waited long "
        "enough. Norbank paid for the repairs to the boats and the quay, which took longer "
        "than the town had hoped because of the storms in December."
    )
    assert summarize_text(text, 1)[0].startswith("The ferries of Valby sailed")


@pytest.mark.parametrize(
    "dateline", ["TARSK, Ore. (KTRK) —", "VALBY, Dec 4 (Nordwire) -", "VALBY (Norpress) --"]
)
def test_the_summary_opens_without_a_dateline_signed_by_an_unlisted_outlet(dateline: str) -> None:
    text = (
        f"Ferries return to Valby\n\n{dateline} The ferries of Valby sailed again on Monday "
        "after a winter in the yard at Tarsk. Jo Park, who runs them, said the town had waited "
        "long enough. Norbank paid for the repairs to the boats and the quay, which took longer "
        "than the town had hoped because of the storms in December."
    )
    assert summarize_text(text, 1)[0].startswith("The ferries of Valby sailed")


def test_the_summary_never_shows_a_place_and_date_header_line() -> None:
    text = (
        "Ferries return to Valby\n\nTarsk, March 3, 2026\n\nThe ferries of Valby sailed again "
        "on Monday after a winter in the yard at Tarsk. Jo Park, who runs them, said the town "
        "had waited long enough. Norbank paid for the repairs to the boats and the quay, which "
        "took longer than the town had hoped because of the storms in December."
    )
    for algorithm in ("auto", "lead", "lexrank"):
        shown = summarize_text(text, 2, algorithm)
        assert len(shown) == 2 and not any(s.startswith("Tarsk, March") for s in shown)
    assert summarize_text(text, 2)[0].startswith("The ferries of Valby sailed")


def test_lsa_numbers_words_in_sorted_order_so_runs_agree() -> None:
    """sumy's own LSA numbered words in hash order, so a tie broke differently from run to run."""
    from sumy.nlp.stemmers import Stemmer

    from briefing.summarize.algorithms import _summarizer, sumy_document

    article = from_text(STORY)
    doc = analyse(article.text)
    document, _ = sumy_document(doc, article, list(range(len(doc.sentences))))
    lsa = _summarizer("lsa", Stemmer("english"), frozenset({"the", "of"}))
    dictionary = lsa._create_dictionary(document)
    assert len(dictionary) > 20
    assert list(dictionary) == sorted(dictionary)
    assert list(dictionary.values()) == list(range(len(dictionary)))
