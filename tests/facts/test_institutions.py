"""Parties, institutions, channels and the names British political news writes around them.

The articles are our own, written for these tests.
"""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.institutions import canonical, find
from briefing.facts.kinds import classify
from briefing.facts.places import extract_places
from briefing.model import Actor
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def _places(text: str) -> set[str]:
    return {p.name for p in extract_places(analyse(text))}


def test_party_forms_merge_into_one_row() -> None:
    actors = _actors(
        "The Tories promised lower taxes on Monday. The Tory leader, Anne Fairbrook, said "
        "the Conservatives would cut spending on consultants."
    )
    party = actors["Conservative Party"]
    assert party.type == "organization"
    assert {"Tories", "Tory", "Conservatives"} <= set(party.aliases)
    assert party.mentions == 3
    assert not {"Tories", "Tory", "Conservatives"} & set(actors)


def test_a_party_member_names_the_party_and_christian_democrats_are_their_own() -> None:
    assert canonical("Democrat") == "Democratic Party"
    actors = _actors("Ann Lind, a Democrat from Valby, met the Christian Democrat leader.")
    assert "Democratic Party" in actors
    assert "Christian Democrats" in actors


def test_lib_dems_are_a_party_not_a_person() -> None:
    actors = _actors(
        "The council vote was close. Lib Dem councillors in Marlow backed the plan, and the "
        "Lib Dems said it would pass."
    )
    assert actors["Liberal Democrats"].type == "organization"
    assert "Lib Dem" not in actors and "Lib Dems" not in actors


def test_uk_is_a_place_not_an_organisation() -> None:
    text = "Exports from the UK to Norway rose by a fifth last year, the figures showed."
    assert "UK" not in _actors(text)
    assert "United Kingdom" in _places(text)


def test_radio_channel_keeps_its_number() -> None:
    actors = _actors("The minister told BBC Radio 4's morning programme that the plan was fair.")
    assert "BBC Radio 4" in actors and "BBC Radio" not in actors


def test_radio_number_alone_is_the_bbc_channel() -> None:
    assert canonical("Radio 4") == "BBC Radio 4"
    assert canonical("Tories") == "Conservative Party"
    assert canonical("Acme Widgets") is None


def test_downing_street_and_the_commons_are_organisations_not_places() -> None:
    text = (
        "The plan was approved by Downing Street on Tuesday. Ministers will put it to the "
        "Commons in March, a spokesman for Whitehall said."
    )
    actors = _actors(text)
    assert {"Downing Street", "House of Commons", "Whitehall"} <= set(actors)
    assert not {"Downing Street", "Whitehall"} & _places(text)


def test_a_parliamentary_term_is_not_the_institution() -> None:
    actors = _actors("The party hopes to build new homes by the end of the next Parliament.")
    assert "Parliament" not in actors


def test_party_before_a_title_and_name_is_cut_from_the_person() -> None:
    actors = _actors("The amendment was moved by Tory Lord Ashworth in the upper chamber.")
    assert "Conservative Party" in actors
    assert "Tory Lord Ashworth" not in actors
    assert actors["Lord Ashworth"].type == "person"


def test_organisation_head_keeps_its_complement() -> None:
    actors = _actors(
        "The report was written for the Commission for Rural Transport last spring, and it "
        "went to the Department for Roads and Bridges."
    )
    assert "Commission for Rural Transport" in actors
    assert "Department for Roads and Bridges" in actors
    assert "Commission" not in actors


def test_organisation_head_keeps_a_complement_after_for_a_and_of_the() -> None:
    actors = _actors(
        "The Committee for a Sound Harbour Budget wrote to the Valby Endowment of the Arts "
        "on Monday."
    )
    assert {"Committee for a Sound Harbour Budget", "Valby Endowment of the Arts"} <= set(actors)


def test_a_prison_is_a_place_not_a_person() -> None:
    text = "The two men were held at Greyhill Prison for three years before the trial."
    assert not any(a.type == "person" for a in _actors(text).values())
    assert "Greyhill Prison" in _places(text)


def test_laws_and_plural_abbreviations_are_not_names() -> None:
    text = (
        "MPs debated the Harbour Safety Bill before Christmas. The bill was backed by "
        "the Liberal Democrats and opposed by the Greens in Bristol."
    )
    actors = _actors(text)
    assert not {"MPs", "Harbour Safety Bill"} & set(actors)
    assert "Christmas" not in _places(text)


def test_royal_title_with_of_is_a_person() -> None:
    actors = _actors("The Prince of Wales opened the new wing of the hospital on Friday.")
    assert actors["Prince of Wales"].type == "person"


def test_kinds_passed_explicitly_give_the_same_rows() -> None:
    doc = analyse("Labour MPs met in Leeds. The Tories said Labour had failed the north.")
    kinds = classify(doc)
    assert extract_actors(doc, kinds) == extract_actors(doc)
    assert extract_places(doc, kinds) == extract_places(doc)


def test_newspapers_are_found_and_one_word_titles_only_after_the() -> None:
    text = (
        "According to the Independent, the talks failed. The Evening Standard and the News "
        "of the World ran the story. An Independent candidate stood."
    )
    doc = analyse(text)
    names = [k.canonical for s in doc.sentences for k in find(s)]
    assert names == ["The Independent", "Evening Standard", "News of the World"]


def test_devolved_bodies_and_parties_are_their_own_rows() -> None:
    text = (
        "The Welsh Assembly Government said the plan was sound. Scottish Conservative "
        "leader Ann Orme disagreed, and the Tories in London said nothing."
    )
    names = set(_actors(text))
    assert {"Welsh Assembly Government", "Scottish Conservative Party"} <= names
    assert "Welsh Assembly" not in names


def test_unions_pollsters_and_campaign_groups_are_organisations() -> None:
    actors = _actors(
        "Unison's members and the Transport and General Workers' Union voted to strike. "
        "A Mori poll found most voters agreed, and Age Concern backed the workers."
    )
    assert actors["Unison"].type == "organization"
    assert actors["Transport and General Workers' Union"].type == "organization"
    assert actors["Mori"].type == "organization"
    assert actors["Age Concern"].type == "organization"


def test_a_civic_body_inside_a_persons_name_is_no_body() -> None:
    actors = _actors("The runner Paolo Mori won the race in Rome on Sunday.")
    assert "Paolo Mori" in actors and "Mori" not in actors


def test_a_one_word_newspaper_before_a_press_word_is_the_paper_even_beside_a_common_word() -> None:
    actors = _actors(
        "The former Sun editor joined the panel. He said he liked the sun on his face."
    )
    assert actors["The Sun"].type == "organization"


def test_us_party_adjective_before_a_role_is_the_party() -> None:
    actors = _actors(
        "The Republican nominee, Dana Morrow, spoke in Valby. Two Democratic senators "
        "said they would wait for the count."
    )
    assert actors["Republican Party"].type == "organization"
    assert actors["Democratic Party"].type == "organization"


def test_senate_inside_a_title_is_an_organisation_and_the_person_keeps_the_title() -> None:
    actors = _actors("Senate Majority Leader Dana Morrow said the vote would wait.")
    assert actors["Senate"].type == "organization"
    assert actors["Dana Morrow"].type == "person"


def test_wall_street_is_the_financial_community() -> None:
    actors = _actors("Wall Street cheered the plan, and Norbank shares rose in Valby.")
    assert actors["Wall Street"].type == "organization"
    assert "Wall Street" not in _places("Wall Street cheered the plan.")


def test_the_premier_league_is_a_body_in_any_of_its_forms() -> None:
    actors = _actors("Valby Rovers hope to stay in the Premier League, the Premiership's richest.")
    assert actors["Premier League"].type == "organization"
    assert "Premiership" in actors["Premier League"].aliases


def test_an_armed_group_in_any_spelling_is_one_organisation() -> None:
    actors = _actors(
        "Officials in Valby said al Qaeda had claimed the raid. A second cell loyal to "
        "al-Qaeda was broken up near the port on Friday."
    )
    group = actors["al-Qaeda"]
    assert group.type == "organization"
    assert group.mentions == 2
    assert not any(a.type == "person" and "Qaeda" in a.name for a in actors.values())


def test_a_football_league_is_a_body_by_its_own_name() -> None:
    actors = _actors("Jo Park has scored nine goals in La Liga since his move from Valby Rovers.")
    assert actors["La Liga"].type == "organization"
    assert "La Liga" not in _places("Jo Park has scored nine goals in La Liga this season.")


def test_a_plural_party_opening_a_sentence_before_a_present_verb_is_the_party() -> None:
    text = "Democrats want a higher levy on boats, and the harbour board wants none."
    actors = {a.name: a for a in extract_actors(every_occurrence(text))}
    assert actors["Democratic Party"].type == "organization"


def test_a_plural_party_word_opening_a_sentence_before_a_noun_is_no_party() -> None:
    text = "Democrats groups met in Valmora on Monday."
    actors = {a.name: a for a in extract_actors(every_occurrence(text))}
    assert "Democratic Party" not in actors


def test_a_party_opening_a_sentence_before_a_title_is_the_party() -> None:
    actors = _actors(
        "The harbour bill passed on Monday. Democratic Sen. Ana Lind of Valmora voted against "
        "it, her office said."
    )
    assert actors["Democratic Party"].type == "organization"


def test_a_communist_party_by_its_plural_is_one_organisation() -> None:
    actors = _actors(
        "The bank in Valmora lent the old regime money before the Communists seized power, "
        "Ana Lind said."
    )
    assert actors["Communist Party"].type == "organization"


def test_two_parties_joined_by_and_in_one_span_are_two_rows() -> None:
    text = "The pact let the Communists and Christian Democrats govern Valmora together."
    doc = every_occurrence(text, ("ORGANIZATION", "Communists and Christian Democrats"))
    names = {a.name for a in extract_actors(doc)}
    assert {"Communist Party", "Christian Democrats"} <= names


def test_a_channel_then_one_name_before_a_who_clause_is_the_channel_and_a_person() -> None:
    text = (
        "Two women who served the militia spoke out this week. In an interview with "
        "Sky News Jana, who fled after her husband was killed in a raid, said the rules were "
        "harsh."
    )
    actors = _actors(text)
    assert actors["Jana"].type == "person"
    assert actors["Sky News"].type == "organization"
    assert "Sky News Jana" not in actors


def test_social_democrats_cut_after_a_lower_case_word_are_not_the_us_party() -> None:
    actors = _actors(
        "Talks stalled on Tuesday after the opposition Social Democrats rejected a draft "
        "budget put forward by the prime minister of Norland."
    )
    assert "Social Democrats" in actors
    assert "Democratic Party" not in actors
