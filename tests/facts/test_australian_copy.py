"""Australian copy: state short forms and regions as places, a place run on over a bearing,
national bodies, family firms, ranked countries and weekend dates (invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.dates import extract_dates
from briefing.facts.places import extract_places
from briefing.nlp import analyse
from tests.facts.test_person_place_kinds import _doc


def _places(text: str) -> dict[str, list[str]]:
    doc = analyse(text)
    return {p.name: [doc.text[e.start : e.end] for e in p.evidence] for p in extract_places(doc)}


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def test_a_state_short_form_is_the_state_under_its_full_name() -> None:
    places = _places(
        "Jo Park says more NSW growers are selling up. Prices in New South Wales fell."
    )
    assert places["New South Wales"] == ["NSW", "New South Wales"]
    assert "NSW" not in _actors("Jo Park says more NSW growers are selling up.")


def test_wa_in_us_copy_is_never_western_australia() -> None:
    assert "Western Australia" not in _places("Norbank will open a plant in Tacoma, WA, next year.")


def test_the_territory_and_outback_regions_are_places() -> None:
    places = _places(
        "The Territory's melon growers want more pickers. Jo Park drove across the Nullarbor."
    )
    assert places["Northern Territory"] == ["Territory"]
    assert "Nullarbor" in places
    assert "Northern Territory" not in _places("Aid reached the Palestinian Territory today.")


def test_a_place_run_on_over_a_bearing_is_two_places() -> None:
    places = _places(
        "Walkers found the hut in the Valby National Park northwest of Sydney last year."
    )
    assert "Sydney" in places
    assert not any("northwest" in name for name in places)


def test_a_name_ending_in_a_country_is_a_national_body() -> None:
    text = "Jo Park says Biosecurity Norway has not released the model."
    assert _actors(text).get("Biosecurity Norway") != "person"


def test_a_family_firm_in_the_plural_is_the_firm() -> None:
    text = (
        "The Berg group already owns half of Norbank. "
        '"The Bergs believe there is room to grow," Jo Park said.'
    )
    actors = _actors(text)
    assert actors.get("Bergs") != "person"


def test_a_country_ranked_by_a_superlative_is_no_state_actor() -> None:
    found = _actors("Jo Park says Norway has the highest welfare standards in the world.")
    assert found.get("Norway") != "state"
    assert _actors("Jo Park says Norway has rejected the plan.").get("Norway") == "state"


def test_the_weekend_after_on_or_at_is_a_date() -> None:
    for text in ("The ship leaves port at the weekend.", "Growers met on the weekend."):
        dates = extract_dates(analyse(text), None)
        assert [(d.text, d.value) for d in dates] == [("the weekend", None)]


def test_a_country_before_a_hyphenated_participle_is_a_location() -> None:
    doc = analyse("Jo Park spoke to the US-funded Radio Valby on Monday.")
    assert [p.name for p in extract_places(doc)] == ["United States"]
    assert "Radio Valby" in {a.name for a in extract_actors(doc)}
    assert extract_places(analyse("The Northern Ireland-born actor Jo Park won.")) == ()


def test_a_season_and_a_year_is_that_season() -> None:
    dates = extract_dates(analyse("They hope to sign a deal by Spring 2005."), None)
    assert [(d.text, d.value) for d in dates] == [("Spring 2005", "2005-SP")]


def test_a_name_after_a_bodys_possessive_before_says_is_a_person() -> None:
    text = "The Valby Growers Federation's Denka Parovi says the season was poor."
    doc = _doc(text, ("ORGANIZATION", "Valby Growers Federation"), ("ORGANIZATION", "Denka Parovi"))
    assert {a.name: a.type for a in extract_actors(doc)}["Denka Parovi"] == "person"
