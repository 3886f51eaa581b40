"""A quote right after a sentence crediting a titled surname with an inverted verb
(`Instead, said Dr Quillby, the vats were for show. "…"`) keeps the previous quote's voice
when that sentence names that speaker alone (round 37)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_BREWER = (
    "Orla Quillby, who runs a brewery in Marrowick, doubted the new tasting rules would help. "
    '"Not one of these rules has ever kept a bad barrel off a shelf," she said. '
)


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_inverted_titled_credit_carries_the_voice_to_the_words_after_it() -> None:
    quotes = _quotes(
        _BREWER + "Instead, said Ms Quillby, the rules were written to please the big "
        'malting houses. "They want to sell the same grain to you twice over, in a new sack."'
    )
    assert quotes[-1].speaker == "Orla Quillby"


def test_inverted_credit_naming_someone_else_carries_nothing() -> None:
    quotes = _quotes(
        _BREWER + "Instead, said Mr Tarrow, the rules were written to please the big "
        'malting houses. "They want to sell the same grain to you twice over, in a new sack."'
    )
    assert quotes[-1].speaker != "Orla Quillby"
