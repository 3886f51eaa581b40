"""Every loader, every encoding, and every limit gives an article or a clear error."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from briefing.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    NoTextLayerError,
    TooLargeError,
    UnsupportedFormatError,
)
from briefing.sources import from_text, load, load_bytes, load_stream
from briefing.sources.detect import normalise
from briefing.sources.limits import Limits

STORY = (
    "Café owners in Zürich protest new rules\n\n"
    "Owners of cafés in Zürich marched on Tuesday against rules that close terraces at 10 pm.\n\n"
    "“We are not the problem,” said Jürg Müller, who runs a café near the lake."
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_text_keeps_title_and_paragraphs(tmp_path: Path) -> None:
    article = load(_write(tmp_path, "story.txt", STORY.encode("utf-8")))
    assert article.title == "Café owners in Zürich protest new rules"
    assert len(article.paragraphs) == 2 and article.format == "text"


def test_utf8_with_bom(tmp_path: Path) -> None:
    article = load(_write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + STORY.encode("utf-8")))
    assert article.title.startswith("Café")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(tmp_path: Path, encoding: str) -> None:
    article = load(_write(tmp_path, "u16.txt", STORY.encode(encoding)))
    assert article.title == "Café owners in Zürich protest new rules"


def test_cp1252_file(tmp_path: Path) -> None:
    text = STORY.replace("“", '"').replace("”", '"') + " It cost 5 € – a “bargain”."
    article = load(_write(tmp_path, "win.txt", text.encode("cp1252")))
    assert "Zürich" in article.title and "€" in article.text


def test_windows_newlines_and_nfc(tmp_path: Path) -> None:
    decomposed = "Cafe\u0301 news\r\n\r\nA cafe\u0301 opened on Monday in the old town square."
    article = load(_write(tmp_path, "nfd.txt", decomposed.encode("utf-8")))
    assert article.title == "Café news" and "\r" not in article.raw_text


def test_markdown_markup_becomes_plain_text(tmp_path: Path) -> None:
    md = (
        "# Ferry **back** in service\n\n![photo](pier.jpg)\n\n"
        "The [ferry](https://example.org) sailed on *Tuesday* for the first time since 2022.\n"
    )
    article = load(_write(tmp_path, "story.md", md.encode()))
    assert article.title == "Ferry back in service" and article.format == "markdown"
    assert article.paragraphs == ("The ferry sailed on Tuesday for the first time since 2022.",)


HTML = """<!doctype html><html><head><title>Harbour deal signed | Daily Planet</title>
<meta name="author" content="Helen Marsh"><meta property="article:published_time"
content="2024-03-12T10:00:00Z"><style>body { color: red } .secret { }</style>
<script>alert("SCRIPT-LEAK"); document.write("SCRIPT-LEAK")</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> NAV-LEAK</nav>
<article><h1>Harbour deal signed</h1>
<p>The transport ministers of Norland and Estria agreed on Monday to share the cost of
rebuilding Valby harbour, which a storm destroyed two years ago.</p>
<p>"This is a good day for both our peoples," Anna Berg told reporters after the signing in
Tallinn, where the talks had lasted two days.</p>
<p>Fishermen said the agreement came too late for many of them, as several boats have been
sold since the storm closed the port.</p></article>
<footer>Copyright Daily Planet FOOTER-LEAK</footer></body></html>"""


def test_html_main_body_without_script_style_or_nav(tmp_path: Path) -> None:
    article = load(_write(tmp_path, "page.html", HTML.encode()))
    assert article.format == "html" and "Harbour deal signed" in article.title
    assert "Norland and Estria agreed" in article.text
    for leak in ("SCRIPT-LEAK", "NAV-LEAK", "color: red", "alert("):
        assert leak not in article.text
    assert article.published == date(2024, 3, 12)


def test_html_author_field_loses_its_by(tmp_path: Path) -> None:
    """The views write "By" before the byline; a page's "By Helen Marsh" would show it twice."""
    page = HTML.replace('content="Helen Marsh"', 'content="By Helen Marsh"')
    assert load(_write(tmp_path, "page.html", page.encode())).byline == "Helen Marsh"


def test_html_sniffed_without_extension(tmp_path: Path) -> None:
    assert load(_write(tmp_path, "download", HTML.encode())).format == "html"


def _pdf(text_lines: list[str] | None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    if text_lines:
        y = 800
        for line in text_lines:
            c.drawString(60, y, line)
            y -= 30
    else:
        c.rect(100, 100, 300, 300, fill=1)  # a "scan": graphics, no text
    c.save()
    return buffer.getvalue()


def test_pdf_text_layer(tmp_path: Path) -> None:
    data = _pdf(
        ["Harbour deal signed", "", "The ministers agreed on Monday to rebuild the harbour."]
    )
    article = load(_write(tmp_path, "story.pdf", data))
    assert article.format == "pdf" and "ministers agreed on Monday" in article.text


def test_pdf_without_text_layer_is_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(NoTextLayerError, match="no text layer"):
        load(_write(tmp_path, "scan.pdf", _pdf(None)))


def test_docx(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Harbour deal signed", level=0)
    document.add_paragraph("The ministers agreed on Monday to rebuild Valby harbour.")
    document.add_paragraph("Fishermen said the deal came too late.")
    path = tmp_path / "story.docx"
    document.save(str(path))
    article = load(path)
    assert article.format == "docx" and article.title == "Harbour deal signed"
    assert article.paragraphs[-1] == "Fishermen said the deal came too late."


def test_empty_and_whitespace_only(tmp_path: Path) -> None:
    for data in (b"", b"  \n\t\n  "):
        with pytest.raises(EmptyInputError, match="empty"):
            load(_write(tmp_path, "empty.txt", data))


def test_binary_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BinaryInputError, match="binary"):
        load(_write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50))


def test_zip_that_is_not_docx(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError):
        load(_write(tmp_path, "archive.bin", b"PK\x03\x04" + b"\x00" * 100))


def test_too_large(tmp_path: Path) -> None:
    with pytest.raises(TooLargeError, match="limit"):
        load(_write(tmp_path, "big.txt", b"word " * 1000), Limits(max_bytes=1000))
    with pytest.raises(TooLargeError):
        load_bytes(b"word " * 1000, "stdin", Limits(max_bytes=1000))


def test_text_under_an_unknown_suffix_is_read_as_text(tmp_path: Path) -> None:
    assert load(_write(tmp_path, "story.weird", STORY.encode())).format == "text"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="folder"):
        load(tmp_path)


def test_short_cp1252_french_is_not_read_as_central_european(tmp_path: Path) -> None:
    text = "Le maître d'hôtel à Genève a dit non."
    assert load(_write(tmp_path, "fr.txt", text.encode("cp1252"))).title == text


def test_non_breaking_spaces_become_spaces() -> None:
    article = from_text("Talks in Sochi\n\nThe Russian\u00a0Black Sea resort hosted the talks.")
    assert article.paragraphs == ("The Russian Black Sea resort hosted the talks.",)


def test_pasted_text_with_nothing_in_it_is_empty() -> None:
    with pytest.raises(EmptyInputError):
        from_text(" \n\n ")


def test_html_page_without_an_article_body_is_refused(tmp_path: Path) -> None:
    page = b"<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>"
    with pytest.raises(InputError, match="no article text"):
        load(_write(tmp_path, "menu.html", page))


def test_pdf_wrapped_lines_are_joined_into_paragraphs(tmp_path: Path) -> None:
    data = _pdf(
        [
            "Harbour deal signed",
            "The ministers of Norland and Estria agreed on Monday to share the cost of rebuil-",
            "ding Valby harbour, which a storm wrecked in 2022, after two days of talks.",
            "Fishermen said the deal came too late.",
            "1",
        ]
    )
    article = load(_write(tmp_path, "story.pdf", data))
    assert article.title == "Harbour deal signed"  # not reportlab's "untitled" metadata
    assert article.paragraphs == (
        "The ministers of Norland and Estria agreed on Monday to share the cost of rebuilding "
        "Valby harbour, which a storm wrecked in 2022, after two days of talks.",
        "Fishermen said the deal came too late.",
    )


def test_docx_title_style_wins_over_stale_document_properties(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Weekly template"
    document.add_paragraph("Harbour deal signed", style="Title")
    document.add_paragraph("The ministers agreed on Monday to rebuild Valby harbour.")
    document.save(str(tmp_path / "story.docx"))
    article = load(tmp_path / "story.docx")
    assert article.title == "Harbour deal signed"
    assert article.paragraphs == ("The ministers agreed on Monday to rebuild Valby harbour.",)


def test_docx_title_from_document_properties(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Harbour deal signed"
    document.add_paragraph("The ministers agreed on Monday to rebuild Valby harbour.")
    document.save(str(tmp_path / "story.docx"))
    assert load(tmp_path / "story.docx").title == "Harbour deal signed"


def test_stdin_bytes_are_sniffed_by_content() -> None:
    assert load_bytes(HTML.encode(), "-").format == "html"
    assert load_bytes(_pdf(["Harbour deal signed", "The ministers met."]), "-").format == "pdf"


def test_unknown_extension_sniffs_docx(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("The ministers agreed on Monday to rebuild Valby harbour.")
    document.save(str(tmp_path / "story.dat"))
    assert load(tmp_path / "story.dat").format == "docx"


def test_control_characters_without_nul_are_binary(tmp_path: Path) -> None:
    with pytest.raises(BinaryInputError):
        load(_write(tmp_path, "blob.dat", bytes(range(1, 32)) * 40))


def test_size_limit_message_uses_readable_units(tmp_path: Path) -> None:
    with pytest.raises(TooLargeError, match=r"^.*big\.txt: 5 KB is over the 1000 bytes limit"):
        load(_write(tmp_path, "big.txt", b"word " * 1000), Limits(max_bytes=1000))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "secret.txt", STORY.encode())
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        load(path)


def test_markdown_front_matter_author_loses_its_by(tmp_path: Path) -> None:
    md = (
        '---\ntitle: "Ferry back in service"\nauthor: By Helen Marsh\n---\n\n'
        "The ferry sailed on Tuesday for the first time since 2022.\n"
    )
    assert load(_write(tmp_path, "story.md", md.encode())).byline == "Helen Marsh"


def test_markdown_front_matter_gives_title_author_and_date(tmp_path: Path) -> None:
    md = (
        '---\ntitle: "Ferry back in service"\nauthor: Helen Marsh\ndate: 2024-03-12\n---\n\n'
        "The ferry sailed on Tuesday for the first time since 2022.\n"
    )
    article = load(_write(tmp_path, "story.md", md.encode()))
    assert article.title == "Ferry back in service" and article.byline == "Helen Marsh"
    assert article.published == date(2024, 3, 12)
    assert article.paragraphs == ("The ferry sailed on Tuesday for the first time since 2022.",)


def test_hard_wrapped_text_is_joined_into_paragraphs() -> None:
    wrapped = (
        "Ministers meet in Sochi\n\n"
        "The leaders of Turkey and Russia met on Monday in the Black Sea resort of\n"
        "Sochi to discuss the planned offensive on Idlib, the last province held by\n"
        "Syrian rebels, officials said on Monday.\n"
        "President Erdogan said an assault on the province would cost many lives and\n"
        "urged the army to hold back.\n"
    )
    assert from_text(wrapped).paragraphs == (
        "The leaders of Turkey and Russia met on Monday in the Black Sea resort of Sochi to "
        "discuss the planned offensive on Idlib, the last province held by Syrian rebels, "
        "officials said on Monday.",
        "President Erdogan said an assault on the province would cost many lives and urged "
        "the army to hold back.",
    )


def test_a_quotation_left_open_at_a_line_end_runs_on_into_the_next_line() -> None:
    # copy laid out one sentence a line, paragraphs between blank lines
    text = (
        "Levy Row\n\n"
        'Ana Berg grows oats near Valby. She says that "the levy is a blunt tool.\n'
        'It hits the small grower first." She wants a cap.\n\n'
        '"We cannot wait," Berg said.\n'
        '"Nobody can," her neighbour said.\n'
    )
    assert from_text(text).paragraphs == (
        'Ana Berg grows oats near Valby. She says that "the levy is a blunt tool. It hits '
        'the small grower first." She wants a cap.',
        '"We cannot wait," Berg said.',
        '"Nobody can," her neighbour said.',
    )


def test_a_line_whose_first_mark_opens_a_quotation_starts_its_own_paragraph() -> None:
    # quotes run together with a mark at each sentence: the count is odd, the quote closed
    text = (
        "Cup Tie\n\n"
        'Valby coach Jo Park said: "We were poor. "We must do better." She left early.\n'
        '- Arden coach Ana Berg: "We deserved it."\n'
    )
    assert from_text(text).paragraphs == (
        'Valby coach Jo Park said: "We were poor. "We must do better." She left early.',
        '- Arden coach Ana Berg: "We deserved it."',
    )


def test_a_short_lede_opening_in_capitals_is_story_text_not_the_headline() -> None:
    article = from_text(
        "HARBOUR FEES rose again in May.\n\nThe port of Valby raised its berth charges by a "
        "tenth, the third rise this year.\n"
    )
    assert article.paragraphs[0] == "HARBOUR FEES rose again in May."


def test_header_lines_of_a_paste_are_not_joined() -> None:
    article = from_text(
        "Ministers agree a harbour deal after two days of talks\n"
        "Norland and Estria end a year of wrangling over who pays for the port\n"
        "3 min read\n12 March, 2024\nBy Helen Marsh\n\nThe ministers met on Monday."
    )
    assert article.title == "Ministers agree a harbour deal after two days of talks"
    assert (
        article.standfirst
        == "Norland and Estria end a year of wrangling over who pays for the port"
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100),
        ("story.rtf", b"{\\rtf1\\ansi The ministers met on Monday.}"),
    ],
)
def test_office_formats_we_cannot_read_say_what_to_do(
    tmp_path: Path, name: str, data: bytes
) -> None:
    with pytest.raises(UnsupportedFormatError, match="save it as DOCX or PDF"):
        load(_write(tmp_path, name, data))


def test_html_named_file_without_tags_is_read_as_text(tmp_path: Path) -> None:
    assert load(_write(tmp_path, "story.html", STORY.encode())).format == "text"


def test_html_fragment_without_html_tag_is_sniffed(tmp_path: Path) -> None:
    fragment = HTML[HTML.index("<article>") : HTML.index("</article>") + 10]
    assert load(_write(tmp_path, "clip", fragment.encode())).format == "html"


def test_invisible_characters_are_removed_from_the_analysis_text() -> None:
    article = from_text("Harbour news\n\nThe harbour\u00admaster\u200b met the\u202fministers.")
    assert article.paragraphs == ("The harbourmaster met the ministers.",)


def test_a_stream_that_reports_no_size_is_still_limited() -> None:
    endless = io.BufferedReader(_Endless())
    with pytest.raises(TooLargeError, match="limit"):
        load_stream(endless, "-", Limits(max_bytes=100_000))
    assert endless.raw.given <= 200_000


class _Endless(io.RawIOBase):
    """A stream that never ends, like a terminal left open or `yes | briefing brief -`."""

    given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        buffer[:] = b"y" * len(buffer)
        self.given += len(buffer)
        return len(buffer)


def test_utf8_read_as_windows_1252_is_put_back() -> None:
    text = "Jo Lund said: â€œThe port of VallÃ©e is open.â€\x9d It canâ€™t, she said."
    assert normalise(text) == "Jo Lund said: “The port of Vallée is open.” It can’t, she said."


def test_text_that_only_looks_double_encoded_stays_as_written() -> None:
    text = "Ein „Fuß“ und ein “CAFÉ” in Valby."
    assert normalise(text) == text
