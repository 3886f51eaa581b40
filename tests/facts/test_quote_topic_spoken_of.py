"""A quote credited by a pronoun to the person the sentence before makes its topic, while it
speaks of that person in the third person, is not theirs: the one who reported on them just
before (`Coach Park warned that Lind…`), or nobody (round 37)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_REPORT = (
    "The Harbourside Gulls lost 12-30 to Valby on Saturday. After the game, Gulls coach Tomas "
    "Brennick warned that young winger Elio Marsden needed a long rest before the spring. "
)
_TOPIC = "Marsden, 20, was named best newcomer by the league last month but has faded of late. "


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def _spoken(quotes: list[Quote], word: str) -> Quote:
    return next(q for q in quotes if word in q.text)


def test_words_about_the_topic_are_the_reporters() -> None:
    quotes = _quotes(
        _REPORT + _TOPIC + '"It is his first season up here and he was brilliant until the '
        'cold came. "I doubt he has run half that well since then," he said.'
    )
    assert _spoken(quotes, "brilliant").speaker == "Tomas Brennick"
    assert _spoken(quotes, "doubt").speaker == "Tomas Brennick"


def test_a_reporter_of_the_other_sex_leaves_the_words_about_the_topic_open() -> None:
    quotes = _quotes(
        "The Harbourside Gulls lost 12-30 to Valby on Saturday. After the game, Gulls coach "
        "Marta Brennick warned that young winger Elio Marsden needed a long rest before the "
        "spring. " + _TOPIC + '"I doubt he has run half that '
        'well since the cold came," he said.'
    )
    assert _spoken(quotes, "doubt").speaker is None


def test_without_a_report_on_the_topic_the_pronoun_stands() -> None:
    quotes = _quotes(
        "The Harbourside Gulls lost 12-30 to Valby on Saturday, with coach Tomas Brennick "
        "watching from the stand. " + _TOPIC + '"I doubt he has run half that well since '
        'the cold came," he said.'
    )
    assert _spoken(quotes, "doubt").speaker != "Tomas Brennick"


def test_the_topic_naming_another_man_keeps_the_words() -> None:
    quotes = _quotes(
        _REPORT + "Marsden, 20, also took aim at his captain, Jon Aske, after the game. "
        '"He has never passed me the ball in a game," he said.'
    )
    assert _spoken(quotes, "passed").speaker == "Elio Marsden"


def test_the_topic_speaking_of_himself_as_owner_keeps_the_words() -> None:
    quotes = _quotes(
        _REPORT + _TOPIC + '"My legs are heavy and he knows it, so I will rest a while," he said.'
    )
    assert _spoken(quotes, "legs").speaker == "Elio Marsden"


def test_the_topic_in_the_first_person_only_keeps_the_words() -> None:
    quotes = _quotes(_REPORT + _TOPIC + '"I am tired and I will rest a while," he said.')
    assert _spoken(quotes, "tired").speaker == "Elio Marsden"
