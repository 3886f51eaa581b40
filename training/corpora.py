"""Readers for the shared training and evaluation corpora (../shared, never shipped).

Splits are deterministic: sentence i is held out when i % 10 == 0.
"""

from __future__ import annotations

import csv
import gzip
import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(os.environ.get("BRIEFING_SHARED", Path(__file__).resolve().parents[2] / "shared"))
NLTK_CORPORA = SHARED / "nltk_data" / "corpora"
CONLL = SHARED / "corpora" / "conll2003"
GMB = SHARED / "corpora" / "gmb_ner" / "ner_dataset_part.csv.gz"
# The complete file; the part above is its first 10,927 sentences, so sentence i of the part
# is sentence i of the full file and the held-out rule picks the same sentences in both.
GMB_FULL = SHARED / "corpora" / "gmb_ner" / "ner_dataset.csv.gz"

TaggedSentence = list[tuple[str, str]]

# Titles the GMB annotators put inside person spans ("President Bush" is B-per I-per);
# CoNLL and our extractors keep them outside the name, so they are stripped.
GMB_TITLES = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "president",
        "prime",
        "minister",
        "secretary",
        "general",
        "gen.",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "vice",
        "chancellor",
        "king",
        "queen",
        "prince",
        "pope",
        "senator",
        "sen.",
        "premier",
        "chairman",
        "chief",
        "leader",
        "spokesman",
        "spokeswoman",
        "envoy",
        "ambassador",
        "governor",
        "gov.",
        "mayor",
        "judge",
        "lieutenant",
        "lt.",
        "colonel",
        "col.",
        "captain",
        "capt.",
        "sergeant",
        "sgt.",
        "sheikh",
        "ayatollah",
        "cardinal",
        "archbishop",
        "bishop",
        "rev.",
        "reverend",
        "sir",
        "lord",
        "lady",
        "former",
        "opposition",
        "state",
        "army",
        "commander",
        "director",
        "representative",
        "rep.",
        "emperor",
        "crown",
    ]
)


def held_out(i: int) -> bool:
    return i % 10 == 0


def _zip_texts(name: str, suffix: str = ".txt") -> Iterator[tuple[str, str]]:
    with zipfile.ZipFile(NLTK_CORPORA / f"{name}.zip") as zf:
        for member in sorted(zf.namelist()):
            if member.endswith(suffix) and "README" not in member:
                yield member, zf.read(member).decode("utf-8", errors="replace")


def raw_news_text() -> str:
    """Raw running text for Punkt: ABC news/science transcripts and State of the Union."""
    parts = [text for _, text in _zip_texts("abc")]
    parts += [text for _, text in _zip_texts("state_union")]
    return "\n\n".join(parts)


def masc_sentences() -> list[TaggedSentence]:
    """MASC, one sentence a line of word_TAG tokens."""
    sentences = []
    for _, text in _zip_texts("masc_tagged"):
        for line in text.splitlines():
            sent = []
            for item in line.split():
                word, sep, tag = item.rpartition("_")
                if sep and word and tag:
                    sent.append((word, tag))
            if sent:
                sentences.append(sent)
    return sentences


def masc_split() -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """MASC's sentences for training the POS tagger, and its held-out tenth for scoring."""
    sentences = masc_sentences()
    train = [s for i, s in enumerate(sentences) if not held_out(i)]
    test = [s for i, s in enumerate(sentences) if held_out(i)]
    return train, test


def conll2003(name: str) -> list[list[tuple[str, str, str]]]:
    """CoNLL-2003 sentences of (word, POS, IOB2 label), MISC mapped to O."""
    sentences: list[list[tuple[str, str, str]]] = []
    sent: list[tuple[str, str, str]] = []
    with gzip.open(CONLL / name, "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                if sent:
                    sentences.append(sent)
                sent = []
                continue
            label = parts[3]
            if label.endswith("MISC"):
                label = "O"
            sent.append((parts[0], parts[1], label))
    if sent:
        sentences.append(sent)
    return sentences


def conll2003_documents(name: str) -> list[list[list[tuple[str, str, str]]]]:
    """CoNLL-2003 documents (split at -DOCSTART-), each a list of sentences."""
    docs: list[list[list[tuple[str, str, str]]]] = []
    sent: list[tuple[str, str, str]] = []
    with gzip.open(CONLL / name, "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if parts and parts[0] == "-DOCSTART-":
                docs.append([])
                continue
            if not parts:
                if sent and docs:
                    docs[-1].append(sent)
                sent = []
                continue
            label = "O" if parts[3].endswith("MISC") else parts[3]
            sent.append((parts[0], parts[1], label))
    if sent and docs:
        docs[-1].append(sent)
    return [d for d in docs if d]


_GMB_TYPES = {"per": "PER", "org": "ORG", "geo": "LOC", "gpe": "LOC"}


def gmb_sentences(full: bool = False) -> list[list[tuple[str, str, str]]]:
    """GMB sentences of (word, POS, IOB2 label) in CoNLL's conventions, of the extract or
    (`full`) of the complete file (Windows-1252, as DATA.md says).

    geo/gpe -> LOC but demonyms (gpe tagged JJ or plural: "Iraqi", "Palestinians") -> O, as
    in CoNLL; titles are stripped from person spans; tim/art/eve/nat -> O.
    """
    path, encoding = (GMB_FULL, "cp1252") if full else (GMB, "latin-1")
    raw = gzip.decompress(path.read_bytes()).decode(encoding)
    sentences: list[list[tuple[str, str, str]]] = []
    for row in csv.DictReader(io.StringIO(raw)):
        if row["Sentence #"].strip():
            sentences.append([])
        word, pos, tag = row["Word"], row["POS"], row["Tag"]
        prefix, _, typ = tag.partition("-")
        kind = _GMB_TYPES.get(typ)
        if kind is None or (typ == "gpe" and pos in ("JJ", "NNS", "NNPS")):
            label = "O"
        else:
            label = f"{prefix}-{kind}"
        sentences[-1].append((word, pos, label))
    return [_strip_titles(s) for s in sentences if s]


def gmb_split() -> tuple[list[list[tuple[str, str, str]]], list[list[tuple[str, str, str]]]]:
    """The complete GMB file as (training, held-out) sentences.

    Sentence i is held out when held_out(i), in the full file's numbering; the extract is
    its prefix, so the extract's held-out tenth (evaluation.nlp's GMB row) stays held out.
    The file repeats some sentences (wire boilerplate, reposted stories): a training sentence
    with the same words as a held-out one is left out too, so none reaches training.
    """
    sentences = gmb_sentences(full=True)
    test = [s for i, s in enumerate(sentences) if held_out(i)]
    seen = {tuple(w for w, _, _ in s) for s in test}
    train = [
        s
        for i, s in enumerate(sentences)
        if not held_out(i) and tuple(w for w, _, _ in s) not in seen
    ]
    return train, test


def _strip_titles(sent: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    out = list(sent)
    i = 0
    while i < len(out):
        word, pos, label = out[i]
        if label == "B-PER" and word.lower() in GMB_TITLES:
            out[i] = (word, pos, "O")
            if i + 1 < len(out) and out[i + 1][2] == "I-PER":
                w, p, _ = out[i + 1]
                out[i + 1] = (w, p, "B-PER")
        i += 1
    return out
