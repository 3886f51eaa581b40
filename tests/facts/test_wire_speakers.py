"""Wrong speakers found reading run-together wire copy: cues the rules missed, and the
previous voice carried on past another person's cue. The sentences are our own."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes

_LEAD = (
    "Governor Hanno Velde of Marrow Province said the new dam would flood the valley. "
    '"We will not let the farmers lose their land to a river," Velde told the crowd on Monday. '
)


def test_an_inverted_cue_before_the_quote_names_its_speaker() -> None:
    quotes = _quotes(
        _LEAD + "Replied Harbour Board deputy spokeswoman Orla Brandt, "
        '"The ferry timetable is under review and nothing is decided yet."'
    )
    assert [q.speaker for q in quotes] == ["Hanno Velde", "Orla Brandt"]


def test_a_hyphenated_modifier_before_a_rank_keeps_the_named_cue() -> None:
    quotes = _quotes(
        _LEAD + "Some 2,000 soldiers have gathered on the border. "
        '"Our boats are ready," said four-star Gen. Tomas Reidel, deputy commander of the '
        'Marrow Guard. "The harbour will stay open all winter."'
    )
    assert [q.speaker for q in quotes] == ["Hanno Velde", "Tomas Reidel", "Tomas Reidel"]


def test_a_long_description_before_the_name_after_the_quote() -> None:
    quotes = _quotes(
        _LEAD + "Farmers hope to defeat the plan at the vote. "
        '"The count starts at dawn and every single vote matters," Friends of the Marrow '
        "Valley executive director Lina Osk said."
    )
    assert [q.speaker for q in quotes] == ["Hanno Velde", "Lina Osk"]


def test_a_cue_missed_in_the_quotes_own_sentence_stops_the_previous_voice() -> None:
    quotes = _quotes(
        _LEAD + "Farmers hope to defeat the plan at the vote. "
        '"The count starts at dawn and every single vote matters," Friends of the Marrow '
        "Valley and of the Old Mill Trust executive director Lina Osk said."
    )
    assert quotes[0].speaker == "Hanno Velde"
    assert quotes[1].speaker in (None, "Lina Osk")


def test_a_sentence_running_on_past_the_closing_mark_is_no_description() -> None:
    (q,) = _quotes(
        "Weighed down by old mills, Pelmark lacked the money to build new plants abroad. "
        '"Our old mill could not keep pace with" new rivals in the south, said '
        "Tobias Renn, Pelmark's president."
    )
    assert (q.speaker, q.description) == ("Tobias Renn", None)


def test_a_show_title_before_said_the_danish_request_is_no_quote() -> None:
    quotes = _quotes(
        "The council voted on Tuesday to close the harbour to tankers. Foreign Minister Ada "
        'Korsgaard, speaking on City News\' "Harbour Hour," said the Danish request gives the '
        'allies "every right to turn the tankers back at sea."'
    )
    assert [q.text for q in quotes] == ["every right to turn the tankers back at sea."]
    assert quotes[0].description is None and quotes[0].speaker in (None, "Ada Korsgaard")


def test_a_pronoun_in_a_fronted_clause_points_forward() -> None:
    (q,) = _quotes(
        "Garrick said its profit fell 8% in the quarter. Garrick blamed lower prices for "
        'cereal. Although he called the harvest "a great disappointment," Mr. Renn, '
        "Garrick's chairman, forecast higher sales next year."
    )
    assert q.speaker == "Renn"


def test_an_administration_named_after_its_head_speaks_for_itself() -> None:
    quotes = _quotes(
        "President Ana Berg spoke on Monday about the harbour plan the Valby council sent her. "
        'The Berg administration immediately said it "categorically" rejects the plan. '
        'Later the Berg administration said it "will not accept any plan of that kind" at all.'
    )
    assert [(q.speaker, q.description) for q in quotes] == [
        (None, "The Berg administration"),
        (None, "the Berg administration"),
    ]


def test_a_noun_ending_in_ly_stays_in_the_source_phrase() -> None:
    (q,) = _quotes(
        "President Ana Berg spoke on Monday about the harbour plan the Valby council sent her. "
        'The Berg family called the plan "a very serious mistake for the town".'
    )
    assert (q.speaker, q.description) == (None, "The Berg family")
