"""Sources of reporting clauses a word ending in "-ly" or a document's preposition used to
hide: a name (`Jo Kelly said`) or a noun (`the former monopoly said`) is no adverb, and the
author after "from" or "by" speaks a document's words (`A statement from Norbank said:`)."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_surname_ending_in_ly_is_the_speaker_not_an_adverb() -> None:
    text = 'Jo Kelly runs the Valby ferry. "We sail twice a day all winter," Jo Kelly said.'
    (q,) = _quotes(text)
    assert q.speaker == "Jo Kelly"


def test_an_adverb_before_the_verb_still_leaves_the_name() -> None:
    (q,) = _quotes('"We sail twice a day all winter," Ana Berg quickly said.')
    assert q.speaker == "Ana Berg"


def test_a_noun_ending_in_ly_stays_in_the_description() -> None:
    text = '"Cheaper lines will reach every town in Norland," the former monopoly said.'
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "the former monopoly"


def test_a_statement_from_a_body_is_that_body_speaking() -> None:
    text = 'A statement from Norbank said: "We will close the Valby branch next spring."'
    (q,) = _quotes(text)
    assert q.speaker == "Norbank" and q.cue == "said"


def test_a_letter_by_a_person_gives_their_words() -> None:
    (q,) = _quotes('A letter by Jo Park reads: "The harbour must stay open to all boats."')
    assert q.speaker == "Jo Park"


def test_a_document_for_a_body_is_not_written_by_it() -> None:
    text = 'The memo for members of the Valby Council states: "Fees rise by a tenth in May."'
    (q,) = _quotes(text)
    assert q.speaker is None


def test_a_body_issuing_a_statement_speaks_its_words() -> None:
    text = 'Norbank issued a statement saying: "The Valby branch is too costly to keep open."'
    (q,) = _quotes(text)
    assert q.speaker == "Norbank" and q.description is None


def test_a_statement_put_out_after_a_fronted_time_is_the_body_s() -> None:
    text = (
        "On Friday, the Valby Harbour Authority put out a short statement saying: "
        '"The north pier stays shut until the storm damage is mended."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Valby Harbour Authority"


def test_the_company_is_the_one_body_reporting_in_the_sentence_before() -> None:
    # A person is named in that sentence too; the body is the only one with a reporting verb.
    text = (
        "Jo Park was seen in Valby on Monday, but Norbank says it has teams that stop fraud. "
        '"When we find fake accounts, we remove them at once," the company says on its website.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Norbank"


def test_the_company_stays_unnamed_when_no_body_reports_before_it() -> None:
    text = (
        "Jo Park met Ana Berg in Valby on Monday. "
        '"When we find fake accounts, we remove them at once," the company says on its website.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "the company"


def test_a_document_s_addressee_or_subject_is_never_its_speaker() -> None:
    """Names after "to" or "about" a document receive or concern it: none is the verb's."""
    for text in (
        'A statement from Norbank to the Valby Post said: "We will pay the fees in full."',
        'A letter from Jo Park to Ana Berg said: "We will pay the fees in full."',
        'A statement from Norbank about Jo Park said: "We will pay the fees in full."',
        'A letter by Ana Berg about Jo Park reads: "We will pay the fees in full."',
    ):
        (q,) = _quotes(text)
        assert q.speaker is None, text
    (q,) = _quotes('A statement from the Bank of Norland said: "We will pay the fees in full."')
    assert q.speaker == "Bank of Norland"
