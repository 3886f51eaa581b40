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
