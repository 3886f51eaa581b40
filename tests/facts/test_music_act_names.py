"""Bands named right after a music act's noun, even by a title, role or body word."""

from __future__ import annotations

import dataclasses

from briefing.facts.actors import extract_actors
from briefing.facts.untagged import missed_bodies
from briefing.nlp import analyse


def _found(text: str) -> list[str]:
    doc = analyse(text)
    doc = dataclasses.replace(doc, entities=())
    return [e.text for e in missed_bodies(doc, [])]


def _organisations(text: str) -> list[str]:
    return [a.name for a in extract_actors(analyse(text)) if a.type == "organization"]


def test_a_lone_title_after_a_band_noun_is_a_band() -> None:
    assert "Duchess" in _found("The old members of rock band Duchess will tour Norland again.")


def test_a_common_word_after_support_act_is_a_band() -> None:
    assert "Lantern" in _found("Support act Lantern, fronted by her cousin, played first.")


def test_a_name_after_group_and_the_is_a_band() -> None:
    assert "Wayfarers" in _found("Jo Park introduced soul group the Wayfarers, a quartet.")


def test_a_title_before_a_name_after_a_band_noun_is_no_band() -> None:
    assert not any(n.startswith("Duchess") for n in _found("The rock band Duchess Ann Lind sang."))


def test_a_first_name_after_a_band_noun_is_no_band() -> None:
    assert not any(n.startswith("Ana") for n in _found("She met pop group Ana Lind in Valby."))


def test_a_band_named_by_a_title_is_listed_as_an_organisation() -> None:
    text = (
        "The remaining members of rock band Duchess are to tour Norland next year.\n\n"
        "Duchess have played with several singers since 1991."
    )
    assert "Duchess" in _organisations(text)


def test_a_body_word_after_support_act_is_a_band() -> None:
    text = "In Valby the support act Society, fronted by her cousin Ana Lind, played a short set."
    assert "Society" in _organisations(text)


def test_a_lone_body_word_is_still_no_name() -> None:
    assert "Committee" not in _organisations("The Committee met in Valby on Monday to vote.")
