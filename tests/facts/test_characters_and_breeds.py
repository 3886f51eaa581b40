"""Names that are no actor of the story: a character named after an actor's "as" in copy
about a work, a fictional character alluded to, a pet described as an animal, and a breed or
species named after a person. The articles are our own; the entities are given by hand, so
each test pins the rule whatever the tagger makes of them."""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence, labels


def test_a_character_is_no_person_wherever_the_article_names_it() -> None:
    text = (
        "The drama stars Ana Berg as Lena Vik. "
        "Fans had waited two years for Lena to say yes, and Vik's wedding airs in May."
    )
    names = ("PERSON", "Lena Vik"), ("PERSON", "Ana Berg"), ("PERSON", "Lena"), ("PERSON", "Vik")
    doc = every_occurrence(text, *names)
    assert labels(doc) == {"Ana Berg": {"PERSON"}}


def test_a_real_person_played_by_an_actor_stays_a_person() -> None:
    text = "In the film Ola Vik plays the rebel, and Lena Lind, played by Ana Berg, is his love."
    names = ("PERSON", "Ola Vik"), ("PERSON", "Lena Lind"), ("PERSON", "Ana Berg")
    doc = every_occurrence(text, *names)
    assert labels(doc) == {name: {"PERSON"} for _, name in names}


def test_the_name_after_an_actor_and_as_is_a_character_in_copy_about_a_work() -> None:
    text = (
        "The series stars Ola Vik as Captain Lind. "
        'Its last episode airs in May. "Captain Lind must sail on," one fan wrote.'
    )
    doc = every_occurrence(text, ("PERSON", "Ola Vik"), ("PERSON", "Captain Lind"))
    assert labels(doc) == {"Ola Vik": {"PERSON"}}
    text = "At the opera Tor Dahl was superb as Jo Lind, the old cobbler."
    doc = every_occurrence(text, ("PERSON", "Tor Dahl"), ("PERSON", "Jo Lind"))
    assert labels(doc) == {"Tor Dahl": {"PERSON"}}


def test_a_person_after_as_stays_a_person_outside_a_work_or_after_a_comma() -> None:
    text = "The board chose Ola Vik as Jo Lind left the bank in May."
    doc = every_occurrence(text, ("PERSON", "Ola Vik"), ("PERSON", "Jo Lind"))
    assert labels(doc) == {"Ola Vik": {"PERSON"}, "Jo Lind": {"PERSON"}}
    text = "In the film Ola Vik, as Jo Lind told the crew, rewrote the ending."
    doc = every_occurrence(text, ("PERSON", "Ola Vik"), ("PERSON", "Jo Lind"))
    assert labels(doc) == {"Ola Vik": {"PERSON"}, "Jo Lind": {"PERSON"}}
    text = "The new series casts Ola Vik as Jo Lind's younger brother."
    doc = every_occurrence(text, ("PERSON", "Ola Vik"), ("PERSON", "Jo Lind"))
    assert labels(doc) == {"Ola Vik": {"PERSON"}, "Jo Lind": {"PERSON"}}


def test_a_name_before_a_wild_animal_noun_or_ending_in_a_breed_is_no_person() -> None:
    text = "Herds of Lind gazelles once crossed the plain, the ranger Ola Vik said."
    doc = every_occurrence(text, ("PERSON", "Lind"), ("PERSON", "Ola Vik"))
    assert labels(doc) == {"Ola Vik": {"PERSON"}}
    text = "A King Jo Spaniel was rescued from the river by Ana Berg."
    doc = every_occurrence(text, ("PERSON", "Jo Spaniel"), ("PERSON", "Ana Berg"))
    assert labels(doc) == {"Ana Berg": {"PERSON"}}


def test_a_surname_that_is_an_animal_word_stays_a_person() -> None:
    text = "Treasurer Ola Swan said the Jo Lamb report was late."
    doc = every_occurrence(text, ("PERSON", "Ola Swan"), ("PERSON", "Jo Lamb"))
    assert labels(doc) == {"Ola Swan": {"PERSON"}, "Jo Lamb": {"PERSON"}}


def test_a_fictional_character_alluded_to_is_no_person_and_no_place() -> None:
    text = "Friends compare Jo Lind to Rambo; Ana Berg called the scheme worthy of Fagin."
    doc = every_occurrence(
        text,
        ("PERSON", "Jo Lind"),
        ("LOCATION", "Rambo"),
        ("PERSON", "Ana Berg"),
        ("PERSON", "Fagin"),
    )
    assert labels(doc) == {"Jo Lind": {"PERSON"}, "Ana Berg": {"PERSON"}}


def test_a_name_described_as_an_animal_is_a_pets_name_everywhere() -> None:
    text = "Ana Berg's new guide is Rex, a black spaniel cross, who sits by her seat. Rex is four."
    doc = every_occurrence(text, ("PERSON", "Ana Berg"), ("PERSON", "Rex"))
    assert labels(doc) == {"Ana Berg": {"PERSON"}}


def test_a_person_described_by_a_trade_named_after_animals_stays_a_person() -> None:
    text = "The winner was Jo Lind, a horse trainer, who thanked Ola Vik, a dog breeder from Valby."
    doc = every_occurrence(text, ("PERSON", "Jo Lind"), ("PERSON", "Ola Vik"))
    assert labels(doc) == {"Jo Lind": {"PERSON"}, "Ola Vik": {"PERSON"}}


def test_a_part_an_actor_was_with_an_adjective_is_a_character() -> None:
    text = "The opera returned on Monday. Ola Vik was a stentorian Lind, and Ana Berg sang well."
    names = ("PERSON", "Ola Vik"), ("PERSON", "Lind"), ("PERSON", "Ana Berg")
    doc = every_occurrence(text, *names)
    assert labels(doc) == {"Ola Vik": {"PERSON"}, "Ana Berg": {"PERSON"}}


def test_a_character_read_as_a_place_in_a_singers_paragraph_is_no_place() -> None:
    text = "The tenor Ola Vik made his debut, and Ana Berg was sympathetic as Valby."
    names = ("PERSON", "Ola Vik"), ("PERSON", "Ana Berg"), ("LOCATION", "Valby")
    doc = every_occurrence(text, *names)
    assert labels(doc) == {"Ola Vik": {"PERSON"}, "Ana Berg": {"PERSON"}}


def test_a_name_modifying_a_noun_after_was_a_stays_a_person() -> None:
    text = "In the film Ola Vik was a loyal Lind supporter, and Jo Lind won."
    names = ("PERSON", "Ola Vik"), ("PERSON", "Jo Lind"), ("PERSON", "Lind")
    doc = every_occurrence(text, *names)
    assert labels(doc) == {"Ola Vik": {"PERSON"}, "Jo Lind": {"PERSON"}, "Lind": {"PERSON"}}
