"""The multi-source gold files are well-formed against the texts they annotate and hold no
article text: offsets inside the text, speakers named in the article's lists, dates with
TIMEX3-shaped values, every article of the file in the selection once.

Skipped when ../shared (the corpora the offsets point into) is not beside the project.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from evaluation.multisource import SOURCES, articles
from tests.conftest import SHARED

ANNOTATIONS = Path(__file__).resolve().parent.parent / "evaluation" / "annotations"
FILES = [
    ANNOTATIONS / f"multi_{s}.json" for s in SOURCES if (ANNOTATIONS / f"multi_{s}.json").exists()
]
# TIMEX3 values: a year, decade ("199") or century ("20"), then month, week, season, quarter or
# half, then day or weekend, then a time of day; or a reference to now, past or future; BC years.
# A day may carry its part or clock time: TNI, T17:00.
VALUE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF|BC\d+|"
    r"(\d{2,4}|XXXX)(-(\d\d|XX|W\d\d|SP|SU|FA|WI|Q\d|H\d))?(-(\d\d|WE))?(T\w+(:\d\d)?)?)$"
)
each_file = pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)


def _load(path: Path) -> dict[str, Any]:
    if not (SHARED / "corpora").exists():
        pytest.skip("../shared is not beside the project")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@each_file
def test_the_header_names_its_selection_and_says_it_was_annotated_by_hand(path: Path) -> None:
    data = _load(path)
    source = path.stem.removeprefix("multi_")
    assert data["source"] == source
    assert data["selection"] == f"evaluation.multisource.articles('{source}')"
    assert "no tagger or extractor was run" in data["annotated_by"]


@each_file
def test_articles_are_the_selection_each_once(path: Path) -> None:
    data = _load(path)
    chosen = [a.id for a in articles(data["source"])]
    ids = [a["id"] for a in data["articles"]]
    assert len(ids) == len(set(ids))
    assert set(ids) <= set(chosen)


@each_file
def test_offsets_fall_inside_the_text_and_speakers_are_listed_names(path: Path) -> None:
    data = _load(path)
    texts = {a.id: a.text for a in articles(data["source"])}
    for art in data["articles"]:
        text = texts[art["id"]]
        names = {e["name"] for kind in ("persons", "organisations") for e in art[kind]}
        for q in art["quotes"]:
            assert 0 <= q["start"] < q["end"] <= len(text), (art["id"], q)
            assert q["speaker"] is None or q["speaker"] in names, (art["id"], q["speaker"])
            assert isinstance(q["partial"], bool)
            assert text[q["start"]] not in '"“”', (art["id"], q)  # the marks are left out
        for d in art["dates"]:
            assert 0 <= d["start"] < d["end"] <= len(text), (art["id"], d)
            assert d["value"] is None or VALUE.match(d["value"]), (art["id"], d["value"])


@each_file
def test_no_article_text_is_stored_beyond_names_roles_and_descriptions(path: Path) -> None:
    data = _load(path)
    for art in data["articles"]:
        for kind in ("persons", "organisations", "locations"):
            for e in art[kind]:
                for form in [e["name"], *e["aliases"], *e.get("roles", [])]:
                    assert len(form.split()) <= 12, (art["id"], form)
        for q in art["quotes"]:
            assert set(q) == {"start", "end", "speaker", "description", "partial"}
            assert q["description"] is None or len(q["description"].split()) <= 12
