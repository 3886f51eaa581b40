"""Every loader, every encoding, and every limit gives an article or a clear error."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from briefing.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    NoTextLayerError,
    TooLargeError,
    UnsupportedFormatError,
)
from briefing.sources import load, load_bytes

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


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
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
        load(_write(tmp_path, "big.txt", b"word " * 1000), max_bytes=1000)
    with pytest.raises(TooLargeError):
        load_bytes(b"word " * 1000, "stdin", max_bytes=1000)


def test_unknown_extension_with_text_is_read(tmp_path: Path) -> None:
    assert load(_write(tmp_path, "story.weird", STORY.encode())).format == "text"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="folder"):
        load(tmp_path)
