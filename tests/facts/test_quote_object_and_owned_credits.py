"""Quotes whose reporting clause names someone who did not speak: the person told, owned or
written to."""

import pytest

from tests.facts.test_quotes import _quotes


@pytest.mark.parametrize(
    "text",
    [
        "Jo Park told Ana Berg, who said: \u201cWe will rebuild the pier.\u201d",
        "Jo Park spoke with Ana Berg, who replied, \u201cWe will rebuild the pier.\u201d",
        "Jo Park wrote to Ana Berg, who replied: \u201cWe will rebuild the pier.\u201d",
        "On Monday Jo Park met Ana Berg in Valby, who said: \u201cWe will rebuild the pier.\u201d",
        "Jo Park phoned Ana Berg, who told reporters: \u201cWe will rebuild the pier.\u201d",
    ],
)
def test_the_person_a_who_clause_follows_is_not_the_first_subject(text: str) -> None:
    (q,) = _quotes(text)
    assert q.speaker in ("Ana Berg", None), text


@pytest.mark.parametrize(
    "text",
    [
        "A spokeswoman for Jo Park, who said: \u201cWe will rebuild the pier.\u201d",
        "A lawyer for Jo Park, who spoke on Monday, said: \u201cWe will rebuild the pier.\u201d",
        "\u201cWe will rebuild the pier,\u201d said the daughter of Jo Park of Valby.",
        "\u201cWe will rebuild the pier,\u201d said a friend of Jo Park.",
        "\u201cWe will rebuild the pier,\u201d said a spokesman for Jo Park on Monday.",
        "The bank that hired Jo Park said: \u201cWe will rebuild the pier.\u201d",
        "The firm which sued Jo Park said on Monday: \u201cWe will rebuild the pier.\u201d",
        "A letter from lawyers for Jo Park said: \u201cWe will rebuild the pier.\u201d",
        "A statement from the family of Jo Park said: \u201cWe will rebuild the pier.\u201d",
    ],
)
def test_a_person_owned_by_a_noun_or_clause_is_not_the_speaker(text: str) -> None:
    (q,) = _quotes(text)
    assert q.speaker != "Jo Park", text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a note by Ana Berg to Jo Park reads: \u201cWe will rebuild the pier.\u201d",
        "In Valby, a note by Ana Berg to Jo Park reads: \u201cWe will rebuild the pier.\u201d",
        "Later, a letter from Ana Berg to Jo Park said: \u201cWe will rebuild the pier.\u201d",
    ],
)
def test_a_document_to_a_person_is_not_that_persons_word(text: str) -> None:
    (q,) = _quotes(text)
    assert q.speaker in ("Ana Berg", None), text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On a sad note for Valby, Jo Park said: \u201cWe will rebuild the pier.\u201d", "Jo Park"),
        (
            "On a personal note for Jo Park, Ana Berg said: \u201cHe will rebuild the pier.\u201d",
            "Ana Berg",
        ),
    ],
)
def test_on_a_note_is_an_idiom_not_a_document(text: str, speaker: str) -> None:
    (q,) = _quotes(text)
    assert q.speaker == speaker, text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Berg, who chairs Norbank, said: \u201cWe will rebuild the pier.\u201d", "Ana Berg"),
        ("Jo Park told reporters: \u201cWe will rebuild the pier.\u201d", "Jo Park"),
        ("Jo Park told Ana Berg: \u201cWe will rebuild the pier.\u201d", "Jo Park"),
        ("\u201cWe will rebuild the pier,\u201d said Jo Park of Valby.", "Jo Park"),
        ("\u201cWe will rebuild the pier,\u201d Jo Park told Ana Berg.", "Jo Park"),
        ("A note by Ana Berg to Jo Park reads: \u201cWe will rebuild the pier.\u201d", None),
    ],
)
def test_the_speaker_still_named_in_plain_forms(text: str, speaker: str | None) -> None:
    (q,) = _quotes(text)
    assert q.speaker == speaker or (speaker is None and q.speaker != "Jo Park"), text


def test_the_person_a_relation_names_is_not_the_one_set_off_after_it() -> None:
    (q,) = _quotes("\u201cWe will rebuild the pier,\u201d said the widow of Jo Park, Ana Berg.")
    assert q.speaker in ("Ana Berg", None)


def test_a_which_clause_after_what_the_subject_wrote_keeps_the_subject() -> None:
    (q,) = _quotes("Jo Park added a caption which reads: \u201cWe will rebuild the pier.\u201d")
    assert q.speaker in ("Jo Park", None)
