"""Quotes: every mark style and attribution pattern, continuation, and safe failure."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import cues, extract_quotes
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


def test_a_rank_before_the_surname_leaves_the_person_named_earlier() -> None:
    (q,) = _quotes(
        'Ana Holm inspected the harbour on Monday.\n\n"The piers stay open," said Insp. Holm.'
    )
    assert q.speaker == "Ana Holm"


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
    # a word in marks that nobody is said to say (a scare quote) is not among them
    assert all(len(q.text.split()) > 1 for q in quotes)


def test_fragment_woven_into_indirect_speech_is_a_partial_quote() -> None:
    (q,) = _quotes('Anna Berg said the plan was "far too expensive for the town" in the end.')
    assert q.partial and q.text == "far too expensive for the town"
    assert q.speaker == "Anna Berg"


def test_full_quotation_is_not_partial() -> None:
    (q,) = _quotes('"We will rebuild the harbour this year," Anna Berg said on Tuesday.')
    assert not q.partial and q.how == "named cue"


def test_reporting_verb_then_mark_without_comma_is_a_quote() -> None:
    (q,) = _quotes('Anna Berg says "we will finish the work on the piers in May."')
    assert q.speaker == "Anna Berg" and q.text.startswith("we will finish")


def test_title_of_a_work_is_not_a_quote() -> None:
    assert _quotes('Anna Berg appeared on "The Late Show With Piet Kaljus" on Monday.') == []


def test_a_long_title_in_title_case_is_not_a_quote() -> None:
    text = (
        'Her new book, "How a Small Harbour Town Learned to Love the Sea and All of Its '
        'Ships", is out in May.'
    )
    assert _quotes(text) == []


def test_short_quotation_its_own_clause_describes_the_source_of_is_kept() -> None:
    (q,) = _quotes('"Open the gates," the harbour master said as the ferry came in.')
    assert q.text == "Open the gates" and q.speaker is None
    assert q.description == "the harbour master"


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


# --- quotation conventions -------------------------------------------------


def test_typographic_single_marks_are_quotes() -> None:
    (q,) = _quotes("\u2018We will rebuild the harbour wall,\u2019 Anna Berg said.")
    assert q.text == "We will rebuild the harbour wall" and q.speaker == "Anna Berg"


def test_straight_single_marks_are_quotes() -> None:
    (q,) = _quotes("'The ferries will run again in May,' said Piet Kaljus.")
    assert q.text == "The ferries will run again in May" and q.speaker == "Piet Kaljus"


def test_a_single_quoted_paragraph_left_open_goes_on_when_the_next_reopens_it() -> None:
    # The continued-quote convention in single marks: no closing mark ends the first
    # paragraph, and the next paragraph opens with one.
    text = (
        "Jo Park spoke at the quay on Monday.\n\n"
        "\u2018We will rebuild the pier and the sheds before the winter comes.\n\n"
        "\u2018And then we will open the market again,\u2019 she said."
    )
    (q,) = _quotes(text)
    assert q.text.startswith("We will rebuild") and q.text.endswith("market again")
    assert q.speaker == "Jo Park"


def test_apostrophes_never_open_a_quote() -> None:
    text = (
        "The port's new crane played rock 'n' roll from the '90s all night. "
        "Harbourside\u2019s fans and the players\u2019 families stayed until dawn."
    )
    assert _quotes(text) == []


def test_plural_possessive_inside_single_marks_does_not_close_the_quote() -> None:
    (q,) = _quotes(
        "\u2018The players\u2019 wages will be paid on time this month,\u2019 Anna Berg said."
    )
    assert q.text.endswith("paid on time this month") and q.speaker == "Anna Berg"


def test_plural_possessive_closes_words_quoted_mid_sentence_before_a_sentence_end() -> None:
    # `dancers'` closes the quoted words: the next mark comes only after the sentence ends.
    (q,) = _quotes(
        "Visitors met the 'harbour dancers' hired for the fair. Anna Berg, who organised it, "
        "called the evening 'a real triumph for the town'."
    )
    assert q.text == "a real triumph for the town" and q.speaker == "Anna Berg"


def test_plural_possessive_closes_words_quoted_mid_sentence_before_another_quote() -> None:
    (q,) = _quotes(
        "The fair hired the 'harbour dancers' seen at the boat show, and Anna Berg said "
        "it was 'a great success for everyone'."
    )
    assert q.text == "a great success for everyone" and q.speaker == "Anna Berg"


def test_plural_possessive_after_a_plural_owner_closes_the_quoted_word() -> None:
    (q,) = _quotes(
        "The coach kept the rowers' 'logbooks' beside the tiller all season. Piet Kaljus "
        "said the crew had been 'very careful with them'."
    )
    assert q.text == "very careful with them" and q.speaker == "Piet Kaljus"


def test_plural_possessive_in_a_full_quote_across_sentences_stays_inside() -> None:
    (q,) = _quotes("'The sailors' families wait. We will open the pier in May,' Anna Berg said.")
    assert q.text.startswith("The sailors") and q.text.endswith("in May")


def test_double_marks_nested_in_single_ones_stay_inside() -> None:
    (q,) = _quotes(
        "\u2018He said \u201cnever again\u201d and walked out of the room,\u2019 Berg said."
    )
    assert "never again" in q.text and q.text.endswith("out of the room")


def test_guillemets_with_an_english_clause() -> None:
    (q,) = _quotes("\u00abWe are ready to sign the deal tomorrow\u00bb, said Marie Dubois.")
    assert q.speaker == "Marie Dubois"


def test_wire_backticks_are_double_marks() -> None:
    (q,) = _quotes("``The talks will resume on Monday,'' Anna Berg told reporters.")
    assert q.text == "The talks will resume on Monday" and q.speaker == "Anna Berg"


def test_dash_introduced_quote() -> None:
    (q,) = _quotes(
        "Anna Berg met the crews.\n\n\u2013 We are ready for the talks \u2013 said Anna Berg."
    )
    assert q.text == "We are ready for the talks" and q.speaker == "Anna Berg"


def test_indented_wire_paragraphs_separate_quotes() -> None:
    quotes = _quotes(
        "\t   ``The pier is closed for the winter,'' Anna Berg said.\n"
        "\t   ``We reopen in the spring,'' said Piet Kaljus."
    )
    assert [q.speaker for q in quotes] == ["Anna Berg", "Piet Kaljus"]


# --- pairing -----------------------------------------------------------------


def test_inconsistent_marks_are_given_up_not_guessed() -> None:
    # Two opening marks and one close: which words are quoted is unknown.
    quotes = _quotes(
        "Anna Berg walked past the \u201cnew pier and the \u201cold harbour\u201d, "
        "Piet Kaljus said."
    )
    assert quotes == []


def test_straight_quote_reopened_by_a_typographic_mark_runs_past_the_nested_one() -> None:
    # The straight quotation closes only after the typographic one nested in it: the
    # narrative in between is the writer's quoted, not what "she" said.
    quotes = _quotes(
        "Piet Kaljus wrote in the harbour bulletin:\n\n"
        '"Anna Berg had waited on the pier since dawn. She knew the ferry was late.\n\n'
        "\u201cI will wait for as long as it takes,\u201d she said, and the crew waved from "
        'the deck as the boat came in."'
    )
    assert [(q.text[:20], q.speaker) for q in quotes] == [
        ("Anna Berg had waited", "Piet Kaljus"),
        ("I will wait for as l", "Anna Berg"),
    ]


def test_typographic_quote_nested_in_a_straight_one_is_listed_unattributed() -> None:
    quotes = _quotes(
        "Jo Park spoke at the harbour meeting on Monday.\n\n"
        '"I read them the question: \u201cWill the new pier open before the summer season '
        'starts?\u201d Most of them said yes, and a few said no," Jo Park said.'
    )
    nested = [q for q in quotes if q.text.startswith("Will the new pier")]
    assert [(q.speaker, q.partial) for q in nested] == [(None, True)]
    assert quotes[0].speaker == "Jo Park" and quotes[0].text.startswith("I read them")


def test_title_in_typographic_marks_inside_a_straight_quote_is_no_quotation() -> None:
    quotes = _quotes(
        '"We read \u201cThe Harbour Gazette Weekly\u201d every morning at the office before '
        'the ferries leave," Jo Park said.'
    )
    assert [q.speaker for q in quotes] == ["Jo Park"]


def test_quote_opened_mid_paragraph_and_never_closed_is_given_up() -> None:
    quotes = _quotes(
        'Anna Berg said the "plan was fine and then the council met on Monday.\n\n'
        "The council voted against it."
    )
    assert quotes == []


def test_quote_left_open_at_a_line_end_and_reopened_is_two_quotes() -> None:
    quotes = _quotes(
        "\u201cWe will rebuild the pier this year,\u201d Anna Berg said. \u201cIt will take "
        "time and money.\n\u201cThe ferries are waiting for us now,\u201d added Piet Kaljus."
    )
    assert [q.speaker for q in quotes] == ["Anna Berg", "Anna Berg", "Piet Kaljus"]


# --- partial quotes ----------------------------------------------------------


def test_partial_quote_with_a_clause_after_it() -> None:
    (q,) = _quotes('The delay was "too long to be an accident", Ms Lund said.')
    assert q.partial and q.speaker == "Lund"


def test_partial_quote_after_called_has_a_description_source() -> None:
    (q,) = _quotes('The mayor called the plan "a serious mistake for the town" on Monday.')
    assert q.partial and q.speaker is None and q.description == "The mayor"


def test_partial_quote_with_a_named_subject() -> None:
    (q,) = _quotes('Anna Berg called the plan "a serious mistake for the town" on Monday.')
    assert q.partial and q.speaker == "Anna Berg"


def test_partial_quote_after_a_capitalised_and_and_an_anonymous_source() -> None:
    text = (
        "The Valby Party met on Monday. Its leader spoke first. "
        'And a senior Valby Party member said the new pier "would never pay for itself".'
    )
    q = _quotes(text)[-1]
    assert q.partial and q.speaker is None and q.description == "a senior Valby Party member"


def test_officials_of_a_named_body_are_a_description_not_the_body() -> None:
    text = (
        "Norbank lends to the port. Officials at Norbank, the port's lender, said they feared "
        'that borrowers "may try to hide the money from the bank".'
    )
    q = _quotes(text)[-1]
    assert q.speaker is None and q.description == "Officials at Norbank"


def test_partial_closing_with_no_stop_before_a_fronted_phrase_ends_its_sentence() -> None:
    text = (
        "Anna Berg said the harbour board had always been seen as 'the fair partner in the "
        "deal' Earlier this month, Judge Piet Kaljus said the board would keep its seat."
    )
    (q,) = _quotes(text)
    assert q.partial and q.speaker == "Anna Berg"


def test_scare_quote_of_one_word_is_not_a_partial_quote() -> None:
    assert _quotes('Anna Berg said the "reform" would cost the town dearly.') == []


def test_one_word_a_named_source_uses_is_a_partial_quote() -> None:
    (q,) = _quotes('Tom Holm called the new toll on the bridge "absurd" on Monday.')
    assert q.partial and q.text == "absurd" and q.speaker == "Tom Holm"


def test_words_after_a_naming_cue_are_a_term_not_a_partial_quote() -> None:
    assert _quotes('The old ferry, known as the "lady of the fjord", sails at noon.') == []
    assert _quotes('The new bridge, dubbed "the long walk home" by locals, opens in May.') == []


def test_one_word_after_an_article_is_a_term_not_a_quote() -> None:
    assert _quotes('Ana Lind says the eclipse is known as a "tetrad" by sailors.') == []


# --- speakers ------------------------------------------------------------------


def test_colon_introduction_with_the_outlet() -> None:
    (q,) = _quotes('Anna Berg, City Radio: "The harbour will open again in the spring."')
    assert q.speaker == "Anna Berg"


def test_colon_introduction_after_a_role_and_a_comma() -> None:
    (q,) = _quotes(
        "Holmvik's managing director, Peter Vance: 'We are pleased the stoppage is over and "
        "the ovens are lit again.'"
    )
    assert q.speaker == "Peter Vance"


def test_colon_introduction_after_a_role_before_the_name() -> None:
    (q,) = _quotes('City Radio director Anna Berg: "We will stay on air until the spring."')
    assert q.speaker == "Anna Berg"


def test_a_colon_after_a_name_another_subject_acts_on_is_no_label() -> None:
    quotes = _quotes('The crowd outside cheered Anna Berg: "Stay on, stay on, stay on now!"')
    assert all(q.speaker != "Anna Berg" for q in quotes)


def test_title_between_name_and_verb_after_the_quote() -> None:
    (q,) = _quotes(
        '"Rates will stay high for a year," Piet Kaljus, chief economist at Norbank, said.'
    )
    assert q.speaker == "Piet Kaljus"


def test_title_between_name_and_verb_before_the_quote() -> None:
    (q,) = _quotes(
        'Piet Kaljus, chief economist at Norbank, said: "Rates will stay high for a year."'
    )
    assert q.speaker == "Piet Kaljus"


def test_description_as_the_source_is_kept_not_a_person_named_elsewhere() -> None:
    quotes = _quotes(
        'Anna Berg opened the session. "The budget is final," Berg said. '
        '"We will not reopen the budget talks," the senior minister told reporters.'
    )
    assert quotes[-1].speaker is None
    assert quotes[-1].description == "the senior minister" and quotes[-1].how == "description"


def test_possessive_source_is_a_description_not_the_owner() -> None:
    (q,) = _quotes('"She will not run again next year," Anna Berg\'s spokesman said.')
    assert q.speaker is None and q.description == "Anna Berg's spokesman"


def test_reporting_verb_from_the_lexicon() -> None:
    (q,) = _quotes('"This is a disgrace for the whole town," Anna Berg fumed.')
    assert q.speaker == "Anna Berg" and q.cue == "fumed"


def test_statement_of_a_club_is_not_credited_to_its_player() -> None:
    quotes = _quotes(
        "Harbour FC announced that striker Jo Smith had left the club.\n\n"
        'In a statement on Jo Smith, the club said: "We wish him every success in the future."'
    )
    assert quotes[-1].speaker == "Harbour FC"  # the club opening the sentence before


def test_title_of_a_show_followed_by_a_clause_is_not_a_quote() -> None:
    assert _quotes('Anna Berg presents the show "Nights On The Harbour", the station said.') == []


def test_pronoun_speaker_is_marked_as_found_by_pronoun() -> None:
    quotes = _quotes(
        'Piet Kaljus arrived late.\n\n"We do not accept the new timetable at all," he said.'
    )
    assert quotes[0].how == "pronoun"


def test_continuation_paragraph_is_marked_as_previous_paragraph() -> None:
    quotes = _quotes(
        '"We are close to a deal," Anna Berg said.\n\n"The last differences are about money."'
    )
    assert quotes[1].how == "previous paragraph"


def test_reader_sees_unattributed_rather_than_nothing() -> None:
    (q,) = _quotes('"Nobody will ever admit to this in public," the statement read.')
    assert q.attribution == "the statement (unnamed)"
    bare = Quote("We will see about that", None, 0, 0, 22)
    assert bare.attribution == "unattributed" and bare.found_by == ""


def test_partial_quote_with_nobody_saying_it_is_listed_unattributed() -> None:
    (q,) = _quotes('The plan was called "a costly harbour mistake" in the end.')
    assert q.partial and q.speaker is None and q.description is None
    assert q.attribution == "unattributed"


def test_transcript_label_inside_the_quote_names_the_speaker() -> None:
    quotes = _quotes(
        'The interview follows:\n\n"BERG: We will open the harbour in May.\n\n'
        '"KALJUS: The ferries are ready for it.\n\n"(CROSSTALK.)'
    )
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Berg", "We will open the harbour in May."),
        ("Kaljus", "The ferries are ready for it."),
    ]


def test_a_sign_off_closing_a_block_quote_is_no_quote() -> None:
    quotes = _quotes(
        'The interview follows:\n\n"BERG: We will open the harbour in May.\n\n'
        '"Follow Ana Lind on Twitter @analind."'
    )
    assert [q.text for q in quotes] == ["We will open the harbour in May."]


def test_short_quotation_with_its_own_clause_is_kept() -> None:
    (q,) = _quotes('Anna Berg looked at the empty pier.\n\n"It is finished," she said.')
    assert q.text == "It is finished" and q.speaker == "Anna Berg"


def test_closing_mark_typed_as_opener_at_a_paragraph_start() -> None:
    (q,) = _quotes("\u201dThe ferries will run again in May,\u201d Anna Berg said.")
    assert q.text == "The ferries will run again in May" and q.speaker == "Anna Berg"


def test_capitals_before_a_noun_make_a_description_not_a_name() -> None:
    (q,) = _quotes('"We need a new harbour," the Valby billionaire said.')
    assert q.speaker is None and q.description == "the Valby billionaire"


def test_body_modifying_a_title_is_not_the_speaker() -> None:
    (q,) = _quotes(
        '"The harbour will be ready in May," retired Harbour Board engineer Piet Kaljus said.'
    )
    assert q.speaker == "Piet Kaljus"


def test_document_of_a_body_is_a_description() -> None:
    (q,) = _quotes(
        "The memo for members of the Valby Council states that "
        '"the harbour is no longer a priority for the region".'
    )
    assert q.speaker is None and q.description == "The memo for members of the Valby Council"


def test_single_mark_before_a_bracket_opens_and_a_stray_space_does_not_close() -> None:
    (q,) = _quotes(
        "\u2018(Our) crews did a fantastic job. That\u2019 s right, all of them,\u2019 "
        "Anna Berg said."
    )
    assert q.text.startswith("(Our) crews") and q.text.endswith("all of them")


def test_according_to_earlier_in_the_sentence() -> None:
    (q,) = _quotes(
        "The horse is now ten and, according to his rider Anna Berg, "
        '"prefers to take the fences slowly".'
    )
    assert q.partial and q.speaker == "Anna Berg"


def test_according_to_later_in_the_sentence_of_a_partial_quote() -> None:
    (q,) = _quotes(
        'The new toll "doubles the fare" for islanders, according to Anna Berg, the mayor.'
    )
    assert q.partial and q.speaker == "Anna Berg"


def test_according_to_after_a_second_quote_is_not_the_first_ones_source() -> None:
    quotes = _quotes(
        'The new toll "doubles the fare" and is "plainly unfair to the islands," according '
        "to Anna Berg, the mayor of Valby."
    )
    assert quotes[1].speaker == "Anna Berg" and quotes[0].speaker in (None, "Anna Berg")


def test_according_to_opening_the_sentence_gives_the_body_of_its_website() -> None:
    (q,) = _quotes(
        "Fire crews stayed all night. According to a Norbank website, its plant in Valby is "
        '"a model for careful building in the whole north".'
    )
    assert q.partial and q.speaker == "Norbank"


def test_according_to_does_not_make_one_echoed_word_a_quote() -> None:
    quotes = _quotes(
        'Crews held the bridge as a "blocking force". According to the Norbank report, the '
        'Harbour "blocking" crew ran out of fuel before dawn.'
    )
    assert [q.text for q in quotes] == []


def test_second_partial_of_a_sentence_has_the_first_ones_source() -> None:
    quotes = _quotes(
        'Anna Berg said the fishermen were not "gaming the quotas" but were "paying for them".'
    )
    assert [q.speaker for q in quotes] == ["Anna Berg", "Anna Berg"]


def test_according_to_a_described_source_is_that_description_not_a_person_named_nearby() -> None:
    text = (
        "Police in Valby made an arrest late on Tuesday. "
        '"After learning that Tomas Ekberg had left the city, officers searched the port," '
        "according to a police statement. Officers later found Ekberg in a hotel near the port."
    )
    quote = next(q for q in _quotes(text) if q.text.startswith("After learning"))
    assert quote.speaker is None
    assert quote.description == "a police statement"
    before = _quotes('According to the harbour authority, "The quay will reopen in May."')
    assert before[0].speaker is None and before[0].description == "the harbour authority"


def test_an_organisation_quoted_by_its_short_form_is_the_speaker() -> None:
    (q,) = _quotes(
        "The Valby Planning Office opened a review on Monday. "
        '"The harbour will stay closed," the VPO said.'
    )
    assert q.speaker == "Valby Planning Office"


def test_name_before_a_relative_clause_with_another_person_is_the_speaker() -> None:
    text = (
        "Coach Ana Park met the board on Monday. Park, who is without the injured Tom "
        "Brandt, said: 'The harbour team played very well against the visitors last week.'"
    )
    (q,) = _quotes(text)
    assert q.speaker == "Ana Park"


def test_name_and_title_of_a_force_before_the_verb_is_the_person() -> None:
    text = (
        '"We are building a register of every boat in the harbour, and we check it daily", '
        "Ana Lindqvist, Deputy Superintendent of Valby Harbour Police told reporters."
    )
    (q,) = _quotes(text)
    assert q.speaker == "Ana Lindqvist"


def test_it_states_is_the_body_its_sentence_names_never_a_person_named_nearby() -> None:
    text = (
        "Professor Jo Brandt said the harbour robots would learn to fly next year.\n\n"
        "On the Valby Robotics website it states: 'In two years our small team has built and "
        "flown four robots from a base on the quay.'"
    )
    (q,) = _quotes(text)
    assert q.speaker == "Valby Robotics"


def test_it_states_is_nobody_when_its_sentence_names_two_bodies() -> None:
    text = (
        "Professor Jo Brandt said the harbour robots would learn to fly next year.\n\n"
        "On the Valby Robotics website, which Norbank pays for, it states: 'In two years our "
        "small team has built and flown four robots from a base on the quay.'"
    )
    (q,) = _quotes(text)
    assert q.speaker is None


def test_they_said_is_never_given_to_one_person_by_the_model() -> None:
    text = (
        "Jo Brandt and Ana Park run the harbour shop.\n\n"
        '"We will not close the shop this winter, whatever the council decides," they said.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None


def test_name_and_a_past_tense_off_the_verb_list_end_the_clause() -> None:
    text = (
        '"Every time you say that, you help the people who want to close the pier," '
        "Ana Berg said.\n\n"
        '"Why is this not proof that the harbour board is too big to manage?" Tom Holm '
        "growled."
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Ana Berg", "Tom Holm"]


def test_quote_after_a_question_someone_asked_is_not_in_the_asker_voice() -> None:
    text = (
        "Ana Berg met Tom Holm at the harbour party. Later that night Holm sent her a text. "
        "'Where are you now?' he asked. 'It was a nice surprise for me, and I did not expect "
        "it at all.' So she took a taxi to the pier."
    )
    quotes = _quotes(text)
    assert quotes[0].speaker == "Tom Holm" and quotes[1].speaker is None


def test_model_gives_no_one_named_elsewhere_when_the_quote_sentence_names_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefing.facts.quotes import learned

    names = learned.feature_names()
    weights = [0.0] * len(names)
    weights[names.index("bias")] = -2.0
    weights[names.index("most_mentioned")] = 6.0  # a model that trusts the most named
    monkeypatch.setattr(learned, "_weights", lambda: (weights, 0.5, 0.5))
    text = (
        "Minister Jo Brandt is known for his humour. Brandt often jokes with reporters.\n\n"
        "In May, Brandt sent greetings to all the sailors of the port.\n\n"
        "That prompted Ana Berg, the daughter of harbour chief Tom Berg, to reply with a "
        'message of her own: "Thanks. The summer would be better if you opened the pier."'
    )
    (q,) = _quotes(text)
    assert q.speaker is None


def test_partial_quote_after_a_relative_clause_subject() -> None:
    text = (
        "Twelve people were hurt in the harbour district by a blast that Mayor Ana Berg "
        'described as "a deliberate act of harm".'
    )
    (q,) = _quotes(text)
    assert q.partial and q.speaker == "Ana Berg"


def test_partial_quote_in_reported_speech_after_an_apposition_and_a_time() -> None:
    text = (
        "Talks with the striker will resume in May, but Tom Holm, the club's chief "
        "executive, last month said he thought the striker would stay at the harbour ground "
        "for 'a long time'."
    )
    (q,) = _quotes(text)
    assert q.partial and q.speaker == "Tom Holm"


def test_partial_quote_after_the_name_of_a_thing_has_no_speaker() -> None:
    text = (
        "Ana Berg traces the harbour god from a stern figure to what the King Harald "
        'Almanac calls the "still, small voice" that the sailors heard.'
    )
    quotes = _quotes(text)
    assert all(q.speaker in (None, "Ana Berg") for q in quotes)


def test_a_report_of_a_named_body_is_the_body_speaking() -> None:
    text = (
        "The Valby Harbour Authority counts the boats every week.\n\n"
        '"Taken together these counts show that the north pier is full," the latest Valby '
        "Harbour Authority report said."
    )
    (q,) = _quotes(text)
    assert q.speaker == "Valby Harbour Authority"


def test_single_quote_run_into_a_photo_caption_ends_at_its_last_full_stop() -> None:
    text = (
        "Club secretary Tom Holm said: 'The match was on the edge from the first minute. "
        "'It seems we do not deserve a place in the big competition. Fans clash with police "
        "after the harbour derby is stopped 'They are here to break things, not to watch the "
        "game. 'For me, the game should have stopped in the first minute.'"
    )
    quotes = _quotes(text)
    texts = [q.text for q in quotes]
    assert "It seems we do not deserve a place in the big competition." in texts
    assert not any("Fans clash" in t for t in texts)
    assert any(t.startswith("They are here to break things") for t in texts)


def test_name_and_verb_with_no_object_after_a_full_stop_attribute_the_quote() -> None:
    text = (
        "Ana Berg has played the harbour drums for ten years. 'I like to think that I play "
        "with some style.' Berg concluded in an interview with the Valby Post."
    )
    (q,) = _quotes(text)
    assert q.speaker == "Ana Berg"


def test_sentence_after_a_full_stop_with_its_own_object_is_no_clause() -> None:
    text = (
        "Ana Berg has played the harbour drums for ten years. 'I like to think that I play "
        "with some style.' Tom Holm said the band would tour in May."
    )
    (q,) = _quotes(text)
    assert q.speaker != "Tom Holm"


def test_role_under_capitalised_modifiers_without_determiner_is_a_description() -> None:
    text = (
        'Harbour Racing team managing director told the Valby Post: "We are all pleased '
        'with how things are going this season."'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "Harbour Racing team managing director"


def test_body_followed_by_its_place_is_the_source_of_a_partial_quote() -> None:
    text = (
        "Two students were charged on Monday. Valby University in Norland said the two have "
        'been "placed on temporary suspension from the university under its rules".'
    )
    (q,) = _quotes(text)
    assert q.partial and q.speaker == "Valby University"


def test_partial_quote_after_a_bare_surname_in_a_relative_clause() -> None:
    text = (
        "Tom Holm has written a new book about the harbour. It tells of the old ferry and "
        'of the first lighthouse, which Holm calls "the boldest building of the whole coast".'
    )
    quotes = _quotes(text)
    assert quotes[-1].partial and quotes[-1].speaker == "Tom Holm"


def test_wire_quote_closing_a_nested_quote_keeps_its_clause() -> None:
    text = (
        "Tom Holm called a meeting of the harbour workers.\n\n"
        "``I told them, `Here, I am your mayor and your friend,''' said Holm, smiling."
    )
    quotes = _quotes(text)
    assert quotes[0].speaker == "Tom Holm"


def test_partial_quote_in_a_that_clause_of_the_speaker() -> None:
    text = (
        "Ana Berg runs the harbour office.\n\n"
        'Berg says she is satisfied that there has been "no harm done to anyone" at the pier.'
    )
    quotes = _quotes(text)
    assert quotes[-1].partial and quotes[-1].speaker == "Ana Berg"


def test_partial_quote_in_a_that_clause_naming_another_is_not_the_first_subject() -> None:
    text = (
        "Ana Berg runs the harbour office.\n\n"
        'Berg reported that Tom Holm told the board the pier was "no longer safe for boats".'
    )
    quotes = _quotes(text)
    assert quotes[-1].speaker != "Ana Berg"


def test_partial_quote_far_into_reported_speech_naming_nobody_else() -> None:
    text = (
        "Tom Holm takes pictures of harbours.\n\n"
        "He said he found such projects to be the most rewarding of all, and he became most "
        'interested in old piers even though they are "cold, wet and a little frightening."'
    )
    quotes = _quotes(text)
    assert quotes[-1].partial and quotes[-1].speaker == "Tom Holm"


def test_partial_quote_in_a_that_clause_with_a_month_but_no_other_person() -> None:
    text = (
        "Harbour spokesman Jo Lind said Friday that if the board agrees in November, "
        '"the north pier would open in the spring".'
    )
    quotes = _quotes(text)
    assert quotes[-1].speaker == "Jo Lind"


def test_partial_quote_after_a_place_opening_the_sentence() -> None:
    text = (
        "In Valby, harbour councillor Tom Holm, warned the crowd that the storm might come "
        'back "with the power to close the port for a week."'
    )
    quotes = _quotes(text)
    assert quotes[-1].speaker == "Tom Holm"


def test_partial_quote_after_she_right_before_the_weaving_verb() -> None:
    text = (
        "Harbour Minister Margaret Olsen praised the town for facing what she called 'the "
        "long hidden story of the old port.'"
    )
    (q,) = _quotes(text)
    assert q.partial and q.speaker == "Margaret Olsen"


def test_quote_after_a_question_asked_in_paragraphed_copy_goes_on_in_that_voice() -> None:
    text = (
        "Tom Holm spoke to the harbour board on Monday.\n\n"
        '"Does anybody know what the plan for the north pier is?" Holm asked. "Neither do I '
        'know, and nor does the board."'
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Tom Holm", "Tom Holm"]


def test_partial_quote_said_by_a_pronoun_in_the_same_sentence_is_not_the_first_speaker() -> None:
    text = (
        "Harbour chief Ana Berg said Tom Holm was “absolutely right” when he said on Monday "
        "that under the old board, “the piers have been left to rot.”"
    )
    quotes = _quotes(text)
    assert quotes[0].speaker == "Ana Berg"
    assert quotes[-1].speaker != "Ana Berg"


@pytest.mark.parametrize("when", ["last week", "on Friday", "Friday"])
def test_partial_quote_with_a_time_between_the_subject_and_the_weaving_verb(when: str) -> None:
    """A day between subject and verb is a time like "last week", not another clause."""
    text = (
        "Residents in Valby heard a loud bang in the night, an explosion that Mayor Ana Berg "
        f'{when} described as "a gas leak in the old mill".'
    )
    quotes = _quotes(text)
    assert quotes[-1].partial and quotes[-1].speaker == "Ana Berg"


def test_a_description_after_the_verb_keeps_its_lower_case_head_noun() -> None:
    (quote,) = _quotes(
        "Ann Lind and Jo Park met on Monday. "
        '"Here are two proud people who will not pick up the phone," said a Harbour '
        "Council leader."
    )
    assert quote.speaker is None and quote.description == "a Harbour Council leader"


def test_an_attribution_set_off_by_commas_names_the_speaker_not_the_subject() -> None:
    (quote,) = _quotes(
        "Ann Lind briefed the committee on Monday. What Ann Lind presented, said Jo Park, "
        'was "not a very encouraging review".'
    )
    assert quote.speaker == "Jo Park" and quote.partial


def test_a_spokesman_introducing_unclosed_quote_paragraphs_is_their_description() -> None:
    quotes = _quotes(
        "The Harbour Trust changed how its vets warm the pads. A spokesman said: 'We have "
        "scanned many animals since the nineties. 'We are also changing the way all the pads "
        "are heated.' Alfie is now at home."
    )
    assert [q.description for q in quotes] == ["A spokesman", "A spokesman"]
    assert all(q.speaker is None for q in quotes)


def test_reporting_verbs_are_tried_longest_first_and_ties_in_text_order() -> None:
    inner = cues.ANY_CUE.pattern.removeprefix(r"\b(?:(?:").split(")|according to")[0]
    verbs = inner.split("|")
    assert len(verbs) > 50
    assert all((-len(a), a) < (-len(b), b) for a, b in itertools.pairwise(verbs))


def test_a_name_particle_is_a_whole_word_not_the_start_of_a_noun() -> None:
    (quote,) = _quotes("'We are gathering experience in every game,' added the Valby defender.")
    assert quote.speaker is None and quote.description == "the Valby defender"


def test_the_role_noun_after_a_named_quote_is_that_speaker() -> None:
    (_, second) = _quotes(
        "'The squad is in good shape,' centre back Jo Lind told reporters. 'We are "
        "gathering experience in every game,' added the Valby defender."
    )
    assert second.speaker == "Jo Lind" and second.how == "named before"


def test_the_judge_after_a_lawyers_quote_is_not_the_lawyer() -> None:
    """An office one person does not hold beside the previous speaker's: a new voice."""
    (first, second) = _quotes(
        "Defence lawyer Ana Berg said: 'My client is sorry for the damage to the ferry.' "
        "But the judge said: 'Sorrow does not repair a hull, and the owners must be paid.'"
    )
    assert first.speaker == "Ana Berg"
    assert second.speaker is None and second.description == "the judge"


def test_a_definite_description_with_nobody_named_before_stays_a_description() -> None:
    (quote,) = _quotes(
        "The hearing went on until late. "
        '"I knew I had to say something to somebody," the young woman said.'
    )
    assert quote.speaker is None and quote.description == "the young woman"


@pytest.mark.parametrize(
    "clause",
    ["said the harbour widow Ann Lind", "said her lawyer, Ann Lind", "said 9/11 widow Ann Lind"],
)
def test_lower_case_words_describing_the_speaker_after_the_verb(clause: str) -> None:
    (quote,) = _quotes(f'"The ferry company has not kept a single promise," {clause}.')
    assert quote.speaker == "Ann Lind"


def test_a_person_inside_a_relative_clause_after_the_verb_is_not_the_speaker() -> None:
    (quote,) = _quotes(
        'Jo Park was hurt. "It was fine by all of us," said the man who hit Jo Park.'
    )
    assert quote.speaker != "Jo Park"


def test_a_quote_after_someone_else_speaks_does_not_go_on_in_the_first_voice() -> None:
    quotes = _quotes(
        '"We expect a fair trial for our client," said his lawyer, Ann Lind. Piet Kaljus told '
        'an agent that he wanted to leave, the charge sheet alleges, adding that "Kaljus '
        'planned to sail to the islands and hide there."'
    )
    assert quotes[0].speaker == "Ann Lind" and quotes[-1].speaker != "Ann Lind"


def test_two_outlets_reporting_together_are_no_single_speaker() -> None:
    quotes = _quotes(
        'Judge Ana Berg ruled on Monday. The ferry case is "ready for a full trial," KRVB and '
        "WTQZ reported."
    )
    assert quotes[-1].speaker is None and quotes[-1].description == "KRVB and WTQZ"


def test_a_quote_after_a_sentence_with_one_person_speaking_is_theirs() -> None:
    quotes = _quotes(
        "The ferry was late again on Monday. The piers are unsafe in a storm, Ann Lind said. "
        '"You can see the cracks from the shore. Nobody has fixed them in ten years."'
    )
    assert quotes[-1].speaker == "Ann Lind" and quotes[-1].how == "sentence subject"


def test_a_quote_after_a_sentence_with_two_people_speaking_is_nobodys() -> None:
    quotes = _quotes(
        "The piers are unsafe, Ann Lind said, and Jo Park said the repairs were late. "
        '"You can see the cracks from the shore. Nobody has fixed them in ten years."'
    )
    assert quotes[-1].speaker is None


def test_she_after_a_plural_description_is_not_that_description() -> None:
    (_, quote) = _quotes(
        '"We made this film with a great deal of love," the filmmakers said. The trailer '
        'shows how Ana Berg felt about fame. "I am not a girl who wants to be a star," she says.'
    )
    assert quote.speaker == "Ana Berg" and quote.description is None


def test_he_opening_a_paragraph_is_the_subject_of_the_quoting_sentence_before() -> None:
    quotes = _quotes(
        'Harbour Speaker Paul Holm, despite his doubts about "greedy operators", said Jo Park '
        'was right.\n\n"We will cut the fares in the spring, whatever it costs," he said.'
    )
    assert quotes[-1].speaker == "Paul Holm"


def test_run_together_initials_in_an_apposition_end_no_clause() -> None:
    (quote,) = _quotes(
        '"The decline is only because last year was so strong," Ana Berg, an analyst at '
        "J.P. Holm Securities, said."
    )
    assert quote.speaker == "Ana Berg"


def test_a_person_right_before_a_woven_quote_is_its_subject_not_its_source() -> None:
    quotes = _quotes(
        "Ann Lind, the mayor's adviser, said as much on Monday, arguing that Jo Park "
        '"walked away from the harbour when he was asked for money."'
    )
    assert quotes[-1].partial and quotes[-1].speaker == "Ann Lind"


def test_a_name_set_off_after_a_description_is_the_source_of_a_woven_quote() -> None:
    (quote,) = _quotes(
        "Another critic, Laurence Holm, likened the ferry rules to "
        '"burning the harbour charter" on Monday.'
    )
    assert quote.partial and quote.speaker == "Laurence Holm"


def test_a_quote_after_a_sentence_naming_nobody_looks_one_sentence_further_back() -> None:
    quotes = _quotes(
        "Ann Lind promised free ferries and said the fares had become a burden. The council "
        'has pledged to cut taxes to pay for them. "For many families the fares were simply '
        'too high to pay every day."'
    )
    assert quotes[-1].speaker == "Ann Lind"


def test_rails_is_a_reporting_verb() -> None:
    (quote,) = _quotes('"Compare my little shop to the new hotel next door," Ana Berg rails.')
    assert quote.speaker == "Ana Berg" and quote.cue == "rails"


def test_a_capitalised_title_after_a_sentence_opened_by_a_person_is_that_person() -> None:
    quotes = _quotes(
        "Ann Lind launched an attack on the harbour council this morning. The Prime Minister "
        'said the council had trapped people in a system which "punished the poor".'
    )
    # the title opening the later sentence is her role, so the cue names its one holder
    assert quotes[-1].speaker == "Ann Lind" and quotes[-1].how == "named cue"


def test_a_pronoun_opening_its_sentence_after_but_is_not_a_person_named_in_that_sentence() -> None:
    """`But he said…` opens its sentence as `He said…` does: Dunne, named later in it, is the
    object, and the subject is the person of the sentence before."""
    text = (
        "Karl Dunne runs the harbour's computers. Harbour chief Tomas Rell said the board "
        "would be lost without Dunne's skills. "
        "But he warned that the board must train staff to do what Dunne does, and he said he "
        '"regrets very much that this was never done."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Tomas Rell"


@pytest.mark.parametrize(
    ("opening", "holder"),
    [("", None), ("Mayor Piet Kaljus opened the pier on Friday. ", "Piet Kaljus")],
)
def test_he_after_a_role_speaking_is_that_role_not_the_previous_speaker(
    opening: str, holder: str | None
) -> None:
    """`But the mayor says…` between two quotes hands the voice to the mayor: "he" is the
    one person known to hold that office, or nobody, never the previous quote's speaker."""
    text = (
        f"{opening}Tom Holm, who leads the dockers, said the new pier came too late. "
        '"We were ignored again," he said. But the mayor says the board heard every union. '
        '"As mayor I listened to them all," he said.'
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Tom Holm", holder]


def test_quote_reopened_after_a_caption_ending_in_a_year() -> None:
    """Copy pasted without paragraph breaks runs a photo caption into the text; a quote left
    open before it ends at its last full stop, and the mark after the caption opens anew."""
    text = (
        "Ana Lind told the Valby Post: 'The pier is ready for the summer. The divers did well. "
        "Ana Lind at the harbour in March 2004 'We are proud of every docker in the town.'"
    )
    first, second = _quotes(text)
    assert first.text == "The pier is ready for the summer. The divers did well."
    assert second.text == "We are proud of every docker in the town."


def test_straight_marks_nested_in_a_straight_quote_do_not_close_it() -> None:
    text = (
        '"It drew notice because of who we are -- my sister stars in "Harbour Nights" -- and '
        'because the new pier matters to the town," Tom Holm wrote on Monday.'
    )
    (q,) = _quotes(text)
    assert q.text.endswith("matters to the town") and q.speaker == "Tom Holm"


def test_a_transcript_line_is_not_closed_by_a_title_quoted_in_it() -> None:
    text = (
        "Tom Holm spoke to the Valby Post on Sunday.\n\n"
        '"HOLM: Well, the mayor seems to think this is an episode of “Harbour Nights.” But the '
        "pier is a serious matter for every family in the town.\n\n"
        '"LIND: Thank you for coming in to talk to us today, Mr Holm.'
    )
    first = _quotes(text)[0]
    assert first.text.endswith("every family in the town.") and first.speaker == "Tom Holm"


def test_single_marked_partial_run_into_the_next_sentence_closes_before_the_capital() -> None:
    """Copy with a lost full stop: the closing mark sits before a capitalised word."""
    quotes = _quotes(
        "Professor Lena Dahl said the harbour survey had made 'real progress' The divers "
        "mapped the old wreck in March and will return in June."
    )
    assert [(q.text, q.partial) for q in quotes] == [("real progress", True)]


def test_single_quote_left_open_is_reopened_after_a_colon_introduction() -> None:
    """Captions run into the text: the quote left open ends at its last full stop when a
    colon introduces the next single-marked quote."""
    quotes = _quotes(
        "Harbour chief Anna Berg said: 'The new pier opens in May and the ferries follow. "
        "Pictured at the quay Berg, seen at the pier in 2010, said: 'The ferries are ready "
        "for a long summer season.'"
    )
    texts = [q.text for q in quotes]
    assert texts[0] == "The new pier opens in May and the ferries follow."
    assert texts[1] == "The ferries are ready for a long summer season."


def test_quote_nested_mid_sentence_does_not_close_the_single_quote_around_it() -> None:
    """`sang: 'Valby, row us home' - it…`: the mark after `home` closes the nested quote, and
    the outer one runs on to the next sentence's opening mark."""
    quotes = _quotes(
        "Coach Anna Berg said: 'Our crew came ashore in the rain and sang: "
        "'Valby, row us home' - it was the best moment of my whole year on the water. "
        "'For me the regatta could have ended right there.'"
    )
    assert quotes[0].text.startswith("Our crew came ashore")
    assert quotes[0].text.endswith("my whole year on the water.")
    assert all(q.speaker == "Anna Berg" for q in quotes if not q.partial)
    assert [q.text for q in quotes if q.partial] == ["Valby, row us home"]


def test_name_set_off_by_commas_after_its_description_is_the_source() -> None:
    """`Valby's harbour master, Anna Berg, said "…"`: the name between two commas speaks."""
    (q,) = _quotes(
        "Valby's harbour master, Anna\nBerg, said ``a steady hand is needed from the whole "
        "council'' to keep the ferries running."
    )
    assert q.speaker == "Anna Berg" and q.text.startswith("a steady hand")


def test_quotation_nested_in_another_is_listed_as_partial_and_its_i_is_the_speaker() -> None:
    quotes = _quotes(
        "\"I never told myself, 'I will be a harbour pilot one day,' it just happened,\" "
        "Anna Berg said."
    )
    outer, inner = quotes
    assert outer.speaker == "Anna Berg" and not outer.partial
    assert inner.text == "I will be a harbour pilot one day"
    # "I never told myself, '…'": the speaker's own words, quoted by the speaker.
    assert inner.partial and inner.speaker == "Anna Berg" and inner.start > outer.start


def test_a_short_phrase_in_single_marks_inside_a_quotation_is_not_listed() -> None:
    quotes = _quotes("\"We call it the 'old pier' and always will,\" Anna Berg said.")
    assert [q.speaker for q in quotes] == ["Anna Berg"]


def test_fragment_right_after_a_reporting_verb_is_listed_though_nobody_is_found() -> None:
    (q,) = _quotes(
        "Calm waters: A harbour expert said 'the tide decides everything in this bay' "
        "Ferries wait at the pier for hours."
    )
    assert q.text == "the tide decides everything in this bay" and q.partial


def test_present_tense_call_weaves_a_partial_quote_with_its_described_source() -> None:
    quotes = _quotes("The pier collapsed in the storm. But the harbour wardens call it 'bad luck'.")
    assert [(q.text, q.partial, q.description) for q in quotes] == [
        ("bad luck", True, "the harbour wardens")
    ]


def test_words_in_capitals_are_a_quotation_not_a_title() -> None:
    """A caption's shouted slogan is not in title case, so no title of a work."""
    quotes = _quotes(
        "Crowds filled the square 'WE WILL KEEP OUR HARBOUR': Marchers walked to the town hall."
    )
    assert [q.text for q in quotes] == ["WE WILL KEEP OUR HARBOUR"]
    assert _quotes('The band played "Harbour Lights At Night" twice.') == []


def test_a_long_description_with_an_of_phrase_is_the_source() -> None:
    (quote,) = _quotes(
        "Some traders doubt the plan. "
        '"The krona will be weaker by the spring, not stronger," the chief executive of a '
        "leading Nordic car maker told Harbour Radio."
    )
    assert quote.speaker is None
    assert quote.description == "the chief executive of a leading Nordic car maker"


def test_single_mark_typed_for_a_double_one_closes_the_quote_at_its_sentence_end() -> None:
    quotes = _quotes(
        'The flood reached Valby on Monday. "I held onto the fence," Tomas Lind said. '
        "\"But my dog was carried off.' Two days later, rescuers found the dog on a roof. "
        '"I thought we would never see him again," Lind said.'
    )
    assert [q.text for q in quotes][1:] == [
        "But my dog was carried off.",
        "I thought we would never see him again",
    ]


def test_words_a_body_dubbed_something_are_the_bodys_partial_quote() -> None:
    (q,) = _quotes(
        "Ferry firms have long denied any duty for the cargo they carry since the "
        'Maritime Board dubbed them "mere carriers" back in 2002.'
    )
    assert q.text == "mere carriers" and q.partial
    assert q.speaker == "Maritime Board"


def test_one_word_after_an_article_modifying_the_noun_after_it_is_the_sources() -> None:
    (q,) = _quotes(
        "Coach Mira Holt, who has trained rowers for 30 years, told reporters she had "
        'seen a "huge" change in the club since the spring.'
    )
    assert q.text == "huge" and q.partial
    assert q.speaker == "Mira Holt"


def test_words_a_report_author_found_are_the_authors() -> None:
    (q,) = _quotes(
        "The schools were inspected last year. In his report, Piet Kaljus found there had "
        "been a 'coordinated and sustained effort' to take over the boards."
    )
    assert q.text == "coordinated and sustained effort" and q.speaker == "Piet Kaljus"


def test_words_after_reports_that_are_the_reporters_partial_quote() -> None:
    (q,) = _quotes(
        "Dr Anton Vesk of Valby University led the study. Vesk reports that the age of the "
        'mother matters, "with taller sons being born to younger mothers".'
    )
    assert q.partial and q.speaker == "Anton Vesk"


def test_present_form_of_a_reporting_verb_attributes() -> None:
    (q,) = _quotes('"The harbour will be ready by the spring," Mara Lund maintains.')
    assert q.speaker == "Mara Lund" and q.cue == "maintains"


def test_quote_with_its_opening_mark_left_out_starts_after_the_sentence_before() -> None:
    quotes = _quotes(
        "Speaking to reporters Mara Lund said the award was a surprise. It's come completely "
        'out of nowhere," she said, "I never thought I would win anything like it." '
        "She said she was surprised."
    )
    assert [q.text for q in quotes] == [
        "It's come completely out of nowhere",
        "I never thought I would win anything like it.",
    ]
    assert {q.speaker for q in quotes} == {"Mara Lund"}


def test_a_programme_title_in_marks_does_not_end_the_sentence_before_a_partial() -> None:
    quotes = _quotes(
        'Sen. Maria Dovel, D-Vermont, said on "Meet the Voters" that the best option is to '
        'wait two years and then have a "fresh look at it with a new leader in charge."'
    )
    assert quotes[-1].partial and quotes[-1].speaker == "Maria Dovel"


def test_a_pronoun_is_the_one_quoted_not_a_person_named_once_in_passing() -> None:
    quotes = _quotes(
        '"We walked for nine days," Sara Ulm tells me. Her cousin Petra Lind stayed behind in '
        "the port. The camp is crowded. Food arrives once a week. The tents are hot. She looks "
        'at me and laughs, "Would you have stayed here for long?"'
    )
    assert quotes[-1].speaker == "Sara Ulm"


def test_words_a_speaker_cited_as_evidence_are_theirs() -> None:
    quotes = _quotes(
        '"The harbour works were a bitter lesson," Ambassador Jon Tamm told the council. He '
        "cited the success of the port scheme as an example of how the union could be "
        'effective "given the right money and staff."'
    )
    assert quotes[-1].partial and quotes[-1].speaker == "Jon Tamm"


def test_a_fronted_participle_clause_quotes_the_subject_after_it() -> None:
    (q,) = _quotes(
        "Mara Lund said the chef had approached her at the bar. Despite calling his approach "
        "'cheesy', she later chose to hand him her card."
    )
    assert q.text == "cheesy" and q.partial and q.speaker == "Mara Lund"


def test_a_described_source_who_identified_himself_later_is_he() -> None:
    quotes = _quotes(
        "A member of a small opposition group in Valby says it wants free elections.\n\n"
        '"We will grow into a movement of many thousands," he said in an interview.\n\n'
        "He identified himself as Jon Tamm, a name he uses on petitions to the council.\n\n"
        '"We are patient and we will wait for our moment," he added.'
    )
    assert [q.speaker for q in quotes] == ["Jon Tamm", "Jon Tamm"]


def test_a_described_statement_read_colon_is_its_source() -> None:
    text = (
        "The Brenmoor Rowing League fined the Osk club on Tuesday.\n\n"
        "A statement from the league's governing body read: 'The club failed its members "
        "and will pay the sum in full.'"
    )
    (quote,) = _quotes(text)
    assert quote.speaker is None
    assert quote.description == "A statement from the league's governing body"


def test_what_critics_called_names_no_one() -> None:
    text = (
        "Halvard Tesk, the mayor of Orrin, opened the bridge on Monday. The plan was what "
        "critics called 'a vanity project for the council'. It was what Tesk called 'a gift "
        "to the town'."
    )
    critics, tesk = _quotes(text)
    assert critics.speaker is None and critics.description == "critics"
    assert tesk.speaker == "Halvard Tesk"


@pytest.mark.parametrize(
    ("source", "speaker", "description"),
    [
        ("Ana Lund said on Monday", "Ana Lund", None),
        ("the board's letter said", None, "the board's letter"),
    ],
)
def test_a_quote_resumed_after_its_attribution_keeps_that_voice_across_paragraphs(
    source: str, speaker: str | None, description: str | None
) -> None:
    """`"…," X said, "… (paragraph break) "…"`: the resumed quotation runs on over the break,
    and its voice is the one the interrupting clause gave, not nobody's."""
    text = (
        "The ferry company kept its timetable.\n\n"
        f'"We sail at dawn," {source}, "and we have done so for forty years. Storms do not '
        'change that.\n\n"Our crews know the fjord better than anyone alive."'
    )
    resumed = _quotes(text)[1]
    assert resumed.text.endswith("better than anyone alive.")
    assert (resumed.speaker, resumed.description) == (speaker, description)


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (
            'The board further said in its report that the ferry "runs at a loss" each winter.',
            "The board",
        ),
        (
            'The panel said it found the council "has ignored the advice" of two earlier panels.',
            "The panel",
        ),
        (
            'His lawyer has said he is innocent, calling the crash an "unavoidable accident."',
            "His lawyer",
        ),
    ],
)
def test_a_described_source_loses_the_writers_words_run_into_it(
    text: str, description: str
) -> None:
    assert _quotes(text)[0].description == description


def test_it_after_a_described_source_is_that_source_not_a_body_in_its_words() -> None:
    """The department is what the panel spoke about; "It urged" goes on in the panel's voice.
    A body named after the quote is what "it" stands for."""
    text = (
        'The Holm Parks Department, the panel said, "is short of staff as a result of town pay '
        'policies." It urged that the town "take steps to remedy" this problem.'
    )
    urged = _quotes(text)[1]
    assert (urged.speaker, urged.description) == (None, "the panel")
    text = (
        'The Holm Parks Department, the panel said, "is short of staff as a result of town pay '
        'policies." The Holm Aid charity said it had beds. "We have tents and all essential '
        'supplies on standby," it said.'
    )
    assert _quotes(text)[1].speaker == "Holm Aid"


def test_a_plural_noun_after_an_adjective_is_no_weaving_verb() -> None:
    quotes = _quotes(
        "Ana Berg checks claims in Valby. Ana Berg rated 30% of Republican claims as "
        "\u201cfalse\u201d last spring."
    )
    assert [(q.text, q.speaker) for q in quotes] == [("false", "Ana Berg")]


def test_a_body_after_a_preposition_is_no_source_after_the_quote() -> None:
    (q,) = _quotes(
        "Jo Park runs Norbank in Valby. \u201cWe are ready for the winter,\u201d compared to "
        "the views of Norbank says."
    )
    assert q.speaker is None


def test_second_verb_of_one_subject_weaves_its_partial() -> None:
    (q,) = _quotes(
        "Jo Park, the Valby mayor, bemoaned the long delays and said he felt the weather had"
        ' been a "very, very large part" of them.'
    )
    assert q.speaker == "Jo Park" and q.cue == "said"


def test_second_predicate_after_a_pronoun_clause() -> None:
    (q,) = _quotes(
        'Valby Mayor Ana Berg said Monday that she expects the ferry to sail but said "the'
        ' hard part is the weather."'
    )
    assert q.speaker == "Ana Berg"


def test_second_predicate_after_another_subject_stays_unsure() -> None:
    (q,) = _quotes(
        "Jo Park said Monday that Ana Berg expects the ferry to sail but said"
        ' "the hard part is the weather."'
    )
    assert q.speaker is None


def test_a_description_holding_a_prepositional_phrase_is_the_whole_phrase() -> None:
    (q,) = _quotes(
        "Jo Park chairs the committee in Valby. The top-ranking Republican on the committee "
        "said: \u201cWe will not back this plan.\u201d"
    )
    assert q.speaker is None
    assert q.description == "The top-ranking Republican on the committee"


def test_the_judge_is_nobody_the_text_never_calls_judge() -> None:
    quotes = _quotes(
        "Jo Park spoke at the hearing. \u201cWe did nothing wrong,\u201d she said. The judge "
        "called them \u201creckless and careless.\u201d"
    )
    assert [q.speaker for q in quotes] == ["Jo Park", None]


def test_the_judge_is_the_one_the_text_calls_judge() -> None:
    quotes = _quotes(
        "Jo Park, the district judge, heard the case. \u201cWe did nothing wrong,\u201d said "
        "Ana Berg. The judge called them \u201creckless and careless.\u201d"
    )
    assert [q.speaker for q in quotes] == ["Ana Berg", "Jo Park"]


def test_subject_of_a_clause_after_a_subordinator() -> None:
    quotes = _quotes(
        "Norbank has moved to cut its fees.\n\nThe move comes after harbour regulator"
        ' Portwatch said in May that the bank must give customers "fair access to its branches".'
    )
    assert quotes[-1].speaker == "Portwatch"


def test_titled_surname_before_an_apposition_without_its_comma() -> None:
    quotes = _quotes(
        "On Monday, Jo Park urged the board to act.\n\n"
        '"The board should not wait and see. It should act now," Mr Park, Norbank\'s chief said.'
    )
    assert quotes[-1].speaker == "Jo Park"


def test_characterized_as_weaves_the_partial() -> None:
    quotes = _quotes(
        "Jo Park said the vote went well.\n\nHowever, he characterized his rival as"
        ' "a little desperate there, always talking over everyone."'
    )
    assert quotes[-1].speaker == "Jo Park"


def test_subordinate_clause_inside_a_reported_clause_is_not_the_source() -> None:
    quotes = _quotes(
        'Jo Park runs Norbank. "We are closing the harbour office," he said.\n\nAna Berg, who'
        " chairs the harbour committee, said that when Mr Park had announced the closure she"
        ' got the "clear impression" the office was shut for good.'
    )
    assert all(q.speaker != "Jo Park" for q in quotes[1:])


def test_an_ing_phrase_after_a_verbs_object_is_not_the_objects() -> None:
    quotes = _quotes('Police in Valby arrested Ana Berg, citing her "reckless night driving".')
    assert all(q.speaker != "Ana Berg" for q in quotes)


def test_a_who_clause_of_an_unnamed_person_is_not_the_subjects_words() -> None:
    quotes = _quotes(
        'Jo Park shared an old tale about his uncle who said, "Fish bite best before the storm."'
    )
    assert all(q.speaker != "Jo Park" for q in quotes)


def test_a_trade_is_not_the_previous_subject_given_another() -> None:
    quotes = _quotes(
        "Ana Berg shot the harbour scenes at night. Though Jo Park, a retired ferry pilot, "
        "tells most of the story, her questions stay with you.\n\n"
        '"As a boy," the filmmaker says, "he counted every ship that left Valby."'
    )
    assert all(q.speaker != "Jo Park" for q in quotes)


def test_pronoun_opening_a_subordinate_clause_is_the_subject_before_it() -> None:
    quotes = _quotes(
        "Jo Park wrote that the harbour plan was a failure.\n\n"
        "Ana Berg seemed to shrug off the dispute last spring, when she told Park at a forum that"
        ' voters were "tired of hearing about the harbour."'
    )
    assert quotes[-1].speaker == "Ana Berg"


def test_a_subordinate_subject_stops_at_a_comma_or_and() -> None:
    """The subject after `when`/`since`… is short and runs up to the verb; past a comma or
    `and` a new clause (or the main subject's second verb) has the quote."""
    new_clause = _quotes(
        'The ferry was late on Friday after Jo Park quit, and Ana Berg called it "a shame."'
    )
    assert new_clause[-1].speaker == "Ana Berg"
    shares = _quotes('Prices rose when Ana Berg resigned, and Jo Park called it "a setback."')
    assert shares[-1].speaker == "Jo Park"
    second = _quotes(
        "Ana Berg runs the ferry. Jo Park kept his seat after Ana Berg left, "
        'and described the council as "adrift."'
    )
    assert all(q.speaker != "Ana Berg" for q in second)
    quiet = _quotes('Jo Park stayed silent since the council voted and called it "settled."')
    assert all(q.description is None or "voted" not in q.description for q in quiet)


def test_a_subordinate_subject_named_only_later_is_nobody() -> None:
    """`when Mrs. Berg…` refers back: an Ana Berg named only after the quote is someone else."""
    quotes = _quotes(
        "Jo Park runs Norbank. Rents rose in Valby, when Mrs. Berg called the rise "
        '"a disgrace." Years later Ana Berg of Norland opened a shop.'
    )
    assert all(q.speaker != "Ana Berg" for q in quotes)


def test_an_ing_phrase_after_a_reported_clause_is_not_the_reporters() -> None:
    """After `Jo Park announced Ana Berg had…,` the -ing phrase may be Berg's: not Park's."""
    announced = _quotes(
        "Ana Berg runs the ferry. Jo Park revealed Ana Berg had stepped down, "
        'citing "family matters."'
    )
    assert all(q.speaker != "Jo Park" for q in announced)
    confirmed = _quotes(
        "Ana Berg runs the ferry. Jo Park confirmed Ana Berg left in May, "
        'describing the job as "thankless."'
    )
    assert all(q.speaker != "Jo Park" for q in confirmed)
    praised = _quotes('Ana Berg runs the ferry. Jo Park thanked Ana Berg, calling her "a rock."')
    assert praised[-1].speaker == "Jo Park"


def test_a_name_and_apposition_after_a_quote_inside_a_sentence_is_no_source() -> None:
    """With no verb, `," Name, the…` gives a source only after a quote opening its sentence
    and when the apposition runs to the sentence's end."""
    walked = _quotes(
        'Jo Park runs the ferry. Fans sang "Ferry home," Jo Park, the owner, slipped out early.'
    )
    assert all(q.speaker != "Jo Park" for q in walked)
    opening = _quotes('Jo Park runs the ferry. "We sail at dawn," Jo Park, the owner.')
    assert opening[-1].speaker == "Jo Park"


def test_a_weaving_participle_after_a_name_or_before_by_is_not_the_names() -> None:
    """`Jo Park, rated "…" by…` and `characterized by critics as "…"` describe Park: the words
    are others', never Park's."""
    rated = _quotes('Jo Park, rated "the finest baker in Norland" by a magazine, sold his shop.')
    assert all(q.speaker != "Jo Park" for q in rated)
    critics = _quotes('Ana Berg, characterized by rivals as "ruthless," won the vote in Valby.')
    assert all(q.speaker != "Ana Berg" for q in critics)
    main_verb = _quotes('Jo Park, 61, described the ferry plan as "a shambles."')
    assert main_verb[-1].speaker == "Jo Park"


def test_a_name_before_of_and_a_possessive_body_is_the_speaker() -> None:
    (q,) = _quotes('"We know nothing of the risk," said Jo A. Park of Valby\'s Cancer Institute.')
    assert q.speaker == "Jo A. Park"


def test_a_reporting_verb_opening_its_sentence_has_its_source_after_it() -> None:
    (named,) = _quotes('Says Jo Park, the harbour master: "We will wait for the next ferry."')
    assert named.speaker == "Jo Park"
    (described,) = _quotes(
        'But, says the general manager of a radio station in Valby, "I think they will wait."'
    )
    assert described.speaker is None
    assert described.description == "the general manager of a radio station in Valby"


def test_a_city_fed_speaks_for_itself_where_fed_is_the_federal_reserve_alias() -> None:
    text = (
        "Traders expect the Federal Reserve to hold rates. A review by the Fed found that farming "
        'was weak. The Denver Fed, for instance, reported that hiring "continues to slow" there.'
    )
    [quote] = _quotes(text)
    assert quote.speaker == "Denver Fed"
