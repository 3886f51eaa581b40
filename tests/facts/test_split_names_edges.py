"""Organisation spans whose cut leaves nothing after it must not crash the split."""

from __future__ import annotations

from briefing.facts.actors import _split_names
from tests.facts.hand_entities import one_span as _doc


def test_span_closed_by_and_the_at_sentence_end() -> None:
    doc, span = _doc(["Norbank", "Trust", "and", "the"])
    parts = _split_names(doc, span, set())
    assert [p.text for p in parts][:1] == ["Norbank Trust"]


def test_span_that_is_only_the() -> None:
    doc, span = _doc(["The"])
    assert isinstance(_split_names(doc, span, set()), list)
