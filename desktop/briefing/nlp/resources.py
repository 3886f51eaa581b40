"""Where the shipped language models live, and loading each of them once.

`resources/nltk_data` goes first on `nltk.data.path` before any NLTK call, so
`nltk.sent_tokenize`, `nltk.pos_tag` and sumy's `Tokenizer("english")` find our models
and nothing ever asks for `nltk.download()`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from briefing import shipped

T = TypeVar("T")

# The shipped resources/ folder (see briefing.shipped; BRIEFING_RESOURCES overrides it).
RESOURCES = shipped.ROOT
NLTK_DATA = RESOURCES / "nltk_data"
NER_DIR = NLTK_DATA / "taggers" / "briefing_ner"

_lock = threading.RLock()


def ensure_data_path() -> None:
    """Put our models first on NLTK's search path (idempotent)."""
    import nltk

    root = str(NLTK_DATA)
    with _lock:
        if not nltk.data.path or nltk.data.path[0] != root:
            if root in nltk.data.path:
                nltk.data.path.remove(root)
            nltk.data.path.insert(0, root)


def loaded(loader: Callable[[], T]) -> Callable[[], T]:
    """Make `loader` run once, on first use, under the module lock (thread-safe)."""
    cached = cache(loader)

    def get() -> T:
        with _lock:
            ensure_data_path()
            return cached()

    get.__doc__ = loader.__doc__
    return get


@loaded
def sentence_splitter() -> Any:
    """Our Punkt model, from tokenizers/punkt_tab/english/."""
    from nltk.tokenize import PunktTokenizer

    return PunktTokenizer("english")


@loaded
def word_tokenizer() -> Any:
    """NLTK's Treebank-style word tokenizer (the tokenisation our taggers were trained on)."""
    from nltk.tokenize import NLTKWordTokenizer

    return NLTKWordTokenizer()


@loaded
def pos_tagger() -> Any:
    """Our averaged perceptron, from taggers/averaged_perceptron_tagger_eng/."""
    from briefing.nlp.perceptron import load_tagger

    return load_tagger()


@loaded
def entity_tagger() -> Any:
    """Our CRF named-entity tagger, from taggers/briefing_ner/."""
    from briefing.nlp.entities import EntityTagger

    return EntityTagger.load(NER_DIR)
