"""Speakers of quotes in broadcast and agency copy read for the first time: role words
after the verb with no determiner, and a pronoun after a sentence that names two people of
whom one is speaking."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_two_role_words_without_determiner_after_says_lead_to_the_name() -> None:
    (q,) = _quotes(
        "The first operation in weightless flight took place this week.\n\n"
        '"We were not trying to set records but to test whether it can be done," says team '
        "leader Dr Ivo Marek."
    )
    assert q.speaker == "Ivo Marek"


def test_a_preposition_after_says_is_no_role_word() -> None:
    (q,) = _quotes(
        '"We were not trying to set records but to test whether it can be done," says staff '
        "from Tarnby Clinic."
    )
    assert q.speaker != "Tarnby Clinic"


def test_she_said_after_a_paraphrase_is_the_person_speaking_not_the_subject() -> None:
    text = (
        "Singer Mirela Dan, who died a decade ago, will return as a hologram. Her sister, "
        'Oana Vasco, told the Herald: "This is nothing strange at all." Mirela Dan will be '
        "the first artist to use the system, Vasco said. \"I'm thrilled that she will be the "
        'first of them all," she said.'
    )
    assert [q.speaker for q in _quotes(text)] == ["Oana Vasco", "Oana Vasco"]


def test_a_role_before_a_name_and_its_apposition_keeps_the_name_as_speaker() -> None:
    (q,) = _quotes(
        "Executive producer Anya Kellner, daughter of the first series' producer Rudolf "
        'Kellner, added, "My mother started this story forty years ago and now it is mine."'
    )
    assert q.speaker == "Anya Kellner"


def test_an_article_is_no_role_before_a_name() -> None:
    (q,) = _quotes(
        "The author of Harbour Lights, the Quiet Coast, Ricardo Vell, wrote in his book: "
        "'The money these families spend is the mark of their class.'"
    )
    assert q.speaker != "Quiet Coast"


def test_a_body_described_with_a_relative_clause_is_the_source_not_the_previous_voice() -> None:
    quotes = _quotes(
        "The minister, Carl Dunmore, questioned the figures. He added: 'We will not take "
        "lectures from the other side on this matter.' The Hollin Tool Library, which runs "
        "apart from the council, urged caution. The library, which lends drills to repair "
        "groups rather than to households, said: 'Counting our loans tells you little "
        "about what people lack.'"
    )
    assert [q.speaker for q in quotes][-1] != "Carl Dunmore"


def test_a_player_with_a_long_relative_clause_before_added_is_the_speaker() -> None:
    quotes = _quotes(
        "'The new stand changes everything for us,' said Tom Rudd. Former Harbour player Rudd, "
        "who left the side in a quarrel over pay and later ran its youth teams for a decade, "
        "added: 'I owe the groundsmen a great deal as well.'"
    )
    assert [q.speaker for q in quotes] == ["Tom Rudd", "Tom Rudd"]


def test_a_colon_clause_naming_someone_else_stops_the_previous_voice() -> None:
    quotes = _quotes(
        "Pavel Dusek, a doctor at the city hospital, said the pilot was 'thoughtful and kind'. "
        "'These are people who do not grasp where they are,' he said. 'So they feel alone.' "
        "One patient, Hana Brod, 91, keeps a tablet by her bed. Every morning it plays a clip "
        "of Milan Brod, who sings: 'Good morning, dear mother, how did you sleep tonight?'"
    )
    assert quotes[-1].speaker != "Pavel Dusek"


def test_the_family_of_a_named_man_is_the_source_not_the_man() -> None:
    (q,) = _quotes(
        "The family of Ivan Rusk, a fireman killed in the blaze, said the arsonists had "
        '"failed completely" in their aim to frighten the town.'
    )
    assert q.speaker is None
    assert q.description is not None and q.description.startswith("The family")


def test_a_comma_clause_naming_someone_else_stops_the_previous_voice() -> None:
    quotes = _quotes(
        "Pavel Dusek, a doctor at the city hospital, said the pilot was 'thoughtful and kind'. "
        "'These are people who do not grasp where they are,' he said. 'So they feel alone.' "
        "Her son Tomas Brodsky, seen in the blue coat, records a message each night, ending with "
        "the family farewell, 'Sleep well, my dear, sleep well tonight'"
    )
    assert quotes[-1].speaker != "Pavel Dusek"


def test_a_clause_introducing_an_unnamed_woman_stops_the_previous_voice() -> None:
    quotes = _quotes(
        "Her son Tomas Brodsky said: 'My mother hears my voice before breakfast, even from "
        "far away.' Other clips show a woman asking her father, in Danish, to water the "
        "tomatoes before telling him: 'I love you, dad, and I will see you on Sunday.'"
    )
    assert quotes[0].speaker == "Tomas Brodsky"
    assert quotes[-1].speaker is None
