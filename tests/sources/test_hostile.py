"""Hostile and unusual inputs: special files, decompression bombs, endless text, damaged
encodings. Each is refused with one plain message, or read as well as it can be; limits are
passed small so that every case is built in memory in a moment."""

from __future__ import annotations

import io
import os
import socket
import threading
import zipfile
import zlib
from pathlib import Path

import pytest

from briefing.errors import InputError, TooLargeError, TooLongError, UnsupportedFormatError
from briefing.sources import from_text, load, load_bytes
from briefing.sources.limits import MB, Limits

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and sockets")

PARAGRAPH = (
    "Ministers from Norland and Estmark met in Valby on Monday to end the harbour dispute. "
    "The talks lasted six hours, and both sides said a second round would follow."
)


def _load_within(path: Path, seconds: float = 20) -> BaseException | None:
    """load(path) in a thread; a load that blocks fails the test instead of hanging it."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            load(path)
            outcome.append(None)
        except BaseException as err:  # noqa: BLE001 - handed to the test
            outcome.append(err)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():  # blocked on the FIFO: give it a writer so the thread can end
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail(f"loading {path.name} blocked")
    return outcome[0]


# --- special files --------------------------------------------------------------------------


@posix_only
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    err = _load_within(fifo)
    assert isinstance(err, UnsupportedFormatError) and "not a regular file" in str(err)


@posix_only
def test_a_symlink_to_a_fifo_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "article.txt").symlink_to(tmp_path / "pipe")
    assert isinstance(_load_within(tmp_path / "article.txt"), UnsupportedFormatError)


@posix_only
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    if len(str(path)) > 100:
        pytest.skip("temporary folder path too long for a socket")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert isinstance(_load_within(path), UnsupportedFormatError)


# --- decompression bombs ----------------------------------------------------------------------


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Harbour talks resume", style="Title")
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx_with_body(body: str) -> bytes:
    """A DOCX whose second paragraph's text is replaced by `body` (compressed, so a few KB
    on disk can unpack to megabytes)."""
    original = zipfile.ZipFile(io.BytesIO(_docx("PLACEHOLDER")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"PLACEHOLDER", body.encode())
            bomb.writestr(info.filename, data)
    return out.getvalue()


def test_docx_unpacking_past_the_limit_is_refused(tmp_path: Path) -> None:
    data = _docx_with_body("a" * (2 * MB))
    assert len(data) < 100_000
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)
    with pytest.raises(TooLargeError, match=r"bomb\.docx: the DOCX file unpacks to over 1 MB"):
        load(path, Limits(max_inflated=1 * MB))


def test_docx_of_many_short_paragraphs_past_the_limit_is_refused() -> None:
    body = "a</w:t></w:r></w:p><w:p><w:r><w:t>" * 60_000
    with pytest.raises(TooLargeError, match="unpacks"):
        load_bytes(_docx_with_body(body), "many.docx", Limits(max_inflated=1 * MB))


def test_docx_of_too_many_paragraphs_is_refused_before_reading() -> None:
    from briefing.sources.docx import MAX_PARAGRAPHS

    body = "a</w:t></w:r></w:p><w:p><w:r><w:t>" * MAX_PARAGRAPHS
    with pytest.raises(TooLargeError, match="paragraphs"):
        load_bytes(_docx_with_body(body), "many.docx")


def test_docx_cut_to_its_first_words() -> None:
    body = f"{PARAGRAPH}</w:t></w:r></w:p><w:p><w:r><w:t>" * 200
    article = load_bytes(_docx_with_body(body), "long.docx", Limits(max_words=50, cut_words=True))
    assert article.word_count == 50


def test_docx_within_the_limits_is_read() -> None:
    article = load_bytes(_docx(PARAGRAPH), "ok.docx", Limits(max_inflated=1 * MB))
    assert article.title == "Harbour talks resume"


def _docx_with_entities(body: str, declarations: str) -> bytes:
    """A DOCX whose document.xml declares `declarations` in its own DTD (Word never writes
    one; a generated or hostile file may)."""
    data = _docx_with_body(body)
    original = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as changed:
        for info in original.infolist():
            part = original.read(info)
            if info.filename == "word/document.xml":
                end = part.index(b"?>") + 2
                dtd = f"<!DOCTYPE w:document [{declarations}]>".encode()
                part = part[:end] + dtd + part[end:]
            changed.writestr(info.filename, part)
    return out.getvalue()


def test_docx_entity_keeps_the_rest_of_its_paragraph() -> None:
    data = _docx_with_entities(
        "Ferries returned to &harbour; on Monday after the strike.",
        '<!ENTITY harbour "the harbour of Valby">',
    )
    article = load_bytes(data, "entity.docx")
    assert article.paragraphs == (
        "Ferries returned to the harbour of Valby on Monday after the strike.",
    )


def test_docx_external_and_nested_entities_are_never_expanded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    data = _docx_with_entities(
        "Ferries &ext; returned &lol; on Monday.",
        f'<!ENTITY ext SYSTEM "{secret.as_uri()}"><!ENTITY a "ha"><!ENTITY lol "&a;&a;&a;">',
    )
    article = load_bytes(data, "entity.docx")
    assert article.paragraphs == ("Ferries returned on Monday.",)
    assert "SECRET" not in article.raw_text and "haha" not in article.raw_text


def test_docx_entities_expanding_past_the_limit_are_refused() -> None:
    data = _docx_with_entities("&big;" * 2000, f'<!ENTITY big "{"x" * 1000}">')
    with pytest.raises(InputError, match="bomb.docx"):
        load_bytes(data, "bomb.docx", Limits(max_inflated=1 * MB))


def test_docx_over_the_word_limit_is_refused() -> None:
    with pytest.raises(TooLongError, match="over the 10-word limit"):
        load_bytes(_docx(PARAGRAPH), "long.docx", Limits(max_words=10))


def _pdf(*contents: bytes) -> bytes:
    """A PDF with one page for each of `contents`, its content stream Flate-compressed."""
    pages = len(contents)
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
    ]
    font = 3 + 2 * pages
    for i, content in enumerate(contents):
        stream = zlib.compress(content, 9)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * i, font)
        )
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream"
        )
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _text_content(text: str) -> bytes:
    return b"BT /F1 12 Tf 72 700 Td (" + text.encode("latin-1") + b") Tj ET\n"


def test_pdf_stream_unpacking_past_the_limit_is_refused() -> None:
    data = _pdf(_text_content(PARAGRAPH) + b" " * (2 * MB))
    assert len(data) < 100_000
    with pytest.raises(TooLargeError, match="the PDF's pages unpack to over 1 MB"):
        load_bytes(data, "bomb.pdf", Limits(max_inflated=1 * MB))


def test_pdf_pages_unpacking_past_the_limit_together_are_refused() -> None:
    page = _text_content(PARAGRAPH) + b" " * (MB // 3)
    data = _pdf(*[page] * 4)
    assert len(load_bytes(data, "ok.pdf", Limits(max_inflated=2 * MB)).paragraphs) > 0
    with pytest.raises(TooLargeError, match="unpack to over 1 MB"):
        load_bytes(data, "bomb.pdf", Limits(max_inflated=1 * MB))


def test_pdf_of_too_many_pages_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.sources.pdf

    monkeypatch.setattr(briefing.sources.pdf, "MAX_PAGES", 2)
    with pytest.raises(TooLargeError, match="3 pages, over the 2 limit"):
        load_bytes(_pdf(*[_text_content(PARAGRAPH)] * 3), "book.pdf")


def test_pdf_within_the_limits_is_read() -> None:
    article = load_bytes(_pdf(_text_content(PARAGRAPH)), "ok.pdf", Limits(max_inflated=MB))
    assert "Valby" in article.text


def test_pdf_over_the_word_limit_is_refused() -> None:
    with pytest.raises(TooLongError, match="10-word limit"):
        load_bytes(_pdf(_text_content(PARAGRAPH)), "long.pdf", Limits(max_words=10))


# --- words ------------------------------------------------------------------------------------


def _long_text(paragraphs: int) -> str:
    return "Harbour talks resume\n\n" + "\n\n".join([PARAGRAPH] * paragraphs)


def test_text_over_the_word_limit_is_refused_with_the_count() -> None:
    text = _long_text(3)
    words = 3 * len(PARAGRAPH.split())
    with pytest.raises(TooLongError, match=rf"^x\.txt: {words} words is over the 50-word limit"):
        load_bytes(text.encode(), "x.txt", Limits(max_words=50))


def test_text_far_over_the_limit_is_refused_before_parsing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import briefing.sources.text

    def never(text: str) -> object:
        raise AssertionError("parsed although far over the limit")

    monkeypatch.setattr(briefing.sources.text, "parse_text", never)
    with pytest.raises(TooLongError):
        load_bytes(_long_text(1000).encode(), "x.txt", Limits(max_words=100))


def test_cut_words_analyses_the_first_words() -> None:
    article = from_text(_long_text(50), limits=Limits(max_words=40, cut_words=True))
    assert article.word_count == 40
    assert article.paragraphs[0] == PARAGRAPH
    assert PARAGRAPH.startswith(article.paragraphs[1])


def test_html_over_the_word_limit_is_refused_or_cut() -> None:
    page = (
        "<html><head><title>Harbour talks resume</title></head><body><article>"
        + "".join(f"<p>{n}. {PARAGRAPH}</p>" for n in range(10))
        + "</article></body></html>"
    ).encode()
    with pytest.raises(TooLongError):
        load_bytes(page, "page.html", Limits(max_words=100))
    assert load_bytes(page, "page.html", Limits(max_words=100, cut_words=True)).word_count == 100


def _page(paragraphs: int, script_words: int = 0) -> bytes:
    script = "<script>var words = '" + "w " * script_words + "';</script>"
    body = "".join(f"<p>{n}. {PARAGRAPH}</p>" for n in range(paragraphs))
    return (
        f"<html><head><title>Harbour talks resume</title>{script}</head>"
        f"<body><article>{body}</article></body></html>"
    ).encode()


@pytest.fixture
def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed although over a limit")

    monkeypatch.setattr(trafilatura, "extract", never)


def test_web_page_of_too_many_elements_is_refused_before_parsing(no_parsing: None) -> None:
    from briefing.sources.html import MAX_ELEMENTS

    page = b"<html><body>" + b"<p></p>" * (MAX_ELEMENTS // 2 + 1) + b"</body></html>"
    with pytest.raises(TooLargeError, match="elements"):
        load_bytes(page, "x.html")


def test_web_page_far_over_the_word_limit_is_refused_before_parsing(no_parsing: None) -> None:
    with pytest.raises(TooLongError, match="over the 100-word limit"):
        load_bytes(_page(100), "x.html", Limits(max_words=100))


def test_words_in_scripts_do_not_count_towards_the_limit() -> None:
    article = load_bytes(_page(3, script_words=5_000), "x.html", Limits(max_words=100))
    assert "Valby" in article.text


def test_pasted_text_over_the_word_limit_is_refused() -> None:
    with pytest.raises(TooLongError):
        from_text(_long_text(5), limits=Limits(max_words=20))


# --- damaged encodings ------------------------------------------------------------------------

UMLAUTS = (
    "Jürgen Müller opens the harbour\n\n"
    "Jürgen Müller, the mayor of Zürich, said the quays would reopen."
)


def test_one_invalid_byte_does_not_garble_the_rest_of_a_utf8_file() -> None:
    data = UMLAUTS.encode().replace(b"mayor", b"ma\xffyor")
    article = load_bytes(data, "x.txt")
    assert article.title == "Jürgen Müller opens the harbour"
    assert "Zürich" in article.text and "ma\ufffdyor" in article.text


def test_a_cp1252_file_is_still_read_as_cp1252() -> None:
    assert load_bytes(UMLAUTS.encode("cp1252"), "x.txt").title.startswith("Jürgen Müller")


def test_nul_bytes_anywhere_are_removed() -> None:
    filler = "\n\n".join([PARAGRAPH] * 60)  # past the first 8 KB
    data = (UMLAUTS + "\n\n" + filler + "\n\nA last\x00 line\x00.").encode()
    data = data.replace(b"harbour", b"harbour\x00", 1)
    article = load_bytes(data, "x.txt")
    assert "\x00" not in article.text and "\x00" not in article.raw_text
    assert article.title == "Jürgen Müller opens the harbour"
    assert article.paragraphs[-1] == "A last line."


def test_escape_sequences_never_reach_the_text() -> None:
    article = from_text("Harbour talks\n\nThe \x1b[31mmayor\x1b[0m said the quays would reopen.")
    assert article.paragraphs == ("The [31mmayor[0m said the quays would reopen.",)


def test_mostly_nul_bytes_are_still_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        load_bytes(b"ab\x00\x00" * 1000, "x.txt")


# --- deep nesting ----------------------------------------------------------------------------


def test_html_nested_deeper_than_the_parser_limit_is_still_read() -> None:
    depth = 400  # libxml2, under trafilatura, stops at 256 levels
    page = (
        "<html><head><title>Harbour talks resume</title></head><body><nav>Home | World</nav>"
        + "<div>" * depth
        + f"<h1>Harbour talks resume</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>"
        + "</div>" * depth
        + "<footer>Copyright notice</footer></body></html>"
    )
    article = load_bytes(page.encode(), "deep.html")
    assert article.title == "Harbour talks resume"
    assert article.paragraphs == (PARAGRAPH, PARAGRAPH)


def test_deep_html_blocks_skip_scripts_and_page_furniture() -> None:
    from briefing.sources.html_blocks import page_blocks

    page = "<div>" * 300 + "<script>var a = 1;</script><header>Menu</header><p>Text &amp; more"
    assert page_blocks(page) == (None, ["Text & more"])


def test_a_long_paragraph_without_full_stops_is_read_in_one_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each boundary's open-quotation test reads only the text since the last one: reading
    everything before each boundary again took half a minute for 600 KB without full stops."""
    import re

    from briefing.sources import inline, load

    scanned: list[int] = []

    class Counting:
        def findall(self, text: str, pos: int, end: int) -> list[str]:
            scanned.append(end - pos)
            return re.compile(r"’(?=\w)").findall(text, pos, end)

    monkeypatch.setattr(inline, "_APOSTROPHE", Counting())
    path = tmp_path / "no-stops.txt"
    path.write_text("The ferry to Dunmere ran late again " * 5_000, encoding="utf-8")
    load(path)
    assert len(scanned) > 1_000  # a boundary at each "The"
    assert sum(scanned) < 2 * path.stat().st_size


def test_a_quotation_open_across_boundaries_is_told_from_an_apostrophe() -> None:
    from briefing.sources.inline import _QuoteState

    text = "She said ‘we won’t go The ferry’ and Mara’s boat Left"
    quotes = _QuoteState(text)
    assert quotes.open_at(text.index("won’t")) is True
    assert quotes.open_at(text.index("The")) is True  # won’t is an apostrophe, not a close
    assert quotes.open_at(text.index("Left")) is False  # ferry’ closed it; Mara’s is not one


def test_a_paragraph_of_endless_capitalised_words_loads(tmp_path: Path) -> None:
    """A contributor credit ("Ann Lind in Valby contributed to this report.") is a run of
    capitalised words the pattern can split many ways; without its phrase in reach a few
    kilobytes of capitalised words were tried for minutes before the loader returned."""
    path = tmp_path / "capitals.txt"
    path.write_text(" ".join(["Harbour"] * 3_000) + ".", encoding="utf-8")
    assert _load_within(path) is None
    credited = tmp_path / "credited.txt"
    credited.write_text(
        f"{PARAGRAPH}\n\n" + " ".join(["Harbour"] * 3_000) + " contributed to this report.",
        encoding="utf-8",
    )
    assert _load_within(credited) is None
    assert "contributed" not in load(credited).text  # the credit is still cut
