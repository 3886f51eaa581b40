"""The run of capitalised words before a legal form ("Valco Corp.") is found the same way
on ordinary copy and read in linear time on hostile copy (one endless word, endless
capitalised words), where the old pattern backtracked for minutes."""

from __future__ import annotations

from briefing.facts import kinds


def _runs(text: str) -> list[str]:
    return [m[1].strip() for m in kinds._LEGAL_FORM.finditer(text)]


def test_a_firm_before_its_legal_form_is_read_whole() -> None:
    text = "Shares of Norlake Timber & Paper Co. rose, and Valby/Ostra Shipping Inc. fell."
    assert _runs(text) == ["Norlake Timber & Paper", "Valby/Ostra Shipping"]


def test_a_run_never_starts_inside_a_word() -> None:
    assert _runs("The startup eBay Inc. was listed.") == []


def test_a_long_capitalised_run_keeps_its_last_twelve_words() -> None:
    words = [f"Word{n}" for n in range(20)]
    assert _runs(" ".join(words) + " Ltd") == [" ".join(words[-12:])]


def test_endless_words_and_capitals_hold_no_firm() -> None:
    endless = "AbcDef" * 40_000
    capitals = " ".join(["Abc"] * 40_000)
    assert _runs(endless) == []
    assert _runs(capitals) == []
    assert _runs(capitals + " Inc.")[0].split() == ["Abc"] * 12
