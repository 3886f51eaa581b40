"""Documents whose entities are given by hand, so that a test pins one rule whatever the
tagger makes of the sentence (shared by the kind tests)."""

from __future__ import annotations

import dataclasses
import re

from briefing.facts.kinds import classify
from briefing.model import Doc, Entity, Sentence, Token
from briefing.nlp import analyse


def every_occurrence(text: str, *names: tuple[str, str]) -> Doc:
    """`text` analysed, with every occurrence of each (label, surface) as an entity, the
    longer surfaces given first."""
    doc = analyse(text)
    entities: list[Entity] = []
    for label, surface in names:
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if any(e.start <= m.start() < e.end for e in entities):
                continue
            s = next(x for x in doc.sentences if x.start <= m.start() < x.end)
            span = s.token_span(m.start(), m.end())
            entities.append(Entity(label, surface, m.start(), m.end(), s.index, *span))
    return dataclasses.replace(doc, entities=tuple(sorted(entities, key=lambda e: e.start)))


def labels(doc: Doc) -> dict[str, set[str]]:
    """Each surface and the labels `classify` gives it."""
    out: dict[str, set[str]] = {}
    for e in classify(doc).entities:
        out.setdefault(e.text, set()).add(e.label)
    return out


def one_span(words: list[str], label: str = "ORGANIZATION") -> tuple[Doc, Entity]:
    """A one-sentence document of `words` (all NNP, one space apart) that is one entity, built
    without the tagger, so a test pins how a span is cut."""
    tokens, at = [], 0
    for w in words:
        tokens.append(Token(w, at, at + len(w), "NNP"))
        at += len(w) + 1
    text = " ".join(words)
    sentence = Sentence(0, 0, len(text), text, 0, tuple(tokens))
    span = Entity(label, text, 0, len(text), 0, 0, len(words))
    return Doc(text, (sentence,), (span,)), span
