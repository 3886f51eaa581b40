"""Wire and business copy conventions (round 39): a partial quote's agent after its closing
mark, a monarch's title and number, a savings bank's short name, a union's organ."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.brands import listed_brand_names
from briefing.facts.places import extract_places
from briefing.model import Actor
from briefing.nlp import analyse
from tests.facts.test_quotes import _quotes


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_a_partial_quote_classified_by_an_agent_is_the_agent_s_word() -> None:
    (q,) = _quotes(
        "Jo Park led his team to three sites classified as "
        '"sensitive" by the Norland authorities, harbour spokesman Tom Lund said.'
    )
    assert q.partial and q.speaker is None
    assert q.description == "the Norland authorities"


def test_a_partial_quote_described_by_a_named_agent_is_that_person_s() -> None:
    (q,) = _quotes(
        'The plan was described as "reckless" by Ana Berg, the mayor of Valby, Tom Lund said.'
    )
    assert q.speaker == "Ana Berg"


def test_a_by_phrase_of_time_after_a_partial_quote_names_no_agent() -> None:
    (q,) = _quotes('Tom Lund said the fee was seen as "unfair" by the end of May.')
    assert q.speaker == "Tom Lund"


def test_a_naming_participle_before_a_by_phrase_still_gives_no_quote() -> None:
    assert _quotes('The new pier, dubbed "the long plank" by locals, opens in May.') == []


def test_a_monarch_is_listed_with_title_and_number() -> None:
    actors = _actors("Jo Park said Queen Ana II is following the vote in Valby very closely.")
    queen = actors["Queen Ana II"]
    assert queen.type == "person" and "Ana II" in queen.aliases


def test_a_name_with_a_number_and_no_title_keeps_its_name() -> None:
    actors = _actors("Lawyer Tomas Berg II said the Valby court would sit on Monday.")
    assert "Tomas Berg II" in actors


def test_a_savings_bank_and_its_short_name_are_one_body() -> None:
    actors = _actors(
        "Norvale Savings Bank's stock fell on Friday. In trading on Friday, Norvale closed at "
        "$5.25. Norvale said it retained two bankers."
    )
    bank = actors["Norvale Savings Bank"]
    assert "Norvale" in bank.aliases and "Norvale" not in actors


def test_a_union_s_organ_and_its_name_without_the_letters_are_one_body() -> None:
    actors = _actors(
        "The U.N. Security Council met in Valby on Monday. Jo Park said the Security Council "
        "would meet again next week to discuss the harbour."
    )
    council = actors["U.N. Security Council"]
    assert "Security Council" in council.aliases and "Security Council" not in actors


def test_a_hand_over_told_as_news_gives_no_outlet_row() -> None:
    actors = _actors(
        "Hate groups grew last year in Valby, a new study says. And many use the web to spread "
        "their views. Valby Radio's Ana Berg has details from our southern bureau.\n\nThe "
        "Valby Rights Center counted four hundred groups. Ana Berg, Valby Radio, Valby."
    )
    assert "Valby Radio" not in actors and "Ana Berg" in actors


def test_a_battle_named_with_of_is_no_body() -> None:
    actors = _actors(
        "Jo Park says the groups believe they are nearing the Battle of Holmgard, in which "
        "they will face their foes."
    )
    assert not any("Battle" in name for name in actors)


def test_names_in_a_list_of_brands_are_no_persons_or_places() -> None:
    text = (
        "Analysts say much of Norco's loss came from such core brands as Valflakes, "
        "Rice Puffs and Holm Crunch, which make up a third of its sales in Valby."
    )
    assert listed_brand_names(text) == {"Valflakes", "Rice Puffs", "Holm Crunch"}
    actors = _actors(text)
    assert "Rice Puffs" not in actors
    places = {p.name for p in extract_places(analyse(text))}
    assert not places & {"Valflakes", "Rice Puffs", "Holm Crunch"}
