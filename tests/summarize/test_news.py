"""`auto`'s news rules: what it holds back, and how it avoids repeating itself."""

from __future__ import annotations

from briefing.model import Length, Sentence
from briefing.nlp import analyse
from briefing.sources import from_text
from briefing.summarize import summarize
from briefing.summarize.news import penalty


def _sentence(text: str) -> Sentence:
    return analyse(text).sentences[0]


def test_a_photo_caption_is_never_a_candidate() -> None:
    assert penalty(_sentence("Leaders shake hands at the summit in Sochi [AFP]")) == 0.0


def test_questions_fragments_and_bare_quotes_are_held_back() -> None:
    plain = penalty(_sentence("The ministers agreed on Tuesday to reopen the harbour next year."))
    assert penalty(_sentence("Will the ministers really reopen the harbour next year?")) < plain
    assert penalty(_sentence("Harbour deal agreed.")) < plain
    assert penalty(_sentence('"We will reopen the harbour next year, whatever it costs."')) < plain


def test_a_near_duplicate_of_a_chosen_sentence_is_skipped() -> None:
    text = (
        "Harbour deal\n\n"
        "The ministers of Norland and Estria agreed on Tuesday to reopen Valby harbour.\n\n"
        "The ministers of Norland and Estria agreed on Tuesday to reopen the Valby harbour.\n\n"
        "Fishermen in Valby said the deal came two years too late for many of them."
    )
    article = from_text(text)
    chosen = summarize(analyse(article.text), article, Length("sentences", 2)).sentences
    assert [s.index for s in chosen] == [0, 2]
