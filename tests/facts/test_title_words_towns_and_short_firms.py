"""Person rows and roles: a plain word before a title is no body, an unlisted town is no
person, a firm's first word alone is the firm, South Asian given names open persons."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence, labels


def _actor(text: str, name: str) -> Actor:
    return next(a for a in extract_actors(analyse(text)) if a.name == name)


def test_a_common_word_before_a_title_names_no_body() -> None:
    text = "The blaze began after midnight, said Fire Marshal Jo Lind. Lind said crews stayed."
    row = _actor(text, "Jo Lind")
    assert row.roles == ("Fire Marshal",)
    assert row.affiliation is None


def test_new_before_a_title_names_no_body() -> None:
    text = "The mill will reopen, according to New CEO Ana Berg. Berg said staff were safe."
    row = _actor(text, "Ana Berg")
    assert row.affiliation is None


def test_a_rank_before_a_plain_title_word_opens_the_office() -> None:
    text = "Deputy Fire Chief Sam Holt said the roof fell in at dawn."
    assert _actor(text, "Sam Holt").roles == ("Deputy Fire Chief",)


def test_a_body_before_a_title_stays_the_affiliation() -> None:
    text = "Norbank analyst Eva Moss said the shares would fall."
    assert _actor(text, "Eva Moss").affiliation == "Norbank"


def test_an_unlisted_town_after_in_or_before_its_council_is_a_place() -> None:
    text = (
        "Jo Lind said the fire began in Marbury after midnight. "
        "The Wirrinda council will meet on Monday, and Marbury will vote."
    )
    doc = every_occurrence(
        text, ("PERSON", "Jo Lind"), ("PERSON", "Marbury"), ("ORGANIZATION", "Wirrinda")
    )
    found = labels(doc)
    assert found["Marbury"] == {"LOCATION"}
    assert found["Wirrinda"] == {"LOCATION"}


def test_a_surname_after_in_stays_a_person_where_the_full_name_is_given() -> None:
    text = "Voters backed Ivo Marbury. They put their faith in Marbury, Jo Lind said."
    doc = every_occurrence(text, ("PERSON", "Ivo Marbury"), ("PERSON", "Marbury"))
    assert labels(doc)["Marbury"] == {"PERSON"}


def test_a_name_after_in_that_speaks_stays_a_person() -> None:
    text = "Few believed in Varde. Varde said the plan would work."
    doc = every_occurrence(text, ("PERSON", "Varde"))
    assert labels(doc)["Varde"] == {"PERSON"}


def test_a_firms_first_word_alone_is_the_firm() -> None:
    text = (
        "Velmora Soup is furious that the magazine mocked its snack. A spokesman said "
        "Velmora was never asked to comment."
    )
    doc = every_occurrence(text, ("ORGANIZATION", "Velmora Soup"), ("PERSON", "Velmora"))
    assert labels(doc)["Velmora"] == {"ORGANIZATION"}


def test_a_firms_first_word_with_a_given_name_stays_a_person() -> None:
    text = "Velmora Soup hired Ana Velmora. Velmora said she would start at once."
    doc = every_occurrence(
        text, ("ORGANIZATION", "Velmora Soup"), ("PERSON", "Ana Velmora"), ("PERSON", "Velmora")
    )
    assert labels(doc)["Velmora"] == {"PERSON"}


def test_a_south_asian_given_name_opens_a_person() -> None:
    text = "Nirmala Rao, a teacher in the village, said the school had closed."
    doc = every_occurrence(text, ("LOCATION", "Nirmala Rao"))
    assert labels(doc)["Nirmala Rao"] == {"PERSON"}


def test_a_firms_first_word_that_speaks_is_the_firm() -> None:
    """Round 43: a firm named by its trade speaks as anyone does ("Velmora said"), and no
    person of that name is introduced; with a given name anywhere it stays a person (above)."""
    text = "Velmora Soup sold its plant. Velmora said the sale was a mistake."
    doc = every_occurrence(text, ("ORGANIZATION", "Velmora Soup"), ("PERSON", "Velmora"))
    assert labels(doc)["Velmora"] == {"ORGANIZATION"}


def test_a_person_named_body_gives_no_short_firm() -> None:
    text = "The Velmora Foundation gave a grant. Critics say Velmora wanted praise."
    doc = every_occurrence(text, ("ORGANIZATION", "Velmora Foundation"), ("PERSON", "Velmora"))
    assert labels(doc)["Velmora"] == {"PERSON"}
