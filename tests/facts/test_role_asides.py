"""Roles set off by dashes, after a verb's particle and "as", for one of a plural group before
a comma, given in a later sentence about a lead person named after their club's name, team
positions written as compounds ("left-back"), an owned plural noun of doers before names, and
an agent noun after "became"."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _roles(text: str, name: str) -> tuple[str, ...]:
    return next(a.roles for a in extract_actors(analyse(text)) if a.name == name)


def test_a_role_set_off_by_dashes_after_the_name() -> None:
    assert _roles("Jo Park - the Valby boss - backed the plan.", "Jo Park") == ("Valby boss",)
    assert _roles("Jo Park – the Valby boss – backed it.", "Jo Park") == ("Valby boss",)


def test_a_dash_before_a_clause_gives_no_role() -> None:
    assert _roles("Jo Park - who scored twice - backed the plan.", "Jo Park") == ()


def test_a_role_after_a_phrasal_verb_and_as() -> None:
    text = "Ana Berg, who took over as chairman in May, backed the plan."
    assert _roles(text, "Ana Berg") == ("chairman",)
    assert _roles("Ana Berg stayed on as coach at Valby.", "Ana Berg") == ("coach",)


def test_that_before_as_is_no_particle() -> None:
    assert _roles("Jo Park said that as Valby chairman he could not act.", "Jo Park") == ()


def test_a_reflexive_pronoun_is_no_part_of_a_role_set_off_by_dashes() -> None:
    assert _roles("Ana Berg - herself a former mayor - backed it.", "Ana Berg") == ("former mayor",)


def test_one_of_a_plural_role_before_a_comma_names_one_of_them() -> None:
    text = "The firm said one of its lawyers, Ana Berg, had left Norbank."
    assert _roles(text, "Ana Berg") == ("lawyer",)


def test_a_plural_noun_before_a_comma_alone_gives_no_role() -> None:
    assert _roles("The coaches, Jo Park said, were tired.", "Jo Park") == ()


def test_a_later_role_is_the_lead_persons_after_their_clubs_name() -> None:
    text = "Valby's Jo Park scored twice on Sunday. The midfielder was booked late on."
    assert _roles(text, "Jo Park") == ("midfielder",)


def test_positions_written_as_compounds_whose_last_part_is_no_role() -> None:
    assert _roles("Valby signed left-back Jo Park on Monday.", "Jo Park") == ("left-back",)
    text = "Jo Park, the Norland tighthead, was booked."
    assert _roles(text, "Jo Park") == ("Norland tighthead",)


def test_an_owned_plural_noun_of_doers_before_names_gives_each_the_singular() -> None:
    text = "Valby's young attackers Jo Park and Ana Berg scored."
    assert _roles(text, "Ana Berg") == ("attacker",)


def test_an_agent_noun_after_became_is_a_role_but_a_relation_is_not() -> None:
    assert _roles("Ana Berg, who became a foreman in May, left.", "Ana Berg") == ("foreman",)
    assert _roles("Ana Berg became a grandmother in May.", "Ana Berg") == ()
    assert _roles("Jo Park has been a supporter of the club.", "Jo Park") == ()


def test_an_owned_plural_noun_before_a_list_cue_gives_no_role() -> None:
    text = "The evening's other honorees include Ana Berg and Jo Park."
    assert _roles(text, "Ana Berg") == ()


def test_a_source_and_its_present_tense_verb_after_a_name_give_no_role() -> None:
    text = "Jo Lind, the leaflet charges, never paid the fee. Ana Berg, the club insists, left."
    assert _roles(text, "Jo Lind") == ()
    assert _roles(text, "Ana Berg") == ()


def test_a_title_run_into_the_next_persons_name_is_not_the_first_persons_role() -> None:
    text = "On the way to beating Labour's Tom Vale, Valby Mayor Ola Marten spoke at the fair."
    assert _roles(text, "Tom Vale") == ()
    assert _roles(text, "Ola Marten") == ("Valby Mayor",)


def test_an_owners_name_inside_an_apposition_keeps_the_role() -> None:
    text = "Jo Park, Lind's spokesman, said no. Ana Lind later spoke to Jo Park."
    assert _roles(text, "Jo Park") == ("Lind's spokesman",)
