"""Role forms seen in fresh copy: ages, titles after a comma, joined offices, plural modifiers."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _roles(text: str, name: str) -> tuple[str, ...]:
    return next(a.roles for a in extract_actors(analyse(text)) if a.name == name)


def test_age_before_the_role_in_apposition() -> None:
    text = "The family of Jo Lind, a 31-year-old police officer shot near the depot, wept."
    assert _roles(text, "Jo Lind") == ("police officer",)


def test_courtesy_title_after_a_comma_set_role() -> None:
    text = "Norbank's chief medical correspondent, Dr. Ann Vale, agrees with Park."
    assert _roles(text, "Ann Vale") == ("chief medical correspondent",)


def test_joined_offices_are_two_roles() -> None:
    text = (
        "Jo Lind was named senior executive vice president and chief operating officer of Norbank."
    )
    assert _roles(text, "Jo Lind") == ("senior executive vice president", "chief operating officer")
    text = "The company's chairman and chief executive, Jo Lind, is weighing a bid."
    assert _roles(text, "Jo Lind") == ("chairman", "chief executive")


def test_plural_noun_and_lower_case_office_before_a_name() -> None:
    assert _roles("But Tory benefits chief Jo Park questioned the numbers.", "Jo Park")[0].endswith(
        "benefits chief"
    )
    text = "Meanwhile, secretary of state Ann Vale, Park and defense secretary Jo Lind left."
    assert _roles(text, "Ann Vale") == ("secretary of state",)


def test_capitalised_doer_noun_and_business_partner() -> None:
    text = "Dr Ann Vale, Consultant Clinical Oncologist at Valby Hospital, said the trial was good."
    assert _roles(text, "Ann Vale") == ("Consultant Clinical Oncologist",)
    text = "Ann Vale and her business partner Jo Lind dressed up."
    assert _roles(text, "Jo Lind") == ("business partner",)


def test_no_role_from_a_sentence_opening_description() -> None:
    text = "A keen defender of Norbank, Mr. Lind compared it to a bank."
    assert _roles(text, "Lind") == ()


def test_team_sheet_heading_run_into_a_name_is_cut_off() -> None:
    text = "Defenders: Jo Park, Ann Vale Midfielders: Tom Berg, Kit Holm Strikers: Ola Dahl"
    names = {a.name: a.roles for a in extract_actors(analyse(text))}
    assert names["Ann Vale"] == ("defender",) and names["Kit Holm"] == ("midfielder",)
    assert "Ann Vale Midfielders" not in names


def test_a_thing_named_after_a_person_before_a_name_is_no_role() -> None:
    text = "Ann Vale rode a Boris bike Jo Lind had lent her. Jo Lind, a Norbank analyst, laughed."
    assert "Boris bike" not in _roles(text, "Jo Lind")
    text = "Meanwhile, Norbank chief Jo Lind said the bank would grow."
    assert _roles(text, "Jo Lind")[0].endswith("chief")


def test_a_us_local_office_before_a_name_is_a_role_not_part_of_the_name() -> None:
    text = "The levy was backed by City Controller Ana Lind and opposed by the mayor."
    assert _roles(text, "Ana Lind") == ("City Controller",)
    text = "Mayor Jo Park will run with Comptroller Ivo B. Marek this fall, party leaders said."
    assert _roles(text, "Ivo B. Marek") == ("Comptroller",)
