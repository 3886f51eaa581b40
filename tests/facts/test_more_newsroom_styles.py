"""Copy from newsrooms no scorer holds, read as a user would (reader34's invented articles):
Indian courtesy titles and offices, a person "of" the firm they speak for, a habitual
"used to say", words a person sent in a message, a region named like a person, firms named
"Networks" and the devolved "First Minister" (invented sentences)."""

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


def test_shri_and_smt_are_courtesy_titles_not_names() -> None:
    actors = _actors(
        "Opposition leader Shri Vinod Patankar called the scheme a gimmick. Smt. Leela Jagtap "
        "welcomed it. Shri Patankar said the money had vanished."
    )
    assert "Smt" not in actors and "Shri Patankar" not in actors
    assert actors["Vinod Patankar"].roles == ("Opposition leader",)
    assert "Leela Jagtap" in actors


def test_a_quote_after_smt_and_a_surname_goes_to_her() -> None:
    text = (
        "The council chairperson, Smt. Leela Jagtap, welcomed the decision on Monday.\n\n"
        '"This scheme will give our women back their time," Smt. Jagtap said.'
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Leela Jagtap"


def test_collector_engineer_and_chairperson_are_offices() -> None:
    actors = _actors(
        "District Collector Anjali Deshmane said land was ready. Chief Engineer Suresh Naik "
        "said the first phase would end in June. The Kolwadi council chairperson, Leela "
        "Jagtap, agreed."
    )
    assert actors["Anjali Deshmane"].roles == ("District Collector",)
    assert actors["Suresh Naik"].roles == ("Chief Engineer",)
    assert actors["Leela Jagtap"].roles == ("council chairperson",)


def test_a_full_name_of_a_firm_is_a_person_and_the_firm() -> None:
    text = (
        "John Smith of Carran Partners said margins had fallen for a third quarter.\n\n"
        '"The hardware unit is a drag," he said.'
    )
    actors = _actors(text)
    assert actors["John Smith"].type == "person"
    assert actors["Carran Partners"].type == "organization"
    (quote,) = _quotes(text)
    assert quote.speaker == "John Smith"


def test_a_school_of_a_university_stays_one_body() -> None:
    actors = _actors("Ann Berg teaches at the Maxwell School of Harbour Studies in Valby.")
    assert "Maxwell School" not in actors


def test_a_habitual_used_to_say_is_the_subject_s_words() -> None:
    (quote,) = _quotes(
        'There is no trick to it. My old head teacher, Mr Dowling, used to say "patience is a '
        'skill", and I think of that every morning.'
    )
    assert quote.speaker == "Dowling"
    assert quote.description is None


def test_a_message_a_person_sent_is_theirs() -> None:
    (quote,) = _quotes(
        'Kath Bellamy, who runs a guest house in Portmellin, sent us this message: "The sea is '
        'over the road. I have lived here forty years and never seen anything like it."'
    )
    assert quote.speaker == "Kath Bellamy"


def test_a_region_named_like_a_person_after_in_is_a_place() -> None:
    text = "The new ferry, to be built in Nova Scotia, will enter service in 2029."
    assert "Nova Scotia" not in _actors(text)
    assert "Nova Scotia" in {p.name for p in extract_places(analyse(text))}


def test_a_name_ending_in_networks_is_a_firm() -> None:
    actors = _actors("Harbour Power Networks says 41,000 homes are without electricity in Valby.")
    assert actors["Harbour Power Networks"].type == "organization"


def test_first_minister_is_one_office() -> None:
    actors = _actors(
        "First Minister Owen Harries chaired the emergency committee. Deputy First Minister "
        "Ann Berg joined him."
    )
    assert actors["Owen Harries"].roles == ("First Minister",)
    assert actors["Ann Berg"].roles == ("Deputy First Minister",)


def test_an_exchange_and_ticker_in_brackets_are_no_actors() -> None:
    actors = _actors(
        "Shares in Norvane Systems (NASDAQ: NRVS) rose 11% on Thursday. Its rival Trellis "
        "Networks (NYSE: TRLS) fell 3% after a warning on sales in Europe."
    )
    assert "NRVS" not in actors and "TRLS" not in actors and "NASDAQ" not in actors
    assert actors["Norvane Systems"].type == "organization"


def test_a_role_is_read_past_hon() -> None:
    actors = _actors(
        "Nakuru East MP Hon. Daniel Kiprono urged the county to suspend the levies until the "
        "traders were heard."
    )
    assert actors["Daniel Kiprono"].roles == ("MP",)


def test_a_plural_noun_opening_a_numbered_item_is_no_person() -> None:
    actors = _actors(
        "Officers want to hear from:\n\n1. Drivers with dashcam footage from Mill Road.\n"
        "2. Garages asked to repair a grey hatchback in the past week."
    )
    assert "Garages" not in actors


def test_an_iwi_named_ngati_is_a_body_not_a_person() -> None:
    actors = _actors(
        "The council will return the reserve near Valby to Ngāti Rangi. Ngati Tama said it "
        "was pleased with the deal."
    )
    assert actors["Ngāti Rangi"].type == "organization"
    assert actors["Ngati Tama"].type == "organization"


def test_a_single_letter_is_no_role() -> None:
    actors = _actors("The council will return the reserve to Ngāti Kahu o Waitohu on Saturday.")
    assert all(len(role) > 1 for a in actors.values() for role in a.roles)


def test_a_motor_vessel_is_no_actor() -> None:
    text = (
        "The ferry on the Crofton route, the MV Salish Heron, was built in 1968 and has been "
        "pulled from service 14 times in the past two years for repairs."
    )
    assert not any("Salish" in name for name in _actors(text))
