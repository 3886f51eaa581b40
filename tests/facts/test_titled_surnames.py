"""A courtesy title decides which of two people sharing a surname a bare mention is."""

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse


def _mentions(text: str) -> dict[str, int]:
    return {a.name: len(a.evidence) for a in extract_actors(analyse(text)) if a.type == "person"}


def test_mrs_and_mr_go_to_the_wife_and_the_husband() -> None:
    text = (
        "Ana Berg and her husband Tom Berg run a bakery in Valby. Tom Berg opened it in 1990. "
        '"We are proud," Mrs. Berg said. Mr. Berg declined to comment.'
    )
    assert _mentions(text) == {"Ana Berg": 2, "Tom Berg": 3}


def test_ms_without_a_full_stop_goes_to_the_woman() -> None:
    text = (
        "Tom Berg and his sister Ana Berg own a shop in Norland. Tom Berg is away. "
        "Ms Berg said the shop would stay open."
    )
    assert _mentions(text)["Ana Berg"] == 2


_WIDOW = (
    "Tom Berg ran a bakery in Valby for forty years. He died in May.\n\n"
    '"He loved this town," Mrs. Berg said. She will keep the bakery open.\n\n'
    '"It is our home," she said.\n'
)


def test_a_womans_title_never_joins_the_only_man_of_that_name() -> None:
    assert _mentions(_WIDOW) == {"Tom Berg": 1}


def test_the_widows_words_are_not_credited_to_her_husband() -> None:
    doc = analyse(_WIDOW)
    quotes = extract_quotes(doc, extract_actors(doc))
    assert quotes and all(q.speaker != "Tom Berg" for q in quotes)
