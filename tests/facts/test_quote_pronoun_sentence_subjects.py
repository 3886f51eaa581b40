"""A pronoun opening a sentence whose reporting verb comes further on (`She then waves to
the crowd and says, "…"`) is read as a `she said` is: the previous quote's voice goes on
across the narrative between them, unless someone else who fits is named since."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_pronoun_subject_with_a_later_verb_goes_on_in_the_previous_voice() -> None:
    text = (
        "Lina Voss waited at the gate of the Orrin shipyard.\n\n"
        '"Open the doors," she says. "Open them now."\n\n'
        'She then walks up to the guard and quietly says, "We will not leave," as the '
        "sirens start.\n\n"
        '"Let them come," she said.'
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Lina Voss"] * 4


def test_pronoun_subject_with_a_later_verb_is_not_a_previous_voice_of_the_other_sex() -> None:
    text = (
        "Tomas Voss waited at the gate of the Orrin shipyard.\n\n"
        '"Open the doors," he says.\n\n'
        'She then walks up to the guard and quietly says, "We will not leave."'
    )
    assert _quotes(text)[-1].speaker is None


def test_pronoun_subject_with_a_later_verb_takes_a_woman_named_since() -> None:
    text = (
        "Lina Voss waited at the gate of the Orrin shipyard.\n\n"
        '"Open the doors," she says.\n\n'
        "Marta Kell, the yard's manager, arrived an hour later.\n\n"
        'She then walks up to the guard and quietly says, "We will not leave."'
    )
    assert _quotes(text)[-1].speaker == "Marta Kell"
