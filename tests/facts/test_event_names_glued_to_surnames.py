"""A caption's event name run into a surname ("the Border National Vantry celebrates") is no
person's name: the event is written after "the" elsewhere, the surname is a person's."""

from __future__ import annotations

from briefing.facts.actors import _named_after_the, extract_actors
from briefing.nlp import analyse


def test_an_event_name_run_into_a_surname_gives_no_person_row() -> None:
    text = (
        "Former rugby captain Jo Vantry and wife Ann Pell at Kelso ahead of the Border "
        "National Vantry celebrates after watching his horse Tam Glen win. Vantry said the "
        "horse had run well. Last year Marko Dell won the Border National on a horse from "
        "Valby."
    )
    people = [a.name for a in extract_actors(analyse(text)) if a.type == "person"]
    assert "Border National Vantry" not in people
    assert "Jo Vantry" in people


def test_a_lead_only_ever_glued_to_the_surname_is_not_a_things_name() -> None:
    text = "Crowds met the Border National Vantry at the gate. Jo Vantry rode on."
    assert not _named_after_the("Border National", "Vantry", text)
    assert _named_after_the("Border National", "Vantry", text + " He won the Border National.")


def test_a_given_name_lead_is_kept_though_written_after_the() -> None:
    text = (
        "Crowds came to see Tam Ostby Lindgren read in Valby. Ostby Lindgren wrote fairy tales. "
        "Pupils visited the Tam Ostby Lindgreen School to hear a story by Tam Ostby Lindgren, "
        "as Ann Lindgren had asked."
    )
    people = [a.name for a in extract_actors(analyse(text)) if a.type == "person"]
    assert "Tam Ostby Lindgren" in people
