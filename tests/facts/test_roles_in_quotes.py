"""Roles a speaker gives a person in a copular clause inside quotation marks ("'Lind is the
best keeper in the world,' said Berg") are praise, not roles the story states; the same role
given outside quotes stays, and so do an apposition in a quoted report and an appointment."""

from __future__ import annotations

from briefing.facts.actors import extract_actors, quoted_stretches
from briefing.model import Actor
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_a_copular_role_inside_a_full_quote_is_not_listed() -> None:
    text = (
        "Varlo Town won 3-1 at Pemby on Sunday.\n\n"
        '"Tuvo Marek is the best winger in the whole league at the moment," said Okabe.'
    )
    assert _actors(text)["Tuvo Marek"].roles == ()


def test_a_who_is_clause_inside_a_full_quote_is_not_listed() -> None:
    text = '"I know Ona Vexley, who is a leader who never gives up, will play," said Okabe.'
    assert _actors(text)["Ona Vexley"].roles == ()


def test_an_apposition_in_a_quoted_report_stays() -> None:
    text = (
        '"Ms Vexley, the developer who rebuilt the Pemby docks, has cleared her debts," '
        "the Varlo Courier wrote."
    )
    roles = [a.roles for a in extract_actors(analyse(text)) if "Vexley" in a.name]
    assert roles == [("developer",)]


def test_an_appointment_inside_a_quote_stays() -> None:
    text = '"We knew Ida Lund was named captain of the side on Friday," said Okabe.'
    assert _actors(text)["Ida Lund"].roles == ("captain",)


def test_a_role_in_a_partial_quote_is_not_listed() -> None:
    text = 'Okabe said that Tuvo Marek was "the greatest winger" he had ever coached at Varlo.'
    assert _actors(text)["Tuvo Marek"].roles == ()


def test_the_same_role_given_outside_quotes_stays() -> None:
    text = (
        "Tuvo Marek, the club's captain, scored twice at Pemby.\n\n"
        '"Tuvo Marek is the club\'s captain for a reason," said Okabe.'
    )
    assert _actors(text)["Tuvo Marek"].roles == ("club's captain",)


def test_an_apposition_outside_quotes_stays() -> None:
    text = "Ona Vexley, the Varlo goalkeeper, said the pitch was heavy."
    assert _actors(text)["Ona Vexley"].roles == ("Varlo goalkeeper",)


def test_quoted_stretches_cover_full_and_partial_quotes() -> None:
    text = 'Okabe said Marek was "a fine winger". "We won," he said.'
    stretches = [text[a:b] for a, b in quoted_stretches(text)]
    assert stretches == ["a fine winger", "We won,"]


def test_a_superlative_apposition_inside_a_quote_is_not_listed() -> None:
    text = '"Ona Vexley, the finest keeper in Norland, was superb again today," said Okabe.'
    assert _actors(text)["Ona Vexley"].roles == ()


def test_a_superlative_apposition_outside_quotes_stays() -> None:
    text = "Ona Vexley, the oldest member of the Varlo squad, was injured in the first half."
    assert _actors(text)["Ona Vexley"].roles == ("oldest member",)
