"""Roles of round 43: a body's noun owned by a name before a person ("the Tarn consultancy Ida
Rennel") is no role; a name set off by commas as another phrase's apposition, then "is a"
("A refugee in Valby, Jo Lind, is a senior aide") takes the role after "is a"."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.roles for a in extract_actors(analyse(text)) if a.type == "person"}


def test_a_consultancy_before_a_name_is_no_role() -> None:
    text = "Leading tea-watcher, and founder of the Tarn consultancy Ida Rennel, agreed."
    assert "Tarn consultancy" not in _roles(text).get("Ida Rennel", ())


def test_a_set_off_name_before_is_a_takes_the_role() -> None:
    text = "A refugee in Estria, Mira Kessan, is a senior official in a movement named Open Circle."
    assert _roles(text)["Mira Kessan"] == ("senior official",)


def test_a_set_off_name_before_an_adjective_takes_no_role() -> None:
    assert _roles("Unlike Ana Berg, Mira Kessan, is tall.").get("Mira Kessan") == ()
