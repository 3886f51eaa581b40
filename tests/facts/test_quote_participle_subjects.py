"""Speakers a participle of saying after a main clause gives (`Norbank welcomed the move,
saying the port had "…"`: the clause's named subject); a person described by age before a
relative clause set off by commas (`The 34-year-old, who…, said: "…"`); a pronoun past a
newcomer brought in by name and age (the newcomer's); a description opening its sentence before
a comma (`A local fisherman told reporters, "…"`); and a body's trade noun (`the lender`)."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_named_person_opening_the_clause_speaks_after_saying() -> None:
    text = 'Mayor Ana Berg welcomed the plan, saying the ferry line had "given up a lot of ground".'
    (q,) = _quotes(text)
    assert q.speaker == "Ana Berg" and q.cue == "saying"


def test_a_named_body_after_a_fronted_phrase_speaks_after_saying() -> None:
    text = (
        "In its note on Monday, the Valby Harbour Trust sought to end the talks, saying its "
        'old fees were "the subject of a binding deal with the town."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Valby Harbour Trust"


def test_a_name_after_a_verb_is_no_subject_of_the_participle() -> None:
    text = 'Police arrested Ana Berg on Monday, saying she had "taken the boats without leave".'
    (q,) = _quotes(text)
    assert q.speaker is None


def test_a_person_in_the_object_leaves_the_participle_unsure() -> None:
    text = 'Norbank hired Ana Berg on Monday, saying she had "a great deal of ground to make up".'
    (q,) = _quotes(text)
    assert q.speaker is None


def test_an_apposition_before_the_participle_leaves_it_unsure() -> None:
    text = (
        "Ana Berg, the harbour master, met Tom Lund, a skipper, on Monday, saying the quay "
        'was "far too short for the new boats".'
    )
    (q,) = _quotes(text)
    assert q.speaker is None


def test_a_person_described_by_age_before_a_relative_clause_is_the_one_named() -> None:
    text = (
        "Mira Holt left the ferry crew in May. The 24-year-old, who was paid a small wage by "
        'the line, said: "What upset me most was the cold on the night shifts."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Mira Holt"


def test_a_pronoun_after_a_newcomer_named_by_age_is_the_newcomers() -> None:
    # `Tuva, 25,` brings in someone new the tagger may miss: "she" is her, not Mira.
    text = (
        'Mira left the ferry crew in May. "What upset me most was the cold," she said. '
        "Tuva, 25, was sent to work the docks. She rarely saw her family. "
        '"Most of the time I would sleep at the quay because the boats came in late," she said.'
    )
    first, second = _quotes(text)
    assert first.speaker == "Mira" and second.speaker == "Tuva"


def test_the_one_introduced_by_age_keeps_her_pronoun() -> None:
    text = (
        "Mira Holt, 24, left the ferry crew in May. "
        '"Most of the time I would sleep at the quay because the boats came in late," she said.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Mira Holt"


def test_a_description_opening_a_sentence_before_a_comma_is_the_source() -> None:
    text = (
        "Ana Berg spoke to the crowd on the pier. A local fisherman told reporters, "
        '"We will not leave the Valby quay, whatever the council decides."'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "A local fisherman"


def test_the_lender_is_the_bank_opening_the_sentence_before() -> None:
    text = (
        "Norbank cut forty branches on Monday. "
        '"We have had a very hard winter in the north," the lender said.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Norbank"


def test_one_apposition_after_the_subject_still_leaves_it_the_speaker() -> None:
    text = (
        "Ana Berg, the harbour master, welcomed the move, saying the quay had "
        '"given up a lot of ground".'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Ana Berg"
