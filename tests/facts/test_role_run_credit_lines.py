"""Speakers of quotes whose credit line runs from the name through a long run of role words
to the verb with no comma (`," Dr Ivo Marek chief sound systems director at digital picture
firm Brelco told the Courier`): longer than the described source the clause patterns read."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_SAID = '"Every player will notice the sharper picture," '


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_titled_name_then_a_long_role_at_a_firm_speaks() -> None:
    (q,) = _quotes(
        "New screens will reach shops next spring. " + _SAID + "Dr Ivo Marek chief home "
        "sound systems director at digital picture firm Brelco told the Courier website."
    )
    assert q.speaker == "Ivo Marek"


def test_a_run_naming_another_person_gives_not_the_name() -> None:
    (q,) = _quotes(
        "Ivo Marek and Tova Lindqvist run the Brelco labs. " + _SAID + "Ivo Marek chief "
        "adviser for Tova Lindqvist at the digital picture firm Brelco told the Courier."
    )
    assert q.speaker != "Ivo Marek"


def test_a_name_and_another_person_by_role_gives_not_the_name() -> None:
    (q,) = _quotes(
        "Ivo Marek opened the Brelco labs on Friday. " + _SAID + "Ivo Marek and the "
        "systems director at the digital picture firm Brelco said."
    )
    assert q.speaker != "Ivo Marek"


def test_a_possessive_name_before_a_long_role_is_not_the_speaker() -> None:
    (q,) = _quotes(
        "Ivo Marek opened the Brelco labs on Friday. " + _SAID + "Ivo Marek's chief home "
        "sound systems spokesman at digital picture firm Brelco said."
    )
    assert q.speaker != "Ivo Marek"
