"""Science copy of round 42 (the ABC science set abcs4): a bracketed acronym inside the label
after "says" before a named person, an asteroid's designation and catalogue number, and a
named study (invented sentences)."""

from __future__ import annotations

from datetime import date

from briefing.facts.actors import extract_actors
from briefing.facts.dates import extract_dates
from briefing.facts.places import extract_places
from briefing.facts.quotes import extract_quotes
from briefing.model import Doc, Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def _actors_and_places(doc: Doc) -> set[str]:
    return {a.name for a in extract_actors(doc)} | {p.name for p in extract_places(doc)}


def _dates(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(analyse(text), date(2031, 3, 2))}


def test_an_acronym_in_brackets_inside_a_label_leaves_the_person_the_speaker() -> None:
    (quote,) = _quotes(
        'The chance of a hit was raised to "a little over 1 in 500", says Norvale '
        "Sky Watch (NSW) comet expert Dr Jo Tarrant."
    )
    assert quote.speaker == "Jo Tarrant"


def test_a_year_before_a_catalogue_code_is_no_date() -> None:
    assert _dates("The rock 2029 QX12 will pass the Moon in June 2040.") == {"June 2040": "2040-06"}


def test_a_name_after_a_catalogue_number_is_no_person() -> None:
    actors = _actors(
        "The lead passed to a rock called 31416 Norvikka. Norvikka' risk later fell, "
        "said Jo Tarrant."
    )
    assert "Norvikka" not in actors
    assert actors.get("Jo Tarrant") == "person"


def test_a_year_before_a_name_is_no_catalogue_number() -> None:
    actors = _actors("The 2028 Tarrant campaign failed. Hal Tarrant said so.")
    assert actors.get("Hal Tarrant") == "person"


def test_a_named_study_is_no_body() -> None:
    actors = _actors(
        "The data came from the Valby Harbour Study and the National Study of Norland "
        "Youth, says Jo Tarrant."
    )
    assert "Valby Harbour Study" not in actors
    assert "National Study of Norland Youth" not in actors


def test_a_body_for_the_study_of_something_stays_a_body() -> None:
    actors = _actors("Jo Tarrant works at the Norland Institute for the Study of Tides in Valby.")
    assert actors.get("Norland Institute for the Study of Tides") == "organization"


def test_signs_of_the_zodiac_are_no_names() -> None:
    text = "Nothing backs star signs, such as Gemini and Taurus, says Jo Tarrant."
    assert not {"Gemini", "Taurus"} & set(_actors(text))
    doc = analyse("Pupils born under Aries did no better, and those born in Taurus no worse.")
    assert not {"Aries", "Taurus"} & set(_actors_and_places(doc))


def test_an_iq_point_is_no_body() -> None:
    assert "IQ" not in _actors("The Norby pupils gained an IQ point.")


def test_a_name_described_as_a_satellite_is_no_body() -> None:
    actors = _actors(
        "Worth keeping is Norsat, the Valby designed and built satellite, says Jo Tarrant."
    )
    assert "Norsat" not in actors


def test_a_journal_name_with_and_is_one_body() -> None:
    actors = _actors(
        "Jo Tarrant led the work, published in the journal Moods and Valby Tidal Differences."
    )
    assert actors.get("Moods and Valby Tidal Differences") == "organization"
    assert "Valby Tidal Differences" not in actors


def test_a_phrase_opening_the_paragraph_after_a_says_paragraph_is_that_person_s() -> None:
    quotes = _quotes(
        "Dr Jo Tarrant of Valby University studies old hulls.\n\n"
        "Several harbours already plan to clear the wrecks, Tarrant says.\n\n"
        'While a hull undergoes a "slow salt-water erasure" by rusting away, others '
        "must be lifted out."
    )
    assert [(q.text, q.speaker, q.partial) for q in quotes] == [
        ("slow salt-water erasure", "Jo Tarrant", True)
    ]


def test_a_phrase_after_a_said_paragraph_keeps_no_speaker() -> None:
    quotes = _quotes(
        "Dr Jo Tarrant of Valby University studies old hulls.\n\n"
        "Several harbours already plan to clear the wrecks, Tarrant says.\n\n"
        'Jo Tarrant thinks a hull undergoes a "slow salt-water erasure" by rusting away.'
    )
    assert [q.speaker for q in quotes if q.text == "slow salt-water erasure"] in ([], [None])


def test_a_name_before_scale_is_no_place() -> None:
    doc = analyse("The rock was rated green on the Torino scale of hazards, says Jo Tarrant.")
    assert "Torino" not in _actors_and_places(doc)


def test_a_name_set_off_by_in_and_a_state_is_a_town() -> None:
    doc = analyse(
        "Dr Jo Tarrant studies old launch sites.\n\n"
        "One of them is Quillabee, in South Australia, which she says still matters."
    )
    assert "Quillabee" in {p.name for p in extract_places(doc)}
    assert "Quillabee" not in {a.name for a in extract_actors(doc)}
