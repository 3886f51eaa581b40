"""British feature copy run together: double marks nested in a single-quoted stretch that the
next quotation reopens stay nested, and a first-person quote after sentences telling of the
last speaker alone goes on in that speaker's voice (round 37)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.facts.quotes.marks import find_quoted, scan_copy
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


_OPENING = (
    "Greta Holmqvist had rowed for Valby since she was nine. 'I never thought I would lose a "
    "season to one bad fall,' Greta Holmqvist said. The fall came on a cold morning in March, "
    "when the river was high and the boats were kept in the sheds for most of the week. "
    "Doctors at the Valby clinic kept watch on the young rower for a month, and the club sent "
    "cards and flowers to the ward every Friday. "
)


def test_double_marks_inside_a_reopened_single_quote_stay_nested() -> None:
    text = (
        '\'While I lay in bed I told myself: "rowing alone is no fun." It felt slow and dull. '
        "'So I wanted to row with friends again.' It was a plan."
    )
    spans = find_quoted(scan_copy(text))
    assert [text[s.start : s.end] for s in spans][:1] == [
        'While I lay in bed I told myself: "rowing alone is no fun." It felt slow and dull.'
    ]


def test_a_first_person_quote_after_her_story_is_hers() -> None:
    text = _OPENING + (
        "Slowly, Greta Holmqvist got back into a boat. Later she set up a rowing club for "
        "beginners on the Valby canal. 'I wanted to share the joy of the water with people "
        "who had never tried it.'"
    )
    quotes = _quotes(text)
    assert quotes[-1].text.startswith("I wanted")
    assert quotes[-1].speaker == "Greta Holmqvist"


def test_a_quote_without_the_first_person_after_her_story_is_left_open() -> None:
    text = _OPENING + (
        "Slowly, Greta Holmqvist got back into a boat. Later she set up a rowing club for "
        "beginners on the Valby canal. 'The canal is calm and wide enough for eight boats.'"
    )
    assert _quotes(text)[-1].speaker is None


def test_a_first_person_quote_after_someone_else_is_named_is_left_open() -> None:
    text = _OPENING + (
        "Slowly, Greta Holmqvist got back into a boat. Her friend Oskar Lindqvist set up a "
        "rowing club on the Valby canal. 'I wanted to share the joy of the water with people "
        "who had never tried it.'"
    )
    assert _quotes(text)[-1].speaker != "Greta Holmqvist"


def test_a_first_person_quote_after_a_pronoun_of_the_other_sex_is_left_open() -> None:
    text = _OPENING + (
        "Slowly, Greta Holmqvist got back into a boat. Then he set up a rowing club on the "
        "Valby canal. 'I wanted to share the joy of the water with people who had never "
        "tried it.'"
    )
    assert _quotes(text)[-1].speaker != "Greta Holmqvist"


def test_double_marks_in_a_long_reopened_stretch_are_left_alone() -> None:
    # Past the reach of speech left open, the double marks may be a quotation of their own.
    filler = "The boats went out and came back again in the grey light of the long days. " * 4
    text = f"'We rowed on. {filler}Then the coach said \"stop now\" to all of us. 'We stopped.'"
    at = text.index('"stop')
    assert scan_copy(text)[at] == '"'
    short = "'We rowed on. Then the coach said \"stop now\" to all of us. 'We stopped.'"
    assert scan_copy(short)[short.index('"stop')] == "'"


def test_it_going_on_after_a_report_is_the_report_authors() -> None:
    text = (
        "The harbour review was led by Anneli Strand, a former judge at the Valby court. Her "
        "report, published in May, found there had been a 'long and careless neglect of the "
        "sea walls'. It also highlighted a 'worrying habit' of delay at the harbour office."
    )
    quotes = _quotes(text)
    assert [(q.text, q.speaker) for q in quotes][-1] == ("worrying habit", "Anneli Strand")


def test_it_going_on_after_a_person_quoted_is_left_open() -> None:
    text = (
        "Anneli Strand, a former judge at the Valby court, spoke at the pier. She said there "
        "had been a 'long and careless neglect of the sea walls'. It also showed a 'worrying "
        "habit' of delay at the harbour office."
    )
    quotes = _quotes(text)
    assert all(q.speaker is None for q in quotes if q.text == "worrying habit")


def test_a_we_quote_after_her_story_is_hers() -> None:
    # Round 38: a speaker for her own club says `we` as often as `I`.
    text = _OPENING + (
        "Slowly, Greta Holmqvist got back into a boat. Later she set up a rowing club for "
        "beginners on the Valby canal. 'What we are building here is a club for anyone who "
        "has never held an oar.'"
    )
    quotes = _quotes(text)
    assert quotes[-1].text.startswith("What we are")
    assert quotes[-1].speaker == "Greta Holmqvist"


def test_a_we_quote_after_someone_else_is_named_is_left_open() -> None:
    text = _OPENING + (
        "Slowly, Greta Holmqvist got back into a boat. Her friend Oskar Lindqvist set up a "
        "rowing club on the Valby canal. 'What we are building here is a club for anyone "
        "who has never held an oar.'"
    )
    assert _quotes(text)[-1].speaker != "Greta Holmqvist"


def test_it_going_on_after_a_quote_the_report_says_is_the_report_authors() -> None:
    # Round 38: the document credited after the quote, not before it.
    text = (
        "A review of the harbour was written by the Valby Harbour Trust this spring. "
        "'The sea walls have been left to crumble for a decade,' the report says. It also "
        "points out that 'the repairs were paid for twice' by the harbour office."
    )
    quotes = _quotes(text)
    assert quotes[-1].text == "the repairs were paid for twice"
    assert quotes[-1].speaker == quotes[0].speaker == "Valby Harbour Trust"


def test_it_going_on_after_a_quote_a_person_says_is_left_open() -> None:
    text = (
        "Anneli Strand, a former judge at the Valby court, spoke at the pier. 'The sea walls "
        "have been left to crumble for a decade,' Anneli Strand says. It also points out that "
        "'the repairs were paid for twice' by the harbour office."
    )
    quotes = _quotes(text)
    assert all(q.speaker is None for q in quotes if q.text.startswith("the repairs"))


def test_a_first_person_quote_after_her_story_opens_the_next_paragraph_is_hers() -> None:
    # Round 38: her last quote ends one paragraph; the next tells of her, then gives her words.
    text = _OPENING + (
        "'I will row again by summer,' she said.\n\n"
        "Greta Holmqvist has rowed with one hand since the fall. 'Each stroke I take now "
        "feels like the first one I ever took.'"
    )
    quotes = _quotes(text)
    assert quotes[-1].text.startswith("Each stroke")
    assert quotes[-1].speaker == "Greta Holmqvist"


def test_a_first_person_quote_after_words_between_the_paragraphs_is_left_open() -> None:
    text = _OPENING + (
        "'I will row again by summer,' she said. Her coach Oskar Lindqvist was proud.\n\n"
        "Greta Holmqvist has rowed with one hand since the fall. 'Each stroke I take now "
        "feels like the first one I ever took.'"
    )
    assert _quotes(text)[-1].speaker != "Greta Holmqvist"
