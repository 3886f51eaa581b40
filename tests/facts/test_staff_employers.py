"""A name no gazetteer knows, written after a job noun and "at" or "with" ("a mobile analyst
at Brightline"), is an employer: no place row, wherever else the tagger reads it as one."""

from __future__ import annotations

from briefing.facts.places import _staff_employer, extract_places
from briefing.nlp import analyse


def test_a_name_after_an_analyst_at_is_an_employer() -> None:
    assert _staff_employer("said Tam Rudd, a mobile analyst at Brightline.", "Brightline")
    assert _staff_employer("an economist with Quorvex said", "Quorvex")
    assert not _staff_employer("a teacher at Brightline", "Brightline")


def test_the_employer_of_an_analyst_gives_no_place_row() -> None:
    text = (
        "Analysts Brightline said the launch could lift margins. "
        '"It is a bold step," said Tam Rudd, a mobile analyst at Brightline.'
    )
    assert "Brightline" not in [p.name for p in extract_places(analyse(text))]
