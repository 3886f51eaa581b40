"""Local and regional copy: a post's grade kept in the role ("Norbank regional officer"), the
side an advocate argues for in a court report ("Defending, Jo Lind said"), and a member
given again by the seat ("the Valby MP") standing for the one person with that title."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse
from tests.facts.test_quotes import _quotes


def _roles(text: str, name: str) -> tuple[str, ...]:
    return next(a.roles for a in extract_actors(analyse(text)) if a.name == name)


def test_a_grade_after_a_bodys_name_stays_in_the_role() -> None:
    text = "Harbourworkers Union regional organiser Tilda Vass said the vote was clear."
    assert _roles(text, "Tilda Vass")[0].endswith("regional organiser")


def test_a_field_after_chief_stays_in_the_role() -> None:
    text = "Chief technical officer Bram Osk told investors the line would open in May."
    assert _roles(text, "Bram Osk") == ("Chief technical officer",)


def test_a_grade_after_a_verb_is_not_taken_into_the_role() -> None:
    text = "The board said political editor Jo Lind had resigned."
    assert _roles(text, "Jo Lind") == ("editor",)


def test_the_side_opening_a_court_report_sentence_is_the_advocates_role() -> None:
    text = (
        "Prosecuting, Mira Holt told the court the van was seen at the depot.\n\n"
        "Defending, Olaf Brenner said his client was sorry."
    )
    assert _roles(text, "Mira Holt") == ("prosecuting",)
    assert _roles(text, "Olaf Brenner") == ("defending",)


def test_a_participle_that_is_no_side_gives_no_role() -> None:
    text = "Speaking later, Olaf Brenner said his client was sorry."
    assert _roles(text, "Olaf Brenner") == ()


def test_a_member_given_again_by_the_seat_is_the_one_member_named() -> None:
    text = (
        "The harbour plan was rejected on Monday.\n\n"
        "Local MP Ines Tarrow said she had written to the port's owner, Felix Morland.\n\n"
        '"Nobody in this town was asked," the Dunmore MP said.'
    )
    assert _quotes(text)[-1].speaker == "Ines Tarrow"


def test_a_seat_description_with_two_members_named_stays_a_description() -> None:
    text = (
        "The harbour plan was rejected on Monday.\n\n"
        "Local MP Ines Tarrow and neighbouring MP Rhona Gale both opposed it.\n\n"
        '"Nobody in this town was asked," the Dunmore MP said.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "the Dunmore MP"


def test_irish_parties_are_bodies_and_their_members_affiliation() -> None:
    text = "Fine Gael TD Ann Duffy and Fianna Fail senator Jo Lind disagreed on the bypass."
    actors = {a.name: a for a in extract_actors(analyse(text))}
    assert actors["Fine Gael"].type == "organization"
    assert actors["Jo Lind"].affiliation == "Fianna Fail"


def test_local_before_a_title_in_capitals_is_dropped_from_the_role() -> None:
    assert _roles("Local TD Ines Tarrow said the road was needed.", "Ines Tarrow") == ("TD",)
    assert _roles("New York lawyer Jo Lind said the road was needed.", "Jo Lind") == ("lawyer",)


def test_a_marshal_before_a_full_name_is_the_role() -> None:
    text = "Fire Marshal Dana Pruitt said the crews held the line overnight."
    assert _roles(text, "Dana Pruitt") == ("Fire Marshal",)


def test_a_pronoun_does_not_reach_back_past_a_person_read_as_a_body() -> None:
    text = (
        "Finance chief Odile Marsh said cotton costs had eased.\n\n"
        '"We bought early," Marsh said.\n\n'
        "Analyst Ravindra Okonkwo of Harbourline Securities said the figures beat forecasts. "
        '"Margins surprised us," he said.'
    )
    assert _quotes(text)[-1].speaker != "Odile Marsh"
