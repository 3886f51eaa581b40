"""A pronoun looks past the writer's short question set apart as its own paragraph (`Is it
time to move again?`) to the person the paragraph before it is about."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_lone_question_paragraph_is_passed_over() -> None:
    text = (
        "Mrs. Lind, the baker, counts her losses. She started baking at 13.\n\n"
        "Is it time to leave again?\n\n"
        '"I have nowhere to go," she says, sobbing.'
    )
    (q,) = _quotes(text)
    assert (q.speaker or "").endswith("Lind")


def test_a_question_naming_someone_is_not_passed_over() -> None:
    text = (
        "Mrs. Lind, the baker, counts her losses. She started baking at 13.\n\n"
        "Will Ana Berg sell the shop?\n\n"
        '"I have nowhere to go," she says, sobbing.'
    )
    (q,) = _quotes(text)
    assert not (q.speaker or "").endswith("Lind")


def test_a_name_only_in_the_writers_question_does_not_take_the_answer() -> None:
    quotes = _quotes(
        "President Tomas Okafor has named twelve judges this year.\n"
        "Ivar Holmsen, a law professor at Norland University, was not hopeful about the pace.\n"
        '"I think they will run out the clock this year," Holmsen said.\n'
        "But what if Anna Lind wins? Does the party not risk her naming judges who are bolder "
        "than Okafor?\n"
        '"Anna should simply follow her own plan for the bench," he said.'
    )
    assert [q.speaker for q in quotes] == ["Ivar Holmsen", None]


def test_a_question_about_the_previous_speaker_leaves_him_the_answer() -> None:
    quotes = _quotes(
        "President Tomas Okafor has named twelve judges this year.\n"
        '"I think we will fill every seat," Okafor said.\n'
        "But what if the court rules against him? Is Okafor worried?\n"
        '"Not in the least," he said.'
    )
    assert [q.speaker for q in quotes] == ["Tomas Okafor", "Tomas Okafor"]
