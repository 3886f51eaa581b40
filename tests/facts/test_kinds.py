"""What kind of thing a name is: news conventions on top of the entity tagger.

The articles are our own. Entities are given by hand (label, surface) so each test pins
one rule, whatever the tagger makes of the sentence.
"""

from __future__ import annotations

import dataclasses

from briefing.facts.actors import extract_actors
from briefing.facts.kinds import classify, datelines
from briefing.facts.places import extract_places
from briefing.model import Doc, Entity
from briefing.nlp import analyse


def _entity(doc: Doc, label: str, surface: str, start: int) -> Entity:
    """The mention of `surface` at character `start`, labelled `label`."""
    end = start + len(surface)
    s = next(x for x in doc.sentences if x.start <= start < x.end)
    return Entity(label, surface, start, end, s.index, *s.token_span(start, end))


def _doc(text: str, *names: tuple[str, str]) -> Doc:
    """`text` analysed, with exactly the entities `names` ((label, surface), last match)."""
    doc = analyse(text)
    entities = tuple(_entity(doc, label, surface, text.rindex(surface)) for label, surface in names)
    return dataclasses.replace(doc, entities=entities)


def _labels(doc: Doc) -> dict[str, str]:
    return {e.text: e.label for e in classify(doc).entities}


MATCH = (
    "Leeds beat Chelsea 2-1 in the league on Saturday. The striker scored twice in the "
    "match and the coach praised his team. Arsenal drew 1-1 with Valby Rovers to stay top."
)


def test_dateline_names_a_place_not_an_organisation() -> None:
    text = "OSLO 2024-03-02\n\nThe harbour board approved the new ferry timetable."
    doc = _doc(text, ("ORGANIZATION", "OSLO"))
    assert [e.text for e in datelines(doc)] == ["OSLO"]
    assert _labels(doc) == {"OSLO": "LOCATION"}
    assert [p.name for p in extract_places(doc)] == ["Oslo"]
    assert not extract_actors(doc)


def test_sports_report_needs_scores_and_sports_words() -> None:
    assert classify(analyse(MATCH)).sports
    assert not classify(analyse("The council met on Monday and voted 7-2 on the plan.")).sports


def test_a_results_table_or_fixture_list_makes_a_sports_report() -> None:
    results = "Hockey league games:\n\nDunmore 4 Valby 1\n\nNorbury 2 ESKER 3\n\nLund 0 Osby 0\n"
    fixtures = (
        "The cricket team's matches:\n\nMay 3 v Dunmore\n\nMay 5-7 v Norbury\n\nMay 9 v Esker\n"
    )
    assert classify(analyse(results)).sports
    assert classify(analyse(fixtures)).sports


def test_town_after_a_venue_stays_a_place_in_a_sports_report() -> None:
    text = MATCH + " The final is at Norbury Park, Leeds."
    doc = _doc(text, ("LOCATION", "Leeds"))
    assert _labels(doc)["Leeds"] == "LOCATION"


def test_a_town_alone_at_a_line_end_stays_a_place_in_a_sports_report() -> None:
    text = MATCH + " The next game is at the stadium in\n\nOslo."
    doc = _doc(text, ("LOCATION", "Oslo"))
    assert _labels(doc)["Oslo"] == "LOCATION"


TRANSFER = (
    "The midfielder joined Harbourton from Valby in the summer. The club's coach said the "
    "player had been their best in the league this season, with six goals in the cup and "
    "in the championship, and that the team wanted him in the tournament."
)


def test_report_with_many_game_words_and_no_score_is_a_sports_report() -> None:
    assert classify(analyse(TRANSFER)).sports


def test_stadium_is_a_place_even_in_a_sports_report() -> None:
    text = TRANSFER + " They will play at the Valby Stadium next week."
    doc = _doc(text, ("PERSON", "Valby Stadium"))
    assert _labels(doc) == {"Valby Stadium": "LOCATION"}


def test_city_that_plays_in_a_sports_report_is_a_team() -> None:
    doc = _doc(MATCH, ("LOCATION", "Leeds"), ("ORGANIZATION", "Chelsea"))
    assert _labels(doc)["Leeds"] == "ORGANIZATION"
    assert "Leeds" in {a.name for a in extract_actors(doc) if a.type == "organization"}
    assert "Leeds" not in {p.name for p in extract_places(doc)}


def test_city_where_a_game_is_played_stays_a_place() -> None:
    text = MATCH + " Next week they play in Manchester."
    doc = _doc(text, ("LOCATION", "Manchester"))
    assert _labels(doc)["Manchester"] == "LOCATION"


def test_country_that_plays_is_not_a_state_actor() -> None:
    text = "Australia won by six wickets in the final match. " + MATCH
    doc = _doc(text, ("LOCATION", "Australia"))
    assert not [a for a in extract_actors(doc) if a.type == "state"]
    assert "Australia" in {p.name for p in extract_places(doc)}


def test_unknown_location_named_as_a_person_is_that_person() -> None:
    text = "Marta Kowalczyk won the vote. Supporters cheered Kowalczyk in the square."
    doc = _doc(text, ("LOCATION", "Kowalczyk"), ("PERSON", "Marta Kowalczyk"))
    assert _labels(doc)["Kowalczyk"] == "PERSON"
    assert not extract_places(doc)


def test_unknown_location_that_is_an_acronym_is_an_organisation() -> None:
    text = "Fans of the NHL were angry about the new schedule."
    doc = _doc(text, ("LOCATION", "NHL"))
    assert _labels(doc)["NHL"] == "ORGANIZATION"


def test_organisation_span_that_is_a_first_name_and_surname_is_a_person() -> None:
    text = "The award went to Peter Lindqvist on Friday."
    doc = _doc(text, ("ORGANIZATION", "Peter Lindqvist"))
    assert _labels(doc)["Peter Lindqvist"] == "PERSON"


def test_region_tagged_as_organisation_is_a_place() -> None:
    text = "Settlers built new homes in the West Bank last year."
    doc = _doc(text, ("ORGANIZATION", "West Bank"))
    assert _labels(doc)["West Bank"] == "LOCATION"


def _also(doc: Doc, label: str, surface: str) -> Doc:
    """`doc` with one more entity: the first occurrence of `surface`."""
    extra = _entity(doc, label, surface, doc.text.index(surface))
    return dataclasses.replace(
        doc, entities=tuple(sorted([*doc.entities, extra], key=lambda e: e.start))
    )


def _actor_names(doc: Doc) -> set[str]:
    return {a.name for a in extract_actors(doc)}


def test_organisation_span_with_a_courtesy_title_is_a_person() -> None:
    text = "The ruling was welcomed by Lord Hartwell of Kelso on Tuesday."
    doc = _doc(text, ("ORGANIZATION", "Lord Hartwell of Kelso"))
    assert _labels(doc)["Lord Hartwell of Kelso"] == "PERSON"


def test_organisation_span_named_as_a_person_elsewhere_is_that_person() -> None:
    text = "Tony Paris opened the debate. Critics of Tony Paris walked out."
    doc = _also(_doc(text, ("ORGANIZATION", "Tony Paris")), "PERSON", "Tony Paris")
    assert set(_labels(doc).values()) == {"PERSON"}


def test_city_tagged_as_organisation_and_elsewhere_as_place_is_a_place() -> None:
    text = "The party met in Leeds last year. Leeds will host the spring meeting."
    doc = _also(_doc(text, ("ORGANIZATION", "Leeds")), "LOCATION", "Leeds")
    assert {e.label for e in classify(doc).entities} == {"LOCATION"}


def test_generic_body_word_alone_is_not_a_name() -> None:
    text = "Committee members met on Monday. He spoke as an MP for ten years."
    doc = _doc(text, ("ORGANIZATION", "Committee"), ("ORGANIZATION", "MP"))
    assert _labels(doc) == {}


def test_capitalised_job_title_is_not_a_name() -> None:
    text = "The Lord Chancellor said the reform would wait."
    doc = _doc(text, ("ORGANIZATION", "Lord Chancellor"))
    assert _labels(doc) == {}


def test_a_plural_job_title_or_a_title_cut_from_a_name_is_not_a_name() -> None:
    text = "Valby Mayors met the First Lady. He praised Norland Sen. Ann Lind."
    names = ("Valby Mayors", "First Lady", "Norland Sen.")
    assert _labels(_doc(text, *(("ORGANIZATION", n) for n in names))) == {}
    text = "The Council of Mayors met on Monday."
    assert _labels(_doc(text, ("ORGANIZATION", "Council of Mayors"))) != {}


def test_nicknamed_group_is_not_a_name() -> None:
    text = "The Bristol Five were freed after the appeal."
    doc = _doc(text, ("ORGANIZATION", "Bristol Five"))
    assert _labels(doc) == {}


def test_title_of_a_film_is_not_a_name() -> None:
    text = "Her story was told in the film Out Of The Blue last year."
    doc = _doc(text, ("ORGANIZATION", "Out Of The Blue"))
    assert _labels(doc) == {}


def test_span_starting_with_a_lower_case_word_is_not_a_name() -> None:
    text = "A panel of MPs has said the scheme failed."
    doc = _doc(text, ("ORGANIZATION", "panel of MPs"))
    assert _labels(doc) == {}


def test_name_cut_from_a_bill_or_a_day_is_not_a_name() -> None:
    text = "The Clean Air Bill returns after Labour Day, and Remembrance (Scotland) Act too."
    doc = _doc(text, ("ORGANIZATION", "Clean Air"), ("ORGANIZATION", "Remembrance"))
    assert _labels(doc) == {}


def test_family_is_not_an_organisation() -> None:
    text = "He met the Hollis and Crane families on Friday."
    doc = _doc(text, ("ORGANIZATION", "Hollis and Crane"))
    assert _labels(doc) == {}


def test_named_building_is_a_place_outside_sports_reports() -> None:
    text = "Ministers tried to sell the Harbour Dome for a second time."
    doc = _doc(text, ("ORGANIZATION", "Harbour Dome"))
    assert _labels(doc) == {"Harbour Dome": "LOCATION"}


def test_capitalised_cue_is_part_of_the_name() -> None:
    text = "A spokesman for the Clean Rivers Alliance said the plan was weak."
    assert "Clean Rivers Alliance" in _actor_names(_doc(text))


def test_scheme_is_not_an_organisation() -> None:
    text = "Officials reviewed the Green Homes Scheme on Monday."
    assert not _actor_names(_doc(text, ("ORGANIZATION", "Green Homes Scheme")))


def test_two_bodies_joined_by_and_the_are_two_rows() -> None:
    text = "Funding for the Harbour Board and the Coastal Development Agency was cut."
    doc = _doc(text, ("ORGANIZATION", "Harbour Board and the Coastal Development Agency"))
    assert {"Harbour Board", "Coastal Development Agency"} <= _actor_names(doc)


def test_a_body_head_before_and_ends_the_first_of_two_bodies() -> None:
    text = "Economists at the Valby Institute and Harbour Policy Center agreed."
    doc = _doc(text, ("ORGANIZATION", "Valby Institute and Harbour Policy Center"))
    assert {"Valby Institute", "Harbour Policy Center"} <= _actor_names(doc)


def test_organisation_span_ending_in_a_persons_surname_is_that_person() -> None:
    text = "Crowds cheered Zulmak Kasset in the square. Later Kasset spoke for an hour."
    doc = _also(_doc(text, ("PERSON", "Kasset")), "ORGANIZATION", "Zulmak Kasset")
    assert set(_labels(doc).values()) == {"PERSON"}


def test_organisation_span_after_a_role_word_is_a_person() -> None:
    text = "He will meet his counterpart Zulmak Salek in the capital on Monday."
    doc = _doc(text, ("ORGANIZATION", "Zulmak Salek"))
    assert _labels(doc)["Zulmak Salek"] == "PERSON"


def test_programme_is_not_a_name_but_its_broadcaster_is() -> None:
    text = "She told the BBC's Nightline programme that a BBC documentary was unfair."
    doc = _doc(text, ("ORGANIZATION", "Nightline"), ("ORGANIZATION", "BBC"))
    assert "Nightline" not in _labels(doc)
    assert any(e.text == "BBC" for e in classify(doc).entities)


def test_government_after_a_demonym_is_a_description() -> None:
    text = "He praised the Kenyan Government for its school policy."
    doc = _doc(text, ("ORGANIZATION", "Kenyan Government"))
    assert "Kenyan Government" not in _labels(doc)


def test_an_event_named_with_questions_or_speech_is_not_an_organisation() -> None:
    text = "He clashed with the leader at Prime Minister's Questions on Wednesday."
    doc = _doc(text, ("ORGANIZATION", "Prime Minister's Questions"))
    assert not _actor_names(doc)


def test_possessive_inside_an_organisation_span_splits_off_a_person() -> None:
    text = "The Farm Bureau's Drazan Kolt said the rules were unfair."
    doc = _doc(text, ("ORGANIZATION", "Farm Bureau's Drazan Kolt"))
    actors = {a.name: a.type for a in extract_actors(doc)}
    assert actors.get("Drazan Kolt") == "person" and actors.get("Farm Bureau") == "organization"


def test_possessive_before_a_body_word_stays_one_organisation() -> None:
    text = "The Alzheimer's Society backed the plan."
    doc = _doc(text, ("ORGANIZATION", "Alzheimer's Society"))
    assert _actor_names(doc) == {"Alzheimer's Society"}


def test_person_of_a_firm_is_split_into_person_and_firm() -> None:
    text = "Analyst Joel Brandt of Harbour Trust Bank said rates would rise."
    doc = _doc(text, ("ORGANIZATION", "Joel Brandt of Harbour Trust Bank"))
    actors = {a.name: a.type for a in extract_actors(doc)}
    assert actors.get("Joel Brandt") == "person"
    assert actors.get("Harbour Trust Bank") == "organization"


def test_a_firm_named_after_initials_and_a_first_name_stays_one_firm() -> None:
    text = "Jo Berg, an analyst at J.K. Morgan Harbour Inc., said rates would rise."
    doc = _doc(text, ("PERSON", "Jo Berg"), ("ORGANIZATION", "J.K. Morgan Harbour Inc."))
    assert "J.K. Morgan Harbour Inc." in _actor_names(doc)


def test_acronym_after_the_is_a_body_unless_a_country_or_abbreviation() -> None:
    text = "The panel is run by the NWU, the union said. The US and the VAT rise were debated."
    doc = _doc(text)
    assert _labels(doc) == {"NWU": "ORGANIZATION"}


def test_office_word_opening_a_body_name_is_not_stripped_as_a_title() -> None:
    text = "Foreign Office officials met the Police Federation on Monday."
    doc = _doc(text, ("ORGANIZATION", "Foreign Office"), ("ORGANIZATION", "Police Federation"))
    assert {"Foreign Office", "Police Federation"} <= _actor_names(doc)
    assert not {"Office", "Federation"} & _actor_names(doc)


def test_person_name_ending_in_a_body_word_is_an_organisation() -> None:
    text = "The Simon Weller Foundation said it was pleased. Staff at the Mark Tobin Centre agreed."
    doc = _doc(text, ("PERSON", "Simon Weller Foundation"), ("ORGANIZATION", "Mark Tobin Centre"))
    assert set(_labels(doc).values()) == {"ORGANIZATION"}


def test_place_right_before_an_organisation_opens_its_name() -> None:
    text = "The Kenya Wildlife Board said numbers were rising."
    doc = _doc(text, ("LOCATION", "Kenya"), ("ORGANIZATION", "Wildlife Board"))
    assert _labels(doc) == {"Kenya Wildlife Board": "ORGANIZATION"}


def test_known_party_and_another_name_are_two_rows() -> None:
    text = "The Green Party and Forward both hope to win seats."
    doc = _doc(text, ("ORGANIZATION", "Green Party and Forward"))
    assert {"Green Party", "Forward"} <= _actor_names(doc)


def test_body_named_of_a_field_is_not_split_as_a_person() -> None:
    text = "The Royal College of Nursing said the plan must change."
    doc = _doc(text, ("ORGANIZATION", "Royal College of Nursing"))
    assert _actor_names(doc) == {"Royal College of Nursing"}


def test_title_with_a_possessive_event_is_no_person() -> None:
    text = "The Queen's Speech will include a bill on identity cards."
    doc = _doc(text, ("ORGANIZATION", "Queen's Speech"))
    assert not _actor_names(doc)


def test_lord_and_an_office_word_is_no_person() -> None:
    text = "The Lord Advocate said the case would go ahead."
    doc = _doc(text, ("ORGANIZATION", "Lord Advocate"))
    assert _labels(doc).get("Lord Advocate") != "PERSON"


def test_possessive_before_one_word_keeps_the_body_and_names_no_person() -> None:
    text = "She said on the BBC's Nightline that the plan was fair."
    doc = _doc(text, ("ORGANIZATION", "BBC's Nightline"))
    assert {a.name: a.type for a in extract_actors(doc)} == {"BBC": "organization"}


def test_person_span_with_its_initials_in_brackets_is_an_organisation() -> None:
    text = "The Catholic Nurses Fellowship (CNF) said the bill went too far."
    doc = _doc(text, ("PERSON", "Catholic Nurses Fellowship"))
    assert _labels(doc)["Catholic Nurses Fellowship"] == "ORGANIZATION"


def test_acronym_tagged_as_a_person_is_an_organisation() -> None:
    text = "But Dr Hallam said NWU's aim was to inform voters."
    doc = _doc(text, ("PERSON", "NWU"))
    assert _labels(doc)["NWU"] == "ORGANIZATION"


def test_town_tagged_as_a_person_after_to_is_a_place() -> None:
    text = "The visit to Sheffield was seen as a show of unity."
    doc = _doc(text, ("PERSON", "Sheffield"))
    assert _labels(doc)["Sheffield"] == "LOCATION"


def test_plural_members_and_bare_clerical_titles_are_no_person() -> None:
    text = "Male MPs jeered, said the Rt Rev at the meeting."
    doc = _doc(text, ("PERSON", "Male MPs"), ("PERSON", "Rt Rev"))
    assert not _actor_names(doc)


def test_two_people_joined_by_and_in_an_organisation_span_are_two_persons() -> None:
    text = "The book describes rows between Mr Holm and Peter Arden over policy."
    doc = _doc(text, ("ORGANIZATION", "Mr Holm and Peter Arden"))
    actors = {a.name: a.type for a in extract_actors(doc)}
    assert actors == {"Holm": "person", "Peter Arden": "person"}


def test_body_then_a_full_name_in_one_span_is_split() -> None:
    text = "Sources told the BBC Peter Arden had always backed the plan."
    doc = _doc(text, ("ORGANIZATION", "BBC Peter Arden"))
    actors = {a.name: a.type for a in extract_actors(doc)}
    assert actors == {"BBC": "organization", "Peter Arden": "person"}


def test_a_country_is_never_a_person() -> None:
    doc = _doc("Laos will open the gates of two dams next week.", ("PERSON", "Laos"))
    assert _labels(doc) == {"Laos": "LOCATION"}
    assert not [a for a in extract_actors(doc) if a.type == "person"]


def test_a_name_before_lake_is_a_place_in_every_mention() -> None:
    text = (
        "Boats crowded the Varna Kol lake on Monday. "
        "The fishermen of the Varna Kol say the catch has halved."
    )
    doc = _also(_doc(text, ("ORGANIZATION", "Varna Kol")), "ORGANIZATION", "Varna Kol")
    assert set(_labels(doc).values()) == {"LOCATION"}
    assert not extract_actors(doc)
    assert [p.name for p in extract_places(doc)] == ["Varna Kol"]


def test_works_named_before_dam_or_plant_are_not_bodies() -> None:
    text = "The Oster and Brandvik plants would release more water, the ministry said."
    doc = _doc(text, ("ORGANIZATION", "Oster and Brandvik"))
    assert not extract_actors(doc)


def test_possessive_name_before_a_street_word_is_the_street() -> None:
    text = "The old chapel on St Aidan's Road became a mosque in 1998."
    doc = _doc(text, ("ORGANIZATION", "St Aidan"))
    assert _labels(doc) == {"St Aidan's Road": "LOCATION"}


def test_work_named_after_its_kind_is_no_body() -> None:
    text = "Shops pulled the game Nightfall Raiders after the council's review."
    doc = _doc(text, ("ORGANIZATION", "Nightfall Raiders"))
    assert not extract_actors(doc)


def test_massacre_named_as_a_title_is_an_event_not_a_body() -> None:
    text = "You would not let a child watch the Harlow Road Massacre, she said."
    doc = _doc(text, ("ORGANIZATION", "Harlow Road Massacre"))
    assert not extract_actors(doc)


def test_office_with_its_portfolio_is_the_role_of_the_person_after_it() -> None:
    text = '"We will pay," Commissioner for Transport Ingrid Holm said in Brussels.'
    doc = _doc(text, ("ORGANIZATION", "Commissioner for Transport Ingrid Holm"))
    (holm,) = extract_actors(doc)
    assert (holm.name, holm.type) == ("Ingrid Holm", "person")
    assert holm.roles == ("Commissioner for Transport",)


def test_a_portfolio_is_part_of_the_role_not_an_affiliation() -> None:
    doc = _doc("Energy Minister Tomas Varga said the dams would open.", ("PERSON", "Tomas Varga"))
    (varga,) = extract_actors(doc)
    assert varga.roles == ("Energy Minister",) and varga.affiliation is None


def test_scheme_and_spelled_out_term_are_no_bodies() -> None:
    text = (
        "The Harbour Renewal Programme starts in May. Ministers backed qualified majority "
        "voting (QMV) on ferries. The World Food Programme sent aid."
    )
    doc = _doc(
        text,
        ("ORGANIZATION", "Harbour Renewal Programme"),
        ("ORGANIZATION", "QMV"),
        ("ORGANIZATION", "World Food Programme"),
    )
    assert _labels(doc) == {"World Food Programme": "ORGANIZATION"}


def test_greater_opens_the_name_after_it() -> None:
    text = "Greater Dunmore Police asked drivers to stay away."
    doc = _doc(text, ("ORGANIZATION", "Dunmore Police"))
    assert _labels(doc) == {"Greater Dunmore Police": "ORGANIZATION"}


def test_demonym_opens_a_body_name_of_two_words() -> None:
    text = "The Norwegian Harbour Authority closed the quay. The Danish Navy sailed."
    doc = _doc(text, ("ORGANIZATION", "Harbour Authority"), ("ORGANIZATION", "Navy"))
    assert _labels(doc) == {"Norwegian Harbour Authority": "ORGANIZATION", "Navy": "ORGANIZATION"}


def test_a_first_name_of_the_ner_corpora_makes_a_person() -> None:
    text = "The port was sold, Viktor Dunmore said on Monday."
    doc = _doc(text, ("ORGANIZATION", "Viktor Dunmore"))
    assert _labels(doc) == {"Viktor Dunmore": "PERSON"}


def test_laws_and_scriptures_are_no_bodies() -> None:
    text = (
        "The Harbour Rights Amendment passed. The Treaty of Valby was signed. "
        "The Norland Port Authority agreed."
    )
    doc = _doc(
        text,
        ("ORGANIZATION", "Harbour Rights Amendment"),
        ("ORGANIZATION", "Treaty of Valby"),
        ("ORGANIZATION", "Norland Port Authority"),
    )
    assert [a.name for a in extract_actors(doc)] == ["Norland Port Authority"]


def test_a_name_followed_by_an_age_is_a_person() -> None:
    text = "The ferry was late, Yusor Dunmore, 41, told the harbour board."
    doc = _doc(text, ("ORGANIZATION", "Yusor Dunmore"))
    assert _labels(doc) == {"Yusor Dunmore": "PERSON"}


def test_the_west_alone_names_no_one() -> None:
    text = "Relations with the West cooled, and the East Valby Council said so."
    doc = _doc(text, ("LOCATION", "West"), ("ORGANIZATION", "East Valby Council"))
    assert _labels(doc) == {"East Valby Council": "ORGANIZATION"}


def test_name_with_inner_particles_is_a_person() -> None:
    text = "The barrister Tom van der Berg said the hearing was unfair."
    doc = _doc(text, ("ORGANIZATION", "Tom van der Berg"))
    assert _labels(doc) == {"Tom van der Berg": "PERSON"}


def test_name_after_a_body_noun_is_an_organisation() -> None:
    text = "Kettleby residents and the pressure group Liberty welcomed the ruling."
    doc = _doc(text, ("LOCATION", "Liberty"), ("LOCATION", "Kettleby"))
    assert _labels(doc) == {"Liberty": "ORGANIZATION", "Kettleby": "LOCATION"}


def test_lower_case_head_completes_a_name_ending_in_a_plural() -> None:
    text = "The Harbour Workers union called a strike. The Kettleby union agreed."
    doc = _doc(text, ("ORGANIZATION", "Harbour Workers"), ("ORGANIZATION", "Kettleby"))
    assert _labels(doc) == {"Harbour Workers union": "ORGANIZATION", "Kettleby": "ORGANIZATION"}


def test_kind_of_committee_or_a_treaty_alone_is_no_name() -> None:
    text = "The Select Committee met. The Treaty was signed. The Harbour Committee agreed."
    doc = _doc(
        text,
        ("ORGANIZATION", "Select Committee"),
        ("ORGANIZATION", "Treaty"),
        ("ORGANIZATION", "Harbour Committee"),
    )
    assert _labels(doc) == {"Harbour Committee": "ORGANIZATION"}


def test_titled_name_read_as_a_place_is_a_person() -> None:
    doc = _doc("That might annoy Mr Green, the minister said.", ("LOCATION", "Mr Green"))
    assert _labels(doc) == {"Mr Green": "PERSON"}


def test_first_name_of_a_person_in_the_article_read_as_a_place_is_that_person() -> None:
    text = 'Nigel Marsh shouted at the meeting. He said: "Sit down Nigel, you have said enough."'
    doc = _doc(text, ("PERSON", "Nigel Marsh"), ("LOCATION", "Nigel"))
    assert _labels(doc) == {"Nigel Marsh": "PERSON", "Nigel": "PERSON"}
    # Where no one bears it, the town stays a place (Nigel, South Africa).
    doc = _doc("The lorry drivers were stuck outside Nigel for a day.", ("LOCATION", "Nigel"))
    assert _labels(doc) == {"Nigel": "LOCATION"}


def test_welsh_irish_and_scottish_first_names_make_a_person() -> None:
    for name in ("Gareth Pryce", "Declan Moran", "Kirsty Mair"):
        doc = _doc(f"{name} said the vote was close.", ("ORGANIZATION", name))
        assert _labels(doc) == {name: "PERSON"}, name


def test_a_county_is_never_a_person() -> None:
    from briefing.nlp import analyse

    doc = analyse("Deputies in Valby County said the road would reopen on Monday.")
    people = [a.name for a in extract_actors(doc) if a.type == "person"]
    assert not [p for p in people if p.endswith("County")]


def test_a_club_named_with_united_is_an_organisation() -> None:
    from briefing.nlp import analyse

    doc = analyse("Goalkeepers: Ivo Brandt (Harbour United), Tom Hale (Valby Rovers).")
    kinds = {a.name: a.type for a in extract_actors(doc)}
    assert kinds.get("Harbour United") == "organization"
    assert kinds.get("Valby Rovers") == "organization"


def test_page_furniture_in_a_paragraph_is_no_actor() -> None:
    from briefing.nlp import analyse

    doc = analyse("The bridge opened on Monday. Scroll down for video Ann Lind cut the ribbon.")
    assert "Scroll" not in {a.name for a in extract_actors(doc)}


def test_a_name_inside_a_quoted_title_is_no_actor() -> None:
    from briefing.facts.actors import extract_actors
    from briefing.nlp import analyse

    names = {
        a.name for a in extract_actors(analyse('She wrote "Storm Over Norbank Harbour" in 1990.'))
    }
    assert not any("Norbank" in n for n in names)
    case = analyse('He cited "Lind v. Valby: Norbank Harbour Board" in court.')
    assert not any("Norbank" in a.name for a in extract_actors(case))
    song = analyse('The choir sang "This Norbank Land is Your Valby Land" (by Ann Lind).')
    assert not any("Land" in a.name for a in extract_actors(song))
    film = analyse('Ann Lind is leaving the "Storm Woman" movie, Valby Studios said.')
    assert {a.name for a in extract_actors(film)} == {"Ann Lind", "Valby Studios"}


def test_a_name_alone_in_quotation_marks_stays_a_name() -> None:
    from briefing.facts.actors import extract_actors
    from briefing.nlp import analyse

    doc = analyse('The "Harbour Front" group said it would fight the Valby Council.')
    assert "Harbour Front" in {a.name for a in extract_actors(doc)}


def test_a_first_name_before_a_place_tail_is_no_person() -> None:
    from briefing.facts.actors import extract_actors
    from briefing.facts.places import extract_places
    from briefing.nlp import analyse

    doc = analyse("Deputies in Bay County found the car. He later flew to Easter Island.")
    assert not {a.name for a in extract_actors(doc)} & {"Bay County", "Easter Island"}
    assert "Bay County" in {p.name for p in extract_places(doc)}


def test_body_named_by_its_building_is_the_building_where_it_is_visited() -> None:
    text = "Jo Park visited the Harbour House in May."
    doc = _doc(text, ("ORGANIZATION", "Harbour House"))
    assert _labels(doc) == {"Harbour House": "LOCATION"}


def test_body_named_by_its_building_stays_a_body_where_it_acts_in_the_article() -> None:
    text = "The Harbour House said no. Jo Park ran for the Harbour House in May."
    doc = _also(_doc(text, ("ORGANIZATION", "Harbour House")), "ORGANIZATION", "Harbour House")
    assert {e.label for e in classify(doc).entities} == {"ORGANIZATION"}


def test_a_region_tagged_as_an_organisation_is_a_place_outside_sports_reports() -> None:
    text = "Battleground state Texas is close, the pollster at Norbank said."
    doc = _doc(text, ("ORGANIZATION", "Texas"))
    assert _labels(doc) == {"Texas": "LOCATION"}


def test_a_school_keeps_the_of_complement_the_tagger_cut_off() -> None:
    text = "She teaches at the Valby School of Design in winter."
    doc = _doc(text, ("ORGANIZATION", "Valby School"))
    assert _labels(doc) == {"Valby School of Design": "ORGANIZATION"}


def test_a_company_keeps_no_of_complement_it_is_the_firm_and_where_it_is() -> None:
    text = "Shares of Norco Corp of Norland rose in early trading."
    doc = _doc(text, ("ORGANIZATION", "Norco Corp"), ("LOCATION", "Norland"))
    assert _labels(doc) == {"Norco Corp": "ORGANIZATION", "Norland": "LOCATION"}


def test_words_in_capitals_beside_other_capitals_are_no_acronym() -> None:
    text = "NOT FOR USE IN ANY MEDIA. The ferry left. THE MANY PORTS of Valby are busy."
    doc = _doc(text, ("LOCATION", "ANY"))
    assert _labels(_also(doc, "ORGANIZATION", "MANY")) == {}


def test_dateline_with_an_underscore_names_a_place() -> None:
    text = "OSLO _ The harbour board approved the new ferry timetable on Monday."
    doc = _doc(text, ("ORGANIZATION", "OSLO"))
    assert _labels(doc) == {"OSLO": "LOCATION"}


def test_a_body_and_a_person_named_elsewhere_in_one_span_are_split() -> None:
    text = "Jo Berg spoke first. In a talk with the Valby Times Berg said the port would grow."
    doc = _doc(text, ("PERSON", "Jo Berg"), ("ORGANIZATION", "Valby Times Berg"))
    labels = {e.text: e.label for e in classify(doc).entities}
    assert labels["Valby Times"] == "ORGANIZATION" and labels["Berg"] == "PERSON"


def test_a_body_owned_by_a_body_or_a_place_is_its_own_name() -> None:
    text = "Staff at Valby University's School of Port Studies met at Oslo's Harbour Union."
    doc = _doc(text, ("ORGANIZATION", "Valby University's School of Port Studies"))
    doc = _also(doc, "ORGANIZATION", "Oslo's Harbour Union")
    assert _labels(doc) == {
        "Valby University": "ORGANIZATION",
        "School of Port Studies": "ORGANIZATION",
        "Oslo": "LOCATION",
        "Harbour Union": "ORGANIZATION",
    }


def test_a_persons_possessive_before_a_body_word_stays_one_name() -> None:
    doc = _doc("Funds went to the Alzheimer's Society.", ("ORGANIZATION", "Alzheimer's Society"))
    assert _labels(doc) == {"Alzheimer's Society": "ORGANIZATION"}


def test_a_name_opening_with_a_spelled_out_number_is_no_body() -> None:
    doc = _doc("Norland won the Six Nations again.", ("ORGANIZATION", "Six Nations"))
    assert _labels(doc) == {}


def test_untagged_acronym_of_four_letters_is_a_body_unless_a_word_or_a_person() -> None:
    text = "Three men tried to join NORFA last year. It was a HUGE mistake, Jo Berg said. BERG: No."
    labels = _labels(_doc(text, ("PERSON", "Jo Berg")))
    assert labels == {"NORFA": "ORGANIZATION", "Jo Berg": "PERSON"}


def test_the_house_is_a_body_only_where_the_article_names_congress() -> None:
    us = _labels(_doc("Dana Morrow said the Senate and the House would wait."))
    assert us["House"] == "ORGANIZATION" and us["Senate"] == "ORGANIZATION"
    assert "House" not in _labels(_doc("The minister told the House that the ferry would sail."))


def test_an_airport_after_at_is_a_place_and_a_gate_is_a_site() -> None:
    text = "Two men were held at Valby International Airport, near the Norland Gate."
    doc = _doc(
        text, ("ORGANIZATION", "Valby International Airport"), ("ORGANIZATION", "Norland Gate")
    )
    assert set(_labels(doc).values()) == {"LOCATION"}
    said = _doc(
        "Valby International Airport said flights would resume.",
        ("ORGANIZATION", "Valby International Airport"),
    )
    assert _labels(said) == {"Valby International Airport": "ORGANIZATION"}


def test_a_hotel_inn_or_resort_is_a_place_not_a_body() -> None:
    text = "The summit met at the Harbourview Hotel; delegates slept at the Mossgate Inn."
    doc = _doc(text, ("ORGANIZATION", "Harbourview Hotel"), ("PERSON", "Mossgate Inn"))
    assert _labels(doc) == {"Harbourview Hotel": "LOCATION", "Mossgate Inn": "LOCATION"}


def test_a_ground_after_at_in_a_report_of_games_is_a_place_not_a_team() -> None:
    text = MATCH + " Wanderers then drew at Harrowfield Moor, and he had a spell at Gulls."
    doc = _doc(text, ("ORGANIZATION", "Harrowfield Moor"), ("ORGANIZATION", "Gulls"))
    assert _labels(doc) == {"Harrowfield Moor": "LOCATION", "Gulls": "ORGANIZATION"}
    court = _doc(MATCH + " He appeared at the Valby Court.", ("ORGANIZATION", "Valby Court"))
    assert _labels(court) == {"Valby Court": "ORGANIZATION"}
    bowl = _doc(MATCH + " They lost 2-0 in the Mossvik Bowl.", ("LOCATION", "Mossvik Bowl"))
    assert _labels(bowl) == {"Mossvik Bowl": "LOCATION"}


def test_a_first_name_before_a_body_word_or_as_an_abbreviation_makes_no_person() -> None:
    text = "Ann Lind studied at Norman Law School and now plays for the AL Falcons."
    doc = _doc(
        text,
        ("PERSON", "Ann Lind"),
        ("ORGANIZATION", "Norman Law School"),
        ("ORGANIZATION", "AL Falcons"),
    )
    labels = _labels(doc)
    assert labels["Norman Law School"] == "ORGANIZATION" and labels["AL Falcons"] == "ORGANIZATION"
    assert labels["Ann Lind"] == "PERSON"


def test_a_name_inside_an_event_name_is_not_a_name() -> None:
    text = "The Valby Harbour Trust runs the Valby Harbour Kite Festival."
    doc = _doc(text, ("ORGANIZATION", "Valby Harbour"), ("ORGANIZATION", "Valby Harbour Trust"))
    assert _labels(doc) == {"Valby Harbour Trust": "ORGANIZATION"}


def test_a_name_opening_with_an_ordinal_is_a_numbered_event_not_a_body() -> None:
    text = "The Third Mossvik Synod met on Fifth Avenue, and the Ninth Circuit ruled on it."
    doc = _doc(
        text,
        ("ORGANIZATION", "Third Mossvik Synod"),
        ("LOCATION", "Fifth Avenue"),
        ("ORGANIZATION", "Ninth Circuit"),
    )
    assert _labels(doc) == {"Fifth Avenue": "LOCATION", "Ninth Circuit": "ORGANIZATION"}


def test_office_capitals_and_common_abbreviations_are_not_names() -> None:
    text = "FLOTUS read his CV and said Obamacare helped the LGBTQ clinic in Valby."
    doc = _doc(
        text,
        ("ORGANIZATION", "FLOTUS"),
        ("ORGANIZATION", "CV"),
        ("PERSON", "Obamacare"),
        ("ORGANIZATION", "LGBTQ"),
        ("LOCATION", "Valby"),
    )
    assert _labels(doc) == {"Valby": "LOCATION"}


def test_a_ground_tagged_once_as_a_person_stays_a_place() -> None:
    # the tagger's one PERSON tag on "Quarrow Arena" makes no person's name of the ground's
    text = MATCH + " Quarrow Arena was full. The final is at Quarrow Arena on Sunday."
    doc = analyse(text)
    first, last = text.index("Quarrow Arena"), text.rindex("Quarrow Arena")
    entities = (
        _entity(doc, "PERSON", "Quarrow Arena", first),
        _entity(doc, "LOCATION", "Quarrow Arena", last),
    )
    doc = dataclasses.replace(doc, entities=entities)
    assert [e.label for e in classify(doc).entities] == ["LOCATION", "LOCATION"]


def test_a_legal_form_run_into_the_next_line_names_no_one() -> None:
    text = "COPYRIGHT BY NORCO, INC. PEOPLE from Valby came to the fair on Sunday."
    doc = _doc(text, ("ORGANIZATION", "NORCO"), ("PERSON", "INC. PEOPLE"))
    assert "INC. PEOPLE" not in _labels(doc)


def test_a_demonym_noun_is_no_name_and_leaves_the_name_after_it() -> None:
    text = "The Norwegian Jo Lind won. Later the Dutchman Pim Valk beat the Frenchman easily."
    doc = _doc(text, ("PERSON", "Dutchman Pim Valk"), ("PERSON", "Frenchman"))
    assert _labels(doc) == {"Pim Valk": "PERSON"}


def test_a_common_word_tagged_as_a_person_lends_no_surname() -> None:
    text = "School was hard for her. Ann Berg later left Quarrow Grammar School to study law."
    doc = _doc(text, ("PERSON", "Ann Berg"), ("ORGANIZATION", "Quarrow Grammar School"))
    doc = dataclasses.replace(doc, entities=(_entity(doc, "PERSON", "School", 0), *doc.entities))
    assert _labels(doc)["Quarrow Grammar School"] == "ORGANIZATION"


def test_a_person_tag_on_a_possessive_ending_alone_is_passed_over() -> None:
    # The tagger can label the "’s" of a name it cut as a person; its clean name is empty.
    doc = _doc(
        "Jo Park met the mayor. Valby’s plan was read out.", ("PERSON", "Jo Park"), ("PERSON", "’s")
    )
    kinds = classify(doc)
    assert "’s" not in {e.text for e in kinds.entities}


def test_a_first_name_opening_a_school_or_group_makes_no_person() -> None:
    text = "Staff at Park Lane Academy met the Alder Brotherhood. Later Park Lane Academy said no."
    doc = _doc(text, ("ORGANIZATION", "Alder Brotherhood"), ("LOCATION", "Park Lane Academy"))
    assert _labels(doc) == {
        "Alder Brotherhood": "ORGANIZATION",
        "Park Lane Academy": "ORGANIZATION",
    }


def test_a_name_run_into_the_next_caption_loses_its_adverb() -> None:
    text = "Forwards: Jo Park, Ann Berg Clearly pleased by the win, Valby lost."
    doc = _doc(text, ("PERSON", "Jo Park"), ("PERSON", "Ann Berg Clearly"))
    assert _labels(doc) == {"Jo Park": "PERSON", "Ann Berg": "PERSON"}


def test_a_hospital_is_a_body_unless_someone_is_in_it() -> None:
    flown = _doc(
        "Jo Park was flown to Valby Harbour Hospital.", ("LOCATION", "Valby Harbour Hospital")
    )
    staying = _doc(
        "Jo Park is recovering in Valby's Harbour Hospital.",
        ("LOCATION", "Valby"),
        ("LOCATION", "Harbour Hospital"),
    )
    assert ("ORGANIZATION", "Valby Harbour Hospital") in {
        (e.label, e.text) for e in classify(flown).entities
    }
    assert ("LOCATION", "Harbour Hospital") in {
        (e.label, e.text) for e in classify(staying).entities
    }


def test_a_country_after_no_first_name_makes_no_person_of_a_body() -> None:
    text = "Seedwatch Norway said the apples were safe. Seedwatch Norway has not replied."
    first = text.index("Seedwatch Norway")
    doc = analyse(text)
    entities = (
        _entity(doc, "ORGANIZATION", "Seedwatch Norway", first),
        _entity(doc, "PERSON", "Seedwatch Norway", text.rindex("Seedwatch Norway")),
    )
    doc = dataclasses.replace(doc, entities=entities)
    assert {e.label for e in classify(doc).entities} == {"ORGANIZATION"}


def test_an_office_named_without_its_holder_is_no_organisation() -> None:
    doc = analyse("The mayor asked the Chief Constable and the Secretary of Labor to act at once.")
    names = {a.name for a in extract_actors(doc)}
    assert "Secretary of Labor" not in names


def test_a_landform_and_its_of_name_is_a_place_whatever_the_tagger_read() -> None:
    text = "The Sea of Norland Authority said a ferry had sunk on the Sea of Norland."
    doc = _doc(
        text, ("ORGANIZATION", "Sea of Norland Authority"), ("ORGANIZATION", "Sea of Norland")
    )
    labels = _labels(doc)
    assert labels["Sea of Norland"] == "LOCATION"
    assert labels["Sea of Norland Authority"] == "ORGANIZATION"  # a body named after it


def test_a_storms_name_is_no_actor_with_its_word_or_alone() -> None:
    from briefing.facts.actors import extract_actors
    from briefing.nlp import analyse

    text = (
        "Storm Petra closed the coast road on Sunday, and the storm cut power to Valby. "
        "Petra weakened overnight, forecasters said. Typhoon Lorn is expected next week. "
        "A second storm, named Ulla, will follow. Ulla may bring snow."
    )
    assert extract_actors(analyse(text)) == ()


def test_a_person_whose_first_name_is_storm_stays_a_person() -> None:
    from briefing.facts.actors import extract_actors
    from briefing.nlp import analyse

    names = [a.name for a in extract_actors(analyse("Storm Lindqvist starred in the new film."))]
    assert names == ["Storm Lindqvist"]


def test_a_person_s_name_cut_from_the_body_named_for_them_joins_it() -> None:
    text = "She joined the young Ada Vell Society members at the hall on Sunday."
    doc = _doc(text, ("PERSON", "Ada"), ("ORGANIZATION", "Vell Society"))
    assert _labels(doc) == {"Ada Vell Society": "ORGANIZATION"}


def test_a_person_listed_before_a_body_stays_a_person() -> None:
    text = "Thanks went to Ada Vell and the Vell Society on Sunday."
    doc = _doc(text, ("PERSON", "Ada Vell"), ("ORGANIZATION", "Vell Society"))
    assert _labels(doc) == {"Ada Vell": "PERSON", "Vell Society": "ORGANIZATION"}
