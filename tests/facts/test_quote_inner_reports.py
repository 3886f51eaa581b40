"""Quotations whose credit the clause before them hands on: another's words a that-clause
reports, a pronoun that rules out the person named last for a namesake, a transcript label
that names nobody."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_that_clause_with_its_own_reporting_verb_gives_its_subject_the_words() -> None:
    (q,) = _quotes(
        "Lena Fisk, a lawyer for the family, said her client told her: \u201cI never saw "
        "the money.\u201d"
    )
    assert (q.speaker, q.description) == (None, "her client")


def test_a_that_clause_with_an_auxiliary_gives_its_subject_the_words() -> None:
    (q,) = _quotes(
        "Speaking outside court, Ivan Holt said the judge had told him: \u201cYou will never "
        "drive again in this country.\u201d"
    )
    assert (q.speaker, q.description) == (None, "the judge")


def test_a_shout_a_named_speaker_reports_is_the_shouters() -> None:
    (q,) = _quotes("Mr Hale said a neighbour shouted: \u201cGet out, the roof is on fire!\u201d")
    assert (q.speaker, q.description) == (None, "a neighbour")


def test_a_pronoun_in_the_that_clause_still_stands_for_the_speaker() -> None:
    (q,) = _quotes(
        "Tomas Hale said on Monday that he told the council: \u201cThe pier will not be "
        "sold while I am mayor.\u201d"
    )
    assert q.speaker == "Tomas Hale"


def test_he_is_the_namesake_when_the_nearest_lander_is_a_woman() -> None:
    quotes = _quotes(
        "Former governor Rob Lander was back on the trail on Monday.\n\n"
        "Rob Lander's voice was hoarser than in his own campaign, when he was seeking office "
        "for himself.\n\n"
        "In Dover, the former governor gave a crowd of 700 a warm endorsement of Hillary "
        "Lander that was more personal than political. He did not mention her prospects.\n\n"
        "\u201cWhen we met nearly 45 years ago, we fell in love,\u201d he told them."
    )
    assert quotes[-1].speaker == "Rob Lander"


def test_no_namesake_when_another_man_is_named_beside() -> None:
    quotes = _quotes(
        "Former governor Rob Lander was back on the trail on Monday with Tom Fenwick.\n\n"
        "Rob Lander's voice was hoarser than in his own campaign, when he was seeking office "
        "for himself.\n\n"
        "In Dover, Tom Fenwick gave a crowd of 700 a warm endorsement of Hillary Lander that "
        "was more personal than political. He did not mention her prospects.\n\n"
        "\u201cWhen we met nearly 45 years ago, we fell in love,\u201d he told them."
    )
    assert quotes[-1].speaker is None


def test_a_transcript_label_of_common_words_names_nobody() -> None:
    quotes = _quotes(
        'Partial transcript as follows:\n\n"HOLT: Governor, did you mislead the families?\n\n'
        '"VIDEO: They all told me it was a protest when they knew it was not one at all.\n\n'
        '"MARSH: I have great sympathy for the families, but she is wrong about it."'
    )
    assert [q.speaker for q in quotes] == ["Holt", None, "Marsh"]
    assert quotes[1].description == "video"
