"""Places with the words news copy writes around them: a lower-case region word before
("western Vermont") or after ("Valby county"), a hyphen that joins a name, a government."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import _untagged_place, extract_places
from briefing.nlp import analyse


def _places(text: str) -> dict[str, list[str]]:
    doc = analyse(text)
    return {p.name: [doc.text[e.start : e.end] for e in p.evidence] for p in extract_places(doc)}


def test_a_state_after_a_lower_case_region_word_is_a_place() -> None:
    assert "Vermont" in _places("Ann Lind watched the race from a living room in western Vermont.")
    assert "Kentucky" in _places("Jo Park farmed in eastern Kentucky for years.")


def test_a_lower_case_region_word_after_a_place_is_read_with_it() -> None:
    places = _places("The vote in Loxley county was close, said Jo Park of Loxley county.")
    assert places.get("Loxley") == ["Loxley county", "Loxley county"]


def test_a_country_before_state_keeps_its_bare_name() -> None:
    places = _places("The trial ran in the US state of Ohio for two years.")
    assert "US" in places.get("United States", [])


def test_a_country_at_the_end_of_a_hyphened_name_is_no_place() -> None:
    places = _places("Lars Berg, a then-New England Harbor Sharks forward, retired in May.")
    assert "United Kingdom" not in places and "England" not in places


def test_a_country_whose_government_acts_is_a_state_actor() -> None:
    actors = extract_actors(analyse("The US government recently announced new fishing rules."))
    assert "United States" in {a.name for a in actors if a.type == "state"}


def test_a_state_before_a_senators_title_is_a_place_even_when_the_tagger_misses_it() -> None:
    s = analyse("Voters cheered when Vermont Sen. Jo Park spoke on Friday.").sentences[0]
    i = next(i for i, t in enumerate(s.tokens) if t.text == "Vermont")
    assert _untagged_place(s, i, set())


def test_a_regimes_adjective_is_no_place() -> None:
    assert not _places("Ann Lind wrote a history of Nazi propaganda films.")


def test_a_country_before_wide_is_where_it_happens() -> None:
    assert "United Kingdom" in _places("Staff in Cardiff joined the UK-wide strike on Friday.")


def test_a_party_word_after_a_place_is_no_part_of_it() -> None:
    places = _places("He blamed the London Tory machine for the defeat.")
    assert "London" in places and "London Tory" not in places


def test_a_country_joined_to_a_demonym_is_named() -> None:
    assert "United States" in _places("The deal was signed by US-German firm Norcar in May.")


def test_a_rulers_title_before_of_and_a_country_is_an_office_no_place() -> None:
    assert "Emir of Kuwait" not in _places("Jo Park wrote to the Emir of Kuwait in 1990.")


def test_a_faith_word_before_a_demonym_is_no_place() -> None:
    places = _places("Ann Lind taught at the Islamic Saudi school in Ohio.")
    assert "Islamic Saudi" not in places and "Ohio" in places


def test_a_former_state_is_placed_on_the_map() -> None:
    doc = analyse("Her parents left Yugoslavia in 1970 and never went back.")
    rows = {p.name: p for p in extract_places(doc)}
    assert rows["Yugoslavia"].latitude is not None


def test_a_name_before_a_lower_case_landform_noun_is_read_with_it() -> None:
    places = _places("Fishing boats crowded the Kestrian peninsula all summer.")
    assert places.get("Kestrian peninsula") == ["Kestrian peninsula"]


def test_a_landform_noun_before_of_is_no_name() -> None:
    assert "Kestrian island" not in _places("He sailed from the Kestrian island of Loxa at dawn.")


def test_a_nations_adjective_joins_the_nation_the_article_names() -> None:
    places = _places("Scottish voters backed Scotland's bid, Britain said.")
    assert places.get("Scotland") == ["Scottish", "Scotland"]


def test_a_nations_adjective_alone_stays_with_the_united_kingdom() -> None:
    assert _places("British and Scottish fans sang.").get("United Kingdom") == [
        "British",
        "Scottish",
    ]


def test_a_us_state_comes_before_a_city_abroad_named_after_it() -> None:
    doc = analyse("Ann Lind moved to a farm in Virginia.")
    rows = {p.name: p for p in extract_places(doc)}
    assert rows["Virginia"].country == "United States" and rows["Virginia"].type == "region"


def test_a_landmark_in_a_known_place_is_in_its_country() -> None:
    doc = analyse("Crowds filled Loxley Square in Oslo on Friday.")
    rows = {p.name: p for p in extract_places(doc)}
    assert rows["Loxley Square"].country == "Norway"


def test_a_party_and_state_written_in_full_after_a_legislator_is_no_place() -> None:
    places = _places("Sen. Jo Park, R-South Carolina, said the bill would pass.")
    assert not any(name.startswith("R-") for name in places)


def test_a_lone_street_word_takes_the_address_before_it() -> None:
    places = _places("The fire broke out in front of 88 West 41st Street, police said.")
    assert "88 West 41st Street" in places and "Street" not in places


def test_a_state_or_city_before_based_or_bound_is_a_place() -> None:
    places = _places("A Nevada-based firm put Jo Park on a Toronto-bound flight on Monday.")
    assert places.get("Nevada") == ["Nevada"] and places.get("Toronto") == ["Toronto"]


def test_a_place_of_two_words_or_an_abbreviation_before_based_is_read_whole() -> None:
    places = _places("Ann Lind joined New York-based Norbank from an Orlando, Fla.-based paper.")
    assert places.get("New York") == ["New York"] and places.get("Florida") == ["Fla."]


def test_a_name_the_gazetteer_lacks_before_backed_is_no_place() -> None:
    assert not _places("Voters rejected the Berg-backed plan for the harbour on Monday.")
