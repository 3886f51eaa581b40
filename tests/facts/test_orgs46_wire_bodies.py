"""Organisations of news and wire copy, round 46: a body named for the place it serves and
a second name after "and" are two bodies ("Tenants Union of Valby and Kestrel"), while a
body named for two places stays one; two bodies sharing a plural last word, each named
alone elsewhere, give no third row; a rebel movement named by its plural alone is a body;
"Treasury bills" and "Treasuries" name debt, not the department; "Tovey's sold" names a
firm; a caucus is a body, with the capitalised words the tagger cut before it after "the"
("the Legislative Women Caucus"), but not a people's adjective ("the Protestant ... Party").

The sentences and names are our own.
"""

from __future__ import annotations

from briefing.facts.actors import _split_names, extract_actors
from briefing.facts.kinds import classify
from briefing.model import Doc, Entity, Sentence, Token
from briefing.nlp import analyse


def _parts(names: str, tagged: frozenset[str] = frozenset()) -> list[str]:
    """The parts of an organisation span over `names`, between "by the" and "filed"."""
    row = [("by", "IN"), ("the", "DT")]
    row += [(w, "CC" if w == "and" else "NNP") for w in names.split()]
    row += [("filed", "VBD")]
    tokens, at = [], 0
    for w, tag in row:
        tokens.append(Token(w, at, at + len(w), tag))
        at += len(w) + 1
    text = " ".join(w for w, _ in row)
    first, end = 2, len(row) - 1
    a, b = tokens[first].start, tokens[end - 1].end
    e = Entity("ORGANIZATION", text[a:b], a, b, 0, first, end)
    doc = Doc(text, (Sentence(0, 0, len(text), text, 0, tuple(tokens)),), (e,))
    return [p.text for p in _split_names(doc, e, set(tagged))]


def test_a_name_after_a_body_seated_in_a_place_is_a_second_body() -> None:
    assert _parts("Tenants Union of Valby and Kestrel") == ["Tenants Union of Valby", "Kestrel"]


def test_a_body_named_for_two_places_stays_one() -> None:
    assert _parts("Tenants Union of Valby and Norland") == ["Tenants Union of Valby and Norland"]


def test_a_body_of_two_fields_stays_one() -> None:
    name = "Tenants Union of Housing and Kestrel"
    assert _parts(name) == [name]


def test_a_rebel_movement_named_by_its_plural_is_a_body() -> None:
    doc = analyse("Officials said the Houthis had seized the port of Valby on Monday.")
    bodies = [a.name for a in extract_actors(doc) if a.type == "organization"]
    assert "Houthis" in bodies


def test_two_bodies_sharing_a_plural_last_word_give_no_third_row() -> None:
    alone = frozenset({"Valby Grain Exchange", "Kestrel Grain Exchange"})
    assert _parts("Valby and Kestrel Grain Exchanges", alone) == []
    assert _parts("Valby and Kestrel Grain Exchanges") == ["Valby and Kestrel Grain Exchanges"]


def _bodies(text: str) -> list[str]:
    return [a.name for a in extract_actors(analyse(text)) if a.type == "organization"]


def test_treasury_named_only_before_its_debt_is_no_body() -> None:
    text = "Rates on three-month Treasury bills climbed at the Kestrel sale on Monday."
    assert "Treasury" not in _bodies(text)
    assert "Treasuries" not in _bodies("Pension funds dumped Treasuries on Tuesday.")


def test_treasury_named_once_as_the_department_stays_a_body() -> None:
    text = (
        "Treasury bonds ended slightly higher on Monday. "
        "The Treasury said it would sell more debt next week."
    )
    assert "Treasury" in _bodies(text)


def test_a_possessive_name_before_a_past_verb_is_a_firm() -> None:
    text = "On Tuesday, Tovey's sold the handwritten letter for $2 million to a collector."
    assert "Tovey" in _bodies(text)


def test_a_possessive_surname_of_a_named_person_stays_a_person() -> None:
    text = "Jo Lind said on Monday that Lind's car was stolen from the harbour."
    assert "Lind" not in _bodies(text)


def _classified(row: list[tuple[str, str]], label: str, first: int, end: int) -> list[str]:
    """The kinds' reading of one hand-tagged sentence whose tagger read [first, end) as
    `label`: "LABEL text" of each entity."""
    tokens, at = [], 0
    for w, tag in row:
        tokens.append(Token(w, at, at + len(w), tag))
        at += len(w) + 1
    text = " ".join(w for w, _ in row)
    a, b = tokens[first].start, tokens[end - 1].end
    e = Entity(label, text[a:b], a, b, 0, first, end)
    doc = Doc(text, (Sentence(0, 0, len(text), text, 0, tuple(tokens)),), (e,))
    return [f"{x.label} {x.text}" for x in classify(doc).entities]


_CAUCUS = [
    ("Support", "NN"),
    ("came", "VBD"),
    (":", ":"),
    ("The", "DT"),
    ("Legislative", "NNP"),
    ("Women", "NNP"),
    ("Caucus", "NNP"),
    ("backed", "VBD"),
    ("the", "DT"),
    ("bill", "NN"),
    (".", "."),
]


def test_a_caucus_is_a_body_with_the_capitalised_words_the_tagger_cut() -> None:
    assert _classified(_CAUCUS, "PERSON", 5, 7) == ["ORGANIZATION Legislative Women Caucus"]


def test_a_peoples_adjective_before_a_body_is_no_part_of_its_name() -> None:
    row = [("the", "DT"), ("Protestant", "JJ"), ("Kessan", "NNP"), ("Party", "NNP")]
    row += [("voted", "VBD"), (".", ".")]
    assert _classified(row, "ORGANIZATION", 2, 4) == ["ORGANIZATION Kessan Party"]
