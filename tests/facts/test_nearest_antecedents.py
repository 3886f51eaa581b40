"""Wrong credits in US political and wire copy: the nearest fitting antecedent of a pronoun,
a pair's joint writing, a broadcaster's initials and a work noun read as a verb. The
sentences are our own."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.kinds import classify
from briefing.model import Actor, Evidence
from briefing.nlp import analyse
from tests.facts.test_firm_kinds import _doc
from tests.facts.test_quotes import _quotes


def test_a_relation_opening_the_sentence_before_takes_he_from_a_name_after_it() -> None:
    quotes = _quotes(
        "Tomas Rikard Vell toured the shipyard in Orrin on Friday. Nine-year-old Lena Frost "
        "waved a flag. Her father, 41, worried that nobody would vote for Vell.\n\n"
        '"Nobody here trusts the shipyard any more," he said.'
    )
    assert [q.speaker for q in quotes] == [None]


def test_a_relation_with_a_name_set_off_gives_he_that_name() -> None:
    quotes = _quotes(
        "Tomas Rikard Vell toured the shipyard in Orrin on Friday. Nine-year-old Lena Frost "
        "waved a flag. Her father, Aron, 41, said he had never voted for Vell.\n\n"
        '"Nobody here trusts the shipyard any more," he said.'
    )
    assert [q.speaker for q in quotes] == ["Aron"]


def test_a_relation_of_the_other_sex_leaves_he_to_the_person_named() -> None:
    quotes = _quotes(
        "Tomas Rikard Vell, who lives in Orrin, said he would vote against the levy. His wife, "
        "he says, plans to leave the party.\n\n"
        '"We have both had enough of it," he said.'
    )
    assert [q.speaker for q in quotes] == ["Tomas Rikard Vell"]


def _actor(text: str, name: str, *forms: tuple[str, int]) -> Actor:
    """A person whose evidence is the given forms at their n-th occurrence (0 the first)."""
    spans = []
    for form, nth in forms:
        at = -1
        for _ in range(nth + 1):
            at = text.index(form, at + 1)
        spans.append(Evidence(0, at, at + len(form)))
    return Actor(name, "person", evidence=tuple(spans))


def test_the_previous_speakers_surname_that_another_name_shares_keeps_his_he() -> None:
    # A title-case headline read as one person shares "Dunmore" with the speaker, so the
    # tagger's missed "Dunmore" opening the sentence before is a shared surname.
    text = (
        "Ann Kessel Hints Dunmore Is Losing\n\n"
        'Tomas Dunmore told Piet Kessel to sit down. "Let me finish," Dunmore said.\n\n'
        '"Quiet," he demanded, as Kessel went on talking.\n\n'
        "Dunmore then accused the crowd of being paid by his rivals.\n\n"
        '"They are cheering for the money," he said.'
    )
    actors = (
        _actor(text, "Tomas Dunmore", ("Tomas Dunmore", 0), ("Dunmore", 2)),
        _actor(text, "Piet Kessel", ("Piet Kessel", 0), ("Kessel", 2)),
        _actor(text, "Ann Kessel Hints Dunmore", ("Ann Kessel Hints Dunmore", 0)),
    )
    assert _quotes(text, actors)[-1].speaker == "Tomas Dunmore"


def test_they_wrote_after_two_named_writers_goes_to_the_first() -> None:
    quotes = _quotes(
        "Ana Berglund and Tomas Lindqvist, two economists at the Orrin Institute, studied the "
        "harbour figures.\n\n"
        '"The rise is larger than any seen since 1990," they wrote in a report.'
    )
    assert [q.speaker for q in quotes] == ["Ana Berglund"]


def test_they_said_after_two_named_people_stays_unattributed() -> None:
    quotes = _quotes(
        "Ana Berglund and Tomas Lindqvist met the mayor on Monday.\n\n"
        '"The harbour must stay open," they said.'
    )
    assert [q.speaker for q in quotes] == [None]


def test_they_wrote_after_a_group_listing_two_named_members_goes_to_the_first() -> None:
    quotes = _quotes(
        "Critics of the ferry levy, like Councillors Ana Berglund, Liberal of Valby, and Tomas "
        "Lindqvist, Green of Norby, see the vote as a chance to mend it. They sent a letter on "
        "Monday to the mayor.\n\n"
        '"The levy has become a burden and should lapse in May," they wrote.'
    )
    assert [q.speaker for q in quotes] == ["Ana Berglund"]


def test_they_wrote_past_another_subject_after_a_listed_group_stays_unattributed() -> None:
    quotes = _quotes(
        "Critics of the ferry levy, like Ana Berglund and Tomas Lindqvist, see the vote as a "
        "chance to mend it. The mayor sent a letter on Monday.\n\n"
        '"The levy has become a burden and should lapse in May," they wrote.'
    )
    assert [q.speaker for q in quotes] == [None]


def test_a_broadcasters_initials_with_tv_join_its_full_name() -> None:
    doc = analyse(
        "Norland state broadcaster Valby Central Television reported the blast on Monday.\n\n"
        '"We have evacuated the area," VCTV said.'
    )
    actors = {a.name: a for a in extract_actors(doc)}
    assert "VCTV" not in actors
    assert "VCTV" in actors["Valby Central Television"].aliases


def test_a_work_noun_after_that_is_a_verb_not_a_title() -> None:
    text = "Tomas Vell spoke in Orrin. The polls that show Vell at ten percent are new."
    doc = _doc(text, ("PERSON", "Tomas Vell"), ("PERSON", "Vell"), ("LOCATION", "Orrin"))
    assert {e.text for e in classify(doc).entities} == {"Tomas Vell", "Vell", "Orrin"}


def test_a_work_noun_after_the_still_names_a_title() -> None:
    text = "Jo Park watched the show Harbour Nights on Friday. Harbour Nights ran late."
    doc = _doc(text, ("PERSON", "Jo Park"), ("PERSON", "Harbour Nights"))
    assert {e.text for e in classify(doc).entities} == {"Jo Park"}


def test_a_reporting_participle_after_another_name_does_not_carry_the_voice() -> None:
    quotes = _quotes(
        "Tomas Vell visited Orrin on Monday and met the mayor, Ana Berg. The Vell campaign "
        'said it would "fight on."\n\n'
        '"Too slow?" he wrote when Berg closed the meeting with a nod to the old song, '
        'remarking, "Thank you, and good night to all of you."'
    )
    assert [q.speaker for q in quotes][1:] == ["Tomas Vell", None]


def test_the_spokesman_after_two_spokesmen_is_the_one_named_last() -> None:
    quotes = _quotes(
        "Jo Park, a spokesman for the mayor, said on Monday that the city would pay for the "
        "repairs.\n\n"
        "Later, Governor Ana Lund sent her spokesman, Tim Holm, to the harbour.\n\n"
        '"We will rebuild," the spokesman said.'
    )
    assert [q.speaker for q in quotes] == ["Tim Holm"]
