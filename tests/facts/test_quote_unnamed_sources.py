"""A source the text only describes (`a spokesman for the Valby Trust`) and a body's name the
tagger took for a person: neither becomes a named speaker by a pronoun."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.facts.quotes.marks import paragraphs, scan_copy
from briefing.facts.quotes.speakers import People
from briefing.model import Actor, Evidence, Quote
from briefing.nlp import analyse


def _quotes(text: str, actors: tuple[Actor, ...] | None = None) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc) if actors is None else actors))


def test_a_spokeswoman_for_a_body_is_a_description() -> None:
    text = (
        "The Valby Trust opened a new school in May. A spokeswoman for the Valby Trust said: "
        '"We want every child in the town to learn to sail before the age of twelve."'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "A spokeswoman for the Valby Trust"


def test_he_after_an_unnamed_spokesman_is_the_spokesman() -> None:
    text = (
        "Only two of the riders at the Harbour Club, Jo Park and Tom Lind, are local. "
        "But a spokesman for the Valby Riders told reporters that half their squad came from "
        'the town. He said the race for places was "fierce" among the young riders.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "a spokesman for the Valby Riders"


def test_a_body_name_read_as_a_person_gets_no_pronoun() -> None:
    text = "Two of the dancers at the Harbour Ballet are local. He said it was hard work."
    ballet = Actor("Harbour Ballet", "person", evidence=(Evidence(0, 26, 40),))
    people = People((ballet,), [], text, (0, 53))
    assert people.named_in(0, len(text)) == []
    # A person named after an owner keeps the pronoun when a given name opens it.
    text = "Valby's Tom Lind won again. He said it was hard work."
    park = Actor("Tom Lind", "person", evidence=(Evidence(0, 8, 16),))
    people = People((park,), [], text, (0, 28))
    assert people.referent("he", 28) == "Tom Lind"


def test_a_quote_after_a_sentence_its_one_person_opens_with_a_reporting_verb() -> None:
    text = (
        "Tom Lind runs the Valby ferry line.\n\n"
        "Mr Lind wants a second pier by the spring but conceded this was ambitious. "
        '"We have the money, but the builders are booked until the summer and the council '
        'still has to agree."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Tom Lind"


def test_no_person_for_a_quote_after_a_body_speaks_in_that_sentence() -> None:
    text = (
        "Tom Lind runs the Valby ferry line.\n\n"
        "Mr Lind was seen at the pier but Norbank says it will not pay for the works. "
        '"We have the money, but the builders are booked until the summer and the council '
        'still has to agree."'
    )
    (q,) = _quotes(text)
    assert q.speaker != "Tom Lind"


def test_wire_copy_indented_paragraphs_carry_the_voice_on() -> None:
    text = (
        "Harbour plan\n\n"
        "\t   VALBY (AP) _ The new pier will open in May, the harbour master Jo Park said on\n"
        "Monday.\n"
        "\t   ``We have waited for this pier for a very long time and the town is ready for\n"
        "it,'' she said.\n"
        "\t   ``It will bring the ferries back to the old quay after ten years away.''\n"
    )
    assert paragraphs(scan_copy(text))[2][0] == text.index("``We")
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Jo Park", "Jo Park"]


def test_a_surname_no_actor_has_is_the_full_name_written_before() -> None:
    text = 'Guitarist Tom Lund will tour in the spring. Lund said: "It feels like the old days."'
    (q,) = _quotes(text, actors=())
    assert q.speaker == "Tom Lund"


def test_a_quote_paragraph_run_into_later_news_goes_on_in_the_voice_before() -> None:
    text = (
        "Ferries were the talk of the fair, analyst Ana Berg told reporters on Monday.\n\n"
        '"Valby has always been a town that cares about its harbour," said Ms Berg.\n\n'
        '"People want boats that are quick and clean, and that is what they will pay for." '
        "Ticket sales rose by a tenth last year, according to Norbank Research."
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Ana Berg", "Ana Berg"]


def test_the_organisation_is_the_body_a_spokesman_spoke_for_just_before() -> None:
    text = (
        "Jo Park was fined on Monday.\n\n"
        "A spokesman for the Valby Press Union, which campaigns for reporters, called the "
        'fine unfair. "The courts want to scare every reporter in the country," the '
        "organisation said in a statement."
    )
    quotes = _quotes(text)
    assert quotes[-1].speaker == "Valby Press Union"


def test_a_review_in_a_newspaper_is_the_newspaper_s_words() -> None:
    text = (
        "The film opened in Valby on Friday. A kinder review in the Valby Post called the "
        'film "cheerful and brief".'
    )
    post = Actor("Valby Post", "organization", evidence=(Evidence(1, 64, 74),))
    (q,) = _quotes(text, actors=(post,))
    assert q.speaker == "Valby Post"


def test_it_said_is_the_body_that_spoke_after_a_fronted_phrase() -> None:
    text = (
        'In a statement Norbank said the fee was only a trial. It said: "Customers can choose '
        'never to pay it, and their accounts will not change."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Norbank"


def test_a_quotation_an_i_introduces_inside_a_quote_is_the_speaker_s_own() -> None:
    text = (
        "\"Sailing was always my life, but I never thought, 'I will race for my country one "
        "day' or 'I will win a medal at the games,'\" Jo Park said. \"My brother told me 'you "
        "will never make it past the harbour wall' when I was ten.\""
    )
    inner = [q for q in _quotes(text) if q.partial]
    assert [q.speaker for q in inner] == ["Jo Park", "Jo Park", None]


def test_a_headline_describing_its_source_gives_the_description() -> None:
    text = (
        "Deaf student 'paints with sound'\n\n"
        "A deaf student in Valby has written software that turns sounds into colours."
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "Deaf student"


def test_a_spokesperson_for_a_body_read_as_a_person_is_a_description() -> None:
    text = (
        "The Valby Harbour Board has not published its tide model. "
        'A spokesperson for Valby Harbour said: "the figures are in the annual report, which '
        'anyone can read."'
    )
    doc = analyse(text)
    start = text.index("Valby Harbour said")
    harbour = Actor("Valby Harbour", "person", evidence=(Evidence(0, start, start + 13),))
    (q,) = extract_quotes(doc, (harbour,))
    assert q.speaker is None and q.description == "A spokesperson for Valby Harbour"


def test_she_after_a_spokesperson_who_declined_to_comment_is_the_spokesperson() -> None:
    text = (
        "Jo Park, who leads the dig at the Valby caves, says the grant for next year was refused.\n"
        "A Valby Science Board spokesperson could not comment on single grants, but confirms "
        "that few digs were funded this year.\n"
        '"We did pay for several digs in the north of the country this year," she says.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None
    assert q.description == "A Valby Science Board spokesperson"


def test_the_official_a_named_player_asked_is_not_that_player() -> None:
    quotes = _quotes(
        "Mia Sand kept her calm all week.\n\n\u201cI saw it coming\u201d, said Sand.\n\nOn "
        "the sixth hole her drive rolled into a creek.\n\n\u201cMay I take a drop here\u201d?? "
        "Asked Sand of an official.\n\n\u201cNo\u201d, said the official. \u201cThe ball is "
        "played as it lies\u201d."
    )
    answer = next(q for q in quotes if q.text == "No")
    assert answer.speaker is None and answer.description == "the official"
