"""Sports pages read in the forty-sixth round: a club's last word names no person, a page
that dropped a linked name leaves its pronoun and description to nobody, and descriptions a
sports report gives the one it just named ("a tearful Park", "the Irishman", "the
22-year-old").

Every text is our own, invented for these tests.
"""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

DRAW = """Minnows handed dream Cup tie

Hadley face a home tie against holders Valby United in the Cup quarter-finals if they can win
their replay against Sudby Rovers.

The third-tier club drew at Rovers' ground and earned a possible home tie with
Tom Reilly's side. The other ties: Wexby against Tollan, Dunmore against Kelso or Denby United,
and Varnley away to Ashby.

was delighted with the draw against United, but knew his players had a replay to win
first. "We have a hard replay first but you cannot deny it's exciting," he said.

"It would be a sell-out and the money would help us. "We have to beat Rovers first."
"""


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_clubs_last_word_alone_is_the_club_no_person() -> None:
    doc = analyse(DRAW)
    actors = {a.name: a for a in extract_actors(doc)}
    assert "United" not in actors or actors["United"].type != "person"
    assert not any(a.type == "person" and "United" in a.name for a in actors.values())


def test_a_lone_club_word_two_clubs_end_in_is_the_club_named_first() -> None:
    text = (
        "Valby United draw Cup holders\n\n"
        "Valby United will play Denby United in the Cup quarter-finals next month.\n\n"
        "The draw pits United against a side they have beaten twice this season."
    )
    actors = {a.name: a for a in extract_actors(analyse(text))}
    assert "United" not in actors
    assert "United" in actors["Valby United"].aliases


def test_a_pronoun_after_a_paragraph_that_lost_its_subject_names_nobody() -> None:
    quotes = _quotes(DRAW)
    assert quotes
    assert all(q.speaker is None for q in quotes)


def test_a_description_after_a_sentence_opened_by_he_is_the_one_he_stands_for() -> None:
    text = (
        "Harbour City beat Valby 2-0 in the Cup on Saturday.\n\n"
        'Striker Colm Brady, captain for the night, scored the second goal. "We are '
        'confident and we can win there," he said.\n\n'
        "He admitted the win, which included goals from Ivo Marek and Lars Tamm, was not "
        'pretty to watch. "It was not our best display but the result is all that counts," '
        "the Irishman said."
    )
    quotes = _quotes(text)
    assert quotes[-1].speaker == "Colm Brady"


def test_an_adjective_before_a_surname_the_copy_gives_alone_is_that_person() -> None:
    text = (
        "Valby trials\n\n"
        "The women's hurdles went to Brannagh, who set a new national record for the second "
        'time in a week. "I am so happy," a tearful Brannagh told reporters.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Brannagh"


def test_said_the_year_old_after_a_quote_is_a_described_source() -> None:
    text = (
        "Runners meet in Valby\n\n"
        'Ann Kell ran a strong race to take the 200m title in 23.1 seconds. "You will see '
        'me in Norland and there is more to come," said the 22-year-old.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Ann Kell"


def test_a_description_after_a_paragraph_that_lost_its_subject_names_nobody() -> None:
    text = (
        "Runners meet in Valby\n\n"
        "World champion Jo Marsh took the 100m title at the Valby trials.\n\n"
        'ran a strong race to take the 200m title in 23.1 seconds. "You will see me in '
        'Norland and there is more to come," said the sprinter.'
    )
    quotes = _quotes(text)
    assert quotes[-1].speaker is None


def test_a_body_before_a_which_clause_set_off_by_a_dash_speaks() -> None:
    text = (
        "A tribunal of the Norland Athletics Union lifted the ban on Tuesday. The Valby "
        'Anti-Doping Board - which said it was "deeply surprised" by the ruling - is '
        "deciding whether to appeal."
    )
    (q,) = _quotes(text)
    assert q.speaker == "Valby Anti-Doping Board"
