"""News rules around Punkt: what is one sentence and what is two."""

from __future__ import annotations

from briefing.nlp import sentences
from briefing.nlp.boundaries import mask_ellipses, refine


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def _pieces(text: str, *cuts: int) -> list[tuple[int, int]]:
    edges = [0, *cuts, len(text)]
    return [(a + (text[a] == " "), b) for a, b in zip(edges, edges[1:], strict=False)]


def test_a_title_is_never_the_end_of_a_sentence() -> None:
    text = "The fund grew fast, Mr. Porter says."
    cut = text.index(" Porter")
    assert refine(text, _pieces(text, cut)) == [(0, len(text))]


def test_a_lower_case_word_continues_the_sentence() -> None:
    text = '"Who is really lying?" asks a voice in the advert.'
    assert _texts(text) == [text]


def test_a_closing_bracket_continues_the_sentence() -> None:
    text = "Sen. Ann Ray (D., Mass.) praised the bill."
    cut = text.index(")")
    assert refine(text, _pieces(text, cut)) == [(0, len(text))]


def test_a_list_marker_belongs_to_its_item() -> None:
    text = "1. Buy a new car."
    assert refine(text, _pieces(text, 2)) == [(0, len(text))]


def test_a_company_suffix_before_a_quotation_ends_the_sentence() -> None:
    text = 'Said Lena Holm, an analyst at Brandt & Co. "It is over."'
    assert _texts(text) == ["Said Lena Holm, an analyst at Brandt & Co.", '"It is over."']


def test_a_spaced_ellipsis_is_one_mark() -> None:
    text = 'The rule is "very old . . . and nobody reads it," she said. Then she left.'
    assert _texts(text) == [
        'The rule is "very old . . . and nobody reads it," she said.',
        "Then she left.",
    ]


def test_masking_keeps_offsets() -> None:
    text = "wait . . . and see. . . ."
    masked = mask_ellipses(text)
    assert len(masked) == len(text)
    assert ". ." not in masked


def test_a_plural_title_is_never_the_end_of_a_sentence() -> None:
    text = "It led Sens. Ann Lind and Jo Park to object."
    assert _texts(text) == [text]


def test_a_rank_before_a_rank_is_never_the_end_of_a_sentence() -> None:
    text = "The medal went to Brig. Gen. Ana Holm of the harbour guard."
    assert _texts(text) == [text]


def test_a_quotation_closed_after_its_stop_ends_the_sentence() -> None:
    # Punkt alone reads "no." as an abbreviation and an ellipsis as a pause.
    text = "She said: ‘You never say no.’ The crowd in Valby cheered."
    assert _texts(text) == ["She said: ‘You never say no.’", "The crowd in Valby cheered."]
    text = '"Once upon a time..." Those four words still open every tale.'
    assert _texts(text) == ['"Once upon a time..."', "Those four words still open every tale."]


def test_a_short_capitalised_word_keeps_its_stop_before_a_closing_mark() -> None:
    text = "Thieves robbed the Lund Bros.' Bakery in Valby."
    assert _texts(text) == [text]


def test_dotted_initials_belong_to_the_name_after_them() -> None:
    text = "Lena Holm won the W.C. Handy award in Valby. It was her first."
    assert _texts(text) == ["Lena Holm won the W.C. Handy award in Valby.", "It was her first."]


def test_a_sentence_opener_after_initials_still_starts_a_sentence() -> None:
    text = "The shares went to a trust run by T.J. The trust sold them."
    assert _texts(text) == ["The shares went to a trust run by T.J.", "The trust sold them."]


def test_a_place_abbreviation_may_still_end_a_sentence() -> None:
    text = "The plant moved from Norport to the U.K. Handy tools are made there now."
    assert _texts(text) == [
        "The plant moved from Norport to the U.K.",
        "Handy tools are made there now.",
    ]


def test_a_short_form_before_a_body_s_name_ends_no_sentence() -> None:
    text = "The 3rd U.S. Circuit Court of Appeals sided with Norport. It was unanimous."
    split = _pieces(text, text.index(" Circuit"), text.index(" It"))
    assert [text[s:e] for s, e in refine(text, split)] == [
        "The 3rd U.S. Circuit Court of Appeals sided with Norport.",
        "It was unanimous.",
    ]


def test_a_short_form_before_an_ordinary_capital_still_ends_a_sentence() -> None:
    text = "The mill shipped its rye to the U.S. Valby farmers were glad."
    split = _pieces(text, text.index(" Valby"))
    assert [text[s:e] for s, e in refine(text, split)] == [
        "The mill shipped its rye to the U.S.",
        "Valby farmers were glad.",
    ]


def test_a_state_shaped_title_before_a_name_ends_no_sentence() -> None:
    text = "The seat may go to state Del. Ann Varrow (D-Penwick), a lawyer."
    assert _texts(text) == [text]


def test_a_state_short_form_after_a_town_may_still_end_a_sentence() -> None:
    text = "She moved to Dover, Del. Then she ran for the board."
    assert len(_texts(text)) == 2
