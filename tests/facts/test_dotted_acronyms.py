"""An acronym written with full stops ("E.U.", "S.E.C.", as some US papers write them) names
the body its plain form names, not a place."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.kinds import _undotted
from briefing.facts.places import extract_places
from briefing.nlp import analyse


def test_a_dotted_acronym_of_a_listed_body_is_that_body_not_a_place() -> None:
    doc = analyse(
        "Farm spending in most E.U. nations fell last year, a European Union report said. "
        "The filing went to the S.E.C. on Monday."
    )
    kinds = {a.name: a.type for a in extract_actors(doc)}
    assert kinds.get("S.E.C.") == "organization"
    assert "E.U." not in [p.name for p in extract_places(doc)]
    assert "S.E.C." not in [p.name for p in extract_places(doc)]


def test_only_a_run_of_capitals_and_full_stops_loses_its_stops() -> None:
    assert _undotted("E.U.") == "EU"
    assert _undotted("St. Ives") == "St. Ives"
    assert _undotted("Jo B.") == "Jo B."
