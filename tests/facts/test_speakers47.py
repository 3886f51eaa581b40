"""Quote speakers, round 47: second predicates after a thing's clause, nouns a determiner marks."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_OPENING = "A court in Valby heard the case of the Norland ferry on Monday.\n\n"


def _quotes(text: str) -> list[Quote]:
    doc = analyse(_OPENING + text + "\n\nThe judge agreed with Holt.\n")
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_clause_whose_subject_is_that_leaves_the_second_verb_to_the_speaker() -> None:
    (q,) = _quotes(
        "Maria Holt said that was not the case and called the reports"
        ' "old rumours and idle guesses."'
    )
    assert q.speaker == "Maria Holt"


def test_a_determiner_makes_a_word_of_the_weaving_list_a_noun() -> None:
    (q,) = _quotes(
        "Maria Holt said that was not the case and dismissed those reports as"
        ' "old rumours and idle guesses."'
    )
    assert q.speaker == "Maria Holt"


def test_an_owners_brief_speaks_through_its_second_verb() -> None:
    (q,) = _quotes(
        "Still, Maria Holt's letter said that was false and dismissed the stories as"
        ' "old rumours and idle guesses."'
    )
    assert q.speaker == "Maria Holt"


def test_a_clause_with_a_person_subject_still_leaves_the_second_verb_unsure() -> None:
    (q,) = _quotes(
        'Maria Holt said that the judge was wrong and dismissed the claims as "a slow ruin."'
    )
    assert q.speaker is None


def test_conveyed_weaves_the_subjects_message() -> None:
    (q,) = _quotes(
        "Still, the Valby Post reported at the time that the ferry chief, Maria Holt, conveyed"
        ' to Tom Reyes that his plan was "not in line with our safety rules."'
    )
    assert q.speaker == "Maria Holt"
