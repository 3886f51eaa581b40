"""Where the shipped language models live, and loading each of them once.

The analysis reads the compact form of our models (briefing.nlp.compact) with our own
inference code, so it never imports NLTK (half a second of every start). What still uses
NLTK (sumy's algorithms, training, evaluation) calls `ensure_data_path()` first: it puts
`resources/nltk_data` first on `nltk.data.path`, so `nltk.sent_tokenize`, `nltk.pos_tag`
and sumy's `Tokenizer("english")` find our models and nothing asks for `nltk.download()`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from briefing import shipped

if TYPE_CHECKING:
    from briefing.nlp.entities import EntityTagger
    from briefing.nlp.perceptron import PerceptronTagger
    from briefing.nlp.punkt import PunktSplitter

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
            return cached()

    get.__doc__ = loader.__doc__
    return get


@loaded
def sentence_splitter() -> PunktSplitter:
    """Our Punkt model (tokenizers/punkt_tab/english/, in its compact form)."""
    from briefing.nlp.punkt import PunktParameters, PunktSplitter

    return PunktSplitter(PunktParameters.load())


@loaded
def pos_tagger() -> PerceptronTagger:
    """Our averaged perceptron (taggers/averaged_perceptron_tagger_eng/, compact form)."""
    from briefing.nlp.perceptron import PerceptronTagger

    return PerceptronTagger.load()


@loaded
def entity_tagger() -> EntityTagger:
    """Our CRF named-entity tagger, from taggers/briefing_ner/."""
    from briefing.nlp.entities import EntityTagger

    return EntityTagger.load(NER_DIR)
