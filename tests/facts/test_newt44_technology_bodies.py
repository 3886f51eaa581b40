"""Technology copy of the forty-fourth round (bbct5): a research body's name the tagger cut
at its "and", and a firm's short name read as a place beside its fuller name. Our own
invented text."""

from __future__ import annotations

import dataclasses

from briefing.facts import untagged
from briefing.facts.actors import extract_actors
from briefing.facts.kinds import classify
from briefing.model import Doc, Entity
from briefing.nlp import analyse


def _doc(text: str, *names: tuple[str, str]) -> Doc:
    """`text` analysed, with each (label, surface) as its entities wherever it is written
    outside a name given before it."""
    doc = analyse(text)
    found: list[Entity] = []
    for label, surface in names:
        at = text.find(surface)
        while at >= 0:
            s = next(x for x in doc.sentences if x.start <= at < x.end)
            end = at + len(surface)
            if any(e.start < end and at < e.end for e in found):
                at = text.find(surface, end)
                continue
            found.append(Entity(label, surface, at, end, s.index, *s.token_span(at, end)))
            at = text.find(surface, end)
    found.sort(key=lambda e: e.start)
    return dataclasses.replace(doc, entities=tuple(found))


def _labels(doc: Doc) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in classify(doc).entities}


def test_a_body_cut_at_its_and_is_one_body() -> None:
    text = "A poll by the Norvik Media and Valby Life Project found that owners were young."
    doc = _doc(text, ("ORGANIZATION", "Norvik Media"), ("ORGANIZATION", "Valby Life Project"))
    assert ("ORGANIZATION", "Norvik Media and Valby Life Project") in _labels(doc)


def test_two_bodies_each_ending_in_a_body_word_stay_two() -> None:
    text = "A poll by the Norvik Council and Valby Life Project found that owners were young."
    doc = _doc(text, ("ORGANIZATION", "Norvik Council"), ("ORGANIZATION", "Valby Life Project"))
    labels = _labels(doc)
    assert ("ORGANIZATION", "Norvik Council and Valby Life Project") not in labels


def test_letters_before_and_stay_their_own_body() -> None:
    text = "A poll by the NVB and Valby Life Project found that owners were young."
    doc = _doc(text, ("ORGANIZATION", "NVB"), ("ORGANIZATION", "Valby Life Project"))
    assert ("ORGANIZATION", "NVB and Valby Life Project") not in _labels(doc)


def test_a_firms_short_name_read_as_a_place_is_the_firm() -> None:
    text = (
        "Zorvane Telelinks is laying cables to offices. The cost fell for Zorvane this year,"
        " said a chief at Zorvane."
    )
    doc = _doc(text, ("ORGANIZATION", "Zorvane Telelinks"), ("LOCATION", "Zorvane"))
    labels = _labels(doc)
    assert ("LOCATION", "Zorvane") not in labels
    assert ("ORGANIZATION", "Zorvane") in labels


def test_a_short_name_written_after_in_stays_a_place() -> None:
    text = (
        "Zorvane Telelinks is laying cables to offices. The cost fell for Zorvane this year,"
        " said a farmer in Zorvane."
    )
    doc = _doc(text, ("ORGANIZATION", "Zorvane Telelinks"), ("LOCATION", "Zorvane"))
    assert ("ORGANIZATION", "Zorvane") not in _labels(doc)


def test_a_list_of_departments_is_no_body_cut_at_its_and() -> None:
    text = "A bill funds the Trade, Valby Harbour and Norvik Port Authority this year."
    doc = _doc(
        text, ("ORGANIZATION", "Trade, Valby Harbour"), ("ORGANIZATION", "Norvik Port Authority")
    )
    assert not any(" and " in name for _, name in _labels(doc))


def test_a_head_office_town_after_the_firms_name_stays_a_place() -> None:
    text = (
        "Profit fell at Zorvane Telelinks, Zorvane, Valland. The cost fell for Zorvane this year."
    )
    doc = _doc(text, ("ORGANIZATION", "Zorvane Telelinks"), ("LOCATION", "Zorvane"))
    assert ("ORGANIZATION", "Zorvane") not in _labels(doc)


def test_a_dateline_in_capitals_stays_a_place() -> None:
    text = "ZORVANE Telelinks is laying cables. The cost fell for ZORVANE this year."
    doc = _doc(text, ("ORGANIZATION", "ZORVANE Telelinks"), ("LOCATION", "ZORVANE"))
    assert ("ORGANIZATION", "ZORVANE") not in _labels(doc)


def _orgs(text: str) -> set[str]:
    return {a.name for a in extract_actors(analyse(text)) if a.type == "organization"}


def test_a_plain_name_after_retailer_is_a_firm() -> None:
    text = "Last year, high street retailer Zorblatts said it would stop selling tape players."
    assert "Zorblatts" in _orgs(text)


def test_a_common_word_after_trade_body_is_a_body_where_untagged() -> None:
    text = "The firm referred questions to trade body Valour, of which it is a member."
    found = untagged.missed_bodies(analyse(text), [])
    assert [e.text for e in found] == ["Valour"]


def test_a_common_word_after_retailer_is_no_body() -> None:
    text = "The shop sold it to a retailer Tuesday, a clerk said."
    assert untagged.missed_bodies(analyse(text), []) == []


def test_a_short_name_before_a_place_noun_stays_a_place() -> None:
    text = (
        "Zorvane Telelinks won an order for a network in the Zorvane province of Valland."
        " The order came from Zorvane this week."
    )
    doc = _doc(text, ("ORGANIZATION", "Zorvane Telelinks"), ("LOCATION", "Zorvane"))
    assert ("ORGANIZATION", "Zorvane") not in _labels(doc)


def test_a_short_name_modifying_a_noun_stays_a_place() -> None:
    text = "The Zorvane Unionists marched on Sunday. Many waved Zorvane flags as Zorvane voted."
    doc = _doc(text, ("ORGANIZATION", "Zorvane Unionists"), ("LOCATION", "Zorvane"))
    assert ("ORGANIZATION", "Zorvane") not in _labels(doc)


def test_a_place_word_before_and_opens_a_coalitions_name() -> None:
    text = "But the Central and East Tarrish Coalition keeps quiet this year."
    doc = _doc(text, ("LOCATION", "Central"), ("ORGANIZATION", "East Tarrish Coalition"))
    assert ("ORGANIZATION", "Central and East Tarrish Coalition") in _labels(doc)


def test_a_known_body_before_and_stays_its_own_body() -> None:
    text = "A poll by the Google and Valby Life Project found that owners were young."
    doc = _doc(text, ("ORGANIZATION", "Google"), ("ORGANIZATION", "Valby Life Project"))
    assert ("ORGANIZATION", "Google and Valby Life Project") not in _labels(doc)


def test_a_body_word_inside_the_words_before_and_keeps_two_bodies() -> None:
    text = "A poll by the Norvik Council Media and Valby Life Project found that owners were young."
    doc = _doc(
        text, ("ORGANIZATION", "Norvik Council Media"), ("ORGANIZATION", "Valby Life Project")
    )
    assert ("ORGANIZATION", "Norvik Council Media and Valby Life Project") not in _labels(doc)
