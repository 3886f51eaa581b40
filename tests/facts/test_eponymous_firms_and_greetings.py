"""Names that read like people's but name a firm or a wish: firms named after people (our
list, eponymous_firms.txt) and their short names, and a greeting before a holiday."""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence, labels


def test_a_firm_named_after_people_is_a_body_whatever_the_tagger_read() -> None:
    text = "Goldman Sachs holds $3 billion abroad, Jo Lind said. Fannie Mae sold notes."
    doc = every_occurrence(
        text, ("PERSON", "Goldman Sachs"), ("PERSON", "Jo Lind"), ("PERSON", "Fannie Mae")
    )
    assert labels(doc) == {
        "Goldman Sachs": {"ORGANIZATION"},
        "Jo Lind": {"PERSON"},
        "Fannie Mae": {"ORGANIZATION"},
    }


def test_the_short_name_of_such_a_firm_is_the_firm() -> None:
    text = "Warner Bros said the Velkor film was late. Now Warner will need a new director."
    doc = every_occurrence(text, ("PERSON", "Warner Bros"), ("PERSON", "Warner"))
    assert labels(doc) == {"Warner Bros": {"ORGANIZATION"}, "Warner": {"ORGANIZATION"}}


def test_the_firms_word_left_out_by_the_tagger_is_taken_in() -> None:
    text = "Profits fell at Norvex.\n\nTime Warner said on Friday it owns 8% of Norvex."
    doc = every_occurrence(text, ("ORGANIZATION", "Norvex"), ("PERSON", "Warner"))
    assert labels(doc) == {"Norvex": {"ORGANIZATION"}, "Time Warner": {"ORGANIZATION"}}


def test_a_surname_shared_with_such_a_firm_stays_the_persons() -> None:
    text = "Ada Warner joined Warner Bros in May. Warner said the studio was busy."
    doc = every_occurrence(
        text, ("PERSON", "Ada Warner"), ("PERSON", "Warner Bros"), ("PERSON", "Warner")
    )
    assert labels(doc) == {
        "Ada Warner": {"PERSON"},
        "Warner Bros": {"ORGANIZATION"},
        "Warner": {"PERSON"},
    }


def test_a_greeting_before_a_holiday_names_no_one() -> None:
    text = (
        'Jo Lind wrote "Happy Passover" to her friends in Valby. Ana Berg wrote "Merry Christmas."'
    )
    doc = every_occurrence(
        text,
        ("PERSON", "Jo Lind"),
        ("PERSON", "Happy Passover"),
        ("PERSON", "Ana Berg"),
        ("PERSON", "Merry Christmas"),
        ("LOCATION", "Valby"),
    )
    assert labels(doc) == {"Jo Lind": {"PERSON"}, "Ana Berg": {"PERSON"}, "Valby": {"LOCATION"}}


def test_a_person_called_happy_is_still_named() -> None:
    text = "Happy Berglund said the Valby mill would close."
    doc = every_occurrence(text, ("PERSON", "Happy Berglund"), ("LOCATION", "Valby"))
    assert labels(doc)["Happy Berglund"] == {"PERSON"}
