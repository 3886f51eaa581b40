"""Desktop integration: the icon at every size desktops ask for, a .desktop entry and AppStream
metainfo that their validators accept, and `make install-desktop` / `uninstall-desktop` under
XDG_DATA_HOME (always a temporary folder here)."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ENTRY = PACKAGING / "article-briefing.desktop"
METAINFO = PACKAGING / "io.github.articlebriefing.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt install {package})")
    return path


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _entry_value(text: str, key: str) -> str:
    return next(line.split("=", 1)[1] for line in text.splitlines() if line.startswith(f"{key}="))


@pytest.mark.parametrize("size", SIZES)
def test_icon_png_is_square_at_its_size(size: int) -> None:
    assert _png_size(ICONS / f"article-briefing-{size}.png") == (size, size)


def test_entry_names_the_shipped_icon() -> None:
    name = _entry_value(ENTRY.read_text("utf-8"), "Icon")
    assert (ICONS / f"{name}.svg").is_file()
    assert "<svg" in (ICONS / f"{name}.svg").read_text("utf-8")


def test_desktop_entry_passes_desktop_file_validate() -> None:
    validate = _tool("desktop-file-validate", "desktop-file-utils")
    run = subprocess.run([validate, str(ENTRY)], capture_output=True, text=True)
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


def test_metainfo_passes_appstreamcli_validate() -> None:
    appstreamcli = _tool("appstreamcli", "appstream")
    run = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def _make(target: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    _tool("make", "make")
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "HOME": str(tmp_path / "home"),
        "DESKTOP_EXEC": "/opt/article briefing/briefing-desktop",
        "MAKEFLAGS": "",  # nothing of an outer `make test` command line
    }
    return subprocess.run(
        ["make", "-s", "-C", str(ROOT), target], env=env, capture_output=True, text=True
    )


def test_install_desktop_puts_entry_icons_and_metainfo_under_xdg_data_home(
    tmp_path: Path,
) -> None:
    run = _make("install-desktop", tmp_path)
    assert run.returncode == 0, run.stderr
    share = tmp_path / "share"
    entry = share / "applications" / "article-briefing.desktop"
    assert _entry_value(entry.read_text("utf-8"), "Exec") == (
        '"/opt/article briefing/briefing-desktop" %f'
    )
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    assert (share / "icons/hicolor/scalable/apps/article-briefing.svg").is_file()
    for size in SIZES:
        png = share / f"icons/hicolor/{size}x{size}/apps/article-briefing.png"
        assert _png_size(png) == (size, size)
    assert not (tmp_path / "home").exists()  # nothing outside XDG_DATA_HOME
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True)
        assert check.returncode == 0, check.stdout


def test_uninstall_desktop_removes_what_install_put(tmp_path: Path) -> None:
    assert _make("install-desktop", tmp_path).returncode == 0
    run = _make("uninstall-desktop", tmp_path)
    assert run.returncode == 0, run.stderr
    left = [
        p.relative_to(tmp_path).as_posix()
        for p in (tmp_path / "share").rglob("*")
        if p.is_file() and p.name != "mimeinfo.cache"  # update-desktop-database's own index
    ]
    assert left == []
