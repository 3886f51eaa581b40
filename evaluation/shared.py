"""Where the shared corpora live (beside the project, never inside it)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared"))
NLTK_DATA = SHARED / "nltk_data"
CORPORA = SHARED / "corpora"


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# Penn Treebank escapes for characters an article writes plainly.
_PTB_ESCAPES = {"-LRB-": "(", "-RRB-": ")", "-LCB-": "{", "-RCB-": "}", "-LSB-": "[", "-RSB-": "]"}


def detokenize(words: list[str]) -> str:
    """Running text from Treebank tokens, as an article would hold the sentence."""
    from nltk.tokenize.treebank import TreebankWordDetokenizer

    plain = [_PTB_ESCAPES.get(w, w).replace("\\/", "/").replace("\\*", "*") for w in words if w]
    text: str = TreebankWordDetokenizer().detokenize(plain)
    return text
