"""A fact-checker's rating quoted on its published scale (`it was rated "Mostly False."`) is a
quote in the voice of the one organisation its sentence names; never when a person is named
there too, and never for a bare "false" (anyone's word)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_rating_is_the_named_fact_checker_s_verdict() -> None:
    text = (
        "Mayor Tobin Greave told the council in Tarrowin that the harbour had lost half its "
        "trade.\n\n"
        'When TruthGauge examined the mayor\'s earlier remark, it was rated "Half True."'
    )
    rated = [q for q in _quotes(text) if q.text.startswith("Half True")]
    assert [(q.speaker, q.partial) for q in rated] == [("TruthGauge", True)]


def test_a_rating_beside_a_named_person_is_left_alone() -> None:
    text = (
        "Mayor Tobin Greave told the council in Tarrowin that the harbour had lost half its "
        "trade.\n\n"
        "When TruthGauge examined the claim, Greave's aide Olwen Tarrant called it "
        '"Half True."'
    )
    assert all(q.speaker != "TruthGauge" for q in _quotes(text))


def test_a_bare_false_is_no_rating() -> None:
    text = (
        "Mayor Tobin Greave told the council in Tarrowin that the harbour had lost half its "
        "trade.\n\n"
        'When TruthGauge examined the mayor\'s earlier remark, it was found "false."'
    )
    assert not [q for q in _quotes(text) if q.text.lower().startswith("false")]
