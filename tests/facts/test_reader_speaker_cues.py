"""Speaker errors a reader saw on copy unlike the scored sets (our invented articles):
a described subject whose second verb or set-off participle gives the words, an address
inside the quote, a former office, mixed quotation marks and abbreviated ranks before a name
(invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Actor, Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_participle_after_an_object_gives_the_opening_body_its_words() -> None:
    (quote,) = _quotes(
        'The harbour board will close the quay next month, saying "the old timbers can no '
        'longer carry a loaded lorry."'
    )
    assert quote.speaker is None and quote.description == "The harbour board"


def test_a_woven_partial_after_saying_keeps_the_whole_subject() -> None:
    (quote,) = _quotes(
        'The harbour board will close the quay, saying the old timbers were "no longer safe '
        'for lorries."'
    )
    assert quote.description == "The harbour board"


def test_a_second_predicate_after_and_leaves_the_subject_alone() -> None:
    (quote,) = _quotes(
        "Hundreds gathered outside the town hall on Saturday.\n\n"
        'The woman waved a flag and shouted: "We will not be moved from our homes!"'
    )
    assert quote.description == "The woman"


def test_a_set_off_warning_is_the_opening_body_s() -> None:
    (quote,) = _quotes(
        'A local charity wrote to every house in the street, warning: "Do not drink the tap '
        'water until further notice."'
    )
    assert quote.description == "A local charity"


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_former_stays_in_a_capitalised_office_before_a_name() -> None:
    actors = _actors(
        "The port plan was rushed, said former Harbour Minister Jo Farrand. Former Harbour "
        "Minister Ana Kell agreed."
    )
    assert actors["Jo Farrand"].roles == ("former Harbour Minister",)
    assert actors["Ana Kell"].roles == ("former Harbour Minister",)


def test_a_new_office_holder_still_drops_new() -> None:
    actors = _actors("New Harbour Minister Ana Kell said the plan would go ahead.")
    assert all(not r.lower().startswith("new") for r in actors["Ana Kell"].roles)


def test_naval_ranks_before_a_name_are_roles_not_speakers() -> None:
    text = (
        "The navy ended its search for the missing trawler on Friday.\n\n"
        '"The weather beat us," said Rear. Adm. Colin Hesketh at a briefing.\n\n'
        '"Families have been told," said Cmdr. Priya Soto.\n\n'
        '"The crew was brave," said Lt. Cmdr. Eli Stroud.'
    )
    assert [q.speaker for q in _quotes(text)] == ["Colin Hesketh", "Priya Soto", "Eli Stroud"]
    actors = _actors(text)
    assert actors["Priya Soto"].roles == ("Cmdr.",)
    assert actors["Eli Stroud"].roles == ("Lt. Cmdr.",)


def test_a_quote_addressing_the_last_speaker_is_not_theirs() -> None:
    text = (
        "Senator Maria Kovalenko questioned the trade envoy Dario Pellam at a hearing.\n\n"
        '"I did, and it was true then," Pellam said.\n\n'
        '"Thank you, Mr. Pellam. We will hear from the minister next week."'
    )
    quotes = _quotes(text)
    assert quotes[-1].speaker != "Dario Pellam"


def test_an_address_by_name_opening_the_quote_rules_that_person_out() -> None:
    text = (
        "The envoy Dario Pellam faced the committee on Tuesday.\n\n"
        '"We have asked the other side three times," Pellam said.\n\n'
        '"Pellam, you told us the same thing in March."'
    )
    assert _quotes(text)[-1].speaker != "Dario Pellam"


def test_a_name_opening_the_next_paragraph_does_not_take_a_question() -> None:
    text = (
        'Shadow health secretary Mark Ojo rose to reply. "Patients in my constituency have '
        'waited two years," he said.\n\n'
        '"Will the minister apologise to them today?"\n\n'
        "Reyes said she would not apologise."
    )
    quotes = _quotes(text)
    assert quotes[-1].speaker == "Mark Ojo"


def test_a_family_named_by_a_surname_is_described_after_a_fronted_phrase() -> None:
    (quote,) = _quotes(
        "In a statement read outside court by their solicitor, the Okafor family said: "
        '"Justice has been done, but our son will carry the scars."'
    )
    assert quote.description == "the Okafor family"


def test_a_question_after_one_person_presses_another_is_the_asker_s() -> None:
    text = (
        "The minister defended the plan in parliament on Wednesday.\n\n"
        'Mr Ojo pressed the minister again. "Yes or no, will you publish the figures?"'
    )
    assert _quotes(text)[-1].speaker == "Ojo"


def test_a_described_subject_with_a_titled_name_set_off_is_that_person() -> None:
    text = (
        "Mayor Lena Ortiz defended the city budget on Tuesday.\n\n"
        'Ortiz\'s predecessor, former mayor Bill Crane, called the plan "a disgrace" on his '
        "radio show."
    )
    assert [q.speaker for q in _quotes(text)] == ["Bill Crane"]


def test_a_described_source_with_a_relative_clause_set_off_after_the_quote() -> None:
    (quote,) = _quotes(
        'Fire crews worked through the night. "We pulled three cars out of the water," one '
        "firefighter, who would not give a name, told the Tarsk Herald."
    )
    assert quote.description == "one firefighter"


def test_an_answer_label_gives_the_quote_to_the_interviewee() -> None:
    text = (
        "Nadia Farouk became mayor of Elmbridge in May. She spoke to Anna Pierce about housing.\n\n"
        "Q: You ran a bakery two years ago. Why go into politics?\n\n"
        'A: "Honestly, I never wanted to be a politician. I wanted my friends to afford a flat."'
    )
    assert [q.speaker for q in _quotes(text)] == ["Nadia Farouk"]
