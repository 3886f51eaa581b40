"""Business copy of the forty-third round (bbcb5): a firm's short form with its links kept
("&", a small "o" for "of"), the closing quarter of a named year, the month a year runs to,
the first month of a pair whose second names figures, a seat's possessive as its body and a
grade an agency "classed" bonds as. Our own invented text."""

from __future__ import annotations

from briefing.facts.actors import _linked_initials, extract_actors
from briefing.facts.dates import extract_dates
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse


def _values(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(analyse(text), None)}


def _orgs(text: str) -> dict[str, tuple[str, ...]]:
    actors = extract_actors(analyse(text))
    return {a.name: a.aliases for a in actors if a.type == "organization"}


def test_an_ampersand_short_form_is_the_firms_initials() -> None:
    assert _linked_initials("V&T", "Valby & Tarn")
    assert not _linked_initials("VT", "Valby & Tarn")


def test_a_small_o_stands_for_of_in_a_banks_initials() -> None:
    assert _linked_initials("BoN", "Bank of Norland")
    assert not _linked_initials("Bon", "Bank of Norland")


def test_an_ampersand_short_form_later_in_the_story_is_one_row() -> None:
    text = (
        "Valdor & Kemp's has classed Norland bonds as safe. "
        "V&K said the surplus outweighed the risk."
    )
    orgs = _orgs(text)
    assert "V&K" not in orgs
    assert "V&K" in orgs["Valdor & Kemp"]


def test_the_last_quarter_of_a_named_year_is_its_fourth() -> None:
    text = "Some 4,000 jobs went during the last quarter of 2031 at the Valby mills."
    assert "2031-Q4" in _values(text).values()


def test_the_final_quarter_of_a_game_is_no_date() -> None:
    assert not _values("The Valby side led in the final quarter of the game.")


def test_the_month_a_year_runs_to_is_a_date() -> None:
    text = "Pay at Valco rose by 3% in the year to October, the Norland office said."
    assert _values(text).get("October") == "XXXX-10"


def test_the_first_month_of_a_pair_before_figures_is_a_date() -> None:
    text = "Adding October and November's figures, the Valco record ended higher."
    values = _values(text)
    assert values.get("October") == "XXXX-10"
    assert values.get("November") == "XXXX-11"


def test_a_seats_possessive_after_to_is_the_body() -> None:
    text = "The pipeline was lost to the Kremlin's wish to bring Norland oil under state control."
    actors = {a.name: a.type for a in extract_actors(analyse(text))}
    assert actors.get("Kremlin") == "organization"


def test_a_seat_one_is_summoned_to_stays_the_building() -> None:
    text = "Jo Varnes summoned his rivals to the Kremlin on Tuesday."
    assert "Kremlin" not in {a.name for a in extract_actors(analyse(text))}


def test_a_grade_an_agency_classes_bonds_as_is_its_partial() -> None:
    text = (
        'Valdor & Kemp has classed Norland bonds as "safe", up from their former "risky" '
        "rating. Norland is now a net creditor."
    )
    doc = analyse(text)
    quotes = extract_quotes(doc, extract_actors(doc))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("safe", "Valdor & Kemp"),
        ("risky", "Valdor & Kemp"),
    ]


def test_a_passive_class_credits_nobody() -> None:
    text = 'Jo Varnes spoke on Monday. The drug was classed as "unsafe" last year.'
    doc = analyse(text)
    assert all(q.speaker is None for q in extract_quotes(doc, extract_actors(doc)))


def test_a_plural_field_and_another_before_a_role_noun_is_one_role() -> None:
    text = '"It is fine," said Jo Varnes, operations and safety editor at the Valby Flyer.'
    roles = {a.name: a.roles for a in extract_actors(analyse(text))}
    assert roles["Jo Varnes"] == ("operations and safety editor",)


def test_a_rating_agency_named_beside_another_is_a_body() -> None:
    text = "The other agencies - Fitch and Valdor & Kemp - upped their rating of Norland's debt."
    assert "Fitch" in _orgs(text)


def test_a_name_paired_with_a_firm_after_such_as_is_a_firm() -> None:
    text = "The rules came after corporate scandals such as Valbron and Worldcom."
    assert _actors_of(text).get("Valbron") == "organization"


def _actors_of(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}
