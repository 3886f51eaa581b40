"""Our Punkt inference, read from the compact model, splits as NLTK's PunktTokenizer does."""

from __future__ import annotations

from nltk.tokenize import PunktTokenizer

from briefing.nlp.resources import ensure_data_path, sentence_splitter

# Our own sentences, chosen for Punkt's hard cases: abbreviations, initials, ordinals,
# numbers, ellipses, quotes and brackets after the full stop, collocations.
TEXTS = [
    "Mr. Okafor met Dr. Lind at 9 a.m. on Jan. 4. They spoke for an hour.",
    "The firm, Brandt & Co., lost 3.5 per cent. Its shares fell again on Monday.",
    'She said: "We are done." Then she left. (The talks ended.) Nobody else spoke.',
    "J. R. Hartley wrote it in the 1990s... Nobody read it. U.S. officials agreed.",
    "It came 2nd. in the race. The 3. prize went to a boat from St. Ives!  Why? Luck.",
    "He lives at No. 10 with Gen. Ruiz -- and the U.N. envoy. Talks resume today.",
    "Line one without an end\n\nA second paragraph. Another sentence here.\n",
    "",
    "   ",
    "!!! ?? ... .",
]


def test_sentence_spans_match_nltks_punkt() -> None:
    ensure_data_path()
    reference = PunktTokenizer("english")
    for text in TEXTS:
        assert list(sentence_splitter().span_tokenize(text)) == list(
            reference.span_tokenize(text)
        ), text
