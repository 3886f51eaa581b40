"""Right-to-left paragraphs: broken into lines in reading order, each line then drawn right to
left, so a sentence that wraps starts on its first line (read back from a real PDF)."""

from __future__ import annotations

import io

import pypdf
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from briefing.export.pdf.bidi import ReadingOrderParagraph, break_lines, paragraph, right_to_left
from briefing.export.pdf.fonts import SANS, SERIF, register_fonts
from briefing.export.pdf.styles import make_styles

# Our own Hebrew words, numbered so the order can be checked: "one" ... "twelve" in Hebrew,
# each followed by a letter that marks its place.
WORDS = [
    "אחת",
    "שתיים",
    "שלוש",
    "ארבע",
    "חמש",
    "שש",
    "שבע",
    "שמונה",
    "תשע",
    "עשר",
    "אחד־עשר",
    "שנים־עשר",
]
SENTENCE = " ".join(WORDS * 3) + "."


def test_mostly_right_to_left_text_is_told_from_text_with_a_few_such_words() -> None:
    assert right_to_left(SENTENCE)
    assert not right_to_left("Talks in שלום ended on Monday.")
    assert not right_to_left("12 345")


def test_lines_keep_reading_order_and_fit_the_width() -> None:
    register_fonts()
    lines = break_lines(SENTENCE, SERIF, 10, 120)
    assert len(lines) > 2
    assert " ".join(lines) == SENTENCE  # no word lost, none moved
    assert lines[0].split()[0] == WORDS[0]


def test_the_last_line_leaves_room_for_what_follows_it() -> None:
    register_fonts()
    plain = break_lines(SENTENCE, SERIF, 10, 120)
    reserved = break_lines(SENTENCE, SERIF, 10, 120, last_reserve=119)
    assert len(reserved) == len(plain) + (len(plain[-1].split()) > 1)


def test_left_to_right_text_stays_a_plain_paragraph() -> None:
    styles = make_styles()
    p = paragraph("The ferry sailed on Tuesday.", styles.body)
    assert type(p) is Paragraph
    assert isinstance(paragraph(SENTENCE, styles.body, SANS), ReadingOrderParagraph)


def _lines_of_pdf(story: list[Paragraph]) -> tuple[int, list[str]]:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=(A4[0] / 2, A4[1])).build(story)
    pages = pypdf.PdfReader(out).pages
    text = "\n".join(page.extract_text() or "" for page in pages)
    return len(pages), [line for line in text.splitlines() if line.strip()]


def _reading(line: str) -> list[str]:
    """A drawn line's words right to left (text extraction may or may not reverse letters)."""
    words = [w.strip(".") for w in line.split()][::-1]
    return [w if w in WORDS or not w else w[::-1] for w in words]


def test_a_wrapped_right_to_left_paragraph_starts_on_its_first_line_and_splits_over_pages() -> None:
    styles = make_styles()
    long = " ".join([SENTENCE] * 40)
    pages, lines = _lines_of_pdf([paragraph(long, styles.body)])
    assert pages > 1
    # each line, read right to left, continues the sequence where the line before ended
    words = [w for line in lines for w in _reading(line) if w]
    assert words == (WORDS * 3 * 40)
