"""Kinds a reader checks in political and market copy: a leader's government names the
leader, movements and former states are what they are, a committee's subject is no body, a
country ending a body's name is no place, and periodicals and issuers are no persons."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.nlp import analyse


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def _places(text: str) -> set[str]:
    return {p.name for p in extract_places(analyse(text))}


def test_a_surname_before_administration_is_the_leader_not_a_body() -> None:
    text = (
        "Farm exports fell under the Harmon administration, and officials of the Harmon "
        "administration blamed the weather."
    )
    assert _kinds(text).get("Harmon") == "person"
    assert "Harmon" not in _places(text)


def test_a_surname_opening_white_house_is_the_leader_and_the_house_a_body() -> None:
    text = "Aides in the Brandvik White House said on Monday that the plan was dead."
    kinds = _kinds(text)
    assert kinds.get("Brandvik") == "person"
    assert "Brandvik White House" not in kinds and "Brandvik White House" not in _places(text)


def test_a_party_or_capital_before_government_stays_what_it_is() -> None:
    text = "The Labour government and the Moscow government traded notes on Tuesday."
    kinds = _kinds(text)
    assert "Moscow" in _places(text) and kinds.get("Moscow") != "person"
    assert kinds.get("Labour Party") == "organization"


def test_an_indochina_movement_is_an_organisation() -> None:
    text = "Any new Lao Cabinet must include the Pathet Lao, a diplomat said."
    kinds = _kinds(text)
    assert kinds.get("Pathet Lao") == "organization"
    assert kinds.get("Lao Cabinet") == "organization"  # "Lao": the nation's adjective


def test_a_former_state_in_its_old_spelling_is_a_place_not_a_body() -> None:
    text = "The region sits between two firmer allies, Thailand and South Viet Nam."
    assert "South Viet Nam" in _places(text)
    assert "South Viet Nam" not in _kinds(text)


def test_a_committees_subject_after_on_is_no_body() -> None:
    text = (
        "Senator Arne Holt, chairman of the Senate subcommittee on Water Rights, said the "
        "hearings would open in May."
    )
    assert "Water Rights" not in _kinds(text)


def test_a_name_ending_in_a_landform_noun_is_a_place() -> None:
    text = (
        "Lindmark, wary of upsetting its Marrow Basin allies, told its lobbyist to drop the "
        "clause. Farms of the Marrow Basin need the water, growers said."
    )
    assert "Marrow Basin" not in _kinds(text)
    assert "Marrow Basin" in _places(text)


def test_countries_opening_a_bodys_name_are_no_places() -> None:
    text = (
        "Jon Revik, who founded Chile and Peru Veterans of America, said the bill was late. "
        "Team USA will swim in Valby in June."
    )
    places = _places(text)
    assert not {"Chile", "Peru", "United States"} & places


def test_a_country_and_a_body_listed_stay_apart() -> None:
    text = "Canada and Bank of America agreed on the loan, and trade with the United States grew."
    places = _places(text)
    assert {"Canada", "United States"} <= places


def test_a_name_ending_in_a_publication_noun_is_no_person() -> None:
    text = "Her study of the tax will appear in the Bruno Law Review in May."
    assert _kinds(text).get("Bruno Law Review") == "organization"


def test_a_name_before_a_coupon_and_a_security_is_the_issuer() -> None:
    text = (
        "Tessa Mae's 8% issue for March closed at 97 3/8, while the Tessa Mae 8 1/2% "
        "securities yielded 8.7%, dealers said."
    )
    assert _kinds(text).get("Tessa Mae") == "organization"


def test_a_name_whose_adrs_rose_is_a_firm() -> None:
    text = "In New York trading, Pellworth's ADRs climbed 3/8 to 21 1/4 after the bid."
    assert _kinds(text).get("Pellworth") == "organization"


def test_a_firm_named_in_apposition_is_the_firm_at_every_mention() -> None:
    text = (
        "Marwick, a Swiss watch maker sought by two rivals, rose 4 francs. A bid for control "
        "of Marwick is likely.\n\nLike Marwick, Delco eased in late dealings."
    )
    marwick = [a for a in extract_actors(analyse(text)) if a.name == "Marwick"]
    assert [a.type for a in marwick] == ["organization"]


def test_a_surname_after_a_title_and_its_portfolio_is_the_office_holder() -> None:
    text = (
        "Secretary of State Halvard met envoys in Oslo on Monday. Minister of Finance Varsky "
        "disagreed, and Secretary of the Treasury Dalmore said nothing."
    )
    actors = {a.name: (a.type, a.roles) for a in extract_actors(analyse(text))}
    assert actors.get("Halvard") == ("person", ("Secretary of State",))
    assert actors.get("Varsky") == ("person", ("Minister of Finance",))
    assert actors.get("Dalmore") == ("person", ("Secretary of the Treasury",))


def test_a_citys_former_name_is_a_place_in_its_country() -> None:
    text = (
        "The envoy flew from Leopoldville to Leningrad in May. Crowds lined Ciudad Trujillo's "
        "harbour, and the talks in Ciudad Trujillo ended early."
    )
    places = {p.name: p.country for p in extract_places(analyse(text))}
    assert places.get("Leopoldville") == "Democratic Republic of the Congo"
    assert places.get("Leningrad") == "Russia"
    assert places.get("Ciudad Trujillo") == "Dominican Republic"
    assert "Ciudad Trujillo" not in _kinds(text)


def test_a_town_s_newspaper_after_the_is_a_body_not_a_place() -> None:
    text = "The mill will close in May, according to the Dunmore Mercury. Workers were told."
    assert _kinds(text).get("Dunmore Mercury") == "organization"
    assert "Dunmore Mercury" not in _places(text)


def test_a_paper_cut_before_its_last_word_is_the_whole_paper() -> None:
    text = "In a poll by the Harbin Falls Register, Ana Berg led with 40 percent."
    assert _kinds(text).get("Harbin Falls Register") == "organization"
