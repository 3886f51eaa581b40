"""What may stand between a country and its verb, and what the verb may look like."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _states(text: str) -> set[str]:
    return {a.name for a in extract_actors(analyse(text)) if a.type == "state"}


def test_a_time_between_a_country_and_its_verb_does_not_hide_the_act() -> None:
    assert "Norway" in _states("Norway on Monday warned that it would close the harbour.")
    assert "Sweden" in _states("Sweden last week announced new fishing quotas.")


def test_a_relative_clause_between_a_country_and_its_verb_does_not_hide_the_act() -> None:
    assert "Norway" in _states("Norway, which denies the claim, has rejected the offer.")


def test_a_parenthetical_adverb_after_a_list_of_countries_does_not_hide_the_act() -> None:
    assert {"Norway", "Sweden"} <= _states("Norway and Sweden, however, have refused the plan.")


def test_words_in_commas_describing_a_person_named_like_a_capital_make_no_state() -> None:
    assert not _states("Victoria, 30, a nurse from Valby, denounced the plan on Monday.")


def test_words_in_commas_after_a_place_and_a_comma_make_no_state() -> None:
    assert "Norway" not in _states("Fish landed at Valby, Norway, the main port, would be sold.")


def test_a_country_that_is_to_do_something_acts() -> None:
    assert "Norway" in _states("Norway is to send two ships to the harbour.")


def test_an_organ_the_tagger_reads_as_an_adjective_still_acts_for_its_country() -> None:
    assert "Norway" in _states("Norway's military said it would help the fishermen.")


def test_the_other_organs_of_a_country_act_for_it() -> None:
    assert "Norway" in _states("Norway's embassy said the visit was cancelled.")
    assert {"Norway", "Sweden"} <= _states("Ministers from Norway and Sweden met in Valby.")


def test_countries_joined_by_neither_and_nor_are_one_subject() -> None:
    assert {"Norway", "Sweden"} <= _states("Neither Norway nor Sweden has signed the pact.")


def test_every_country_of_a_list_after_by_is_the_agent() -> None:
    states = _states("The pact, signed by Norway, Sweden and Finland, took effect in May.")
    assert {"Norway", "Sweden", "Finland"} <= states


def test_a_country_that_has_been_hit_is_no_state_but_one_that_has_been_acting_is() -> None:
    assert "Norway" not in _states("Norway has been hit by storms all winter.")
    assert "Norway" in _states("Norway has been sending ships to the harbour.")


def test_a_country_in_a_sentence_of_sports_copy_is_its_team() -> None:
    assert "Norway" not in _states("Norway won the toss and chose to bat first.")
    assert "Norway" not in _states("Norway drew 2-2 with Sweden, and the coach was pleased.")


def test_a_place_after_a_capitalised_plural_ends_a_body_name() -> None:
    text = "Universities Norway, which represents colleges, said fees would rise."
    assert "Norway" not in _states(text)


def test_a_country_listed_with_its_allies_or_world_powers_acts_with_them() -> None:
    assert "Norway" in _states("Norway and its allies launched a patrol on Sunday.")
    assert "Norway" in _states("Norway and the world powers reached a framework agreement.")


def test_a_country_a_report_is_according_to_is_its_source() -> None:
    assert "Norway" in _states("According to Norway, the drills were planned months ago.")
    assert "Norway" not in _states("According to Norway fishermen, the catch was poor.")


def test_a_country_after_a_verb_before_armed_forces_is_their_owner_not_an_actor() -> None:
    assert "Norway" not in _states("He wanted to target Norway armed forces in the port.")


def test_a_country_after_a_verb_before_a_clause_of_its_own_still_acts() -> None:
    text = "Jo Park said the pact did not mean Oslo intended to build more ships."
    assert "Norway" in _states(text)


def test_a_country_naming_the_nouns_after_it_is_no_agent_after_of() -> None:
    assert "Norway" not in _states("Top dealers in the Valby office of Norway bankers moved.")


def test_a_grand_prix_or_a_wicketkeeper_makes_a_sentence_sports_copy() -> None:
    assert "Germany" not in _states("Germany, driving a Ferrari, won the Valby Grand Prix.")
    assert "Norway" not in _states("Norway, led by wicketkeeper Jo Park, opened the tour.")


def test_the_last_of_listed_countries_acts_when_their_verb_is_read_as_a_noun() -> None:
    assert {"Norway", "Sweden"} <= _states("Norway and Sweden support the plan.")


def test_listed_countries_act_when_an_aside_stands_before_a_verb_read_as_a_noun() -> None:
    text = "Norway and Sweden, for instance, spar over the fishing quota."
    assert {"Norway", "Sweden"} <= _states(text)


def test_listed_countries_inside_a_phrase_still_do_not_act() -> None:
    assert not _states("Ships from Norway and Sweden support the plan.")


def test_a_country_that_sees_or_must_bear_something_is_the_scene() -> None:
    assert not _states("Over the decade Norway has seen a boom in prison numbers.")
    assert not _states("Sweden simply can't afford to wait for the fish to return.")
    assert not _states("He says Norway must learn to grow more food with less water.")


def test_a_country_that_changes_is_the_scene_unless_it_changes_something() -> None:
    assert not _states("Everyone seems to think that Norway is going to change.")
    assert "Norway" in _states("Norway will change its fishing law next year.")
