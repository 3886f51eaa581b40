"""The NER's features: the shipped model's set, and the wider set a model trained with a
dictionary-word list beside it reads."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from briefing.nlp import entities
from briefing.nlp.entities import DICTIONARY_FILE, EntityTagger, Gazetteers

SENTENCE = [
    ("Storm", "NNP"),
    ("Jo", "NNP"),
    ("Park", "NNP"),
    ("left", "VBD"),
    ("Valby", "NNP"),
    ("early", "RB"),
    (".", "."),
]


def _tagger(dictionary: frozenset[str] | None) -> EntityTagger:
    gaz = Gazetteers(frozenset({"jo"}), frozenset({"valby"}), frozenset(), dictionary)
    return EntityTagger(gaz)


def test_without_a_dictionary_list_the_features_are_the_shipped_models() -> None:
    feats = _tagger(None).features(SENTENCE, 0)
    assert not [f for f in feats if "dict" in f or f.startswith(("w|+1w", "3w", "-3w"))]


def test_a_capitalised_dictionary_word_is_flagged() -> None:
    tagger = _tagger(frozenset({"storm", "early"}))
    assert "dict" in tagger.features(SENTENCE, 0)
    assert "dict" not in tagger.features(SENTENCE, 1)
    assert "dict" not in tagger.features(SENTENCE, 5)  # "early": lower case, no flag


def test_the_wider_context_reads_neighbours_together_and_words_three_away() -> None:
    feats = _tagger(frozenset()).features(SENTENCE, 1)
    assert "sh3=Xx|Xx|Xx" in feats
    assert "t3=NNP|NNP|NNP" in feats
    assert "w|+1w=jo|park" in feats
    assert "3w=valby" in feats
    assert not [f for f in feats if f.startswith("-3w")]  # no token three before
    first = _tagger(frozenset()).features(SENTENCE, 0)
    assert "t3=<e>|NNP|NNP" in first and "sh3=<e>|Xx|Xx" in first


def test_gazetteers_read_the_dictionary_list_only_where_it_is(tmp_path: Path) -> None:
    for name in (entities.FIRST_NAMES_FILE, entities.PLACES_FILE, entities.STATES_FILE):
        (tmp_path / name).write_text("jo\n", encoding="utf-8")
    assert Gazetteers.load(tmp_path).dictionary is None
    (tmp_path / DICTIONARY_FILE).write_text("storm\npolice\n", encoding="utf-8")
    assert Gazetteers.load(tmp_path).dictionary == frozenset({"storm", "police"})


def test_dictionary_words_are_those_news_writes_mostly_in_lower_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from training import corpora, train

    with zipfile.ZipFile(tmp_path / "words.zip", "w") as zf:
        zf.writestr("words/en", "storm\nmarsh\nvalby\nNorbank\n")
    monkeypatch.setattr(corpora, "NLTK_CORPORA", tmp_path)
    monkeypatch.setattr(train, "NER_DIR", tmp_path)
    sents = [
        [("The", "DT", "O"), ("storm", "NN", "O"), ("hit", "VBD", "O")],
        [("A", "DT", "O"), ("Storm", "NNP", "B-ORG"), ("storm", "NN", "O")],
        [("Jo", "NNP", "B-PER"), ("Marsh", "NNP", "I-PER"), ("and", "CC", "O")],
        [("the", "DT", "O"), ("marsh", "NN", "O"), ("Valby", "NNP", "B-LOC")],
    ]
    train.write_dictionary_words(sents)
    assert (tmp_path / DICTIONARY_FILE).read_text(encoding="utf-8").split() == ["storm"]


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Danish Jo Park", "Jo Park"),
        ("an interview Jo Park", "Jo Park"),
        ("Norbank overtook Jo Park", "Jo Park"),
        ("Danish Park", "Danish Park"),  # a nationality is cut only before a full name
        ("Ana da Silva", "Ana da Silva"),
        ("Jo arap Lind", "Jo arap Lind"),  # a particle no dictionary holds stays
    ],
)
def test_a_person_span_begins_after_a_common_word_or_a_nationality(words: str, name: str) -> None:
    tokens = words.split()
    start = entities.person_start(tokens, 0, len(tokens))
    assert " ".join(tokens[start:]) == name
