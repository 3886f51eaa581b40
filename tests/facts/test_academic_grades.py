"""The grade of an academic title belongs to the title, never read as the person's body."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def test_an_emeritus_professor_has_no_body_called_emeritus() -> None:
    text = (
        '"That would be one in ten thousand," says Emeritus Professor Ana Berg of the '
        "University of Norland.\n\nBerg has studied the harbour seals of Valby for years."
    )
    (berg,) = [a for a in extract_actors(analyse(text)) if a.name == "Ana Berg"]
    assert berg.affiliation != "Emeritus"
    assert "Emeritus Professor" in berg.roles
