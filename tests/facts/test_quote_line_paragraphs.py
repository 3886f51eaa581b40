"""Copy laid out one paragraph a line (no blank lines): quotation marks pair within a line,
a quote left open at a line end goes on only into a line that opens with a mark, and the
writer's lines between quotes are never read as quotes."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.facts.quotes.marks import find_quoted, paragraphs, scan_copy
from briefing.model import Quote
from briefing.nlp import analyse

_WIDE = (
    "Jo Park, who has led the survey of the Valby caves for the harbour museum since it began "
    "in the spring, says the rock shelters hold more carvings than anyone expected."
)


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def _spans(text: str) -> list[str]:
    scan = scan_copy(text)
    return [text[s.start : s.end] for s in find_quoted(scan)]


def test_each_line_of_wide_copy_is_a_paragraph() -> None:
    text = _WIDE + '\n"We found four new panels," she says.\nThe museum will open in May.'
    assert len(paragraphs(scan_copy(text))) == 3
    # Hard-wrapped copy (every line at most 100 characters) keeps its lines together.
    wrapped = "The museum will open in May.\nIt has four rooms.\n\nThe caves are closed."
    assert len(paragraphs(scan_copy(wrapped))) == 2


def test_a_quote_continued_on_the_next_line_is_one_quote_a_line() -> None:
    text = (
        _WIDE + '\n"If the floods come back this winter some of the panels may be lost.\n'
        '"We need a roof over the shelter before the rains," she says.\n'
        "Park says the council turned down her request for a grant last week.\n"
        '"We will ask again in the autumn," she says.'
    )
    assert _spans(text) == [
        "If the floods come back this winter some of the panels may be lost.",
        "We need a roof over the shelter before the rains,",
        "We will ask again in the autumn,",
    ]


def test_an_unclosed_mark_does_not_turn_the_next_lines_into_quotes() -> None:
    text = (
        _WIDE + '\nShe says "the carvings are older than the town.\n'
        "Park says the council turned down her request for a grant last week.\n"
        '"We will ask again in the autumn," she says.'
    )
    assert _spans(text) == ["We will ask again in the autumn,"]
    (q,) = _quotes(text)
    assert q.speaker == "Jo Park" and "council" not in q.text


def test_a_quote_the_author_reports_is_the_authors() -> None:
    text = (
        "The study, led by Dr Jo Park of Valby University, found that older ferries use more "
        "fuel in calm water than newer ones.\n"
        '"The most consistent cause of the extra fuel is the shape of the hull," Park reports.\n'
        '"Only the older hulls, and not the engines, predicted the use of fuel."'
    )
    first, second = _quotes(text)
    assert first.speaker == "Jo Park" and second.speaker == "Jo Park"


def test_a_voice_does_not_go_on_past_a_line_paragraph() -> None:
    text = (
        _WIDE + "\nA Valby Science Board spokesperson could not comment on single grants, but "
        "confirms that few digs were funded this year.\n"
        '"We did pay for several digs in the north," she says.\n'
        "The future of the carvings\n"
        "Park says the panels will stay in the caves or go to the harbour museum.\n"
        '"Perhaps they can stay and slowly weather away," he says.'
    )
    *_, last = _quotes(text)
    assert last.description is None


def test_a_name_a_thing_was_once_called_is_no_quote() -> None:
    text = (
        "The Valby ferry now ranks as a 'minor' risk to the harbour, one step down from "
        "'serious'. The ferry was previously called a milder 'harbour hazard' on the list."
    )
    assert all(q.description != "The ferry was" for q in _quotes(text))
    assert "harbour hazard" not in [q.text for q in _quotes(text)]


def test_they_after_a_named_lead_and_colleagues_is_the_lead() -> None:
    text = (
        "Two studies of ferry engines were published this week in the Valby Journal of Ships.\n"
        "Ana Berg of Norbank College in Valby and colleagues wrote one of the new studies.\n"
        "The team found that engines run on cold sea water wear out more slowly than the rest.\n"
        '"Cooling the engines with sea water is worth the cost" for old and new ferries, they '
        "conclude."
    )
    (q,) = _quotes(text)
    assert q.speaker == "Ana Berg"
    # With no named lead, "they" is a group: nobody.
    (q,) = _quotes(text.replace("Ana Berg of Norbank College in Valby and colleagues", "Others"))
    assert q.speaker is None


def test_he_after_a_person_opening_the_sentence_before_is_that_person() -> None:
    text = (
        "Tom Lind, who has led the survey of the Valby caves for the harbour museum since it "
        "began, says the carvings are older than the town.\n"
        '"They may be three thousand years old," he says.\n'
        "Lind says the council has not yet funded the tests.\n"
        '"We will know more when the tests come back in the spring," Lind says.\n'
        "Peter Marek, of the Valby Elders Board, wants the carvings moved to a museum.\n"
        "He plans to raise it with the board next month.\n"
        '"My view is that they are safer behind glass than out in the bush," he says.'
    )
    *_, last = _quotes(text)
    assert last.speaker == "Peter Marek"


def test_one_word_after_an_article_is_the_partial_of_the_pronoun_clause_after_it() -> None:
    text = (
        "Tom Lind, who coaches the Valby rowing club, says music helps the crews train harder.\n"
        'Music can also lift the crews into a "winning" mood, he says.'
    )
    quotes = _quotes(text)
    assert [(q.text, q.speaker, q.partial) for q in quotes] == [("winning", "Tom Lind", True)]


def test_a_so_called_term_is_no_quote() -> None:
    text = 'The finding fits the so-called "harbour wall effect" seen in older ferries at Valby.'
    assert _quotes(text) == []


def test_a_paragraph_of_marks_strewn_through_a_word_is_given_up() -> None:
    # hundreds of marks in one paragraph are junk, not quotes: given up before any speaker search
    junk = 'x"' * 500
    quoted = '"We open the pier at noon," Jo Park said.'
    assert _spans(f"{junk}\n\n{quoted}") == ["We open the pier at noon,"]
    # a paragraph with many real quotations keeps them all
    many = " ".join(f'"Pier {n}," she said.' for n in range(30))
    assert len(_spans(many)) == 30
