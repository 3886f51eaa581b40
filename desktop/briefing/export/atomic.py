"""Atomic file writes: a temporary file in the target folder, then a rename.

A crash, a full disk or a read-only folder leaves any previous file as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from briefing.errors import ExportError


def write_atomic(
    path: str | Path,
    write: Callable[[BinaryIO], None] | bytes,
    *,
    overwrite: bool = False,
    protect: tuple[str | Path, ...] = (),
) -> Path:
    """Write to `path` via a temporary sibling; `write` is bytes or a function given the file.

    Refuses to replace an existing file unless `overwrite`, and never replaces any of
    `protect` (the article's own source files).
    """
    target = Path(path).expanduser()
    resolved = target.resolve()
    for p in protect:
        with contextlib.suppress(OSError):
            if Path(p).resolve() == resolved:
                raise ExportError(f"{target}: refusing to overwrite the source article")
    if target.exists() and not overwrite:
        raise ExportError(f"{target}: already exists (choose another name or allow replacing)")
    if target.is_dir():
        raise ExportError(f"{target}: is a folder")
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as err:
        raise ExportError(f"{target}: cannot write in {folder} ({err.strerror})") from err
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(write, bytes):
                fh.write(write)
            else:
                write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{target}: could not be written ({err.strerror or err})") from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
