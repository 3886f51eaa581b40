"""The line-up, dateline, sign-off and quotation-mark patterns start only where they are
matched (a word's or line's start, after a space or a mark) and read words whole: they find
what they are for in ordinary copy, and nothing in one endless word, where searching them
from every letter was quadratic before. Speed is measured in benchmarks/bench_hostile.py."""

from __future__ import annotations

from briefing.facts import actors, places, spans
from briefing.facts.quotes import marks

ENDLESS = [
    "Harbourmaster" * 4_000,
    "HARBOUR" * 6_000,
    "Ab.Cd,Ef;" * 4_000,
    "Ab-cd'" * 6_000,
    "Ab.Cd,\"Ef'(G)_-" * 3_000,
]


def test_a_line_up_and_its_names_are_read() -> None:
    line = "Park, Lind (Holm 70), Ana de Berg; Sand, J Krane, Lund."
    assert spans._LINE_UP["line_up"].fullmatch(line)
    names = [m[0] for m in spans._LINE_UP["name"].finditer(line)]
    assert names == ["Park", "Lind", "Holm", "Ana de Berg", "Sand", "J Krane", "Lund"]
    assert spans._LINE_UP["line_up"].fullmatch("Subs Not Used: Krane, Lund.")
    assert not spans._LINE_UP["line_up"].fullmatch("Park said the harbour, not the quay.")


def test_a_dateline_gives_its_place_and_region() -> None:
    m = places._DATELINE.match("OSTRAVIK, Norland, May 3 (NPA) —")
    assert m is not None and m.group("name", "where") == ("OSTRAVIK", "Norland")
    assert places._DATELINE.match("Valby (Norcast)").group("name") == "Valby"


def test_a_broadcast_sign_off_gives_its_outlet() -> None:
    m = actors._OUTLET["signoff"].fullmatch("Ann Lind, Norcast News, Valby.")
    assert m is not None and m["outlet"] == "Norcast News"
    assert not actors._OUTLET["signoff"].fullmatch("Ann Lind, Norcast News, said the quay was shut")


def test_a_quote_whose_opening_mark_was_left_out_starts_after_the_sentence_before() -> None:
    text = 'The vote was close. It was a fair count," she said.'
    mark = text.index('"')
    lost = marks._P["lost_opening"].match(text, 0, mark + 3)
    assert lost is not None and lost[1] == "It was a fair count,"


def test_a_quote_run_into_the_next_one_reopens_at_the_sentence_start() -> None:
    scan = '"We rebuilt the quay. "Then the storm came."'
    run_on = marks._P["reopens"].match(scan, 1)
    assert run_on is not None and run_on.start(1) == scan.index('"', 1)


def test_in_an_endless_word_they_match_at_most_at_its_start() -> None:
    searched = [spans._LINE_UP["line_up"], places._DATELINE, actors._OUTLET["signoff"]]
    searched += [marks._P["lost_opening"], marks._P["reopens"]]
    for word in ENDLESS:
        for pattern in searched:
            assert [m.start() for m in pattern.finditer(word)] in ([], [0])
    assert [m[0] for m in spans._LINE_UP["name"].finditer("Harbourmaster" * 4_000)] == [
        "Harbourmaster" * 4_000
    ]
