"""Causes of wrong organisations, persons and places that hold across newsrooms: a common
word read as a body, names the tagger ran together.

The articles are our own. Entities are given by hand (label, surface) so each test pins
one rule, whatever the tagger makes of the sentence.
"""

from __future__ import annotations

import dataclasses

from briefing.facts.kinds import classify
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
        entities.append(Entity(label, surface, start, end, s.index, *s.token_span(start, end)))
    return dataclasses.replace(doc, entities=tuple(entities))


def _labels(doc: Doc) -> dict[str, str]:
    return {e.text: e.label for e in classify(doc).entities}


def test_a_common_word_read_as_a_body_names_none() -> None:
    text = "The study in Valby found that people judge badly. Curiosity has its limits, it said."
    assert "Curiosity" not in _labels(_doc(text, ("ORGANIZATION", "Curiosity")))


def test_a_common_word_after_a_body_noun_stays_a_body() -> None:
    text = "The harbour plan was criticised by the charity Curiosity on Monday."
    assert _labels(_doc(text, ("ORGANIZATION", "Curiosity"))) == {"Curiosity": "ORGANIZATION"}


def test_a_common_word_opening_a_longer_body_name_stays_its_short_form() -> None:
    text = "Curiosity Rovers won again. Curiosity now lead the table by two points."
    doc = _doc(text, ("ORGANIZATION", "Curiosity Rovers"), ("ORGANIZATION", "Curiosity"))
    assert _labels(doc).get("Curiosity") == "ORGANIZATION"


MATCH = (
    "Leeds beat Chelsea 2-1 in the league on Saturday. The striker scored twice in the "
    "match and the coach praised his team. Arsenal drew 1-1 with Everton to stay top."
)


def test_a_town_read_as_a_person_in_a_sports_report_is_a_team() -> None:
    text = MATCH + " Burnley played very well against us, the coach said."
    assert _labels(_doc(text, ("PERSON", "Burnley")))["Burnley"] == "ORGANIZATION"


def test_a_small_town_read_as_a_person_in_a_line_up_stays_a_person() -> None:
    # a surname in a team sheet that a village of a few thousand shares
    text = MATCH + " Dean Hall came on for Hale in the 46th minute."
    assert _labels(_doc(text, ("PERSON", "Hale")))["Hale"] == "PERSON"


def test_a_person_made_of_common_words_names_none() -> None:
    text = "The hackers, known as Silent Lantern, broke into the servers of the port."
    assert "Silent Lantern" not in _labels(_doc(text, ("PERSON", "Silent Lantern")))


def test_a_first_name_and_a_common_surname_stay_a_person() -> None:
    text = "The report was written by Guy Little, who chairs the harbour board."
    assert _labels(_doc(text, ("PERSON", "Guy Little"))) == {"Guy Little": "PERSON"}


def test_a_country_after_a_word_that_is_no_first_name_ends_a_body_name() -> None:
    text = "Cricket Norway said the tour would go ahead, despite the rain."
    assert _labels(_doc(text, ("PERSON", "Cricket Norway"))) == {"Cricket Norway": "ORGANIZATION"}


def test_a_country_as_a_surname_after_a_first_name_stays_a_person() -> None:
    text = "The harbour master, Linda Chad, said the ferry would sail."
    assert _labels(_doc(text, ("PERSON", "Linda Chad"))) == {"Linda Chad": "PERSON"}
