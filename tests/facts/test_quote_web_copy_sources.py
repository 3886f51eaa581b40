"""Sources in web copy: a stray full stop after a colon (a lost line break) does not part
a quote from the clause that introduces it, and a name after "according to" that the tagger
missed is still the source."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse


def _sources(text: str) -> list[tuple[str | None, str | None]]:
    doc = analyse(text)
    return [(q.speaker, q.description) for q in extract_quotes(doc, extract_actors(doc))]


def test_a_stop_after_a_colon_keeps_the_according_to_clause() -> None:
    text = (
        "The new series of the show starts in June on Valby TV.\n\nHere is the plot, "
        'according to the Valby Post: . "A bizarre murder brings together three officers '
        'and a thief, each of whom must find a way through a web of lies."'
    )
    assert _sources(text) == [("Valby Post", None)]


def test_an_untagged_name_after_according_to_is_the_source() -> None:
    text = (
        "The new series of the show starts in June on Valby TV.\n\nHere is the plot, "
        'according to Harbour Weekly: "A bizarre murder brings together three officers '
        'and a thief, each of whom must find a way through a web of lies."'
    )
    assert _sources(text) == [("Harbour Weekly", None)]


def test_lower_case_words_after_according_to_stay_a_description() -> None:
    text = (
        'The town met on Monday. According to Valby police, "the man was seen running '
        'from the harbour at night."'
    )
    assert _sources(text) == [(None, "Valby police")]


def test_a_bare_one_after_a_sentence_ending_on_people_is_one_of_them() -> None:
    text = (
        "The striker Jonas Lindqvist was fined on Monday. His display did not go unnoticed "
        "by fans. One posted on Twitter: 'What a joke, the man is a disgrace to the shirt.'"
    )
    assert _sources(text) == [(None, "One fan")]


def test_a_bare_one_with_no_people_before_it_stays_unattributed() -> None:
    text = (
        "The striker Jonas Lindqvist was fined on Monday after a row at the ground. One "
        "wrote: 'What a joke, the man is a disgrace to the shirt.'"
    )
    assert _sources(text) == [(None, None)]
