"""A slogan chanted by a crowd the sentence opens on (`Dockers marching past the hall
chanted "…"`) is credited to that description; a sentence opening on a fronted phrase, a
pronoun or a name gives no crowd."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes

LEAD = "The strike at the Orrin shipyard entered its third week.\n\n"


def test_crowd_opening_the_sentence_chants_the_slogan() -> None:
    quote = _quotes(LEAD + 'Welders marching past the town hall chanted "Fair pay now!" at dusk.')[
        -1
    ]
    assert quote.speaker is None
    assert quote.description == "Welders"


def test_crowd_chanting_after_a_comma_chants_the_slogan() -> None:
    text = LEAD + (
        "Small groups of students circled the yard until midnight, chanting, "
        '"Open the gates and pay the welders."'
    )
    quote = _quotes(text)[-1]
    assert quote.description == "Small groups of students"


def test_fronted_phrase_before_a_pronoun_gives_no_crowd() -> None:
    quote = _quotes(LEAD + 'Beneath the cranes, they chanted "Fair pay now!" at dusk.')[-1]
    assert quote.description is None
