"""The analysis process's own work, run here in-process (no Qt in it)."""

from __future__ import annotations

from briefing.gui import worker_process
from briefing.model import Article, Briefing, Options


def test_a_fragment_is_returned_unanalysed() -> None:
    result = worker_process.analyse_one("ferry strike", Options(), False, lambda *_: None)
    assert isinstance(result, Article)


def test_a_fragment_is_analysed_when_forced() -> None:
    stages: list[str] = []
    text = "Ferry strike\n\nThe ferry strike in Valby ended on Monday."
    result = worker_process.analyse_one(text, Options(), True, lambda s, _: stages.append(s))
    assert isinstance(result, Briefing)
    assert stages[:2] == ["Reading", "Tagging sentences"]


def test_a_briefing_split_into_parts_joins_back_whole() -> None:
    text = "Ferry strike ends\n\n" + " ".join(
        f"Anna Berg said on Monday that ferry {n} would sail to Tallinn." for n in range(60)
    )
    briefing = worker_process.analyse_one(text, Options(), True, lambda *_: None)
    assert isinstance(briefing, Briefing)
    head, long = worker_process.split_briefing(briefing)
    assert head.doc.sentences == () and head.facts.actors == ()
    runs = {name: worker_process.parts(items, budget=50) for name, items in long.items()}
    assert len(runs["sentences"]) > 1
    joined = {name: tuple(i for run in r for i in run) for name, r in runs.items()}
    assert worker_process.join_briefing(head, joined) == briefing


def test_a_part_never_outweighs_its_budget_unless_one_item_does() -> None:
    items = tuple(range(10))
    assert worker_process.parts(items, budget=3) == [(0, 1, 2), (3, 4, 5), (6, 7, 8), (9,)]
    assert worker_process.parts((), budget=3) == []
