"""Organisations and places told apart: wire codes, named buildings, bodies tagged as places,
faiths, newspapers holding a country's name, and people's words that describe a person."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence, labels


def _places(text: str, *names: tuple[str, str]) -> set[str]:
    doc = every_occurrence(text, *names) if names else analyse(text)
    return {p.name for p in extract_places(doc)}


def test_the_letters_of_a_wire_typesetting_code_name_no_body() -> None:
    text = "&UR; (Jo Park writes for the Valby Herald.) &LR; The town council met on Monday."
    doc = every_occurrence(text, ("ORGANIZATION", "UR"), ("LOCATION", "LR"))
    assert labels(doc) == {}


def test_a_named_tower_is_a_place_whatever_the_tagger_says() -> None:
    text = "The walk ends at the Harbour Tower in Valby."
    doc = every_occurrence(text, ("ORGANIZATION", "Harbour Tower"), ("LOCATION", "Valby"))
    assert labels(doc)["Harbour Tower"] == {"LOCATION"}


def test_a_town_and_a_body_head_tagged_as_a_place_is_the_body() -> None:
    text = "Ana Berg runs the Valby Foundation from an office in Sudby."
    doc = every_occurrence(text, ("LOCATION", "Valby Foundation"), ("LOCATION", "Sudby"))
    assert labels(doc)["Valby Foundation"] == {"ORGANIZATION"}


def test_a_place_tagged_name_ending_in_a_site_head_stays_a_place() -> None:
    text = "The choir sang at the Norvik Centre on Sunday."
    doc = every_occurrence(text, ("LOCATION", "Norvik Centre"))
    assert labels(doc)["Norvik Centre"] == {"LOCATION"}


def test_a_faith_is_no_place() -> None:
    text = "Jo Park wrote about Islam and Christianity in Valby."
    names = (("LOCATION", "Islam"), ("LOCATION", "Christianity"), ("LOCATION", "Valby"))
    assert _places(text, *names) == {"Valby"}


def test_a_newspaper_holding_a_country_name_is_a_body_and_no_place() -> None:
    doc = analyse("Jo Park told USA Today that the plant in Valby would close.")
    bodies = {a.name for a in extract_actors(doc) if a.type == "organization"}
    assert "USA Today" in bodies
    assert "United States" not in {p.name for p in extract_places(doc)}


def test_a_peoples_word_describing_one_person_is_no_place() -> None:
    assert "United Kingdom" not in _places("The English novelist Jo Park died on Monday.")


def test_a_peoples_word_before_a_states_agent_stays_its_country() -> None:
    assert "Norway" in _places("The Norwegian president met Jo Park on Monday.")


def test_a_peoples_word_before_a_school_subject_is_a_language() -> None:
    assert "France" not in _places("Ana Berg taught French literature for years.")


def test_a_name_before_an_area_noun_is_a_place() -> None:
    text = "The mill shaped the Kessel Shoals area and its towns."
    doc = every_occurrence(text, ("ORGANIZATION", "Kessel Shoals"))
    assert labels(doc)["Kessel Shoals"] == {"LOCATION"}


def test_a_body_before_an_area_noun_and_a_noun_stays_a_body() -> None:
    text = "The Norbank area manager spoke."
    doc = every_occurrence(text, ("ORGANIZATION", "Norbank"))
    assert labels(doc)["Norbank"] == {"ORGANIZATION"}


def test_a_landmark_read_as_a_body_is_a_place() -> None:
    text = "Jo Park met Ana Berg in Times Square."
    doc = every_occurrence(text, ("ORGANIZATION", "Times Square"))
    assert labels(doc)["Times Square"] == {"LOCATION"}
    assert "Times Square" in {p.name for p in extract_places(doc)}


def test_a_seat_of_power_before_a_noun_or_acting_is_its_body() -> None:
    text = "Kremlin threats alarmed Valby, and the Pentagon said it would send ships."
    doc = every_occurrence(
        text, ("LOCATION", "Kremlin"), ("LOCATION", "Valby"), ("LOCATION", "Pentagon")
    )
    found = labels(doc)
    assert found["Kremlin"] == {"ORGANIZATION"}
    assert found["Pentagon"] == {"ORGANIZATION"}


def test_a_seat_of_power_someone_is_taken_to_stays_the_building() -> None:
    text = "Jo Park summoned his rivals to the Kremlin on Tuesday."
    doc = every_occurrence(text, ("PERSON", "Jo Park"), ("LOCATION", "Kremlin"))
    assert labels(doc)["Kremlin"] == {"LOCATION"}


def test_a_city_set_off_after_a_body_and_closing_its_clause_is_the_bodys_seat() -> None:
    text = "Regulators fined Tarnby Mills Inc., Denver. Nurses at Holm Clinic, Omaha, walked out."
    doc = every_occurrence(
        text,
        ("ORGANIZATION", "Tarnby Mills"),
        ("ORGANIZATION", "Denver"),
        ("LOCATION", "Holm Clinic"),
        ("ORGANIZATION", "Omaha"),
    )
    assert labels(doc)["Denver"] == {"LOCATION"}
    assert labels(doc)["Omaha"] == {"LOCATION"}


def test_a_city_in_a_list_of_bodies_is_no_seat() -> None:
    text = "Bids came from Tarnby Mills Inc., Denver and Holm Clinic."
    doc = every_occurrence(text, ("ORGANIZATION", "Tarnby Mills"), ("ORGANIZATION", "Denver"))
    assert labels(doc)["Denver"] == {"ORGANIZATION"}


def test_a_name_before_magazine_tagged_as_a_place_is_the_publication() -> None:
    text = "Jo Park read old copies of Brentor magazine on the train to Valby."
    doc = every_occurrence(
        text, ("PERSON", "Jo Park"), ("LOCATION", "Brentor"), ("LOCATION", "Valby")
    )
    assert labels(doc)["Brentor"] == {"ORGANIZATION"}
    assert labels(doc)["Valby"] == {"LOCATION"}


def test_a_known_town_before_newspaper_stays_a_place() -> None:
    text = "The story ran in a Boston newspaper, Ana Lind said."
    doc = every_occurrence(text, ("LOCATION", "Boston"), ("PERSON", "Ana Lind"))
    assert labels(doc)["Boston"] == {"LOCATION"}


def test_a_persons_newspaper_leaves_the_person_a_person() -> None:
    text = "The court let Tevo Rask keep printing. It had shut Tevo Rask's newspaper in May."
    doc = every_occurrence(text, ("PERSON", "Tevo Rask"))
    assert labels(doc)["Tevo Rask"] == {"PERSON"}
