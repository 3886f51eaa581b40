"""Where the files that ship with the app live: models, lexicons, fonts, icons, samples.

They are the package `briefing_resources` (the checkout's top-level resources/, mapped in
setup.py), found through importlib.resources, so an editable install, a wheel and a frozen
app all find them from any working folder. BRIEFING_RESOURCES names another folder instead.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

PACKAGE = "briefing_resources"
SAMPLE = "samples/harbour-talks.txt"


def _root() -> Path:
    override = os.environ.get("BRIEFING_RESOURCES")
    if override:
        return Path(override)
    root = files(PACKAGE)
    # NLTK and reportlab want real file names, so the package must be a folder on disk
    # (it is in a wheel installed by pip and in a PyInstaller folder; not inside a zip).
    if not isinstance(root, Path):
        raise RuntimeError(f"{PACKAGE} is not a folder on disk: {root!r}")
    return root


ROOT = _root()


def path(*parts: str) -> Path:
    """A shipped file or folder: path("fonts", "DejaVuSans.ttf")."""
    return ROOT.joinpath(*parts)
