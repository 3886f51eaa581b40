"""Speakers in tabloid and wire conventions: an aside in brackets between the subject and
its verb, the agent of a passive weaving verb, a relative named once by relation, and a
photo caption run into the text that ends the sentence of a partial quote."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_an_aside_in_brackets_before_the_verb_leaves_the_named_subject() -> None:
    # A photo caption runs into the sentence, so the subject is read back from the verb.
    text = (
        "The harbour inquiry reported last spring. Old sea walls stand along the front In her "
        "review, Mira Tollund (pictured) found there had been a 'long and careless neglect of "
        "the sea walls' at Valby."
    )
    (q,) = _quotes(text)
    assert q.partial and q.speaker == "Mira Tollund"


def test_the_agent_of_a_passive_weaving_verb_is_the_source() -> None:
    text = (
        "The Valby Rowing Federation met on Monday. Six clubs, described by the Valby Rowing "
        "Federation as 'a danger to every crew on the river', were banned for a season."
    )
    (q,) = _quotes(text)
    assert q.partial and q.speaker == "Valby Rowing Federation"


def test_his_mother_is_the_person_named_once_as_that_relation() -> None:
    text = (
        "Tomas Brekke set off from Valby in a small boat, and Brekke's mother, Ilse Marrow, "
        "waited at the harbour for weeks. He came home on Friday.\n\n"
        '"We never stopped hoping he would walk through that door," his mother said by phone.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Ilse Marrow"


def test_his_mother_stays_a_description_when_no_relation_is_named() -> None:
    text = (
        "Tomas Brekke set off from Valby in a small boat. He came home on Friday.\n\n"
        '"We never stopped hoping he would walk through that door," his mother said by phone.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "his mother"


def test_a_caption_run_into_the_text_ends_the_sentence_of_a_partial_quote() -> None:
    # The one-word quote after the caption is a term of the next sentence, not a second
    # partial of the first quote's source.
    text = (
        "In her review, Mira Tollund (pictured) found there had been 'long and careless "
        "neglect' at the harbour The ferry board has now asked for 'files' on the crews."
    )
    quotes = _quotes(text)
    assert [q.text for q in quotes] == ["long and careless neglect"]


def test_a_partial_in_the_complement_goes_to_the_sayer_past_an_adverbed_subject() -> None:
    # Another person opens the complement clause, but only as the subject of the quoted words.
    text = (
        "Ivo Marsh sued the club in May. In the suit, Marsh said Dag Wennberg shoved him at the "
        'gate and that Wennberg knowingly "kept a loaded starting pistol in his coat pocket."'
    )
    (q,) = _quotes(text)
    assert q.partial and q.speaker == "Ivo Marsh"


def test_a_who_clause_about_a_common_noun_keeps_the_sayer() -> None:
    text = (
        "The family of Ivo Marsh, a ferry pilot lost at sea, said Dag Wennberg and Ola Brink "
        'were owners who "gambled with lives" on the crossing.'
    )
    (q,) = _quotes(text)
    assert q.partial and q.speaker is None and q.description == "The family of Ivo Marsh"


def test_a_caption_label_before_the_subject_is_no_part_of_the_source() -> None:
    text = (
        "Harbour lights: Boats line the quay at dusk Ready to sail: A keeper of the old "
        "lighthouse said 'the quay has never been so busy in winter'"
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "A keeper of the old lighthouse"


def test_the_judge_is_the_one_person_the_story_made_judge() -> None:
    text = (
        "At Valby Crown Court the prosecutor, Ola Brink, told Judge Hedda Lind the man had "
        "admitted the thefts. Defending, Ivo Marsh said: 'He is sorry for what he did.' But the "
        "judge said 'a second chance has already been given and wasted' and sent him to prison."
    )
    quotes = _quotes(text)
    assert quotes[-1].speaker == "Hedda Lind"


def test_his_report_is_the_author_the_pronoun_stands_for() -> None:
    text = (
        "The inquiry into the ferry fire was led by former harbour master Ivo Marsh. His "
        "report, published in May, found there had been 'years of careless and unchecked "
        "neglect of the engines'."
    )
    (q,) = _quotes(text)
    assert q.partial and q.speaker == "Ivo Marsh"


def test_a_quote_after_a_sentence_opened_by_a_described_person_is_theirs() -> None:
    text = (
        "The crew of a cargo ship found the sailor 200 miles out on Thursday. At the quay, his "
        'brother hugged him for a long time. "We had stopped hoping anyone would find you."'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "his brother"


def test_a_group_a_relative_clause_has_posting_is_the_description() -> None:
    text = (
        "The new series of the harbour drama opened on Sunday. The slow plot did not go unnoticed "
        "by viewers, who posted on Twitter: 'Three episodes in and still nobody has left the quay.'"
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "viewers"


def test_a_statement_from_a_body_that_says_is_the_bodys() -> None:
    text = (
        "Talks on the new ferry line have stopped. Reporters obtained a statement from the Valby "
        'Harbour Authority that says, "We have decided not to go ahead with the line this year."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Valby Harbour Authority"


def test_a_quote_after_but_name_made_clear_is_that_persons() -> None:
    text = (
        "The board is looking for a new coach for the rowing club. But Marsh Holloway made clear "
        "he would take the post only with a free hand. 'If the crews row well, fine. If not, I "
        "go. That is how it works.'"
    )
    (q,) = _quotes(text)
    assert q.speaker == "Marsh Holloway"


def test_a_statement_running_into_the_next_quotation_shares_its_clause() -> None:
    text = (
        "The lamps were built by British artist Martin Holt from old bicycle parts for a show. "
        "'Every street now has a light that watches us. 'It seemed only fair to make the lights "
        "dance for a change,' he said."
    )
    first, second = _quotes(text)
    assert second.speaker == "Martin Holt" and first.speaker == "Martin Holt"


def test_a_question_running_into_the_next_quotation_keeps_its_own_voice() -> None:
    # Dialogue: the question is someone else's.
    text = (
        "British artist Martin Holt was stopped at the door of the gallery. 'Who let all "
        "these lamps in here?' 'I did, and they stay,' he said."
    )
    first, second = _quotes(text)
    assert second.speaker == "Martin Holt" and first.speaker is None


def test_a_surname_misprinted_by_one_letter_is_the_person() -> None:
    text = (
        "To Lisa Whitmore, a harbour police officer hurt in the fire, the verdict is a relief. "
        '"Justice was done today," Whitmare tweeted.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Lisa Whitmore"


def test_a_short_surname_one_letter_off_is_nobody() -> None:
    text = (
        "To Lisa Whit, a harbour police officer hurt in the fire, the verdict is a relief. "
        '"Justice was done today," Whot tweeted.'
    )
    (q,) = _quotes(text)
    assert q.speaker != "Lisa Whit"
