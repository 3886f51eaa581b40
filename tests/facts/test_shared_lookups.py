"""The lookups several fact rules share: the sentence holding an offset, and the quoted
spans of a text paired once."""

from briefing.facts.quotes.cues import P
from briefing.facts.quotes.marks import find_quoted, quoted_in, scan_copy
from briefing.facts.words import sentence_index, starts_of


def test_sentence_index_names_the_sentence_holding_an_offset() -> None:
    starts = [0, 20, 45]
    assert [sentence_index(starts, at) for at in (0, 19, 20, 44, 45, 90)] == [0, 0, 1, 1, 2, 2]


def test_sentence_index_is_minus_one_before_the_first_sentence() -> None:
    assert sentence_index([3, 10], 1) == -1


def test_starts_of_gives_every_offset_of_a_name_overlapping_ones_too() -> None:
    assert list(starts_of("Brask Mills beat Brask Rovers", "Brask")) == [0, 17]
    assert list(starts_of("DeDeDe", "DeDe")) == [0, 2]
    assert list(starts_of("Orla Venn", "Tamsin")) == []


def test_quoted_in_gives_the_scan_copy_and_its_spans() -> None:
    text = 'Orla Venn of Brask Mills said: "We will open the second kiln in spring."'
    scan, spans = quoted_in(text)
    assert scan == scan_copy(text, P["dash_cue"])
    assert list(spans) == find_quoted(scan)
    assert text[spans[0].start : spans[0].end].startswith("We will open")


def test_quoted_in_pairs_a_text_once() -> None:
    text = '"Keep the ferry running," said Tamsin Orrel.'
    assert quoted_in(text) is quoted_in(text)
