"""The dossier's JSON, Markdown and PDF; the PDF read back with pypdf."""

from __future__ import annotations

import io
import json
from datetime import datetime

import pypdf
import pytest

from briefing.dossier import build_dossier
from briefing.errors import ExportError
from briefing.export.dossier.json import to_json
from briefing.export.dossier.markdown import to_markdown
from briefing.export.dossier.pdf import build_dossier_pdf_bytes, write_dossier_pdf
from tests.dossier.test_dossier import DOUBT, PLAN, VOTE

CREATED = datetime(2025, 2, 1, 9, 0)


@pytest.fixture(scope="module")
def dossier():
    return build_dossier([PLAN, DOUBT, VOTE])


@pytest.fixture(scope="module")
def pdf_text(dossier) -> str:
    reader = pypdf.PdfReader(io.BytesIO(build_dossier_pdf_bytes(dossier, created=CREATED)))
    return " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())


def test_json_has_the_schema_and_every_section(dossier) -> None:
    data = json.loads(to_json(dossier))
    assert data["schema"] == "dossier/1"
    assert list(data) == ["schema", "story", "articles", "actors", "places", "timeline", "quotes"]
    ana = next(a for a in data["actors"] if a["name"] == "Ana Berg")
    assert [x["article"] for x in ana["appearances"]] == [
        data["articles"][0]["id"],
        data["articles"][2]["id"],
    ]
    assert data["timeline"][0]["value"] == "2024-03-04"


def test_markdown_lists_people_timeline_quotes_and_articles(dossier) -> None:
    md = to_markdown(dossier)
    for heading in ("## The story", "## People and organisations", "## Timeline", "## Places"):
        assert heading in md
    assert "### Piet Berg" in md


def test_pdf_has_cover_story_sections_and_every_article(pdf_text: str) -> None:
    assert "DOSSIER BRIEFING" in pdf_text
    assert "Dossier: 3 articles, 4 March 2024 to 2 April 2024" in pdf_text
    for section in ("The story", "People and organisations", "Timeline across the articles"):
        assert section in pdf_text
    for section in ("Quotes by speaker", "Places", "The articles"):
        assert section in pdf_text
    for title in ("1. Plan", "2. Doubt", "3. Vote"):
        assert title in pdf_text


def test_pdf_shows_roles_over_time_and_quotes_under_their_speaker(pdf_text: str) -> None:
    assert "Transport minister (Mar 2024), Minister (Apr 2024)" in pdf_text
    assert pdf_text.index("Ana Berg Quote") < pdf_text.index("The old crossing is tired")


def test_pdf_is_reproducible_with_a_fixed_date(dossier) -> None:
    assert build_dossier_pdf_bytes(dossier, created=CREATED) == build_dossier_pdf_bytes(
        dossier, created=CREATED
    )


def test_pdf_escapes_markup_in_article_text() -> None:
    from tests.dossier.briefings import briefing

    hostile = briefing("<b>Bold</b> & <i>", None, ["A <font> tag & an ampersand here."])
    data = build_dossier_pdf_bytes(build_dossier([hostile]), created=CREATED)
    text = pypdf.PdfReader(io.BytesIO(data)).pages[-1].extract_text()
    assert "<b>Bold</b> & <i>" in text


def test_write_refuses_to_replace_an_existing_file(dossier, tmp_path) -> None:
    target = tmp_path / "dossier.pdf"
    target.write_bytes(b"mine")
    with pytest.raises(ExportError):
        write_dossier_pdf(dossier, target, created=CREATED)
    assert target.read_bytes() == b"mine"
    write_dossier_pdf(dossier, target, created=CREATED, overwrite=True)
    assert target.read_bytes().startswith(b"%PDF")


def test_pdf_cuts_names_and_quotes_longer_than_a_page_instead_of_failing() -> None:
    from datetime import date

    from tests.dossier.briefings import briefing, city, person

    huge = "Quaymaster" * 2_000  # 20,000 characters, no space to wrap at
    words = "word " * 2_000
    sentences = [f"Minister {huge} opened a quay in Dunmere.", f'"{words}" {huge} said.']
    b = briefing(
        huge,
        date(2024, 3, 4),
        sentences,
        actors=[person(huge, huge)],
        places=[city(huge)],
        quotes=[(1, words, huge)],
        summary=[0, 1],
    )
    data = build_dossier_pdf_bytes(build_dossier([b]), created=CREATED)
    text = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "… (cut)" in text
    assert "word…” (cut)" in text
    assert text.count("Quaymaster") < 2_000  # of some 16,000 in the texts
