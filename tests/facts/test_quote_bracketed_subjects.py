"""A short aside in brackets ending a subject (an acronym) is no part of the description that
says a woven-in word; and apostrophes (plural possessives, elisions) never pair single marks."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.facts.quotes.marks import find_quoted, scan_copy
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def _quoted(text: str) -> list[str]:
    scan = scan_copy(text)
    return [scan[s.start : s.end] for s in find_quoted(scan)]


def test_a_bracketed_acronym_after_a_described_subject_is_dropped() -> None:
    (q,) = _quotes(
        "Valby fined after harbour derby is abandoned\n\n"
        "The Valby club was fined on Tuesday for the conduct of its fans at the harbour derby. "
        "The chair of the Norland Soccer Board (NSB) had branded the fans who forced "
        "the abandonment as 'vandals'. Flares were thrown from the stands before the break."
    )
    assert (q.text, q.description, q.partial) == (
        "vandals",
        "The chair of the Norland Soccer Board",
        True,
    )


def test_a_plural_possessive_before_a_single_quote_does_not_pair() -> None:
    text = "Valby's players' wages were called 'a scandal' by fans, the club said."
    assert _quoted(text) == ["a scandal"]


def test_a_plural_possessive_inside_a_single_quote_does_not_close_it() -> None:
    text = "'The Kings' coach was late again and the players' bus too,' said Jo Park."
    assert _quoted(text) == ["The Kings' coach was late again and the players' bus too,"]


def test_elisions_inside_a_single_quote_do_not_close_it() -> None:
    text = "Ana Berg said: 'It was rock 'n' roll in the '90s at the port's bars,' and left."
    assert _quoted(text) == ["It was rock 'n' roll in the '90s at the port's bars,"]
