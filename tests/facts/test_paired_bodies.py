"""A capitalised "A and B" organisation span after a list cue ("rivals including Valco and
Orbix"), or whose parts each stand alone elsewhere, names two bodies; a joined name with a
body word ("Valco and Sons") or "&" stays one.

The sentences are built by hand, so each test pins the cut whatever the tagger reads.
"""

from __future__ import annotations

from briefing.facts.actors import _split_names
from briefing.model import Doc, Entity, Sentence, Token


def _parts(words: list[tuple[str, str]], first: int, end: int, more: str = "") -> list[str]:
    """The parts of the organisation span words[first:end] of a sentence of (word, tag)
    pairs; `more`, a second sentence of NNP words."""
    sentences, spans, at = [], [], 0
    for index, row in enumerate([words, [(w, "NNP") for w in more.split()]]):
        tokens, start = [], at
        for w, tag in row:
            tokens.append(Token(w, at, at + len(w), tag))
            at += len(w) + 1
        text = " ".join(w for w, _ in row)
        sentences.append(Sentence(index, start, start + len(text), text, 0, tuple(tokens)))
        if index == 0:
            a, b = tokens[first].start, tokens[end - 1].end
            spans.append(Entity("ORGANIZATION", text[a:b], a, b, 0, first, end))
    doc = Doc(" ".join(s.text for s in sentences), tuple(sentences), tuple(spans))
    return [p.text for p in _split_names(doc, spans[0], set())]


def _line(cue: str, names: str) -> tuple[list[tuple[str, str]], int, int]:
    lead = [(w, "NNS" if w.endswith("s") else "IN") for w in cue.split()]
    words = [*lead, *((w, "CC" if w == "and" else "NNP") for w in names.split()), ("rose", "VBD")]
    return words, len(lead), len(words) - 1


def test_two_names_after_a_list_cue_are_two_bodies() -> None:
    for cue in ("rivals including", "firms such as", "companies like"):
        assert _parts(*_line(cue, "Valco and Orbix")) == ["Valco", "Orbix"]


def test_like_after_no_plural_noun_is_no_list_cue() -> None:
    assert _parts(*_line("looked like", "Valco and Orbix")) == ["Valco and Orbix"]


def test_a_joined_name_with_a_body_word_stays_one_body() -> None:
    assert _parts(*_line("firms including", "Valco and Sons")) == ["Valco and Sons"]
    assert _parts(*_line("firms including", "Orbix Savings and Loan Bank")) == [
        "Orbix Savings and Loan Bank"
    ]


def test_parts_each_named_alone_elsewhere_are_two_bodies() -> None:
    words, first, end = _line("then", "Valco and Orbix")
    assert _parts(words, first, end) == ["Valco and Orbix"]
    assert _parts(words, first, end, "Valco beat Orbix") == ["Valco", "Orbix"]
