"""Round 41: a dash-introduced quote closed by a comma and its reporting clause (`– We waited,
Per Lund told radio.`), a partial quote a verb of welcoming weaves in, and the doubled wire
mark that reopens a continued quote kept out of its words."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in _quotes(text)]


def test_a_dash_quote_in_the_first_person_closed_by_a_comma_and_name_said() -> None:
    text = "Floods reached Valby on Monday.\n\n— We waited for hours, Per Lund told radio.\n"
    assert _said(text) == [("We waited for hours", "Per Lund")]


def test_a_dash_quote_closed_by_a_comma_and_said_before_the_name() -> None:
    text = "Floods reached Valby on Monday.\n\n— My house is gone, said Ada Brenning.\n"
    assert _said(text) == [("My house is gone", "Ada Brenning")]


def test_a_dash_quote_closed_by_a_comma_and_said_before_a_role_and_the_name() -> None:
    text = "Crews walked out on Friday.\n\n– We have no choice, said union leader Ines Varga.\n"
    assert _said(text) == [("We have no choice", "Ines Varga")]


def test_a_dashed_list_item_in_the_third_person_is_no_quote() -> None:
    text = "Ferry news in brief.\n\n— Fees rose four percent, the Valby harbour board said.\n"
    assert _quotes(text) == []


def test_a_dashed_line_with_no_reporting_clause_after_its_comma_is_no_quote() -> None:
    text = "Ferry news in brief.\n\n— We sail in May, and then the vote comes.\n"
    assert _quotes(text) == []


def test_welcomed_something_as_a_phrase_credits_the_subject() -> None:
    text = 'The Norvik Growers Union welcomed the ruling as "a win for farmers" on Tuesday.'
    (q,) = _quotes(text)
    assert q.partial and q.text == "a win for farmers" and q.speaker == "Norvik Growers Union"


def test_welcomed_a_named_ship_is_no_quote() -> None:
    assert _quotes('Ada Brenning welcomed "the Harbour Queen" to the quay at Valby.') == []


def test_a_wire_quote_reopened_in_the_next_paragraph_drops_both_halves_of_its_mark() -> None:
    text = (
        "\t   The Valby rowers finished last again on Friday.\n"
        "\t   ``We rowed badly,'' said Ada Brenning, who steers the boat on\n"
        "Sunday. ``Our timing went; the wind beat us. Nobody on the crew\n"
        "will remember this race fondly.\n"
        "\t   ``Even so, I trust these rowers.''\n"
        "\t   Olaf Lund, the coach, blamed the wind.\n"
    )
    last = _quotes(text)[-1]
    assert last.speaker == "Ada Brenning"
    assert "`" not in last.text and last.text.endswith("Even so, I trust these rowers.")


def test_welcomed_then_saying_leaves_the_saying_as_the_cue() -> None:
    (q,) = _quotes('Ada Brenning welcomed the pier plan, saying it was "long overdue" in Valby.')
    assert q.speaker == "Ada Brenning" and q.cue == "saying"


_STORY = "Per Lund ran the Valby ferry for ten years. Ada Brenning, a deckhand, worked for him.\n\n"


def test_a_person_named_inside_a_quote_says_the_quotation_nested_after_it() -> None:
    text = _STORY + (
        "\"Then Per Lund told me, 'The harbour is closing for good,' and I believed him,\" "
        "said Ada Brenning."
    )
    inner = [q for q in _quotes(text) if q.text == "The harbour is closing for good"]
    assert [q.speaker for q in inner] == ["Per Lund"]


def test_a_person_told_inside_a_quote_does_not_say_the_nested_quotation() -> None:
    text = _STORY + "\"I told Per Lund, 'Leave it to me,'\" Ada Brenning recalled."
    inner = [q for q in _quotes(text) if q.text == "Leave it to me"]
    assert [q.speaker for q in inner] == [None]


def test_a_bare_plural_of_managers_opening_the_sentence_sources_a_short_partial() -> None:
    (q,) = _quotes('Fund managers said the slide was a natural end to the "wild fever" at Valby.')
    assert q.partial and q.text == "wild fever" and q.description == "Fund managers"
