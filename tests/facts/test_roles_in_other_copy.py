"""Roles as a reader of wire, sports and business copy sees them: an honorific between the role
and the name, a body's "chief", verbs and things before a name that are no role, moods that are
no rank, name particles, and a king who shares a name with another man."""

from __future__ import annotations

from briefing.facts.actors import _role_before, extract_actors
from briefing.model import Actor
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_a_knights_title_between_role_and_name_keeps_the_role() -> None:
    hale = _actors("Valby Rovers manager Sir Tom Hale praised the squad on Saturday.")["Tom Hale"]
    assert hale.roles == ("manager",) and hale.affiliation == "Valby Rovers"


def test_chief_after_a_bodys_name_is_a_role() -> None:
    berg = _actors("Norland Athletics chief Ida Berg said the meeting would go ahead.")["Ida Berg"]
    assert berg.roles == ("chief",) and berg.affiliation == "Norland Athletics"


def test_a_verb_before_a_name_is_no_role() -> None:
    assert _actors("New tariffs force Omar Vance to sell the farm.")["Omar Vance"].roles == ()


def test_a_thing_before_a_name_is_no_role() -> None:
    assert _actors("After an apology Lena Dahl returned to the team.")["Lena Dahl"].roles == ()


def test_an_unlisted_noun_naming_a_person_is_still_a_role() -> None:
    flyer = _actors("Officials praised kite flyer Ana Berg for the record.")["Ana Berg"]
    assert flyer.roles[-1].endswith("flyer")


def test_an_owned_unlisted_noun_is_a_role() -> None:
    text = "We drove to the coast, and our guide Jo Park counted the boats."
    assert _actors(text)["Jo Park"].roles == ("guide",)


def test_a_mood_before_a_rank_is_not_part_of_the_role() -> None:
    text = '"We are ready," said a cheerful Gen. Ivo Marsh, commander of the northern forces.'
    assert _actors(text)["Ivo Marsh"].roles == ("Gen.", "commander")


def test_a_particle_of_a_name_is_no_role_of_its_surname() -> None:
    sentence = analyse("Coach Jo del Prado spoke.").sentences[0]
    assert _role_before(sentence, 3, 4) == (None, None)  # "Prado" read alone: no role "del"


def test_a_kings_given_name_is_not_another_mans_surname() -> None:
    actors = _actors(
        "Iraq's Omar Hadid rejected the plan. King Hadid of Valdoria arrived in Oslo on Monday. "
        "King Hadid met the minister."
    )
    assert actors["Omar Hadid"].roles == () and actors["Omar Hadid"].mentions == 1
    assert actors["Hadid"].roles == ("King",) and actors["Hadid"].mentions == 2


def test_as_a_role_then_a_name_gives_the_role() -> None:
    berg = _actors("As a Norbank TV presenter, Ana Berg has a duty to viewers.")["Ana Berg"]
    assert berg.roles == ("presenter",)


def test_as_with_no_role_noun_gives_no_role() -> None:
    assert _actors("As expected, Ann Berg won the race.")["Ann Berg"].roles == ()


def test_a_role_with_a_place_before_the_comma_and_the_name() -> None:
    text = "The Daily Courier's correspondent in Valby, Jo Park, filed the story on Monday."
    assert _actors(text)["Jo Park"].roles == ("correspondent in Valby",)


def test_a_hyphenated_person_noun_listed_as_a_whole_is_a_role() -> None:
    text = "Officials suspended two-time Valby Marathon runner-up Ida Lund from all competition."
    assert _actors(text)["Ida Lund"].roles == ("runner-up",)


def test_a_role_of_a_named_body_before_the_comma_and_the_name() -> None:
    berg = _actors("The secretary of the Valby Rowing Club, Ana Berg, said no.")["Ana Berg"]
    assert berg.roles[0].startswith("secretary of the")


def test_a_supermodel_before_a_name_is_a_role() -> None:
    assert _actors("Fans cheered supermodel Ida Lund on Friday.")["Ida Lund"].roles == (
        "supermodel",
    )


def test_a_photo_caption_gives_the_role_of_a_person_the_story_names() -> None:
    doc = analyse("Jo Lind has agreed a new deal. Lind said he was happy at the club.")
    caption = "Valby midfielder Jo Lind is set to sign a new contract"
    lind = {a.name: a for a in extract_actors(doc, captions=caption)}["Jo Lind"]
    assert [r.split()[-1] for r in lind.roles] == ["midfielder"]


def test_a_caption_adds_no_person_the_story_does_not_name() -> None:
    doc = analyse("Jo Lind has agreed a new deal at the club.")
    caption = "Club captain Ana Berg welcomed the news"
    assert [a.name for a in extract_actors(doc, captions=caption)] == ["Jo Lind"]


def test_a_role_noun_the_tagger_read_as_a_verb_is_still_a_role() -> None:
    text = "The fans left the stands and referee Tom Hale called the game off."  # "referee/VB"
    assert _actors(text)["Tom Hale"].roles == ("referee",)


def test_a_thing_or_a_time_before_a_name_is_no_role() -> None:
    for text in (
        "It was the call Jo Lind made that changed the season.",
        "At that moment Jo Lind stood up.",
        "In the second half Jo Lind scored twice.",
    ):
        assert _actors(text)["Jo Lind"].roles == (), text


def test_a_role_word_after_an_honorific_is_a_surname() -> None:
    king = _actors("Tom King runs the shop. Mr. King said the rent was too high.")["Tom King"]
    assert king.mentions == 2 and "King" in king.aliases


def test_one_of_a_group_of_people_gives_the_group_noun_as_a_role() -> None:
    text = "Jo Lind, one of the best interviewers in the country, said no."
    assert _actors(text)["Jo Lind"].roles == ("best interviewer",)


def test_adjectives_joined_by_and_stay_inside_the_role() -> None:
    text = "Jo Lind, the most famous and respected lawyer in Valby, said no."
    assert _actors(text)["Jo Lind"].roles[0].endswith("respected lawyer")


def test_the_office_a_person_was_named_or_elected_to_is_a_role() -> None:
    assert _actors("Last year Jo Lind was named chief executive.")["Jo Lind"].roles == (
        "chief executive",
    )
    text = "Tom Hale, who was elected mayor in 2010, opened the pier."
    assert _actors(text)["Tom Hale"].roles == ("mayor",)
    assert _actors("Jo Lind was named in the squad.")["Jo Lind"].roles == ()


def test_a_role_set_off_before_a_name_that_opens_the_sentence_is_a_role() -> None:
    assert _actors("A former teacher, Jo Lind now runs the shop.")["Jo Lind"].roles == (
        "former teacher",
    )


def test_as_a_role_opening_a_quoted_sentence_is_the_named_persons_role() -> None:
    text = '"As a Valby TV presenter, Jo Lind\'s remarks were out of line," the station said.'
    assert _actors(text)["Jo Lind"].roles[-1].endswith("presenter")


def test_a_role_opening_the_sentence_before_a_name_in_commas() -> None:
    text = "Head of the design unit, Ola Brandt, spoke about new work."
    assert _actors(text)["Ola Brandt"].roles == ("Head of the design unit",)


def test_adjectives_between_the_article_and_a_role_before_commas() -> None:
    text = "A second Valbian blogger, Ida Moss, who ran a news site, is still held."
    assert _actors(text)["Ida Moss"].roles == ("blogger",)


def test_chief_of_a_field_after_a_name_is_the_role() -> None:
    text = "Tom Hale, chief of staff at the Valby harbour office, said the ships were late."
    assert _actors(text)["Tom Hale"].roles == ("chief of staff",)


def test_an_upper_case_person_noun_before_a_name_is_a_role_and_no_actor() -> None:
    actors = _actors("DJ Pia Lund said the club would open again in March.")
    assert actors["Pia Lund"].roles == ("DJ",) and "DJ" not in actors


def test_a_doers_noun_after_a_name_tied_to_a_work_is_a_role() -> None:
    text = "The prize went to Nina Holt, creator of Harbour Lights, who thanked the crew."
    assert _actors(text)["Nina Holt"].roles == ("creator",)


def test_a_relation_after_a_name_is_no_role_without_an_article() -> None:
    text = "The letter was read by Ida Moss, daughter of the late Tom Moss, on Sunday."
    assert _actors(text)["Ida Moss"].roles == ()


def test_a_maker_before_a_persons_name_is_a_role_and_before_a_firms_no_person() -> None:
    actors = _actors("Leading toy maker Ola Brandt said the car maker Valby Motors had called.")
    assert actors["Ola Brandt"].roles[-1].endswith("maker")
    assert actors["Valby Motors"].type == "organization"


def test_a_surname_that_is_a_person_noun_stays_an_actor() -> None:
    assert "Cook" in _actors("Cook said the shop in Valby would open on Monday.")


def test_a_british_spelling_of_a_role_noun_is_a_role() -> None:
    quill = _actors("Dock union organiser Dara Quill said the strike would go on.")["Dara Quill"]
    assert quill.roles[-1].endswith("organiser")


def test_a_bodys_name_with_of_before_a_role_is_the_affiliation() -> None:
    vale = _actors("Bureau of Hydrology forecaster Nina Vale says the outlook is dry.")["Nina Vale"]
    assert vale.roles == ("forecaster",) and vale.affiliation == "Bureau of Hydrology"
    berg = _actors("University of Valby researcher Ana Berg led the study.")["Ana Berg"]
    assert berg.roles == ("researcher",) and berg.affiliation == "University of Valby"
