"""Quotes that must not go to the wrong person: when the copy does not settle who spoke, the
quote stays unattributed, or keeps the name as the copy wrote it."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_question_running_into_a_clause_naming_another_is_not_the_earlier_speaker() -> None:
    (q,) = _quotes(
        "Ana Berg spoke in Valby on Monday.\n\n"
        "\u201cThe bank failed. What bank is she talking about?\u201d reacted Jo Park.\n"
    )
    assert q.speaker in (None, "Jo Park")


def test_one_member_of_a_party_is_a_person_not_the_party() -> None:
    (q,) = _quotes(
        "Ana Berg met Jo Park in Valby. The Republicans met later.\n\n"
        "\u201cIt is a hard issue for the harbour,\u201d the Republican said this week.\n"
    )
    assert q.speaker != "Republican Party"


def test_a_courtesy_title_settles_a_surname_both_were_called_by() -> None:
    (first, second) = _quotes(
        "Ana Berg, the director's wife, waves at a boy.\n\n"
        "\u201cThe boys are fine most days,\u201d she says.\n\n"
        "\u201cTheir dogs bark at our children,\u201d says Mrs. Berg, who has two sons.\n\n"
        "At the plant, Tom Berg says he does what he can. Berg said the plant is closing.\n"
    )
    assert second.speaker == "Ana Berg"


def test_a_courtesy_title_picks_the_holder_of_its_sex() -> None:
    (q,) = _quotes(
        "Ana Berg visited Valby with her husband, Tom Berg, on Monday.\n\n"
        "Tom Berg greeted the crowd.\n\n"
        "\u201cWe are here to stay for good,\u201d Mrs. Berg said.\n"
    )
    assert q.speaker == "Ana Berg"


def test_words_recalled_from_someone_else_are_not_the_recaller_s() -> None:
    (q,) = _quotes('Ana Berg recalls her friend saying: "You will never leave this town again."')
    assert q.speaker is None


def test_writing_to_someone_keeps_the_writer_as_source() -> None:
    (q,) = _quotes('Ana Berg emailed Jo Park saying: "You will never leave this town again."')
    assert q.speaker == "Ana Berg"


def test_a_preposition_glued_to_a_name_is_no_speaker() -> None:
    (q,) = _quotes(
        "Ana Berg leads the Valby party.\n\n"
        "Alongside NBK calls for a vote, one Valby adviser said Berg must pick a camp soon, "
        'saying, "Sooner or later she will have to tell the town which camp she is in."\n'
    )
    assert q.speaker is None


def test_the_outlet_told_after_a_relative_clause_is_the_listener() -> None:
    (q,) = _quotes(
        "Ana Berg won the vote in Valby.\n\n"
        "Ed Lund, who stood on the Berg list, told VALBYNEWS, "
        '"Of the pair, Jo Park gets my vote every time."\n'
    )
    assert q.speaker in (None, "Ed Lund")


def test_a_possessed_noun_like_claims_is_no_reporting_verb() -> None:
    (q,) = _quotes(
        "Jo Park leads the Norland Party. Ana Berg checks facts.\n\n"
        "Berg rated 32 percent of Park's claims as \u201cwrong or mostly wrong in each of the "
        "reviews we did.\u201d\n"
    )
    assert q.speaker != "Jo Park"


def test_a_question_then_another_person_and_a_verb_does_not_go_on_in_the_last_voice() -> None:
    quotes = _quotes(
        "Ana Berg and Jo Park met on Monday.\n\n"
        'Berg said: "The pier will wait until next spring."\n\n'
        '"You know, spring is late, right?" Jo Park went on, as if he did not hear her. '
        '"The ferry needs the pier in March. The town cannot wait that long."\n'
    )
    assert "Ana Berg" not in [q.speaker for q in quotes[1:]]


def test_a_description_of_someone_brought_in_unnamed_far_back_is_not_a_named_person() -> None:
    (q,) = _quotes(
        "Jo Park spoke at the harbour in Valby on Monday. She praised the new pier.\n\n"
        "As Jo Park spoke, a fashion designer for Norbank watched from her home in Valby. The"
        " worker, who asked not to be named, said she lost her job last year. So she sold her"
        " boat.\n\n"
        "\u201cIt is hard enough to come back to work after a long winter,\u201d said the"
        " designer, who works for another firm.\n"
    )
    assert q.speaker is None


def test_an_aide_to_a_named_person_is_not_that_person() -> None:
    quotes = _quotes(
        "One of the authors of the plan, Jo Park, said the vote will test it. \u201cCertainly"
        " the board has gone the other way from what we asked,\u201d said the former top aide to"
        " Governor Ana Berg.\n"
    )
    assert all(q.speaker != "Ana Berg" for q in quotes)


def test_words_someone_is_blamed_for_are_not_the_blamer_s() -> None:
    for text in (
        "Ana Berg criticized Jo Park for saying \u201cthe harbour will close for good next"
        " year.\u201d\n",
        "Ana Berg praised Jo Park on Monday for saying, \u201cThe harbour will stay open for"
        " everyone.\u201d\n",
    ):
        assert all(q.speaker != "Ana Berg" for q in _quotes(text))


def test_a_question_answered_by_the_next_clause_is_not_the_answerer_s() -> None:
    first, second = _quotes(
        "Ana Berg wrote to Jo Park on Monday.\n\n"
        "Berg responds to Park with, \u201cWhy now? Was that on my way to Valby?\u201d Park then"
        " writes back, \u201cYou look tired today.\u201d\n"
    )
    assert first.speaker in (None, "Ana Berg") and second.speaker == "Jo Park"


def test_a_new_sentence_a_pronoun_opens_does_not_carry_the_voice_before() -> None:
    first, second = _quotes(
        "In May, after Ana Berg fell ill, Tom Lund emailed his wishes, telling her, \u201cyou row"
        " best of all of us and the crew waits for your return!\u201d She wrote back that it"
        " was a \u201cjoy to row beside the whole crew.\u201d\n"
    )
    assert first.speaker == "Tom Lund" and second.speaker != "Tom Lund"


def test_a_share_of_a_party_saying_is_not_the_party() -> None:
    quotes = _quotes(
        "Voters in Valby back the plan. But since 2007, Republicans have become more devoted to"
        " the pier \u2015 the share of Republicans saying \u201cit is more important to keep the"
        " old pier\u201d rose sharply.\n"
    )
    assert all(q.speaker != "Republican Party" for q in quotes)


def test_a_statement_s_own_clause_does_not_go_on_in_the_voice_before() -> None:
    quotes = _quotes(
        "Jo Park said on Monday that the pier was fine.\n\n"
        "Park also said he valued Ana Berg\u2019s \u201cloyalty\u201d and the support of his"
        " colleagues. The campaign\u2019s statement then declares \u201cthe matter is now"
        " closed.\u201d\n"
    )
    assert quotes[-1].speaker is None


def test_a_verb_in_a_sentence_a_pronoun_opens_keeps_the_voice_before() -> None:
    quotes = _quotes(
        "Valby leader Tom Lund has admitted he used to skip school.\n\n"
        'Mr Lund said his time at the harbour had not done him "any lasting harm". But he told'
        ' the Valby Post that skipping school was "quite wrong" and said "strict rules" must'
        " come back.\n"
    )
    assert quotes[-1].text == "strict rules" and quotes[-1].speaker == "Tom Lund"


def test_a_who_clause_after_the_object_speaks_for_the_object() -> None:
    """`Ana Berg praised Jo Park, who said: "…"`: the who-clause is Park's, not Berg's."""
    (full,) = _quotes('Ana Berg praised Jo Park, who said: "The harbour will reopen in May."')
    assert full.speaker == "Jo Park"
    (woven,) = _quotes(
        'Ana Berg thanked Jo Park, who told reporters the harbour "will reopen in May".'
    )
    assert woven.speaker == "Jo Park" and woven.partial


def test_a_who_clause_after_no_name_is_nobody_named() -> None:
    (q,) = _quotes('Jo Park told a story about his father who said: "Never sell the boat."')
    assert q.speaker is None


def test_a_participle_whose_agent_follows_the_quote_is_not_the_subject_s() -> None:
    quotes = _quotes('The Valby hotel Ana Berg owns, rated "excellent" by guests, reopened.')
    assert all(q.speaker != "Ana Berg" for q in quotes)


def test_a_who_clause_after_an_unnamed_object_is_not_the_subject_s() -> None:
    (q,) = _quotes('Jo Park met a man in Valby who called the plan "a waste of money".')
    assert q.speaker is None


def test_a_who_clause_after_two_names_is_neither_s() -> None:
    (q,) = _quotes('Less pleased were Jo Park and Ana Berg, who said: "The pier is too short."')
    assert q.speaker is None


def test_a_finite_verb_before_a_by_phrase_keeps_its_subject() -> None:
    (q,) = _quotes(
        "Tom Lund spoke in Valby on Monday.\n\n"
        'He accused Jo Park of having "some nerve" by raising the fees in Valby.'
    )
    assert q.speaker == "Tom Lund"


def test_the_spokeswoman_is_only_the_one_the_story_calls_so() -> None:
    """A spokesperson speaks for a body: "the Norbank spokeswoman" is the person the story
    gave that post, never the researcher quoted before."""
    quotes = _quotes(
        '"We know nothing of the risk," said Jo Park of the Valby Cancer Institute. Dr. Park'
        " led a team of researchers from Valby University.\n\n"
        'The Norbank spokeswoman said tar was used in "very small amounts" in the filters.'
    )
    assert quotes[-1].speaker is None and quotes[-1].description == "The Norbank spokeswoman"
    quotes = _quotes(
        "Ana Berg, a Norbank spokeswoman, spoke on Monday.\n\n"
        '"We know nothing of the risk," said Jo Park of the Valby Cancer Institute.\n\n'
        '"The filters were safe," the spokeswoman said.'
    )
    assert quotes[-1].speaker == "Ana Berg"


def test_a_who_clause_set_off_by_a_dash_speaks_for_the_name_before_it() -> None:
    (q,) = _quotes(
        'Harbour chief Jo Park - who previously said he would "sell the boats" moored at piers'
        " seized by the Valby Council - said on Monday that the plan stands."
    )
    assert q.speaker == "Jo Park"


def test_a_who_clause_after_a_name_a_noun_owns_is_nobody_s() -> None:
    """`the mother of Jo Park, who told them` may be the mother: unsure, nobody."""
    for text in (
        'Reporters reached the mother of Jo Park, who told them: "My son was a quiet boy."',
        'Ana Berg met the wife of Valby mayor Jo Park, who said: "He works far too hard."',
        'Jo Park, a friend of Tom Holm, who said: "He never missed a day."',
        'Ana Berg thanked Jo Park or Tom Holm, who said: "He never missed a day."',
    ):
        (q,) = _quotes(text)
        assert q.speaker is None, text
    (q,) = _quotes(
        'Ana Berg praised the mayor of Valby, Jo Park, who said: "We will reopen the pier."'
    )
    assert q.speaker == "Jo Park"


def test_a_who_clause_past_a_word_of_time_is_still_the_named_person_s() -> None:
    (q,) = _quotes('Ana Berg praised Jo Park, who later said: "The harbour will reopen in May."')
    assert q.speaker == "Jo Park"
    (q,) = _quotes('Jo Park told a story about his father who later said: "Never sell the boat."')
    assert q.speaker is None


def test_a_which_clause_is_never_the_sentence_subject_s() -> None:
    (q,) = _quotes('Ana Berg sued Norbank, which said: "The claim has no merit at all."')
    assert q.speaker != "Ana Berg"


def test_a_name_a_person_noun_owns_is_not_the_subject() -> None:
    """`The daughter of Jo Park said`: the daughter spoke, whom the sentence does not name."""
    for text in (
        'The daughter of Jo Park said: "He left the harbour in May."',
        'A friend of Jo Park, who asked not to be named, said: "He left the harbour in May."',
    ):
        (q,) = _quotes(text)
        assert q.speaker is None, text
