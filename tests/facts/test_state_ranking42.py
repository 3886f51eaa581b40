"""A country after a ranking participle, "by" and an adverb ("followed closely by Norway") is
ranked, not acting, as it is right after the participle; an acting passive's agent still acts."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _states(text: str) -> list[str]:
    return [a.name for a in extract_actors(analyse(text)) if a.type == "state"]


def test_a_country_ranked_after_an_adverb_and_by_is_no_state() -> None:
    text = "Sweden topped the medal table, followed closely by Norway, the organisers said."
    assert "Norway" not in _states(text)


def test_a_country_ranked_right_after_the_participle_is_no_state() -> None:
    text = "Sweden topped the medal table, followed by Norway, the organisers said."
    assert "Norway" not in _states(text)


def test_an_agent_after_an_adverb_and_by_still_acts() -> None:
    text = "The province has been ruled directly by Oslo since 1972, officials said."
    assert _states(text) == ["Norway"]
