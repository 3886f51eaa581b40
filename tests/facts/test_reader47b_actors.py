"""Round 47: actor-table errors a reader found on invented copy (our own invented words,
read by the shipped tagger)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _names(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def test_an_unlisted_outlet_signing_the_dateline_is_a_body_not_a_person() -> None:
    names = _names(
        "HOLMSTAD, May 9 (Baltwire) - The Varnish port authority kept its fees unchanged on "
        "Tuesday, as expected.\n\nHarbour master Pia Lind told reporters in Holmstad that "
        "traffic had slowed.\n\nAll 11 shippers polled by Baltwire had expected the port to "
        "hold its fees."
    )
    assert names.get("Baltwire") == "organization"
    assert names.get("Pia Lind") == "person"


def test_a_word_and_its_number_name_a_room_not_a_person() -> None:
    names = _names(
        "Staff on Ward 7 at Norby General Hospital looked after my husband, Olav, in his "
        "final weeks."
    )
    assert "Ward" not in names
    assert names.get("Olav") == "person"


def test_a_substitutes_minute_in_brackets_keeps_the_player() -> None:
    names = _names("Holm side: Arvik, Tesse, Lunde (Marko 71), Oddby, Sand.")
    assert names.get("Marko") == "person"


def test_the_second_town_of_a_between_pair_is_a_place() -> None:
    names = _names(
        "Engineers have shut the rail line between Holmvik and Lenna after a landslip. Our "
        "reporter Siv Moen is in Lenna, where the station is flooded."
    )
    assert "Lenna" not in names
    assert names.get("Siv Moen") == "person"


def test_a_letters_sign_off_town_is_a_place_wherever_named() -> None:
    names = _names(
        "Ferry fares\n\nThe new fares on the crossing to Ostrem will hurt families there. "
        "The operator should think again.\n\nKari Dahl\n\nOstrem\n\nPark benches\n\n"
        "The benches by the lake are broken. Who will mend them?\n\nOle Brekke\n\nLunnby"
    )
    assert "Ostrem" not in names
    assert "Lunnby" not in names
    assert names.get("Kari Dahl") == "person"
    assert names.get("Ole Brekke") == "person"


def test_a_sign_off_town_after_a_comma_is_a_place() -> None:
    names = _names("The bridge tolls are too high and the council knows it.\n\nKari Dahl, Lunnby")
    assert "Lunnby" not in names
    assert names.get("Kari Dahl") == "person"


def test_a_block_of_flats_is_a_place_not_a_body_cut_short() -> None:
    names = _names("Crews were called to the Alder Court Apartments in Valby on Monday.")
    assert "Alder Court" not in names
    assert "Alder Court Apartments" not in names
