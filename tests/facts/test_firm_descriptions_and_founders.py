"""Firms in business copy: a partnership's name cut at its comma, a description in an apposition
("a Denver bank"), a firm named for its founder called by the surname later, a paper named for
its place called by the rest of its name, a town before a state's abbreviation, an outlet the
tagger missed ("Valbyline reported"), and a county before an office's title.

Spans are given by hand where the rule is about a span the tagger may or may not cut.
"""

from __future__ import annotations

from briefing.facts import spans, untagged
from briefing.facts.actors import (
    _founder,
    _placed,
    _Row,
    _shortens,
    _split_names,
    _whole_affiliations,
    extract_actors,
)
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence, labels, one_span


def _repaired(text: str, *names: tuple[str, str]) -> list[tuple[str, str]]:
    doc = every_occurrence(text, *names)
    return [(e.label, e.text) for e in spans.repair(doc, list(doc.entities), places=True)]


def test_a_partnership_cut_at_its_comma_is_one_firm() -> None:
    text = "Jo Lind, an analyst at Brenner, Holt & Marsh Securities Inc., said prices rose."
    out = _repaired(
        text,
        ("PERSON", "Jo Lind"),
        ("LOCATION", "Brenner"),
        ("ORGANIZATION", "Holt & Marsh Securities Inc."),
    )
    assert ("ORGANIZATION", "Brenner, Holt & Marsh Securities Inc.") in out
    assert ("LOCATION", "Brenner") not in out


def test_a_known_place_before_the_comma_stays_apart() -> None:
    text = "In Denver, Holt & Marsh Inc. said prices rose."
    out = _repaired(text, ("LOCATION", "Denver"), ("ORGANIZATION", "Holt & Marsh Inc."))
    assert out == [("LOCATION", "Denver"), ("ORGANIZATION", "Holt & Marsh Inc.")]


def test_names_listed_before_and_stay_apart() -> None:
    text = "Shares of Tovik, Holt & Marsh and Brix rose."
    out = _repaired(text, ("ORGANIZATION", "Tovik"), ("ORGANIZATION", "Holt & Marsh"))
    assert ("ORGANIZATION", "Tovik") in out


def test_a_place_and_a_common_noun_describe_a_body_not_name_it() -> None:
    text = "Ann Berg, economist for Valco Corp., a Denver bank, said demand fell."
    bank = ("ORGANIZATION", "Denver bank")
    out = _repaired(text, ("PERSON", "Ann Berg"), ("ORGANIZATION", "Valco Corp."), bank)
    assert ("LOCATION", "Denver") in out
    assert not any(text.endswith("bank") for _, text in out)


def test_a_common_noun_after_a_body_name_is_left_out() -> None:
    text = "In the Valby Harbour Court litigation, Norbank has lost."
    out = _repaired(text, ("ORGANIZATION", "Valby Harbour Court litigation"))
    assert out == [("ORGANIZATION", "Valby Harbour Court")]


def test_a_place_before_an_unnamed_company_is_no_organisation() -> None:
    actors = extract_actors(analyse("Tom Vale runs Norbank Inc., a Denver company, with Jo Lind."))
    assert not [a for a in actors if a.type == "organization" and a.name == "Denver"]


def test_a_firm_named_for_its_founder_is_called_by_the_surname() -> None:
    assert _shortens("Tovik", "K.J. Tovik Group")
    assert _shortens("Tovik", "A. Tovik & Co.")


def test_a_country_or_a_common_noun_after_letters_is_no_founder() -> None:
    assert not _founder("Army", "U.S. Army")
    assert not _founder("Television", "E.C. Television")
    assert not _founder("Tovik", "Tovik Group")  # no initials: other rules decide


def test_a_paper_named_for_its_place_is_called_by_the_rest_of_its_name() -> None:
    assert _placed("The Ledger", "The Denver Ledger")
    assert _placed("The Ledger", "Denver Ledger")


def test_no_place_or_a_body_kind_alone_is_no_place_dropped_short_form() -> None:
    assert not _placed("The Ledger", "The Sunday Ledger")  # no place
    assert not _placed("Harbour Commission", "Denver Harbour Commission")  # maybe another's


def test_a_name_before_a_comma_and_a_state_abbreviation_is_a_town() -> None:
    text = "Shares of Norbank rose. The Valby, Conn., concern has agreed to a merger."
    doc = every_occurrence(text, ("ORGANIZATION", "Norbank"), ("ORGANIZATION", "Valby"))
    assert "LOCATION" in labels(doc)["Valby"]
    assert labels(doc)["Norbank"] == {"ORGANIZATION"}


def _outlets(text: str) -> list[str]:
    return [e.text for e in untagged.media(analyse(text), [])]


def test_one_word_before_reported_or_after_told_is_an_outlet() -> None:
    assert "Valbyline" in _outlets('"It will open in May," Valbyline reported on Monday.')
    assert "Norpost" in _outlets('"It is creepy," her sister told Norpost: "We like it."')


def test_a_first_name_or_a_sentence_opener_is_no_outlet() -> None:
    assert _outlets('"We like it," she told Jo. "We do."') == []
    assert _outlets("Valbyline reported a loss on Monday.") == []


def _split(words: str) -> list[tuple[str, str]]:
    doc, span = one_span(words.split())
    return [(p.label, p.text) for p in _split_names(doc, span, set())]


def test_a_county_before_an_office_title_is_the_place_it_serves() -> None:
    parts = _split("Tovik County Sheriff Jo Lind")
    assert parts == [("LOCATION", "Tovik County"), ("PERSON", "Jo Lind")]


def test_a_body_before_an_office_title_stays_a_body() -> None:
    parts = _split("Norland Reserve Governor Jo Lind")
    assert parts == [("ORGANIZATION", "Norland Reserve"), ("PERSON", "Jo Lind")]


def test_the_last_word_of_a_longer_name_is_no_outlet_alone() -> None:
    assert "Magazine" not in _outlets("It fired twice, Valby Magazine reported on Monday.")


def test_an_affiliation_cut_at_a_partnership_comma_takes_the_whole_name() -> None:
    row = _Row("Jo Lind", "person")
    row.affiliation = "Brenner"
    firm = _Row("Brenner, Holt & Marsh Inc.", "organization")
    _whole_affiliations([row], {"brenner, holt & marsh inc.": firm})
    assert row.affiliation == "Brenner, Holt & Marsh Inc."


def test_a_common_word_after_told_is_a_programme_not_an_outlet() -> None:
    assert _outlets('"It was a mistake," the minister told Today.') == []
