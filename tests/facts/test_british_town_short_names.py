"""British towns by the short names news gives them ("Newcastle", "Hull", "Stockton"), placed in
the country the story is set in; a small town of one country breaks a tie where no larger place
says where the story is. The articles are our own.
"""

from __future__ import annotations

from briefing.facts.places import extract_places
from briefing.nlp import analyse


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in extract_places(analyse(text))}


def test_newcastle_beside_leeds_is_the_english_city() -> None:
    places = _countries("Ana Berg, from Leeds, opened a bakery in Newcastle last spring.")
    assert places["Newcastle"] == "United Kingdom"


def test_newcastle_beside_sydney_stays_australian() -> None:
    places = _countries("Ana Berg flew from Sydney to Newcastle to open a bakery.")
    assert places["Newcastle"] == "Australia"


def test_hull_is_the_english_port() -> None:
    assert _countries("The ferry from Hull was cancelled again.")["Hull"] == "United Kingdom"


def test_a_small_town_of_one_country_breaks_the_tie() -> None:
    places = _countries("Ann Marsh, 41, from Hartlepool, works at a care home in nearby Stockton.")
    assert places["Stockton"] == "United Kingdom"
