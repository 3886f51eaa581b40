"""Writing the PDF: atomic, never over a file the user did not choose, plain errors."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from briefing.errors import ExportError
from briefing.export.pdf import build_pdf_bytes, write_pdf
from tests.export.pdf_briefings import CREATED, harbour_briefing


def test_write_pdf_writes_the_built_bytes(tmp_path: Path) -> None:
    path = write_pdf(harbour_briefing(), tmp_path / "b.pdf", created=CREATED)
    assert path.read_bytes() == build_pdf_bytes(harbour_briefing(), created=CREATED)
    assert len(pypdf.PdfReader(path).pages) == 1


def test_existing_file_is_kept_without_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "b.pdf"
    target.write_bytes(b"previous")
    with pytest.raises(ExportError, match="already exists"):
        write_pdf(harbour_briefing(), target, created=CREATED)
    assert target.read_bytes() == b"previous"


def test_existing_file_is_replaced_with_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "b.pdf"
    target.write_bytes(b"previous")
    write_pdf(harbour_briefing(), target, overwrite=True, created=CREATED)
    assert target.read_bytes().startswith(b"%PDF")


def test_the_article_source_is_never_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text("the article")
    b = harbour_briefing()
    b = replace(b, article=replace(b.article, source=str(source)))
    with pytest.raises(ExportError, match="source article"):
        write_pdf(b, source, overwrite=True, created=CREATED)
    assert source.read_text() == "the article"


def _fail_replace(err: int) -> Callable[[object, object], None]:
    def replace_(src: object, dst: object) -> None:
        raise OSError(err, os.strerror(err))

    return replace_


def test_full_disk_is_a_plain_error_and_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "b.pdf"
    target.write_bytes(b"previous")
    monkeypatch.setattr(os, "replace", _fail_replace(errno.ENOSPC))
    with pytest.raises(ExportError, match="No space left on device"):
        write_pdf(harbour_briefing(), target, overwrite=True, created=CREATED)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["b.pdf"]  # no temporary file left


def test_read_only_folder_is_a_plain_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):  # root ignores permissions: refuse the temporary file
            import tempfile

            def no_temp(*args: object, **kwargs: object) -> None:
                raise OSError(errno.EACCES, os.strerror(errno.EACCES))

            monkeypatch.setattr(tempfile, "mkstemp", no_temp)
        with pytest.raises(ExportError, match="cannot write in"):
            write_pdf(harbour_briefing(), folder / "b.pdf", created=CREATED)
        assert not any(folder.iterdir())
    finally:
        folder.chmod(0o755)


def test_names_and_quotes_longer_than_a_page_are_cut_not_a_layout_error(tmp_path: Path) -> None:
    from briefing.model import Actor, Place, Quote

    b = harbour_briefing()
    huge = "Harbourmaster" * 20_000  # 260,000 characters, no space to wrap at
    facts = replace(
        b.facts,
        actors=(Actor(huge, "person", roles=(huge,), mentions=99), *b.facts.actors),
        locations=(Place(huge, "city", mentions=98), *b.facts.locations),
        quotes=(Quote("word " * 20_000, huge, 1, 0, 10, "said"), *b.facts.quotes),
    )
    b = replace(b, facts=facts, article=replace(b.article, title=huge, byline=huge))
    path = write_pdf(b, tmp_path / "b.pdf", created=CREATED, appendix=True)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    # cut before reportlab sees it (seconds, not minutes), and the cut shown to the reader
    assert "… (cut)" in text
    assert text.count("Harbourmaster") < 1_000
    assert "(cut)" in pypdf.PdfReader(path).pages[0].extract_text()


def test_an_ordinary_long_quote_is_shown_whole(tmp_path: Path) -> None:
    from briefing.model import Quote

    long_quote = (
        "We spent the whole winter mending nets in the boathouse at Kessel Point, and every "
        "morning the ferry from Dunmere came in late, so the children missed the first hour "
        "of school and the bakery sold its bread to nobody but the gulls. If the council "
        "wants us to believe that the new quay will change any of that, it will have to "
        "show us the timetable, the money and the men who will build it, because we have "
        "heard the same promise at three elections now and not one stone has moved"
    )
    assert len(long_quote.split()) > 90  # longer than the brief shows, shorter than a cell
    b = harbour_briefing()
    quote = Quote(long_quote, "Mara Olsen", 2, 0, 10, "said")
    b = replace(b, facts=replace(b.facts, quotes=(quote, *b.facts.quotes)))
    path = write_pdf(b, tmp_path / "b.pdf", created=CREATED, appendix=True)
    text = " ".join(
        " ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages[1:]
    )
    assert "(cut)" not in text
    assert "not one stone has moved”" in text
    assert "boathouse at Kessel Point" in text
