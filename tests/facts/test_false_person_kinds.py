"""Names that read like people's but are not: towns placed by a state's wire abbreviation,
clubs opened by a club's first word, firms named for partners, a US state with "State", and
a woman's title on a surname a man also holds."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence, labels


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def test_a_town_before_a_states_wire_abbreviation_is_a_place() -> None:
    doc = analyse("Ana Berg wrote to the paper about the bridge.\nAna Berg.\nHenderson, Nev.")
    assert "Henderson" not in _kinds(doc.text)
    assert "Henderson" in [p.name for p in extract_places(doc)]


def test_a_birthplace_opening_with_a_given_name_is_a_place() -> None:
    text = "Jo Park was born in Ella Norby, Minn., the youngest of four children."
    assert _kinds(text) == {"Jo Park": "person"}


def test_a_person_spoken_to_before_a_state_stays_a_person() -> None:
    assert _kinds("We spoke to Ana Berg, Nev. Jo Park said so.")["Ana Berg"] == "person"


def test_a_clubs_first_word_before_a_city_makes_a_club() -> None:
    text = "Jo Park has no plans to leave Athletic Porto for another club this winter."
    doc = every_occurrence(text, ("PERSON", "Jo Park"), ("PERSON", "Athletic Porto"))
    assert labels(doc) == {"Jo Park": {"PERSON"}, "Athletic Porto": {"ORGANIZATION"}}


def test_a_mans_full_name_after_a_womans_title_on_the_surname_is_another_person() -> None:
    kinds = _kinds(
        "Mrs. Lund said the farm was sold. Her husband Harry Lund left in May. Lund was away."
    )
    assert "Harry Lund" in kinds and "Lund" in kinds


def test_a_womans_full_name_after_her_titled_surname_is_her() -> None:
    kinds = _kinds("Mrs. Berg said the farm was sold. Ana Berg is 40. Berg said nothing more.")
    assert list(kinds) == ["Ana Berg"]


def test_a_firm_named_for_two_partners_is_a_body() -> None:
    text = "Ana Berg worked at a Valby law firm, Moore & Van Holt, where a client asked."
    doc = every_occurrence(text, ("PERSON", "Ana Berg"), ("PERSON", "Moore & Van Holt"))
    assert labels(doc)["Moore & Van Holt"] == {"ORGANIZATION"}


def test_two_full_names_joined_by_an_ampersand_are_no_firm() -> None:
    doc = every_occurrence(
        "The prize went to Jo Lind & Ana Holt.", ("PERSON", "Jo Lind & Ana Holt")
    )
    assert labels(doc)["Jo Lind & Ana Holt"] == {"PERSON"}


def test_a_state_named_with_state_is_the_state_not_a_person() -> None:
    text = "A stray dog in Washington State has lived through three accidents."
    doc = every_occurrence(text, ("LOCATION", "Washington State"))
    assert labels(doc) == {"Washington": {"LOCATION"}}


def test_a_clubs_first_word_alone_is_the_club_the_article_names() -> None:
    text = "Jo Park joined Athletic Porto in May. Athletic have won twice since, Park said."
    doc = every_occurrence(
        text, ("PERSON", "Jo Park"), ("PERSON", "Athletic Porto"), ("PERSON", "Athletic")
    )
    assert labels(doc)["Athletic"] == {"ORGANIZATION"}


def test_a_kept_animals_name_is_no_person() -> None:
    text = 'Jo Park rode his horse Dusty Lad to a win. Her guide dog called "Rex" is nine.'
    text += " Rex won a prize."
    doc = every_occurrence(text, ("PERSON", "Jo Park"), ("PERSON", "Dusty Lad"), ("PERSON", "Rex"))
    assert labels(doc) == {"Jo Park": {"PERSON"}}


def test_a_person_called_an_animal_by_a_figure_of_speech_stays_a_person() -> None:
    doc = every_occurrence("The fat cat Ana Berg was paid a bonus.", ("PERSON", "Ana Berg"))
    assert labels(doc) == {"Ana Berg": {"PERSON"}}


def test_a_holiday_opening_a_place_name_is_no_given_name() -> None:
    doc = every_occurrence("Easter Island is remote.", ("PERSON", "Easter Island"))
    assert labels(doc) == {"Easter Island": {"LOCATION"}}


def test_a_name_after_a_place_noun_and_of_is_a_place_wherever_named() -> None:
    text = "In May she fled her town of Varnia. Troops had taken Varnia a year before."
    doc = every_occurrence(text, ("PERSON", "Varnia"))
    assert labels(doc) == {"Varnia": {"LOCATION"}}


def test_a_town_and_a_states_abbreviation_without_a_comma_is_the_town() -> None:
    doc = analyse("Why pay for it?\n\nAna Berg.\n\nHenderson Nev.")
    assert "Henderson Nev" not in _kinds(doc.text)
    assert "Henderson" in [p.name for p in extract_places(doc)]


def test_a_name_of_common_words_without_a_given_name_is_no_person() -> None:
    from briefing.facts.actors import extract_actors
    from tests.facts.hand_entities import every_occurrence

    text = "The shop sold Smart Tags to Ana Berg, and Tom Wood bought some too."
    names = ("PERSON", "Smart Tags"), ("PERSON", "Ana Berg"), ("PERSON", "Tom Wood")
    people = {a.name for a in extract_actors(every_occurrence(text, *names)) if a.type == "person"}
    assert people == {"Ana Berg", "Tom Wood"}


def test_a_name_ending_in_version_is_a_scriptures_translation_no_person() -> None:
    text = "The choir sang from the Valby Standard Version while Jo Park read to them."
    names = ("PERSON", "Standard Version"), ("PERSON", "Jo Park")
    actors = {a.name for a in extract_actors(every_occurrence(text, *names))}
    assert actors == {"Jo Park"}
