"""Actor kinds: bodies, places and works the tagger gives the wrong kind, and the news
conventions that tell a reader which kind each is.

The articles are our own. Entities are given by hand, every occurrence of each surface, so
that each test pins one rule whatever the tagger makes of the sentence.
"""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Doc
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_agency_name_cut_by_the_tagger_is_the_whole_body() -> None:
    text = "Inspectors of the Seed and Soil Administration visited the farm on Monday."
    doc = _doc(text, ("PERSON", "Soil Administration"))
    assert _labels(doc) == {"Seed and Soil Administration": {"ORGANIZATION"}}


def _actors(doc: Doc) -> set[str]:
    return {a.name for a in extract_actors(doc)}


def test_outlet_handing_over_to_its_reporter_is_no_actor() -> None:
    text = "The port reopened after the storm. Here's Norcast's Ann Lind.\n\nShips queued."
    doc = _doc(text, ("ORGANIZATION", "Norcast"), ("PERSON", "Ann Lind"))
    assert _actors(doc) == {"Ann Lind"}


def test_outlet_in_the_closing_sign_off_is_no_actor() -> None:
    text = "The port reopened after the storm.\n\nAnn Lind, Norcast News, Valby harbour."
    doc = _doc(text, ("ORGANIZATION", "Norcast News"), ("PERSON", "Ann Lind"))
    assert _actors(doc) == {"Ann Lind"}


def test_a_sign_off_shape_inside_the_story_keeps_the_body() -> None:
    text = "Jo Park, Norvik Rovers, Valby.\n\nThe side was named on Friday."
    doc = _doc(text, ("ORGANIZATION", "Norvik Rovers"), ("PERSON", "Jo Park"))
    assert "Norvik Rovers" in _actors(doc)


def test_a_name_after_makers_or_subsidiary_is_a_firm() -> None:
    text = "The pill, made by drug makers Tovarn, sold well. The Kelco subsidiary Brisa grew."
    doc = _doc(text, ("PERSON", "Tovarn"), ("PERSON", "Brisa"), ("ORGANIZATION", "Kelco"))
    labels = _labels(doc)
    assert labels["Tovarn"] == {"ORGANIZATION"} and labels["Brisa"] == {"ORGANIZATION"}


def test_two_word_club_before_a_player_noun_after_the_is_a_club() -> None:
    text = "The Norvik Vale midfielder has chosen a striker for the award."
    doc = _doc(text, ("PERSON", "Norvik Vale"))
    assert _labels(doc) == {"Norvik Vale": {"ORGANIZATION"}}


def test_a_team_after_its_league_place_is_a_club() -> None:
    text = "Victory over seventh-placed Tovar would take them clear at the top."
    doc = _doc(text, ("PERSON", "Tovar"))
    assert _labels(doc) == {"Tovar": {"ORGANIZATION"}}


def test_a_persons_surname_before_group_is_no_body() -> None:
    text = "Ann Lind will bid for the port. The board opposed the Lind group's offer."
    doc = _doc(text, ("PERSON", "Ann Lind"), ("ORGANIZATION", "Lind"))
    assert {(a.name, a.type) for a in extract_actors(doc)} == {("Ann Lind", "person")}


def test_initials_of_a_bodys_shorter_form_join_its_row() -> None:
    text = (
        "The Norland Department of Fisheries fined the firm. The Department of Fisheries "
        "said more fines would follow. A DOF inspector visited the harbour."
    )
    doc = _doc(
        text,
        ("ORGANIZATION", "Norland Department of Fisheries"),
        ("ORGANIZATION", "Department of Fisheries"),
        ("ORGANIZATION", "DOF"),
    )
    rows = [(a.name, set(a.aliases)) for a in extract_actors(doc)]
    assert rows == [("Norland Department of Fisheries", {"Department of Fisheries", "DOF"})]


def test_a_bodys_name_misprinted_by_a_letter_is_the_same_body() -> None:
    text = "The Harbourne Trust opened a food bank. A Harboune Trust volunteer said it was busy."
    doc = _doc(text, ("ORGANIZATION", "Harbourne Trust"), ("ORGANIZATION", "Harboune Trust"))
    assert [a.name for a in extract_actors(doc)] == ["Harbourne Trust"]


def test_a_plural_is_no_misprint() -> None:
    text = "The Valby Lions Trust met. The Valby Lion Trust, a rival charity, met too."
    doc = _doc(text, ("ORGANIZATION", "Valby Lions Trust"), ("ORGANIZATION", "Valby Lion Trust"))
    assert {a.name for a in extract_actors(doc)} == {"Valby Lions Trust", "Valby Lion Trust"}


def test_a_bodys_unit_after_its_possessive_is_a_body_not_a_person() -> None:
    text = "Ann Lind, founder of Norvik's Science Studios, showed the new phone."
    doc = _doc(text, ("PERSON", "Ann Lind"), ("ORGANIZATION", "Norvik's Science Studios"))
    kinds = {(a.name, a.type) for a in extract_actors(doc)}
    assert ("Science Studios", "organization") in kinds and ("Ann Lind", "person") in kinds


def test_a_name_ending_in_motor_is_a_firm() -> None:
    text = "It signed a deal with Japanese carmaker rival Tovaru Motor last month."
    doc = _doc(text, ("PERSON", "Tovaru Motor"))
    assert _labels(doc) == {"Tovaru Motor": {"ORGANIZATION"}}


def test_an_abbreviation_heading_an_indefinite_phrase_is_no_body() -> None:
    text = "The designer was made an OBE in the honours list. An NHL is a new licence."
    doc = _doc(text, ("ORGANIZATION", "OBE"), ("ORGANIZATION", "NHL"))
    assert _labels(doc) == {}


def test_a_body_after_a_modifying_a_noun_stays_a_body() -> None:
    text = "A Norbank spokesman said the branch would close."
    doc = _doc(text, ("ORGANIZATION", "Norbank"))
    assert _labels(doc) == {"Norbank": {"ORGANIZATION"}}


def test_fields_listed_with_commas_before_a_bodys_head_are_one_body() -> None:
    text = "Jo Park, of the Norland Soil, Water, and Air Institute, led the study."
    doc = _doc(
        text,
        ("PERSON", "Jo Park"),
        ("ORGANIZATION", "Norland Soil"),
        ("ORGANIZATION", "Air Institute"),
    )
    kinds = {(a.name, a.type) for a in extract_actors(doc)}
    assert kinds == {
        ("Jo Park", "person"),
        ("Norland Soil, Water, and Air Institute", "organization"),
    }


def test_a_bodys_name_listing_fields_is_not_cut_at_its_comma() -> None:
    text = "The Valby Control, Ethics and Disciplinary Body fined the club on Monday."
    doc = _doc(text, ("ORGANIZATION", "Valby Control, Ethics and Disciplinary Body"))
    assert [a.name for a in extract_actors(doc)] == ["Valby Control, Ethics and Disciplinary Body"]


def test_a_military_camp_read_as_a_person_is_a_place() -> None:
    text = "The troops came from Camp Tovar, a fortified base near the river."
    doc = _doc(text, ("PERSON", "Camp Tovar"))
    assert _labels(doc) == {"Camp Tovar": {"LOCATION"}}


def test_a_body_name_alone_in_quotation_marks_is_a_title_or_slogan() -> None:
    text = 'They rallied round the mantra "Norvik Proud." It is like Jo Lind\'s "Tide of Valby."'
    doc = _doc(text, ("ORGANIZATION", "Norvik Proud"), ("ORGANIZATION", "Tide of Valby"))
    assert _labels(doc) == {}


def test_a_known_outlet_alone_in_quotation_marks_stays_a_body() -> None:
    text = 'As "The Wall Street Journal" wrote, the deal was late.'
    doc = _doc(text, ("ORGANIZATION", "The Wall Street Journal"))
    assert _labels(doc) == {"The Wall Street Journal": {"ORGANIZATION"}}


def test_a_plural_field_word_opening_a_longer_name_is_a_misprint() -> None:
    text = (
        "The Harbours Pilots Council called a strike. The Harbour Pilots Council said ships "
        "would stay in Valby harbour."
    )
    doc = _doc(
        text,
        ("ORGANIZATION", "Harbours Pilots Council"),
        ("ORGANIZATION", "Harbour Pilots Council"),
    )
    rows = [(a.name, set(a.aliases)) for a in extract_actors(doc)]
    assert rows == [("Harbours Pilots Council", {"Harbour Pilots Council"})]


def test_letters_with_two_neighbours_swapped_join_the_body_named_more() -> None:
    text = "NVKB fined the port. NVKB said so on Monday. Later NKVB added a second fine."
    doc = _doc(text, ("ORGANIZATION", "NVKB"), ("ORGANIZATION", "NKVB"))
    rows = [(a.name, set(a.aliases)) for a in extract_actors(doc)]
    assert rows == [("NVKB", {"NKVB"})]


def test_letters_differing_otherwise_stay_two_bodies() -> None:
    text = "NVKB fined the port. NVKA said so on Monday."
    doc = _doc(text, ("ORGANIZATION", "NVKB"), ("ORGANIZATION", "NVKA"))
    assert {a.name for a in extract_actors(doc)} == {"NVKB", "NVKA"}


def test_letters_of_a_name_opened_by_a_country_in_capitals_join_its_row() -> None:
    text = "The NL Fishing Safety Board fined the port. NLFSB said more fines would follow."
    doc = _doc(text, ("ORGANIZATION", "NL Fishing Safety Board"), ("ORGANIZATION", "NLFSB"))
    rows = [(a.name, set(a.aliases)) for a in extract_actors(doc)]
    assert rows == [("NL Fishing Safety Board", {"NLFSB"})]


def test_a_two_word_body_is_the_one_its_country_opens_elsewhere() -> None:
    text = "The French Harbour Guard searched the bay. The Harbour Guard found the boat at dawn."
    doc = _doc(text, ("ORGANIZATION", "French Harbour Guard"), ("ORGANIZATION", "Harbour Guard"))
    rows = [(a.name, set(a.aliases)) for a in extract_actors(doc)]
    assert rows == [("French Harbour Guard", {"Harbour Guard"})]


def test_a_two_word_body_after_another_name_stays_its_own() -> None:
    text = "The Valby Harbour Guard searched the bay. The Harbour Guard of Tolvik found the boat."
    doc = _doc(text, ("ORGANIZATION", "Valby Harbour Guard"), ("ORGANIZATION", "Harbour Guard"))
    assert {a.name for a in extract_actors(doc)} == {"Valby Harbour Guard", "Harbour Guard"}


def test_a_club_named_without_its_kind_words_is_the_same_club() -> None:
    text = "Valby Rovers Football Club fined the fans. Valby Rovers said the ban would stand."
    doc = _doc(
        text,
        ("ORGANIZATION", "Valby Rovers Football Club"),
        ("ORGANIZATION", "Valby Rovers"),
    )
    rows = [(a.name, set(a.aliases)) for a in extract_actors(doc)]
    assert rows == [("Valby Rovers Football Club", {"Valby Rovers"})]


def test_a_firm_named_before_another_body_word_stays_its_own() -> None:
    text = "The Norbank Foundation gave a grant. Norbank said its profits rose."
    doc = _doc(text, ("ORGANIZATION", "Norbank Foundation"), ("ORGANIZATION", "Norbank"))
    assert {a.name for a in extract_actors(doc)} == {"Norbank Foundation", "Norbank"}


def test_an_air_force_or_navy_named_with_a_country_is_a_body() -> None:
    doc = analyse(
        "A helicopter from the Norland Air Force joined the search on Wednesday. Two ships of "
        "the Valby Navy sailed on Monday."
    )
    kinds = {a.name: a.type for a in extract_actors(doc)}
    assert kinds.get("Norland Air Force") == "organization"
    assert kinds.get("Valby Navy") == "organization"


def test_a_title_and_a_given_name_run_on_over_the_untagged_surname() -> None:
    doc = analyse('"It is a criminal group," said the head of research, Dr Nia Evans.')
    names = {a.name for a in extract_actors(doc)}
    assert "Nia Evans" in names
    assert "Nia" not in names


def test_a_nickname_in_quote_marks_inside_a_name_is_one_person() -> None:
    doc = analyse(
        "Presenter Kerry-Ann 'Kez' Doyle married on Saturday. Kez said she was happy, and "
        'Striker Ahmed "Mido" Hossam sent flowers.'
    )
    actors = {a.name: a for a in extract_actors(doc)}
    assert "Kez" in actors["Kerry-Ann 'Kez' Doyle"].aliases
    assert 'Ahmed "Mido" Hossam' in actors
    assert not {"Kez", "Kerry-Ann", "Doyle", "Hossam"} & set(actors)
