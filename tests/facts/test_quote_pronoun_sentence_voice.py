"""A quote inside the sentence right after a quote's own, which a pronoun of that speaker's sex
opens with a reporting verb (`"…," she said. ⏎ She added that few came, because, "…"`),
keeps that speaker's voice; not for a pronoun of the other sex, nor past someone else who may
be meant (round 42)."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes

_LEAD = (
    '"The Vardel campaign is in a spin. A full spin," said Marta Quenby, a Belmark-based chair '
    "of the Ostrava Growers Guild.\n\n"
    "Quenby believes the campaign took the growers for granted.\n\n"
    '"They have a real problem because they thought a few posters would do it. It is not '
    'enough," she said.\n\n'
)
_WORDS = (
    "added that most of the grower vote in Belmark leans against Talmont more than for "
    'Vardel, which matters because, "In the end, we do not vote against somebody. We vote '
    'for somebody."\n'
)


def test_a_pronoun_of_the_speakers_sex_opening_the_next_sentence_keeps_her_voice() -> None:
    quotes = _quotes(_LEAD + "She " + _WORDS)
    assert quotes[-1].speaker == "Marta Quenby"


def test_a_pronoun_of_the_other_sex_carries_nothing() -> None:
    quotes = _quotes(_LEAD + "He " + _WORDS)
    assert quotes[-1].speaker != "Marta Quenby"


def test_someone_else_named_in_between_carries_nothing() -> None:
    words = _WORDS.replace("added that", "told Dora Pell that")
    quotes = _quotes(_LEAD + "She " + words)
    assert quotes[-1].speaker != "Marta Quenby"
