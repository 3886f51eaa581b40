"""Faults a reader met in the forty-third round's invented stories."""

from __future__ import annotations

from briefing.pipeline import analyze
from briefing.sources import from_text


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in analyze(from_text(text)).facts.quotes}


def test_he_after_a_title_with_a_postpositive_word_is_the_name_set_off() -> None:
    text = (
        "Radar row\n\n"
        "Rep. Tom Varley, a Democrat from Ohio, said he shared the worries. But he warned "
        'against "a show trial" and said the panel should wait.\n\n'
        "The inspector general, Alan Pruett, has said little about the review. Asked about it "
        'last week, he said only that his office was "following the money."'
    )
    speakers = _speakers(text)
    assert speakers["a show trial"] == "Tom Varley"
    assert speakers["following the money."] == "Alan Pruett"


def test_he_after_a_secretary_general_of_a_body_set_off_by_commas() -> None:
    text = (
        "Alliance meets\n\n"
        'Foreign minister Karl Ostby said the talks had been "useful and frank".\n\n'
        "The secretary general of the alliance, Pieter Moen, arrived late. Pressed on the "
        'delay, he said the plan was "still on the table."'
    )
    assert _speakers(text)["still on the table."] == "Pieter Moen"


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in analyze(from_text(text)).facts.actors}


def test_a_firms_first_word_saying_something_is_the_firm() -> None:
    text = (
        "Radar deal\n\n"
        "The contract went in 2021 to Corvath Dynamics, a defence firm based in Huntsville, "
        'Ala. Corvath said in a statement that it was "fully committed to the work."'
    )
    facts = analyze(from_text(text)).facts
    kinds = {a.name: a.type for a in facts.actors}
    assert kinds.get("Corvath Dynamics") == "organization"
    assert "Corvath" not in kinds
    assert [q.speaker for q in facts.quotes] == ["Corvath Dynamics"]


def test_a_town_word_opening_a_holding_firm_with_a_chairman_is_the_firm() -> None:
    text = (
        "Chip cuts\n\n"
        "Quorra was bought by the Japanese group Tamura Holdings in 2016. Tamura's chairman, "
        "Kenji Arakawa, told reporters last month that the unit was not for sale."
    )
    facts = analyze(from_text(text)).facts
    assert "Tamura" not in {p.name for p in facts.locations}
    assert {a.name: a.type for a in facts.actors}.get("Tamura Holdings") == "organization"


def test_a_described_source_leaves_out_the_weekday_it_spoke_on() -> None:
    text = (
        "Radar row\n\n"
        "A Republican senator on Tuesday accused the Pentagon of hiding the cost of a radar "
        'scheme, saying taxpayers deserved "a straight answer, not another briefing."'
    )
    quotes = analyze(from_text(text)).facts.quotes
    assert [(q.speaker, q.description) for q in quotes] == [(None, "A Republican senator")]


def test_a_town_placed_by_its_state_is_one_vote_and_a_world_capital_one_more() -> None:
    text = (
        "Chip cuts\n\n"
        "Quorra Semiconductor, the Cambridge chip designer, is to cut 400 jobs. Most of the "
        "cuts will fall in its offices in Bristol and in Austin, Texas.\n\n"
        "Shares rose 4% in London trading."
    )
    countries = {p.name: p.country for p in analyze(from_text(text)).facts.locations}
    assert countries["Cambridge"] == "United Kingdom"
    assert countries["Bristol"] == "United Kingdom"
    assert countries["Austin"] == "United States"


def test_a_reef_is_a_place_not_a_body() -> None:
    text = (
        "Coral find\n\n"
        "Marine scientists say they have found a strain of coral on the southern Great "
        "Sandbar Reef that survives warmer water than its neighbours."
    )
    facts = analyze(from_text(text)).facts
    assert "Great Sandbar Reef" in {p.name for p in facts.locations}
    assert "Great Sandbar Reef" not in {a.name for a in facts.actors}


def test_a_state_placing_a_town_that_says_nothing_still_votes() -> None:
    text = (
        "Charges filed\n\n"
        "Charges were filed against Norvane Circuits Inc. over waste at its Gilroy, Calif., "
        "plant.\n\n"
        "The Ashgrove County district attorney's office brought five charges against the "
        "Tustin, Calif.-based maker."
    )
    countries = {p.name: p.country for p in analyze(from_text(text)).facts.locations}
    assert countries.get("Ashgrove County") == "United States"


def test_a_stretch_between_a_stray_closing_mark_and_the_next_quote_is_no_quote() -> None:
    text = (
        "Trade row\n\n"
        '"There is no single customs office," a statement from the trade office said. Lack '
        'of common rules can hurt small exporters", A Norland spokesman dismissed the '
        'complaint. "We think the case is weak," said Anton Berge.'
    )
    quotes = analyze(from_text(text)).facts.quotes
    assert not any(q.text.startswith(",") or "spokesman dismissed" in q.text for q in quotes)
    assert [q.speaker for q in quotes if q.text.startswith("We think")] == ["Anton Berge"]
