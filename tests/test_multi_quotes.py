"""The multi-source quote scorer: matching, speakers, and held-out articles kept unread."""

from __future__ import annotations

import pytest

from briefing.model import Quote
from evaluation import multi_quotes
from evaluation.multisource import Article


def test_held_out_article_errors_are_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    held = Article("cnn", "cnn-x", "The pier opened.", heldout=True)
    monkeypatch.setattr(multi_quotes, "articles", lambda source: [held])
    assert multi_quotes.main(["--errors", "cnn-x"]) == 2
    assert "held out" in capsys.readouterr().err


def test_same_source_accepts_surname_and_alias() -> None:
    assert multi_quotes.same_source("Berg", "Anna Berg", set())
    assert multi_quotes.same_source("Harbour FC", "Harbour Football Club", {"Harbour FC"})
    assert not multi_quotes.same_source("Piet Kaljus", "Anna Berg", {"Berg"})


def test_quotes_are_cut_at_paragraph_breaks() -> None:
    text = '"We start now.\n\n"And we finish in May," Anna Berg said.'
    quote = Quote(text[1:38], "Anna Berg", 0, 1, 38)
    pieces = multi_quotes.paragraph_pieces(text, (quote,))
    assert [p.text for p in pieces] == ["We start now.", "And we finish in May"]


def test_quotes_are_cut_where_an_indented_line_opens_a_paragraph() -> None:
    text = "\t   ``We start now,'' said Anna Berg. ``We sail\nin May."
    text += "\n\t   ``And we finish in June.''"
    quote = Quote(text[40:84], "Anna Berg", 0, 40, 84)
    pieces = multi_quotes.paragraph_pieces(text, (quote,))
    assert [p.text for p in pieces] == ["We sail\nin May.", "And we finish in June."]


def test_a_short_quote_matches_without_the_comma_inside_its_marks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = 'Did he sign it? "No," replied the clerk.'
    article = Article("bbcb", "b-x", text, heldout=False)
    ours = Quote("No", None, 0, 17, 19)
    monkeypatch.setattr(multi_quotes, "analyse", lambda t: None)
    monkeypatch.setattr(multi_quotes, "extract_actors", lambda doc: ())
    monkeypatch.setattr(multi_quotes, "extract_quotes", lambda doc, actors: (ours,))
    gold = {"quotes": [{"start": 17, "end": 20, "speaker": None, "description": None}]}
    tally = multi_quotes.score_article(article, gold)
    assert tally.matched == 1 and tally.predicted == 1


def test_markdown_row_names_the_set_and_counts() -> None:
    tally = multi_quotes.Tally(gold=10, predicted=9, matched=8, right=6, wrong=1)
    tally.partial_gold, tally.partial_found = 3, 2
    row = tally.markdown(multi_quotes._set_name("dm3"), "dev (12)")
    assert row.startswith("| Daily Mail, third set | dev (12) | 10 |")
    assert "| 0.750 (6/8) | 12.5% (1) | 2/3 |" in row
