"""Speakers named by the grammar around a partial or a described document: the subject of
the clause an -ing phrase hangs on (not the object right before its comma), and the person
a story names as a document's writer when the document is later quoted."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_an_ing_phrase_after_a_clause_is_its_subjects() -> None:
    (q,) = _quotes(
        "Norland's Jo Park introduced Ana Berg, citing her first song as "
        '"one of the best I have ever heard".'
    )
    assert q.speaker == "Jo Park"


def test_an_owner_opening_the_clause_is_not_its_subject() -> None:
    (q,) = _quotes('Jo Park\'s lawyer filed a motion, citing "bias in the court" on Monday.')
    assert q.speaker != "Jo Park"


def test_the_paper_concludes_is_its_named_author() -> None:
    quotes = _quotes(
        "A new paper shows the bridges of Valby are old.\n\n"
        '"We measured every one of them," says the paper\'s co-author Jo Park, '
        "a lecturer at Valby College.\n\n"
        '"We will never know who built them," the paper concludes.'
    )
    assert [q.speaker for q in quotes] == ["Jo Park", "Jo Park"]


def test_another_document_than_the_authors_stays_described() -> None:
    quotes = _quotes(
        "A new paper shows the bridges of Valby are old.\n\n"
        '"We measured every one of them," says the paper\'s co-author Jo Park, '
        "a lecturer at Valby College.\n\n"
        '"The gap is a big one," the report concludes.'
    )
    assert quotes[-1].speaker is None


def test_a_team_lead_with_a_long_affiliation_speaks_for_the_team() -> None:
    quotes = _quotes(
        "Jo Park runs a clinic in Valby.\n\n"
        "In the second study, Valby-based Professor Jo Park of Valby University and his "
        'colleagues found that a salt mist "cleared the airways of most patients" within days.'
    )
    assert quotes[-1].speaker == "Jo Park"


def test_a_team_whose_lead_is_no_known_person_is_not_its_body() -> None:
    (q,) = _quotes(
        "Dr Vel Ostrand of the University of Valby and colleagues found that a salt mist "
        '"cleared the airways of most patients" within days.'
    )
    assert q.speaker != "University of Valby"


def test_a_known_person_and_apposition_after_the_quote_speak_without_a_verb() -> None:
    quotes = _quotes(
        "Jo Park teaches at Valby College.\n\n"
        'So how much money did they have? "I imagine the group lived at a very basic level," '
        "Jo Park, a professor of history at Valby College in Norland. They walked everywhere."
    )
    assert quotes[-1].speaker == "Jo Park"


def test_no_verb_and_no_known_person_names_no_one() -> None:
    quotes = _quotes('"We will stay on the quay for good," Main Street, a road in Valby.')
    assert all(q.speaker is None for q in quotes)


def test_a_name_after_an_ing_form_is_its_object_not_the_verbs_subject() -> None:
    (q,) = _quotes(
        "Ana Berg heard the crowd at Valby.\n\n"
        'Fans embracing Tom Lund announced "a new era, the best one for the club".'
    )
    assert q.speaker is None and q.description == "Fans embracing Tom Lund"


def test_an_ing_adjective_after_a_determiner_keeps_the_name_the_subject() -> None:
    (q,) = _quotes('The outgoing Mayor Tom Lund announced "a new era for the harbour".')
    assert q.speaker == "Tom Lund"
