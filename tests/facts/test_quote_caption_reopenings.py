"""Copy that runs paragraphs together with photo captions in between: a quote left open when
a caption broke its paragraph off, reopened after the caption, goes on in the same voice."""

from __future__ import annotations

from briefing.facts.quotes import _reopened_past_caption, marks
from tests.facts.test_quotes import _quotes

_OPEN = (
    "The Harbour League met today in Orvik. The Harbour League said: 'The panel has decided to "
    "void the regatta result. As a result, Valby Rowing Club lose the race. "
)
_CAPTION = (
    "A flare thrown from the quay hit a rower in the first minute of the race Tuva Holm is "
    "helped from the water after the flare struck her boat, which led to a long delay before "
    "the race resumed The rower was taken to the harbour clinic for checks before making a "
    "full recovery Orvik fans gather on the quay in the rain to watch the final race of the "
    "season "
)


def test_a_quote_reopened_after_a_caption_goes_on_in_the_voice_left_open() -> None:
    text = _OPEN + _CAPTION + "'In addition, the club must race its next two regattas away.'"
    speakers = [(q.text[:14], q.speaker) for q in _quotes(text)]
    assert speakers[-1] == ("In addition, t", "Harbour League")


def test_the_writers_own_sentence_before_the_mark_is_no_caption() -> None:
    text = _OPEN + _CAPTION.strip() + ". 'In addition, the club must race its next two regattas.'"
    scan, spans = marks.quoted_in(text)
    assert not _reopened_past_caption(text, scan, spans[0], spans[1])
    text = _OPEN + _CAPTION + "'In addition, the club must race its next two regattas.'"
    scan, spans = marks.quoted_in(text)
    assert _reopened_past_caption(text, scan, spans[0], spans[1])


def test_a_quote_the_writer_closed_is_not_reopened_past_a_caption() -> None:
    text = (
        "The Harbour League said: 'The panel has decided to void the result.' "
        + _CAPTION
        + "'In addition, the club must race its next two regattas away.'"
    )
    assert _quotes(text)[-1].speaker is None
