"""The words a regular expression cannot match without, read from its parse tree: a text
holding none of them needs no scan (a scan that tries every position of every sentence is
most of the cost of a table of patterns; a substring test is cheap).

`needed(pattern)` is a set of lower-case strings at least one of which every text holding a
match contains, after `fold`; None when the pattern names none (an empty set never comes
back). It is a necessary test only: a text passing it is still scanned by the pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# The most strings a set of alternatives may grow to before it is cut ("1[89]" -> 18, 19).
_MOST = 64
# Characters Python's `re` takes for an ASCII letter under IGNORECASE besides its two cases
# ("ı" for "i", the Kelvin sign for "k"), and the two whose lower case is ASCII.
_ODD_CASES = str.maketrans("İıſK", "iisk")

_Strings = frozenset[str]


def fold(text: str) -> str:
    """The text `needed` strings are looked for in: lower case, any character a pattern may
    take for an ASCII letter made that letter."""
    return text.translate(_ODD_CASES).lower()


def needed(pattern: re.Pattern[str]) -> _Strings | None:
    """Lower-case ASCII strings one of which is in (the folded text of) any text the pattern
    matches in: in the match or in what a lookaround reads beside it."""
    return _best(_sequence(_parser.parse(pattern.pattern, pattern.flags)))


def holds(words: _Strings | None, folded: str) -> bool:
    """Whether the folded text holds one of the `needed` words (or the pattern needs none)."""
    return words is None or any(w in folded for w in words)


def needed_sets(pattern: re.Pattern[str]) -> tuple[_Strings, ...]:
    """Every set of words `needed` chooses from, the likeliest missing first: a text holding
    no word of any one of them holds no match ("from" without "day", "week", "month" or
    "year" holds no "two days from now"); () when the pattern names none."""
    exact, found = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    usable = {_shortest(s) for s in (exact, *found) if s and all(map(_foldable, s))}
    return tuple(sorted(usable, key=lambda s: (_rarity(s), sorted(s)), reverse=True))


def holds_each(sets: tuple[_Strings, ...], folded: str, held: dict[_Strings, bool]) -> bool:
    """Whether the folded text holds a word of each of `sets` (`needed_sets`); each set's
    answer is kept in `held` for the next pattern that shares it (the months')."""
    for words in sets:
        if (ok := held.get(words)) is None:
            ok = held[words] = any(w in folded for w in words)
        if not ok:
            return False
    return True


@lru_cache(maxsize=4)
def _folded_article(text: str) -> str:
    """`fold` of a whole article, made once for the last few texts: every scan of it asks."""
    return fold(text)


# The words each pattern a whole article is scanned with needs, found at its first scan.
_ARTICLE_NEEDS: dict[re.Pattern[str], _Strings | None] = {}


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a whole article holds a word `pattern` needs: one that holds none (most name
    no storm, seat or brand list) is not scanned, a substring test being far cheaper."""
    if pattern not in _ARTICLE_NEEDS:
        _ARTICLE_NEEDS[pattern] = needed(pattern)
    return holds(_ARTICLE_NEEDS[pattern], _folded_article(text))


def matches_in(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` over a whole article, or no match where `may_match` says
    the article holds none of the pattern's words."""
    return pattern.finditer(text) if may_match(pattern, text) else iter(())


def _best(node: tuple[_Strings | None, list[_Strings]]) -> _Strings | None:
    """Of a node's sets, the one of the longest, fewest words: the likeliest to be missing."""
    exact, found = node
    usable = [_shortest(s) for s in (exact, *found) if s and all(map(_foldable, s))]
    return max(usable, key=_rarity, default=None)


def _foldable(word: str) -> bool:
    """A word `fold` keeps findable: ASCII, or with characters no case applies to besides
    (the curly apostrophe of "the ’80s", which a pattern ignoring case matches only as
    itself); not a letter with another case ("É")."""
    return bool(word) and all(c.isascii() or c == c.lower() == c.upper() for c in word)


def _rarity(words: _Strings) -> tuple[int, int, int]:
    """How likely a set of words is to be missing from a text: the longer its shortest word
    and the fewer its words, the likelier."""
    return min(map(len, words)), -len(words), sum(map(len, words))


def _shortest(words: _Strings) -> _Strings:
    """The words lower-cased, none holding another: "apr" is in every text "april" is in."""
    lower = {w.lower() for w in words}
    return frozenset(w for w in lower if not any(v in w and v != w for v in lower))


def _sequence(items: Any) -> tuple[_Strings | None, list[_Strings]]:
    """(every string the items match, when few and known; sets one of whose strings every
    match holds) of items matched one after another."""
    run: _Strings | None = frozenset([""])
    found: list[_Strings] = []
    whole = True  # every item so far known, the run their every string
    for op, av in items:
        exact, inner = _item(op, av)
        found += inner
        if run is not None and exact is not None and len(run) * len(exact) <= _MOST:
            run = frozenset(a + b for a in run for b in exact)
            continue
        if run is not None:
            found.append(run)
        run, whole = exact, False
    if whole:
        return run, found
    return None, found + [run] if run is not None else found


def _item(op: Any, av: Any) -> tuple[_Strings | None, list[_Strings]]:
    """One parsed node as (the exact strings it matches, when few; the sets of words any
    match must hold one of), the pair every function here returns."""
    name = str(op)
    if name == "LITERAL":
        return frozenset([chr(av)]), []
    if name == "IN":
        return _class(av), []
    if name in ("AT", "ASSERT_NOT"):
        return frozenset([""]), []
    if name == "ASSERT":  # what a lookaround reads is in the text too
        inner = _best(_sequence(av[1]))
        return frozenset([""]), [inner] if inner else []
    if name in ("SUBPATTERN", "ATOMIC_GROUP"):
        return _sequence(av[-1] if name == "SUBPATTERN" else av)
    if name == "BRANCH":
        return _branch(av[1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return _repeat(*av)
    return None, []


def _class(items: Any) -> _Strings | None:
    """The characters of a small class of literals and ranges ("[Tt]", "[89]")."""
    chars: list[str] = []
    for op, av in items:
        if str(op) == "LITERAL":
            chars.append(chr(av))
        elif str(op) == "RANGE" and av[1] - av[0] < _MOST:
            chars += map(chr, range(av[0], av[1] + 1))
        else:
            return None  # a negated class, a category ("\d")
    return frozenset(chars) if len(chars) <= _MOST else None


def _branch(branches: Any) -> tuple[_Strings | None, list[_Strings]]:
    """An alternation: exact only when every branch is; a word needed only when each
    branch needs one."""
    nodes = [_sequence(b) for b in branches]
    exacts = [e for e, _ in nodes if e is not None]
    exact = frozenset().union(*exacts) if len(exacts) == len(nodes) else None
    if exact is not None and len(exact) > _MOST:
        exact = None
    needs = [w for w in map(_best, nodes) if w]
    return exact, [frozenset().union(*needs)] if len(needs) == len(nodes) else []


def _repeat(least: int, most: int, body: Any) -> tuple[_Strings | None, list[_Strings]]:
    """A repeat: what its body needs holds only when the body must occur at least once."""
    exact, found = _sequence(body)
    if least == most == 1:
        return exact, found
    if least == 0:
        return (exact | {""} if exact is not None and most == 1 else None), []
    return None, [s for s in (exact, *found) if s is not None]
