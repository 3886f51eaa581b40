"""Round 44 (second wave). A pronoun's quote after a sentence whose closing verb the tagger
misreads (`Edgar Brandt disagreed.` read as a noun phrase) or whose subject sets off the person's
own role before the name (`Her neighbour, fisherman Edgar Brandt, objected.`) is that person's;
a colon quote after a named owner's relation with a given name set off (`Brandt's sister, Lotte,
later posted on Instagram:`) is the relation's, never the owner's."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

OPENING = "Maren Tolley, who keeps the ferry kiosk at Quillon, said sales were down this spring. "
QUOTE = '"The ferries bring the walkers in, and the walkers buy our bread," he said.'


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def _tags(text: str) -> list[str]:
    return [t.tag for s in analyse(text).sentences for t in s.tokens]


def test_a_closing_verb_after_an_opening_name_is_read_as_a_verb() -> None:
    assert _tags("Edgar Brandt disagreed.") == ["NNP", "NNP", "VBD", "."]
    assert _tags("Edgar Brandt insists.")[2] == "VBZ"


def test_a_noun_after_a_name_inside_a_longer_sentence_stays_a_noun() -> None:
    tags = _tags("He sold forty Norbank shares.")
    assert tags[4] in ("NNS", "NN")


def test_the_pronoun_after_a_misread_closing_verb_is_the_person_named() -> None:
    for verb in ("disagreed", "insists", "frowned"):
        text = OPENING + f"Edgar Brandt {verb}. " + QUOTE
        assert _quotes(text)[-1].speaker == "Edgar Brandt", verb


def test_a_role_set_off_before_the_name_after_a_relation_is_that_persons() -> None:
    text = OPENING + "Her neighbour, fisherman Edgar Brandt, objected. " + QUOTE
    assert _quotes(text)[-1].speaker == "Edgar Brandt"


def test_a_clause_set_off_before_the_name_is_no_role() -> None:
    text = OPENING + "Her neighbour, who often fishes with Edgar Brandt, objected. " + QUOTE
    assert _quotes(text)[-1].speaker != "Edgar Brandt"


def test_a_colon_quote_after_an_owners_relation_is_the_relations() -> None:
    text = (
        "Edgar Brandt, 23, was last seen on Sunday on the cliff path above Quillon. "
        "Coastguards searched the coves until dark.\n\n"
        "Brandt's sister, Lotte, later posted on Instagram: 'We only want him home, safe.'"
    )
    quote = _quotes(text)[-1]
    assert quote.speaker != "Edgar Brandt"
    assert quote.speaker == "Lotte" or "sister, Lotte" in (quote.description or "")
    assert quote.cue == "posted"


def test_a_name_owning_the_subject_before_a_quote_is_not_its_speaker() -> None:
    text = (
        "Ivo Brandt, 23, was last seen on Sunday on the cliff path above Quillon. "
        "Coastguards searched the coves until dark. "
        "Brandt's sister, Lotte, later said the family was thankful for the help. "
        '"We only want him home, safe."'
    )
    assert _quotes(text)[-1].speaker != "Ivo Brandt"
