"""A person's name or given name tagged once as a body, beside the person's own row."""

from __future__ import annotations

import dataclasses

from briefing.facts.actors import extract_actors
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


def test_a_body_named_as_a_persons_given_name_is_that_person() -> None:
    text = (
        "The fans cheered when the club's star Zorvan Dask walked out on Friday. "
        "The coach said that Zorvan will always be the leader of this team."
    )
    doc = _tagged(text, ("PERSON", "Zorvan Dask"), ("ORGANIZATION", "Zorvan"))
    actors = extract_actors(doc)
    assert [(a.type, a.name) for a in actors] == [("person", "Zorvan Dask")]
    assert len(actors[0].evidence) == 2


def test_a_listed_body_keeps_its_row_beside_a_namesake() -> None:
    text = (
        "Facebook Marlo opened a bakery in the old town on Friday. "
        "Facebook said on Monday that its profits rose in the spring."
    )
    doc = _tagged(text, ("PERSON", "Facebook Marlo"), ("ORGANIZATION", "Facebook"))
    assert "Facebook" in _organisations(doc)
