"""Speakers a reader checks first on unseen copy: hearsay in the passive, a clause after a
semicolon, a reporting clause with a verb off the list, a name after an owner, a name before a
dash when the clause after the quote says who spoke."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_words_a_person_is_said_to_use_are_not_credited_to_a_pronoun() -> None:
    """`whom she is said to regard as "…"`: others say it of her; she is not quoted."""
    (quote,) = _quotes(
        "The council met on Monday to choose a new chair for the harbour board.\n\n"
        "The next morning Jo Park called the members to her office and broke the news: she "
        'would lead the fight to remove Tomas Berg, whom she is said to regard as "a careless '
        'manager."'
    )
    assert quote.speaker is None


def test_a_source_after_a_semicolon_is_not_the_subject_of_the_first_clause() -> None:
    """`Through Berg, the mayor sent…; and one official said: "…"`: a clause of its own."""
    (quote,) = _quotes(
        "The council met on Monday to choose a new chair for the harbour board.\n\n"
        "Through Berg, the mayor sent a message to the board; and one city official said: "
        '"The key question now is who moves first."'
    )
    assert quote.speaker != "Berg"


def test_a_quote_closing_into_a_clause_naming_another_is_not_the_previous_voice() -> None:
    """`"…," affirms Dr Ana Berg`: a verb off the list, but the clause names who spoke."""
    quotes = _quotes(
        "Scientists at Valby University say the fossil has changed what they knew.\n\n"
        '"What you knew about these animals, you can throw it out," says Dr Jo Park, curator '
        "at the Norland Museum in Valby.\n\n"
        '"This is a rather fantastic new animal," affirms palaeontologist Dr Ana Berg of the '
        "State Museum of Norland.\n\n"
        "For years experts had thought the flat heads came first."
    )
    assert quotes[0].speaker == "Jo Park"
    assert quotes[1].speaker != "Jo Park"


def test_a_name_before_a_dash_is_not_the_source_when_a_clause_follows_the_quote() -> None:
    """`a concert by Jo Park -- "…," decided some members`: the members judged it."""
    quotes = _quotes(
        'The board\'s last event was a concert by Jo Park -- "quite a change for this group," '
        "decided some of the members.\n\n"
        'Among the guests was the former mayor Ana Berg -- "I would not miss it" -- and her '
        "husband."
    )
    assert quotes[0].speaker is None
    assert quotes[1].speaker == "Ana Berg"


def test_a_full_name_after_an_owner_is_the_speaker_not_an_unnamed_source() -> None:
    """`says the group's Ed Norberg`: named in full, so no description marked unnamed."""
    quotes = _quotes(
        "In Valby, the director of the Harbour Club's water program backs the plan.\n\n"
        '"Reluctantly, we do support it," says the group\'s Ed Norberg.\n\n'
        'Norberg stresses the need for safer ways, "because dredging is not the only answer".'
    )
    assert quotes[0].speaker == "Ed Norberg"


def test_a_question_that_might_be_asked_has_no_source() -> None:
    """`The question might be asked: "…"`: the passive's subject is the question, no one."""
    (quote,) = _quotes(
        "The board met in Valby on Monday to discuss the harbour budget.\n\n"
        'The question might be asked: "Why did the board not act sooner?"'
    )
    assert quote.attribution == "unattributed"


def test_a_relative_clause_after_a_description_is_not_the_source() -> None:
    """`The Councilman, who is the floor leader, also criticized…`: the councilman spoke."""
    (quote,) = _quotes(
        "Councilman Jo Park said in a letter that the snow plan was put in effect too slowly.\n\n"
        "The Councilman, who is the majority floor leader, also criticized Ana Berg, public "
        'works director, for "halting snow operations" on Tuesday night.'
    )
    assert not (quote.description or "").startswith("who")


def test_words_someone_was_told_are_not_credited_to_who_reports_them() -> None:
    """`A member says she was told: "…"`: the words are an unknown person's, not hers."""
    (quote,) = _quotes(
        "Harbour pilots in Valby spoke of the welcome they met on joining.\n\n"
        'One of the newest pilots recalls she was told: "Nobody lasts a winter on these boats, '
        'so why bother learning the channel?"\n\n'
        "Even after the reforms, pilots often say they feel like guests on the quay."
    )
    assert quote.attribution == "unattributed"


def test_a_scripture_or_charter_that_reads_is_no_person_speaking() -> None:
    """`the King James Version reads: "…"`: a text quoted; "King" cut as a title leaves a
    name that looks like a person's, no speaker for all that."""
    scripture, charter, person = _quotes(
        "Scholars in Valby have argued for years over the new translation of the hymns.\n\n"
        'The opening line in the King James Version reads: "Quiet lies the river in the '
        'morning."\n\n'
        'The treaty binds every member. As the Valby Charter puts it, "the council shall '
        'meet when any member calls it."\n\n'
        'Lena Marsh, a translator, said: "We kept the rhythm where we could."'
    )
    assert scripture.speaker is None and charter.speaker is None
    assert person.speaker == "Lena Marsh"


def test_a_name_running_into_a_scriptures_head_is_no_speaker() -> None:
    """`the King Osric Bible reads: "…"` with "Osric" left as a person: the Bible is quoted."""
    (quote,) = _quotes(
        "Scholars in Valby have argued for years over the new translation of the hymns.\n\n"
        'The opening line in the King Osric Bible reads: "Quiet lies the river at dawn."'
    )
    assert quote.speaker is None


def test_a_role_opening_the_pronouns_sentence_is_what_the_pronoun_stands_for() -> None:
    """`All week the president was busy…; she declared: "…"`: the president, not the
    sister named in the sentence before."""
    (quote,) = _quotes(
        "President Ana Berg met envoys from three countries at the palace in Valby on Monday.\n\n"
        "To the north, she sent her closest adviser, her sister, Foreign Minister Lena Berg, "
        "on a mission to Norland. All week the president was playing a larger role abroad; in "
        'effect, she was doing what she had promised when she declared: "We will talk with '
        'anyone who will listen."'
    )
    assert quote.speaker == "Ana Berg"


def test_a_role_two_people_hold_opening_the_pronouns_sentence_leaves_it_open() -> None:
    """Two presidents named: the role opening the sentence does not say which; not the
    minister named last either."""
    (quote,) = _quotes(
        "President Ana Berg met President Tove Lund at the palace in Valby on Monday.\n\n"
        "To the north, she sent her sister, Foreign Minister Lena Berg, on a mission to "
        "Norland. All week the president was playing a larger role abroad; in effect, she "
        'was doing what she had promised when she declared: "We will talk with anyone."'
    )
    assert quote.speaker is None
