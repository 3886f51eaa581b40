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


def test_they_chanting_is_the_crowd_opening_the_sentence_before() -> None:
    text = LEAD + (
        "Hundreds of welders, riggers and painters on Monday marched to the town hall.\n\n"
        'Under the cranes, they chanted "Fair pay now!" at dusk.'
    )
    quote = _quotes(text)[-1]
    assert quote.speaker is None
    assert quote.description == "Hundreds of welders, riggers and painters"


def test_they_chanting_after_a_wire_dateline_skips_the_dateline() -> None:
    text = (
        "Orrin welders strike\n\n"
        "\t   ORRIN, Valdemark (AP) _ Hundreds of welders on Monday marched to the town hall.\n"
        '\t   Under the cranes, they chanted "Fair pay now!" at dusk.'
    )
    assert _quotes(text)[-1].description == "Hundreds of welders"


def test_they_chanting_after_a_named_subject_gives_no_crowd() -> None:
    text = LEAD + (
        "Mayor Ulla Brenn met the welders at the gate.\n\n"
        'Under the cranes, they chanted "Fair pay now!" at dusk.'
    )
    assert _quotes(text)[-1].description is None
