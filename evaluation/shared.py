"""Where the shared corpora live (beside the project, never inside it)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared"))
NLTK_DATA = SHARED / "nltk_data"
CORPORA = SHARED / "corpora"


def corpus_reader(name: str):  # type: ignore[no-untyped-def]
    """An NLTK corpus reader over the shared nltk_data ("treebank", "brown", "ieer")."""
    import nltk

    if str(NLTK_DATA) not in nltk.data.path:
        nltk.data.path.append(str(NLTK_DATA))
    return getattr(nltk.corpus, name)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, f1(p, r)


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# Penn Treebank escapes for characters an article writes plainly.
_PTB_ESCAPES = {"-LRB-": "(", "-RRB-": ")", "-LCB-": "{", "-RCB-": "}", "-LSB-": "[", "-RSB-": "]"}


def unescape(token: str) -> str:
    """A Treebank token as an article writes it: "-LRB-" -> "(", "1\\/2" -> "1/2"."""
    return _PTB_ESCAPES.get(token, token).replace("\\/", "/").replace("\\*", "*")


def detokenize(words: list[str]) -> str:
    """Running text from Treebank tokens, as an article would hold the sentence."""
    from nltk.tokenize.treebank import TreebankWordDetokenizer

    plain = [unescape(w) for w in words if w]
    text: str = TreebankWordDetokenizer().detokenize(plain)
    return text
