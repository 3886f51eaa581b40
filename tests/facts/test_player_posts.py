"""Posts that sports copy gives right after a name, tagged or not: a player's stated usual
position, the captaincy to come, a coach's post in his first game (round 40)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _roles(text: str, name: str) -> tuple[str, ...]:
    return next(a.roles for a in extract_actors(analyse(text)) if a.name == name)


def test_a_stated_usual_position_is_the_players_role() -> None:
    text = (
        "Eli Marsk played well in the draw. Marsk's normal position is right-back, though he "
        "looked assured further forward."
    )
    assert _roles(text, "Eli Marsk") == ("right-back",)


def test_a_stated_position_that_is_no_playing_position_gives_none() -> None:
    text = "Eli Marsk spoke on Monday. Marsk's usual position is uncertain after the draw."
    assert _roles(text, "Eli Marsk") == ()


def test_the_captaincy_to_come_is_the_players_role() -> None:
    assert _roles("Tomas Rell will captain the side against Vestria.", "Tomas Rell") == ("captain",)
    text = "Tomas Rell arrived early. Officials said Rell will be captain on Friday."
    assert _roles(text, "Tomas Rell") == ("captain",)


def test_being_captained_by_someone_gives_no_role() -> None:
    text = "Tomas Rell will be captained by an older player on Friday."
    assert "captain" not in _roles(text, "Tomas Rell")


def test_a_coachs_first_game_as_coach_gives_the_post() -> None:
    text = "Jorn Halvik, in his first game as coach since March, admits he is nervous."
    assert _roles(text, "Jorn Halvik") == ("coach",)
