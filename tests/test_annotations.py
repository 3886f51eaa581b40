"""The hand-annotated BBC politics gold lists are well-formed and hold no article text.

Five files, the same checks: the development file (the first 50 politics articles), the
held-out file (the next 30, never used to tune the extractor), the second and third
development files (40 later articles each, copies of other articles left out) and the
second held-out file (the last 45); no article is in two.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

import pytest

from evaluation.agreement import SECOND_ANNOTATION, compare
from evaluation.bbc_facts import GOLD, HELDOUT, HELDOUT2, SECOND, THIRD, TYPES, main, norm
from tests.conftest import SHARED

BBC = SHARED / "corpora" / "bbc_news_summary"
# Gold file -> (how many articles, where they start in the corpus's politics ids).
FILES = {
    GOLD: (50, 0),
    HELDOUT: (30, 50),
    SECOND: (40, 80),
    THIRD: (40, 120),
    HELDOUT2: (45, 160),
    SECOND_ANNOTATION: (30, 50),
}
# Later articles that repeat another one (the selection of the second and third sets).
COPIES = {222, 286, 291, 299, 300, 311, 329, 337, 342, 354, 356, 359}
each_file = pytest.mark.parametrize("path", list(FILES), ids=lambda p: p.stem)


def _gold(path: Path = GOLD) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@each_file
def test_articles_have_unique_politics_ids_in_order(path: Path) -> None:
    count, _ = FILES[path]
    ids = [a["id"] for a in _gold(path)["articles"]]
    assert len(ids) == count
    assert len(set(ids)) == count
    assert all(re.fullmatch(r"politics/\d{3}", i) for i in ids)
    assert ids == sorted(ids)


@each_file
def test_every_entity_is_a_name_with_aliases_and_no_sentence(path: Path) -> None:
    for article in _gold(path)["articles"]:
        assert set(article) == {"id", *TYPES}
        for kind in TYPES:
            for entity in article[kind]:
                assert set(entity) == {"name", "aliases"}
                forms = [entity["name"], *entity["aliases"]]
                assert all(isinstance(f, str) and 0 < len(f) <= 60 for f in forms)
                assert all(len(f.split()) <= 10 for f in forms), forms


@each_file
def test_no_form_belongs_to_two_entities_of_one_type(path: Path) -> None:
    for article in _gold(path)["articles"]:
        for kind in TYPES:
            seen: set[str] = set()
            for entity in article[kind]:
                forms = {norm(f) for f in [entity["name"], *entity["aliases"]]}
                assert not forms & seen, (article["id"], kind, forms & seen)
                seen |= forms


def test_the_second_annotation_covers_the_held_out_articles() -> None:
    ids = [a["id"] for a in _gold(SECOND_ANNOTATION)["articles"]]
    assert ids == [a["id"] for a in _gold(HELDOUT)["articles"]]
    assert "did not see the first annotation" in _gold(SECOND_ANNOTATION)["annotated_by"]


def test_agreement_counts_matches_by_any_shared_form(tmp_path: Path) -> None:
    def gold(persons: list[dict[str, Any]], places: list[dict[str, Any]]) -> Path:
        article = {"id": "politics/001", "persons": persons, "organisations": []}
        path = tmp_path / f"gold{len(list(tmp_path.iterdir()))}.json"
        path.write_text(json.dumps({"articles": [{**article, "locations": places}]}))
        return path

    first = gold(
        [{"name": "Ann Lowe", "aliases": ["Lowe"]}, {"name": "Ben Ray", "aliases": []}],
        [{"name": "Hull", "aliases": []}],
    )
    second = gold([{"name": "Mrs Lowe", "aliases": []}], [{"name": "Leeds", "aliases": []}])
    counts = compare(first, second)
    assert counts["persons"] == (1, 1, 0, 1)  # Lowe matched by a form, Ben Ray only first
    assert counts["locations"] == (0, 1, 1, 0)
    assert counts["organisations"] == (0, 0, 0, 0)


def test_the_files_share_no_article() -> None:
    dev = {a["id"] for a in _gold(GOLD)["articles"]}
    held_out = {a["id"] for a in _gold(HELDOUT)["articles"]}
    second = {a["id"] for a in _gold(SECOND)["articles"]}
    third = {a["id"] for a in _gold(THIRD)["articles"]}
    fourth = {a["id"] for a in _gold(HELDOUT2)["articles"]}
    assert not dev & held_out and not dev & second and not held_out & second
    assert max(dev) < min(held_out) < max(held_out) < min(second) < max(second) < min(third)
    assert max(third) < min(fourth)


def test_the_second_header_names_the_copies_it_leaves_out() -> None:
    selection = _gold(SECOND)["selection"]
    assert "politics/157" in selection and "politics/214" in selection
    assert "repeat" in selection


def test_the_third_header_records_its_score_before_its_errors_were_read() -> None:
    header = _gold(THIRD)
    assert "politics/215" in header["selection"] and "politics/316" in header["selection"]
    assert "before any of its errors were read" in header["first_scored"]


def test_the_held_out_header_says_how_it_was_chosen_and_that_it_is_held_out() -> None:
    header = {k: v for k, v in _gold(HELDOUT).items() if k != "articles"}
    assert header["corpus"] == _gold(GOLD)["corpus"]
    assert "politics/100" in header["selection"] and "politics/156" in header["selection"]
    assert "never used to tune" in header["held_out"]


def test_the_scorer_refuses_to_list_held_out_errors(capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("heldout", "heldout2"):
        assert main(["--set", name, "--errors"]) == 2
        assert "refused" in capsys.readouterr().err


def test_the_second_held_out_header_says_it_is_held_out_and_records_its_one_score() -> None:
    header = _gold(HELDOUT2)
    assert "politics/319" in header["selection"] and "politics/416" in header["selection"]
    assert "never used to tune" in header["held_out"]
    assert "scored once" in header["first_scored"]


def test_forms_ignore_case_the_titles_possessive_and_post_nominals() -> None:
    assert norm("the Tories") == norm("tories")
    assert norm("Mr Blair's") == "blair"
    assert norm("Sir Digby Jones") == "digby jones"
    assert norm("Margaret Moran MP") == "margaret moran"


@each_file
def test_ids_are_the_politics_articles_of_the_corpus_in_order(path: Path) -> None:
    corpus = BBC / "dev.jsonl.gz"
    if not corpus.exists():
        pytest.skip("../shared/corpora/bbc_news_summary is not beside the project")
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        politics = sorted(r["id"] for r in map(json.loads, fh) if r["category"] == "politics")
    count, start = FILES[path]
    if path in (SECOND, THIRD, HELDOUT2):  # after the first 80, copies are left out
        politics = politics[:80] + [i for i in politics[80:] if int(i[9:]) not in COPIES]
    assert [a["id"] for a in _gold(path)["articles"]] == politics[start : start + count]
