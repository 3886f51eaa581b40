"""The batch on a 2-worker local Dask cluster gives the plain batch's outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import EXIT_FAILED, main
from tests.dossier.stories import ALL

pytest.importorskip("distributed", reason="Dask is not installed (pip install '.[cluster]')")


def _without_timings(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("timings_ms")
    return data


def _index(path: Path) -> list[dict]:
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for entry in entries:
        entry.pop("ms")
        entry.pop("outputs")
    return entries


def test_local_cluster_outputs_equal_the_plain_batch(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for n, text in enumerate(ALL):
        (news / f"{n}.txt").write_text(text, encoding="utf-8")
    (news / "bad.txt").write_bytes(b"\x00\x01" * 40)
    plain, dask = tmp_path / "plain", tmp_path / "dask"
    assert main(["brief", str(news), "--json", str(plain), "-q"]) == EXIT_FAILED
    args = ["brief", str(news), "--json", str(dask), "-q", "--cluster", "local:2"]
    assert main(args) == EXIT_FAILED  # the bad file fails there too
    files = sorted(p.name for p in plain.glob("*.json"))
    assert files == sorted(p.name for p in dask.glob("*.json")) and len(files) == 4
    for name in files:
        assert _without_timings(plain / name) == _without_timings(dask / name)
    assert _index(plain / "index.jsonl") == _index(dask / "index.jsonl")


def test_unreachable_scheduler_is_one_clear_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(ALL[0], encoding="utf-8")
    args = ["brief", str(tmp_path / "a.txt"), "--json", str(tmp_path / "out")]
    assert main([*args, "--cluster", "local:zero"]) == EXIT_FAILED
    assert "say local:N" in capsys.readouterr().err
