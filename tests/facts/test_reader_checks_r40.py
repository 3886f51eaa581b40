"""Faults a reader met in the fortieth round's invented stories: a US state legislator's
party and home town after the name, the legislature read as a person, the elected title
kept inside the name, and the age of a fossil read as a date."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.dates import extract_dates
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {a.name: (a.type, a.roles) for a in extract_actors(analyse(text))}


def test_party_and_home_town_after_a_name_is_no_actor() -> None:
    text = (
        "Water bill passes\n\n"
        '"It is a mandate with no money behind it," said Assemblyman Tomas Quill, '
        "R-Bakersfield. He said he expected lawsuits from growers."
    )
    actors = _actors(text)
    assert "R-Bakersfield" not in actors
    assert actors["Tomas Quill"] == ("person", ("Assemblyman",))


def test_the_state_legislature_is_no_person() -> None:
    text = (
        "Water bill passes\n\n"
        "Growers had warned the state Legislature that the bill would ruin them. "
        "The governor signed it on Friday."
    )
    assert "Legislature" not in {n for n, (kind, _) in _actors(text).items() if kind == "person"}


def test_ages_of_the_earth_are_no_dates() -> None:
    text = (
        "Old fish found\n\n"
        "The fish was thought to have died out 60 million years ago, and its cousins "
        "thousands of years ago. The team saw it two years ago."
    )
    found = [d.text for d in extract_dates(analyse(text), None)]
    assert found == ["two years ago"]
