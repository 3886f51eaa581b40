"""Faults a reader met in the forty-third round's invented stories."""

from __future__ import annotations

from briefing.pipeline import analyze
from briefing.sources import from_text


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in analyze(from_text(text)).facts.quotes}


def test_he_after_a_title_with_a_postpositive_word_is_the_name_set_off() -> None:
    text = (
        "Radar row\n\n"
        "Rep. Tom Varley, a Democrat from Ohio, said he shared the worries. But he warned "
        'against "a show trial" and said the panel should wait.\n\n'
        "The inspector general, Alan Pruett, has said little about the review. Asked about it "
        'last week, he said only that his office was "following the money."'
    )
    speakers = _speakers(text)
    assert speakers["a show trial"] == "Tom Varley"
    assert speakers["following the money."] == "Alan Pruett"


def test_he_after_a_secretary_general_of_a_body_set_off_by_commas() -> None:
    text = (
        "Alliance meets\n\n"
        'Foreign minister Karl Ostby said the talks had been "useful and frank".\n\n'
        "The secretary general of the alliance, Pieter Moen, arrived late. Pressed on the "
        'delay, he said the plan was "still on the table."'
    )
    assert _speakers(text)["still on the table."] == "Pieter Moen"
