"""Speakers in sports copy: a name as a modifier, a described subject, a quote calling the
person inferred for it by the given name."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.facts.quotes.speakers import names_speaker
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_name_modifying_a_noun_is_not_what_he_stands_for() -> None:
    text = (
        "Boss Tom Berg felt Valby were never in danger of losing the tie.\n\n"
        "A header and then an Ole Park volley gave them a 2-1 lead on aggregate. "
        '"We had a great advantage from the first leg," he said after the game.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Tom Berg"


def test_described_subject_with_common_words_is_not_a_man_named_after_it() -> None:
    text = (
        "Valby City midfielder Jo Park wants to leave the club in the summer.\n\n"
        '"I have had no chances this season," said Park. "I want to play every week."\n\n'
        "The attacking midfielder also says he never won the trust of manager Tom Berg "
        'after arriving. "I cannot understand why I am left out," he continued.'
    )
    assert _quotes(text)[-1].speaker != "Tom Berg"


def test_owner_description_is_no_subject() -> None:
    text = (
        "Valby striker Jo Park scored twice against Norland on Saturday.\n\n"
        '"It was a good day," said Park. "We needed the points."\n\n'
        "The club captain's view was shared by coach Tom Berg, who praised the fans. "
        '"They carried us in the second half," he said.'
    )
    assert _quotes(text)[-1].speaker == "Tom Berg"


def test_name_set_off_after_an_opening_description_is_he() -> None:
    text = (
        "A tribunal in Valby has cleared sprinter Kostas Park over a missed doping control.\n\n"
        "Park had been suspended by the federation in the summer. The head of that tribunal, "
        "Nikos Berg, said nobody had shown that the runners dodged the control. "
        '"The charge cannot stand," he said.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Nikos Berg"


def test_name_after_an_opening_description_as_a_title_is_he() -> None:
    text = (
        "A tribunal in Valby has cleared sprinter Kostas Park over a missed doping control.\n\n"
        "Park had been suspended by the federation in the summer. The tribunal chairman Nikos "
        "Berg said nobody had shown that the runners dodged the control. "
        '"The charge cannot stand," he said.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Nikos Berg"


def test_quote_calling_the_inferred_speaker_by_given_name_is_left_open() -> None:
    text = (
        "Valby manager Tom Berg praised his captain after the 3-1 win over Norland.\n\n"
        '"It was a proud night for the club," said Berg. "The fans were magnificent."\n\n'
        "The hosts came back with three goals, capped by Ole Park's late drive. "
        'He added: "Ole can fill any role for us and never stops running."'
    )
    assert _quotes(text)[-1].speaker != "Ole Park"


def test_quote_calls_its_speaker_by_the_given_name_alone() -> None:
    assert names_speaker("Ole can play anywhere.", "Ole Park")
    assert not names_speaker("Ole Berg is a fine player.", "Ole Park")  # another Ole


def test_a_surname_in_the_quote_proves_nothing() -> None:
    assert not names_speaker("Why not try something new like Park?", "Ole Park")


def test_a_given_name_that_is_a_place_proves_nothing() -> None:
    assert not names_speaker("Madison will be a hard place to win.", "Madison Lind")


def test_subject_after_a_title_of_common_words_is_he_among_two_men() -> None:
    text = (
        "Valby Rovers have named Tom Berg as their new manager on a short-term contract.\n\n"
        "Rovers chief executive Jo Park defended the decision to give Berg a deal until the "
        'summer. "We trust the deal suits everyone," he said.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jo Park"


def test_description_with_common_words_before_a_colon_is_the_subject_before() -> None:
    text = (
        "Jo Park has pulled out of the Valby indoor championships with a calf injury.\n\n"
        'The two-time indoor champion said: "I am sad to miss the meeting this year."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jo Park"


def test_description_opening_a_colon_clause_is_the_subject_named_before() -> None:
    text = (
        "Valby forward Ole Lind scored twice as his side beat Norland 3-1.\n\n"
        '"Tonight was special for all of us," said Lind.\n\n'
        "Norland coach Tom Berg was less happy. The experienced Norland coach said: "
        '"We handed them two goals."'
    )
    assert _quotes(text)[-1].speaker == "Tom Berg"


def test_contrasting_last_clause_subject_is_he() -> None:
    text = (
        "Jo Park said he was tired of asking the board to change the kick-off times "
        "but Norbank's Tom Berg dismissed his remarks. "
        '"We moved two matches already and nobody thanked us," he said.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Tom Berg"


def test_world_number_one_is_the_subject_before_not_a_rival() -> None:
    text = (
        "Top seed Kostas Park needed three sets to beat Jo Lind in Valby on Monday.\n\n"
        "Park was calm about his scare after the match. The world number one also needed "
        "a deciding set against Tom Berg in the Norland final last week. "
        '"Each round I start slowly and then find my feet," he said.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Kostas Park"


def test_seed_described_by_a_clause_naming_a_rival_is_not_that_rival() -> None:
    text = (
        "Kostas Park will meet Jo Lind in the first round of the Valby Open.\n\n"
        "The fifth seed, who has never won a title in Norland and could face Tom Berg in the "
        'last eight, is relaxed about the draw. "He serves well on fast courts," he said.'
    )
    (q,) = _quotes(text)
    assert q.speaker != "Tom Berg"
