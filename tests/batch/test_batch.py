"""`briefing brief FOLDER`: every file done or listed as failed, the index, --resume."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing.cli import EXIT_FAILED, EXIT_OK, main
from tests.dossier.stories import ALL

NAMES = ("plan", "doubt", "vote", "stone")


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "later").mkdir(parents=True)
    for name, text in zip(NAMES[:3], ALL[:3], strict=True):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "later" / "stone.md").write_text(ALL[3], encoding="utf-8")
    (folder / "notes.bin").write_bytes(b"\0" * 10)  # not a supported suffix: never read
    (folder / ".hidden.txt").write_text("A hidden file is left alone.", encoding="utf-8")
    return folder


def _index(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_folder_batch_writes_every_output_and_one_index_line_per_article(
    news: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "out"
    assert main(["brief", str(news), "--json", str(out)]) == EXIT_OK
    assert sorted(p.name for p in out.rglob("*.json")) == [
        "doubt.json",
        "plan.json",
        "stone.json",
        "vote.json",
    ]
    assert (out / "later" / "stone.json").exists()  # subfolders mirrored
    entries = _index(out / "index.jsonl")
    assert [Path(e["source"]).stem for e in entries] == ["doubt", "stone", "plan", "vote"]
    plan = entries[2]
    assert plan["title"] == "Norway backs a new bridge for Bergen"
    assert plan["published"] == "2024-03-04"
    assert plan["counts"]["quotes"] == 1
    assert plan["outputs"] == {"json": str(out / "plan.json")}
    assert len(plan["id"]) == 12
    assert "4 done, 0 up to date, 0 failed" in capsys.readouterr().err


def test_one_bad_file_fails_alone_is_listed_and_exits_1(news: Path, tmp_path: Path, capsys) -> None:
    (news / "broken.txt").write_bytes(b"\x00\x01\x02" * 50)
    out = tmp_path / "out"
    assert main(["brief", str(news), "--json", str(out)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "4 done, 0 up to date, 1 failed" in err
    assert "failed: " in err and "broken.txt" in err
    assert len(_index(out / "index.jsonl")) == 4


def test_resume_skips_up_to_date_inputs_and_redoes_a_changed_one(
    news: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "out"
    assert main(["brief", str(news), "--json", str(out), "-q"]) == EXIT_OK
    assert main(["brief", str(news), "--json", str(out), "--resume"]) == EXIT_OK
    assert "0 done, 4 up to date" in capsys.readouterr().err
    changed = news / "vote.txt"
    later = (out / "vote.json").stat().st_mtime + 10
    os.utime(changed, (later, later))
    assert main(["brief", str(news), "--json", str(out), "--resume"]) == EXIT_OK
    assert "1 done, 3 up to date" in capsys.readouterr().err
    assert len(_index(out / "index.jsonl")) == 4


def test_a_second_run_without_resume_or_force_replaces_nothing(
    news: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "out"
    main(["brief", str(news), "--json", str(out), "-q"])
    before = (out / "plan.json").read_bytes()
    assert main(["brief", str(news), "--json", str(out)]) == EXIT_FAILED
    assert "index.jsonl: already exists" in capsys.readouterr().err
    assert (out / "plan.json").read_bytes() == before


def test_outputs_into_the_input_folder_are_never_read_back_nor_replace_an_input(
    news: Path, capsys
) -> None:
    (news / "vote.md").write_text(ALL[2], encoding="utf-8")  # vote.md would be vote.txt's output
    assert main(["brief", str(news), "--markdown", str(news)]) == EXIT_FAILED
    assert "would replace an input" in capsys.readouterr().err
    assert (news / "vote.md").read_text(encoding="utf-8") == ALL[2]


def test_two_jobs_give_the_same_outputs_as_one(news: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["brief", str(news), "--json", str(one), "-q"]) == EXIT_OK
    assert main(["brief", str(news), "--json", str(two), "-q", "--jobs", "2"]) == EXIT_OK
    for path in sorted(one.rglob("*.json")):
        a = json.loads(path.read_text(encoding="utf-8"))
        b = json.loads((two / path.relative_to(one)).read_text(encoding="utf-8"))
        a.pop("timings_ms")
        b.pop("timings_ms")
        assert a == b


def test_links_in_the_folder_are_never_followed(news: Path, tmp_path: Path) -> None:
    outside = tmp_path / "private.txt"
    outside.write_text(ALL[0].replace("Bergen", "Tromso"), encoding="utf-8")
    (news / "link.txt").symlink_to(outside)
    out = tmp_path / "out"
    assert main(["brief", str(news), "--json", str(out), "-q"]) == EXIT_OK
    assert not (out / "link.json").exists()
    assert len(_index(out / "index.jsonl")) == 4


def test_a_batch_without_an_output_folder_is_a_usage_error(news: Path, capsys) -> None:
    assert main(["brief", str(news)]) == 2
    assert "needs an output folder" in capsys.readouterr().err


def test_a_fragment_is_listed_as_failed_unless_anyway(news: Path, tmp_path: Path, capsys) -> None:
    (news / "note.txt").write_text("Call me back about the ferry.", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["brief", str(news), "--json", str(out)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "4 done, 0 up to date, 1 failed" in err
    assert "note.txt: this does not look like an article (6 words) (--anyway analyses it)" in err
    assert not (out / "note.json").exists()
    again = tmp_path / "again"
    assert main(["brief", str(news), "--json", str(again), "--anyway"]) == EXIT_OK
    assert (again / "note.json").exists()


def test_workers_come_from_a_fork_server_that_ends_with_the_batch(news: Path, tmp_path) -> None:
    import multiprocessing
    from multiprocessing import forkserver

    from briefing.batch.run import worker_context

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this platform: workers are spawned")
    assert worker_context().get_start_method() == "forkserver"
    assert main(["brief", str(news), "--json", str(tmp_path / "out"), "-q", "--jobs", "2"]) == 0
    assert forkserver._forkserver._forkserver_pid is None  # ended and waited for


def test_an_output_folder_that_is_a_file_is_one_line_and_the_file_is_kept(
    news: Path, tmp_path: Path, capsys
) -> None:
    taken = tmp_path / "briefs.pdf"
    taken.write_bytes(b"my own file")
    assert main(["brief", str(news), "-o", str(taken)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "cannot be used as an output folder" in err
    assert "Traceback" not in err
    assert taken.read_bytes() == b"my own file"


def test_an_output_folder_under_a_file_is_refused_before_any_work(
    news: Path, tmp_path: Path, capsys
) -> None:
    taken = tmp_path / "notes.txt"
    taken.write_text("keep me", encoding="utf-8")
    assert main(["brief", str(news), "--json", str(taken / "out")]) == EXIT_FAILED
    assert f"({taken} is a file)" in capsys.readouterr().err
    assert taken.read_text(encoding="utf-8") == "keep me"


def test_a_subfolder_blocked_by_a_file_fails_that_input_alone(
    news: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "later").write_text("a file where the subfolder goes", encoding="utf-8")
    assert main(["brief", str(news), "--json", str(out)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "cannot be used as an output folder" in err
    assert (out / "plan.json").exists()  # the others are done


def test_resume_refuses_an_index_it_cannot_read_and_keeps_it(
    news: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    mine = b"my own notes on the Valby harbour stories\n"
    (out / "index.jsonl").write_bytes(mine)
    assert main(["brief", str(news), "--json", str(out), "--resume"]) == EXIT_FAILED
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "index.jsonl: line 1 is no entry of a batch index" in err[0] and "--force" in err[0]
    assert (out / "index.jsonl").read_bytes() == mine
    assert not (out / "plan.json").exists()  # refused before any work


def test_resume_refuses_an_index_that_is_not_text(news: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.jsonl").write_bytes(b"\xff\xfe\x00binary")
    assert main(["brief", str(news), "--json", str(out), "--resume"]) == EXIT_FAILED
    assert "cannot be read as a batch index (not UTF-8 text)" in capsys.readouterr().err
    assert (out / "index.jsonl").read_bytes() == b"\xff\xfe\x00binary"


def test_force_replaces_an_unreadable_index_on_resume(news: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.jsonl").write_text("not an index\n", encoding="utf-8")
    args = ["brief", str(news), "--json", str(out), "--resume", "--force", "-q"]
    assert main(args) == EXIT_OK
    assert len(_index(out / "index.jsonl")) == 4


def test_resume_reads_an_index_with_blank_lines(news: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["brief", str(news), "--json", str(out), "-q"]) == EXIT_OK
    index = out / "index.jsonl"
    index.write_text(index.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert main(["brief", str(news), "--json", str(out), "--resume"]) == EXIT_OK
    assert "0 done, 4 up to date" in capsys.readouterr().err
