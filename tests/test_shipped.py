"""What ships is found through importlib.resources, from any folder; BRIEFING_RESOURCES
overrides it; the app never reaches into the checkout or into training/evaluation code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from briefing import shipped

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "desktop" / "briefing"


@pytest.mark.skipif(
    "BRIEFING_RESOURCES" in os.environ, reason="BRIEFING_RESOURCES names another folder"
)
def test_shipped_files_are_the_briefing_resources_package() -> None:
    assert Path(str(files("briefing_resources"))) == shipped.ROOT
    for part in ("nltk_data", "fonts", "icons", shipped.SAMPLE):
        assert shipped.path(*part.split("/")).exists(), part


def test_briefing_resources_names_another_folder(tmp_path: Path) -> None:
    script = (
        "import json; from briefing import shipped; from briefing.nlp import resources;"
        "from briefing.export.pdf import fonts;"
        "print(json.dumps([str(shipped.ROOT), str(resources.NLTK_DATA), str(fonts.FONT_DIR)]))"
    )
    env = {**os.environ, "BRIEFING_RESOURCES": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == [
        str(tmp_path),
        str(tmp_path / "nltk_data"),
        str(tmp_path / "fonts"),
    ]


def test_no_app_module_finds_files_relative_to_its_source() -> None:
    offenders = [
        str(p.relative_to(ROOT)) for p in APP.rglob("*.py") if "__file__" in p.read_text("utf-8")
    ]
    assert offenders == [], "use briefing.shipped (importlib.resources) instead"


def test_the_app_never_imports_training_or_evaluation() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in APP.rglob("*.py")
        for line in p.read_text("utf-8").splitlines()
        if line.strip().startswith(("from training", "import training", "from evaluation"))
        or line.strip().startswith("import evaluation")
    ]
    assert offenders == []
