"""Names the tagger cuts or reads as the wrong kind: a surname after two undotted initials ("TJ
Varno") and a full name whose given name is a continental one NLTK's names corpus lacks ("Luka
Dravec") are persons; a body's own service after its name ("Norcast iNews"), subjects cut
at "and" ("Citizenship and Harbour Services") and a hyphened opening word ("Norberg-Lind Cancer
Institute") are one body."""

from __future__ import annotations

from briefing.facts import gazetteer
from briefing.facts.actors import extract_actors
from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_two_initials_and_a_surname_are_a_person() -> None:
    text = "The hosts moved Ben Orlo to the bench, to allow TJ Varnoke to start on the wing."
    doc = _doc(text, ("PERSON", "Ben Orlo"), ("ORGANIZATION", "TJ Varnoke"))
    assert _labels(doc)["TJ Varnoke"] == {"PERSON"}


def test_initials_standing_alone_elsewhere_keep_the_body() -> None:
    text = "KV Treslan posted higher sales on Monday. KV said its new plant would open soon."
    doc = _doc(text, ("ORGANIZATION", "KV Treslan"), ("ORGANIZATION", "KV"))
    assert _labels(doc)["KV Treslan"] == {"ORGANIZATION"}


def test_initials_of_a_place_keep_the_club() -> None:
    text = "The striker scored twice for LA Norvens in their win over the visitors on Sunday."
    doc = _doc(text, ("ORGANIZATION", "LA Norvens"))
    assert _labels(doc)["LA Norvens"] == {"ORGANIZATION"}


def test_initials_before_a_first_name_keep_the_bank() -> None:
    text = "Shares of JP Harold rose on Friday after the bank raised its forecast for the year."
    doc = _doc(text, ("ORGANIZATION", "JP Harold"))
    assert _labels(doc)["JP Harold"] == {"ORGANIZATION"}


def test_continental_given_names_are_first_names() -> None:
    assert gazetteer.first_name("Luka") and gazetteer.first_name("Yannick")


def test_a_continental_given_name_opens_a_persons_name() -> None:
    text = "The minister met Nemanja Dravec, the head of the farm union, in the capital."
    doc = _doc(text, ("ORGANIZATION", "Nemanja Dravec"))
    assert _labels(doc)["Nemanja Dravec"] == {"PERSON"}


def test_a_bodys_own_service_after_its_name_is_one_organisation() -> None:
    text = "Did you see the storm over the bay? Share your photos with Norcast iNews."
    doc = _doc(text, ("ORGANIZATION", "Norcast"))
    assert {a.name for a in extract_actors(doc)} == {"Norcast iNews"}


def test_a_lower_case_word_after_a_body_stays_outside_it() -> None:
    text = "Readers sent their photos to Norcast in the hours after the storm over the bay."
    doc = _doc(text, ("ORGANIZATION", "Norcast"))
    assert {a.name for a in extract_actors(doc)} == {"Norcast"}


def test_initials_before_a_noun_keep_the_firm() -> None:
    text = "The fund was set up by KP Varnoke founder Ana Lind, who gave it most of its money."
    doc = _doc(text, ("ORGANIZATION", "KP Varnoke"), ("PERSON", "Ana Lind"))
    assert _labels(doc)["KP Varnoke"] == {"ORGANIZATION"}


def test_a_subject_and_a_body_cut_at_and_are_one_body() -> None:
    text = "Valby Citizenship and Harbour Services, the agency that runs the port, said so."
    doc = _doc(text, ("LOCATION", "Valby Citizenship"), ("ORGANIZATION", "Harbour Services"))
    assert "Valby Citizenship and Harbour Services" in {a.name for a in extract_actors(doc)}


def test_two_firms_joined_by_and_stay_two() -> None:
    text = "Shares of Norbank and Valco Holdings rose on Friday after the two firms merged."
    doc = _doc(text, ("ORGANIZATION", "Norbank"), ("ORGANIZATION", "Valco Holdings"))
    assert {"Norbank", "Valco Holdings"} <= {a.name for a in extract_actors(doc)}


def test_a_portfolio_before_and_the_opens_a_committees_name() -> None:
    text = "She sits on the House Fisheries and the Coast Committee, which met on Monday."
    doc = _doc(text, ("ORGANIZATION", "House Fisheries and the Coast Committee"))
    assert {a.name for a in extract_actors(doc)} == {"House Fisheries and the Coast Committee"}


def test_a_body_before_and_the_is_still_its_own() -> None:
    text = "The Valby Tourist Board and the Holm Trade Agency signed a deal on Monday."
    doc = _doc(text, ("ORGANIZATION", "Valby Tourist Board and the Holm Trade Agency"))
    assert {a.name for a in extract_actors(doc)} == {"Valby Tourist Board", "Holm Trade Agency"}


def test_a_hyphened_word_before_a_body_opens_its_name() -> None:
    text = "Jo Park of the Norberg-Lind Cancer Institute led the study of the new drug."
    doc = _doc(text, ("PERSON", "Jo Park"), ("ORGANIZATION", "Cancer Institute"))
    assert "Norberg-Lind Cancer Institute" in {a.name for a in extract_actors(doc)}


def test_a_hyphened_word_of_a_persons_name_stays_the_persons() -> None:
    text = "The award went to Ana Norberg-Lind Cancer Institute staff, the charity said."
    doc = _doc(text, ("PERSON", "Ana Norberg-Lind"), ("ORGANIZATION", "Cancer Institute"))
    assert "Norberg-Lind Cancer Institute" not in {a.name for a in extract_actors(doc)}


def test_a_bodys_letters_before_its_people_name_the_body() -> None:
    text = "NCB Investigators secured an arrest warrant on Monday, the office said."
    doc = _doc(text, ("ORGANIZATION", "NCB Investigators"))
    assert _labels(doc) == {"NCB": {"ORGANIZATION"}}


def test_a_name_before_a_plural_noun_of_people_keeps_it() -> None:
    text = "Valby Investigators, a private agency, found the missing boat on Monday."
    doc = _doc(text, ("ORGANIZATION", "Valby Investigators"))
    assert _labels(doc) == {"Valby Investigators": {"ORGANIZATION"}}


def test_fields_after_for_are_no_body_of_their_own() -> None:
    text = "She teaches at the Lind School for Public and Harbour Affairs in Valby this year."
    doc = _doc(text, ("ORGANIZATION", "Harbour Affairs"))
    assert "Public and Harbour Affairs" not in {a.name for a in extract_actors(doc)}


def test_initials_before_a_plural_keep_the_team() -> None:
    text = "Ann Lind scored twice as the KV Herons beat the visitors 2-1 on Sunday."
    doc = _doc(text, ("PERSON", "Ann Lind"), ("ORGANIZATION", "KV Herons"))
    assert _labels(doc)["KV Herons"] == {"ORGANIZATION"}


def test_a_plural_before_and_ends_a_firms_name() -> None:
    text = "Jo Park said Norvik Gadgets and Valby Services agreed on Monday to merge."
    doc = _doc(text, ("PERSON", "Jo Park"), ("ORGANIZATION", "Valby Services"))
    assert "Norvik Gadgets and Valby Services" not in {a.name for a in extract_actors(doc)}
