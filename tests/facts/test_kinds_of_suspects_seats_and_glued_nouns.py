"""Kinds a reader of crime, court, Singaporean, Australian and disaster copy expects: a suspect
"identified as" a name is a person, so is a chief executive named surname first; a noun of
people glued before a name describes the person; a member's seat before her name is a place;
a position word before a place opens its name; a harbour master's "Harbour" is no place."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.kinds import classify
from tests.facts.hand_entities import every_occurrence as _doc


def _kinds(text: str, *names: tuple[str, str]) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(_doc(text, *names))}


def _classified(text: str, *names: tuple[str, str]) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in classify(_doc(text, *names)).entities}


def test_a_suspect_identified_as_a_name_is_a_person() -> None:
    text = "The suspect, identified as Darnell Vostrick of Pellham, fled in a blue van."
    kinds = _kinds(text, ("ORGANIZATION", "Darnell Vostrick"), ("LOCATION", "Pellham"))
    assert kinds.get("Darnell Vostrick") == "person"


def test_a_chief_executive_named_surname_first_is_a_person() -> None:
    text = "The board's chief executive Tay Kok Weng said the line would open in stages."
    kinds = _kinds(text, ("ORGANIZATION", "Tay Kok Weng"))
    assert kinds == {"Tay Kok Weng": "person"}


def test_a_noun_of_people_glued_before_a_name_is_no_part_of_it() -> None:
    text = "Pensioner Lau Mei Fen, 71, said she had waited for the trains for years."
    assert _kinds(text, ("PERSON", "Pensioner Lau Mei Fen")) == {"Lau Mei Fen": "person"}
    text = "The court heard from prosecutor Advocate Thandiwe Kubeka on Friday."
    assert _kinds(text, ("PERSON", "Advocate Thandiwe Kubeka")) == {"Thandiwe Kubeka": "person"}


def test_a_seat_run_into_a_members_name_read_as_a_body_is_split() -> None:
    text = "Member for Arkwell Priya Tennant said voters had waited long enough."
    found = _classified(text, ("ORGANIZATION", "Arkwell Priya Tennant"))
    assert found == {("LOCATION", "Arkwell"), ("PERSON", "Priya Tennant")}


def test_a_position_word_before_a_name_read_as_a_person_opens_a_place() -> None:
    text = "Floods hit the districts of Ormby, Upper Lisa and Kettow on Sunday."
    names = [("LOCATION", "Ormby"), ("PERSON", "Lisa"), ("LOCATION", "Kettow")]
    assert ("LOCATION", "Upper Lisa") in _classified(text, *names)


def test_a_harbour_masters_first_word_is_no_place() -> None:
    text = "Harbour master Oda Venn said the pier would reopen in spring."
    found = _classified(text, ("ORGANIZATION", "Harbour"), ("PERSON", "Oda Venn"))
    assert found == {("PERSON", "Oda Venn")}


def test_a_firms_title_read_as_a_body_leaves_no_body_of_its_words() -> None:
    text = (
        "The Group Managing Director of Tembo Cement, Mrs Adaeze Okoro, said sales rose. "
        "Tembo Cement Plc will pay a dividend."
    )
    names = [
        ("ORGANIZATION", "Group Managing Director of Tembo Cement"),
        ("PERSON", "Adaeze Okoro"),
        ("ORGANIZATION", "Tembo Cement Plc"),
    ]
    actors = {a.name: a for a in extract_actors(_doc(text, *names))}
    assert "Group Managing" not in actors
    assert actors["Adaeze Okoro"].affiliation != "Group"


def test_a_name_ending_in_a_trade_plural_is_a_body_the_tagger_missed() -> None:
    text = "Skerrow Ferries admitted breaching safety rules at the court on Tuesday."
    assert _kinds(text) == {"Skerrow Ferries": "organization"}


def test_a_glued_noun_of_people_is_no_part_of_the_role_before_it() -> None:
    text = "The court heard from prosecutor Advocate Thandiwe Kubeka on Friday."
    actors = {a.name: a for a in extract_actors(_doc(text, ("PERSON", "Advocate Thandiwe Kubeka")))}
    assert actors["Thandiwe Kubeka"].roles == ("prosecutor",)


def test_a_title_before_a_name_stays_the_role() -> None:
    text = "In a meeting with Premier Tovan Rask on Monday, the envoy asked for calm."
    actors = {a.name: a for a in extract_actors(_doc(text, ("PERSON", "Tovan Rask")))}
    assert actors["Tovan Rask"].roles == ("Premier",)
