"""Organisation spans whose cut leaves nothing after it must not crash the split."""

from __future__ import annotations

from briefing.facts.actors import _split_names
from briefing.model import Doc, Entity, Sentence, Token


def _doc(words: list[str]) -> tuple[Doc, Entity]:
    tokens, at = [], 0
    for w in words:
        tokens.append(Token(w, at, at + len(w), "NNP"))
        at += len(w) + 1
    text = " ".join(words)
    sentence = Sentence(0, 0, len(text), text, 0, tuple(tokens))
    span = Entity("ORGANIZATION", text, 0, len(text), 0, 0, len(words))
    return Doc(text, (sentence,), (span,)), span


def test_span_closed_by_and_the_at_sentence_end() -> None:
    doc, span = _doc(["Norbank", "Trust", "and", "the"])
    parts = _split_names(doc, span, set())
    assert [p.text for p in parts][:1] == ["Norbank Trust"]


def test_span_that_is_only_the() -> None:
    doc, span = _doc(["The"])
    assert isinstance(_split_names(doc, span, set()), list)
