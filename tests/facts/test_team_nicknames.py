"""A team called by its town and, in the same report, by its nickname is one row; a
nickname that may stand for two towns the story names stays apart (invented sentences and
an invented nickname table)."""

from __future__ import annotations

import pytest

from briefing.facts import actors as actors_module
from briefing.facts.actors import extract_actors
from briefing.model import Actor
from briefing.nlp import analyse


@pytest.fixture(autouse=True)
def _invented_nicknames(monkeypatch: pytest.MonkeyPatch) -> None:
    table = {"Herons": ("Dunford", "Kelby"), "Larks": ("Ashby",)}
    monkeypatch.setattr(actors_module, "_TEAM_NICKNAMES", table)


def _orgs(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text)) if a.type != "person"}


def test_a_team_s_nickname_joins_the_row_of_the_town_it_plays_for() -> None:
    orgs = _orgs(
        "Dunford beat Ashby 3-1 in the league on Saturday. The Herons scored twice before "
        "the break and Ashby could not reply."
    )
    herons = [a for a in orgs.values() if "Herons" in (a.name, *a.aliases)]
    assert len(herons) == 1
    assert herons[0].name == "Dunford"


def test_a_nickname_of_two_towns_named_in_the_story_stays_its_own_row() -> None:
    orgs = _orgs(
        "Dunford beat Kelby 3-1 in the league on Saturday. The Herons scored twice before "
        "the break and Kelby could not reply."
    )
    assert "Dunford" not in {a for o in orgs.values() for a in o.aliases if o.name == "Herons"}
    assert not any("Herons" in o.aliases for o in orgs.values())
