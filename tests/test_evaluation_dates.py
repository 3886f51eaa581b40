"""The TimeBank scorer's error list, on a document we wrote (no corpus text)."""

from __future__ import annotations

from briefing.model import DateMention
from evaluation.dates import document_errors

TEXT = "Valco met on Monday. Sales rose in May. The Tarsk port opened now."


def _at(words: str, value: str | None) -> DateMention:
    start = TEXT.index(words)
    return DateMention(words, value, 0, start, start + len(words))


def test_document_errors_list_misses_wrong_values_and_false_rows() -> None:
    monday, may = TEXT.index("Monday"), TEXT.index("May")
    gold = [(monday, monday + 6, "2026-03-02"), (may, may + 3, "2026-05")]
    found = (_at("Monday", "2026-03-09"), _at("now", "PRESENT_REF"))
    assert document_errors(TEXT, gold, found) == [
        "value      'Monday': 2026-03-09 (gold 2026-03-02)",
        "missed     'May' (2026-05)",
        "false      'now' (PRESENT_REF)",
    ]
