"""Firms the tagger reads as people: the cues a reader of business copy uses.

The articles are our own. Entities are given by hand, every occurrence of each surface, so
that each test pins one cue whatever the tagger makes of the sentence.
"""

from __future__ import annotations

import dataclasses

from briefing.facts.actors import extract_actors
from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_a_name_before_a_legal_form_elsewhere_is_a_firm() -> None:
    text = "Tovarn Co. said sales fell. Tovarn will close two plants in the spring."
    doc = _doc(text, ("ORGANIZATION", "Tovarn Co."), ("PERSON", "Tovarn"))
    assert _labels(doc)["Tovarn"] == {"ORGANIZATION"}


def test_a_name_before_a_noun_of_firms_is_a_firm() -> None:
    text = "Critics grilled Norvik Halden CEO Ola Vik on Tuesday. Norvik Halden denied the claims."
    doc = _doc(text, ("PERSON", "Norvik Halden"), ("PERSON", "Ola Vik"))
    assert _labels(doc) == {"Norvik Halden": {"ORGANIZATION"}, "Ola Vik": {"PERSON"}}


def test_a_name_whose_shares_rose_is_a_firm() -> None:
    text = "In busy trading, Merrow Lund rose 3 to 41 and other lenders were flat."
    assert _labels(_doc(text, ("PERSON", "Merrow Lund")))["Merrow Lund"] == {"ORGANIZATION"}


def test_the_first_word_of_a_firm_alone_is_the_firm() -> None:
    text = "Merrow Lund shares slid on Monday. Analysts said Merrow had lent too much."
    doc = _doc(text, ("PERSON", "Merrow Lund"), ("PERSON", "Merrow"))
    assert _labels(doc)["Merrow"] == {"ORGANIZATION"}


def test_a_person_beside_the_firm_that_bears_the_name_stays_a_person() -> None:
    text = "Tovarn Inc. grew fast. Its founder, Maria Tovarn, said Tovarn would not sell."
    doc = _doc(text, ("ORGANIZATION", "Tovarn Inc."), ("PERSON", "Maria Tovarn"))
    assert _labels(doc)["Maria Tovarn"] == {"PERSON"}


def test_a_person_in_apposition_to_a_firm_stays_a_person() -> None:
    text = '"We will do better," Paul Vesk, Norvik Halden CEO and president, said.'
    doc = _doc(text, ("PERSON", "Paul Vesk"), ("ORGANIZATION", "Norvik Halden"))
    assert _labels(doc)["Paul Vesk"] == {"PERSON"}


def test_a_name_alone_in_quotation_marks_is_a_title_not_a_person() -> None:
    text = 'The choir closed with "Molly Brann" and the hall went quiet.'
    assert "Molly Brann" not in _labels(_doc(text, ("PERSON", "Molly Brann")))


def test_a_nickname_in_quotation_marks_stays_a_person() -> None:
    text = 'The presenter, known as "Uncle Tovan" to two generations, retired in May.'
    assert _labels(_doc(text, ("PERSON", "Uncle Tovan")))["Uncle Tovan"] == {"PERSON"}


def test_a_name_shouted_in_quotation_marks_is_left_to_the_quotes() -> None:
    text = 'The crowd kept shouting "Ola Brandt" as the car drove past.'
    assert _labels(_doc(text, ("PERSON", "Ola Brandt")))["Ola Brandt"] == {"PERSON"}


def test_a_firm_read_once_as_a_body_and_once_as_a_person_is_one_firm() -> None:
    text = "Its Tarn Brewing unit lost money. Rivals say Tarn Brewing cut prices first."
    doc = _doc(text, ("ORGANIZATION", "Tarn Brewing"), ("PERSON", "Tarn Brewing"))
    doc = dataclasses.replace(
        doc, entities=(doc.entities[0], dataclasses.replace(doc.entities[1], label="PERSON"))
    )
    assert _labels(doc)["Tarn Brewing"] == {"ORGANIZATION"}


def test_a_name_before_spokesman_with_no_first_name_is_a_body() -> None:
    text = "A Kestrel Orm spokesman said the line would reopen. Kestrel Orm runs six trains."
    assert _labels(_doc(text, ("PERSON", "Kestrel Orm")))["Kestrel Orm"] == {"ORGANIZATION"}


def test_a_name_after_a_noun_of_firms_is_a_firm_in_every_mention() -> None:
    text = "Struggling carmaker Velbrand cut jobs. Velbrand's engines will be built abroad."
    doc = _doc(text, ("PERSON", "Velbrand"))
    assert _labels(doc)["Velbrand"] == {"ORGANIZATION"}


def test_a_film_maker_with_a_first_name_stays_a_person() -> None:
    text = "The film-maker Anna Berg won a prize. Anna Berg thanked her crew."
    assert _labels(_doc(text, ("PERSON", "Anna Berg")))["Anna Berg"] == {"PERSON"}


def test_a_name_before_a_club_noun_is_a_club_at_its_ground_too() -> None:
    text = (
        "Valby manager Ola Dahl was angry after the match. "
        "Ola Dahl said his players had been at Valby for years and lost only at home."
    )
    doc = _doc(text, ("ORGANIZATION", "Valby"), ("PERSON", "Ola Dahl"))
    assert _labels(doc)["Valby"] == {"ORGANIZATION"}


def test_a_player_before_another_side_s_club_noun_stays_a_person() -> None:
    text = "Ivo Marn scored twice. Marn and Norby defender Jo Kell made their debuts in the match."
    doc = _doc(text, ("PERSON", "Ivo Marn"), ("PERSON", "Marn"), ("ORGANIZATION", "Norby"))
    assert _labels(doc)["Marn"] == {"PERSON"}


def test_a_name_that_reported_something_is_an_outlet() -> None:
    text = "Norpress reported that the mine would close. Ann Lind reported from Valby on Monday."
    labels = _labels(_doc(text, ("PERSON", "Norpress"), ("PERSON", "Ann Lind")))
    assert labels == {"Norpress": {"ORGANIZATION"}, "Ann Lind": {"PERSON"}}


def test_a_name_tagged_a_person_ending_in_a_firm_or_school_word_is_a_body() -> None:
    text = "Tovar Textiles cut jobs. Mira Brandt said Norvik Technologies and Valby School agreed."
    doc = _doc(
        text,
        ("PERSON", "Tovar Textiles"),
        ("PERSON", "Norvik Technologies"),
        ("PERSON", "Valby School"),
        ("PERSON", "Mira Brandt"),
    )
    labels = _labels(doc)
    assert labels["Tovar Textiles"] == labels["Norvik Technologies"] == {"ORGANIZATION"}
    assert labels["Valby School"] == {"ORGANIZATION"} and labels["Mira Brandt"] == {"PERSON"}


def test_a_firm_named_by_its_trade_stays_a_firm_beside_one_read_as_a_person() -> None:
    text = "Jo Park bought mines from Tovan Energy. The coal giant Norvik Energy sold the rest."
    doc = _doc(text, ("PERSON", "Tovan Energy"), ("ORGANIZATION", "Norvik Energy"))
    assert _labels(doc)["Norvik Energy"] == {"ORGANIZATION"}


def test_a_first_name_alone_beside_a_trade_firm_opening_with_it_is_the_firm() -> None:
    text = "Ann Berg bought a plant from Walter Energy. She paid Walter in cash and shares."
    doc = _doc(text, ("PERSON", "Ann Berg"), ("PERSON", "Walter Energy"), ("PERSON", "Walter"))
    assert _labels(doc)["Walter"] == {"ORGANIZATION"}


def test_a_first_name_alone_stays_a_person_where_a_full_name_holds_it() -> None:
    text = "Walter Park runs Walter Energy. Walter said the plant would stay open."
    doc = _doc(
        text, ("PERSON", "Walter Park"), ("ORGANIZATION", "Walter Energy"), ("PERSON", "Walter")
    )
    assert _labels(doc)["Walter"] == {"PERSON"}


def test_a_name_ending_in_a_firms_trade_is_a_firm() -> None:
    text = "Harlow Savings added $5 million to its reserves, and Tovar Controls cut jobs."
    doc = _doc(text, ("PERSON", "Harlow Savings"), ("PERSON", "Tovar Controls"))
    assert _labels(doc) == {"Harlow Savings": {"ORGANIZATION"}, "Tovar Controls": {"ORGANIZATION"}}


def test_a_title_inside_a_firms_name_ending_in_its_trade_opens_no_person() -> None:
    from briefing.facts.actors import extract_actors
    from briefing.nlp import analyse

    text = "Orders rose at small firms such as the Valley Prince Cheese Factory in the north."
    names = {a.name: a.type for a in extract_actors(analyse(text))}
    assert "Cheese Factory" not in names
    assert names.get("Valley Prince Cheese Factory") == "organization"


def test_an_unknown_place_ending_in_a_firms_trade_is_a_firm() -> None:
    text = "Ola Brenn, a partner at Brenn Associates in Valby, backed the bid."
    doc = _doc(text, ("PERSON", "Ola Brenn"), ("LOCATION", "Brenn Associates"))
    assert _labels(doc)["Brenn Associates"] == {"ORGANIZATION"}


def test_an_unknown_place_listed_between_organisations_is_an_organisation() -> None:
    text = "The losers were Valco, Norbank and Orra Air, though other bonds held up."
    doc = _doc(
        text, ("ORGANIZATION", "Valco"), ("ORGANIZATION", "Norbank"), ("LOCATION", "Orra Air")
    )
    assert _labels(doc)["Orra Air"] == {"ORGANIZATION"}


def test_the_first_word_of_a_bodys_name_alone_is_its_short_name() -> None:
    text = "Tarvik Brandt Lunde lost money on the deal. Tarvik had advised the buyers."
    doc = _doc(text, ("ORGANIZATION", "Tarvik Brandt Lunde"), ("LOCATION", "Tarvik"))
    assert _labels(doc)["Tarvik"] == {"ORGANIZATION"}


def test_a_known_towns_name_is_a_firms_short_name_where_it_has_stock() -> None:
    text = (
        "Bears circled Phoenix Savings & Loan Association this year. Phoenix's stock fell "
        "by half, and Phoenix has cut its staff in Tucson."
    )
    doc = _doc(
        text, ("ORGANIZATION", "Phoenix Savings & Loan Association"), ("LOCATION", "Phoenix")
    )
    assert _labels(doc)["Phoenix"] == {"ORGANIZATION"}


def test_a_known_town_beside_a_body_it_names_stays_a_place_without_stock() -> None:
    text = "Phoenix Savings & Loan Association opened a branch. Rents in Phoenix rose this year."
    doc = _doc(
        text, ("ORGANIZATION", "Phoenix Savings & Loan Association"), ("LOCATION", "Phoenix")
    )
    assert _labels(doc)["Phoenix"] == {"LOCATION"}


def test_a_name_opening_a_firms_name_with_stock_of_its_own_is_the_firm() -> None:
    text = "Hamilton Mills Inc. forced out its chief. Hamilton's stock rose 3% on the news."
    doc = _doc(text, ("ORGANIZATION", "Hamilton Mills Inc."), ("PERSON", "Hamilton"))
    assert _labels(doc)["Hamilton"] == {"ORGANIZATION"}


def test_a_name_that_runs_a_firm_forcing_out_its_chief_is_the_firm() -> None:
    text = "Analysts were surprised when Ulvang Brekke forced out its chief on Monday."
    doc = _doc(text, ("PERSON", "Ulvang Brekke"))
    assert _labels(doc)["Ulvang Brekke"] == {"ORGANIZATION"}


def test_a_name_before_analyst_is_the_firm_that_employs_the_analyst() -> None:
    text = '"The loans look weak," said Ola Vik, a Tarald B. Holm analyst, on Monday.'
    doc = _doc(text, ("PERSON", "Ola Vik"), ("PERSON", "Tarald B. Holm"))
    assert _labels(doc) == {"Ola Vik": {"PERSON"}, "Tarald B. Holm": {"ORGANIZATION"}}


def test_a_towns_stock_market_leaves_the_town_a_place() -> None:
    text = (
        "Shares in Phoenix Savings & Loan Association slipped. Phoenix's stock market closed "
        "lower, and Phoenix stock prices fell."
    )
    doc = _doc(
        text, ("ORGANIZATION", "Phoenix Savings & Loan Association"), ("LOCATION", "Phoenix")
    )
    assert _labels(doc)["Phoenix"] == {"LOCATION"}


def test_a_name_opening_a_laws_name_stays_as_read() -> None:
    text = "The Tarvik Freedom Act passed in May. Tarvik service providers welcomed it."
    doc = _doc(text, ("ORGANIZATION", "Tarvik Freedom Act"), ("LOCATION", "Tarvik"))
    assert _labels(doc).get("Tarvik") == {"LOCATION"}


def test_a_persons_two_word_name_read_as_a_body_leaves_the_short_name_as_read() -> None:
    text = "Tarvik Ki-sun spoke first. The hall waited for Tarvik, who came late."
    doc = _doc(text, ("ORGANIZATION", "Tarvik Ki-sun"), ("LOCATION", "Tarvik"))
    assert _labels(doc).get("Tarvik") != {"ORGANIZATION"}


def test_a_name_read_as_a_place_that_receives_a_takeover_bid_is_a_firm() -> None:
    text = "Norby Air received a new $30-a-share bid from investor Ola Brenn on Monday."
    doc = _doc(text, ("LOCATION", "Norby Air"), ("PERSON", "Ola Brenn"))
    assert _labels(doc)["Norby Air"] == {"ORGANIZATION"}


def test_a_name_read_as_a_place_with_a_parent_is_a_firm() -> None:
    text = "Ola Brenn sought leave to buy 20% of Tarvik Gulf's parent, and hinted at a bid."
    doc = _doc(text, ("LOCATION", "Tarvik Gulf"), ("PERSON", "Ola Brenn"))
    assert _labels(doc)["Tarvik Gulf"] == {"ORGANIZATION"}


def test_a_county_that_receives_a_bid_stays_a_place() -> None:
    text = "Norby County received a new bid for its road works from a builder in Valby."
    doc = _doc(text, ("LOCATION", "Norby County"))
    assert _labels(doc)["Norby County"] == {"LOCATION"}


def test_a_firm_by_its_form_read_as_a_person_counts_in_a_list_of_firms() -> None:
    text = "The losers were Orra Holdings, Norbank and Tarvik Air, though other bonds held up."
    doc = _doc(
        text, ("PERSON", "Orra Holdings"), ("ORGANIZATION", "Norbank"), ("LOCATION", "Tarvik Air")
    )
    assert _labels(doc)["Tarvik Air"] == {"ORGANIZATION"}


def test_a_middle_initial_inside_a_firms_name_does_not_cut_it() -> None:
    text = '"We doubt it," says Jo Ferd, a Halvor C. Brennet analyst.'
    doc = _doc(text, ("PERSON", "Jo Ferd"), ("ORGANIZATION", "Halvor C. Brennet"))
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Halvor C. Brennet") == "organization"
    assert "Halvor" not in names


def test_a_name_opened_at_its_middle_initial_takes_the_given_name_before_it() -> None:
    text = "The Halvor K. Brennet unit grew fast last year."
    doc = _doc(text, ("ORGANIZATION", "K. Brennet"))
    assert _labels(doc) == {"Halvor K. Brennet": {"ORGANIZATION"}}


def test_a_title_before_a_middle_initial_stays_out_of_the_name() -> None:
    text = "Ola Vik met President K. Brennet in the capital."
    doc = _doc(text, ("PERSON", "Ola Vik"), ("PERSON", "K. Brennet"))
    assert "K. Brennet" in _labels(doc)
