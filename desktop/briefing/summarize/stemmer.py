"""The English Snowball (Porter2) stemmer exactly as NLTK's `EnglishStemmer` stems (sumy's
`Stemmer("english")` is that stemmer), and sumy's stop words, without importing NLTK or
sumy's helpers, whose imports alone took half a second of every start.

Generated from nltk/stem/snowball.py (NLTK, Apache License 2.0; by Peter Michael Stahl),
its quirks kept: NLTK's regions after step 2 differ from the published algorithm in a few
words ("realization" -> "realize"), and our summaries were tuned on NLTK's stems.
tests/summarize/test_stemmer.py checks both agree.
"""

# ruff: noqa: SIM102, SIM114 (kept in NLTK's shape, branch for branch)

from __future__ import annotations

import pkgutil
from functools import lru_cache

_VOWELS = "aeiouy"
_DOUBLE_CONSONANTS = ("bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")
_LI_ENDING = "cdeghkmnrt"
_STEP0 = ("'s'", "'s", "'")
_STEP1A = ("sses", "ied", "ies", "us", "ss", "s")
_STEP1B = ("eedly", "ingly", "edly", "eed", "ing", "ed")
_STEP2 = (
    "ization",
    "ational",
    "fulness",
    "ousness",
    "iveness",
    "tional",
    "biliti",
    "lessli",
    "entli",
    "ation",
    "alism",
    "aliti",
    "ousli",
    "iviti",
    "fulli",
    "enci",
    "anci",
    "abli",
    "izer",
    "ator",
    "alli",
    "bli",
    "ogi",
    "li",
)
_STEP3 = ("ational", "tional", "alize", "icate", "iciti", "ative", "ical", "ness", "ful")
_STEP4 = (
    "ement",
    "ance",
    "ence",
    "able",
    "ible",
    "ment",
    "ant",
    "ent",
    "ism",
    "ate",
    "iti",
    "ous",
    "ive",
    "ize",
    "ion",
    "al",
    "er",
    "ic",
)
_SPECIAL_WORDS = {
    "skis": "ski",
    "skies": "sky",
    "dying": "die",
    "lying": "lie",
    "tying": "tie",
    "idly": "idl",
    "gently": "gentl",
    "ugly": "ugli",
    "early": "earli",
    "only": "onli",
    "singly": "singl",
    "sky": "sky",
    "news": "news",
    "howe": "howe",
    "atlas": "atlas",
    "cosmos": "cosmos",
    "bias": "bias",
    "andes": "andes",
    "inning": "inning",
    "innings": "inning",
    "outing": "outing",
    "outings": "outing",
    "canning": "canning",
    "cannings": "canning",
    "herring": "herring",
    "herrings": "herring",
    "earring": "earring",
    "earrings": "earring",
    "proceed": "proceed",
    "proceeds": "proceed",
    "proceeded": "proceed",
    "proceeding": "proceed",
    "exceed": "exceed",
    "exceeds": "exceed",
    "exceeded": "exceed",
    "exceeding": "exceed",
    "succeed": "succeed",
    "succeeds": "succeed",
    "succeeded": "succeed",
    "succeeding": "succeed",
}


def stop_words() -> frozenset[str]:
    """sumy's English stop words, read as `sumy.utils.get_stop_words` reads them (that module
    imports NLTK and requests)."""
    data = pkgutil.get_data("sumy", "data/stopwords/english.txt") or b""
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)


def _suffix_replace(original: str, old: str, new: str) -> str:
    return original[: -len(old)] + new


def _r1r2(word: str) -> tuple[str, str]:
    """The regions R1 and R2 (the text after the first non-vowel following a vowel)."""
    r1 = r2 = ""
    for i in range(1, len(word)):
        if word[i] not in _VOWELS and word[i - 1] in _VOWELS:
            r1 = word[i + 1 :]
            break
    for i in range(1, len(r1)):
        if r1[i] not in _VOWELS and r1[i - 1] in _VOWELS:
            r2 = r1[i + 1 :]
            break
    return r1, r2


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """The stem of `word` (lower-cased first)."""
    word = word.lower()
    if len(word) <= 2:
        return word
    elif word in _SPECIAL_WORDS:
        return _SPECIAL_WORDS[word]
    word = word.replace("’", "'").replace("‘", "'").replace("‛", "'")
    if word.startswith("'"):
        word = word[1:]
    if word.startswith("y"):
        word = "".join(("Y", word[1:]))
    chars = list(word)
    for i in range(1, len(chars)):
        if chars[i - 1] in _VOWELS and chars[i] == "y":
            chars[i] = "Y"
    word = "".join(chars)
    step1a_vowel_found = False
    step1b_vowel_found = False
    r1 = ""
    r2 = ""
    if word.startswith(("gener", "commun", "arsen")):
        r1 = word[5:] if word.startswith(("gener", "arsen")) else word[6:]
        for i in range(1, len(r1)):
            if r1[i] not in _VOWELS and r1[i - 1] in _VOWELS:
                r2 = r1[i + 1 :]
                break
    else:
        r1, r2 = _r1r2(word)
    for suffix in _STEP0:
        if word.endswith(suffix):
            word = word[: -len(suffix)]
            r1 = r1[: -len(suffix)]
            r2 = r2[: -len(suffix)]
            break
    for suffix in _STEP1A:
        if word.endswith(suffix):
            if suffix == "sses":
                word = word[:-2]
                r1 = r1[:-2]
                r2 = r2[:-2]
            elif suffix in ("ied", "ies"):
                if len(word[: -len(suffix)]) > 1:
                    word = word[:-2]
                    r1 = r1[:-2]
                    r2 = r2[:-2]
                else:
                    word = word[:-1]
                    r1 = r1[:-1]
                    r2 = r2[:-1]
            elif suffix == "s":
                for letter in word[:-2]:
                    if letter in _VOWELS:
                        step1a_vowel_found = True
                        break
                if step1a_vowel_found:
                    word = word[:-1]
                    r1 = r1[:-1]
                    r2 = r2[:-1]
            break
    for suffix in _STEP1B:
        if word.endswith(suffix):
            if suffix in ("eed", "eedly"):
                if r1.endswith(suffix):
                    word = _suffix_replace(word, suffix, "ee")
                    r1 = _suffix_replace(r1, suffix, "ee") if len(r1) >= len(suffix) else ""
                    r2 = _suffix_replace(r2, suffix, "ee") if len(r2) >= len(suffix) else ""
            else:
                for letter in word[: -len(suffix)]:
                    if letter in _VOWELS:
                        step1b_vowel_found = True
                        break
                if step1b_vowel_found:
                    word = word[: -len(suffix)]
                    r1 = r1[: -len(suffix)]
                    r2 = r2[: -len(suffix)]
                    if word.endswith(("at", "bl", "iz")):
                        word = "".join((word, "e"))
                        r1 = "".join((r1, "e"))
                        if len(word) > 5 or len(r1) >= 3:
                            r2 = "".join((r2, "e"))
                    elif word.endswith(_DOUBLE_CONSONANTS):
                        word = word[:-1]
                        r1 = r1[:-1]
                        r2 = r2[:-1]
                    elif (
                        r1 == ""
                        and len(word) >= 3
                        and (word[-1] not in _VOWELS)
                        and (word[-1] not in "wxY")
                        and (word[-2] in _VOWELS)
                        and (word[-3] not in _VOWELS)
                        or (
                            r1 == ""
                            and len(word) == 2
                            and (word[0] in _VOWELS)
                            and (word[1] not in _VOWELS)
                        )
                    ):
                        word = "".join((word, "e"))
                        if len(r1) > 0:
                            r1 = "".join((r1, "e"))
                        if len(r2) > 0:
                            r2 = "".join((r2, "e"))
            break
    if len(word) > 2 and word[-1] in "yY" and (word[-2] not in _VOWELS):
        word = "".join((word[:-1], "i"))
        r1 = "".join((r1[:-1], "i")) if len(r1) >= 1 else ""
        r2 = "".join((r2[:-1], "i")) if len(r2) >= 1 else ""
    for suffix in _STEP2:
        if word.endswith(suffix):
            if r1.endswith(suffix):
                if suffix == "tional":
                    word = word[:-2]
                    r1 = r1[:-2]
                    r2 = r2[:-2]
                elif suffix in ("enci", "anci", "abli"):
                    word = "".join((word[:-1], "e"))
                    r1 = "".join((r1[:-1], "e")) if len(r1) >= 1 else ""
                    r2 = "".join((r2[:-1], "e")) if len(r2) >= 1 else ""
                elif suffix == "entli":
                    word = word[:-2]
                    r1 = r1[:-2]
                    r2 = r2[:-2]
                elif suffix in ("izer", "ization"):
                    word = _suffix_replace(word, suffix, "ize")
                    r1 = _suffix_replace(r1, suffix, "ize") if len(r1) >= len(suffix) else ""
                    r2 = _suffix_replace(r2, suffix, "ize") if len(r2) >= len(suffix) else ""
                elif suffix in ("ational", "ation", "ator"):
                    word = _suffix_replace(word, suffix, "ate")
                    r1 = _suffix_replace(r1, suffix, "ate") if len(r1) >= len(suffix) else ""
                    r2 = _suffix_replace(r2, suffix, "ate") if len(r2) >= len(suffix) else "e"
                elif suffix in ("alism", "aliti", "alli"):
                    word = _suffix_replace(word, suffix, "al")
                    r1 = _suffix_replace(r1, suffix, "al") if len(r1) >= len(suffix) else ""
                    r2 = _suffix_replace(r2, suffix, "al") if len(r2) >= len(suffix) else ""
                elif suffix == "fulness":
                    word = word[:-4]
                    r1 = r1[:-4]
                    r2 = r2[:-4]
                elif suffix in ("ousli", "ousness"):
                    word = _suffix_replace(word, suffix, "ous")
                    r1 = _suffix_replace(r1, suffix, "ous") if len(r1) >= len(suffix) else ""
                    r2 = _suffix_replace(r2, suffix, "ous") if len(r2) >= len(suffix) else ""
                elif suffix in ("iveness", "iviti"):
                    word = _suffix_replace(word, suffix, "ive")
                    r1 = _suffix_replace(r1, suffix, "ive") if len(r1) >= len(suffix) else ""
                    r2 = _suffix_replace(r2, suffix, "ive") if len(r2) >= len(suffix) else "e"
                elif suffix in ("biliti", "bli"):
                    word = _suffix_replace(word, suffix, "ble")
                    r1 = _suffix_replace(r1, suffix, "ble") if len(r1) >= len(suffix) else ""
                    r2 = _suffix_replace(r2, suffix, "ble") if len(r2) >= len(suffix) else ""
                elif suffix == "ogi" and word[-4] == "l":
                    word = word[:-1]
                    r1 = r1[:-1]
                    r2 = r2[:-1]
                elif suffix in ("fulli", "lessli"):
                    word = word[:-2]
                    r1 = r1[:-2]
                    r2 = r2[:-2]
                elif suffix == "li" and word[-3] in _LI_ENDING:
                    word = word[:-2]
                    r1 = r1[:-2]
                    r2 = r2[:-2]
            break
    for suffix in _STEP3:
        if word.endswith(suffix):
            if r1.endswith(suffix):
                if suffix == "tional":
                    word = word[:-2]
                    r1 = r1[:-2]
                    r2 = r2[:-2]
                elif suffix == "ational":
                    word = _suffix_replace(word, suffix, "ate")
                    r1 = _suffix_replace(r1, suffix, "ate") if len(r1) >= len(suffix) else ""
                    r2 = _suffix_replace(r2, suffix, "ate") if len(r2) >= len(suffix) else ""
                elif suffix == "alize":
                    word = word[:-3]
                    r1 = r1[:-3]
                    r2 = r2[:-3]
                elif suffix in ("icate", "iciti", "ical"):
                    word = _suffix_replace(word, suffix, "ic")
                    r1 = _suffix_replace(r1, suffix, "ic") if len(r1) >= len(suffix) else ""
                    r2 = _suffix_replace(r2, suffix, "ic") if len(r2) >= len(suffix) else ""
                elif suffix in ("ful", "ness"):
                    word = word[: -len(suffix)]
                    r1 = r1[: -len(suffix)]
                    r2 = r2[: -len(suffix)]
                elif suffix == "ative" and r2.endswith(suffix):
                    word = word[:-5]
                    r1 = r1[:-5]
                    r2 = r2[:-5]
            break
    for suffix in _STEP4:
        if word.endswith(suffix):
            if r2.endswith(suffix):
                if suffix == "ion":
                    if word[-4] in "st":
                        word = word[:-3]
                        r1 = r1[:-3]
                        r2 = r2[:-3]
                else:
                    word = word[: -len(suffix)]
                    r1 = r1[: -len(suffix)]
                    r2 = r2[: -len(suffix)]
            break
    if r2.endswith("l") and word[-2] == "l":
        word = word[:-1]
    elif r2.endswith("e"):
        word = word[:-1]
    elif r1.endswith("e"):
        if len(word) >= 4 and (
            word[-2] in _VOWELS
            or word[-2] in "wxY"
            or word[-3] not in _VOWELS
            or (word[-4] in _VOWELS)
        ):
            word = word[:-1]
    word = word.replace("Y", "y")
    return word
