"""Two persons of a story share a surname: a bare surname with a pronoun after it in its
sentence ("Norberg said she") is the one of that sex, not merely the one named last, and the
quotes credited through it follow."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse

_TEXT = (
    "Anna Norberg, the mayor of Valby, opened the new library on Monday.\n\n"
    "Her husband, Bill Norberg, a retired teacher, watched from the front row.\n\n"
    "Norberg said she had waited ten years for the building.\n\n"
    '"This is a good day for the whole town," Norberg said.'
)


def test_a_bare_surname_goes_to_the_one_its_pronoun_names() -> None:
    doc = analyse(_TEXT)
    actors = {a.name: a for a in extract_actors(doc)}
    assert "Norberg" in actors["Anna Norberg"].aliases
    assert "Norberg" not in actors["Bill Norberg"].aliases
    quote = list(extract_quotes(doc, tuple(actors.values())))[-1]
    assert quote.speaker == "Anna Norberg"


def test_with_no_pronoun_the_one_named_last_keeps_it() -> None:
    doc = analyse(_TEXT.replace(" she had", " the town had"))
    actors = {a.name: a for a in extract_actors(doc)}
    assert "Norberg" in actors["Bill Norberg"].aliases
