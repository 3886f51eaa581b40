"""One-word names the tagger leaves untagged: stage names and surnames after a role noun or
opening a list of people (facts/untagged.missed_persons)."""

from __future__ import annotations

from briefing.facts import untagged
from briefing.facts.actors import _junk, extract_actors
from briefing.model import Doc, Entity, Sentence, Token
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence


def _found(text: str, *names: tuple[str, str]) -> list[str]:
    doc = every_occurrence(text, *names)  # what the tagger found: only `names`
    return [e.text for e in untagged.missed_persons(doc, list(doc.entities))]


def test_a_stage_name_after_a_role_noun_is_a_person() -> None:
    assert _found("Fans cheered when the singer, Zorla, walked on stage.") == ["Zorla"]


def test_names_after_a_plural_role_noun_or_opening_a_list_are_persons() -> None:
    text = "It has backing singers Zorla and Pemby. Guests include Tamsk, Ana Berg and Jo Park."
    found = _found(text, ("PERSON", "Ana Berg"), ("PERSON", "Jo Park"))
    assert found == ["Zorla", "Pemby", "Tamsk"]


def test_an_adjective_or_a_group_after_a_role_noun_is_no_person() -> None:
    assert (
        _found("The report named a former Valban official and some extremist Islamic views.") == []
    )


def test_a_common_word_of_the_story_is_no_name() -> None:
    assert _found("The singer Free went free after the hearing; the band was free too.") == []


def test_a_stage_name_opening_a_sentence_joins_its_real_name() -> None:
    text = (
        "Pop singer Zorla has been fined in Valby. Police stopped the van carrying Zorla on "
        "Friday. Zorla, whose real name is Ana Berg, paid the fine."
    )
    people = [a for a in extract_actors(analyse(text)) if a.type == "person"]
    assert len(people) == 1
    assert {people[0].name, *people[0].aliases} == {"Zorla", "Ana Berg"}


def test_a_lone_opener_read_as_a_common_noun_is_a_person_named_so_inside_a_sentence() -> None:
    words = ["Zorla", ",", "whose", "real", "name", "is", "Ana", "Berg", ",", "paid"]
    tokens, at = [], 0
    for w in words:
        tokens.append(Token(w, at, at + len(w), "NN" if w == "Zorla" else "NNP"))
        at += len(w) + 1
    text = " ".join(words)
    doc = Doc(text, (Sentence(0, 0, len(text), text, 0, tuple(tokens)),), ())
    opener = Entity("PERSON", "Zorla", 0, 5, 0, 0, 1)
    assert _junk(doc, opener, "Zorla", set(), set())
    assert not _junk(doc, opener, "Zorla", set(), {"Zorla"})
