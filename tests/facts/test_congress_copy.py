"""Congress copy in the older wire style: a legislator's party and state in brackets, party
whips, and the world regions and leaders' administrations of foreign-aid stories."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.facts.actors import extract_actors
from briefing.facts.dates import extract_dates
from briefing.facts.places import extract_places
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse
from briefing.nlp import text as text_module


def _actors(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {a.name: (a.type, a.roles) for a in extract_actors(analyse(text))}


def _places(text: str) -> set[str]:
    return {p.name for p in extract_places(analyse(text))}


def test_a_party_and_state_in_brackets_is_no_body_and_no_place() -> None:
    text = (
        "Rep. Ola Brandvik (D., Pa.) backed the grant for the town. "
        "Sen. Mira Osk (R., Ohio) opposed it, and Rep. Tor Vang (D-Calif.) abstained."
    )
    doc = analyse(text)
    assert not [e.text for e in doc.entities if e.text in ("D.", "R.", "Pa.", "Ohio", "Calif.")]
    actors = _actors(text)
    assert set(actors) == {"Ola Brandvik", "Mira Osk", "Tor Vang"}
    assert "Ohio" not in _places(text)


def test_a_whip_before_a_name_is_the_persons_role_and_the_house_a_body() -> None:
    text = (
        "House Minority Whip Carl Brandt counted the votes on the aid bill. "
        "Senate Minority Leader Rosa Kemp called the bill a sham."
    )
    actors = _actors(text)
    assert actors["Carl Brandt"][1] == ("House Minority Whip",)
    assert actors["Rosa Kemp"][1] == ("Senate Minority Leader",)
    assert "Senate Minority" not in actors and "House Minority Whip" not in actors
    assert {"House", "Senate"} <= set(actors)


def test_a_language_joined_to_a_cue_is_no_place() -> None:
    text = "The grant goes to English-speaking schools in Valmora, the minister said on Monday."
    assert "United Kingdom" not in _places(text) and "England" not in _places(text)


def test_a_world_region_is_no_town_and_its_demonym_no_country() -> None:
    text = (
        "The Central American country lost its sugar quota. Aid to Central America and the "
        "Caribbean was cut, and Latin American envoys protested in Eastern Europe."
    )
    places = _places(text)
    assert {"Central America", "Caribbean", "Eastern Europe"} <= places
    assert "Central" not in places and "United States" not in places
    assert "Latin America" not in places  # a demonym names no place (the guideline)


def test_a_leaders_administration_is_no_town() -> None:
    text = "The grant was sought by the Bush administration, the minister said in Valmora."
    assert "Bush" not in _places(text)


def test_a_titled_surname_of_a_firm_is_the_person_and_the_firm() -> None:
    text = (
        "Stefan Brask, president of the Valby Growth Fund, spoke about dividends on Monday.\n\n"
        'A drop below that mark "has always been a warning sign," says Mr. Brask of T. Orme '
        'Kessel.\n\n"It is a weak market," said Ms. Lund of Jo Park Securities.'
    )
    actors = _actors(text)
    assert actors["T. Orme Kessel"][0] == "organization"
    assert actors["Jo Park Securities"][0] == "organization"
    assert actors["Lund"][0] == "person"
    assert "Lund of Jo Park Securities" not in actors
    doc = analyse(text)
    speakers = [q.speaker for q in extract_quotes(doc, extract_actors(doc))]
    assert speakers == ["Stefan Brask", "Lund"]


def test_a_name_in_apposition_to_a_firm_noun_is_a_firm() -> None:
    text = (
        "Valcor, a Norland luxury auto maker being pursued by two rivals, gained 10 pence a "
        "share on Monday. Hollund, a holding company, rose 9 pence. Tova Brennet, a bank "
        "economist, said the market was calm."
    )
    actors = _actors(text)
    assert actors["Valcor"][0] == "organization"
    assert actors["Hollund"][0] == "organization"
    assert actors["Tova Brennet"][0] == "person"


def test_a_name_whose_price_advanced_or_declined_is_a_firm() -> None:
    text = "Kelmar advanced 11 to 890 in Tokyo trading, and Dravik declined 4 to 512, dealers said."
    actors = _actors(text)
    assert actors["Kelmar"][0] == "organization"
    assert actors["Dravik"][0] == "organization"


def test_a_place_name_opening_a_role_keeps_its_first_word() -> None:
    text = "Maren Oystad, a New York lawyer on the bar's ethics panel, said it was wrong."
    assert _actors(text)["Maren Oystad"][1] == ("New York lawyer",)


def test_a_subject_quoted_as_weaving_a_partial_is_described_without_the_passive() -> None:
    text = 'The coach was quoted as calling the new stadium "a disaster" on Monday in Valmora.'
    doc = analyse(text)
    quotes = extract_quotes(doc, extract_actors(doc))
    assert [q.description for q in quotes] == ["The coach"]


def test_a_departments_second_field_of_two_words_stays_in_its_name() -> None:
    text = "Officials at the Department of Health and Social Affairs said the Valmora rule stands."
    assert "Department of Health and Social Affairs" in _actors(text)


def test_a_former_state_with_a_hyphen_is_one_place() -> None:
    places = _places("The collapse of Austria-Hungary redrew the map, historians in Valmora said.")
    assert "Austria-Hungary" in places and not {"Austria", "Hungary"} & places


def test_a_weekday_after_a_finished_event_is_behind_whatever_the_main_verb() -> None:
    text = (
        "And after losing a vote Tuesday night with the Valmora committee, the appropriators "
        "will have to meet again next month."
    )
    found = {d.text: d.value for d in extract_dates(analyse(text), date(1989, 11, 1))}
    assert found["Tuesday night"] == "1989-10-31TNI"


def test_a_region_named_like_a_person_after_a_town_is_a_place() -> None:
    text = "The Rev. Jo Hummer, vicar of Great Ardley, Devon, sacked the band of ringers."
    assert "Devon" in _places(text) and "Devon" not in _actors(text)


def test_a_name_never_opens_with_a_possessive_mark(monkeypatch: pytest.MonkeyPatch) -> None:
    # the tagger's span as it reads some sentences: the mark split off the owner, then the body
    def tagged(words: list[str], tags: list[str]) -> list[tuple[int, int, str]]:
        start = words.index("'s")
        return [(start, start + 4, "ORGANIZATION")]

    monkeypatch.setattr(text_module, "_entities", tagged)
    doc = analyse("A rule bars the mayor's Office of Valby Planning from cutting the fund.")
    assert [e.text for e in doc.entities] == ["Office of Valby"]


def test_a_person_before_a_comma_and_a_firms_legal_form_stays_a_person() -> None:
    text = '"The public is buying," said Tom Brenvik, Allendor Inc. research director.'
    actors = _actors(text)
    assert actors["Tom Brenvik"][0] == "person"
    assert actors["Allendor Inc."][0] == "organization"


def test_a_body_in_a_fronted_phrase_after_a_quote_is_not_its_speaker() -> None:
    text = (
        "Trading risks have risen with the swings of the market this year.\n\n"
        '"You can hear the printers start to go" on the Valby Exchange trading floor, says '
        "one specialist there."
    )
    doc = analyse(text)
    quotes = extract_quotes(doc, extract_actors(doc))
    assert [q.speaker for q in quotes] == [None]


def test_a_name_set_off_after_a_described_source_is_the_speaker() -> None:
    text = (
        "Many traders say program trading is not the main reason for the swings.\n\n"
        '"I have seen no proof of it at all," says a Valby University finance professor, '
        "Hans Storlie, an authority on the subject.\n\n"
        '"It is a scare," says a Norbank economist, Ada Lenk.'
    )
    doc = analyse(text)
    quotes = extract_quotes(doc, extract_actors(doc))
    assert [q.speaker for q in quotes] == ["Hans Storlie", "Ada Lenk"]
