"""What a reader checked on invented local and US copy in the thirty-eighth round: a
ministry named for a comma list of portfolios is one body; a known state opening a list of
places is a place; an age after a speaker's name hides no speaker; a date inside an aside a
past participle opens takes the aside's tense; a noun after an article ("on a
call that") is no verb weaving a partial quote in."""

from __future__ import annotations

from datetime import date

from briefing.facts.actors import extract_actors
from briefing.facts.dates import extract_dates
from briefing.facts.places import extract_places
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse


def _bodies(text: str) -> set[str]:
    return {a.name for a in extract_actors(analyse(text)) if a.type == "organization"}


def test_a_ministry_named_for_listed_portfolios_is_one_body() -> None:
    text = (
        "The Ministry of Harbours, Media and Sport said the rules would change. "
        "A spokesman for the Department for Tourism, Media and Sport declined to comment."
    )
    assert _bodies(text) == {
        "Ministry of Harbours, Media and Sport",
        "Department for Tourism, Media and Sport",
    }


def test_a_department_named_for_a_strategy_is_a_body() -> None:
    text = "The Ministry of Industrial Strategy will publish the plan on Monday, officials said."
    assert _bodies(text) == {"Ministry of Industrial Strategy"}


def test_a_known_state_opening_a_list_of_places_is_a_place() -> None:
    doc = analyse("Michigan, Illinois and New Jersey have the most old pipes, officials said.")
    names = {p.name for p in extract_places(doc)}
    assert {"Michigan", "Illinois", "New Jersey"} <= names


def test_an_age_after_the_name_leaves_the_named_speaker() -> None:
    doc = analyse(
        "Campaigners from the Friends of Lorne Street Library said they would go to court. "
        'Their chair, retired teacher Ulla Brandt, 71, called the vote "a betrayal of the '
        'children of this town".'
    )
    (quote,) = extract_quotes(doc, extract_actors(doc))
    assert quote.speaker == "Ulla Brandt"


def test_a_date_in_a_participle_aside_takes_the_aside_tense() -> None:
    text = (
        "The decision, taken at a meeting of the harbour board on Tuesday night, means the "
        "old pier will shut in the summer."
    )
    published = date(2031, 3, 14)  # a Friday
    values = {d.text: d.value for d in extract_dates(analyse(text), published)}
    assert values["Tuesday night"] == "2031-03-11TNI"


def test_a_noun_after_an_article_is_no_weaving_verb() -> None:
    doc = analyse(
        "Harbour chief Ulla Brandt told analysts on a call that the winter had been "
        '"far harder than we feared".'
    )
    (quote,) = extract_quotes(doc, extract_actors(doc))
    assert quote.speaker == "Ulla Brandt"


def test_a_past_tense_after_and_opens_no_role() -> None:
    doc = analyse(
        "Valby coach Rosa Merten said her side had earned the win and praised striker Ola "
        "Brink, who scored twice."
    )
    roles = {a.name: a.roles for a in extract_actors(doc)}
    assert roles["Ola Brink"] == ("striker",)


def test_a_body_described_before_said_in_a_statement_is_the_source() -> None:
    doc = analyse(
        "Harbour Rovers have sacked their coach after a fifth defeat in a row.\n\n"
        'The club said in a statement: "We thank him for his hard work."'
    )
    (quote,) = extract_quotes(doc, extract_actors(doc))
    assert quote.speaker in (None, "Harbour Rovers")
    assert quote.speaker or quote.description == "The club"


def test_a_name_set_off_by_the_and_a_firm_noun_is_a_body() -> None:
    doc = analyse(
        "Zumo, the video-sharing app owned by Teravine Group, has been fined by the regulator. "
        "Zumo said it would appeal."
    )
    kinds = {a.name: a.type for a in extract_actors(doc)}
    assert kinds.get("Zumo") == "organization"


def test_a_person_set_off_by_the_firm_s_title_stays_a_person() -> None:
    doc = analyse("Ulla Brandt, the firm's chief, said it would appeal the ruling.")
    kinds = {a.name: a.type for a in extract_actors(doc)}
    assert kinds["Ulla Brandt"] == "person"
