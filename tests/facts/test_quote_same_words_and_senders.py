"""A lede's partial quote from one unnamed person goes to the one named speaker the story
later quotes saying the same words; a message cited as a source (`One post said`, then
`Another said`) speaks for the sender the sentence before names. Otherwise: abstain."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> tuple[Quote, ...]:
    doc = analyse(text)
    return extract_quotes(doc, extract_actors(doc))


def _first(quotes: tuple[Quote, ...], words: str) -> Quote:
    return next(q for q in quotes if q.text.startswith(words))


LEDE = (
    "The quarrel over the Orrin dam went on Sunday. One Valby councillor said the mayor needs "
    'to "calm down a little." And a senior engineer said the dam "will hold for decades."\n\n'
    'The mayor defended the plan on the radio. "We have checked every stone," he said.\n\n'
)
LATER = (
    'Councillor Tilda Marsh, meanwhile, said she wishes the mayor "would calm down a little." '
    'Engineer Bram Kessel was sure. "It will hold for decades, I promise you," Kessel said.'
)


def test_a_ledes_unnamed_source_is_the_one_later_quoted_saying_the_words() -> None:
    quotes = _quotes(LEDE + LATER)
    assert _first(quotes, "calm down a little").speaker == "Tilda Marsh"
    assert _first(quotes, "will hold for decades").speaker == "Bram Kessel"


def test_words_never_said_again_keep_the_description() -> None:
    quotes = _quotes(LEDE + "Councillor Tilda Marsh said the mayor was tired.")
    lede = _first(quotes, "calm down a little")
    assert lede.speaker is None
    assert lede.description == "One Valby councillor"


def test_words_two_named_speakers_say_later_stay_unnamed() -> None:
    later = (
        'Councillor Tilda Marsh said the mayor "must calm down a little." Councillor Ivo '
        'Brandt agreed he should "calm down a little," he said.'
    )
    quotes = _quotes(LEDE + later)
    assert _first(quotes, "calm down a little.").speaker is None


def test_a_group_description_is_not_one_later_speaker() -> None:
    text = (
        'Critics said the mayor needs to "calm down a little." Later, councillor Tilda Marsh '
        'said the mayor "would calm down a little."'
    )
    assert _first(_quotes(text), "calm down a little.").speaker is None


SENT = (
    "Prosecutors in Orrin cite dozens of online messages dating back to 2019 that were sent by "
    'Talia Brenner, 28. One Facebook message said, "The river will rise and take the mill with '
    'it, and we will cheer on the banks." Another said, "Nobody in Orrin will sleep tonight, '
    'not one of them."'
)


def test_a_message_cited_as_source_is_its_named_senders() -> None:
    quotes = _quotes(SENT)
    assert _first(quotes, "The river will rise").speaker == "Talia Brenner"


def test_another_after_a_cited_message_is_another_of_the_senders() -> None:
    assert _first(_quotes(SENT), "Nobody in Orrin").speaker == "Talia Brenner"


def test_another_after_a_person_is_nobody_named() -> None:
    text = (
        'Residents of Orrin wrote letters sent by Talia Brenner to the council. One said, "We '
        'have had enough of this nonsense." Another said, "It is time the council acted on it."'
    )
    quotes = _quotes(text)
    assert _first(quotes, "It is time the council").speaker is None


def test_a_message_with_no_sender_named_before_names_nobody() -> None:
    text = (
        'The council received hundreds of messages. One message said, "The river will rise '
        'and take the mill with it, and we will cheer on the banks."'
    )
    assert _first(_quotes(text), "The river will rise").speaker is None


def test_a_captions_unnamed_source_keeps_its_description() -> None:
    text = (
        "Big spender: An expert on the Orrin set said 'the key is the money the young men "
        "flash' The book by Tilda Marsh was blunt. Marsh wrote in her book: 'No matter where "
        "the cash comes from, the key is the money the young men flash'."
    )
    quotes = _quotes(text)
    caption = _first(quotes, "the key is the money")
    assert caption.speaker is None
