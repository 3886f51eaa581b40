"""Names the tagger reads as people's that name venues, houses of worship, airlines, joint
ventures of firms and standardised tests; and the people whose surnames look like them."""

from __future__ import annotations

import pytest

from tests.facts.hand_entities import every_occurrence, labels


def test_a_hotel_named_by_its_last_word_is_a_place() -> None:
    text = "The Norby Motel was sold last week, Jo Park said."
    doc = every_occurrence(text, ("PERSON", "Norby Motel"), ("PERSON", "Jo Park"))
    assert labels(doc) == {"Norby Motel": {"LOCATION"}, "Jo Park": {"PERSON"}}


def test_a_dam_named_by_its_last_word_is_a_place() -> None:
    text = "Anglers come to fish below Norby Dam in spring, Jo Park said."
    doc = every_occurrence(text, ("PERSON", "Norby Dam"), ("PERSON", "Jo Park"))
    assert labels(doc) == {"Norby Dam": {"LOCATION"}, "Jo Park": {"PERSON"}}


def test_a_hotel_named_in_the_continental_order_is_a_place() -> None:
    text = "The quartet plays nightly at Hotel Valby this month."
    doc = every_occurrence(text, ("PERSON", "Hotel Valby"))
    assert labels(doc) == {"Hotel Valby": {"LOCATION"}}


def test_a_lounge_named_with_a_title_word_is_no_titled_person() -> None:
    text = "Ana Berg and her trio open on Friday at Duke Lounge in Valby."
    doc = every_occurrence(text, ("PERSON", "Ana Berg"), ("PERSON", "Duke Lounge"))
    assert "PERSON" not in labels(doc)["Duke Lounge"]


def test_a_church_opening_with_a_word_that_is_no_first_name_is_no_person() -> None:
    text = "The supper is at 6 p.m. Sunday at First Baptist Church, Ana Berg said."
    doc = every_occurrence(text, ("PERSON", "First Baptist Church"), ("PERSON", "Ana Berg"))
    assert "PERSON" not in labels(doc)["First Baptist Church"]


def test_a_church_of_three_words_is_no_person_whatever_its_first_word() -> None:
    text = "The choir of Christ Lutheran Church sang on Sunday."
    doc = every_occurrence(text, ("PERSON", "Christ Lutheran Church"))
    assert "PERSON" not in labels(doc)["Christ Lutheran Church"]


def test_a_person_whose_surname_is_church_stays_a_person() -> None:
    text = "Ana Church and Jo B. Temple sang at the Valby festival."
    doc = every_occurrence(text, ("PERSON", "Ana Church"), ("PERSON", "Jo B. Temple"))
    assert labels(doc) == {"Ana Church": {"PERSON"}, "Jo B. Temple": {"PERSON"}}


@pytest.mark.parametrize(
    "text",
    [
        'Tovik Chapel told reporters: "We sang well at the Valby festival."',
        "Mr Tovik Chapel sang at the Valby festival.",
    ],
)
def test_a_church_surname_of_an_unknown_given_name_speaking_or_titled_is_a_person(
    text: str,
) -> None:
    doc = every_occurrence(text, ("PERSON", "Tovik Chapel"))
    assert labels(doc)["Tovik Chapel"] == {"PERSON"}


def test_a_church_of_three_words_speaking_stays_a_body() -> None:
    text = 'Valby Lutheran Church said: "We sang well at the Valby festival."'
    doc = every_occurrence(text, ("PERSON", "Valby Lutheran Church"))
    assert "PERSON" not in labels(doc)["Valby Lutheran Church"]


def test_an_airline_in_the_singular_is_a_body() -> None:
    text = "Norby Airline added two flights to Valby, Jo Park said."
    doc = every_occurrence(text, ("PERSON", "Norby Airline"), ("PERSON", "Jo Park"))
    assert labels(doc)["Norby Airline"] == {"ORGANIZATION"}


def test_a_slashed_name_of_two_firms_is_a_body() -> None:
    text = "The books are sold by Norpress/Valco, which said sales rose."
    doc = every_occurrence(text, ("PERSON", "Norpress/Valco"))
    assert labels(doc) == {"Norpress/Valco": {"ORGANIZATION"}}


def test_the_parts_of_a_joint_venture_before_a_legal_form_are_firms() -> None:
    text = (
        "The kit is sold by Norpress/Valco-Berg Publishing Co., a joint venture. "
        "Valco-Berg was angry, and Norpress said nothing."
    )
    doc = every_occurrence(
        text,
        ("ORGANIZATION", "Norpress/Valco-Berg Publishing Co."),
        ("PERSON", "Valco-Berg"),
        ("PERSON", "Norpress"),
    )
    found = labels(doc)
    assert found["Valco-Berg"] == {"ORGANIZATION"} and found["Norpress"] == {"ORGANIZATION"}


def test_a_standardised_tests_name_is_no_actor() -> None:
    text = "Pupils sit the Valby Achievement Test and the Norland Test of Reading Skills."
    doc = every_occurrence(
        text, ("PERSON", "Valby Achievement"), ("ORGANIZATION", "Norland Test of Reading Skills")
    )
    assert labels(doc) == {}


def test_a_country_before_test_stays() -> None:
    text = "Jo Park was named in the Norway Test side on Monday."
    doc = every_occurrence(text, ("PERSON", "Jo Park"), ("ORGANIZATION", "Norway"))
    assert "Norway" in labels(doc)


def test_a_slashed_name_holding_a_persons_full_name_is_left_as_read() -> None:
    text = "The novel is published by Ana B. Lind/Norpress this spring."
    doc = every_occurrence(text, ("PERSON", "Ana B. Lind/Norpress"))
    assert labels(doc) == {"Ana B. Lind/Norpress": {"PERSON"}}


def test_a_hosts_name_inside_a_shows_title_is_no_actor() -> None:
    text = "Jo Park told the Ana Berg Morning Show that she would run."
    doc = every_occurrence(text, ("PERSON", "Jo Park"), ("PERSON", "Ana Berg Morning"))
    assert labels(doc) == {"Jo Park": {"PERSON"}}
