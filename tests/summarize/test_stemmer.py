"""Our stemmer stems as NLTK's English Snowball stemmer (sumy's), quirks included."""

from __future__ import annotations

from nltk.stem.snowball import EnglishStemmer
from sumy.utils import get_stop_words

from briefing.summarize.stemmer import stem, stop_words

# Our own words, one for each rule and exception of the algorithm.
_LINES = (
    "running ran runs caresses ponies ties cats feed agreed plastered motoring sing",
    "conflated troubled sized hopping tanned falling hissing fizzed failing filing happy sky",
    "relational conditional rational valency hesitancy digitizer conformabli radicalli",
    "differentli vileli analogousli vietnamization predication operator feudalism",
    "decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate",
    "formative formalize electriciti electrical hopeful goodness revival allowance inference",
    "airliner gyroscopic adjustable defensible irritant replacement adjustment dependent",
    "adoption homologou communism activate angulariti homologous effective bowdlerize",
    "probate rate cease controll roll generously communal arsenals skis skies dying lying",
    "tying idly gently ugly early only singly news howe atlas cosmos bias andes innings",
    "outings cannings herrings earrings proceed exceed succeed realization sensationalism",
    "irrationally Yesterday’s 'quoted' O’Neill's a I",
)
WORDS = [word for line in _LINES for word in line.split()]


def test_stems_match_nltks_english_snowball() -> None:
    reference = EnglishStemmer()
    assert [stem(w) for w in WORDS] == [reference.stem(w) for w in WORDS]


def test_stop_words_are_sumys() -> None:
    assert stop_words() == frozenset(get_stop_words("english"))
