"""A name of one word that the tagger reads as a person, before a managing director, a chief
executive, a board or shares ("Holmvik's managing director, Peter Vance"), is a firm: no person
has them. A person's surname beside the full name keeps its kind. The articles are our own.
"""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def test_one_word_before_a_managing_director_is_a_firm() -> None:
    kinds = _kinds("Holmfield's managing director, Peter Vance, said the strike was over.")
    assert kinds.get("Holmfield") == "organization"
    assert kinds.get("Peter Vance") == "person"


def test_a_surname_of_a_named_person_stays_a_person() -> None:
    kinds = _kinds(
        "Anna Holmfield founded the bakery in 1990. Holmfield's chairman, Peter Vance, "
        "said she would stay on."
    )
    assert kinds.get("Anna Holmfield") == "person"
    assert "Holmfield" not in kinds or kinds["Holmfield"] == "person"
