"""Quotes: every mark style and attribution pattern, continuation, and safe failure."""

from __future__ import annotations

from pathlib import Path

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Actor, Quote
from briefing.nlp import analyse
from briefing.sources import load


def _quotes(text: str, actors: tuple[Actor, ...] | None = None) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc) if actors is None else actors))


def test_quote_then_name_said() -> None:
    (q,) = _quotes('"We will rebuild the harbour this year," Anna Berg said on Tuesday.')
    assert q.text == "We will rebuild the harbour this year"
    assert q.speaker == "Anna Berg" and q.cue == "said"


def test_said_then_name() -> None:
    (q,) = _quotes("\u201cThe piers are ready for the ferries,\u201d said Piet Kaljus.")
    assert q.speaker == "Piet Kaljus"


def test_name_said_colon_before_quote() -> None:
    (q,) = _quotes('Anna Berg said: "The work starts in the spring next year."')
    assert q.speaker == "Anna Berg" and q.cue == "said"


def test_told_with_title_is_stripped_to_the_actor() -> None:
    (q,) = _quotes(
        '"The situation is very difficult now," Transport Minister Anna Berg told reporters.'
    )
    assert q.speaker == "Anna Berg" and q.cue == "told"


def test_according_to() -> None:
    (q,) = _quotes('"Costs will rise again next year," according to Piet Kaljus.')
    assert q.speaker == "Piet Kaljus"


def test_he_added_is_the_previous_speaker() -> None:
    quotes = _quotes(
        'Anna Berg met Piet Kaljus. "We are close to a deal now," Berg said.\n\n'
        '"There are still some differences between us," she added.'
    )
    assert [q.speaker for q in quotes] == ["Anna Berg", "Anna Berg"]


def test_he_said_is_the_last_person_named() -> None:
    quotes = _quotes(
        'Piet Kaljus arrived late.\n\n"We do not accept the new timetable at all," he said.'
    )
    assert quotes[0].speaker == "Piet Kaljus"


def test_guillemets_and_german_marks() -> None:
    quotes = _quotes(
        "\u00abNous sommes pr\u00eats \u00e0 signer demain\u00bb, said Marie Dubois. "
        "\u201eWir sind bereit zu unterschreiben\u201c, said Hans Weber."
    )
    assert [q.speaker for q in quotes] == ["Marie Dubois", "Hans Weber"]


def test_nested_single_quotes_stay_inside() -> None:
    (q,) = _quotes(
        "\u201cHe told me \u2018never again\u2019 and walked out of the room,\u201d Berg said."
    )
    assert "\u2018never again\u2019" in q.text


def test_quote_spanning_sentences_and_continuing_paragraph() -> None:
    quotes = _quotes(
        '"The storm destroyed everything. We lost the piers and the boats.\n\n'
        '"Now we can start again," Anna Berg said.'
    )
    assert len(quotes) == 1
    assert quotes[0].text.startswith("The storm destroyed everything.")
    assert quotes[0].text.endswith("Now we can start again")
    assert quotes[0].speaker == "Anna Berg"
    assert "\n\nNow we" in quotes[0].text  # the reopening mark is not a quoted word


def test_brackets_inside_quotes_are_kept_even_unbalanced() -> None:
    (q,) = _quotes('"If you [Norland] are invited by the [mayor, we will come," Berg said.')
    assert "[Norland]" in q.text and "[mayor" in q.text


def test_scare_quotes_are_not_quotes() -> None:
    assert _quotes('Berg warned of a "bloodbath" if the talks failed.') == []


def test_unclosed_quote_at_the_end_stops_at_the_paragraph() -> None:
    text = 'Berg spoke first.\n\n"This runs on and never closes, and then'
    (q,) = _quotes(text)
    assert q.end == len(text) and q.speaker is None


def test_unknown_speaker_is_none() -> None:
    (q,) = _quotes('"Nobody will ever admit to this in public," the statement read.')
    assert q.speaker is None


def test_seed_article_quotes(seed_article_path: Path) -> None:
    quotes = _quotes(load(seed_article_path).text)
    assert [q.speaker for q in quotes] == [
        "Dmitry Peskov",
        "Dmitry Peskov",
        "Recep Tayyip Erdogan",
        "Recep Tayyip Erdogan",
    ]
    assert not any("bloodbath" in q.text for q in quotes)


def test_fragment_woven_into_indirect_speech_is_not_a_quote() -> None:
    assert _quotes('Anna Berg said the plan was "far too expensive for the town" in the end.') == []


def test_reporting_verb_then_mark_without_comma_is_a_quote() -> None:
    (q,) = _quotes('Anna Berg says "we will finish the work on the piers in May."')
    assert q.speaker == "Anna Berg" and q.text.startswith("we will finish")


def test_title_of_a_work_is_not_a_quote() -> None:
    assert _quotes('Anna Berg appeared on "The Late Show With Piet Kaljus" on Monday.') == []


def test_short_first_part_of_an_interrupted_quotation_is_kept() -> None:
    quotes = _quotes('"I was shocked," Anna Berg said. "The harbour was empty and nobody came."')
    assert [q.text for q in quotes] == ["I was shocked", "The harbour was empty and nobody came."]
    assert {q.speaker for q in quotes} == {"Anna Berg"}


def test_name_before_an_apposition() -> None:
    (q,) = _quotes(
        '"The piers are ready for the ferries," Piet Kaljus, who runs the port, told reporters.'
    )
    assert q.speaker == "Piet Kaljus" and q.cue == "told"


def test_lower_case_title_words_before_the_name() -> None:
    (q,) = _quotes('"We know how the vote will go," Norland senior adviser Piet Kaljus conceded.')
    assert q.speaker == "Piet Kaljus"


def test_abbreviated_title_does_not_end_the_attribution() -> None:
    (q,) = _quotes('"The budget will not pass this year," said Rep. Anna Berg, a Democrat.')
    assert q.speaker == "Anna Berg"


def test_anonymous_source_is_none() -> None:
    (q,) = _quotes('"The budget will not pass this year," said a Norland Republican.')
    assert q.speaker is None


def test_name_and_colon_introduce_the_quote() -> None:
    (q,) = _quotes('Anna Berg: "Our goal is to rebuild, not to patch."')
    assert q.speaker == "Anna Berg"


def test_paragraph_ending_with_a_colon_introduces_the_next() -> None:
    (q,) = _quotes('Anna Berg stated:\n\n"The harbour will open again in the spring."')
    assert q.speaker == "Anna Berg"


def test_subject_named_earlier_in_the_sentence() -> None:
    (q,) = _quotes(
        'Anna Berg, unimpressed by the new plan, told reporters, "It will never work here."'
    )
    assert q.speaker == "Anna Berg"


def test_unattributed_quote_paragraph_continues_the_previous_speaker() -> None:
    quotes = _quotes(
        'Piet Kaljus was there too.\n\n"We are close to a deal," Anna Berg said.\n\n'
        '"The last differences are about money and time."'
    )
    assert [q.speaker for q in quotes] == ["Anna Berg", "Anna Berg"]


def test_dash_line_under_a_quote_names_the_speaker() -> None:
    (q,) = _quotes('"Great speech. She is ready for the job."\n\n- Anna Berg, after the speech.')
    assert q.speaker == "Anna Berg"


def test_pronoun_skips_names_inside_quotes() -> None:
    quotes = _quotes(
        'Anna Berg spoke first. "I would think Piet Kaljus agrees with us," she said, '
        '"but I suspect he does not."'
    )
    assert [q.speaker for q in quotes] == ["Anna Berg", "Anna Berg"]


def test_straight_mark_closes_a_typographic_quote() -> None:
    (q,) = _quotes('\u201cWe will open the harbour again in May," Anna Berg said.')
    assert q.text == "We will open the harbour again in May" and q.speaker == "Anna Berg"


def test_bare_surname_is_the_person_of_that_name_named_last() -> None:
    quotes = _quotes(
        "Anna Berg met Piet Kaljus and Maria Kaljus on Monday.\n\n"
        '"The piers will be ready for the ferries in May," Kaljus charged.'
    )
    assert quotes[0].speaker == "Maria Kaljus" and quotes[0].cue == "charged"
