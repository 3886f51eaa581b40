"""The command line: exit codes, outputs, several inputs, stdin."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main

ARTICLE = """Ministers agree to reopen the northern ferry route

The transport ministers of Norland and Estria agreed on Tuesday to reopen the northern ferry \
route, closed since a storm damaged the harbour in 2019.

"This is a good day for both our peoples," Norland's minister Anna Berg told reporters in Valby.

Her Estrian counterpart, Piet Kaljus, said the first ferries would sail next month.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_json_to_stdout_is_valid_and_has_the_title(article: Path, capsys) -> None:
    assert main(["brief", str(article), "--json", "-", "--quiet"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "briefing/2"
    assert data["article"]["title"] == "Ministers agree to reopen the northern ferry route"


def test_without_outputs_prints_markdown(article: Path, capsys) -> None:
    assert main(["brief", str(article), "-q"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("# Ministers agree to reopen the northern ferry route")
    assert "## Summary" in out


def test_sentences_option_sets_summary_length(article: Path, capsys) -> None:
    assert main(["brief", str(article), "--json", "-", "-q", "--sentences", "1"]) == EXIT_OK
    assert len(json.loads(capsys.readouterr().out)["summary"]["sentences"]) == 1


def test_published_option_overrides_date(article: Path, capsys) -> None:
    main(["brief", str(article), "--json", "-", "-q", "--published", "2021-03-02"])
    assert json.loads(capsys.readouterr().out)["article"]["published"] == "2021-03-02"


def test_missing_input_fails_with_one_line_and_others_still_processed(
    article: Path, tmp_path: Path, capsys
) -> None:
    missing = tmp_path / "nope.txt"
    code = main(["brief", str(missing), str(article), "--json", str(tmp_path / "out"), "-q"])
    assert code == EXIT_FAILED
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope.txt" in err[0]
    assert (tmp_path / "out" / "ferry.json").exists()


def test_empty_input_is_a_clear_failure(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    assert main(["brief", str(empty), "-q"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "empty" in err.lower() and "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["brief"],
        ["brief", "x.txt", "--sentences", "0"],
        ["brief", "x", "--ratio", "2"],
        ["brief", "x", "--algorithm", "nonsense"],
        ["brief", "x", "--published", "17/09/2018"],
        ["brief", "x", "--sentences", "2", "--words", "50"],
        ["brief", "-", "-"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert main(args) == EXIT_USAGE


def test_version(capsys) -> None:
    assert main(["--version"]) == EXIT_OK
    assert "briefing" in capsys.readouterr().out


def test_stdin_input(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    assert main(["brief", "-", "--json", "-", "-q"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["article"]["source"] == "-"


def test_existing_output_is_kept_without_force(article: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "brief.json"
    out.write_text("previous")
    assert main(["brief", str(article), "--json", str(out), "-q"]) == EXIT_FAILED
    assert out.read_text() == "previous"
    assert main(["brief", str(article), "--json", str(out), "-q", "--force"]) == EXIT_OK
    assert json.loads(out.read_text())["schema"] == "briefing/2"


def test_never_overwrites_the_source(article: Path) -> None:
    assert main(["brief", str(article), "--markdown", str(article), "-q", "--force"]) == 1
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_several_inputs_to_stdout_give_json_lines(article: Path, tmp_path: Path, capsys) -> None:
    other = tmp_path / "other.txt"
    other.write_text(ARTICLE.replace("ferry", "rail"), encoding="utf-8")
    assert main(["brief", str(article), str(other), "--json", "-", "-q"]) == EXIT_OK
    lines = capsys.readouterr().out.strip().splitlines()
    assert [json.loads(line)["article"]["source"] for line in lines] == [str(article), str(other)]


def test_console_script_runs_as_module(article: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "brief", str(article), "--json", "-", "-q"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["article"]["word_count"] > 40


def test_seed_article_title_and_date(seed_article_path: Path, capsys) -> None:
    assert main(["brief", str(seed_article_path), "--json", "-", "-q"]) == EXIT_OK
    article = json.loads(capsys.readouterr().out)["article"]
    headline = seed_article_path.read_text(encoding="utf-8").splitlines()[0].strip()
    assert article["title"] == headline  # the seed's own first line, not copied here
    assert article["published"] == "2018-09-17"


# --- what a run may write: never an input, never a non-regular file, never one file twice ---

MARKDOWN_ARTICLE = "# Rail link to reopen\n\n" + ARTICLE.split("\n", 2)[2].replace("ferry", "rail")


def test_force_never_replaces_another_input_of_the_run(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.md").write_text(MARKDOWN_ARTICLE, encoding="utf-8")
    args = ["brief", str(tmp_path / "a.txt"), str(tmp_path / "a.md")]
    assert main([*args, "--markdown", str(tmp_path), "--force", "-q"]) == EXIT_OK
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == MARKDOWN_ARTICLE
    assert (tmp_path / "a.txt.md").exists() and (tmp_path / "a.md.md").exists()


def test_force_never_replaces_another_input_reached_through_a_link(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    notes = tmp_path / "notes.md"
    notes.write_text(MARKDOWN_ARTICLE, encoding="utf-8")
    os.link(notes, tmp_path / "a.md")  # a.txt's output name is another input's file
    args = ["brief", str(tmp_path / "a.txt"), str(notes), "--markdown", str(tmp_path)]
    assert main([*args, "--force", "-q"]) == EXIT_FAILED
    assert notes.read_text(encoding="utf-8") == MARKDOWN_ARTICLE
    assert "source article of this run" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="FIFOs")
def test_force_never_replaces_a_fifo_output(article: Path, tmp_path: Path, capsys) -> None:
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    assert main(["brief", str(article), "--json", str(fifo), "--force", "-q"]) == EXIT_FAILED
    assert fifo.is_fifo()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a regular file" in err[0]


def test_same_stem_inputs_each_keep_their_output(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "x.md").write_text(MARKDOWN_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    args = ["brief", str(tmp_path / "x.txt"), str(tmp_path / "x.md"), "--json", str(out)]
    assert main([*args, "--force", "-q"]) == EXIT_OK
    titles = {p.name: json.loads(p.read_text())["article"]["title"] for p in out.iterdir()}
    assert titles == {
        "x.txt.json": "Ministers agree to reopen the northern ferry route",
        "x.md.json": "Rail link to reopen",
    }


def test_same_file_name_in_two_folders_is_a_usage_error(tmp_path: Path, capsys) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(ARTICLE, encoding="utf-8")
    args = ["brief", str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt")]
    assert main([*args, "--json", str(tmp_path / "out"), "--force"]) == EXIT_USAGE
    assert "same output files" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_json_and_markdown_to_one_file_is_a_usage_error(article: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "brief.txt")
    assert main(["brief", str(article), "--json", out, "--markdown", out]) == EXIT_USAGE
    assert not Path(out).exists()


def test_output_folder_that_is_a_file_is_a_plain_error(
    article: Path, tmp_path: Path, capsys
) -> None:
    (tmp_path / "out").write_text("a file")
    other = tmp_path / "other.txt"
    other.write_text(ARTICLE, encoding="utf-8")
    assert main(["brief", str(article), str(other), "--json", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "output folder" in err and "Traceback" not in err


def test_file_names_are_printed_escaped_on_one_line(tmp_path: Path, capsys) -> None:
    name = tmp_path / "bad\nname\x1b[31m.txt"
    assert main(["brief", str(name), "-q"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err
    assert "bad\\nname\\x1b[31m.txt" in err


# --- limits -----------------------------------------------------------------------------------


def test_max_words_analyses_the_first_words(article: Path, capsys) -> None:
    assert main(["brief", str(article), "--json", "-", "-q", "--max-words", "20"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["article"]["word_count"] == 20


def test_too_many_words_is_one_line_naming_the_option(tmp_path: Path, capsys) -> None:
    from briefing.sources.limits import Limits

    big = tmp_path / "long.txt"
    big.write_text("Title\n\n" + "word " * (Limits().max_words + 10), encoding="utf-8")
    assert main(["brief", str(big), "-q"]) == EXIT_FAILED
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "word limit" in err[0] and "--max-words" in err[0]


@pytest.mark.skipif(os.name != "posix", reason="FIFOs")
def test_fifo_input_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "brief", str(fifo), "-q"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == EXIT_FAILED
    assert proc.stderr.strip().endswith("save the article to a file")
    assert len(proc.stderr.strip().splitlines()) == 1


def test_text_that_is_not_an_article_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "numbers.txt"
    path.write_text("1 2 3\n\n4 5 6 ... !!!\n", encoding="utf-8")
    assert main(["brief", str(path), "--json", "-"]) == EXIT_FAILED
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert "this does not look like an article (0 words)" in lines[0]
    assert "--anyway" in lines[0]


def test_anyway_analyses_a_short_text(tmp_path: Path, capsys) -> None:
    path = tmp_path / "short.txt"
    path.write_text("Ferry strike\n\nThe ferry strike in Valby ended on Monday.\n")
    assert main(["brief", str(path), "--json", "-", "-q", "--anyway"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["article"]["title"] == "Ferry strike"


# A loader that warns as libraries do, through `warnings` and through their own logger, and
# then fails: only our line may reach stderr.
_WARNING_LOADER = """
import logging, sys, warnings
import briefing.sources
from briefing.cli import main
from briefing.errors import InputError

def load(path, limits=None):
    warnings.warn("EOF marker not found", UserWarning)
    logging.getLogger("pypdf._reader").warning("incorrect startxref pointer")
    logging.getLogger("trafilatura.core").error("discarding data: None")
    raise InputError(f"{path}: the PDF could not be read")

briefing.sources.load = load
sys.exit(main(["brief", sys.argv[1], "--json", "-"]))
"""


def test_library_warnings_never_print_before_our_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    proc = subprocess.run(
        [sys.executable, "-W", "always", "-c", _WARNING_LOADER, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == EXIT_FAILED
    assert proc.stderr.splitlines() == [f"briefing: {path}: the PDF could not be read"]


def test_a_web_page_without_text_is_one_line_without_the_parsers_warning(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body></body></html>")
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "brief", str(path), "--json", "-"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == EXIT_FAILED
    assert proc.stderr.splitlines() == [f"briefing: {path}: no article text found in this web page"]
