"""A paragraph that closes by bringing in a person for the first time, with a role set off
after the name (`…worries Tomas Ekberg, president of the Valby Cattle Union.`), names the
source of the pronoun's quote that opens the next paragraph, though someone else of that sex
opens the sentence; a bare name, or a paragraph that asks, leaves the pronoun unsure."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse

_STORY = (
    "Farmers cool on Lund.\n\n"
    '"We will win the valley," Lund\'s aide Mia Sorn said.\n\n'
    'Olaf Brenner largely agreed and thought the outreach was phony. "It is all for show," he '
    "said.\n\n"
    "While Mayor Karl Dahl had many singers writing songs about him, that has not happened for "
    "Lund, which is something that {verb} {newcomer}.\n\n"
    '"No one is writing songs for Lund. Nobody at all," he said.\n'
)


def _speaker(newcomer: str, verb: str = "worries") -> str | None:
    doc = analyse(_STORY.format(newcomer=newcomer, verb=verb))
    quotes = extract_quotes(doc, extract_actors(doc))
    (q,) = [q for q in quotes if q.text.startswith("No one")]
    return q.speaker


def test_a_newcomer_set_off_with_a_role_closing_the_paragraph_speaks_next() -> None:
    assert _speaker("Tomas Ekberg, president of the Valby Cattle Union") == "Tomas Ekberg"


def test_a_bare_newcomer_leaves_the_pronoun_unsure() -> None:
    assert _speaker("Tomas Ekberg") is None


def test_a_newcomer_asked_leaves_the_pronoun_unsure() -> None:
    newcomer = "Tomas Ekberg, president of the Valby Cattle Union"
    assert _speaker(newcomer, "was asked about by") is None
