"""A partial quote after a second reporting verb of the first verb's subject (round 36)."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes

_LEAD = "Marrow Vale lost at home again on Sunday.\n\n"


def test_a_second_verb_after_and_keeps_the_first_partials_speaker() -> None:
    quotes = _quotes(
        _LEAD + "Speaking after the Dunmere game, Orvan Tessek had admitted his side were "
        "\u2018short of belief\u2019 and insisted he was \u2018the right man to mend it\u2019."
    )
    assert [q.speaker for q in quotes] == ["Orvan Tessek", "Orvan Tessek"]


def test_a_new_subject_before_the_second_verb_is_not_the_first_speaker() -> None:
    quotes = _quotes(
        _LEAD + "Orvan Tessek admitted his side were \u2018short of belief\u2019 and his "
        "captain insisted he was \u2018ready to mend it\u2019."
    )
    assert quotes[-1].speaker is None


def test_a_second_verb_past_a_fronted_phrase_and_a_things_clause() -> None:
    (q,) = _quotes(
        _LEAD + "Speaking after the Dunmere game, Orvan Tessek admitted his side were weak "
        "and insisted he was \u2018the right man to mend it\u2019."
    )
    assert q.speaker == "Orvan Tessek"


def test_a_persons_clause_before_the_second_verb_may_be_its_subject() -> None:
    (q,) = _quotes(
        _LEAD + "Speaking after the Dunmere game, Orvan Tessek admitted his coach was weak "
        "and insisted he was \u2018the right man to mend it\u2019."
    )
    assert q.speaker is None
