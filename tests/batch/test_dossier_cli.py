"""`briefing dossier`: files or a folder in, one dossier out; bad inputs listed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest

from briefing.cli import EXIT_FAILED, EXIT_OK, main
from tests.dossier.stories import ALL


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for n, text in enumerate(ALL):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    return folder


def test_folder_to_json_on_stdout(news: Path, capsys) -> None:
    assert main(["dossier", str(news), "--json", "-", "-q"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "dossier/1"
    assert len(data["articles"]) == 4
    assert data["places"][0]["name"] == "Bergen"


def test_files_to_pdf_and_markdown(news: Path, tmp_path: Path) -> None:
    files = [str(p) for p in sorted(news.glob("*.txt"))]
    pdf, md = tmp_path / "d.pdf", tmp_path / "d.md"
    assert main(["dossier", *files, "-o", str(pdf), "--markdown", str(md), "-q"]) == EXIT_OK
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Dossier: 4 articles" in " ".join(text.split())
    assert md.read_text(encoding="utf-8").startswith("# Dossier: 4 articles")


def test_a_bad_file_is_listed_and_the_dossier_still_made(news: Path, capsys) -> None:
    (news / "zz.txt").write_bytes(b"\x00\x01" * 40)
    assert main(["dossier", str(news), "--json", "-", "-q"]) == EXIT_FAILED
    captured = capsys.readouterr()
    assert "zz.txt" in captured.err
    assert len(json.loads(captured.out)["articles"]) == 4


def test_an_existing_output_is_kept_without_force(news: Path, tmp_path: Path, capsys) -> None:
    mine = tmp_path / "mine.json"
    mine.write_text("keep", encoding="utf-8")
    assert main(["dossier", str(news), "--json", str(mine), "-q"]) == EXIT_FAILED
    assert mine.read_text(encoding="utf-8") == "keep"
    assert main(["dossier", str(news), "--json", str(mine), "-q", "--force"]) == EXIT_OK


def test_never_written_over_an_input(news: Path, capsys) -> None:
    target = news / "0.txt"
    before = target.read_bytes()
    assert main(["dossier", str(news), "--markdown", str(target), "--force", "-q"]) == EXIT_FAILED
    assert target.read_bytes() == before


def test_a_fragment_is_left_out_and_listed_unless_anyway(news: Path, capsys) -> None:
    (news / "note.txt").write_text("Call me back about the ferry.", encoding="utf-8")
    assert main(["dossier", str(news), "--json", "-", "-q"]) == EXIT_FAILED
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)["articles"]) == 4
    assert "note.txt: this does not look like an article (6 words); left out" in captured.err
    assert main(["dossier", str(news), "--json", "-", "-q", "--anyway"]) == EXIT_OK
    assert len(json.loads(capsys.readouterr().out)["articles"]) == 5


def test_a_dossier_of_one_article_says_article(news: Path, tmp_path: Path, capsys) -> None:
    one = news / "0.txt"
    assert main(["dossier", str(one), "--json", str(tmp_path / "one.json")]) == EXIT_OK
    line = capsys.readouterr().err.strip().splitlines()[-1]
    assert line.startswith("dossier: 1 article, ")
    assert "1 articles" not in line
