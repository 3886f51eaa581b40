"""Persons and places the tagger mislabels: groups, common words, surnames, known places.

The articles are our own. Entities are given by hand (label, surface) so each test pins
one rule, whatever the tagger makes of the sentence.
"""

from __future__ import annotations

import dataclasses

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.model import Doc, Entity
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence, labels


def _doc(text: str, *names: tuple[str, str] | tuple[str, str, int]) -> Doc:
    """`text` analysed, with exactly the entities `names`: (label, surface), its last match,
    or (label, surface, n), its n-th match from 0."""
    doc = analyse(text)
    entities = []
    for label, surface, *nth in names:
        start = text.rindex(surface)
        if nth:
            start = -1
            for _ in range(nth[0] + 1):
                start = text.index(surface, start + 1)
        end = start + len(surface)
        s = next(x for x in doc.sentences if x.start <= start < x.end)
        entities.append(Entity(label, surface, start, end, s.index, *s.token_span(start, end)))
    return dataclasses.replace(doc, entities=tuple(sorted(entities, key=lambda e: e.start)))


def _places(doc: Doc) -> set[str]:
    return {p.name for p in extract_places(doc)}


def _persons(doc: Doc) -> set[str]:
    return {a.name for a in extract_actors(doc) if a.type == "person"}


def test_a_faith_or_people_read_as_a_place_is_no_place() -> None:
    doc = _doc(
        "Most of Valby's Hindu families and its Sunni Muslims voted in Oslo.",
        ("LOCATION", "Hindu"),
        ("LOCATION", "Sunni Muslims"),
        ("LOCATION", "Oslo"),
    )
    assert _places(doc) == {"Oslo"}


def test_a_common_word_read_as_a_person_is_no_person() -> None:
    doc = _doc(
        '"Sell the boats," Ann Lind told the harbour board.',
        ("PERSON", "Sell"),
        ("PERSON", "Ann Lind"),
    )
    assert _persons(doc) == {"Ann Lind"}


def test_a_common_word_that_is_a_surname_of_the_article_stays_a_person() -> None:
    doc = _doc(
        "Jo Long runs the ferry. Long said the timetable would change.",
        ("PERSON", "Jo Long"),
        ("PERSON", "Long"),
    )
    assert _persons(doc) == {"Jo Long"}


def test_a_common_word_read_as_a_place_is_no_place_unless_a_region() -> None:
    doc = _doc(
        '"Long live the harbour," crowds chanted in the Southwest.',
        ("LOCATION", "Long"),
        ("LOCATION", "Southwest"),
    )
    assert _places(doc) == {"Southwest"}


def test_a_common_word_opening_the_sentence_is_cut_from_a_persons_name() -> None:
    doc = _doc(
        "Ann Lind spoke first. Echoing Lind's words, the mayor backed the ferry.",
        ("PERSON", "Ann Lind"),
        ("PERSON", "Echoing Lind"),
    )
    assert _persons(doc) == {"Ann Lind"}


def test_a_surname_of_the_article_read_as_a_place_is_the_person() -> None:
    doc = _doc(
        "Ann Leicester chairs the harbour board. Leicester said the ferries would run. Boats sail "
        "from Leicester at dawn.",
        ("PERSON", "Ann Leicester"),
        ("LOCATION", "Leicester", 1),
        ("LOCATION", "Leicester", 2),
    )
    people = {a.name: a for a in extract_actors(doc) if a.type == "person"}
    assert people["Ann Leicester"].mentions == 2
    assert [p.mentions for p in extract_places(doc)] == [1]


def test_a_region_or_a_city_of_millions_read_as_a_person_is_a_place() -> None:
    doc = _doc(
        "Ann Lind said Hawaii and Ankara would order ferries.",
        ("PERSON", "Ann Lind"),
        ("PERSON", "Hawaii"),
        ("PERSON", "Ankara"),
    )
    assert _persons(doc) == {"Ann Lind"}
    assert _places(doc) == {"Hawaii", "Ankara"}


def test_a_surname_printed_with_another_case_or_apostrophe_is_one_person() -> None:
    doc = _doc(
        "Bill de Lune and Jo O’Dare met on Monday. De Lune said O'Dare was late.",
        ("PERSON", "Bill de Lune"),
        ("PERSON", "Jo O’Dare"),
        ("PERSON", "De Lune"),
        ("PERSON", "O'Dare"),
    )
    assert _persons(doc) == {"Bill de Lune", "Jo O’Dare"}


def test_a_title_or_a_members_letters_beside_a_surname_is_one_person() -> None:
    doc = _doc(
        "Lord Varne spoke first. Ann Hale MP asked Tom Varne why. Ann Hale got no answer.",
        ("PERSON", "Lord Varne"),
        ("PERSON", "Ann Hale MP"),
        ("PERSON", "Tom Varne"),
        ("PERSON", "Ann Hale"),
    )
    assert len(_persons(doc)) == 2


def test_a_name_ending_in_a_place_word_is_a_place_even_where_tagged_a_person() -> None:
    doc = _doc(
        "The ferry crossed the Kara Strait to Oslo. Kara Strait is one of the busiest waters.",
        ("LOCATION", "Kara Strait", 0),
        ("LOCATION", "Oslo"),
        ("PERSON", "Kara Strait", 1),
    )
    assert _persons(doc) == set()
    assert _places(doc) == {"Kara Strait", "Oslo"}


def _bodies(doc: Doc) -> set[str]:
    return {a.name for a in extract_actors(doc) if a.type == "organization"}


def test_a_body_after_a_possessive_body_is_no_person() -> None:
    doc = _doc(
        "The Harbour Department's Marine Safety Division fined the ferry line.",
        ("ORGANIZATION", "Harbour Department's Marine Safety Division"),
    )
    assert _persons(doc) == set()
    assert {"Harbour Department", "Marine Safety Division"} <= _bodies(doc)


def test_a_school_of_a_university_is_two_bodies_not_a_person() -> None:
    doc = _doc(
        "Ann Lind, a professor at the Maxwell School of Valby University, said so.",
        ("PERSON", "Ann Lind"),
        ("ORGANIZATION", "Maxwell School of Valby University"),
    )
    assert _persons(doc) == {"Ann Lind"}
    assert "Valby University" in _bodies(doc)


def test_a_person_tagged_name_ending_in_a_body_word_is_a_body() -> None:
    doc = _doc(
        "The Norland Police Division said the ferry was safe.",
        ("PERSON", "Norland Police Division"),
    )
    assert _persons(doc) == set() and _bodies(doc) == {"Norland Police Division"}


def test_a_name_tagged_a_person_and_a_body_in_one_article_is_the_body() -> None:
    doc = _doc(
        "Norvik beat the league leaders on Saturday. The coach said Norvik had earned it.",
        ("ORGANIZATION", "Norvik", 0),
        ("PERSON", "Norvik", 1),
    )
    assert _persons(doc) == set() and _bodies(doc) == {"Norvik"}


def test_a_full_name_tagged_a_body_elsewhere_stays_a_person() -> None:
    doc = _doc(
        "Ann Lind runs the harbour. The board thanked Ann Lind on Monday.",
        ("PERSON", "Ann Lind", 0),
        ("ORGANIZATION", "Ann Lind", 1),
    )
    assert _persons(doc) == {"Ann Lind"}


def test_a_surname_before_a_bodys_last_word_is_no_person() -> None:
    doc = _doc(
        "Plans proposed by the Lindqvist Administration were dropped.", ("PERSON", "Lindqvist")
    )
    assert _persons(doc) == set()


def test_a_house_visited_is_the_building_not_the_body() -> None:
    doc = _doc(
        "When Ann Lind visited the Norland House in May, the Norland House said little.",
        ("PERSON", "Ann Lind"),
        ("ORGANIZATION", "Norland House", 0),
        ("ORGANIZATION", "Norland House", 1),
    )
    assert [p.mentions for p in extract_places(doc) if p.name == "Norland House"] == [1]
    assert "Norland House" in _bodies(doc)


def test_a_state_abbreviation_after_a_town_is_a_place_never_a_person() -> None:
    doc = _doc(
        "The board named Jo Lind of Hays, Kan. as its new head.",
        ("PERSON", "Jo Lind"),
        ("LOCATION", "Hays"),
        ("PERSON", "Kan."),
    )
    assert _persons(doc) == {"Jo Lind"}
    assert "Kansas" in _places(doc)


def test_a_short_title_and_a_surname_make_a_person_not_a_place() -> None:
    doc = _doc(
        "The charge was aimed at Valby and Sen. Norrland.",
        ("LOCATION", "Valby"),
        ("LOCATION", "Sen. Norrland"),
    )
    assert "Sen. Norrland" not in _places(doc)


def test_a_known_place_the_article_names_as_a_place_is_no_person_elsewhere() -> None:
    doc = _doc(
        "The ferry fund helps towns like Tromsø. Critics said Tromsø pays for its own port.",
        ("LOCATION", "Tromsø", 0),
        ("PERSON", "Tromsø", 1),
    )
    assert _persons(doc) == set()
    assert "Tromsø" in _places(doc)


def test_a_body_word_read_as_a_name_makes_no_surname() -> None:
    doc = _doc(
        "Ana Berg taught at Valby High School and the Norby Free School.",
        ("PERSON", "Ana Berg"),
        ("PERSON", "High School"),
        ("ORGANIZATION", "Norby Free School"),
    )
    assert _persons(doc) == {"Ana Berg"}


def test_a_name_placed_by_its_county_or_country_is_a_town() -> None:
    text = (
        "Tomas Berg, 39, of Upton Hill, Essex, was fined. "
        "He bought a flat on the Costa Del Sol, Spain, last year. Ann Lind, Texas, spoke."
    )
    doc = _doc(
        text,
        ("PERSON", "Tomas Berg"),
        ("PERSON", "Upton Hill"),
        ("LOCATION", "Essex"),
        ("PERSON", "Costa Del Sol"),
        ("LOCATION", "Spain"),
        ("PERSON", "Ann Lind"),
        ("LOCATION", "Texas"),
    )
    assert _persons(doc) == {"Tomas Berg", "Ann Lind"}
    assert {"Upton Hill", "Costa Del Sol"} <= _places(doc)


def test_a_website_named_after_a_reporting_verb_is_no_place_anywhere() -> None:
    text = "Ann Lind posted on Chirpa that the ferry was late. The clip stayed up on Chirpa."
    doc = _doc(text, ("PERSON", "Ann Lind"), ("LOCATION", "Chirpa", 0), ("LOCATION", "Chirpa", 1))
    assert "Chirpa" not in _places(doc)
    bodies = [a for a in extract_actors(doc) if a.type == "organization"]
    assert [a.name for a in bodies] == ["Chirpa"] and bodies[0].mentions == 2


def test_a_state_abbreviation_ending_the_sentence_is_the_state() -> None:
    """ "Holmdale, Ill." closing a sentence: the tagger keeps "Ill" without its full stop,
    a common word; after a town and a comma it is Illinois, and the town is American."""
    doc = _doc(
        "She trained at the depot in Holmdale, Ill. She left in 1950.",
        ("LOCATION", "Holmdale"),
        ("LOCATION", "Ill"),
    )
    places = {p.name: p for p in extract_places(doc)}
    assert places["Illinois"].type == "region"
    assert "Ill" not in places


def test_a_name_ending_in_a_street_abbreviation_is_no_person() -> None:
    doc = _doc("The Lunds live at 80 Maria Dr.. They moved in May.", ("PERSON", "Maria Dr"))
    assert not [a for a in extract_actors(doc) if a.type == "person"]


def test_a_school_named_elementary_is_a_body() -> None:
    doc = _doc("She taught at Birch Elementary for years.", ("PERSON", "Birch Elementary"))
    assert [(a.name, a.type) for a in extract_actors(doc)] == [("Birch Elementary", "organization")]


def test_a_schools_first_word_alone_is_the_school() -> None:
    """ "Holm" beside "Holm University" is the university's short name: one row, not a
    person, and not the student paper "Holm Wheel" that also starts with the word."""
    text = (
        "Holm University said on Friday it would admit more students. Holm is linked to the "
        "Lutheran Church. The student newspaper, The Holm Wheel, called for change in 1954."
    )
    doc = _doc(
        text,
        ("ORGANIZATION", "Holm University"),
        ("PERSON", "Holm", 1),
        ("ORGANIZATION", "The Holm Wheel"),
    )
    rows = {a.name: a for a in extract_actors(doc)}
    assert rows["Holm University"].aliases == ("Holm",)
    assert "Holm" not in rows


def test_an_illness_named_after_someone_is_no_person_or_place() -> None:
    doc = _doc(
        "Her father has Alzheimer's and lives in Holm. Grave's disease runs in the family.",
        ("PERSON", "Alzheimer"),
        ("LOCATION", "Grave"),
        ("LOCATION", "Holm"),
    )
    assert not extract_actors(doc)
    assert [p.name for p in extract_places(doc)] == ["Holm"]


def test_the_possessive_of_a_person_named_in_full_stays_the_persons() -> None:
    doc = _doc(
        "Ana Parkinson won the vote. Parkinson's rivals conceded on Monday.",
        ("PERSON", "Ana Parkinson"),
        ("PERSON", "Parkinson"),
    )
    assert [a.name for a in extract_actors(doc)] == ["Ana Parkinson"]
    assert extract_actors(doc)[0].mentions == 2


def test_a_name_suffix_read_as_a_place_is_no_place() -> None:
    doc = _doc(
        "Mrs. Ana Holm, Jr., will keep the minutes in Valby.",
        ("PERSON", "Ana Holm"),
        ("LOCATION", "Jr."),
        ("LOCATION", "Valby"),
    )
    assert [p.name for p in extract_places(doc)] == ["Valby"]


def test_a_us_college_named_by_its_state_is_a_body() -> None:
    """ "Oregon State": a college (its team, in sports copy), never a person, and in a match
    report not the state either."""
    doc = _doc(
        "The halfback kicked 13 straight conversions in the 41-8 win over Oregon State, and "
        "the coach says the season's touchdown count will rise. The team beat Valby 28-3 in "
        "its first game; the quarterback and the defence were praised by the league.",
        ("LOCATION", "Oregon State"),
        ("LOCATION", "Valby"),
    )
    assert ("Oregon State", "organization") in [(a.name, a.type) for a in extract_actors(doc)]
    assert "Oregon State" not in [p.name for p in extract_places(doc)]
    doc = _doc(
        "Ana Lind teaches at Oregon State.", ("PERSON", "Ana Lind"), ("PERSON", "Oregon State")
    )
    assert ("Oregon State", "organization") in [(a.name, a.type) for a in extract_actors(doc)]


def test_a_state_after_a_town_and_a_comma_stays_a_place_beside_a_person_of_its_name() -> None:
    text = (
        "The board of Valby county, Victoria, meets on Monday. Jo Park grew up in Mount Valby, "
        "Victoria, and left. Victoria Lind wrote to the board."
    )
    names = [("PERSON", "Victoria", 0), ("PERSON", "Victoria", 1), ("PERSON", "Victoria Lind")]
    doc = _doc(text, ("LOCATION", "Valby", 0), ("LOCATION", "Mount Valby"), *names)
    assert "Victoria" in _places(doc)


def test_a_state_after_a_county_and_a_comma_is_no_person_of_its_given_name() -> None:
    text = "The board of Valby county, Victoria, meets today. Victoria Lind chairs the board."
    doc = every_occurrence(text, ("PERSON", "Victoria Lind"), ("PERSON", "Victoria"))
    assert labels(doc) == {"Victoria Lind": {"PERSON"}, "Victoria": {"LOCATION"}}
    doc = every_occurrence(text, ("PERSON", "Victoria Lind"), ("LOCATION", "Victoria"))
    assert labels(doc) == {"Victoria Lind": {"PERSON"}, "Victoria": {"LOCATION"}}


def test_a_members_seat_of_two_places_joined_by_and_is_one_place() -> None:
    text = "Ann Berg, the MP for Valby and Upton Hill, spoke. The member for Lund and Norby, too."
    names = [("LOCATION", "Valby"), ("LOCATION", "Upton Hill"), ("LOCATION", "Lund")]
    doc = _doc(text, ("PERSON", "Ann Berg"), *names, ("LOCATION", "Norby"))
    assert {"Valby and Upton Hill", "Lund and Norby"} <= _places(doc)
    assert not {"Valby", "Upton Hill", "Lund", "Norby"} & _places(doc)


def test_a_person_after_a_seats_and_is_no_part_of_the_seat() -> None:
    text = "Jo Park, the MP for Valby and Ana Berg, the MP for Lund, wrote to the board."
    names = [("PERSON", "Jo Park"), ("LOCATION", "Valby"), ("LOCATION", "Lund")]
    doc = _doc(text, *names, ("PERSON", "Ana Berg"))
    assert "Valby and Ana Berg" not in _places(doc)
    assert "Valby" in _places(doc)
    doc = _doc("The board met the MP for Valby and Jo Park.", ("LOCATION", "Valby"))
    assert "Valby and Jo Park" not in _places(doc)
    assert "Valby" in _places(doc)
    text = "The plan was backed by the MP for Valby and Norbank Group."
    doc = _doc(text, ("LOCATION", "Valby"), ("ORGANIZATION", "Norbank Group"))
    assert "Valby and Norbank Group" not in _places(doc)


def test_a_seat_before_an_apposition_or_a_verb_is_not_joined() -> None:
    text = "Jo Park, the MP for Valby and Mrs Dahl, the MP for Lund, wrote to the board."
    doc = _doc(text, ("PERSON", "Jo Park"), ("LOCATION", "Valby"), ("LOCATION", "Lund"))
    assert "Valby and Mrs Dahl" not in _places(doc)
    doc = _doc("The MP for Valby and Lund backed the plan.", ("LOCATION", "Valby"))
    assert "Valby and Lund" not in _places(doc)
    text = "They met the member for Valby and Upton Hill, the chair of the board."
    doc = _doc(text, ("LOCATION", "Valby"), ("LOCATION", "Upton Hill"))
    assert "Valby and Upton Hill" in _places(doc)


def test_a_seat_ending_in_a_known_place_stays_joined_whatever_the_tagger_says() -> None:
    text = "Jo Park, the MP for Valby and Wood Green, voted against the plan."
    doc = _doc(text, ("PERSON", "Jo Park"), ("LOCATION", "Valby"))
    assert "Valby and Wood Green" in _places(doc)
    text = "Jo Park, the MP for Valby and Chelsea, voted against the plan."
    doc = _doc(text, ("PERSON", "Jo Park"), ("LOCATION", "Valby"), ("PERSON", "Chelsea"))
    assert "Valby and Chelsea" in _places(doc)


def test_a_full_name_run_into_a_place_from_a_lost_caption_boundary_is_cut_off() -> None:
    text = "Norbank won the cup final at London Jo Park scores during the win."
    doc = _doc(text, ("LOCATION", "London Jo Park"))
    assert "London" in _places(doc)
    assert "London Jo Park" not in _places(doc)


def test_a_first_name_inside_a_valley_name_does_not_cut_the_valley() -> None:
    # "Marco" is a first name and "San" a town of the gazetteer, but no person is a Valley
    text = "Growers in the San Marco Valley lost half their crop to hail."
    doc = _doc(text, ("LOCATION", "San Marco Valley"))
    assert "San" not in _places(doc)


def test_a_name_opening_with_a_compass_point_is_a_place_not_a_person() -> None:
    from tests.facts.hand_entities import every_occurrence, labels

    text = "Workers at the plant in West Halden fell ill, said Jo Lind."
    doc = every_occurrence(text, ("PERSON", "West Halden"), ("PERSON", "Jo Lind"))
    assert labels(doc) == {"West Halden": {"LOCATION"}, "Jo Lind": {"PERSON"}}


def test_a_compass_led_name_cut_before_a_capitalised_word_is_not_made_a_place() -> None:
    from tests.facts.hand_entities import every_occurrence, labels

    text = "Cars left the road near the West Halden Parkway, said Jo Lind."
    doc = every_occurrence(text, ("PERSON", "West Halden"), ("PERSON", "Jo Lind"))
    assert labels(doc).get("West Halden") != {"LOCATION"}


def test_a_town_and_state_before_a_common_noun_is_a_place_not_a_person() -> None:
    text = "Regulators closed the $2 billion Marta Lindell, Minn., lender on Friday."
    doc = every_occurrence(text, ("PERSON", "Marta Lindell"))
    assert labels(doc)["Marta Lindell"] == {"LOCATION"}


def test_a_person_and_state_before_a_verb_stays_a_person() -> None:
    text = "The bill's author, Marta Lindell, Minn., said it would pass."
    doc = every_occurrence(text, ("PERSON", "Marta Lindell"))
    assert labels(doc)["Marta Lindell"] == {"PERSON"}


def test_a_listed_seat_of_two_places_joined_by_and_is_one_place() -> None:
    text = "The seats the party targets are: Valby West, Holm and Upton Hill, Lund."
    names = [("LOCATION", "Valby West"), ("LOCATION", "Holm"), ("LOCATION", "Upton Hill")]
    doc = _doc(text, *names, ("LOCATION", "Lund"))
    assert {"Valby West", "Holm and Upton Hill", "Lund"} <= _places(doc)
    assert not {"Holm", "Upton Hill"} & _places(doc)


def test_places_joined_by_and_outside_a_list_of_seats_stay_two() -> None:
    text = "The roads are closed: floods cut Holm and Upton Hill, and Lund is next."
    names = [("LOCATION", "Holm"), ("LOCATION", "Upton Hill"), ("LOCATION", "Lund")]
    doc = _doc(text, *names)
    assert "Holm and Upton Hill" not in _places(doc)
    text = "Two seats, Valby and Lund, are close. Visitors came from: Holm and Upton Hill, Lund."
    names = [("LOCATION", "Holm"), ("LOCATION", "Upton Hill"), ("LOCATION", "Lund")]
    doc = _doc(text, *names)
    assert "Holm and Upton Hill" not in _places(doc)


def test_a_seats_second_place_read_as_a_person_is_the_seats() -> None:
    text = "Ann Berg, the MP for Valby and Holm, spoke. The seats are: Lund and Norby, Upton."
    names = [("LOCATION", "Valby"), ("PERSON", "Holm"), ("LOCATION", "Lund")]
    doc = _doc(text, ("PERSON", "Ann Berg"), *names, ("PERSON", "Norby"), ("LOCATION", "Upton"))
    assert _persons(doc) == {"Ann Berg"}
    assert "Lund and Norby" in _places(doc)


def test_a_person_named_in_full_after_a_seats_and_stays_a_person() -> None:
    text = "The plan was backed by the MP for Valby and Jo Park, the board said."
    doc = _doc(text, ("LOCATION", "Valby"), ("PERSON", "Jo Park"))
    assert _persons(doc) == {"Jo Park"}


def test_a_place_after_a_noble_church_or_treaty_head_and_of_is_no_place() -> None:
    text = "The Duchy of Valby paid the Bishop of Lund, as the Treaty of Holm said, in Valby."
    names = [("LOCATION", "Valby", 0), ("LOCATION", "Lund"), ("LOCATION", "Holm")]
    doc = _doc(text, *names, ("LOCATION", "Valby", 1))
    places = {p.name: p.mentions for p in extract_places(doc)}
    assert "Lund" not in places and "Holm" not in places
    assert places.get("Valby") == 1


def test_a_see_placed_by_its_country_after_a_comma_stays_a_place() -> None:
    text = "Jo Park was enthroned as Archbishop of Lund, Norland, in May."
    doc = _doc(text, ("PERSON", "Jo Park"), ("LOCATION", "Lund"), ("LOCATION", "Norland"))
    assert "Lund" in _places(doc)
