"""Faults a reader met in the fortieth round's invented stories: a US state legislator's
party and home town after the name, the legislature read as a person, the elected title
kept inside the name, and the age of a fossil read as a date."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.dates import extract_dates
from briefing.facts.places import extract_places
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse
from briefing.pipeline import analyze
from briefing.sources import from_text


def _quotes(text: str) -> list[tuple[str, str | None]]:
    doc = analyse(text)
    return [(q.text, q.speaker) for q in extract_quotes(doc, extract_actors(doc))]


def _actors(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {a.name: (a.type, a.roles) for a in extract_actors(analyse(text))}


def test_party_and_home_town_after_a_name_is_no_actor() -> None:
    text = (
        "Water bill passes\n\n"
        '"It is a mandate with no money behind it," said Assemblyman Tomas Quill, '
        "R-Bakersfield. He said he expected lawsuits from growers."
    )
    actors = _actors(text)
    assert "R-Bakersfield" not in actors
    assert actors["Tomas Quill"] == ("person", ("Assemblyman",))


def test_the_state_legislature_is_no_person() -> None:
    text = (
        "Water bill passes\n\n"
        "Growers had warned the state Legislature that the bill would ruin them. "
        "The governor signed it on Friday."
    )
    assert "Legislature" not in {n for n, (kind, _) in _actors(text).items() if kind == "person"}


def test_ages_of_the_earth_are_no_dates() -> None:
    text = (
        "Old fish found\n\n"
        "The fish was thought to have died out 60 million years ago, and its cousins "
        "thousands of years ago. The team saw it two years ago."
    )
    found = [d.text for d in extract_dates(analyse(text), None)]
    assert found == ["two years ago"]


def test_she_after_a_victim_only_described_is_not_the_judge_quoted_before() -> None:
    text = (
        "Adviser jailed\n\n"
        "Judge Rhona Vell told him: 'You preyed on people who trusted you.'\n\n"
        "One victim, a 79-year-old widow from Tarnby, lost her savings. In a statement read "
        "to the court, she said: 'I cannot sleep at night.'"
    )
    said = dict(_quotes(text))
    assert said["You preyed on people who trusted you."] == "Rhona Vell"
    assert said["I cannot sleep at night."] != "Rhona Vell"


def test_a_venue_keeps_the_name_before_its_last_word() -> None:
    text = (
        "Harbour edge Rovers\n\n"
        "Harbour beat Westby Rovers 3-2 at the Quayside Stadium on Saturday, their third win "
        "in a row in the league."
    )
    assert "Quayside Stadium" in {p.name for p in extract_places(analyse(text))}


def test_a_known_region_before_the_word_region_is_a_place() -> None:
    text = (
        "Floods in Italy\n\n"
        "Heavy rain forced hundreds of people from their homes in the Emilia-Romagna region "
        "on Sunday, officials said."
    )
    assert "Emilia-Romagna" in {p.name for p in extract_places(analyse(text))}


def test_a_caption_verb_credits_the_post_to_its_writer() -> None:
    text = (
        "Star weds\n\n"
        "Reality star Tamsin Vell has revealed that she married her boyfriend in secret.\n\n"
        "'Best day of my life,' she captioned the post."
    )
    assert _quotes(text) == [("Best day of my life", "Tamsin Vell")]


def test_the_headline_gives_a_role_and_the_full_name_of_a_person_named_by_surname() -> None:
    text = (
        "Tributes paid to former MP Edwin Tarrant\n\n"
        "Tarrant has died at the age of 87, his family said on Friday. He served the town "
        "for two decades."
    )
    actors = analyze(from_text(text)).facts.actors
    assert [(a.name, a.roles) for a in actors if a.type == "person"] == [
        ("Edwin Tarrant", ("former MP",))
    ]


def test_a_seat_after_represented_and_before_its_party_is_a_place() -> None:
    text = (
        "Former MP dies\n\n"
        "Edwin Tarrant, who represented Calder Vale for the Labour Party for 22 years, has "
        "died. His successor said Calder Vale had lost a friend."
    )
    assert "Calder Vale" in {p.name for p in extract_places(analyse(text))}
    assert "Calder Vale" not in _actors(text)


def test_a_county_closing_an_address_is_a_place_and_so_is_its_town() -> None:
    text = (
        "Adviser jailed\n\n"
        "Graham Tullet, 58, of Penwick, Surrey, admitted 14 counts of fraud last month. "
        "His partner, Jo Lindqvist, of Dorking, Surrey, was cleared."
    )
    places = {p.name: p.country for p in extract_places(analyse(text))}
    assert places["Surrey"] == "United Kingdom"
    assert places["Penwick"] == "United Kingdom"
    assert "Dorking" in places
    assert "Surrey" not in _actors(text)


def test_she_is_never_a_body_quoted_before() -> None:
    text = (
        "Climber dies\n\n"
        "Tarnby Mountain Rescue Team, which recovered the body, said the ridge had been "
        '"treacherous".\n\n'
        "The climber's mother paid tribute to her son. 'He was happiest in the hills,' she said."
    )
    said = dict(_quotes(text))
    assert said["He was happiest in the hills"] is None


def test_a_sheriff_court_is_a_body_not_a_person_with_a_title() -> None:
    text = (
        "Man charged\n\nThe man is due to appear at Inverness Sheriff Court on Monday, police said."
    )
    actors = _actors(text)
    assert "Court" not in actors
    assert actors.get("Inverness Sheriff Court", ("organization",))[0] == "organization"


def test_a_hall_after_the_is_a_place_not_a_person() -> None:
    text = (
        "Farewell tour\n\n"
        "The tour opens at the Usher Hall in Edinburgh and closes at the Royal Albert Hall. "
        "Model Jerry Hallam said she would go."
    )
    assert {"Usher Hall", "Royal Albert Hall"} <= {p.name for p in extract_places(analyse(text))}
    assert not {"Usher Hall", "Royal Albert Hall"} & set(_actors(text))
