"""Person rows: titles, editors' brackets, sentence openers, programmes and religions."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.kinds import Kinds
from briefing.model import Actor
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence as _doc


def _actors(text: str) -> tuple[Actor, ...]:
    return extract_actors(analyse(text))


def _people(text: str) -> list[str]:
    return [a.name for a in _actors(text) if a.type == "person"]


def test_messrs_is_a_courtesy_title_of_two_surnames() -> None:
    text = (
        "Chief executive Tomas Vilde said sales rose. Mr. Harnes said he doubts that "
        "Messrs. Vilde and Sorum are anywhere close to a deal."
    )
    people = _people(text)
    assert "Tomas Vilde" in people
    assert not any(name.startswith("Messrs") for name in people)


def test_an_editors_brackets_are_no_part_of_a_name() -> None:
    text = (
        "Orvik coach Dan Morrell was angry. "
        "'They went on to buy [Teo] Marsk, [Ivo] Dahl and Per [Sund] from us,' Morrell said."
    )
    people = _people(text)
    assert "Ivo Dahl" in people
    assert not any("]" in name for name in people)


def test_a_preposition_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = (
        'He thanked the nurses. To Richard "Rick" Lamm, a harbour police officer left wounded '
        "in the storm, the town owes its thanks."
    )
    row = next(a for a in _actors(text) if a.type == "person")
    assert row.name == 'Richard "Rick" Lamm'
    assert row.roles == ("harbour police officer",)


def test_a_weekday_ending_a_sentence_is_no_person() -> None:
    text = "'We have arrested the driver on a complaint filed on Saturday.' said an officer."
    assert not any(name.startswith("Saturday") for name in _people(text))


def test_a_question_is_no_person() -> None:
    text = "Nobody argued with the general. Come on! Obesity? A security crisis? He did not blink."
    assert not any(name.endswith("?") for name in _people(text))


def test_a_show_named_for_a_person_is_no_person() -> None:
    text = "Greta Halvorsen, from The Greta Halvorsen Show, was nominated for the award."
    people = _people(text)
    assert "Greta Halvorsen" in people
    assert "Greta Halvorsen Show" not in people


def test_a_religion_is_no_actor() -> None:
    text = "Islam is the faith of most families in Vardby, a survey found."
    assert all(a.name != "Islam" for a in _actors(text))


def test_a_ballet_company_is_a_body() -> None:
    text = "Two principal dancers at the Vardby Ballet - Greta Lind and Jo Berg - stayed."
    kinds = {a.name: a.type for a in _actors(text)}
    assert kinds["Vardby Ballet"] == "organization"
    assert kinds["Greta Lind"] == "person"


def test_the_first_of_two_surnames_names_the_person() -> None:
    text = (
        "The son of Jorge Alberto Marín Soto jumped off the ship. He said: 'I'll make history.' "
        "Marín was fined when the ferry docked at noon."
    )
    assert _people(text) == ["Jorge Alberto Marín Soto"]


def test_a_nickname_alone_names_the_person() -> None:
    text = (
        'Rep. Roberto C. "Bobby" Lindqvist threw open his yard for a cookout. '
        'Lindqvist heard a hall of supporters shout "Bobby!" on Friday.'
    )
    assert _people(text) == ['Roberto C. "Bobby" Lindqvist']


def test_a_role_run_into_a_name_is_cut_off() -> None:
    text = (
        "The midfielder has chosen striker Kane while Chelsea wideman Hazard is his pick. "
        "Eden Hazard was pleased."
    )
    people = _people(text)
    assert "Eden Hazard" in people
    assert not any("wideman" in name for name in people)


def test_a_name_particle_is_no_role_run_into_a_name() -> None:
    text = "President Daniel arap Moi spoke. Moi said he would stay."
    assert _people(text) == ["Daniel arap Moi"]


def test_an_adverb_opening_a_run_in_sentence_is_no_part_of_a_name() -> None:
    text = "Vilde trained ahead of the clash against Ostby Also on Saturday, the club said."
    assert not any(name.endswith("Also") for name in _people(text))


def test_a_body_read_as_often_as_a_person_is_one_body() -> None:
    doc = analyse("Velorix said sales rose. Patients asked Velorix for help.")
    first, second = (
        s.entity(label, k, k + 1)
        for s, label in zip(doc.sentences, ("ORGANIZATION", "PERSON"), strict=True)
        for k, t in enumerate(s.tokens)
        if t.text == "Velorix"
    )
    actors = extract_actors(doc, Kinds((first, second), sports=False))
    assert [(a.name, a.type, a.mentions) for a in actors] == [("Velorix", "organization", 2)]


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.roles for a in _actors(text) if a.type == "person"}


def test_a_rarer_role_noun_opening_the_sentence_is_the_persons_role() -> None:
    # the tagger reads the capitalised noun and the name as one organisation
    roles = _roles("Guitarist Brian Lund has said he expects to tour again in the spring.")
    assert [r.lower() for r in roles.get("Brian Lund", ())] == ["guitarist"]


def test_one_of_a_counted_group_of_doers_gives_the_role() -> None:
    roles = _roles("Tove Marrin, one of the four sheep shearers, said the flock was calm.")
    assert "sheep shearer" in roles.get("Tove Marrin", ())


def test_a_later_description_opening_a_sentence_gives_the_lead_persons_role() -> None:
    text = (
        "Ansel Varg was arrested in Orvik on Monday. 'We are shocked,' his family said. "
        "The 45-year-old lawyer was released on bail on Tuesday."
    )
    assert "lawyer" in _roles(text).get("Ansel Varg", ())


def test_a_later_description_names_no_one_but_the_lead_person() -> None:
    text = (
        "Ansel Varg won the vote in Orvik on Monday. Tilde Brun said she would appeal. "
        "The defeated candidate was not in the hall."
    )
    roles = _roles(text)
    assert roles.get("Tilde Brun", ()) == ()
    assert roles.get("Ansel Varg", ()) == ()


def test_a_role_opening_the_sentence_before_the_name_and_its_verb() -> None:
    text = "The former director of marketing at Norbank, Tom Lind skips over the dull parts."
    roles = _roles(text).get("Tom Lind", ())
    assert roles and roles[0].startswith("former director of marketing")


def test_a_place_opening_the_sentence_is_no_role() -> None:
    assert _roles("The talks in Orvik, Tom Lind said, went well.").get("Tom Lind", ()) == ()


def test_a_familiar_given_name_and_the_same_surname_are_one_person() -> None:
    text = (
        "Senator Joseph R. Varnik spoke in Orvik on Monday. "
        "Later, Joe Varnik said the plan would work."
    )
    assert [n for n in _people(text) if n.endswith("Varnik")] == ["Joseph R. Varnik"]


def test_names_after_the_verb_of_a_later_description_are_others() -> None:
    text = (
        "Tove Marrin has cast her vote and picked Ivo Dahl and Per Sund. "
        "The Orvik Rovers midfielder has chosen Dahl for the top award."
    )
    roles = _roles(text)
    assert "midfielder" in roles.get("Tove Marrin", ())
    assert roles.get("Ivo Dahl", ()) == ()


def test_a_plural_role_at_a_body_then_names_between_dashes() -> None:
    text = "Two principal dancers at the Orvik Ballet - Tove Marrin and Ivo Dahl - are local."
    roles = _roles(text)
    assert [r.lower() for r in roles.get("Tove Marrin", ())] == ["dancer"]
    assert [r.lower() for r in roles.get("Ivo Dahl", ())] == ["dancer"]


def _hand_people(text: str, *names: tuple[str, str]) -> list[str]:
    return [a.name for a in extract_actors(_doc(text, *names)) if a.type == "person"]


def test_a_place_run_into_a_surname_from_a_caption_is_no_part_of_the_name() -> None:
    text = (
        "Striker Karl Halvorsen will miss the match against Bergen. The club fears the worst "
        "before Bergen Halvorsen lies on the turf in training. Halvorsen hopes to be back soon."
    )
    people = _hand_people(
        text,
        ("PERSON", "Karl Halvorsen"),
        ("PERSON", "Bergen Halvorsen"),
        ("PERSON", "Halvorsen"),
        ("LOCATION", "Bergen"),
    )
    assert people == ["Karl Halvorsen"]


def test_a_given_name_before_a_shared_surname_is_another_person() -> None:
    text = "Karl Halvorsen and his sister Ivka Halvorsen met in Bergen. Ivka said little."
    people = _hand_people(
        text,
        ("PERSON", "Karl Halvorsen"),
        ("PERSON", "Ivka Halvorsen"),
        ("PERSON", "Ivka"),
        ("LOCATION", "Bergen"),
    )
    assert sorted(people) == ["Ivka Halvorsen", "Karl Halvorsen"]


def test_a_firm_named_for_its_trade_is_no_person() -> None:
    text = "Ana Berg said Tovar Mining had cut jobs, and Norvik Energy would follow."
    doc = _doc(
        text, ("PERSON", "Ana Berg"), ("PERSON", "Tovar Mining"), ("PERSON", "Norvik Energy")
    )
    actors = extract_actors(doc)
    assert [a.name for a in actors if a.type == "person"] == ["Ana Berg"]
    assert {"Tovar Mining", "Norvik Energy"} <= {a.name for a in actors}
