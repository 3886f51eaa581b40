"""Render the app icon (resources/icons/article-briefing.svg) to the PNG sizes desktops ask
for, and to the Windows .ico and macOS .icns the PyInstaller spec names.

Run after editing the SVG: `.venv/bin/python packaging/icons.py` (needs only PySide6).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "article-briefing.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The .icns chunk type for each PNG size (Apple's "icp4"…"ic09" PNG-capable types).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding the PNGs up to 256 px (ICO allows PNG-compressed entries)."""
    entries = [(s, pngs[s]) for s in SIZES if s <= 256]
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = len(header) + 16 * len(entries)
    directory, images = b"", b""
    for size, data in entries:
        side = size % 256  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + directory + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon holding PNG chunks."""
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for size, kind in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main() -> int:
    QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    pngs = {size: png(renderer, size) for size in SIZES}
    for size, data in pngs.items():
        (ICONS / f"article-briefing-{size}.png").write_bytes(data)
    (ROOT / "packaging" / "article-briefing.ico").write_bytes(ico(pngs))
    (ROOT / "packaging" / "article-briefing.icns").write_bytes(icns(pngs))
    print(f"wrote {len(pngs)} PNGs, .ico and .icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
