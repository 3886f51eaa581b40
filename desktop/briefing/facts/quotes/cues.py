"""Reporting cues: the verb list (a data file derived from PolNeAR train, plus our own) and
the patterns of the reporting clause before or after a quote."""

from __future__ import annotations

import re

from briefing import lexicons

VERBS = lexicons.words("reporting_verbs") | lexicons.words("reporting_verbs_extra")
# The -ing forms introduce a quote after a comma (`, saying "…"`), never a clause of their own.
ING = frozenset(v for v in VERBS if v.endswith("ing"))
# Alternatives longest first, ties in text order (a stable sort of a sorted list): one
# pattern in every run, whatever the order of the set.
_VERB = r"(?P<verb>" + "|".join(sorted(sorted(VERBS - ING), key=len, reverse=True)) + r")"
VERB_PLAIN = _VERB.replace("?P<verb>", "?:")
_ANY_VERB = r"(?P<verb>" + "|".join(sorted(sorted(VERBS), key=len, reverse=True)) + r")"
_CAPS_NAME = r"(?P<who>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|bin|al-\w+)){0,3})"
ADVERB = r"(?:\w+ly\s+|also\s+|later\s+|then\s+|will\s+|would\s+|has\s+|had\s+|have\s+)?"
# A slot in a pattern file: a fragment <_NAME> or <NAME> (upper case; groups are lower), or
# a word list <list:NAME>.
_SLOT = re.compile(r"<(_?[A-Z][A-Z_]*|list:\w+)>")


def patterns(name: str, fragments: dict[str, str]) -> list[tuple[str, re.Pattern[str]]]:
    """(key, pattern) of each row of the table NAME.txt, in file order, but for rows keyed
    "_NAME": those give the fragment <_NAME> to the rows below them (else `fragments` gives
    it); <list:NAME> stands for the word list NAME as alternatives."""
    known = dict(fragments)

    def fill(slot: re.Match[str]) -> str:
        word_list = slot[1].removeprefix("list:")
        return lexicons.alternatives(word_list) if word_list != slot[1] else known[slot[1]]

    out = []
    for key, written in lexicons.rows(name):
        pattern = _SLOT.sub(fill, written)
        if key.startswith("_"):
            known[key] = pattern
        else:
            out.append((key, re.compile(pattern)))
    return out


# The reporting clause after a quote (`," Peskov told…`, `," he added`, `," according to X`)
# and before it (`Erdogan said: "`, `Peskov told reporters, "`), tried in order; their
# patterns read the fragments above.
_CLAUSES = patterns("reporting_clauses", {k: v for k, v in globals().items() if isinstance(v, str)})
AFTER = [pattern for side, pattern in _CLAUSES if side == "after"]
BEFORE = [pattern for side, pattern in _CLAUSES if side == "before"]
# The -ing forms as alternatives, in text order (`, saying "…"`).
_ING = "|".join(sorted(ING))
# The other patterns of reporting cues, by key: `P["any_cue"]`.
P = dict(patterns("cue_patterns", {k: v for k, v in globals().items() if isinstance(v, str)}))
ANY_CUE = P["any_cue"]  # an attribution anywhere: `said`, `according to`
