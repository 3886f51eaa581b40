"""Organisation spans repaired with their surroundings (`briefing.facts.spans`).

The articles are our own. Entities are given by hand (label, surface), so each test pins
one rule whatever the tagger makes of the sentence.
"""

from __future__ import annotations

from briefing.facts.kinds import classify
from briefing.model import Doc
from tests.facts.test_kinds import _doc


def _labels(doc: Doc) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in classify(doc).entities}


def test_member_letters_give_the_person_the_seat_or_the_party() -> None:
    text = (
        "Mr Harwood said the plan was sound. Anna Harwood QC and the Dunmore West MP spoke. "
        "The Green MP for Kettleby, Ruth Orme, disagreed."
    )
    doc = _doc(
        text,
        ("ORGANIZATION", "Harwood QC"),
        ("ORGANIZATION", "Dunmore West MP"),
        ("ORGANIZATION", "MP for Kettleby"),
    )
    labels = _labels(doc)
    assert ("PERSON", "Harwood") in labels
    assert ("ORGANIZATION", "MP for Kettleby") not in labels
    assert ("LOCATION", "Kettleby") in labels


def test_member_letters_between_a_seat_and_a_name_cut_the_span_in_two() -> None:
    text = "Kettleby West MP Ruth Orme backed the plan on Tuesday."
    labels = _labels(_doc(text, ("ORGANIZATION", "Kettleby West MP Ruth Orme")))
    assert ("PERSON", "Ruth Orme") in labels
    assert not any("MP" in name for _, name in labels)


def test_a_name_described_by_a_role_after_a_comma_is_a_person() -> None:
    text = "Sul Ki-tae, the secretary general of the Kettleby League, vowed to act."
    labels = _labels(_doc(text, ("ORGANIZATION", "Sul Ki-tae")))
    assert ("PERSON", "Sul Ki-tae") in labels


def test_a_body_described_after_a_comma_by_a_modifier_stays_a_body() -> None:
    text = "Norvikgaz, the state gas monopoly, raised its prices."
    labels = _labels(_doc(text, ("ORGANIZATION", "Norvikgaz")))
    assert ("ORGANIZATION", "Norvikgaz") in labels


def test_seat_named_by_a_town_and_a_compass_word_is_a_place() -> None:
    text = "She won the seat of Leeds North West by a wide margin, said the Leeds North West MP."
    doc = _doc(text, ("ORGANIZATION", "Leeds North West MP"))
    assert ("LOCATION", "Leeds North West") in _labels(doc)


def test_person_inside_an_organisation_span_is_cut_out() -> None:
    text = "Labour peer Baroness Fenwick said the reform was overdue."
    doc = _doc(text, ("ORGANIZATION", "Labour peer Baroness Fenwick"))
    labels = _labels(doc)
    assert ("PERSON", "Baroness Fenwick") in labels
    assert ("ORGANIZATION", "Labour") in labels


def test_office_word_splits_a_broadcaster_from_its_presenter() -> None:
    text = "Harbour Radio DJ Mira Kettle will read the listeners' questions."
    doc = _doc(text, ("ORGANIZATION", "Harbour Radio DJ Mira Kettle"))
    assert _labels(doc) == {("ORGANIZATION", "Harbour Radio"), ("PERSON", "Mira Kettle")}


def test_office_after_the_name_is_left_out() -> None:
    text = "The Harbour Workers Union Co-Chairman said the strike would go on."
    doc = _doc(text, ("ORGANIZATION", "Harbour Workers Union Co-Chairman"))
    assert _labels(doc) == {("ORGANIZATION", "Harbour Workers Union")}


def test_role_words_before_the_office_are_left_out_too() -> None:
    text = "The Valby Assembly Minority Leader said the vote would fail."
    doc = _doc(text, ("ORGANIZATION", "Valby Assembly Minority Leader"))
    assert _labels(doc) == {("ORGANIZATION", "Valby Assembly")}


def test_portfolio_before_a_role_word_is_part_of_the_role() -> None:
    text = "BBC Transport Correspondent Ian Holt said the line would reopen."
    doc = _doc(text, ("ORGANIZATION", "BBC Transport"))
    assert ("ORGANIZATION", "BBC") in _labels(doc)
    assert ("ORGANIZATION", "BBC Transport") not in _labels(doc)


def test_two_people_joined_by_and_are_two_people() -> None:
    text = "Mr Varga and Mr Lindqvist met again. Varga and Lindqvist are said to disagree."
    doc = _doc(text, ("ORGANIZATION", "Varga and Lindqvist"))
    assert _labels(doc) == {("PERSON", "Varga"), ("PERSON", "Lindqvist")}


def test_one_company_with_an_ampersand_stays_whole() -> None:
    text = "Shares in Douglas & Lomason Co rose after the results."
    doc = _doc(text, ("ORGANIZATION", "Douglas & Lomason Co"))
    assert _labels(doc) == {("ORGANIZATION", "Douglas & Lomason Co")}


def test_department_with_and_in_its_name_stays_whole() -> None:
    text = "The Department for Work and Pensions said the rules would change."
    doc = _doc(text, ("ORGANIZATION", "Department for Work and Pensions"))
    assert ("ORGANIZATION", "Department for Work and Pensions") in _labels(doc)


def test_surname_of_a_titled_person_is_that_person() -> None:
    text = "Mr Okafor spoke first. Later Okafor and the mayor walked to the quay."
    doc = _doc(text, ("ORGANIZATION", "Okafor"))
    assert ("PERSON", "Okafor") in _labels(doc)


def test_sentence_opening_word_is_not_part_of_the_name() -> None:
    text = "Mr Blaine spoke. If Mr Blaine wins, the port will close."
    doc = _doc(text, ("ORGANIZATION", "If Mr Blaine"))
    assert ("PERSON", "Mr Blaine") in _labels(doc)
    assert not any(text == "If Mr Blaine" for _, text in _labels(doc))
    text = "For Valby Harbour Board, the year was a good one."
    doc = _doc(text, ("ORGANIZATION", "For Valby Harbour Board"))
    assert ("ORGANIZATION", "Valby Harbour Board") in _labels(doc)


def test_preposition_after_a_comma_splice_is_not_part_of_the_name() -> None:
    text = "She ran the dairy board for years, In Canberra she ran the wool board."
    doc = _doc(text, ("ORGANIZATION", "In Canberra"))
    assert _labels(doc) == {("LOCATION", "Canberra")}
    text = "The firm grew fast, At Norbank Holdings the staff doubled."
    doc = _doc(text, ("ORGANIZATION", "At Norbank Holdings"))
    assert _labels(doc) == {("ORGANIZATION", "Norbank Holdings")}


def test_name_after_island_of_is_a_place() -> None:
    text = "She was staying on the island of Vessa Mor when the storm came."
    doc = _doc(text, ("ORGANIZATION", "Vessa Mor"))
    assert _labels(doc) == {("LOCATION", "Vessa Mor")}


def test_tail_of_a_convention_is_no_body() -> None:
    text = "He relied on the European Convention on Fishing Rights in his appeal."
    doc = _doc(text, ("ORGANIZATION", "Fishing Rights"))
    assert not _labels(doc)


def test_town_before_mayor_is_the_town() -> None:
    text = "Middlesbrough mayor Ray Tolland opened the new ferry terminal."
    doc = _doc(text, ("ORGANIZATION", "Middlesbrough"))
    assert ("LOCATION", "Middlesbrough") in _labels(doc)


def test_town_in_a_sports_report_stays_a_team() -> None:
    text = (
        "Middlesbrough mayor Ray Tolland watched the match. The striker scored twice and "
        "the goalkeeper saved a penalty in the league game."
    )
    doc = _doc(text, ("ORGANIZATION", "Middlesbrough"))
    assert ("ORGANIZATION", "Middlesbrough") in _labels(doc)


def test_items_of_a_list_of_places_are_places() -> None:
    text = "Pickets were held in Cardiff, Bangor, Tregaron Vale and Wrexham on Monday."
    doc = _doc(
        text,
        ("LOCATION", "Cardiff"),
        ("LOCATION", "Bangor"),
        ("ORGANIZATION", "Tregaron Vale"),
        ("LOCATION", "Wrexham"),
    )
    assert ("LOCATION", "Tregaron Vale") in _labels(doc)


def test_seat_in_a_list_of_places_is_a_place_not_a_person() -> None:
    text = "Targets include Bristol West, Leeds Kirkfield, Hove and Exeter, and Tom Hale said so."
    doc = _doc(
        text,
        ("LOCATION", "Bristol West"),
        ("PERSON", "Leeds Kirkfield"),
        ("LOCATION", "Hove"),
        ("LOCATION", "Exeter"),
        ("PERSON", "Tom Hale"),
    )
    labels = _labels(doc)
    assert ("LOCATION", "Leeds Kirkfield") in labels
    assert ("PERSON", "Tom Hale") in labels


def test_person_named_like_a_town_in_a_list_of_places_stays_a_person() -> None:
    text = "The tour visits Paris, Rome, Vienna and Chelsea Marsh's home town, Ms Marsh said."
    doc = _doc(
        text,
        ("LOCATION", "Paris"),
        ("LOCATION", "Rome"),
        ("LOCATION", "Vienna"),
        ("PERSON", "Chelsea Marsh"),
        ("PERSON", "Marsh"),
    )
    assert ("PERSON", "Chelsea Marsh") in _labels(doc)


def test_level_followed_by_a_number_is_no_body() -> None:
    text = "Only a third of pupils at Key Stage 2 met the target."
    doc = _doc(text, ("ORGANIZATION", "Key Stage"))
    assert not _labels(doc)


def test_programme_title_with_a_common_word_owner_is_no_body() -> None:
    text = "Speaking on Woman's Hour, the minister promised a review of the woman's pension."
    doc = _doc(text, ("ORGANIZATION", "Woman's Hour"))
    assert not _labels(doc)


def test_common_word_opening_a_sentence_is_no_body() -> None:
    text = "Public transport was cut. The public were not asked."
    doc = _doc(text, ("ORGANIZATION", "Public"))
    assert not _labels(doc)


def test_name_before_seat_is_a_place_even_unknown_to_the_gazetteer() -> None:
    text = "She first fought the Dunmore Hallow seat in 1992."
    doc = _doc(text, ("ORGANIZATION", "Dunmore Hallow"))
    assert _labels(doc) == {("LOCATION", "Dunmore Hallow")}


def test_a_lone_first_name_and_the_word_read_as_a_body_after_it_are_one_person() -> None:
    text = "Health Secretary Peter Quint and Labour peer Lord Amory spoke."
    doc = _doc(text, ("PERSON", "Peter"), ("ORGANIZATION", "Quint"))
    assert ("PERSON", "Peter Quint") in _labels(doc)
    # A known body after a first name stays the body.
    doc = _doc("He told Peter Labour would win.", ("PERSON", "Peter"), ("ORGANIZATION", "Labour"))
    assert ("ORGANIZATION", "Labour") in _labels(doc)


def test_two_words_joined_by_and_to_a_named_person_are_a_person() -> None:
    text = "The film recalls the deaths of Trayvo Lindqvar and Michael Brandt in the port."
    doc = _doc(text, ("ORGANIZATION", "Trayvo Lindqvar"), ("PERSON", "Michael Brandt"))
    assert ("PERSON", "Trayvo Lindqvar") in _labels(doc)
    text = "Shares of Valby Cement and Atlas Norland rose."
    doc = _doc(text, ("ORGANIZATION", "Valby Cement"), ("PERSON", "Atlas Norland"))
    assert ("ORGANIZATION", "Valby Cement") in _labels(doc)


def test_a_name_ending_in_a_body_word_before_a_role_stays_whole() -> None:
    doc = _doc(
        "VGA Growers Service spokesman Jo Park says the crop is late.",
        ("ORGANIZATION", "VGA Growers Service"),
        ("PERSON", "Jo Park"),
    )
    assert ("ORGANIZATION", "VGA Growers Service") in _labels(doc)


def test_a_lower_case_word_opening_a_body_span_is_left_out() -> None:
    doc = _doc(
        "The federal Valby Soils Agency said the field was dry.",
        ("ORGANIZATION", "federal Valby Soils Agency"),
    )
    assert ("ORGANIZATION", "Valby Soils Agency") in _labels(doc)


def test_a_government_named_by_its_level_is_no_name() -> None:
    doc = _doc(
        "The Federal Government and Valby Council agreed.",
        ("ORGANIZATION", "Federal Government"),
        ("ORGANIZATION", "Valby Council"),
    )
    assert {n for label, n in _labels(doc) if label == "ORGANIZATION"} == {"Valby Council"}


def test_a_complement_reaching_into_the_next_tagged_name_takes_all_of_it() -> None:
    doc = _doc(
        "A letter from the Harbour Council on Valby Drills and Training came.",
        ("ORGANIZATION", "Harbour Council"),
        ("ORGANIZATION", "Valby Drills and Training"),
    )
    assert _labels(doc) == {("ORGANIZATION", "Harbour Council on Valby Drills and Training")}


def test_a_committee_on_two_fields_joined_by_and_is_one_body() -> None:
    doc = _doc(
        "The Select Committee on Fishing and Farming met in Valby.",
        ("ORGANIZATION", "Select Committee"),
        ("LOCATION", "Valby"),
    )
    assert ("ORGANIZATION", "Select Committee on Fishing and Farming") in _labels(doc)


def test_two_fields_joined_by_and_before_a_body_head_are_one_name() -> None:
    doc = _doc(
        "A report by the Timber and Harbour Growers Council came out. Jo Park and Valby "
        "Growers Council agreed.",
        ("ORGANIZATION", "Harbour Growers Council"),
        ("PERSON", "Jo Park"),
        ("ORGANIZATION", "Valby Growers Council"),
    )
    organisations = {n for label, n in _labels(doc) if label == "ORGANIZATION"}
    assert organisations == {"Timber and Harbour Growers Council", "Valby Growers Council"}


def test_a_field_word_between_a_body_and_an_office_goes_with_the_office() -> None:
    text = "Varnholt Harbour Board Research Director Ona Tessaly said the tide data were wrong."
    doc = _doc(text, ("ORGANIZATION", "Varnholt Harbour Board Research Director Ona Tessaly"))
    labels = _labels(doc)
    assert ("ORGANIZATION", "Varnholt Harbour Board") in labels
    assert ("PERSON", "Ona Tessaly") in labels


def test_a_field_word_between_a_body_and_an_office_is_the_persons_role() -> None:
    from briefing.facts.actors import extract_actors

    text = "Varnholt Harbour Board Research Director Ona Tessaly said the tide data were wrong."
    doc = _doc(text, ("ORGANIZATION", "Varnholt Harbour Board Research Director Ona Tessaly"))
    tessaly = {a.name: a for a in extract_actors(doc, classify(doc))}["Ona Tessaly"]
    assert tessaly.roles == ("Research Director",)
    assert tessaly.affiliation == "Varnholt Harbour Board"


def test_a_name_word_after_a_body_word_before_an_office_stays_in_the_name() -> None:
    text = "Norbank Bank International Director Ona Tessaly said the loans were sound."
    doc = _doc(text, ("ORGANIZATION", "Norbank Bank International Director Ona Tessaly"))
    assert ("ORGANIZATION", "Norbank Bank International") in _labels(doc)


def test_an_ordinal_before_a_body_opens_its_name() -> None:
    text = "The 7th Varnholt Circuit Court of Appeals heard the case on Monday."
    doc = _doc(text, ("ORGANIZATION", "Varnholt Circuit Court of Appeals"))
    assert ("ORGANIZATION", "7th Varnholt Circuit Court of Appeals") in _labels(doc)


def test_an_ordinal_before_a_body_and_a_noun_numbers_the_noun() -> None:
    text = "He opened the 11th Varnholt Chamber of Trade annual meeting on Monday."
    doc = _doc(text, ("ORGANIZATION", "Varnholt Chamber of Trade"))
    assert ("ORGANIZATION", "Varnholt Chamber of Trade") in _labels(doc)
