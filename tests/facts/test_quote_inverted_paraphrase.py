"""A quote right after a sentence crediting a titled surname with an inverted verb
(`Instead, said Dr Quillby, the vats were for show. "…"`) keeps the previous quote's voice
when that sentence names that speaker alone (round 37)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_BREWER = (
    "Aldo Quillby, chair of the Brewers League which speaks for small brewers on many trade "
    "issues, doubted the new tasting rules would help. "
    '"Not one of these rules has ever kept a bad barrel off a shelf," he said. '
    "He said many inspectors readily admit that their tasting rules are of little use against "
    "skilled forgers such as the smuggling rings that make most of the fake ales sold along "
    "the coast. "
)
_WORDS = (
    '"The maltsters see a chance to sell you your grain again and again - the winter sack, '
    'the summer sack, and so on."'
)


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_inverted_titled_credit_carries_the_voice_to_the_words_after_it() -> None:
    quotes = _quotes(
        _BREWER + "Instead, said Mr Quillby, the rules were written to keep a hold over the "
        "one group the maltsters can squeeze - small brewers. " + _WORDS
    )
    assert quotes[-1].speaker == "Aldo Quillby"


def test_inverted_credit_naming_someone_else_carries_nothing() -> None:
    quotes = _quotes(
        _BREWER + "Instead, said Mr Tarrow, the rules were written to keep a hold over the "
        "one group the maltsters can squeeze - small brewers. " + _WORDS
    )
    assert quotes[-1].speaker != "Aldo Quillby"


def test_titled_name_with_job_and_firm_and_no_commas_before_its_verb_speaks() -> None:
    quotes = _quotes(
        "The new barges arrive next spring. "
        '"In the next fleet every hull is steel," Dr Orla Quillby barge systems director at '
        "river freight firm TMX told the Marrowick News website."
    )
    assert quotes[0].speaker == "Orla Quillby"
