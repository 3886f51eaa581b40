"""Names that read like people's but are not, and people's names written two ways: firms
named after people (our list, eponymous_firms.txt) and their short names, a greeting before
a holiday, scriptures, goods known by a brand, a species named with a possessive, a small
party; a body's second name given right after its first ("X, or Y", "X (now Y)") or run
together; a long surname misspelt by one letter."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Doc
from briefing.nlp import analyse
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


def _rows(doc: Doc) -> dict[str, set[str]]:
    return {a.name: set(a.aliases) for a in extract_actors(doc) if a.type == "organization"}


def test_a_bodys_second_name_after_or_is_the_same_body() -> None:
    text = (
        "It follows a sale by the Valby National Mortgage Association, or Valmae. Valmae sold more."
    )
    doc = every_occurrence(
        text,
        ("ORGANIZATION", "Valby National Mortgage Association"),
        ("ORGANIZATION", "Valmae"),
    )
    assert _rows(doc) == {"Valby National Mortgage Association": {"Valmae"}}


def test_a_firm_renamed_in_brackets_is_one_body() -> None:
    text = "Ana Berg was a partner at Lind & Tovar (now Vekra Group) from 2002 to 2010."
    doc = every_occurrence(
        text,
        ("PERSON", "Ana Berg"),
        ("ORGANIZATION", "Lind & Tovar"),
        ("ORGANIZATION", "Vekra Group"),
    )
    assert _rows(doc) == {"Lind & Tovar": {"Vekra Group"}}


def test_two_bodies_offered_as_alternatives_stay_two() -> None:
    text = "Norbank, or the Valby Savings Group, will buy the mill, Jo Lind said."
    doc = every_occurrence(
        text,
        ("ORGANIZATION", "Norbank"),
        ("ORGANIZATION", "Valby Savings Group"),
        ("PERSON", "Jo Lind"),
    )
    assert set(_rows(doc)) == {"Norbank", "Valby Savings Group"}


def test_a_firms_name_run_together_is_the_same_firm() -> None:
    text = "Profits at Tovar Vekra rose. TovarVekra said sales rose 2%."
    doc = every_occurrence(text, ("ORGANIZATION", "Tovar Vekra"), ("ORGANIZATION", "TovarVekra"))
    assert _rows(doc) == {"Tovar Vekra": {"TovarVekra"}}


def test_a_scripture_named_by_its_title_is_no_one() -> None:
    text = "Jo Lind read from the Torah and the Koran at the Valby hall."
    doc = every_occurrence(
        text, ("PERSON", "Jo Lind"), ("PERSON", "Torah"), ("PERSON", "Koran"), ("LOCATION", "Valby")
    )
    assert labels(doc) == {"Jo Lind": {"PERSON"}, "Valby": {"LOCATION"}}


def test_a_regiment_and_a_fellowship_are_bodies() -> None:
    text = "Jo Lind served in the Royal Valby Rifles and joined the Norland Medical Fellowship."
    kinds = {a.name: a.type for a in extract_actors(analyse(text))}
    assert kinds.get("Royal Valby Rifles") != "person"
    assert kinds.get("Norland Medical Fellowship") != "person"


def test_a_species_named_with_a_possessive_is_no_person() -> None:
    text = "On Tovar Island, Ana Berg counted Lindqvist's boobies, a seabird in decline."
    doc = every_occurrence(
        text, ("LOCATION", "Tovar Island"), ("PERSON", "Ana Berg"), ("PERSON", "Lindqvist")
    )
    assert labels(doc) == {"Tovar Island": {"LOCATION"}, "Ana Berg": {"PERSON"}}


def test_a_persons_possessive_before_a_kept_animal_stays_hers() -> None:
    text = "Ana Berg's horse won at Valby on Monday."
    doc = every_occurrence(text, ("PERSON", "Ana Berg"), ("LOCATION", "Valby"))
    assert labels(doc)["Ana Berg"] == {"PERSON"}


def _people(text: str) -> dict[str, set[str]]:
    return {a.name: set(a.aliases) for a in extract_actors(analyse(text)) if a.type == "person"}


def test_a_long_surname_misspelt_by_one_letter_is_the_same_person() -> None:
    people = _people(
        "Dr Harald Bornstein wrote the letter in May. Bornsten said later that he was rushed."
    )
    assert people == {"Harald Bornstein": {"Bornsten"}}
    people = _people("Aide Teodora Lindqvist kept the files. Lindqvisst said the files were lost.")
    assert people == {"Teodora Lindqvist": {"Lindqvisst"}}


def test_a_short_surname_one_letter_apart_is_another_person() -> None:
    people = _people("Ana Harte said the mill was closed. Hart said it was open.")
    assert set(people) == {"Ana Harte", "Hart"}


def test_a_small_uk_party_read_as_a_person_is_the_party() -> None:
    text = "Jo Lind said Veritas would stand in 40 seats in Valby."
    doc = every_occurrence(
        text, ("PERSON", "Jo Lind"), ("PERSON", "Veritas"), ("LOCATION", "Valby")
    )
    kinds = {a.name: a.type for a in extract_actors(doc)}
    assert kinds["Veritas"] == "organization"


def test_goods_known_by_a_brand_name_are_no_one() -> None:
    text = "Jo Lind still plays his old Walkman on the train to Valby."
    doc = every_occurrence(
        text, ("PERSON", "Jo Lind"), ("PERSON", "Walkman"), ("LOCATION", "Valby")
    )
    assert labels(doc) == {"Jo Lind": {"PERSON"}, "Valby": {"LOCATION"}}
