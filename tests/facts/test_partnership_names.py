"""Firms' names in an organisation span: "&" joins partners, a comma may too, and a legal form
with its full stop ends the name.

The spans are built by hand, so each test pins the cut whatever the tagger reads.
"""

from __future__ import annotations

from briefing.facts.actors import _split_names
from tests.facts.hand_entities import one_span


def _parts(words: list[str]) -> list[str]:
    doc, span = one_span(words)
    return [p.text for p in _split_names(doc, span, set())]


def test_a_comma_before_the_partners_of_a_firm_stays_in_its_name() -> None:
    assert _parts(["Lund", ",", "Berg", "&", "Co."]) == ["Lund , Berg & Co."]
    assert _parts(["Lund", ",", "Vik", ",", "Berg", "&", "Holm"]) == ["Lund , Vik , Berg & Holm"]


def test_and_between_two_names_joined_by_ampersands_cuts_them() -> None:
    parts = _parts(["Lund", "&", "Berg", "and", "Vik", "&", "Holm"])
    assert parts == ["Lund & Berg", "Vik & Holm"]


def test_a_comma_before_a_plain_name_still_cuts_a_list() -> None:
    assert _parts(["Norbank", ",", "Valby", "Trust"]) == ["Norbank", "Valby Trust"]


def test_a_legal_form_with_its_full_stop_ends_a_name_run_into_the_next_sentence() -> None:
    assert _parts(["Norco", "Holdings", "Ltd.", "Valby"]) == ["Norco Holdings Ltd.", "Valby"]
    assert _parts(["Norco", "Co.", "Ltd."]) == ["Norco Co. Ltd."]  # another legal form
