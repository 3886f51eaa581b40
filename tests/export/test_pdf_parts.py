"""The pieces of the PDF: escaping with font fallback, and charts skipped when empty."""

from __future__ import annotations

import unicodedata

from briefing.export.pdf.charts import mentions_chart, timeline_strip
from briefing.export.pdf.fonts import CJK, SANS, SERIF, font_for, markup, visual_order
from briefing.model import Actor, DateMention, Place


def test_markup_escapes_tags_and_entities() -> None:
    assert markup('<b>x</b> & <img src="y"/>') == '&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src="y"/&gt;'


def test_markup_leaves_covered_scripts_in_the_main_font() -> None:
    text = "Çağrı İstanbul øœ Ερντογάν Путин"
    assert markup(text, SERIF) == text


def test_markup_wraps_cjk_runs_in_the_fallback_font() -> None:
    assert markup("Xi 習近平 said", SERIF) == f'Xi <font name="{CJK}">習近平</font> said'


def test_markup_wraps_arabic_in_sans_when_serif_lacks_it() -> None:
    assert markup("مرحبا", SERIF) == f'<font name="{SANS}">{visual_order("مرحبا")}</font>'


def test_arabic_is_joined_and_put_right_to_left() -> None:
    drawn = visual_order("مرحبا")
    assert drawn == "\ufe8e\ufe92\ufea3\ufeae\ufee3"  # final alif first ... initial meem last
    assert unicodedata.normalize("NFKC", drawn)[::-1] == "مرحبا"


def test_a_hebrew_run_is_reversed_inside_an_english_line() -> None:
    assert visual_order("Talks in שלום עולם ended.") == "Talks in םלוע םולש ended."


def test_text_without_right_to_left_letters_is_unchanged() -> None:
    assert visual_order("Çağrı Путин 習近平") == "Çağrı Путин 習近平"


def test_markup_escapes_inside_fallback_runs() -> None:
    assert (
        markup("北<京>", SERIF)
        == f'<font name="{CJK}">北</font>&lt;<font name="{CJK}">京</font>&gt;'
    )


def test_chart_label_font_falls_back_for_cjk() -> None:
    assert font_for("Путин") == SANS
    assert font_for("習近平") == CJK


def test_no_mentions_means_no_bar_chart() -> None:
    assert mentions_chart((Actor("A", "person", mentions=0),), (), 400) is None


def test_bar_chart_has_one_bar_per_mentioned_name() -> None:
    actors = (Actor("A", "person", mentions=3),)
    places = (Place("P", "city", mentions=1), Place("Q", "city", mentions=0))
    drawing = mentions_chart(actors, places, 400)
    assert drawing is not None
    assert drawing.contents[0].data == [[1, 3]]


def test_one_moment_means_no_timeline_strip() -> None:
    dates = (DateMention("Monday", "2018-09-17", 0, 0, 6), DateMention("then", None, 0, 7, 11))
    assert timeline_strip(dates, 400) is None


def test_two_moments_make_a_timeline_strip() -> None:
    dates = (DateMention("Monday", "2018-09-17", 0, 0, 6), DateMention("1990s", "199X", 0, 7, 12))
    assert timeline_strip(dates, 400) is not None


def test_clip_to_width_fits_and_marks_the_cut() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from briefing.export.pdf.fonts import clip_to_width, register_fonts

    register_fonts()
    clipped = clip_to_width("Harbour Workers Union of Valby and Ostport", SANS, 7.5, 60)
    assert clipped.endswith("…") and stringWidth(clipped, SANS, 7.5) <= 60
    assert "Harbour Workers Union".startswith(clipped[:-1])
    assert clip_to_width("Valby", SANS, 7.5, 60) == "Valby"


def test_clipping_a_long_name_measures_it_a_logarithmic_number_of_times(monkeypatch) -> None:
    from reportlab.pdfbase import pdfmetrics

    from briefing.export.pdf.fonts import clip_to_width, register_fonts

    register_fonts()
    measured: list[int] = []
    real = pdfmetrics.stringWidth

    def counting(text: str, font: str, size: float) -> float:
        measured.append(len(text))
        return float(real(text, font, size))

    monkeypatch.setattr(pdfmetrics, "stringWidth", counting)
    clip_to_width("x" * 200_000, SANS, 7.5, 120)
    assert len(measured) <= 20 and sum(measured) <= 2 * 200_000 + 1000


def test_a_symbol_no_font_has_is_named_instead_of_an_empty_box() -> None:
    assert markup("Fans ⚽ cheered", SERIF) == "Fans [soccer ball] cheered"


def test_emoji_modifiers_are_dropped_and_covered_emoji_use_the_sans_font() -> None:
    assert markup("Call ☎\ufe0f now", SANS) == "Call ☎ now"
    assert markup("Ahoy 😀", SERIF) == f'Ahoy <font name="{SANS}">😀</font>'


def test_chart_labels_name_symbols_no_font_has() -> None:
    from briefing.export.pdf.fonts import clip_to_width

    assert clip_to_width("Team ⚽ United", SANS, 8, 500) == "Team [soccer ball] United"


def _mention(text: str, value: str, start: int) -> DateMention:
    return DateMention(text, value, 0, start, start + len(text))


def test_first_page_dates_keep_the_storys_own_and_never_repeat_a_form() -> None:
    from datetime import date

    from briefing.export.pdf.brief import _dates

    timeline = (  # timeline order: by value
        _mention("1931", "1931", 90),
        _mention("2009", "2009", 80),
        _mention("last May", "2025-05", 60),
        _mention("Tuesday", "2026-03-10", 10),
        _mention("Tuesday", "2026-03-10", 40),
        _mention("10 March", "2026-03-10", 70),
        _mention("next week", "2026-W12", 20),
    )
    lines = _dates(timeline, date(2026, 3, 12), 3)
    assert lines[:3] == [
        "<b>May 2025</b> — last May",
        "<b>Tuesday 10 March 2026</b> — Tuesday, 10 March",
        "<b>week 12 of 2026</b> — next week",
    ]
    assert "2 more dates" in lines[3]
    assert _dates(timeline[:1], None, 3) == ["<b>1931</b>"]


def test_cut_keeps_a_short_text_and_only_collapses_its_spaces() -> None:
    from briefing.export.pdf.story import cut

    assert cut("The  ferry\nto Dunmere", 300) == "The ferry to Dunmere"


def test_cut_ends_a_long_text_at_a_word_with_a_visible_mark() -> None:
    from briefing.export.pdf.story import CUT_MARK, cut

    text = "Kessel Point harbour board " * 40
    shown = cut(text, 100)
    assert len(shown) <= 100
    assert shown.endswith(CUT_MARK)
    assert shown.removesuffix(CUT_MARK).split()[-1] in {"Kessel", "Point", "harbour", "board"}


def test_cut_breaks_a_run_without_spaces_at_the_limit() -> None:
    from briefing.export.pdf.story import CUT_MARK, cut

    shown = cut("Quaymaster" * 1000, 300)
    assert len(shown) == 300
    assert shown.endswith(CUT_MARK)
