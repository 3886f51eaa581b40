"""The GMB split a NER model would train on: the held-out tenth never reaches training."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from training import corpora


def _write_gmb(path: Path, sentences: list[list[tuple[str, str, str]]]) -> None:
    lines = ["Sentence #,Word,POS,Tag"]
    for n, sent in enumerate(sentences, 1):
        for k, (word, pos, tag) in enumerate(sent):
            lines.append(f"{f'Sentence: {n}' if k == 0 else ''},{word},{pos},{tag}")
    path.write_bytes(gzip.compress("\r\n".join(lines).encode("cp1252")))


def _sentence(n: int) -> list[tuple[str, str, str]]:
    return [
        ("Jo", "NNP", "B-per"),
        ("Park", "NNP", "I-per"),
        ("met", "VBD", "O"),
        (str(n), "CD", "O"),
    ]


@pytest.fixture
def gmb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[list[tuple[str, str, str]]]:
    sentences = [_sentence(n) for n in range(25)]
    sentences[13] = list(sentences[10])  # a repeat of held-out sentence 10 among training ones
    sentences[7] = [
        ("Mayor", "NNP", "B-per"),
        ("Ana", "NNP", "I-per"),
        ("Berg", "NNP", "I-per"),
        ("left", "VBD", "O"),
        ("Valby", "NNP", "B-geo"),
        ("Norbank", "NNP", "B-org"),
        ("Danish", "JJ", "B-gpe"),
    ]
    path = tmp_path / "gmb.csv.gz"
    _write_gmb(path, sentences)
    monkeypatch.setattr(corpora, "GMB_FULL", path)
    return sentences


def test_held_out_sentences_and_their_repeats_stay_out_of_training(
    gmb: list[list[tuple[str, str, str]]],
) -> None:
    train, test = corpora.gmb_split()
    assert [s[3][0] for s in test] == ["0", "10", "20"]
    held = {tuple(w for w, _, _ in s) for s in test}
    assert not any(tuple(w for w, _, _ in s) in held for s in train)
    assert len(train) == 25 - 3 - 1


def test_full_file_is_mapped_to_conll_conventions(gmb: list[list[tuple[str, str, str]]]) -> None:
    train, _ = corpora.gmb_split()
    labels = {w: label for s in train for w, _, label in s}
    assert (labels["Mayor"], labels["Ana"], labels["Berg"]) == ("O", "B-PER", "I-PER")
    assert (labels["Valby"], labels["Norbank"], labels["Danish"]) == ("B-LOC", "B-ORG", "O")
