"""Faults a reader met in the forty-second round's invented stories."""

from __future__ import annotations

from briefing.pipeline import analyze
from briefing.sources import from_text


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.type for a in analyze(from_text(text)).facts.actors}


def test_a_clubs_town_word_read_as_a_person_is_the_club() -> None:
    text = (
        "Hartwell seal move for striker\n\n"
        "Hartwell United have signed Brazilian striker Teo Vance from Portuguese side Vila "
        "Serra for a club-record fee.\n\n"
        'Vance said: "This is a dream for me and my family. I have watched Hartwell since I '
        'was a boy."\n\n'
        "Vila Serra president Joao Brandt said the club had turned down two earlier bids "
        "before accepting Hartwell's third offer on Sunday night."
    )
    kinds = _kinds(text)
    assert kinds.get("Hartwell United") == "organization"
    assert "Hartwell" not in kinds


def test_a_head_word_opening_a_bodys_name_before_for() -> None:
    text = (
        "Judge blocks ban\n\n"
        "A federal judge granted an injunction sought by six vendors and the Institute for "
        "Open Kerbs, a libertarian legal group based in Arlington, Virginia."
    )
    assert _kinds(text).get("Institute for Open Kerbs") == "organization"


def test_a_capital_read_as_a_persons_name_is_the_city() -> None:
    text = (
        "Dam talks fail\n\n"
        "Ethiopia rejected the charge. A ministry official said Addis Ababa remained "
        "committed to a fair deal on the river."
    )
    facts = analyze(from_text(text)).facts
    assert "Addis Ababa" not in {a.name for a in facts.actors if a.type == "person"}
    assert "Addis Ababa" in {p.name for p in facts.locations}


def test_an_office_for_a_body_named_by_its_possessive_pronoun_is_a_role() -> None:
    text = (
        "Talks end\n\n"
        "Norland rejected the claim. A spokesman for its water ministry, Dawit Lemma, said "
        "the talks were over."
    )
    roles = {a.name: a.roles for a in analyze(from_text(text)).facts.actors}
    assert roles.get("Dawit Lemma") == ("spokesman for its water ministry",)


def test_a_saints_possessive_inside_a_hospices_name_keeps_one_body() -> None:
    text = (
        "Marathon gran\n\n"
        "The money will go to St Wenna's Hospice in Penwick. A spokesman for St Wenna's "
        "Hospice said it would pay for two nurses."
    )
    kinds = _kinds(text)
    assert kinds.get("St Wenna's Hospice") == "organization"
    assert "St Wenna" not in kinds and "Hospice" not in kinds


def test_a_town_in_its_county_places_both_where_the_county_shares_a_foreign_towns_name() -> None:
    text = (
        "Gran finishes marathon\n\n"
        "Ada Polkinghorne, from Truro in Cornwall, crossed the line on Sunday to cheers "
        "from her grandchildren."
    )
    places = {p.name: p.country for p in analyze(from_text(text)).facts.locations}
    assert places.get("Truro") == "United Kingdom"
    assert places.get("Cornwall") == "United Kingdom"


def test_a_name_with_a_particle_after_a_role_is_a_person_with_the_role() -> None:
    text = (
        "Chipmaker cuts jobs\n\n"
        'Chief executive Anneke de Wolde said the cuts were "painful but necessary".\n\n'
        '"The market turned faster than anyone expected," she told analysts.'
    )
    facts = analyze(from_text(text)).facts
    people = {a.name: a.roles for a in facts.actors if a.type == "person"}
    assert people.get("Anneke de Wolde") == ("Chief executive",)
    assert [q.speaker for q in facts.quotes] == ["Anneke de Wolde", "Anneke de Wolde"]


def test_a_two_particle_surname_keeps_the_whole_name() -> None:
    text = "Sales fall\n\nThe boss, Pieter van der Holt, said sales fell in the spring."
    people = {a.name: a.roles for a in analyze(from_text(text)).facts.actors}
    assert people.get("Pieter van der Holt") == ("boss",)


def test_a_name_inside_a_relative_clause_is_not_the_subject_of_a_later_said() -> None:
    text = (
        "Ferry vote\n\n"
        "Councillor Jo Lindsay, who works with Tom Varney, welcomed the decision and said "
        'islanders would "believe it when we see it".'
    )
    speakers = [q.speaker for q in analyze(from_text(text)).facts.quotes]
    assert "Tom Varney" not in speakers


def test_a_name_set_off_by_an_apposition_still_speaks() -> None:
    text = 'Ferry vote\n\nJo Lindsay, the council\'s leader, said the plan was "a good start".'
    assert [q.speaker for q in analyze(from_text(text)).facts.quotes] == ["Jo Lindsay"]


def test_a_county_after_a_share_of_it_closing_a_list_of_towns_is_a_place() -> None:
    text = (
        "Storm Edda\n\n"
        "The Met Office issued a warning for wind covering Cardiff, Swansea and much of "
        "Devon, while trees blocked roads."
    )
    facts = analyze(from_text(text)).facts
    assert "Devon" not in {a.name for a in facts.actors}
    assert {p.name: p.type for p in facts.locations}.get("Devon") == "region"
