"""Speakers in US political and wire copy: state delegates' titles, nicknames in marks inside
a name, a name set off after a relation. The sentences are our own."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes

_LEAD = 'VALBY - Rep. Jonas "Jo" Lindqvist opened his garden for the yearly picnic on Monday.\n\n'


def test_a_nickname_in_marks_and_a_delegates_title_keep_the_named_cue() -> None:
    quotes = _quotes(
        _LEAD + '"What a summer this is for our next senator, Jonas Lindqvist!" Lindqvist\'s '
        'cousin, state Del. Petra "Pip" Marsh (D-Valby), shouted to the crowd. "The whole '
        'region is watching us."'
    )
    assert [q.speaker for q in quotes] == ['Petra "Pip" Marsh'] * 2


def test_the_name_set_off_after_a_relation_is_the_speaker() -> None:
    (q,) = _quotes(
        _LEAD + '"We expect a long and busy autumn on the harbour," Lindqvist\'s aide, '
        "Marta Ekholm, told reporters."
    )
    assert (q.speaker, q.description) == ("Marta Ekholm", None)


def test_a_relation_with_no_name_set_off_stays_a_description() -> None:
    (q,) = _quotes(
        _LEAD + '"We expect a long and busy autumn on the harbour," Lindqvist\'s aide, '
        "who asked not to be named, told reporters."
    )
    assert q.speaker is None


def test_a_report_with_a_participle_phrase_is_its_bodys() -> None:
    quotes = _quotes(
        "The ferry levy has its critics in the council. A Valby Audit Office report released "
        "last spring found that the levy was paying for "
        '"three empty piers and a harbour nobody uses."'
    )
    assert [(q.speaker, q.description) for q in quotes] == [("Valby Audit Office", None)]


def test_a_partial_quote_after_the_pronoun_clause_of_a_quote_is_the_same_voice() -> None:
    # Wire copy wraps its lines: the sentence runs on past a line break.
    quotes = _quotes(
        "\t   Marta Ekholm has written a history of the harbour.\n"
        "\t   ``Where are the old ferrymen of Valby today?'' she asks, remarking\n"
        "on the town and its ``long and quiet record of survival.''\n"
    )
    assert [q.speaker for q in quotes] == ["Marta Ekholm", "Marta Ekholm"]


def test_a_colon_after_the_clause_of_a_reporting_verb_gives_its_subjects_words() -> None:
    (q,) = _quotes(
        "Marta Ekholm, the former harbour master, praised the ferry crews on Monday and said "
        'she has the one quality the job needs: "Patience, a great deal of patience, and a '
        'strong stomach."'
    )
    assert q.speaker == "Marta Ekholm"


def test_a_colon_clause_naming_someone_else_gives_nobody() -> None:
    (q,) = _quotes(
        "Marta Ekholm, the former harbour master, praised the ferry crews on Monday and said "
        "Jonas Lindqvist has the one quality the job needs: "
        '"Patience, a great deal of patience, and a strong stomach."'
    )
    assert q.speaker != "Marta Ekholm"


def test_a_quote_paragraph_after_a_paraphrase_of_one_person_speaking_is_theirs() -> None:
    quotes = _quotes(
        "\t   Opening the debate, Jonas Lindqvist proposed that a panel be set up to hear the "
        "claims of the ferry owners.\n"
        "\t   ``If the harbour is to pay for the ferries, let every owner apply to the panel "
        "and be heard fairly.''\n"
    )
    assert [q.speaker for q in quotes] == ["Jonas Lindqvist"]


def test_a_quote_paragraph_after_a_paragraph_naming_two_speakers_is_nobodys() -> None:
    quotes = _quotes(
        "\t   Jonas Lindqvist proposed a panel, and Marta Ekholm said it would cost too much.\n"
        "\t   ``If the harbour is to pay for the ferries, let every owner apply to the panel "
        "and be heard fairly.''\n"
    )
    assert [q.speaker for q in quotes] == [None]


def test_a_reporting_verb_with_a_long_object_before_a_comma_gives_its_subjects_words() -> None:
    (q,) = _quotes(
        "Marta Ekholm told her radio audience of Monday morning, "
        '"The ferry board has sent its orders to every paper in the county."'
    )
    assert q.speaker == "Marta Ekholm"


def test_a_relative_clause_before_the_comma_is_someone_elses_voice() -> None:
    (q,) = _quotes(
        "Jonas Lindqvist retold the old story about his uncle who wired, "
        '"Do not buy one single ticket more than the ferry can carry."'
    )
    assert q.speaker != "Jonas Lindqvist"


def test_a_quote_run_over_paragraphs_after_a_colon_paragraph_is_its_sources() -> None:
    quotes = _quotes(
        "Few of the harbour fees are paid by small boats.\n\n"
        "The Valby Post reports:\n\n"
        '"In a sign of the lack of enthusiasm for the plan, just a quarter of the owners '
        "have paid so far.\n\n"
        '"Without the small boats, the harbour board will find it hard to balance its books '
        'this year."\n\n'
        "The board declined to comment.\n"
    )
    assert {q.speaker for q in quotes} == {"Valby Post"}


def test_as_someone_put_it_before_the_quote_names_the_speaker() -> None:
    (q,) = _quotes(
        "The returns would show how close to the line he has walked. As Jonas Lindqvist, a "
        "tax lawyer and fellow at the Valby Policy Centre, recently put it, "
        '"Did the mayor lower his taxes by law, or against it?"'
    )
    assert q.speaker == "Jonas Lindqvist"


def test_as_a_memo_put_it_after_a_partial_quote_is_its_bodys() -> None:
    (q,) = _quotes(
        "The Valby Audit Office has looked into the ferries. The main test for a licence is a "
        '"lawful source of harbour income," as a Valby Audit Office memo put it.'
    )
    assert (q.speaker, q.partial) == ("Valby Audit Office", True)


def test_the_reporting_verb_nearest_the_quote_finds_its_subject() -> None:
    quotes = _quotes(
        "Marta Ekholm has a new ferry advert out. It features Jonas Lindqvist at the harbour "
        "board meeting. The advert concludes with footage of Lindqvist saying during the "
        'meeting last week, "That makes the ferries cheaper," to loud applause.'
    )
    assert [q.speaker for q in quotes] == ["Jonas Lindqvist"]


def test_a_paper_reporting_what_a_persons_team_did_is_the_source_of_its_words() -> None:
    quotes = _quotes(
        "The Valby Post reports that Marta Ekholm's team kept her away from the harbour "
        'clinic on Sunday so as to "hide every detail of her care from the ferry crowds."'
    )
    assert [q.speaker for q in quotes] == ["Valby Post"]


def test_a_pronoun_reporting_about_a_persons_papers_stays_unsure() -> None:
    quotes = _quotes(
        "Jonas Lindqvist ran the harbour show, and Per Holm was its guest.\n\n"
        "He said he did not mention the leak of Mr. Ekholm's papers in the show I watched "
        'because "no one can say for sure who leaked them, and when they do, I will report it."'
    )
    assert quotes[0].speaker is None


def test_a_partial_quote_late_in_the_sentence_of_a_named_clause_is_the_same_voice() -> None:
    quotes = _quotes(
        '"Most readers find the harbour records a confusing heap of paper." So writes Marta '
        'Ekholm in her new book, "The Ledgers of Valby," a sequel to her best-selling "How '
        'the Ferries Came," and the second volume of a planned series about "the great '
        'harbour builders" who shaped the town.'
    )
    assert [q.speaker for q in quotes if q.partial] == ["Marta Ekholm"]


def test_a_headline_lesson_from_a_person_quotes_them() -> None:
    quotes = _quotes(
        "A lesson from Marta Ekholm: 'Be the voice the harbour hears.'\n\n"
        "As a young clerk at a Valby shipping firm, Marta Ekholm said she was asked to "
        "speak to the board about the ferries.\n"
    )
    assert quotes[0].speaker == "Marta Ekholm"


def test_made_the_following_comment_before_a_quote_paragraph_names_its_speaker() -> None:
    quotes = _quotes(
        "The harbour board treated two statements very differently.\n\n"
        "On July 6, Ekholm made the following comment:\n\n"
        '"For young people who have left school, the ferry fare is a third of a week\'s pay."\n'
    )
    assert [q.speaker for q in quotes] == ["Ekholm"]


def test_words_set_off_by_dashes_after_a_name_are_that_persons() -> None:
    quotes = _quotes(
        "Many harbour owners agree, among them the former mayor "
        'Marta Ekholm -- "It is wrong for a ferry company to hide its accounts from the town" '
        "-- and the old pilot Per Holm.\n"
    )
    assert [q.speaker for q in quotes] == ["Marta Ekholm"]
