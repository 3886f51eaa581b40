"""A quotation inside a quotation that people in general say (`because people kept saying to
me, '…'`, `and everyone will say '…'`): described as theirs, never the quotation's "I" nor a
name."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes

_TEXT = (
    "Ivo Lund wrote the tune in a week.\n\n"
    "\"It was hard because people kept saying to us, 'it is far too slow for radio', but I "
    'kept it," Lund said.\n\n'
    "\"Sooner or later we will stop and everyone will say 'that was a fine old tune',\" he "
    "added.\n"
)


def test_a_quotation_people_in_general_say_inside_a_quote_is_described_as_theirs() -> None:
    inner = [q for q in _quotes(_TEXT) if q.partial]
    assert [(q.text, q.speaker, q.description) for q in inner] == [
        ("it is far too slow for radio", None, "people"),
        ("that was a fine old tune", None, "everyone"),
    ]


def test_the_outer_quotes_keep_their_speaker() -> None:
    outer = [q for q in _quotes(_TEXT) if not q.partial]
    assert [q.speaker for q in outer] == ["Ivo Lund", "Ivo Lund"]


def test_people_the_clause_only_mentions_give_no_source() -> None:
    text = (
        "Ivo Lund wrote the tune in a week.\n\n"
        "\"I played it to people at the harbour and then I wrote 'a slow tune for the fleet' "
        'on the sleeve," Lund said.\n'
    )
    inner = [q for q in _quotes(text) if q.partial]
    assert all(q.description != "people" for q in inner)
