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

from briefing.model import Sentence

# Political parties and the forms news uses for them, adjectival ones included ("Tory
# leader", "Lib Dem MP"). Our own table from the parties' names as the UK Electoral
# Commission registers them and common press usage; major US and European parties too.
PARTIES: dict[str, tuple[str, ...]] = {
    "Conservative Party": (
        "Conservative Party",
        "Conservative party",
        "Conservatives",
        "Conservative",
        "Tories",
        "Tory",
        "Tory Party",
        "Tory party",
    ),
    "Labour Party": ("Labour Party", "Labour party", "Labour", "New Labour"),
    "Liberal Democrats": (
        "Liberal Democrats",
        "Liberal Democrat",
        "Liberal Democrat Party",
        "Lib Dems",
        "Lib Dem",
        "LibDems",
        "Lib-Dems",
    ),
    "Scottish Conservative Party": (
        "Scottish Conservative Party",
        "Scottish Conservatives",
        "Scottish Conservative",
        "Scottish Tories",
        "Scottish Tory",
    ),
    "Scottish Labour Party": ("Scottish Labour Party", "Scottish Labour"),
    "Welsh Labour": ("Welsh Labour", "Welsh Labour Party"),
    "Welsh Conservatives": ("Welsh Conservatives", "Welsh Conservative Party", "Welsh Tories"),
    "Scottish Liberal Democrats": ("Scottish Liberal Democrats", "Scottish Lib Dems"),
    "Scottish National Party": ("Scottish National Party", "SNP", "Scottish Nationalists"),
    "Plaid Cymru": ("Plaid Cymru", "Plaid"),
    "UK Independence Party": ("UK Independence Party", "UKIP", "Ukip"),
    "Green Party": ("Green Party", "Green party", "Greens"),
    "Scottish Green Party": ("Scottish Green Party", "Scottish Greens"),
    "Scottish Socialist Party": ("Scottish Socialist Party", "SSP"),
    "British National Party": ("British National Party", "BNP"),
    "Democratic Unionist Party": ("Democratic Unionist Party", "DUP", "Democratic Unionists"),
    "Ulster Unionist Party": ("Ulster Unionist Party", "UUP", "Ulster Unionists"),
    "Sinn Fein": ("Sinn Fein", "Sinn Féin"),
    "Social Democratic and Labour Party": ("Social Democratic and Labour Party", "SDLP"),
    "Democratic Party": ("Democratic Party", "Democrats"),
    "Republican Party": ("Republican Party", "Republicans", "GOP"),
    "Christian Democratic Union": ("Christian Democratic Union", "CDU"),
    "Social Democratic Party of Germany": ("SPD",),
}

# Broadcasters and channels news names as sources (our own table of UK channels).
BROADCASTERS: dict[str, tuple[str, ...]] = {
    "BBC One": ("BBC One", "BBC1"),
    "BBC Two": ("BBC Two", "BBC2"),
    "BBC News": ("BBC News", "BBC News 24", "BBC News Online"),
    "BBC World Service": ("BBC World Service", "World Service"),
    "ITV": ("ITV", "ITV1", "ITV News"),
    "ITN": ("ITN",),
    "Channel 4": ("Channel 4", "Channel Four", "Channel 4 News"),
    "Five": ("Channel 5", "Channel Five", "Five News"),
    "Sky News": ("Sky News",),
}

# Newspapers news quotes as sources (our own table: UK national and regional titles and a
# few international ones); "the Independent", "the Sun" and "the Times" only after "the"
# or before a word of the press ("Sun editor").
NEWSPAPERS: dict[str, tuple[str, ...]] = {
    "The Times": ("Times",),
    "The Sunday Times": ("Sunday Times",),
    "Financial Times": ("Financial Times", "FT"),
    "The Guardian": ("Guardian",),
    "The Observer": ("Observer",),
    "The Independent": ("Independent",),
    "Independent on Sunday": ("Independent on Sunday",),
    "The Daily Telegraph": ("Daily Telegraph", "Telegraph"),
    "The Sunday Telegraph": ("Sunday Telegraph",),
    "Daily Mail": ("Daily Mail",),
    "The Mail on Sunday": ("Mail on Sunday",),
    "Daily Mirror": ("Daily Mirror", "Mirror"),
    "Sunday Mirror": ("Sunday Mirror",),
    "Daily Express": ("Daily Express",),
    "Sunday Express": ("Sunday Express",),
    "Daily Star": ("Daily Star",),
    "The Sun": ("Sun",),
    "News of the World": ("News of the World",),
    "Evening Standard": ("Evening Standard", "London Evening Standard"),
    "The Scotsman": ("Scotsman",),
    "Sunday Herald": ("Sunday Herald",),
    "Daily Record": ("Daily Record",),
    "Western Mail": ("Western Mail",),
    "Irish Times": ("Irish Times",),
    "New York Times": ("New York Times",),
    "Washington Post": ("Washington Post",),
    "Wall Street Journal": ("Wall Street Journal",),
    "The Economist": ("Economist",),
    "The Spectator": ("Spectator",),
    "New Statesman": ("New Statesman",),
    "Private Eye": ("Private Eye",),
    "Morning Star": ("Morning Star",),
    "Jewish Chronicle": ("Jewish Chronicle",),
    "Yorkshire Post": ("Yorkshire Post",),
    "Belfast Telegraph": ("Belfast Telegraph",),
    "Manchester Evening News": ("Manchester Evening News",),
}

# Trade unions, employers' groups, pollsters and campaign groups that British political
# news quotes (our own table of the main national bodies of each kind).
CIVIC_BODIES: dict[str, tuple[str, ...]] = {
    "Trades Union Congress": ("Trades Union Congress", "TUC"),
    "Unison": ("Unison",),
    "Amicus": ("Amicus",),
    "GMB": ("GMB",),
    "Transport and General Workers' Union": (
        "Transport and General Workers' Union",
        "Transport and General Workers Union",
        "TGWU",
        "T&G",
    ),
    "Public and Commercial Services Union": ("Public and Commercial Services Union", "PCS"),
    "National Union of Teachers": ("National Union of Teachers", "NUT"),
    "NASUWT": ("NASUWT",),
    "Communication Workers Union": ("Communication Workers Union", "CWU"),
    "Fire Brigades Union": ("Fire Brigades Union", "FBU"),
    "RMT": ("RMT",),
    "Aslef": ("Aslef",),
    "National Union of Mineworkers": ("National Union of Mineworkers", "NUM"),
    "British Medical Association": ("British Medical Association", "BMA"),
    "Royal College of Nursing": ("Royal College of Nursing", "RCN"),
    "Confederation of British Industry": ("Confederation of British Industry", "CBI"),
    "Institute of Directors": ("Institute of Directors", "IoD"),
    "Federation of Small Businesses": ("Federation of Small Businesses",),
    "British Chambers of Commerce": ("British Chambers of Commerce",),
    "Mori": ("Mori", "MORI", "Ipsos Mori"),
    "ICM": ("ICM",),
    "YouGov": ("YouGov",),
    "Populus": ("Populus",),
    "NOP": ("NOP",),
    "Age Concern": ("Age Concern",),
    "Help the Aged": ("Help the Aged",),
    "Amnesty International": ("Amnesty International",),
    "Friends of the Earth": ("Friends of the Earth",),
    "Greenpeace": ("Greenpeace",),
    "Oxfam": ("Oxfam",),
    "Countryside Alliance": ("Countryside Alliance",),
    "League Against Cruel Sports": ("League Against Cruel Sports",),
}

# UK state institutions, with the metonyms news uses for them ("No 10", "Whitehall").
# Our own table from the UK government's list of departments and the annotation
# guideline (evaluation/annotations/README.md), which counts these as organisations.
INSTITUTIONS: dict[str, tuple[str, ...]] = {
    "Downing Street": ("Downing Street", "10 Downing Street", "No 10", "No. 10", "Number 10"),
    "Westminster": ("Westminster",),
    "Whitehall": ("Whitehall",),
    "Holyrood": ("Holyrood",),
    "House of Commons": ("House of Commons", "Commons"),
    "House of Lords": ("House of Lords", "Lords"),
    "Law Lords": ("Law Lords", "law lords"),
    "Parliament": ("Parliament",),
    "Scottish Parliament": ("Scottish Parliament",),
    "European Parliament": ("European Parliament",),
    "European Commission": ("European Commission",),
    "Welsh Assembly": ("Welsh Assembly", "National Assembly for Wales"),
    "Welsh Assembly Government": ("Welsh Assembly Government",),
    "Scottish Executive": ("Scottish Executive",),
    "Cabinet": ("Cabinet", "Shadow Cabinet", "shadow cabinet"),
    "Cabinet Office": ("Cabinet Office",),
    "Home Office": ("Home Office",),
    "Foreign Office": ("Foreign Office", "Foreign and Commonwealth Office"),
    "Treasury": ("Treasury",),
    "Ministry of Defence": ("Ministry of Defence", "MoD"),
    "Department for Education and Skills": ("Department for Education and Skills", "DfES"),
    "Department of Health": ("Department of Health",),
    "Department for Work and Pensions": ("Department for Work and Pensions", "DWP"),
    "Department of Trade and Industry": ("Department of Trade and Industry", "DTI"),
    "Department for Transport": ("Department for Transport",),
    "Northern Ireland Office": ("Northern Ireland Office",),
    "Crown Prosecution Service": ("Crown Prosecution Service", "CPS"),
    "Metropolitan Police": ("Metropolitan Police", "Met Police", "Scotland Yard"),
    "Bank of England": ("Bank of England",),
    "Electoral Commission": ("Electoral Commission",),
    "National Health Service": ("National Health Service", "NHS"),
}

# Forms that are also ordinary words or names: found only where they cannot be a
# sentence's first word, and "Parliament" not as a parliamentary term ("the next
# Parliament"). One-word newspaper titles are found only after "the" or before a word of
# the press (_AFTER_THE).
_AMBIGUOUS = frozenset(
    [
        "Labour",
        "Conservative",
        "Conservatives",
        "Cabinet",
        "Parliament",
        "Commons",
        "Lords",
        "Treasury",
        "Greens",
        "Democrats",
        "Republicans",
        "Plaid",
        "Westminster",
        "Whitehall",
    ]
)


def _one_word_forms(table: dict[str, tuple[str, ...]]) -> frozenset[str]:
    return frozenset(f for forms in table.values() for f in forms if " " not in f)


_AFTER_THE = _one_word_forms(NEWSPAPERS)
# One-word civic bodies that are surnames too ("Fabrizio Mori"): never after a capital.
_SURNAME_LIKE = _one_word_forms(CIVIC_BODIES)
_PRESS_WORDS = frozenset(["editor", "columnist", "journalist", "reporter", "readers"])
_TERM_WORDS = frozenset(["next", "this", "last", "previous", "new", "a", "each", "every"])
# Broadcast channels: "BBC Radio 4", "Radio Five Live", "Channel 4", "BBC Two".
_NUMBERS = frozenset(["1", "2", "3", "4", "5", "One", "Two", "Three", "Four", "Five"])
_CHANNEL_SUFFIX = frozenset(["Live", "Extra"])
_CHANNEL_WORDS = frozenset(["Radio", "Channel"])


_TABLES = (PARTIES, INSTITUTIONS, BROADCASTERS, NEWSPAPERS, CIVIC_BODIES)


@dataclass(frozen=True)
class Known:
    """A name found in a sentence: tokens [first, end) and the body it names."""

    first: int
    end: int
    canonical: str


@cache
def _index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word -> (words, canonical name), longest forms first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for table in _TABLES:
        for name, forms in table.items():
            for form in forms:
                # "Workers' Union" is tokenised "Workers", "'", "Union"
                words = tuple(re.sub(r"(\w)'(?=\s)", r"\1 '", form).split())
                index.setdefault(words[0], []).append((words, name))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


@cache
def _canonical_forms() -> dict[str, str]:
    return {
        form.lower(): name
        for table in _TABLES
        for name, forms in table.items()
        for form in (name, *forms)
    }


def canonical(name: str) -> str | None:
    """The body a name written in the text stands for: "Tories" -> "Conservative Party",
    "Radio 4" -> "BBC Radio 4"; None for a name the tables do not know."""
    known = _canonical_forms().get(name.lower())
    if known:
        return known
    words = name.split()
    if words and words[0] == "BBC" and len(words) > 1 and words[1] in ("1", "2"):
        words = ["BBC" + words[1], *words[2:]]  # "BBC 2" is BBC2
    if len(words) >= 2 and words[-2] in ("Radio",) and words[-1] in _NUMBERS:
        return "BBC Radio " + words[-1]
    if len(words) >= 3 and words[-3] == "Radio" and words[-2] in _NUMBERS:
        return "BBC Radio " + " ".join(words[-2:])
    return None


def find(s: Sentence) -> list[Known]:
    """The parties, institutions and channels named in sentence `s`, left to right."""
    index = _index()
    tokens = s.tokens
    out: list[Known] = []
    k = 0
    while k < len(tokens):
        hit = _channel(s, k) or _table_hit(s, k, index.get(tokens[k].text, []))
        if hit:
            out.append(hit)
            k = hit.end
        else:
            k += 1
    return out


def _table_hit(s: Sentence, k: int, entries: list[tuple[tuple[str, ...], str]]) -> Known | None:
    tokens = s.tokens
    for words, name in entries:
        end = k + len(words)
        if end > len(tokens) or any(tokens[k + i].text != w for i, w in enumerate(words)):
            continue
        if len(words) == 1 and words[0] in _AMBIGUOUS and not _unambiguous(s, k):
            return None
        if len(words) == 1 and words[0] in _AFTER_THE and not _newspaper(s, k):
            return None
        if len(words) == 1 and words[0] in _SURNAME_LIKE and k and tokens[k - 1].tag == "NNP":
            return None
        return Known(k, end, name)
    return None


def is_term(s: Sentence, first: int, end: int) -> bool:
    """ "Parliament" after "next", "this", "last"...: a parliamentary term, not the body."""
    return (
        end - first == 1
        and s.tokens[first].text == "Parliament"
        and first > 0
        and s.tokens[first - 1].text.lower() in _TERM_WORDS
    )


def _unambiguous(s: Sentence, k: int) -> bool:
    """A one-word form that is also a common word: not first in its sentence (unless a
    verb or possessive follows: "Labour said"), and not a parliamentary term."""
    tokens = s.tokens
    before = tokens[k - 1].text if k > 0 else ""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if is_term(s, k, k + 1):
        return False
    opener = k == 0 or not re.match(r"\w", before) and before not in (",", ";")
    if not opener:
        return True
    return after is not None and (after.tag in ("VBD", "VBZ", "MD", "POS") or after.text == "'s")


def _newspaper(s: Sentence, k: int) -> bool:
    """ "the Independent", "The Times'": after "the" and before no other capitalised word
    ("the Independent Police Complaints Commission" is another body); or before a word of
    the press ("the former Sun editor")."""
    tokens = s.tokens
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if after in _PRESS_WORDS:
        return True
    if k == 0 or tokens[k - 1].text.lower() != "the":
        return False
    return not after[:1].isupper()


def _channel(s: Sentence, k: int) -> Known | None:
    """ "BBC Radio 4", "Radio Five Live", "Channel 4", "BBC Two" (a number after a
    broadcaster's word)."""
    tokens = s.tokens
    word = tokens[k].text
    j = k + 1 if word == "BBC" and k + 1 < len(tokens) else k
    if tokens[j].text not in _CHANNEL_WORDS and not (j == k + 1 and word == "BBC"):
        return None
    number = j + 1 if tokens[j].text in _CHANNEL_WORDS else j
    if number >= len(tokens) or tokens[number].text not in _NUMBERS:
        return None
    end = number + 1
    if end < len(tokens) and tokens[end].text in _CHANNEL_SUFFIX:
        end += 1
    text = " ".join(t.text for t in tokens[k:end])
    return Known(k, end, canonical(text) or text)
