"""A quote paragraph whose writer's words go on with "he said" of the previous speaker's sex
is that speaker's; a report named by a body's word (`the Halvard report`) is the body's; an
inverted clause's colon is no part of the description (round 43)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

LAMPS = (
    "Lamps last longer\n\n"
    "A survey carried out last year by Torvik Research found that dim lamps were the top "
    'complaint of buyers. "Back then we cared most about price and looks," said Ansel '
    "Brovik, chief lamp designer for the maker Lumenhaus.\n\n"
    '"For most of the decade lamp life was stuck at two or three years." But now, he said, '
    "lamps now burn far longer. Better bulbs were only part of it, he explained.\n"
)

SKIPPERS = (
    "Skippers unaware\n\n"
    "A survey by the Halvard Research Center asked 900 skippers about the tolls. Only 20% "
    "knew the tolls had risen.\n\n"
    'Said the Halvard report: "This finding is odd, since most skippers read the port '
    'notices every week."\n'
)


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return extract_quotes(doc, extract_actors(doc))


def _quote(text: str, opening: str) -> Quote:
    return next(q for q in _quotes(text) if q.text.startswith(opening))


def test_quote_paragraph_then_he_said_goes_on_in_previous_voice() -> None:
    assert _quote(LAMPS, "For most of the decade").speaker == "Ansel Brovik"


def test_quote_paragraph_then_pronoun_of_other_sex_is_not_previous_voice() -> None:
    text = LAMPS.replace("But now, he said,", "But now, she said,")
    assert _quote(text, "For most of the decade").speaker is None


def test_quote_paragraph_then_named_other_speaker_is_not_previous_voice() -> None:
    text = LAMPS.replace("But now, he said,", "But now, Tomas Erling said,")
    assert _quote(text, "For most of the decade").speaker != "Ansel Brovik"


def test_report_named_by_body_word_is_the_bodys() -> None:
    assert _quote(SKIPPERS, "This finding is odd").speaker == "Halvard Research Center"


def test_report_naming_no_body_before_stays_a_description() -> None:
    text = SKIPPERS.replace("Said the Halvard report:", "Said the Orrin report:")
    quote = _quote(text, "This finding is odd")
    assert quote.speaker is None


def test_inverted_clause_colon_is_no_part_of_the_description() -> None:
    text = SKIPPERS.replace("Said the Halvard report:", "Said the harbour report:")
    quote = _quote(text, "This finding is odd")
    assert quote.speaker is None and quote.description == "the harbour report"


TOLLS = (
    "Harbour tolls rise again\n\n"
    "Valby port raised its tolls on Monday for the third time this year.\n\n"
    "Mr Lind said the rise would hurt small traders. Trawlnet, the Valby Association of "
    'Trawler Owners, agrees. "A toll this steep will empty the quays of every small boat we '
    'have," the organisation said in a written note.\n'
)


def test_organisation_is_the_body_set_off_after_the_opening_short_name() -> None:
    quote = _quote(TOLLS, "A toll this steep")
    assert quote.speaker == "Valby Association of Trawler Owners"


def test_body_set_off_without_its_own_verb_is_not_the_organisation() -> None:
    text = TOLLS.replace("Owners, agrees.", "Owners, in a long row of boats.")
    assert _quote(text, "A toll this steep").speaker != "Valby Association of Trawler Owners"


CUP = (
    "Lind eyes the cup\n\n"
    "Valby captain Tomas Lind says his side can win the cup. "
    '"We have a real chance between now and May," Lind said. The 29-year-old admitted '
    'interest in the cup was huge, calling it "the grandest event to reach Valby since the old '
    'bridge opened".\n'
)


def test_participle_after_comma_hangs_on_the_described_subject() -> None:
    quote = _quote(CUP, "the grandest event")
    assert quote.speaker == "Tomas Lind"


def test_participle_after_a_thing_opening_the_clause_credits_nobody() -> None:
    text = CUP.replace("The 29-year-old admitted", "The plan showed")
    assert _quote(text, "the grandest event").speaker is None
