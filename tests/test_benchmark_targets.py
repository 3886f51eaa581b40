"""The benchmark runner flags a case that misses its target (no timing here: figures given)."""

from __future__ import annotations

from benchmarks.__main__ import over_target

TARGETS = {"actors 100,000 words": ("<=", 5_000.0), "tokens per second": (">=", 20_000.0)}


def test_a_case_over_its_target_is_reported_and_one_within_is_not() -> None:
    rows = [
        ("stages", "actors 100,000 words", 8_000.0, 0.0),
        ("stages", "tokens per second", 90_000.0, 0.0),
        ("stages", "places 1,000 words", 3.0, 0.0),
    ]
    assert over_target(rows, TARGETS) == ["actors 100,000 words: 8,000.0 (target <= 5,000)"]


def test_a_rate_under_its_least_is_reported() -> None:
    rows = [("stages", "tokens per second", 10_000.0, 0.0)]
    assert over_target(rows, TARGETS) == ["tokens per second: 10,000.0 (target >= 20,000)"]
