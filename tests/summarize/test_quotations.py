"""A quotation of several sentences is shown whole or not at all: never half a quotation."""

from __future__ import annotations

from briefing.model import Length
from briefing.nlp import analyse
from briefing.sources import from_text
from briefing.summarize import ALGORITHMS, summarize
from briefing.summarize.quotations import cut_quotations, half_quoted, quotation_units
from briefing.summarize.readability import assemble

# The third sentence opens a quotation the fourth, in the same paragraph, closes.
STORY = """Tarsk ferry timetable cut for the winter

The operator Nordline will run two ferries a day between Tarsk and Valby from November, \
down from five, the company said on Monday.

It blamed the price of fuel, which has doubled since the spring.

Councillor Mira Holm said: "People on the island depend on the ferry for doctors, for \
school and for the shops. Two sailings a day will leave the old and the sick stranded," she said.

Nordline said the summer timetable would return in April.

The council will meet the operator on Thursday to ask for a third daily sailing.

Fares will not change, the company said.
"""


def _summary(text: str, length: Length):  # type: ignore[no-untyped-def]
    article = from_text(text)
    return summarize(analyse(article.text), article, length)


def _summary_by(text: str, length: Length, algorithm: str):  # type: ignore[no-untyped-def]
    article = from_text(text)
    return summarize(analyse(article.text), article, length, algorithm)


def _shown(text: str, length: Length) -> list[str]:
    return [s.text for s in _summary(text, length).sentences]


def test_the_sentences_of_one_quotation_are_one_unit() -> None:
    doc = analyse(from_text(STORY).text)
    units = quotation_units(doc)
    opening = next(i for i, s in enumerate(doc.sentences) if s.text.startswith("Councillor"))
    assert units[opening] == (opening, opening + 1)
    assert units[opening + 1] == (opening, opening + 1)
    assert opening - 1 not in units  # a sentence outside any quotation is its own unit


def test_a_quotation_of_two_sentences_is_never_shown_cut() -> None:
    for length in (
        Length("sentences", 1),
        Length("sentences", 3),
        Length("sentences", 4),
        Length("words", 40),
        Length("words", 60),
        Length("words", 90),
    ):
        shown = _shown(STORY, length)
        assert not half_quoted(shown), (length, shown)
        opened = any(s.startswith("Councillor") for s in shown)
        closed = any(s.startswith("Two sailings") for s in shown)
        assert opened == closed, (length, shown)


def test_the_quotation_is_shown_whole_when_it_fits() -> None:
    shown = _shown(STORY, Length("sentences", 4))
    assert any(s.startswith("Councillor") for s in shown)
    assert any(s.endswith('stranded," she said.') for s in shown)


def test_a_word_budget_still_holds_with_quotations_as_units() -> None:
    for budget in (30, 45, 60, 75, 100):
        summary = _summary(STORY, Length("words", budget))
        assert sum(len(s.text.split()) for s in summary.sentences) <= budget
        assert summary.sentences  # something always fits


def test_a_summary_stays_in_article_order() -> None:
    summary = _summary(STORY, Length("sentences", 4))
    indices = [s.index for s in summary.sentences]
    assert indices == sorted(indices)


def test_assemble_takes_a_unit_whole_or_skips_it() -> None:
    texts = ["Rain fell on Valby.", 'Ana Berg said: "We will wait.', 'Then we sail," she said.']
    stems = [frozenset(t.lower().split()) for t in texts]
    units = {1: (1, 2), 2: (1, 2)}
    assert assemble([1, 0, 2], texts, stems, lambda c: len(c) <= 3, units) == [0, 1, 2]
    assert assemble([1, 0, 2], texts, stems, lambda c: len(c) <= 2, units) == [1, 2]
    assert assemble([2, 0, 1], texts, stems, lambda c: len(c) <= 1, units) == [0]


def test_cut_quotations_names_the_sentences_cut_off() -> None:
    units = {3: (3, 4, 5), 4: (3, 4, 5), 5: (3, 4, 5)}
    assert cut_quotations([0, 3, 4], units) == [3, 4]
    assert cut_quotations([0, 3, 4, 5], units) == []


def test_the_reader_check_sees_an_opening_or_a_closing_mark_alone() -> None:
    assert half_quoted(['Mira Holm said: "The island depends on the ferry.'])
    assert half_quoted(['It will leave the sick stranded," she said.'])
    assert half_quoted(["Mira Holm said: ‘The island depends on the ferry."])
    assert half_quoted(["It will leave the sick stranded,’ she said."])
    assert half_quoted(["It will leave the sick stranded,' she said."])
    assert not half_quoted(
        ['Mira Holm said: "The island depends on the ferry.', 'It is our road," she said.']
    )
    assert not half_quoted(['"Yes," Holm said. "We will fight it."'])


def test_apostrophes_are_not_quotation_marks() -> None:
    assert not half_quoted(["The port's new crane came in the '90s, before rock 'n' roll night."])
    assert not half_quoted(["The dockers’ union met at the harbour master’s office."])
    assert not half_quoted(["The players' wages were cut, and the fans' club was closed."])
    assert not half_quoted(["Holm called it a ‘lifeline’, and the island's mayor agreed."])


def test_a_single_mark_quotation_of_two_sentences_is_one_unit() -> None:
    text = STORY.replace('said: "People', "said: ‘People").replace('stranded,"', "stranded,’")
    text = text.replace("The operator", "The port's operator")
    doc = analyse(from_text(text).text)
    opening = next(i for i, s in enumerate(doc.sentences) if s.text.startswith("Councillor"))
    assert quotation_units(doc)[opening] == (opening, opening + 1)
    for length in (Length("sentences", 3), Length("words", 60)):
        assert not half_quoted(_shown(text, length))


def test_every_algorithm_keeps_a_quotation_whole_and_its_sentence_count() -> None:
    article = from_text(STORY)
    doc = analyse(article.text)
    units = quotation_units(doc)
    for algorithm in ALGORITHMS:
        for length in (Length("sentences", 3), Length("words", 60)):
            summary = summarize(doc, article, length, algorithm)
            chosen = [s.index for s in summary.sentences]
            assert not cut_quotations(chosen, units), (algorithm, length, chosen)
            if length.mode == "sentences":
                assert len(chosen) == 3, (algorithm, chosen)
            else:
                assert sum(len(s.text.split()) for s in summary.sentences) <= 60


def test_the_lead_skips_a_quotation_that_would_run_past_its_sentences() -> None:
    shown = [s.text for s in _summary_by(STORY, Length("sentences", 3), "lead").sentences]
    assert shown[0].startswith("The operator") and len(shown) == 3
    assert not any(s.startswith("Councillor") for s in shown)
