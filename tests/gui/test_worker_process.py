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
