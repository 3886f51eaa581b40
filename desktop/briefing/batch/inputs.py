"""Which files a folder holds that can be briefed."""

from __future__ import annotations

import stat
from collections.abc import Iterable
from pathlib import Path

from briefing.errors import InputError
from briefing.sources.detect import HTML_SUFFIXES, MARKDOWN_SUFFIXES

SUFFIXES = frozenset({".txt", ".text", ".pdf", ".docx"} | MARKDOWN_SUFFIXES | HTML_SUFFIXES)


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)  # a link or a device is never an input
    except OSError:
        return False


def folder_files(folder: Path) -> list[Path]:
    """Supported regular files under `folder`, sorted; hidden files and folders left out."""
    found = []
    for path in folder.rglob("*"):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.suffix.lower() in SUFFIXES and _regular(path):
            found.append(path)
    return sorted(found)


def expand_inputs(inputs: Iterable[str]) -> list[tuple[str, Path]]:
    """Each input as (file, folder its output names are relative to): a folder gives its
    supported files, a file stands for itself. A folder with none is an error."""
    out: list[tuple[str, Path]] = []
    for given in inputs:
        path = Path(given).expanduser()
        if path.is_dir() and not path.is_symlink():
            files = folder_files(path)
            if not files:
                raise InputError(f"{path}: no supported files (text, Markdown, HTML, PDF, DOCX)")
            out += [(str(f), path) for f in files]
        else:
            out.append((given, path.parent))
    return out
