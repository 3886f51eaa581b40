"""Round 45 (bbce4): works, prizes and courts in entertainment copy (our own invented copy,
read by the shipped tagger)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.nlp import analyse


def _names(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def _actors(text: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.aliases for a in extract_actors(analyse(text))}


def test_a_given_name_after_a_genre_opens_a_title() -> None:
    names = _names(
        "The jury liked the teen comedy Maxwell Brightwater, which Ola Venn directed in "
        "Valby last spring."
    )
    assert "Maxwell Brightwater" not in names
    assert names.get("Ola Venn") == "person"


def test_a_title_running_on_past_a_given_name_is_a_work() -> None:
    names = _names(
        "Tessa Moor won praise for the Norlandic drama Helena Crane of Harrowgate, which "
        "opens next week."
    )
    assert "Helena Crane" not in names
    assert names.get("Tessa Moor") == "person"


def test_a_biopics_subject_by_full_name_stays_a_person() -> None:
    names = _names(
        "The biopic Tarrow, starring Jo Park as the explorer Edwin Tarrow, got three "
        "nominations on Monday."
    )
    assert names.get("Edwin Tarrow") == "person"
    assert "Tarrow" not in names


def test_a_title_before_star_is_a_work_wherever_named() -> None:
    names = _names(
        "Harriet Lowe star Ada Vell is the favourite to win. Critics also backed Harriet "
        "Lowe in the best film category."
    )
    assert "Harriet Lowe" not in names
    assert names.get("Ada Vell") == "person"


def test_a_prize_after_the_or_a_category_is_no_person() -> None:
    names = _names(
        "Lin Dorr later took the Oscar for best score, and Mia Holt is tipped for the "
        "best actress Oscar at Valby Bet."
    )
    assert "Oscar" not in names
    assert names.get("Lin Dorr") == "person"


def test_a_towns_superior_court_is_a_body_not_a_place() -> None:
    text = (
        "The suit was filed in Los Angeles Superior Court on Monday, and a Los Angeles "
        "Superior Court judge will set a date, said Ada Vell."
    )
    doc = analyse(text)
    assert "Los Angeles Superior Court" not in {p.name for p in extract_places(doc)}
    assert _names(text).get("Los Angeles Superior Court") == "organization"


def test_the_superior_court_is_short_for_the_countys_own() -> None:
    actors = _actors(
        "Fresno County Superior Court will hear the request on Monday. The costs of the "
        "Superior Court are not known, Ada Vell said."
    )
    assert "Superior Court" not in actors
    assert "Superior Court" in actors.get("Fresno County Superior Court", ())


def test_a_name_after_a_plural_of_performers_is_a_person() -> None:
    names = _names(
        "The awards were announced by singers Alma Blair and Dana Quill in Valby on Tuesday."
    )
    assert names.get("Alma Blair") == "person"


def test_a_full_name_listed_among_persons_is_a_person() -> None:
    names = _names(
        "Ada Vell, Tomas Keller, Milan Brodsky and Jo Park also feature on the list of writers."
    )
    assert names.get("Milan Brodsky") == "person"


def test_a_full_name_read_as_a_place_is_no_place_when_its_surname_is_a_persons() -> None:
    doc = analyse(
        "Other winners included Catalina Ruiz Tarrago, who took best actress in Oslo. "
        "Tarrago is also nominated."
    )
    assert [p.name for p in extract_places(doc)] == ["Oslo"]


def test_a_name_before_a_colon_and_a_capitalised_subtitle_is_a_title() -> None:
    doc = analyse(
        "The drama won best film, while Tarrago: Some Kind Of Harbour was awarded best "
        "documentary in Oslo."
    )
    assert [p.name for p in extract_places(doc)] == ["Oslo"]


def test_a_country_and_tv_before_network_is_the_country_not_a_body() -> None:
    text = "His mother told US TV network Norcast News on Sunday that he was innocent."
    assert "US TV" not in _names(text)
    assert [p.name for p in extract_places(analyse(text))] == ["United States"]
