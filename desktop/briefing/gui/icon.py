"""The app's icon: the PNGs rendered from resources/icons/article-briefing.svg, one a size."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from briefing import shipped

NAME = "article-briefing"  # also the icon name in the .desktop entry
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(shipped.path("icons", f"{NAME}-{size}.png")), QSize(size, size))
    return icon
