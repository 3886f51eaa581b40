"""The PDF briefing, read back with pypdf: content, fonts, escaping, metadata, determinism."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace

import pypdf
import pytest

from briefing import __version__
from briefing.errors import ExportError
from briefing.export.pdf import build_pdf_bytes
from briefing.model import Article, Briefing, Doc, FactSheet, Length, Options, Summary
from tests.export.pdf_briefings import (
    CREATED,
    HARBOUR_PARAGRAPHS,
    MARKUP,
    MULTILINGUAL,
    empty_facts_briefing,
    harbour_briefing,
    markup_briefing,
    multilingual_briefing,
)


def _read(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def _text(data: bytes) -> str:
    """All page text with whitespace collapsed, so wrapped lines compare as written."""
    return " ".join(" ".join(p.extract_text() or "" for p in _read(data).pages).split())


@pytest.fixture(scope="module")
def harbour_pdf() -> bytes:
    return build_pdf_bytes(harbour_briefing(), created=CREATED, appendix=True)


def test_with_the_appendix_the_briefing_has_brief_facts_and_article_pages(
    harbour_pdf: bytes,
) -> None:
    assert len(_read(harbour_pdf).pages) == 4


def test_by_default_a_short_article_gets_a_one_page_brief() -> None:
    reader = _read(build_pdf_bytes(harbour_briefing(), created=CREATED))
    assert len(reader.pages) == 1
    text = " ".join((reader.pages[0].extract_text() or "").split())
    assert "Summary" in text and "Key actors" in text
    assert "Quotes" in text and "Dates" in text and "Appendix" not in text


def test_a_long_article_gets_the_appendix_by_default() -> None:
    b = harbour_briefing()
    long = replace(b, article=replace(b.article, paragraphs=b.article.paragraphs * 12))
    assert long.article.word_count > 1500
    assert "Appendix" in _text(build_pdf_bytes(long, created=CREATED))
    assert "Appendix" not in _text(build_pdf_bytes(long, created=CREATED, appendix=False))


def test_first_page_names_title_source_author_date_and_scope(harbour_pdf: bytes) -> None:
    first = " ".join((_read(harbour_pdf).pages[0].extract_text() or "").split())
    assert "Harbour talks resume in Valby after a week of strikes" in first
    assert "harbour-talks.txt" in first and "/home/reader" not in first
    assert "By Karin Holm" in first and "published 17 September 2018" in first
    assert "Briefing made on 6 May 2024" in first
    assert "Extractive summary and fact sheet, 156 words, 13 sentences" in first


def test_every_summary_sentence_appears(harbour_pdf: bytes) -> None:
    text = _text(harbour_pdf)
    for sentence in harbour_briefing().summary.sentences:
        assert " ".join(sentence.text.split()) in text


def test_every_quote_and_speaker_appears(harbour_pdf: bytes) -> None:
    text = _text(harbour_pdf)
    for quote in harbour_briefing().facts.quotes:
        assert quote.text.rstrip(" ,") in text
        assert quote.attribution in text


def test_the_first_page_gives_a_described_source_not_unattributed() -> None:
    b = harbour_briefing()
    described = replace(b.facts.quotes[2], description="a union steward", how="description")
    quotes = (*b.facts.quotes[:2], described)
    pdf = build_pdf_bytes(replace(b, facts=replace(b.facts, quotes=quotes)), created=CREATED)
    first = " ".join((_read(pdf).pages[0].extract_text() or "").split())
    assert "a union steward (unnamed)" in first and "unattributed" not in first


def test_timeline_gives_dates_in_words(harbour_pdf: bytes) -> None:
    text = _text(harbour_pdf)
    assert "Monday 17 September 2018" in text
    assert "week 38 of 2018" in text
    assert "the 1990s" in text


def test_dateline_date_is_on_the_timeline_without_a_sentence(harbour_pdf: bytes) -> None:
    assert "17 September, 2018 Dateline" in _text(harbour_pdf)


def test_later_pages_carry_header_and_page_x_of_y(harbour_pdf: bytes) -> None:
    pages = [p.extract_text() or "" for p in _read(harbour_pdf).pages]
    assert all(f"page {n} of 4" in page for n, page in enumerate(pages, 1))
    assert "Harbour talks resume in Valby after a week of strikes" in pages[3]


def test_metadata_names_title_author_subject_keywords_and_creator(harbour_pdf: bytes) -> None:
    meta = _read(harbour_pdf).metadata
    assert meta is not None
    assert meta.title == "Harbour talks resume in Valby after a week of strikes"
    assert meta.author == "Karin Holm"
    assert "harbour-talks.txt" in (meta.subject or "")
    assert meta["/Keywords"].startswith("Anna Berg, Valby")
    assert meta.creator == f"Article Briefing {__version__}"


def test_same_input_and_created_date_give_identical_bytes(harbour_pdf: bytes) -> None:
    assert build_pdf_bytes(harbour_briefing(), created=CREATED, appendix=True) == harbour_pdf


def test_letter_page_size_is_letter() -> None:
    data = build_pdf_bytes(harbour_briefing(), page_size="Letter", created=CREATED)
    box = _read(data).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_a4_is_the_default_page_size(harbour_pdf: bytes) -> None:
    box = _read(harbour_pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_briefing_without_facts_skips_tables_and_charts() -> None:
    text = _text(build_pdf_bytes(empty_facts_briefing(), created=CREATED, appendix=True))
    for absent in ("At a glance", "Most mentioned", "Actors", "Quotes", "Timeline", "Places"):
        assert absent not in text
    assert "Appendix" in text


def test_briefing_without_summary_says_so() -> None:
    b = harbour_briefing()
    b = replace(b, summary=replace(b.summary, sentences=()))
    assert "too short to summarise" in _text(build_pdf_bytes(b, created=CREATED))


def test_every_character_of_a_multilingual_sample_reaches_the_pdf_text() -> None:
    # Arabic is drawn in its joined presentation forms, which NFKC maps back to letters.
    text = unicodedata.normalize(
        "NFKC", _text(build_pdf_bytes(multilingual_briefing(), created=CREATED))
    )
    missing = {c for line in MULTILINGUAL for c in line if not c.isspace() and c not in text}
    assert not missing


def test_multilingual_fonts_are_embedded() -> None:
    reader = _read(build_pdf_bytes(multilingual_briefing(), created=CREATED))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described["/FontDescriptor"].get_object()
            if "/FontFile2" in descriptor:  # an embedded TrueType program
                fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert fonts >= {"DejaVuSerif", "DejaVuSans", "DroidSansFallback"}


def test_only_the_two_typefaces_are_used(harbour_pdf: bytes) -> None:
    fonts = {
        str(f.get_object()["/BaseFont"]).split("+")[-1].split("-")[0]
        for page in _read(harbour_pdf).pages
        for f in page["/Resources"]["/Font"].values()
    }
    assert fonts == {"DejaVuSerif", "DejaVuSans"}


def test_markup_in_the_article_appears_literally() -> None:
    text = _text(build_pdf_bytes(markup_briefing(), created=CREATED, appendix=True))
    literal = " ".join(MARKUP.split())
    assert f"Title {literal}" in text
    assert f"Body {literal}" in text
    assert text.count(literal) >= 6  # title, summary, appendix, actor, place, quote…


def test_markup_in_the_article_loads_nothing() -> None:
    reader = _read(build_pdf_bytes(markup_briefing(), created=CREATED, appendix=True))
    for page in reader.pages:
        assert "/Annots" not in page
        assert "/XObject" not in page["/Resources"]
        fonts = {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
        assert not any("Courier" in f for f in fonts)


def test_unknown_page_size_is_a_plain_export_error() -> None:
    with pytest.raises(ExportError, match="page size"):
        build_pdf_bytes(harbour_briefing(), page_size="A3")


def test_long_table_runs_over_pages_repeating_its_header() -> None:
    b = harbour_briefing()
    quotes = tuple(
        replace(
            b.facts.quotes[0], text=f"Statement number {n} about the harbour", speaker="Anna Berg"
        )
        for n in range(150)
    )
    data = build_pdf_bytes(
        replace(b, facts=replace(b.facts, quotes=quotes)), created=CREATED, appendix=True
    )
    pages = [" ".join((p.extract_text() or "").split()) for p in _read(data).pages]
    with_header = [p for p in pages if "Quote Speaker Found by" in p]
    assert len(with_header) >= 3
    text = " ".join(pages)
    assert all(f"Statement number {n} about the harbour" in text for n in range(150))


def test_cover_counts_what_is_inside(harbour_pdf: bytes) -> None:
    first = " ".join((_read(harbour_pdf).pages[0].extract_text() or "").split())
    assert "Inside: 5 actors · 4 places · 3 quotes · 5 dates" in first


def test_markup_in_the_title_reaches_the_metadata_literally() -> None:
    meta = _read(build_pdf_bytes(markup_briefing(), created=CREATED)).metadata
    assert meta is not None
    assert meta.title == " ".join(f"Title {MARKUP}".split())


def test_empty_article_still_builds_with_a_placeholder_title() -> None:
    empty = Briefing(
        Article("", ()), Doc("", ()), Summary("auto", Length()), FactSheet(), Options()
    )
    meta = _read(build_pdf_bytes(empty, created=CREATED)).metadata
    assert meta is not None and meta.title == "Untitled article"


def test_our_500_word_sample_fits_a_one_page_brief_and_the_appendix_adds_pages() -> None:
    from pathlib import Path

    from briefing.pipeline import analyze
    from briefing.sources import load

    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "harbour-talks.txt"
    briefing = analyze(load(sample))
    assert 400 <= briefing.article.word_count <= 600
    assert len(_read(build_pdf_bytes(briefing, created=CREATED)).pages) == 1
    full = _read(build_pdf_bytes(briefing, created=CREATED, appendix=True))
    assert len(full.pages) >= 3
    assert "The article as analysed" in " ".join(p.extract_text() or "" for p in full.pages)


def test_a_paragraph_of_many_pages_is_set_whole_in_the_appendix() -> None:
    words = [f"word{n}" for n in range(6_000)]
    long_paragraph = "The harbour reopened. " + " ".join(words) + " and the last word."
    b = harbour_briefing((*harbour_briefing().article.paragraphs, long_paragraph))
    text = _text(build_pdf_bytes(b, created=CREATED, appendix=True))
    appendix = text[text.index("The article as analysed") :]
    assert "word0 word1" in appendix and "word5999 and the last word." in appendix
    assert appendix.count("¶ 8") == 1  # one bullet, however many pieces the layout used


def test_a_run_of_200_kb_without_spaces_reaches_the_appendix() -> None:
    run = "Harbourmaster" * 16_000
    b = harbour_briefing((*harbour_briefing().article.paragraphs, f"{run} said so."))
    data = build_pdf_bytes(b, created=CREATED, appendix=True)
    text = _text(data).replace(" ", "")
    # page furniture may interrupt at most one copy on each page break
    assert text.count("Harbourmaster") >= 16_000 - len(_read(data).pages)
    assert "Harbourmastersaidso." in text


def test_a_state_actor_is_listed_with_its_kind() -> None:
    from briefing.model import Actor

    briefing = harbour_briefing()
    state = Actor("Norway", "state", mentions=2, place="Norway")
    facts = replace(briefing.facts, actors=(*briefing.facts.actors, state))
    text = _text(build_pdf_bytes(replace(briefing, facts=facts), created=CREATED, appendix=True))
    assert "Norway state" in text


def test_symbols_no_font_has_reach_the_pdf_text_by_name() -> None:
    b = harbour_briefing((*HARBOUR_PARAGRAPHS, "Fans ⚽ and ships 🚢 filled the harbour."))
    text = _text(build_pdf_bytes(b, created=CREATED, appendix=True))
    assert "[soccer ball]" in text and "[ship]" in text
    assert "\x00" not in text and "⚽" not in text


def test_right_to_left_text_is_drawn_in_visual_order() -> None:
    b = harbour_briefing((*HARBOUR_PARAGRAPHS, "Talks in שלום עולם and مرحبا ended."))
    text = _text(build_pdf_bytes(b, created=CREATED, appendix=True))
    line = " ".join(text.split())
    # pypdf reads each right-to-left word back in logical order, the words as drawn: the
    # Hebrew phrase's first word on the right, Arabic in its joined forms (initial meem).
    assert "Talks in עולם שלום and \ufee3\ufeae\ufea3\ufe92\ufe8e ended." in line


def _undated(b: Briefing) -> Briefing:
    """The harbour story with a yearless dateline, a weekday nothing can place, and no
    publication date anywhere."""
    from briefing.model import DateMention

    dates = (
        DateMention("March 4", "XXXX-03-04", None, None, None),
        DateMention("on Tuesday", None, None, None, None),
    )
    return replace(
        b,
        article=replace(b.article, published=None),
        options=replace(b.options, published=None),
        facts=replace(b.facts, dates=dates),
    )


def test_the_brief_lists_a_date_without_a_year_and_names_what_it_could_not_place() -> None:
    text = _text(build_pdf_bytes(_undated(harbour_briefing()), created=CREATED))
    assert "4 March (year not known)" in text
    assert "Not placed, as the article gives no publication date: “on Tuesday”." in text


def test_the_fact_tables_keep_dates_without_a_year_in_their_own_table() -> None:
    data = build_pdf_bytes(_undated(harbour_briefing()), created=CREATED, appendix=True)
    text = _text(data)
    assert "Dates without a year" in text and "Timeline" not in text
    assert "Inside: 5 actors · 4 places · 3 quotes · 1 date" in text
