"""A public service named by its state ("the Oregon Highway Patrol") or by its town and state
("the Tarsk, Vermont, Police Department"): one body, the place's."""

from __future__ import annotations

import dataclasses

from briefing.facts.actors import extract_actors
from briefing.facts.kinds import classify
from briefing.model import Doc, Entity
from briefing.nlp import analyse


def _tagged(text: str, *names: tuple[str, str]) -> Doc:
    """`text` analysed, with exactly the entities `names` ((label, surface), in text order,
    each the first mention after the one before)."""
    doc = analyse(text)
    out: list[Entity] = []
    for label, surface in names:
        start = text.find(surface, out[-1].end if out else 0)
        end = start + len(surface)
        s = next(x for x in doc.sentences if x.start <= start < x.end)
        out.append(Entity(label, surface, start, end, s.index, *s.token_span(start, end)))
    return dataclasses.replace(doc, entities=tuple(out))


def _organisations(doc: Doc) -> list[str]:
    return sorted(a.name for a in extract_actors(doc) if a.type == "organization")


def test_a_service_after_town_and_state_is_the_towns() -> None:
    text = (
        "The Tarsk, Vermont, Police Department found the recording while looking into a "
        "theft at a farm shop. Two men were held on Friday."
    )
    doc = _tagged(text, ("LOCATION", "Vermont"), ("ORGANIZATION", "Police Department"))
    assert _organisations(doc) == ["Tarsk Police Department"]


def test_the_same_service_written_with_its_state_is_one_row() -> None:
    text = (
        "The Dunmore County Sheriff's Office arrested two men on Friday, the Dunmore County, "
        "Ohio, Sheriff's Office said in a statement to reporters."
    )
    doc = _tagged(
        text,
        ("ORGANIZATION", "Dunmore County Sheriff's Office"),
        ("LOCATION", "Ohio"),
        ("ORGANIZATION", "Sheriff's Office"),
    )
    assert _organisations(doc) == ["Dunmore County Sheriff's Office"]


def test_a_named_body_after_town_and_state_keeps_its_name() -> None:
    text = "In Tarsk, Vermont, Norbank opened a branch on Friday, and the town cheered it."
    doc = _tagged(text, ("LOCATION", "Vermont"), ("ORGANIZATION", "Norbank"))
    assert _organisations(doc) == ["Norbank"]


def test_a_state_then_service_words_read_as_the_state_is_the_service() -> None:
    text = "Two Oregon State Police detectives looked into the death of a farmer near the coast."
    doc = _tagged(text, ("LOCATION", "Oregon State Police"))
    assert [(e.label, e.text) for e in classify(doc).entities] == [
        ("ORGANIZATION", "Oregon State Police")
    ]


def test_service_words_left_out_after_a_state_join_it() -> None:
    text = "Ana Lind rides a motorcycle for the Nevada Highway Patrol in the new series."
    doc = _tagged(text, ("PERSON", "Ana Lind"), ("LOCATION", "Nevada"))
    assert ("ORGANIZATION", "Nevada Highway Patrol") in [
        (e.label, e.text) for e in classify(doc).entities
    ]


def test_a_state_and_a_river_stay_a_place() -> None:
    text = "Barges moved slowly down the Oregon River past the old mill on Sunday morning."
    doc = _tagged(text, ("LOCATION", "Oregon River"))
    assert [e.label for e in classify(doc).entities] == ["LOCATION"]
