"""A partial quotation set off right after `to her,` or `to him,` gives that person's view:
the one the pronoun stands for holds it (round 45, our own wording)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_quote_after_to_her_is_her_view() -> None:
    text = (
        "Greta Holm, who runs the Valby Arts Trust and who also appears in the film, spoke "
        "to the Valby Post.\n\n"
        "Holm explained why it matters to tell these stories. She gives credit to young "
        "writers for speaking out because to her, “nothing matters more than telling the "
        "story and getting it right.”"
    )
    assert _quotes(text)[-1].speaker == "Greta Holm"
