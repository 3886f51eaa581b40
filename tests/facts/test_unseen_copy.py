"""Kinds of error found reading fact sheets of copy nobody tuned on (1961 US newspapers,
2006 Australian rural radio news). The articles are our own."""

from __future__ import annotations

from datetime import date

from briefing.facts.actors import extract_actors
from briefing.facts.dates import extract_dates
from briefing.facts.places import extract_places
from briefing.model import Actor, Doc, Place
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def _places(doc: Doc | str) -> dict[str, Place]:
    return {p.name: p for p in extract_places(analyse(doc) if isinstance(doc, str) else doc)}


def _dates(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(analyse(text), date(1962, 5, 4))}


def test_australian_states_are_regions_of_australia() -> None:
    places = _places(
        "Growers in Victoria and the Northern Territory say the dry spell has hurt, and "
        "South Australia and Western Australia expect a smaller harvest."
    )
    for state in ("Victoria", "Northern Territory", "South Australia", "Western Australia"):
        assert (places[state].type, places[state].country) == ("region", "Australia")
