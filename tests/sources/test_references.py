"""HTML character references left in plain-text copy (taken from a page's source) are read
as the characters they stand for; markup and bare ampersands are left alone."""

from __future__ import annotations

from briefing.sources import from_text, load_bytes

STORY = (
    "Cold water off Tamsin\n\n"
    "El Ni&ntilde;o has faded and the sea off Tamsin is 0.5&deg;C below normal, the "
    "Harbour Weather Office says.\n\n"
    "&#8220;We have not seen this since 1998,&#8221; says forecaster Ana Lund of Norby R&D."
)


def test_named_and_numeric_references_in_text_become_characters() -> None:
    article = from_text(STORY)
    body = " ".join(article.paragraphs)
    assert "El Niño" in body and "0.5°C" in body
    assert "“We have not seen this since 1998,”" in body


def test_a_bare_ampersand_and_an_unknown_reference_stay_as_written() -> None:
    article = load_bytes(STORY.replace("&deg;", "&degreeish;").encode(), "story.txt")
    body = " ".join(article.paragraphs)
    assert "Norby R&D" in body and "&degreeish;" in body


def test_a_reference_to_a_control_character_is_dropped() -> None:
    article = from_text(STORY.replace("&deg;", "&#7;"))
    assert "\x07" not in " ".join(article.paragraphs)


def test_an_escaped_tag_in_a_web_page_is_not_turned_into_markup() -> None:
    page = (
        "<html><body><article><h1>Tags</h1>"
        + "<p>Writers put &lt;b&gt; around a word to make it bold in a page.</p>" * 12
        + "</article></body></html>"
    )
    article = load_bytes(page.encode(), "page.html")
    assert "<b>" in " ".join(article.paragraphs)
