"""A body that says something "in a report" (`Norbank said in a report`, `A Norbank mission
noted its worries in a report`) is the author whose words `"…," said the report` gives."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_body_making_comments_in_a_report_wrote_it() -> None:
    text = (
        "Trade on the Valby coast grew in the spring.\n\n"
        "A Norland Monetary Board mission noted its worries in a report published after a "
        "week of talks with the harbour council. The Norland Monetary Board said fees had "
        "risen by 2%.\n\n"
        '"The board stands ready to help the council in the areas named," said the report.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Norland Monetary Board"


def test_a_body_saying_something_in_a_report_wrote_it() -> None:
    text = (
        "The Valby Shipping Institute said in a report on Monday that fees had risen. "
        "Harbour trade fell by a fifth.\n\n"
        '"Smaller ports will struggle to keep their ferries running," the report said.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Valby Shipping Institute"


def test_two_bodies_reporting_leave_the_report_unowned() -> None:
    text = (
        "The Valby Shipping Institute said in a report on Monday that fees had risen. "
        "The Norland Ferry Union warned in a report on Tuesday that jobs would go.\n\n"
        '"Smaller ports will struggle to keep their ferries running," the report said.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None
