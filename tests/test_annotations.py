"""The hand-annotated BBC politics gold lists are well-formed and hold no article text."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

import pytest

from evaluation.bbc_facts import GOLD, TYPES, norm

BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "bbc_news_summary"


def _gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


def test_fifty_articles_with_unique_politics_ids() -> None:
    ids = [a["id"] for a in _gold()["articles"]]
    assert len(ids) == 50
    assert len(set(ids)) == 50
    assert all(re.fullmatch(r"politics/\d{3}", i) for i in ids)
    assert ids == sorted(ids)


def test_every_entity_is_a_name_with_aliases_and_no_sentence() -> None:
    for article in _gold()["articles"]:
        assert set(article) == {"id", *TYPES}
        for kind in TYPES:
            for entity in article[kind]:
                assert set(entity) == {"name", "aliases"}
                forms = [entity["name"], *entity["aliases"]]
                assert all(isinstance(f, str) and 0 < len(f) <= 60 for f in forms)
                assert all(len(f.split()) <= 10 for f in forms), forms


def test_no_form_belongs_to_two_entities_of_one_type() -> None:
    for article in _gold()["articles"]:
        for kind in TYPES:
            seen: set[str] = set()
            for entity in article[kind]:
                forms = {norm(f) for f in [entity["name"], *entity["aliases"]]}
                assert not forms & seen, (article["id"], kind, forms & seen)
                seen |= forms


def test_forms_ignore_case_the_titles_possessive_and_post_nominals() -> None:
    assert norm("the Tories") == norm("tories")
    assert norm("Mr Blair's") == "blair"
    assert norm("Sir Digby Jones") == "digby jones"
    assert norm("Margaret Moran MP") == "margaret moran"


def test_ids_are_the_first_fifty_politics_articles_of_the_corpus() -> None:
    path = BBC / "dev.jsonl.gz"
    if not path.exists():
        pytest.skip("../shared/corpora/bbc_news_summary is not beside the project")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        politics = sorted(r["id"] for r in map(json.loads, fh) if r["category"] == "politics")
    assert [a["id"] for a in _gold()["articles"]] == politics[:50]
