"""Parties, state institutions, channels, newspapers and civic bodies known by name.

The entity tagger misses or mislabels the names British political news uses most ("the
Tories", "Lib Dems" read as a person, "the Commons", "Downing Street" read as a street).
These tables name them, with the other forms news writes for each, so that every form is
found as an organisation and all of them merge into one actor row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing import lexicons
from briefing.facts.words import JOB_TITLES, PERSON_TITLES, ROLE_NOUNS
from briefing.model import Sentence

# Political parties and the forms news uses for them, adjectival ones included ("Tory
# leader", "Lib Dem MP"). Our own table from the parties' names as the UK Electoral
# Commission registers them and common press usage; major US and European parties too.
PARTIES: dict[str, tuple[str, ...]] = lexicons.forms("parties")

# Newspapers news quotes as sources (our own table: UK national and regional titles and a
# few international ones); "the Independent", "the Sun" and "the Times" only after "the"
# or before a word of the press ("Sun editor").
NEWSPAPERS: dict[str, tuple[str, ...]] = lexicons.forms("newspapers")
# Last words of a newspaper's name ("the Valby Times"): a paper, whatever its first words.
NEWSPAPER_TAILS = lexicons.words("newspaper_tails")

# Trade unions, employers' groups, pollsters and campaign groups that British political
# news quotes (our own table of the main national bodies of each kind).
CIVIC_BODIES: dict[str, tuple[str, ...]] = lexicons.forms("civic_bodies")

# UK state institutions, with the metonyms news uses for them ("No 10", "Whitehall").
# Our own table from the UK government's list of departments and the annotation
# guideline (evaluation/annotations/README.md), which counts these as organisations.
INSTITUTIONS = lexicons.forms("uk_institutions") | lexicons.forms("us_institutions")

# Forms that are also ordinary words or names ("ambiguous": found only where they cannot be
# a sentence's first word, and "Parliament" not as a parliamentary term); words of the press
# after a newspaper's one-word title ("press"); words before "Parliament" for a term ("term").
# One-word newspaper titles are found only after "the" or before a word of the press
# (_AFTER_THE).
_ONE_WORD = lexicons.groups("one_word_bodies")


def one_word_forms(table: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The forms of a table's bodies written in one word: "Tory", "Tories", not "Lib Dem"."""
    return frozenset(f for forms in table.values() for f in forms if " " not in f)


_AFTER_THE = one_word_forms(NEWSPAPERS)
# One-word civic bodies that are surnames too ("Fabrizio Mori"): never after a capital.
_SURNAME_LIKE = one_word_forms(CIVIC_BODIES)

# Broadcasters and channels news names as sources (our own table of UK channels), and the
# armed groups of world news ("al Qaeda", read as a person by the tagger).
_CHANNELS_AND_GROUPS = lexicons.forms("broadcasters") | lexicons.forms("armed_groups")
_TABLES = (PARTIES, INSTITUTIONS, _CHANNELS_AND_GROUPS, NEWSPAPERS, CIVIC_BODIES)


@dataclass(frozen=True)
class Known:
    """A name found in a sentence: tokens [first, end) and the body it names."""

    first: int
    end: int
    canonical: str


@cache
def _index() -> tuple[dict[str, list[tuple[tuple[str, ...], str]]], dict[str, str]]:
    """First word -> (words, canonical name), longest forms first; and form -> canonical."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    names: dict[str, str] = {}
    for table in _TABLES:
        for name, forms in table.items():
            names |= {form.lower(): name for form in (name, *forms)}
            for form in forms:
                # "Workers' Union" is tokenised "Workers", "'", "Union"
                words = tuple(re.sub(r"(\w)'(?=\s)", r"\1 '", form).split())
                index.setdefault(words[0], []).append((words, name))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index, names


def canonical(name: str) -> str | None:
    """The body a name written in the text stands for: "Tories" -> "Conservative Party",
    "Radio 4" -> "BBC Radio 4"; None for a name the tables do not know."""
    return _index()[1].get(name.lower())


def named_at(s: Sentence, first: int, name: str) -> str | None:
    """`canonical(name)` for the name written from token `first` of `s`, but a one-word
    newspaper title only where it names the paper ("the Sun", "Sun editor"; not the firm in
    "Sun reported a profit")."""
    return None if name in _AFTER_THE and not _newspaper(s, first) else canonical(name)


def find(s: Sentence) -> list[Known]:
    """The parties, institutions and channels named in sentence `s`, left to right."""
    index = _index()[0]
    out: list[Known] = []
    for k, t in enumerate(s.tokens):  # a token inside the last name found starts none
        entries = index.get(t.text)  # most words open no form: nothing to match
        if entries and not (out and k < out[-1].end) and (hit := _table_hit(s, k, entries)):
            out.append(hit)
    return out


def _table_hit(s: Sentence, k: int, entries: list[tuple[tuple[str, ...], str]]) -> Known | None:
    tokens = s.tokens
    for words, name in entries:
        end = k + len(words)
        if end > len(tokens) or any(tokens[k + i].text != w for i, w in enumerate(words)):
            continue
        word = words[0] if len(words) == 1 else ""  # the checks below are for one-word forms
        common = word in _ONE_WORD["ambiguous"] and not _unambiguous(s, k)
        surname = word in _SURNAME_LIKE and k and tokens[k - 1].tag == "NNP"
        other = common or (word in _AFTER_THE and not _newspaper(s, k)) or surname
        return None if other else Known(k, end, name)

    return None


def is_term(s: Sentence, first: int, end: int) -> bool:
    """ "Parliament" after "next", "this", "last"...: a parliamentary term, not the body."""
    before = s.tokens[first - 1].text.lower() if first else ""  # no term word is ""
    return end - first == 1 and s.tokens[first].text == "Parliament" and before in _ONE_WORD["term"]


def _unambiguous(s: Sentence, k: int) -> bool:
    """A one-word form that is also a common word: not first in its sentence (unless a
    verb or possessive follows: "Labour said"), and not a parliamentary term."""
    before = s.tokens[k - 1].text if k > 0 else ""
    after = s.tokens[k + 1 : k + 2]  # the next token, if any
    if is_term(s, k, k + 1):
        return False
    if k and (re.match(r"\w", before) or before in (",", ";")):
        return True  # not an opener
    # "Labour leader Jo Park", "Democratic presidential nominee Jo Park", "Democratic Sen. Jo
    # Park": a role or a title follows
    party = before not in ("'s", "’s") and canonical(s.tokens[k].text) in PARTIES
    role = party and any(_role_or_title(t.text) for t in s.tokens[k + 1 : k + 3])
    # "Labour said", "Democrats want": a verb of the name's own (a plural's present tense too)
    verb = any(t.tag in ("VBD", "VBZ", "VBP", "MD", "POS") or t.text == "'s" for t in after)
    return verb or role


def _role_or_title(word: str) -> bool:
    """A role noun ("leader") or a title before a name ("Sen.", "Rep", "Governor")."""
    return word in ROLE_NOUNS or word.rstrip(".") in PERSON_TITLES | JOB_TITLES


def _newspaper(s: Sentence, k: int) -> bool:
    """ "the Independent", "The Times'": after "the" and before no other capitalised word
    ("the Independent Police Complaints Commission" is another body); or before a word of
    the press ("the former Sun editor")."""
    after = s.tokens[k + 1].text if k + 1 < len(s.tokens) else ""
    the = k > 0 and s.tokens[k - 1].text.lower() == "the"
    return after in _ONE_WORD["press"] or (the and not after[:1].isupper())
