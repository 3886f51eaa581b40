"""Woven quotes whose source another clause gives: the sentence before, ending on its source
(`…, the customs agency said. He skipped the check "and instead…"`), and an absolute clause
(`…, with harbour master Jo Berg saying the crew turned back "because…"`)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_CHARGED = (
    "VALBY, Norland -- A ferry captain was charged on Tuesday with smuggling tobacco across "
    "the strait. He then hid the cartons below deck, the Norland Customs Agency said. "
)


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def _woven(text: str) -> Quote:
    return next(q for q in _quotes(text) if q.partial)


def test_woven_quote_after_a_sentence_ending_on_its_source_is_that_source() -> None:
    q = _woven(
        _CHARGED + 'He skipped the customs check "and instead unloaded the boxes at a quiet pier."'
    )
    assert q.speaker == "Norland Customs Agency"


def test_carried_source_does_not_run_on_to_the_next_woven_quote() -> None:
    quotes = _quotes(
        _CHARGED + 'He skipped the customs check "and instead unloaded the boxes at a quiet '
        'pier." Later he "sailed back to the harbour before the patrol boats could leave."'
    )
    assert quotes[0].speaker == "Norland Customs Agency"
    assert quotes[1].speaker is None


def test_no_source_carried_to_words_in_the_first_person() -> None:
    q = _woven(_CHARGED + 'He was "sure that we had done nothing wrong at all that night."')
    assert q.speaker is None


def test_no_source_carried_when_the_quote_sentence_names_a_person() -> None:
    text = (
        "VALBY, Norland -- Jo Lindqvist and Ana Berg run the ferry company. The boat left "
        'at dawn, the Norland Customs Agency said. Ana Berg was "tired of the long delays '
        'at the border crossing."'
    )
    assert _woven(text).speaker != "Norland Customs Agency"


def test_no_source_carried_past_a_sentence_that_quotes() -> None:
    text = (
        _CHARGED + 'The captain was "a careful man," the Norland Customs Agency said. '
        'He skipped the customs check "and instead unloaded the boxes at a quiet pier."'
    )
    assert _quotes(text)[-1].speaker != "Norland Customs Agency"


def test_no_source_carried_when_the_quote_has_a_reporting_clause() -> None:
    text = (
        _CHARGED + 'Critics called the fine "far too small for a crime of this size," '
        "the opposition said."
    )
    assert _woven(text).speaker != "Norland Customs Agency"


def test_absolute_with_clause_names_the_speaker_of_a_woven_quote() -> None:
    q = _woven(
        "VALBY, Norland -- Three fishermen were lost at sea last month. It is not clear how "
        "the boat sank, with harbour master Jo Berglund saying the crew turned back "
        '"because the waves had become far too high to cross."'
    )
    assert q.speaker == "Jo Berglund" and q.cue == "saying"


def test_with_clause_outranks_the_sentence_subject() -> None:
    q = _woven(
        "The Valby dockers' union called a strike on Monday, with Ana Lindqvist saying the "
        'workers had been "treated like furniture for far too long."'
    )
    assert q.speaker == "Ana Lindqvist"


def test_with_clause_reporting_another_voice_is_not_its_subjects() -> None:
    q = _woven(
        "VALBY, Norland -- The search ended on Friday, with Jo Berglund saying the captain "
        'told her the waves were "far too high to cross at any speed."'
    )
    assert q.speaker != "Jo Berglund"


def test_put_on_a_social_network_reports_the_post() -> None:
    (q,) = _quotes(
        "'Just watched the final, did anyone see the referee? #shambles,' Tomas Vikström "
        "put on Twitter."
    )
    assert q.speaker == "Tomas Vikström" and q.cue == "put"


def test_put_on_anything_else_reports_nothing() -> None:
    quotes = _quotes(
        "The sign read 'Closed for the winter season' and Tomas Vikström put it on a shelf."
    )
    assert all(q.speaker != "Tomas Vikström" for q in quotes)


_PILOT = (
    "VALBY, Norland -- A harbour pilot told a court on Monday how a crane operator had "
    "bullied her for years. 'He made every shift a misery,' said the young woman, who cannot "
    "be named. Crane operator Tor Lindgren, 52, denies the charges and says he never met her. "
    "The court heard about the years she had spent at the port and the many nights she had "
    "lain awake afterwards. "
)


def test_pronoun_paraphrase_carries_the_last_voice_to_the_words_after_it() -> None:
    quotes = _quotes(
        _PILOT + "She said she had told nobody about it until the morning she learned he had been "
        "arrested by the harbour police. 'I knew then that I had to tell someone.'"
    )
    assert quotes[-1].description == "the young woman" and quotes[-1].speaker is None


def test_pronoun_paraphrase_of_the_other_sex_carries_nothing() -> None:
    quotes = _quotes(
        _PILOT + "He said he had told nobody about it until the day the harbour police came "
        "for him. 'I knew then that I had to tell someone.'"
    )
    assert quotes[-1].description is None and quotes[-1].speaker is None


_DIRECTOR = (
    "VALBY, Norland -- 'We never expected the ferry to be this full,' said Ana Berg, the "
    "port's director, on Monday. Berg has run the port for eleven years and has seen three "
    "new piers built in that time, each of them paid for by the council. "
)


def test_a_man_reporting_since_a_womans_quote_stops_her_voice_going_on() -> None:
    quotes = _quotes(
        _DIRECTOR + "He said the fourth pier would open next spring after a long delay. "
        "'It will be the biggest pier on the whole coast.'"
    )
    assert quotes[-1].speaker is None


def test_her_own_paraphrase_keeps_her_voice() -> None:
    quotes = _quotes(
        _DIRECTOR + "She said the fourth pier would open next spring after a long delay. "
        "'It will be the biggest pier on the whole coast.'"
    )
    assert quotes[-1].speaker == "Ana Berg"


def test_no_source_carried_to_a_sentence_about_someone_new() -> None:
    text = (
        "Jo Lindqvist sails to Estria every month, several friends said. Harbour lobbyists "
        'describe such trips as "the usual course of business for a busy captain."'
    )
    assert _woven(text).description != "several friends"


def test_with_clause_never_names_another_bearer_of_a_given_name() -> None:
    q = _woven(
        "Customs chief Jo Brandvik praised the crews on Monday. The raid started a debate, "
        "with Senator Jo Maceira telling reporters the port had been "
        '"far too easy to slip through for many years."'
    )
    assert q.speaker != "Jo Brandvik"
