"""A court's written ruling quoted as `"…," said the ruling` gives the words of the one court
the story names before (written words go to the body that wrote them); a story naming a
judge, or no court, leaves them unnamed, described as the ruling."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse

_STORY = (
    "Court rules against Valby over school closures.\n\n"
    "A state appeals court ruled Friday against Valby's plan to close six schools, handing a "
    "victory to parents.\n\n"
    "{panel} the Norland Court of Appeals for the Second District overruled a lower court's "
    "decision. In a split decision, the appeals court sent the case back.\n\n"
    '"A city cannot close a school merely because it is old and small and then claim it had '
    'no other choice," said the {noun}.\n\n'
    "Mayor Tove Hald said the city would appeal.\n"
)


def _source(panel: str, noun: str = "ruling") -> tuple[str | None, str | None]:
    doc = analyse(_STORY.format(panel=panel, noun=noun))
    (q,) = extract_quotes(doc, extract_actors(doc))
    return q.speaker, q.description


def test_said_the_ruling_is_the_one_court_named_before() -> None:
    assert _source("A three-judge panel of")[0] == "Norland Court of Appeals"


def test_the_opinion_reads_as_the_ruling_does() -> None:
    assert _source("A three-judge panel of", "opinion")[0] == "Norland Court of Appeals"


def test_a_judge_named_before_leaves_the_ruling_unnamed() -> None:
    assert _source("Judge Ana Berg of") == (None, "the ruling")
