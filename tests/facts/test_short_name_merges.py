"""A row that only shortens one full name the story gives joins that name's row
(`actors._merge_short_names`). Our own invented names."""

from __future__ import annotations

from briefing.facts.actors import _merge_short_names, _Row, extract_actors
from briefing.nlp import analyse


def _merged(*names: str) -> list[str]:
    people = [_Row(n, "person") for n in names]
    _merge_short_names(people)
    return [r.name for r in people]


def test_given_name_before_the_full_name_joins_it() -> None:
    assert _merged("Tobiah", "Orvan Kettleby", "Tobiah Kettleby") == [
        "Orvan Kettleby",
        "Tobiah Kettleby",
    ]


def test_given_name_shared_by_two_full_names_stays_apart() -> None:
    assert _merged("Tobiah", "Tobiah Kettleby", "Tobiah Wrenfold") == [
        "Tobiah",
        "Tobiah Kettleby",
        "Tobiah Wrenfold",
    ]


def test_familiar_form_of_the_given_name_joins_it() -> None:
    assert _merged("Lorent Quibble", "Bill", "William Q. Varrow") == [
        "Lorent Quibble",
        "William Q. Varrow",
    ]


def test_full_name_joins_its_longer_form_named_as_used_more() -> None:
    people = [_Row("Ravi Sundh Pelkar", "person"), _Row("Ravi Sundh", "person")]
    people[1].evidence = [None, None]  # type: ignore[list-item]
    _merge_short_names(people)
    assert [r.name for r in people] == ["Ravi Sundh"] and "Ravi Sundh Pelkar" in people[0].aliases


def test_a_longer_form_ending_in_a_common_noun_stays_apart() -> None:
    assert _merged("Orvan Kettleby", "Orvan Kettleby Foundation") == [
        "Orvan Kettleby",
        "Orvan Kettleby Foundation",
    ]


def test_story_with_a_son_named_first_by_given_name() -> None:
    text = (
        "The trawler captain was missing for a week, his son, Zorvic, told reporters. "
        "When the search ended, Zorvic Talleyman said he never lost hope."
    )
    people = [a for a in extract_actors(analyse(text)) if a.type == "person"]
    assert [a.name for a in people if "Zorvic" in a.name] == ["Zorvic Talleyman"]


def test_a_surname_after_a_firm_partner_joins_the_firm() -> None:
    text = (
        "Regulators are looking at broker Quellin & Darrowby, the firm said. "
        "Quellin said it would co-operate fully."
    )
    rows = {a.name: a.type for a in extract_actors(analyse(text))}
    assert rows.get("Quellin & Darrowby") == "organization" and "Quellin" not in rows


def test_partners_joined_by_an_ampersand_are_a_firm() -> None:
    text = "Norvale Bank named Tobiah Pell Kettleby & Wrenfold as its agency of record."
    rows = {a.name: a.type for a in extract_actors(analyse(text))}
    assert all(t != "person" for n, t in rows.items() if "Kettleby" in n)


def test_a_son_named_with_a_suffix_stays_apart() -> None:
    assert _merged("Orvan Kettleby", "Orvan Kettleby Jr") == ["Orvan Kettleby", "Orvan Kettleby Jr"]


def test_a_name_read_across_a_dash_is_cut_at_it() -> None:
    text = (
        "Crowds cheered Tomas Vell at the rally in Orlen. "
        "“That’s right, Tomas — VELL, baby,” Mira said to the nominee."
    )
    people = [a.name for a in extract_actors(analyse(text)) if a.type == "person"]
    assert "Tomas Vell" in people and not any("—" in n for n in people)
