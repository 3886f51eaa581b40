"""Countries in a relation with another ("relations with Norway") are state actors."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _states(text: str) -> set[str]:
    return {a.name for a in extract_actors(analyse(text)) if a.type == "state"}


def test_a_country_in_relations_with_another_takes_part() -> None:
    assert "Norway" in _states("Jo Park has improved relations with Norway since 2010.")
    assert "Norway" in _states("Valby is allied with Norway in the fishing dispute.")


def test_a_country_after_with_and_no_relation_word_does_not() -> None:
    assert "Norway" not in _states("Jo Park travelled with her family to Norway and back.")
    assert "Norway" not in _states("The team had dinner with Norway fans.")


def test_a_quotation_mark_does_not_hide_what_a_country_is_doing() -> None:
    text = 'Jo Park said Norway was "prepared to respond" to the offer.'
    assert "Norway" in _states(text)


def test_listed_countries_before_a_plural_verb_read_as_a_noun_act() -> None:
    assert {"Norway", "Sweden"} <= _states("Norway and Sweden support the new fishing plan.")


def test_a_country_listed_with_other_powers_acts_with_them() -> None:
    assert "Norway" in _states("The talks failed, and Norway and other countries have now left.")


def test_a_country_whose_government_urged_something_acts() -> None:
    assert "Norway" in _states("On Monday, Norway's government implored citizens to stay home.")


def test_countries_joined_by_as_well_as_act_with_the_list() -> None:
    text = "Envoys from Norway and Sweden, as well as Denmark and Finland, signed the pact."
    assert {"Norway", "Sweden", "Denmark", "Finland"} <= _states(text)


def test_countries_after_a_participle_phrase_and_from_send_the_negotiators() -> None:
    text = "Negotiators working on the fishing pact -- from Norway and Sweden -- met in Valby."
    assert {"Norway", "Sweden"} <= _states(text)


def test_a_country_listed_with_other_developed_countries_acts_with_them() -> None:
    text = "We do not expect them to do what Norway or other developed countries are doing."
    assert "Norway" in _states(text)


def test_a_regional_government_named_for_its_place_is_the_place_acting() -> None:
    actors = extract_actors(analyse("Later the Ontario Government said the man was innocent."))
    state = [a for a in actors if a.type == "state"]
    assert [a.name for a in state] == ["Ontario"]
    assert not [a for a in actors if a.type == "organization" and "Government" in a.name]


def test_a_past_tense_the_tagger_reads_as_an_adjective_is_still_an_act() -> None:
    assert "Norway" in _states("Norway annexed Valby Island in 1814.")
    assert {"Norway", "Sweden"} <= _states("Norway and Sweden re-established diplomatic ties.")


def test_both_sides_of_a_treaty_act_though_a_passive_follows() -> None:
    assert {"Norway", "Sweden"} <= _states("The treaty between Norway and Sweden was signed.")


def test_a_capital_in_talks_with_acts_though_a_verb_follows() -> None:
    assert "Norway" in _states("Jo Park said the talks with Oslo had failed.")


def test_a_country_naming_the_agent_noun_of_a_passive_does_not_act() -> None:
    assert "Norway" not in _states("The harbour road was paid for by Norway airports last year.")
    states = _states("The bay is watched by Norway, Swedish and Danish boats every night.")
    assert "Norway" not in states


def test_a_country_as_the_agent_of_a_passive_still_acts() -> None:
    assert "Norway" in _states("The harbour deal was signed by Norway on Monday.")


def test_a_us_state_acts_through_its_officials_or_an_organ_it_owns() -> None:
    assert "Vermont" in _states("Vermont officials fined the Valby lender last week.")
    assert "Vermont" in _states("Jo Park argued that Vermont's legislature has barred the sale.")


def test_a_us_state_as_a_bare_subject_or_by_its_lawmakers_does_not_act() -> None:
    assert "Vermont" not in _states("Vermont fared better than Jo Park had expected.")
    assert "Vermont" not in _states("Vermont lawmakers walked away pleased with the bill.")


def test_the_author_of_an_act_after_by_acts() -> None:
    assert "Vermont" in _states("The fraud came to light in a complaint by Vermont last spring.")
    assert "Norway" in _states("The harbour was shut after an attack by Norway in May.")


def test_the_owner_of_a_removal_or_a_purge_acts() -> None:
    assert "Vermont" in _states("A court ruled against Vermont's removal of Valby voters.")
    assert "Norway" in _states("Jo Park condemned Norway's purge of the harbour board.")
