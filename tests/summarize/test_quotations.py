"""A quotation of several sentences is shown whole or not at all: never half a quotation."""

from __future__ import annotations

from briefing.model import Length
from briefing.nlp import analyse
from briefing.sources import from_text
from briefing.summarize import ALGORITHMS, summarize
from briefing.summarize.quotations import (
    cut_quotations,
    half_quoted,
    quotation_units,
    unshowable,
)
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


def _shown_by(text: str, length: Length, algorithm: str) -> list[str]:
    return [s.text for s in _summary_by(text, length, algorithm).sentences]


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


# A quotation carried over two paragraphs by the news convention: the first paragraph is left
# open, the second reopens with a mark.
CONTINUED = """Valby harbour to close for repairs

Valby harbour will close for six weeks from March while its north pier is rebuilt, the \
harbour board said on Wednesday.

Board chair Petra Lund said: "The pier has stood for ninety years and it has earned a rest.

"We will open the south pier for the fishing fleet, and nobody will lose a day at sea," she \
said.

Ferries will dock at Tarsk during the works.

The rebuilding will cost 12 million crowns, paid by the board and the town council.
"""


def test_a_quotation_carried_into_the_next_paragraph_is_one_unit() -> None:
    doc = analyse(from_text(CONTINUED).text)
    opening = next(i for i, s in enumerate(doc.sentences) if s.text.startswith("Board chair"))
    assert quotation_units(doc)[opening] == (opening, opening + 1)
    for length in (Length("sentences", 2), Length("sentences", 3), Length("words", 50)):
        assert not half_quoted(_shown(CONTINUED, length)), length


def test_paragraphs_run_together_keep_a_carried_quotation_whole() -> None:
    text = CONTINUED.replace("a rest.\n\n", "a rest. ").replace('"', "‘", 2)
    text = text.replace('sea," she', "sea,’ she").replace('"We will', "‘We will")
    doc = analyse(from_text(text).text)
    opening = next(i for i, s in enumerate(doc.sentences) if s.text.startswith("Board chair"))
    assert quotation_units(doc)[opening] == (opening, opening + 1)
    for length in (Length("sentences", 2), Length("sentences", 3), Length("words", 50)):
        assert not half_quoted(_shown(text, length)), length


def test_a_quotation_whose_closing_mark_is_lost_is_never_shown() -> None:
    text = CONTINUED.replace('"We will open', "The board will open").replace(
        'at sea," she said', "at sea, she said"
    )
    doc = analyse(from_text(text).text)
    opening = next(i for i, s in enumerate(doc.sentences) if s.text.startswith("Board chair"))
    assert opening in unshowable(doc, quotation_units(doc))
    for algorithm in ("auto", "lead", "lexrank"):
        shown = _shown_by(text, Length("sentences", 3), algorithm)
        assert not any(s.startswith("Board chair") for s in shown), algorithm
        assert len(shown) == 3


def test_apostrophes_never_make_a_sentence_unshowable() -> None:
    text = """Tarsk dance hall reopens

The port's old dance hall, shut since the '90s, reopened on Saturday with a rock 'n' roll \
night.

The dockers' choir sang first, and the harbour master’s band played until midnight.

Tickets for 'Harbour Nights', the hall's summer season, go on sale on Monday.
"""
    doc = analyse(from_text(text).text)
    units = quotation_units(doc)
    assert units == {} and unshowable(doc, units) == set()
    assert len(_shown(text, Length("sentences", 3))) == 3
