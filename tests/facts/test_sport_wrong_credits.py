"""Sports copy's quotes never credited to a wrong person: a weak guess gives up (round 37)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_two_word_nationality_after_the_is_no_name() -> None:
    text = (
        "Orrin Vale beat Kestle 24-20 on Friday night.\n\n"
        "Orrin Vale head coach Pim de Vaal praised his forwards.\n\n"
        '"The pack won every scrum," said the South African. "We were strong."\n\n'
        'Kestle coach Tam Rudd was unhappy. "We were poor," said the New Zealander.'
    )
    speakers = {q.text: q.speaker for q in _quotes(text)}
    assert speakers["The pack won every scrum"] in (None, "Pim de Vaal")
    assert speakers["We were poor"] in (None, "Tam Rudd")


def test_the_boss_is_not_the_winger_named_before() -> None:
    text = (
        "Kestle Town and Dunmere drew 2-2 at Brook Lane.\n\n"
        "Kestle Town winger Cal Shard was taken off injured in the first half.\n\n"
        '"It does not look good, it could be his knee," the boss said.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None


def test_the_striker_is_not_the_manager_named_before() -> None:
    text = (
        "Kestle manager Rob Lanning watched his side lose 2-0 at home.\n\n"
        '"We were never in the game," laughed the striker.'
    )
    (q,) = _quotes(text)
    assert q.speaker != "Rob Lanning"


def test_pronoun_after_a_managers_side_and_one_scorer_is_unsure() -> None:
    text = (
        "Kestle Town manager Rob Lanning watched his side win 3-0 at Dunmere.\n\n"
        "Lanning's side led after five minutes, and striker Cal Shard added two more "
        "before the break.\n\n"
        '"We were superb from the first whistle. I could not ask for more," he said.'
    )
    (q,) = _quotes(text)
    assert q.speaker in (None, "Rob Lanning")
