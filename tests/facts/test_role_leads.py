"""Roles after an infinitive in an aside ("set to step down as"), in an editor's brackets
before a name, in a credit between semicolons, after "is" with no article, in compounds with
"-in-", the "liaison" of a department, a playing position opening a surname's mention, a
rugby "centre partner", a role the name after "in" fills ("a fine manager in Jo Lind"), a
doer's noun set off before a name ("a retired lock keeper, Jo Lind,") and a label line
("Umpire: Jo Lind.")."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence


def _roles(text: str, name: str) -> tuple[str, ...]:
    return next(a.roles for a in extract_actors(analyse(text)) if a.name == name)


def test_a_role_after_an_infinitive_in_an_aside() -> None:
    text = "Jo Park, set to step down as president of the Valby Growers Union, spoke on Monday."
    assert _roles(text, "Jo Park") == ("president",)
    text = "Ana Berg, who is expected to retire as chairman next year, backed the plan."
    assert _roles(text, "Ana Berg") == ("chairman",)


def test_an_infinitive_in_a_clause_of_its_own_gives_no_role() -> None:
    assert _roles("Ana Berg hopes to serve as chairman of Norbank.", "Ana Berg") == ()


def test_a_role_in_an_editors_brackets() -> None:
    text = '"The new [Valby coach] Jo Park rang me first," Ana Berg said.'
    assert _roles(text, "Jo Park") == ("coach",)
    assert _roles('"Then [Jo] Lind rang me," Ana Berg said.', "Lind") == ()


def test_a_credit_between_semicolons() -> None:
    text = "Made by Tom Vale; director of photography, Peter Lind; music by Ana Berg."
    assert _roles(text, "Peter Lind") == ("director of photography",)


def test_an_office_after_is_with_no_article() -> None:
    text = "Ana Berg is writer-in-residence at Valby College."
    assert _roles(text, "Ana Berg") == ("writer-in-residence",)
    text = "Jo Park is editor-in-chief of the Valby Star."
    assert _roles(text, "Jo Park") == ("editor-in-chief",)


def test_no_role_after_acting_as_or_no_longer() -> None:
    text = "Ana Berg ran well, with Jo Park acting as pacemaker for her."
    assert _roles(text, "Jo Park") == ()
    text = "The verdict means Jo Park is no longer a suspect in the case."
    assert _roles(text, "Jo Park") == ()


def test_a_department_liaison() -> None:
    text = "They met Norland Treasury congressional liaison Jo Park on Monday."
    assert _roles(text, "Jo Park") == ("liaison",)


def test_a_playing_position_opening_a_surnames_mention() -> None:
    text = "Valby nearly scored through Ludovico Lind. Winger Lind dropped the ball over the line."
    # as a tagger reads it: the position inside the name
    doc = every_occurrence(text, ("PERSON", "Ludovico Lind"), ("PERSON", "Winger Lind"))
    people = [a for a in extract_actors(doc) if a.type == "person"]
    assert [(a.name, a.roles) for a in people] == [("Ludovico Lind", ("Winger",))]


def test_a_rugby_centre_partner() -> None:
    text = "Tom Vale went off hurt, and then his centre partner Jo Park went off too."
    assert _roles(text, "Jo Park") == ("centre partner",)


def test_a_role_the_name_after_in_fills() -> None:
    text = "Valby have money and an outstanding manager in Jose Lind, who has won everything."
    assert _roles(text, "Jose Lind") == ("outstanding manager",)


def test_a_doers_noun_set_off_before_a_name() -> None:
    text = "She was the niece of a retired lock keeper, Tam Brody, and his wife, Elsa."
    assert _roles(text, "Tam Brody") == ("retired lock keeper",)
    text = "The ferry's boatman, Olek Varda, said the crossing was closed."
    assert _roles(text, "Olek Varda") == ("boatman",)


def test_a_relation_or_a_time_set_off_before_a_name_gives_no_role() -> None:
    text = "The driver's partner, Elsa Rund, said the lane was too narrow."
    assert _roles(text, "Elsa Rund") == ()
    text = "In the winter, Olek Varda, the mayor of Valby, closed the lane."
    assert _roles(text, "Olek Varda") == ("mayor",)
    text = "After the summer, Olek Varda said the lane would reopen."
    assert _roles(text, "Olek Varda") == ()


def test_a_label_line_gives_its_role() -> None:
    text = "Valby won 2-1 at Norport. Olek Varda scored twice.\n\nUmpire: Tam Brody.\n\n"
    text += "Fourth official: Elsa Rund.\n\nPlayer of the day: Olek Varda."
    assert _roles(text, "Tam Brody") == ("Umpire",)
    assert _roles(text, "Elsa Rund") == ("Fourth official",)
    assert _roles(text, "Olek Varda") == ()
