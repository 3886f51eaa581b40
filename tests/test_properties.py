"""Properties of analyze() and the loaders over generated input (Hypothesis): any text, any
bytes. Few examples each, so `make test` stays quick; the failures it finds are kept in
Hypothesis' example database and replayed first."""

from __future__ import annotations

import dataclasses
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.errors import BriefingError
from briefing.model import Briefing
from briefing.pipeline import analyze
from briefing.sources import from_text, load_bytes

# `make fuzz` multiplies the examples (BRIEFING_FUZZ=200: minutes, not in `make test`).
FUZZ = max(1, int(os.environ.get("BRIEFING_FUZZ", "1")))
QUICK = settings(
    max_examples=15 * FUZZ,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)

# Words, names, numbers and the marks news text is made of, so generated text has sentences,
# quotations and capitalised names as well as noise.
_VOCABULARY = (
    "the ferry minister Anna Berg said Valby Norland on Monday in 2019 talks harbour , . ! ? "
    '" “ ” « » — ( ) 42 3.5 Dr. U.S. told reporters would sail next month'
)
_WORDS = st.sampled_from(_VOCABULARY.split())
_PROSE = st.lists(st.one_of(_WORDS, st.sampled_from(["\n", "\n\n"])), max_size=120).map(" ".join)
TEXT = st.one_of(st.text(max_size=400), _PROSE)

_HEADS = st.sampled_from(
    [b"", b"%PDF-1.4\n", b"PK\x03\x04word/document.xml", b"<html><body><p>", b"\xef\xbb\xbf"]
)
BYTES = st.tuples(_HEADS, st.binary(max_size=600)).map(b"".join)
NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.pdf", "a.docx", "a.xyz", "-"])


def _briefing(text: str) -> Briefing | None:
    try:
        return analyze(from_text(text))
    except BriefingError:
        return None


@QUICK
@given(TEXT)
def test_any_text_gives_a_briefing_or_one_of_our_errors(text: str) -> None:
    _briefing(text)


@QUICK
@given(TEXT)
def test_every_offset_lies_within_the_text(text: str) -> None:
    briefing = _briefing(text)
    if briefing is None:
        return
    n = len(briefing.doc.text)
    for s in briefing.doc.sentences:
        assert 0 <= s.start <= s.end <= n
        for t in s.tokens:
            assert s.start <= t.start <= t.end <= s.end
    for e in briefing.doc.entities:
        assert 0 <= e.start <= e.end <= n
    for q in briefing.facts.quotes:
        assert 0 <= q.start <= q.end <= n
    evidence = [ev for a in briefing.facts.actors for ev in a.evidence] + [
        ev for p in briefing.facts.locations for ev in p.evidence
    ]
    for ev in evidence:
        assert 0 <= ev.start <= ev.end <= n


@QUICK
@given(TEXT)
def test_summary_sentences_are_sentences_of_the_article(text: str) -> None:
    briefing = _briefing(text)
    if briefing is None:
        return
    spans = {(s.index, s.start, s.end) for s in briefing.doc.sentences}
    for s in briefing.summary.sentences:
        assert (s.index, s.start, s.end) in spans
        assert s.text.strip() == briefing.doc.text[s.start : s.end].strip()


@settings(QUICK, max_examples=8 * FUZZ)
@given(TEXT)
def test_analysis_is_deterministic(text: str) -> None:
    first, second = _briefing(text), _briefing(text)
    if first is None or second is None:
        assert first is second is None
        return
    assert dataclasses.replace(first, timings_ms={}) == dataclasses.replace(second, timings_ms={})


@settings(QUICK, max_examples=40 * FUZZ)
@given(BYTES, NAMES)
def test_any_bytes_load_as_an_article_or_fail_with_one_of_our_errors(
    data: bytes, name: str
) -> None:
    try:
        article = load_bytes(data, name)
    except BriefingError as err:
        assert str(err).startswith(name) and "\n" not in str(err).strip()
        return
    assert article.paragraphs and all(p.strip() for p in article.paragraphs)
    assert "\x00" not in article.text
