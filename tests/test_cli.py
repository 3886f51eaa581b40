"""The command line: exit codes, outputs, several inputs, stdin."""

from __future__ import annotations

import io
import json
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
    assert article["title"] == "Turkey and Russia leaders discuss Syria's Idlib"
    assert article["published"] == "2018-09-17"
