"""Atomic file writes: a temporary file in the target folder, then a rename.

A crash, a full disk or a read-only folder leaves any previous file as it was. Only a
regular file or a missing path is ever a target (never a device, pipe, socket or folder),
never a file that is an input of the run, and a new file is published with a step that
fails if the name appeared meanwhile, so two writers racing for one name cannot both win.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from briefing.errors import ExportError

# Temporary files are ".<target name>.<8 random characters>.part", as tempfile names them.
PART_SUFFIX = ".part"
_PART_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.part$")
# Without file locks (Windows), a temporary file this old was left by a killed writer.
_STALE_UNLOCKED_AGE_S = 3600.0
_RENAME_NOREPLACE = 1  # linux/fs.h
_AT_FDCWD = -100

try:  # POSIX: a writer holds a lock on its temporary file, released when it dies
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def file_identity(path: str | Path) -> tuple[int, int] | None:
    """(device, inode) of the file `path` names, through symlinks; None if there is none.

    Two spellings, a symlink or a hard link of one file all have the same identity."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def write_atomic(
    path: str | Path,
    write: Callable[[BinaryIO], None] | bytes,
    *,
    overwrite: bool = False,
    protect: Iterable[str | Path] = (),
) -> Path:
    """Write to `path` via a temporary sibling; `write` is bytes or a function given the file.

    Refuses to replace an existing file unless `overwrite`; never replaces any of `protect`
    (the inputs of the run, compared as files, not names) or anything but a regular file.
    """
    target = Path(path).expanduser()
    protected = {ident for p in protect if str(p) != "-" if (ident := file_identity(p))}
    _check_target(target, overwrite, protected)
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_parts(folder)
    fd, tmp = _temporary(target, folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(write, bytes):
                fh.write(write)
            else:
                write(fh)
            fh.flush()
            os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
            # Checked again just before publishing: the target may have changed meanwhile.
            _check_target(target, overwrite, protected)
            if overwrite and os.path.lexists(target):
                os.replace(tmp, target)
            else:
                _publish_new(tmp, target)
    except FileExistsError:
        tmp.unlink(missing_ok=True)
        raise ExportError(
            f"{target}: already exists (another program wrote it meanwhile); nothing replaced"
        ) from None
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{target}: could not be written ({err.strerror or err})") from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _check_target(target: Path, overwrite: bool, protected: set[tuple[int, int]]) -> None:
    try:
        st = os.stat(target)
    except FileNotFoundError:
        if os.path.lexists(target) and not overwrite:  # a symlink to nothing
            raise ExportError(
                f"{target}: already exists (choose another name or allow replacing)"
            ) from None
        return
    except OSError as err:
        raise ExportError(f"{target}: cannot be written ({err.strerror or err})") from None
    if (st.st_dev, st.st_ino) in protected:
        raise ExportError(f"{target}: is a source article of this run; refusing to replace it")
    if stat.S_ISDIR(st.st_mode):
        raise ExportError(f"{target}: is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise ExportError(
            f"{target}: is not a regular file (a device, pipe or socket); refusing to replace it"
        )
    if not overwrite:
        raise ExportError(f"{target}: already exists (choose another name or allow replacing)")


def _temporary(target: Path, folder: Path) -> tuple[int, Path]:
    """A new temporary file beside `target`, locked so that no cleaner takes it for stale."""
    for _ in range(5):
        try:
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART_SUFFIX, dir=folder)
        except OSError as err:
            raise ExportError(f"{target}: cannot write in {folder} ({err.strerror})") from err
        if fcntl is None:
            return fd, Path(name)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            # A cleaner may have removed it between its creation and the lock: start again.
            if os.stat(name).st_ino == os.fstat(fd).st_ino:
                return fd, Path(name)
        except OSError:
            pass
        os.close(fd)
    raise ExportError(f"{target}: cannot write in {folder} (temporary files keep vanishing)")


def remove_stale_parts(folder: Path) -> None:
    """Remove temporary files that killed writers left in `folder` (".b.pdf.x1y2z3w4.part").

    A live writer holds a lock on its file; without locks, only old files count as stale."""
    with contextlib.suppress(OSError):
        with os.scandir(folder) as entries:
            names = [e.name for e in entries if _PART_NAME.match(e.name)]
        for name in names:
            with contextlib.suppress(OSError):
                _remove_if_stale(folder / name)


def _remove_if_stale(path: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return
        if fcntl is None:
            if time.time() - st.st_mtime < _STALE_UNLOCKED_AGE_S:
                return
        else:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return  # a live writer holds it
        # Only the file we locked, not one that took its name meanwhile.
        if os.lstat(path).st_ino == st.st_ino:
            path.unlink()
    finally:
        os.close(fd)


def _publish_new(tmp: Path, target: Path) -> None:
    """Give `tmp` the name `target` only if no file has it; FileExistsError otherwise."""
    if _rename_noreplace(tmp, target):
        return
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError as err:
        if err.errno not in _NO_LINKS:
            raise
        # No hard links here (FAT, some network shares): claim the name, then replace it.
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        os.close(fd)
        os.replace(tmp, target)
        return
    tmp.unlink()


_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.ENOSYS, errno.EMLINK}
_renameat2: Callable[..., int] | None | bool = False  # False: not looked up yet


def _rename_noreplace(tmp: Path, target: Path) -> bool:
    """renameat2(RENAME_NOREPLACE) where the kernel and the file system have it."""
    global _renameat2
    if _renameat2 is False:
        _renameat2 = None
        if sys.platform.startswith("linux"):
            with contextlib.suppress(OSError, AttributeError):
                _renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    if not callable(_renameat2):
        return False
    result = _renameat2(
        _AT_FDCWD, os.fsencode(tmp), _AT_FDCWD, os.fsencode(target), _RENAME_NOREPLACE
    )
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False  # this file system cannot: the caller tries a hard link
    raise OSError(err, os.strerror(err), str(target))
