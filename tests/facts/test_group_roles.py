"""Roles a plural label gives every name of the list after it, and roles in entertainment and
sport copy: "other patrons include Jo Park and ...", a talent show's contestants."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_a_plural_label_before_include_gives_each_name_its_singular() -> None:
    text = "Other contributors include Jo Park, Ana Berg and Tom Vale."
    actors = _actors(text)
    assert [actors[n].roles for n in ("Jo Park", "Ana Berg", "Tom Vale")] == [("contributor",)] * 3


def test_a_talent_shows_contestants_are_a_role() -> None:
    actors = _actors("Valby Stars made a name for its contestants including Ida Lund and Al Berg.")
    assert actors["Ida Lund"].roles == ("contestant",) == actors["Al Berg"].roles


def test_a_thing_that_includes_names_gives_them_no_role() -> None:
    actors = _actors("The new plans include Jo Park and Ana Berg in the cabinet.")
    assert actors["Jo Park"].roles == () == actors["Ana Berg"].roles


def test_an_owned_capitalised_post_after_a_name_is_a_role() -> None:
    text = "Ida Lund, the theatre's Events Coordinator, said the show had sold out."
    assert _actors(text)["Ida Lund"].roles == ("theatre's Events Coordinator",)


def test_an_unowned_capitalised_word_after_a_name_is_no_role() -> None:
    assert _actors("Ida Lund, the Coordinator, said the show had sold out.")["Ida Lund"].roles == ()


def test_a_seed_of_a_draw_is_a_role_before_and_after_the_name() -> None:
    actors = _actors("Jo Park, the third seed, beat fourth seed Al Berg in Valby on Sunday.")
    assert actors["Jo Park"].roles == ("third seed",)
    assert actors["Al Berg"].roles[-1].endswith("seed")


def test_a_ranking_is_a_role_before_after_and_set_off_before_a_name() -> None:
    actors = _actors("World number one Jo Park beat Al Berg, the Norland No 1, in Valby.")
    assert actors["Jo Park"].roles == ("World number one",)
    assert actors["Al Berg"].roles == ("Norland No 1",)
    text = "The world number two, Ida Lund, withdrew from the final."
    assert _actors(text)["Ida Lund"].roles == ("world number two",)


def test_a_count_before_a_name_set_off_is_no_ranking() -> None:
    actors = _actors("The number of entrants, Ida Lund said, was rising.")
    assert actors["Ida Lund"].roles == ()


def test_a_lists_label_reaches_a_name_past_the_roles_of_its_items() -> None:
    text = "Other patrons include singers Jo Park and Al Berg, and chess legend Ida Lund."
    actors = _actors(text)
    assert actors["Jo Park"].roles == ("singer",) and actors["Ida Lund"].roles == ("patron",)


def test_a_plural_label_before_a_copula_gives_each_name_its_singular() -> None:
    actors = _actors("The gala's other patrons are Jo Park and Al Berg.")
    assert actors["Jo Park"].roles == ("patron",) == actors["Al Berg"].roles


def test_a_relation_after_a_noun_leaves_no_role() -> None:
    text = '"She was kind," said Ida Lund, a family friend for many years.'
    assert _actors(text)["Ida Lund"].roles == ()


def test_a_country_in_a_plural_form_is_no_title_of_the_name_after_it() -> None:
    text = "Now the top judge in the United States, Ida Lund rose from a small firm."
    assert _actors(text)["Ida Lund"].roles == ()


def test_an_owned_event_before_a_first_name_is_no_role() -> None:
    assert _actors("After her accident Ida was left with a broken arm.")["Ida"].roles == ()
