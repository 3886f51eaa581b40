"""Sentences, tokens, tags and entities with character offsets into the original text.

Provisional rule-based splitter until the trained models land (language-models issue).
"""

from __future__ import annotations

import re

from briefing.model import Doc, Entity, Sentence, Token

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A sentence ends at . ! or ? (optionally followed by closing quotes/brackets) before whitespace.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`; sentences never cross a blank line."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for block in _PARAGRAPH_BREAK.split(text):
        block_start = text.index(block, pos) if block else pos
        start = 0
        for m in _SENTENCE_END.finditer(block):
            spans.append((block_start + start, block_start + m.end()))
            start = m.end()
            while start < len(block) and block[start].isspace():
                start += 1
        if block[start:].strip():
            end = len(block.rstrip())
            spans.append((block_start + start, block_start + end))
        pos = block_start + len(block)
    return [s for s in spans if text[s[0] : s[1]].strip()]


def tokens(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each token in `sentence`."""
    return [(m.start(), m.end()) for m in _TOKEN.finditer(sentence)]


def tag(words: list[str]) -> list[str]:
    """Penn Treebank tag of each word ("" until the tagger lands)."""
    return ["" for _ in words]


def entities(words: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans as (first token, end token exclusive, label)."""
    return []


def analyse(text: str) -> Doc:
    """Split, tokenise, tag and find entities in `text`, keeping offsets."""
    paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    out_sentences: list[Sentence] = []
    out_entities: list[Entity] = []
    paragraph = 0
    for index, (start, end) in enumerate(sentences(text)):
        while paragraph + 1 < len(paragraph_starts) and paragraph_starts[paragraph + 1] <= start:
            paragraph += 1
        s_text = text[start:end]
        spans = tokens(s_text)
        words = [s_text[a:b] for a, b in spans]
        tags = tag(words)
        toks = tuple(
            Token(w, start + a, start + b, t) for w, (a, b), t in zip(words, spans, tags, strict=True)
        )
        out_sentences.append(Sentence(index, start, end, s_text, paragraph, toks))
        for first, last, label in entities(words):
            e_start, e_end = toks[first].start, toks[last - 1].end
            out_entities.append(
                Entity(label, text[e_start:e_end], e_start, e_end, index, first, last)
            )
    return Doc(text, tuple(out_sentences), tuple(out_entities))
