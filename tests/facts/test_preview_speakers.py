"""Speaker forms of business and sport copy: a dashed line naming a manager by role and
name before a colon, a run of lower-case titles between the quote and the name, and a name
with a past tense off the verb list after a question."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_dashed_role_and_name_before_a_colon_names_the_speaker() -> None:
    quotes = _quotes(
        "Harbour Town meet Valby Rovers at the quay ground on Saturday. Both sides have "
        "injuries in defence.\n\n"
        '- Harbour Town boss Jonas Pell: "We have trained well all week and the players '
        'are ready. "We know the pitch will be heavy after the rain."\n'
        ' - Valby Rovers manager Erik Sand: "Nobody expects us to win there, which suits us '
        'fine."'
    )
    assert [q.speaker for q in quotes] == ["Jonas Pell", "Jonas Pell", "Erik Sand"]


def test_lower_case_titles_between_the_quote_and_the_name() -> None:
    quotes = _quotes(
        "Norbank reported a profit of 2bn crowns for the year. "
        '"Our results were strong in every market we serve," chairman and chief executive '
        "Lena Dahl said."
    )
    assert quotes[-1].speaker == "Lena Dahl"


def test_a_name_and_a_past_tense_off_the_list_after_a_question() -> None:
    quotes = _quotes(
        "Defence lawyer Rolf Abel questioned the accountant Nils Ek in court. "
        '"I only followed the rules I was given," Mr Ek replied. '
        '"Did you ever see the director change the accounts himself?" Mr Abel pressed. '
        '"Never once," said Mr Ek.'
    )
    assert [q.speaker for q in quotes] == ["Nils Ek", "Rolf Abel", "Nils Ek"]


def test_a_name_after_a_preposition_is_no_title_run_speaker() -> None:
    quotes = _quotes(
        "Councillor Jo Park faces a vote on Monday. "
        '"The council has lost its way," a lawyer acting against Jo Park said.'
    )
    assert quotes[-1].speaker is None
