"""Reporting clauses in forms the cue patterns used to miss: a topic phrase between the verb
and the colon, words caught on a recording, a source the clause only describes."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_pronoun_and_verb_with_a_topic_phrase_before_the_colon() -> None:
    quotes = _quotes(
        "Former striker Tomas Brell spoke on local radio on Friday. 'The coach must pick the "
        "young players now, or the season is lost.' And he added on the goalkeeper's poor "
        "form since the winter break: 'He trains hard every day. Will he keep his place? "
        "Only if he stops the easy shots.'"
    )
    assert [q.speaker for q in quotes][-1] == "Tomas Brell"


def test_a_name_and_verb_with_a_topic_phrase_before_the_colon() -> None:
    (q,) = _quotes(
        "Coach Ilse Varga spoke after the draw. Varga said of the missed chances in the second "
        "half: 'We should have scored three or four goals today.'"
    )
    assert q.speaker == "Ilse Varga"


def test_words_a_person_is_heard_saying_on_a_recording() -> None:
    quotes = _quotes(
        "Officer Dale Rusk was charged on Monday. "
        '"Stop the car now! Get out of the car!" Rusk is heard saying on the video.'
    )
    assert quotes[-1].speaker == "Dale Rusk"


def test_said_the_man_gives_a_description_not_a_name() -> None:
    quotes = _quotes(
        "A spokesman for the harbour police said officers had spoken to two witnesses. "
        "'Two boats were seized at the north quay and their owner is helping us.' said the man."
    )
    assert quotes[-1].speaker is None
    assert quotes[-1].description == "the man"


def test_an_epithet_for_a_person_is_the_subject_s_words() -> None:
    quotes = _quotes(
        "Governor Ana Lindqvist regards Mayor Piet Harbo as a “tireless builder,” "
        "and she says so often."
    )
    assert [(q.text, q.speaker, q.partial) for q in quotes] == [
        ("tireless builder", "Ana Lindqvist", True)
    ]


def test_an_epithet_after_a_fronted_phrase_and_its_second_part() -> None:
    quotes = _quotes(
        "Since the spring, Senator Ola Brandt has attacked Piet Harbo as a “landlord who would "
        "sell off the quay” and a “reckless heir.” Harbo has not replied."
    )
    assert [q.speaker for q in quotes] == ["Ola Brandt", "Ola Brandt"]


def test_an_epithet_in_a_passive_clause_has_no_source() -> None:
    quotes = _quotes(
        "Mayor Piet Harbo was described by Ana Lindqvist as a “tireless builder of the town,” "
        "but he left office."
    )
    assert all(q.speaker != "Piet Harbo" for q in quotes)


def test_as_a_person_put_it_sources_the_words_woven_in() -> None:
    quotes = _quotes(
        "Critics say the ferry line is too small. As Ms. Greta Holm put it in a letter to the "
        "council in May, the line is “a harbour service you will not find anywhere else.”"
    )
    assert [q.speaker for q in quotes] == ["Greta Holm"]


def test_saying_after_a_sentence_a_described_source_opens() -> None:
    quotes = _quotes(
        "The harbour report – prepared by the Valby Sea Institute, a research body – was "
        "published on Monday. The report also raises doubts about the new quay, saying: "
        "“Neither the costs nor the gains of the quay can be known for some years yet.”"
    )
    assert (quotes[-1].speaker, quotes[-1].cue) == ("Valby Sea Institute", "saying")


def test_words_sung_are_credited_to_the_singer() -> None:
    quotes = _quotes(
        "The folk singer Marta Lindgren closed the harbour festival on Sunday night. "
        "“Keep the lantern burning by the water’s edge,” Lindgren sings to the crowd before "
        "the last encore."
    )
    assert quotes[-1].speaker == "Marta Lindgren"


def test_a_preposition_before_a_noun_that_looks_like_a_verb_is_no_source() -> None:
    quotes = _quotes(
        "In the area of housing, the council wants new money. It set aside a sum for "
        '"starter grants" to states to improve older homes.'
    )
    assert all(q.description != "to" for q in quotes)
    assert all(q.speaker is None for q in quotes)


def test_a_writer_quoting_someone_as_saying_is_not_the_speaker() -> None:
    quotes = _quotes(
        "Sven Lund will not play again this season.\n\nThe news came from Tom Hale, a writer "
        "for the Valby Post, who quoted Lund as saying:\n\n\u201cMy knees are gone. I cannot "
        "run for the ball any more and I know it.\u201d"
    )
    assert [q.speaker for q in quotes] == ["Sven Lund"]
