"""Speakers of quotes in broadcast and agency copy read for the first time: role words
after the verb with no determiner, and a pronoun after a sentence that names two people of
whom one is speaking."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_two_role_words_without_determiner_after_says_lead_to_the_name() -> None:
    (q,) = _quotes(
        "The first operation in weightless flight took place this week.\n\n"
        '"We were not trying to set records but to test whether it can be done," says team '
        "leader Dr Ivo Marek."
    )
    assert q.speaker == "Ivo Marek"


def test_a_preposition_after_says_is_no_role_word() -> None:
    (q,) = _quotes(
        '"We were not trying to set records but to test whether it can be done," says staff '
        "from Tarnby Clinic."
    )
    assert q.speaker != "Tarnby Clinic"


def test_she_said_after_a_paraphrase_is_the_person_speaking_not_the_subject() -> None:
    text = (
        "Singer Mirela Dan, who died a decade ago, will return as a hologram. Her sister, "
        'Oana Vasco, told the Herald: "This is nothing strange at all." Mirela Dan will be '
        "the first artist to use the system, Vasco said. \"I'm thrilled that she will be the "
        'first of them all," she said.'
    )
    assert [q.speaker for q in _quotes(text)] == ["Oana Vasco", "Oana Vasco"]
