"""A speaker is written as a reader knows them: never with the sentence's full stop, and by
the full name of the person a country's possessive introduced (round 37)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


_MATCH = (
    "Hemming beaten by Okabe in Valby\n\n"
    "Norland's Lars Hemming lost 7-6 6-3 to Japan's Kenji Okabe in the second round of the "
    "Valby Open.\n\n"
    "Hemming had two set points in the first set but Okabe saved both, and the home player "
    "broke early in the second.\n\n"
    '"I had chances and I did not take them," Hemming told Valby Radio.\n\n'
    "Okabe, ranked 45th in the world, faces top seed Ivo Marten next.\n\n"
    '"Ivo is the strongest player in the world right now. I need my best tennis," said Okabe.'
    "\n\nThe match starts at noon on Friday."
)


def test_a_player_a_country_owns_speaks_under_his_full_name_without_the_stop() -> None:
    assert [q.speaker for q in _quotes(_MATCH)] == ["Lars Hemming", "Kenji Okabe"]


def test_a_sentence_stop_is_no_part_of_an_untagged_name() -> None:
    from briefing.facts.quotes.speakers import untagged_name

    assert untagged_name("Okabe.") == "Okabe"
    assert untagged_name("Jo Park Jr.") == "Jo Park Jr."
