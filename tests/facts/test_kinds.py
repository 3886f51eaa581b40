"""What kind of thing a name is: news conventions on top of the entity tagger.

The articles are our own. Entities are given by hand (label, surface) so each test pins
one rule, whatever the tagger makes of the sentence.
"""

from __future__ import annotations

import dataclasses

from briefing.facts.actors import extract_actors
from briefing.facts.kinds import classified, datelines, is_sports_report
from briefing.facts.places import extract_places
from briefing.model import Doc, Entity
from briefing.nlp import analyse


def _doc(text: str, *names: tuple[str, str]) -> Doc:
    """`text` analysed, with exactly the entities `names` ((label, surface), last match)."""
    doc = analyse(text)
    entities = []
    for label, surface in names:
        start = text.rindex(surface)
        end = start + len(surface)
        s = next(x for x in doc.sentences if x.start <= start < x.end)
        first = next(i for i, t in enumerate(s.tokens) if t.end > start)
        last = max(i for i, t in enumerate(s.tokens) if t.start < end) + 1
        entities.append(Entity(label, surface, start, end, s.index, first, last))
    return dataclasses.replace(doc, entities=tuple(entities))


def _labels(doc: Doc) -> dict[str, str]:
    return {e.text: e.label for e in classified(doc)}


MATCH = (
    "Leeds beat Chelsea 2-1 in the league on Saturday. The striker scored twice in the "
    "match and the coach praised his team. Arsenal drew 1-1 with Everton to stay top."
)


def test_dateline_names_a_place_not_an_organisation() -> None:
    text = "OSLO 2024-03-02\n\nThe harbour board approved the new ferry timetable."
    doc = _doc(text, ("ORGANIZATION", "OSLO"))
    assert [e.text for e in datelines(doc)] == ["OSLO"]
    assert _labels(doc) == {"OSLO": "LOCATION"}
    assert [p.name for p in extract_places(doc)] == ["Oslo"]
    assert not extract_actors(doc)


def test_sports_report_needs_scores_and_sports_words() -> None:
    assert is_sports_report(analyse(MATCH))
    assert not is_sports_report(analyse("The council met on Monday and voted 7-2 on the plan."))


def test_city_that_plays_in_a_sports_report_is_a_team() -> None:
    doc = _doc(MATCH, ("LOCATION", "Leeds"), ("ORGANIZATION", "Chelsea"))
    assert _labels(doc)["Leeds"] == "ORGANIZATION"
    assert "Leeds" in {a.name for a in extract_actors(doc) if a.type == "organization"}
    assert "Leeds" not in {p.name for p in extract_places(doc)}


def test_city_where_a_game_is_played_stays_a_place() -> None:
    text = MATCH + " Next week they play in Manchester."
    doc = _doc(text, ("LOCATION", "Manchester"))
    assert _labels(doc)["Manchester"] == "LOCATION"


def test_country_that_plays_is_not_a_state_actor() -> None:
    text = "Australia won by six wickets in the final match. " + MATCH
    doc = _doc(text, ("LOCATION", "Australia"))
    assert not [a for a in extract_actors(doc) if "state" in a.roles]
    assert "Australia" in {p.name for p in extract_places(doc)}


def test_unknown_location_named_as_a_person_is_that_person() -> None:
    text = "Marta Kowalczyk won the vote. Supporters cheered Kowalczyk in the square."
    doc = _doc(text, ("LOCATION", "Kowalczyk"), ("PERSON", "Marta Kowalczyk"))
    assert _labels(doc)["Kowalczyk"] == "PERSON"
    assert not extract_places(doc)


def test_unknown_location_that_is_an_acronym_is_an_organisation() -> None:
    text = "Fans of the NHL were angry about the new schedule."
    doc = _doc(text, ("LOCATION", "NHL"))
    assert _labels(doc)["NHL"] == "ORGANIZATION"


def test_organisation_span_that_is_a_first_name_and_surname_is_a_person() -> None:
    text = "The award went to Peter Lindqvist on Friday."
    doc = _doc(text, ("ORGANIZATION", "Peter Lindqvist"))
    assert _labels(doc)["Peter Lindqvist"] == "PERSON"


def test_region_tagged_as_organisation_is_a_place() -> None:
    text = "Settlers built new homes in the West Bank last year."
    doc = _doc(text, ("ORGANIZATION", "West Bank"))
    assert _labels(doc)["West Bank"] == "LOCATION"
