"""Hostile inputs at full size, each through the command line in its own process: wall time
and peak memory (max RSS) until the one-line refusal, or the briefing. Target: every case
under 30 s and 1 GB.

Cases: 19.9 MB of prose (refused by the word limit, and analysed with --max-words), a 1 MB
DOCX whose document.xml unpacks to 300 MB (one text node; many short paragraphs) or to
60 MB of short paragraphs, a PDF
whose content stream unpacks to 1 GB, 19.5 MB web pages (paragraphs, refused and cut;
empty elements), a 200 KB name without spaces in the PDF export.
"""

from __future__ import annotations

import io
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from benchmarks.measure import make_article, run_briefing

MB = 1024 * 1024


def _prose(path: Path, size: int) -> None:
    article = make_article(20_000)
    with path.open("w", encoding="utf-8") as out:
        written = 0
        while written + len(article) < size:
            written += out.write(article + "\n")


def _docx_bomb(path: Path, body: Iterator[bytes]) -> None:
    """A DOCX whose document.xml is a paragraph wrapper around `body`, written in chunks."""
    import docx

    document = docx.Document()
    document.add_paragraph("PLACEHOLDER")
    plain = io.BytesIO()
    document.save(plain)
    original = zipfile.ZipFile(plain)
    xml = original.read("word/document.xml")
    head, tail = xml.split(b"PLACEHOLDER")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for info in original.infolist():
            if info.filename != "word/document.xml":
                bomb.writestr(info.filename, original.read(info))
        with bomb.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(head)
            for chunk in body:
                part.write(chunk)
            part.write(tail)


def _repeat(chunk: bytes, total: int) -> Iterator[bytes]:
    for _ in range(total // len(chunk)):
        yield chunk


def _pdf_bomb(path: Path, inflated: int) -> None:
    """One page whose content stream is a line of text and then `inflated` bytes of spaces."""
    packer = zlib.compressobj(9)
    stream = packer.compress(b"BT /F1 12 Tf 72 700 Td (Harbour talks resume) Tj ET\n")
    spaces = b" " * MB
    for _ in range(inflated // MB):
        stream += packer.compress(spaces)
    stream += packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))


def _web_page(path: Path, size: int, element: str) -> None:
    """A page of `size` bytes: paragraphs of prose, or (`element` given) that element repeated."""
    paragraphs = make_article(20_000).split("\n\n")
    with path.open("w", encoding="utf-8") as out:
        written = out.write("<html><head><title>Harbour</title></head><body><article>")
        n = 0
        while written < size:
            text = element or f"<p>{paragraphs[n % len(paragraphs)]}</p>\n"
            written += out.write(text)
            n += 1
        out.write("</article></body></html>")


def _long_name(path: Path) -> None:
    name = "Harbourmaster" * 16_000  # about 200 KB, no space to wrap at
    path.write_text(
        f"{name} opens the harbour\n\n{name} said on Monday the quays would reopen. "
        f"{name} met {name} in Valby.\n",
        encoding="utf-8",
    )


def run() -> list[tuple[str, float, float]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        prose, docx_node, docx_paras = tmp / "prose.txt", tmp / "node.docx", tmp / "paras.docx"
        pdf, long_name = tmp / "bomb.pdf", tmp / "long-name.txt"
        _prose(prose, int(19.9 * MB))
        _docx_bomb(docx_node, _repeat(b"a" * MB, 300 * MB))
        paragraph = b"a</w:t></w:r></w:p><w:p><w:r><w:t>" * 30_000
        _docx_bomb(docx_paras, _repeat(paragraph, 300 * MB))
        docx_under = tmp / "paras-60.docx"  # under the unpacked limit, over the paragraph one
        _docx_bomb(docx_under, _repeat(paragraph, 60 * MB))
        _pdf_bomb(pdf, 1024 * MB)
        _long_name(long_name)
        page, divs = tmp / "prose.html", tmp / "divs.html"
        _web_page(page, int(19.5 * MB), "")
        _web_page(divs, int(19.5 * MB), "<div><span></span></div>")
        cases = [
            ("19.9 MB prose (refused)", [str(prose)]),
            ("19.9 MB prose --max-words 100000", [str(prose), "--max-words", "100000"]),
            ("DOCX 300 MB text node", [str(docx_node)]),
            ("DOCX 300 MB short paragraphs", [str(docx_paras)]),
            ("DOCX 60 MB short paragraphs", [str(docx_under)]),
            ("PDF stream 1 GB", [str(pdf)]),
            ("HTML 19.5 MB of paragraphs", [str(page)]),
            ("HTML 19.5 MB of paragraphs --max-words 10000", [str(page), "--max-words", "10000"]),
            ("HTML 19.5 MB of empty elements", [str(divs)]),
            ("200 KB name, PDF export", [str(long_name), "-o", str(tmp / "long.pdf")]),
        ]
        for case, args in cases:
            ms, mb, code, last = run_briefing(
                ["brief", *args, "-q", "--json", str(tmp / "out.json")]
            )
            (tmp / "out.json").unlink(missing_ok=True)
            print(f"  {case}: exit {code}, {last[:110]}", file=sys.stderr)
            rows.append((case, ms, mb))
    return rows


if __name__ == "__main__":
    for case, ms, mb in run():
        print(f"{case:<40} {ms:>10.1f} ms {mb:>8.1f} MB")
