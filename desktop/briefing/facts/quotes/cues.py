"""Reporting cues: the verb list (a data file derived from PolNeAR train, plus our own) and
the patterns of the reporting clause before or after a quote."""

from __future__ import annotations

from briefing import lexicons

VERBS = lexicons.words("reporting_verbs") | lexicons.words("reporting_verbs_extra")
# The -ing forms introduce a quote after a comma (`, saying "…"`), never a clause of their own.
ING = frozenset(v for v in VERBS if v.endswith("ing"))
# Alternatives longest first, ties in text order (a stable sort of a sorted list): one
# pattern in every run, whatever the order of the set.
_VERB = r"(?P<verb>" + "|".join(sorted(sorted(VERBS - ING), key=len, reverse=True)) + r")"
VERB_PLAIN = _VERB.replace("?P<verb>", "?:")
# The fragments of the verbs the pattern files read ({VERB}, {ANY_VERB}, {VERB_PLAIN}, {ING}:
# the -ing forms in text order), beside those of reporting_fragments.txt; here and in the
# quote and speaker patterns.
_ANY_VERB = r"(?P<verb>" + "|".join(sorted(sorted(VERBS), key=len, reverse=True)) + r")"
GIVEN = dict(VERB=_VERB, VERB_PLAIN=VERB_PLAIN, ANY_VERB=_ANY_VERB, ING="|".join(sorted(ING)))
# The reporting clause after a quote (`," Peskov told…`, `," he added`, `," according to X`)
# and before it (`Erdogan said: "`, `Peskov told reporters, "`), tried in order.
_CLAUSES = lexicons.patterns("reporting_clauses", "reporting_fragments", **GIVEN)
AFTER = [pattern for side, pattern in _CLAUSES if side == "after"]
BEFORE = [pattern for side, pattern in _CLAUSES if side == "before"]
# The other patterns of reporting cues, by key: `P["any_cue"]`.
P = lexicons.keyed("cue_patterns", "reporting_fragments", **GIVEN)
ANY_CUE = P["any_cue"]  # an attribution anywhere: `said`, `according to`
