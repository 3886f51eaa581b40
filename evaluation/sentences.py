"""Sentence-boundary P/R/F1 of `briefing.nlp.text.sentences` on corpora Punkt never saw.

Each document is rebuilt as text and every gold sentence end inside it (not the text's own
end) is a boundary to find:

- Penn Treebank sample, as published: the raw WSJ files keep the article's paragraphs
  (blank lines), and gold sentences come from the parses, aligned token by token to that
  text (documents that do not align are skipped and counted). Scored on all boundaries
  and on those inside a paragraph, the harder half, since a paragraph end is given.
- Strict, no layout: gold sentences joined by single spaces (treebank documents, and
  CoNLL-2000 in runs of 20 sentences), so headlines and list lines run into the text.
- Brown news paragraphs: all boundaries, and the ones after end punctuation. Brown also
  ends sentences at semicolons and after headlines or datelines run into a paragraph,
  which no punctuation-based splitter marks.

Run: python -m evaluation.sentences
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from briefing.nlp.text import sentences
from evaluation.shared import NLTK_DATA, corpus_reader, detokenize, prf, unescape

# Treebank quotes as the raw text writes them (brackets and slashes: `unescape`).
_PTB_QUOTES = {"``": '"', "''": '"'}
_SPACED_DOTS = re.compile(r"\s*\.(\s?\.){2,3}")
_LINE_BREAK = re.compile(r"(?<!\n)[ \t]*\n(?![ \t]*\n)")
_END_PUNCTUATION = re.compile(r"[.?!][\"'”’)]*$")


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[int], predicted: set[int]) -> None:
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def prf(self) -> tuple[float, float, float]:
        return prf(self.tp, self.fp, self.fn)


@dataclass(frozen=True)
class Document:
    """Text, gold sentence ends, and which of them close a paragraph."""

    text: str
    ends: frozenset[int]
    paragraph_ends: frozenset[int]


def _aligned_ends(raw: str, sents: Iterable[list[str]]) -> list[int] | None:
    """End offset in `raw` of each tokenised sentence, or None where tokens do not match."""
    ends, pos = [], 0
    for sent in sents:
        for token in sent:
            word = _PTB_QUOTES.get(token) or unescape(token)
            if word == "...":
                m = _SPACED_DOTS.match(raw, pos)
                if m:
                    pos = m.end()
                    continue
            hits = [raw.find(c, pos) for c in ([word, "'", "`"] if word == '"' else [word])]
            hits = [i for i in hits if i >= 0 and not raw[pos:i].strip()]
            if not hits:
                if word == "." and raw[pos - 1] == ".":  # "Corp." ends its sentence too
                    continue
                return None
            pos = min(hits) + (1 if word == '"' else len(word))
        ends.append(pos)
    return ends


def treebank_as_published() -> tuple[list[Document], int]:
    """Treebank documents in their raw layout; also how many could not be aligned."""
    tb = corpus_reader("treebank")
    docs, skipped = [], 0
    with zipfile.ZipFile(NLTK_DATA / "corpora" / "treebank.zip") as zf:
        for fileid in tb.fileids():
            raw = zf.read("treebank/raw/" + fileid.removesuffix(".mrg")).decode("latin-1")
            raw = raw.replace(".START", "      ")
            sents = [[w for w, t in s if t != "-NONE-"] for s in tb.tagged_sents(fileid)]
            ends = _aligned_ends(raw, sents)
            if ends is None:
                skipped += 1
                continue
            # Lines inside a paragraph are running text (same length, offsets kept).
            text = _LINE_BREAK.sub(lambda m: " " * len(m.group()), raw).rstrip()
            gold = {e for e in ends if text[e:].strip()}
            para = {e for e in gold if re.match(r"[ \t]*\n", text[e:])}
            docs.append(Document(text, frozenset(gold), frozenset(para)))
    return docs, skipped


def _joined(paragraphs: list[list[str]]) -> Document:
    text, ends, para = "", set(), set()
    for paragraph in paragraphs:
        if text:
            para.add(len(text))
            text += "\n\n"
        for i, sent in enumerate(paragraph):
            if i:
                ends.add(len(text))
                text += " "
            text += sent
    return Document(text, frozenset(ends | para), frozenset(para))


def treebank_flat() -> list[Document]:
    tb = corpus_reader("treebank")
    return [
        _joined([[detokenize([w for w, t in s if t != "-NONE-"]) for s in tb.tagged_sents(f)]])
        for f in tb.fileids()
    ]


def conll2000_flat(chunk: int = 20) -> list[Document]:
    sents = [detokenize(list(s)) for s in corpus_reader("conll2000").sents()]
    return [_joined([sents[i : i + chunk]]) for i in range(0, len(sents), chunk)]


def brown_news() -> list[Document]:
    brown = corpus_reader("brown")
    return [
        _joined([[detokenize(list(s)) for s in para] for para in brown.paras(f)])
        for f in brown.fileids(categories="news")
    ]


def score(docs: Iterable[Document]) -> Iterator[tuple[str, Count]]:
    """Counts over all boundaries, inside paragraphs, and after end punctuation."""
    every, inner, punct = Count(), Count(), Count()
    for doc in docs:
        predicted = {e for _, e in sentences(doc.text) if doc.text[e:].strip()}
        every.add(set(doc.ends), predicted)
        inner.add(set(doc.ends - doc.paragraph_ends), predicted - doc.paragraph_ends)
        unmarked = {e for e in doc.ends if not _END_PUNCTUATION.search(doc.text[:e])}
        punct.add(set(doc.ends) - unmarked, predicted - unmarked)
    yield from (("all", every), ("in paragraphs", inner), ("after . ? !", punct))


def main() -> int:
    published, skipped = treebank_as_published()
    runs = [
        (
            f"Penn Treebank sample, as published ({len(published)} docs, {skipped} unaligned)",
            published,
            ("all", "in paragraphs"),
        ),
        ("Penn Treebank sample, no layout", treebank_flat(), ("all",)),
        ("CoNLL-2000 (WSJ), no layout", conll2000_flat(), ("all",)),
        ("Brown news, paragraphs", brown_news(), ("all", "after . ? !")),
    ]
    print("Sentence boundaries (Punkt trained on ABC + State of the Union; none of these)")
    for title, docs, shown in runs:
        print(f"  {title}")
        for kind, count in score(docs):
            if kind in shown:
                p, r, f = count.prf()
                print(f"    {kind:<15} P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
