"""Atomic writes: only a regular file or a missing path is a target, never an input of the
run, a racing writer never silently loses, and temporary files of killed writers go."""

from __future__ import annotations

import errno
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import BinaryIO

import pytest

from briefing.errors import ExportError
from briefing.export import atomic
from briefing.export.atomic import write_atomic

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, sockets and signals")


@posix_only
def test_force_never_replaces_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="not a regular file"):
        write_atomic(fifo, b"{}", overwrite=True)
    assert fifo.is_fifo()


@posix_only
def test_force_never_replaces_a_socket(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    if len(str(path)) > 100:
        pytest.skip("temporary folder path too long for a socket")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(ExportError, match="not a regular file"):
            write_atomic(path, b"x", overwrite=True)
        assert path.is_socket()


@posix_only
def test_force_never_replaces_a_symlink_to_a_fifo(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "out.pdf").symlink_to(tmp_path / "pipe")
    with pytest.raises(ExportError, match="not a regular file"):
        write_atomic(tmp_path / "out.pdf", b"%PDF", overwrite=True)
    assert (tmp_path / "pipe").is_fifo() and (tmp_path / "out.pdf").is_symlink()


def test_force_never_replaces_a_folder(tmp_path: Path) -> None:
    (tmp_path / "out.json").mkdir()
    with pytest.raises(ExportError, match="folder"):
        write_atomic(tmp_path / "out.json", b"{}", overwrite=True)


@pytest.mark.parametrize("spelling", ["hard link", "symlink", "other spelling"])
def test_an_input_is_protected_whatever_name_reaches_it(tmp_path: Path, spelling: str) -> None:
    source = tmp_path / "notes.md"
    source.write_text("the user's notes")
    if spelling == "hard link":
        target = tmp_path / "a.md"
        os.link(source, target)
    elif spelling == "symlink":
        target = tmp_path / "a.md"
        target.symlink_to(source)
    else:
        (tmp_path / "sub").mkdir()
        target = tmp_path / "sub" / ".." / "." / "notes.md"
    with pytest.raises(ExportError, match="source article of this run"):
        write_atomic(target, b"briefing", overwrite=True, protect=[source])
    assert source.read_text() == "the user's notes"


def test_a_writer_that_finds_the_name_taken_at_publishing_replaces_nothing(
    tmp_path: Path,
) -> None:
    target = tmp_path / "b.json"

    def other_writer_wins(fh: BinaryIO) -> None:
        fh.write(b"mine")
        target.write_bytes(b"theirs")  # another run published meanwhile

    with pytest.raises(ExportError, match="already exists"):
        write_atomic(target, other_writer_wins)
    assert target.read_bytes() == b"theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["b.json"]


@pytest.mark.parametrize("step", ["hard link", "exclusive create"])
def test_no_clobber_fallbacks_also_refuse_a_taken_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    monkeypatch.setattr(atomic, "_rename_noreplace", lambda tmp, target: False)
    if step == "exclusive create":

        def no_links(src: object, dst: object) -> None:
            raise OSError(errno.EPERM, os.strerror(errno.EPERM))

        monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "b.md"
    assert write_atomic(target, b"first") == target
    assert target.read_bytes() == b"first"

    def taken(fh: BinaryIO) -> None:
        fh.write(b"second")
        target.write_bytes(b"other")

    target.unlink()
    with pytest.raises(ExportError, match="already exists"):
        write_atomic(target, taken)
    assert target.read_bytes() == b"other"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.md"]


def test_racing_writers_of_one_new_file_exactly_one_wins(tmp_path: Path) -> None:
    target = tmp_path / "b.json"
    start = threading.Barrier(8)
    results: dict[int, str] = {}

    def run(n: int) -> None:
        def slow(fh: BinaryIO) -> None:
            fh.write(f"writer {n}".encode())
            start.wait()

        try:
            write_atomic(target, slow)
            results[n] = "won"
        except ExportError:
            results[n] = "refused"

    threads = [threading.Thread(target=run, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    winners = [n for n, r in results.items() if r == "won"]
    assert len(results) == 8 and len(winners) == 1
    assert target.read_text() == f"writer {winners[0]}"
    assert [p.name for p in tmp_path.iterdir()] == ["b.json"]


_KILLED_WRITER = """
import sys, time
from briefing.export.atomic import write_atomic
def write(fh):
    fh.write(b"half")
    fh.flush()
    print("writing", flush=True)
    time.sleep(60)
write_atomic(sys.argv[1], write)
"""


def _writer_in_progress(target: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
    return proc


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@posix_only
def test_temporary_file_of_a_killed_writer_is_removed_by_the_next_write(tmp_path: Path) -> None:
    proc = _writer_in_progress(tmp_path / "b.pdf")
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert len(_parts(tmp_path)) == 1  # what kill -9 leaves behind
    write_atomic(tmp_path / "other.json", b"{}")
    assert _parts(tmp_path) == []
    assert not (tmp_path / "b.pdf").exists()


@posix_only
def test_temporary_file_of_a_live_writer_is_kept(tmp_path: Path) -> None:
    proc = _writer_in_progress(tmp_path / "b.pdf")
    try:
        write_atomic(tmp_path / "other.json", b"{}")
        assert len(_parts(tmp_path)) == 1
    finally:
        proc.kill()
        proc.wait(30)


def test_files_that_only_look_temporary_are_kept(tmp_path: Path) -> None:
    for name in ("notes.part", ".notes.part", "movie.mkv.part", ".b.pdf.abc.part"):
        (tmp_path / name).write_bytes(b"user data")
    old = time.time() - 10 * 24 * 3600
    for p in tmp_path.iterdir():
        os.utime(p, (old, old))
    write_atomic(tmp_path / "b.pdf", b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".b.pdf.abc.part",
        ".notes.part",
        "b.pdf",
        "movie.mkv.part",
        "notes.part",
    ]
