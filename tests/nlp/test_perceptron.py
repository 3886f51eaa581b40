"""Our perceptron, read from the compact model, decides exactly as NLTK's own does."""

from __future__ import annotations

from nltk.tag import PerceptronTagger

from briefing.nlp import tokens
from briefing.nlp.resources import ensure_data_path, pos_tagger

SENTENCES = [
    "The harbour authority said on Tuesday it would reopen the northern quay.",
    "Mayor Ines Alvarado, 54, told reporters: \u201cWe are not there yet.\u201d",
    "Shares in Brandt & Co. fell 3.5% to $12.40 after the report, analysts said.",
    "Zxqv blorp 7G-9 ;; -- ?! HELLO world",
    "In 1998 the well-known co-op sold 2,000 tonnes of grain to Oslo-based traders.",
    "",
]


def test_tags_match_nltks_perceptron() -> None:
    ensure_data_path()
    reference = PerceptronTagger(lang="eng")
    for sentence in SENTENCES:
        words = [sentence[s:e] for s, e in tokens(sentence)]
        assert pos_tagger().tag(words) == reference.tag(words)


def test_tagging_reads_the_compact_model_not_nltk() -> None:
    assert pos_tagger().tag(["The", "quay", "reopened", "."])[-1] == (".", ".")
    assert type(pos_tagger()).__module__ == "briefing.nlp.perceptron"
