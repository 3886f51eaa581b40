"""`briefing-desktop --self-test`: passes on a working install and prints its timings; names the
step that failed otherwise. The window carries the app icon."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from briefing import shipped
from briefing.gui import selftest
from briefing.gui.icon import SIZES, app_icon


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application as briefing-desktop sets it up (the self-test checks the icon)."""
    qapp.setWindowIcon(app_icon())
    yield qapp
    qapp.setWindowIcon(QIcon())


def test_self_test_passes_and_prints_one_json_line(
    app: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    assert selftest.run(app) == 0
    (line,) = capsys.readouterr().out.splitlines()
    figures = json.loads(line)
    assert list(figures) == ["painted_ms", "analysed_ms", "pdf_pages", "cancel_ms"]
    assert figures["pdf_pages"] >= 1
    assert all(figures[k] >= 0 for k in figures)


def test_self_test_names_the_step_that_failed(
    app: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shipped, "SAMPLE", "samples/no-such-article.txt")
    assert selftest.run(app) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.startswith("self-test failed: analysis: the bundled sample is missing")


def test_self_test_fails_without_the_app_icon(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    assert selftest.run(qapp) == 1
    assert "window: it has no icon" in capsys.readouterr().err


def test_app_icon_has_every_size() -> None:
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert sizes == set(SIZES)
