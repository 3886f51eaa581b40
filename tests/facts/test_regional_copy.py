"""Regional copy a reader checks first: a devolved government by its name, a club or town
ending in "Town", a titled officer "of" a force as the speaker, a member's letters from
Irish and Northern Irish copy, a councillor's title, a body named after two areas and a
TV station's dateline (invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.facts.quotes import extract_quotes
from briefing.model import Actor, Quote
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_devolved_government_by_its_name_is_a_body() -> None:
    actors = _actors(
        "The Scottish Government has set aside £4m for the Arnsay ferry. Welsh Government "
        "officials said the Valby bridge would reopen in May."
    )
    assert actors["Scottish Government"].type == "organization"
    assert actors["Welsh Government"].type == "organization"


def test_a_name_ending_in_town_is_never_a_person() -> None:
    text = (
        "Rail workers in Marlow Town will strike next week. Harford host Marlow Town in a "
        "derby that day, and fans were told to find other ways to the ground."
    )
    actors = _actors(text)
    assert "Marlow Town" not in actors or actors["Marlow Town"].type != "person"
    assert "Marlow Town" in {p.name for p in extract_places(analyse(text))}


def test_the_titled_officer_of_a_force_speaks_not_the_force() -> None:
    (quote,) = _quotes(
        'Detective Constable Aled Price of Wessex Police said after the hearing: "We hope '
        'this sentence gives some comfort to the families affected."'
    )
    assert quote.speaker == "Aled Price"


def test_a_seat_before_a_member_of_the_dail_names_a_person() -> None:
    actors = _actors("Glenmore TD Ciara Doyle said the clinic in Ardcarn must stay open.")
    assert actors["Ciara Doyle"].type == "person"
    assert "Glenmore TD" not in actors


def test_a_councillor_s_title_is_no_part_of_the_name() -> None:
    actors = _actors("Cllr Bryn Talbot said the leisure centre in Harford would close in June.")
    assert "Bryn Talbot" in actors
    assert "Cllr" in actors["Bryn Talbot"].roles


def test_a_body_named_after_two_areas_keeps_both() -> None:
    actors = _actors(
        "Avon and Somerset Police said two men were arrested in Harford. Devon and Somerset "
        "Fire and Rescue Service sent four crews."
    )
    assert actors["Avon and Somerset Police"].type == "organization"
    assert "Devon and Somerset Fire and Rescue Service" in actors
    assert "Devon" not in actors and "Avon" not in actors


def test_a_station_s_dateline_place_is_a_place() -> None:
    doc = analyse(
        "CEDAR HOLLOW, Okla. (KTVX) — Firefighters from three departments spent Saturday "
        "afternoon battling a brush fire that burned about 200 acres east of Cedar Hollow."
    )
    assert "CEDAR HOLLOW" not in {a.name for a in extract_actors(doc)}
    assert any(p.name.lower() == "cedar hollow" for p in extract_places(doc))


def test_the_irish_prime_minister_s_title_is_a_role_and_no_body() -> None:
    actors = _actors(
        "Taoiseach Eamon Ruane defended the budget in Ardcarn. The Taoiseach said the "
        "clinic would stay open."
    )
    assert actors["Eamon Ruane"].roles == ("Taoiseach",)
    assert "Taoiseach" not in actors


def test_a_province_owning_a_ministry_is_a_place_not_a_person() -> None:
    text = "Quebec's transport ministry will rebuild the Valby bridge from next spring."
    assert "Quebec" not in _actors(text)
    assert "Quebec" in {p.name for p in extract_places(analyse(text))}


def test_a_body_named_after_a_valley_keeps_the_valley_s_first_word() -> None:
    actors = _actors(
        "The woman was walking along Mill Lane when a man came up behind her, Thames Valley "
        "Police said."
    )
    assert "Thames Valley Police" in actors
    assert "Valley Police" not in actors


def test_a_portfolio_before_minister_is_no_affiliation() -> None:
    actors = _actors("Industries Minister Anil Varma said the land in Chakri was ready.")
    assert actors["Anil Varma"].roles == ("Industries Minister",)
    assert actors["Anil Varma"].affiliation is None


def test_a_body_before_a_role_keeps_an_office_word_that_opens_its_name() -> None:
    actors = _actors(
        "State Emergency Service spokesman Wade Corrie said crews made nine rescues near "
        "Tarrabool. Former Valby Council chief Ann Berg said the levee held."
    )
    assert actors["Wade Corrie"].affiliation == "State Emergency Service"
    assert actors["Ann Berg"].affiliation == "Valby Council"


def test_an_office_before_of_is_no_part_of_the_body_it_heads() -> None:
    actors = _actors(
        "Halvorsen Foods plc, a producer of chilled ready meals, today named Clare Whitmore as "
        'Chief Financial Officer.\n\n"Clare brings exceptional experience in consumer goods," '
        "said Martin Halvorsen, Chief Executive of Halvorsen Foods."
    )
    assert "Halvorsen Foods" in actors
    assert "Executive of Halvorsen Foods" not in actors


def test_a_name_never_runs_over_a_line_break() -> None:
    actors = _actors(
        "Brekke Foods plc today named Ann Holm as Finance Director.\n\n"
        "About Brekke Foods\nBrekke Foods plc employs 900 people in Harford."
    )
    assert "Brekke Foods" in actors
    assert not any("Foods Brekke" in name or "\n" in name for name in actors)


def test_a_firm_s_kind_opening_the_sentence_is_no_part_of_its_name() -> None:
    actors = _actors(
        "Shares rose. Rival Kestrel Motors, which also makes vans, declined to comment."
    )
    assert "Kestrel Motors" in actors
    assert not any(name.startswith("Rival") for name in actors)


def test_a_name_before_which_is_no_person_anywhere() -> None:
    actors = _actors(
        "Sales at Tarsen Motors rose, but Vekra Auto, which also makes scooters, saw sales "
        "fall. Vekra Auto said it would recover."
    )
    assert actors["Vekra Auto"].type == "organization"


def test_a_seat_and_member_letters_describe_the_speaker_and_name_no_one() -> None:
    (quote,) = _quotes('"People are lying on trolleys for days," the Kilbeg TD said.')
    assert quote.speaker is None
    assert quote.description == "the Kilbeg TD"


def test_the_leader_of_a_body_named_after_two_areas_is_the_speaker() -> None:
    text = (
        "Ferry sailings to Arnsay were cancelled again on Monday. Argyll and Bute Council "
        'leader Morag Lennox said islanders had "waited years for action".'
    )
    actors = _actors(text)
    assert actors["Morag Lennox"].affiliation == "Argyll and Bute Council"
    (quote,) = _quotes(text)
    assert quote.speaker == "Morag Lennox"


def test_a_possessive_in_a_who_clause_settles_the_person_s_sex() -> None:
    quotes = _quotes(
        "Referee Jo Brannigan called the players off at half-time.\n\n"
        "Season-ticket holder Jo Tasker, 44, who travelled from Lowbridge with her two sons, "
        "said the club should have acted sooner.\n\n"
        "'We were robbed. They knew at noon the pitch was a mess,' she fumed."
    )
    assert quotes[-1].speaker == "Jo Tasker"
