"""Names of technology copy that read like people's but are not (round 37): a program,
network, virus or device named right before its noun, the capitals of formats and
displays; and bodies the copy lists: sites after "sites such as", firms right after a
plural of firms, a consortium of firms."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence, labels


def _rows(text: str, *names: tuple[str, str]) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(every_occurrence(text, *names))}


def test_a_program_named_before_its_noun_is_no_person() -> None:
    text = "The new Zorbly program will be out soon. Jo Lind said Zorbly was slow."
    rows = _rows(text, ("PERSON", "Zorbly"), ("PERSON", "Jo Lind"))
    assert rows == {"Jo Lind": "person"}


def test_a_worm_or_a_version_named_so_is_no_person_either() -> None:
    text = "The Quibbet worm hit many sites. There is no Valmac version, said Ana Berg."
    rows = _rows(text, ("PERSON", "Quibbet"), ("PERSON", "Valmac"), ("PERSON", "Ana Berg"))
    assert rows == {"Ana Berg": "person"}


def test_a_person_with_a_title_before_such_a_noun_stays() -> None:
    text = "Mr Harrowby said the Harrowby system was his own. Harrowby left early."
    rows = _rows(text, ("PERSON", "Harrowby"))
    assert rows.get("Harrowby") == "person"


def test_a_possessive_before_the_noun_keeps_the_person() -> None:
    text = "Tamsel's software is popular, said the report. Tamsel declined to comment."
    rows = _rows(text, ("PERSON", "Tamsel"))
    assert rows.get("Tamsel") == "person"


def test_format_capitals_are_no_body() -> None:
    text = "Jo Lind said HDTV sets and LCD screens sold well in Valby."
    doc = every_occurrence(
        text,
        ("PERSON", "Jo Lind"),
        ("ORGANIZATION", "HDTV"),
        ("ORGANIZATION", "LCD"),
        ("LOCATION", "Valby"),
    )
    assert labels(doc) == {"Jo Lind": {"PERSON"}, "Valby": {"LOCATION"}}


def test_a_name_after_sites_such_as_is_a_body() -> None:
    text = "Photos can be stored on sites such as Pixbarn, said Jo Lind."
    doc = every_occurrence(text, ("PERSON", "Pixbarn"), ("PERSON", "Jo Lind"))
    assert labels(doc)["Pixbarn"] == {"ORGANIZATION"}


def test_names_right_after_a_plural_of_firms_are_bodies() -> None:
    text = "Electronics firms Norvane, Quellix and Tobrunda are working on a new disc."
    doc = every_occurrence(
        text, ("ORGANIZATION", "Norvane"), ("PERSON", "Quellix"), ("ORGANIZATION", "Tobrunda")
    )
    assert labels(doc)["Quellix"] == {"ORGANIZATION"}


def test_a_consortium_is_a_body() -> None:
    text = "The standard came from a group known as the Varnel Consortium last year."
    rows = _rows(text, ("PERSON", "Varnel Consortium"))
    assert rows == {"Varnel Consortium": "organization"}


def test_a_virus_read_as_a_body_is_no_body() -> None:
    text = "A variant of the Grumbel virus slowed searches. Grumbel spread fast, said Jo Lind."
    rows = _rows(text, ("ORGANIZATION", "Grumbel"), ("PERSON", "Jo Lind"))
    assert rows == {"Jo Lind": "person"}


def test_both_names_before_a_coordinated_version_are_things() -> None:
    text = "There is no Tarvix or Melbo version yet, said Jo Lind of Tarvix fans."
    rows = _rows(text, ("ORGANIZATION", "Tarvix"), ("PERSON", "Melbo"), ("PERSON", "Jo Lind"))
    assert rows == {"Jo Lind": "person"}


def test_a_firm_written_with_a_possessive_stays_a_body() -> None:
    text = "The Quenbo software is new. Quenbo's shares rose, said Jo Lind."
    rows = _rows(text, ("ORGANIZATION", "Quenbo"), ("PERSON", "Jo Lind"))
    assert rows.get("Quenbo") == "organization"


def test_fields_joined_before_an_analyst_make_one_role() -> None:
    text = '"It is slow," said Jo Lind, software and broadband analyst at Varnel Research.'
    doc = every_occurrence(text, ("PERSON", "Jo Lind"), ("ORGANIZATION", "Varnel Research"))
    roles = {a.name: a.roles for a in extract_actors(doc)}
    assert roles["Jo Lind"] == ("software and broadband analyst",)


def test_a_place_read_after_sites_such_as_is_a_body() -> None:
    text = "Other sites, such as Quimbly, charge a fee, said Jo Lind."
    doc = every_occurrence(text, ("LOCATION", "Quimbly"), ("PERSON", "Jo Lind"))
    assert labels(doc)["Quimbly"] == {"ORGANIZATION"}


def test_a_known_place_after_sites_such_as_stays_a_place() -> None:
    text = "Old sites such as Paris draw crowds, said Jo Lind."
    doc = every_occurrence(text, ("LOCATION", "Paris"), ("PERSON", "Jo Lind"))
    assert labels(doc)["Paris"] == {"LOCATION"}


def test_an_untagged_name_after_analysts_is_a_body() -> None:
    text = "A forecast from analysts Norvexa put the figure at four million, said Jo Lind."
    rows = {a.name: a.type for a in extract_actors(analyse(text))}
    assert rows.get("Norvexa") == "organization"
